/**
 * Inline facts of the support config, for use in running text of MDX pages.
 * Each renders plain text (no wrapper element) so it reads as part of the
 * sentence, and is rendered at build time so search indexes it.
 */
import type {ReactNode} from 'react';
import {DOWNTIME_WEIGHT, SEVERITIES, SEVERITY_LABELS} from '@site/src/data/statusComponents';
import {supportConfig} from '@site/src/data/supportConfig';
import {businessHoursText, channelHoursText, channelResponseText, getChannel} from '@site/src/facts/channels';
import type {ChannelId} from '@site/src/data/schema';
import type {PriorityId} from '@site/src/sla/types';
import {describeResolutionTarget, describeResponseTarget} from '@site/src/sla/wording';
import {linkValidityText} from '@site/src/facts/activationLink';

/** When a channel is staffed, with the support time zone, e.g. `Monday–Friday, 8:00 AM–6:00 PM (America/New_York)`. */
export function ChannelHours({channel}: {channel: ChannelId}): ReactNode {
  return channelHoursText(supportConfig, channel);
}

/** A channel's expected response, e.g. `4-8 business hours (Medium priority target)`. */
export function ChannelResponse({channel}: {channel: ChannelId}): ReactNode {
  return channelResponseText(supportConfig, channel);
}

/** The support business hours, e.g. `Monday–Friday, 8:00 AM–6:00 PM`. */
export function BusinessHours(): ReactNode {
  return businessHoursText(supportConfig);
}

/** The support time zone's IANA name, e.g. `America/New_York`. */
export function SupportTimeZone(): ReactNode {
  return supportConfig.timeZone;
}

/** A priority's first response time target, e.g. `1-2 business hours`. */
export function ResponseTarget({priority}: {priority: PriorityId}): ReactNode {
  return describeResponseTarget(supportConfig.priorities[priority].firstResponse);
}

/** A priority's resolution time target, e.g. `Same or next business day`. */
export function ResolutionTarget({priority}: {priority: PriorityId}): ReactNode {
  return describeResolutionTarget(supportConfig.priorities[priority].resolution);
}

/** The system uptime goal, e.g. `99.9%`. */
export function UptimeGoal(): ReactNode {
  return `${supportConfig.availability.uptimeGoalPercent}%`;
}

/** How often status updates are sent during emergency maintenance, e.g. `30 minutes`. */
export function StatusUpdateInterval(): ReactNode {
  return `${supportConfig.availability.emergencyUpdateIntervalMinutes} minutes`;
}

/**
 * How incidents count as downtime in the status page's availability, from
 * `DOWNTIME_WEIGHT` (Statuspage's rule), e.g. `a major outage counts fully as
 * downtime, a partial outage at 30%; degraded performance and notices do not count`.
 */
export function DowntimeRule(): ReactNode {
  const pct = (w: number) => (w === 1 ? 'fully' : `at ${Math.round(w * 100)}%`);
  const none = SEVERITIES.filter((s) => DOWNTIME_WEIGHT[s] === 0).map((s) => SEVERITY_LABELS[s].toLowerCase());
  const counted = [...SEVERITIES]
    .reverse()
    .filter((s) => DOWNTIME_WEIGHT[s] > 0)
    .map((s) => `a ${SEVERITY_LABELS[s].toLowerCase()} counts ${pct(DOWNTIME_WEIGHT[s])}`);
  return `${counted.join(', ')} as downtime; ${none.join(' and ')} do not count`;
}

/** Where the live chat is found, e.g. `Operator dashboard (when signed in)`. */
export function ChatLocation(): ReactNode {
  const chat = getChannel(supportConfig, 'chat');
  return chat.kind === 'chat' ? chat.location : null;
}

/** The support languages, e.g. `English` or `English; also French, Spanish`. */
export function Languages(): ReactNode {
  const {primary, additional} = supportConfig.languages;
  return additional.length ? `${primary}; also ${additional.join(', ')}` : `${primary} only`;
}

/**
 * How long an activation link is valid, from the config, e.g. `24 hours`, or
 * with `adjective` e.g. `24-hour` ("its 24-hour window").
 */
export function LinkValidity({adjective = false}: {adjective?: boolean}): ReactNode {
  return linkValidityText(supportConfig, adjective ? 'adjective' : 'noun');
}
