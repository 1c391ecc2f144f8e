/**
 * Facts of the support config's contact channels as plain data and strings,
 * ready for the components to render: addresses, `mailto:` and `tel:` links,
 * hours and the expected response per channel, the rows of the contact
 * summary table. Pure functions of a {@link SupportConfig}: no React, no
 * `@docusaurus/*`, no clock. Unit-tested in `__tests__/channels.test.ts`.
 *
 * @module
 */
import type {PriorityId} from '../sla/types';
import {describeResponseTarget, describeWeeklyHours} from '../sla/wording';
import type {Channel, ChannelId, EmailChannelId, PhoneChannelId, SupportConfig} from '../data/schema';
import {mailtoHref} from './mailto';

/**
 * The channel with id `id`.
 *
 * @throws {Error} when the config has no such channel (the schema prevents it).
 */
export function getChannel(config: SupportConfig, id: ChannelId): Channel {
  const channel = config.channels.find((c) => c.id === id);
  if (!channel) throw new Error(`Support config has no channel "${id}"`);
  return channel;
}

/** An email channel: its full address `mailbox@domain`. */
export function emailAddress(config: SupportConfig, id: EmailChannelId): string {
  const channel = getChannel(config, id);
  if (channel.kind !== 'email') throw new Error(`Channel "${id}" is not an email channel`);
  return `${channel.mailbox}@${config.domain}`;
}

/** A phone channel's number: `display` for people, `href` as a `tel:` URL in E.164. */
export function phoneNumber(config: SupportConfig, id: PhoneChannelId): {display: string; href: string} {
  const channel = getChannel(config, id);
  if (channel.kind !== 'phone') throw new Error(`Channel "${id}" is not a phone channel`);
  return {display: channel.display, href: `tel:${channel.e164}`};
}

/** The support business hours as text, e.g. `Monday–Friday, 8:00 AM–6:00 PM`. */
export function businessHoursText(config: SupportConfig): string {
  return describeWeeklyHours(config.businessHours);
}

/**
 * When a channel is staffed, as text with the support time zone, e.g.
 * `Monday–Friday, 9:00 AM–5:00 PM (America/New_York)`, or `24/7`.
 */
export function channelHoursText(config: SupportConfig, id: ChannelId): string {
  const {hours} = getChannel(config, id);
  switch (hours.kind) {
    case '24/7':
      return '24/7, including weekends and holidays';
    case 'business':
      return `${describeWeeklyHours(config.businessHours)} (${config.timeZone})`;
    case 'custom':
      return `${describeWeeklyHours(hours.week)} (${config.timeZone})`;
  }
}

/**
 * The expected response of a channel as text. A channel that refers to a
 * priority shows that priority's first response target (never a copy of it);
 * a live channel answers while open.
 */
export function channelResponseText(config: SupportConfig, id: ChannelId): string {
  const channel = getChannel(config, id);
  if (channel.response.kind === 'priority') {
    const priority = config.priorities[channel.response.priority];
    return `${describeResponseTarget(priority.firstResponse)} (${priority.label} priority target)`;
  }
  return channel.hours.kind === '24/7' ? 'Answered live, 24/7' : 'Answered live while open';
}

/** One row of the contact summary table. */
export interface ContactRow {
  id: ChannelId;
  /** Contact type, e.g. `General Support`. */
  label: string;
  /** What is shown as the method: address, number or location. */
  method: string;
  /** `mailto:` or `tel:` URL; absent for chat. */
  href?: string;
  response: string;
  hours: string;
  bestFor: string;
  /** The priority whose target the response refers to, if any. */
  responsePriority?: PriorityId;
}

/** The rows of the contact summary table, in config order. */
export function contactRows(config: SupportConfig): ContactRow[] {
  return config.channels.map((channel) => {
    const common = {
      id: channel.id,
      label: channel.label,
      response: channelResponseText(config, channel.id),
      hours: channelHoursText(config, channel.id),
      bestFor: channel.bestFor.join(', '),
      responsePriority: channel.response.kind === 'priority' ? channel.response.priority : undefined,
    };
    switch (channel.kind) {
      case 'email': {
        const address = `${channel.mailbox}@${config.domain}`;
        return {...common, method: address, href: mailtoHref(address, {subject: channel.subject})};
      }
      case 'phone':
        return {...common, method: channel.display, href: `tel:${channel.e164}`};
      case 'chat':
        return {...common, method: channel.location};
    }
  });
}
