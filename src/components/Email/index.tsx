/**
 * Email links of the support config, for running text of MDX pages. The
 * address always comes from the config (`mailbox@domain`) and the subject
 * from one rule (`subjectLine` of `src/facts/routing.ts`): pages never type
 * an address, a subject tag or a scenario's subject.
 */
import type {ReactNode} from 'react';
import {supportConfig} from '@site/src/data/supportConfig';
import {getDeepLink} from '@site/src/data/deepLinks';
import type {EmailChannelId} from '@site/src/data/schema';
import type {PriorityId} from '@site/src/sla/types';
import {emailAddress, getChannel} from '@site/src/facts/channels';
import {mailtoHref} from '@site/src/facts/mailto';
import {priorityRoute, subjectLine} from '@site/src/facts/routing';

/** Props of {@link Email}. */
export interface EmailProps {
  /** Which email channel of the support config. */
  channel: EmailChannelId;
  /**
   * Optional subject for a request that is no troubleshooting scenario, for
   * example `Accessibility`; by default the channel's own `subject` from the
   * config, if it has one. Scenarios use {@link ScenarioEmail}, tags
   * {@link PriorityEmail}, escalations {@link EscalationEmail}.
   */
  subject?: string;
}

/** A `mailto:` link showing the address. */
function MailLink({address, subject}: {address: string; subject?: string}): ReactNode {
  return <a href={mailtoHref(address, {subject})}>{address}</a>;
}

/**
 * A `mailto:` link to one of the config's email channels, showing the address.
 *
 * @throws {Error} at build time when `channel` is not an email channel.
 */
export default function Email({channel, subject}: EmailProps): ReactNode {
  const config = getChannel(supportConfig, channel);
  const fallback = config.kind === 'email' ? config.subject : undefined;
  return <MailLink address={emailAddress(supportConfig, channel)} subject={subject ?? fallback} />;
}

/** Props of {@link ScenarioEmail}. */
export interface ScenarioEmailProps {
  /** The scenario's deep-link registry id, for example `client.pdf-download-failing`. */
  scenario: string;
  /** Another priority than the scenario's usual one, for a graver case (its route and tag follow). */
  priority?: PriorityId;
}

/**
 * The email of a troubleshooting scenario's "If it still fails": the address
 * of the route of its priority (the registry's `request.priority`, or
 * `priority`), with the scenario's one subject, the same one the request
 * builder proposes for the topic (and the priority's tag, for example
 * `URGENT - …`).
 *
 * @throws {Error} at build time for an unknown id or an entry that is no scenario.
 */
export function ScenarioEmail({scenario, priority}: ScenarioEmailProps): ReactNode {
  const link = getDeepLink(scenario);
  if (!link.request) throw new Error(`ScenarioEmail: "${scenario}" is not a troubleshooting scenario`);
  const chosen = priority ?? link.request.priority;
  const {email} = priorityRoute(supportConfig, chosen);
  return (
    <MailLink
      address={email.address}
      subject={subjectLine(supportConfig, {priority: chosen, summary: link.request.subject})}
    />
  );
}

/** A `mailto:` link to where requests of a priority go, with its subject tag (Critical: `URGENT`). */
export function PriorityEmail({priority}: {priority: PriorityId}): ReactNode {
  const {email} = priorityRoute(supportConfig, priority);
  return <MailLink address={email.address} subject={subjectLine(supportConfig, {priority})} />;
}

/** A `mailto:` link to the escalation channel, with the escalation keyword as the subject. */
export function EscalationEmail(): ReactNode {
  const {channel} = supportConfig.escalation;
  return (
    <MailLink
      address={emailAddress(supportConfig, channel as EmailChannelId)}
      subject={subjectLine(supportConfig, {escalation: {}})}
    />
  );
}

/** The escalation keyword that starts an escalation's subject, for example `ESCALATION`. */
export function EscalationKeyword(): ReactNode {
  return supportConfig.escalation.subjectKeyword;
}

/** A priority's subject tag, for example `URGENT`; nothing when the priority has none. */
export function SubjectTag({priority}: {priority: PriorityId}): ReactNode {
  return supportConfig.priorities[priority].subjectTag ?? null;
}
