/**
 * Facts of the support config as plain data and strings, ready for the
 * components to render: addresses, links, hours and targets per channel and
 * priority. Pure functions of a {@link SupportConfig}: no React, no
 * `@docusaurus/*`, no clock. Unit-tested in `__tests__/facts.test.ts`.
 */
import type {Calendar, PriorityId} from '../sla/types';
import {PRIORITY_IDS} from '../sla/types';
import {describeResolutionTarget, describeResponseTarget, describeWeeklyHours} from '../sla/wording';
import type {Channel, ChannelId, EmailChannelId, PhoneChannelId, SupportConfig} from './schema';

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

/**
 * A `mailto:` URL for `address`, with an optional subject and body encoded as
 * RFC 6068 asks: percent-encoding of UTF-8 via `encodeURIComponent`, so spaces
 * are `%20`, not `+` (which `URLSearchParams` would write and mail clients
 * show literally), and every line break of the body (`\n`, `\r\n` or `\r`) is
 * `%0D%0A`. A lone UTF-16 surrogate (from damaged pasted text), which
 * `encodeURIComponent` would throw on, becomes U+FFFD.
 *
 * @param address - the recipient, `mailbox@domain`.
 * @param fields - `subject` and `body`; empty ones are left out.
 * @returns for example `mailto:support@example.com?subject=PDF%20failing&body=Line%201%0D%0ALine%202`.
 */
export function mailtoHref(address: string, fields: {subject?: string; body?: string} = {}): string {
  const params: string[] = [];
  if (fields.subject) params.push(`subject=${encodeURIComponent(wellFormed(fields.subject))}`);
  if (fields.body) params.push(`body=${encodeURIComponent(wellFormed(fields.body).replace(/\r\n|\r|\n/g, '\r\n'))}`);
  return `mailto:${address}${params.length ? `?${params.join('&')}` : ''}`;
}

/** `text` with each lone UTF-16 surrogate replaced by U+FFFD (as `String.prototype.toWellFormed`, which older browsers lack). */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i += 1;
      } else {
        out += '\ufffd';
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += text[i];
    }
  }
  return out;
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
 * The business calendar of a channel: its own hours (or the support business
 * hours, or 24/7) in the support time zone, closed on support holidays.
 */
export function channelCalendar(config: SupportConfig, id: ChannelId): Calendar {
  const {hours} = getChannel(config, id);
  if (hours.kind === '24/7') return {kind: '24/7', timeZone: config.timeZone};
  return {
    kind: 'business',
    timeZone: config.timeZone,
    week: hours.kind === 'custom' ? hours.week : config.businessHours,
    holidays: config.holidays,
  };
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
        return {...common, method: address, href: mailtoHref(address)};
      }
      case 'phone':
        return {...common, method: channel.display, href: `tel:${channel.e164}`};
      case 'chat':
        return {...common, method: channel.location};
    }
  });
}

/** One row of the priority and service-level tables. */
export interface PriorityRow {
  id: PriorityId;
  label: string;
  summary: string;
  examples: string[];
  /** e.g. `1-2 business hours` or `Within 1 hour, 24/7`. */
  firstResponse: string;
  /** e.g. `Same or next business day`. */
  resolution: string;
  /** `Business hours` or `Calendar hours (24/7)`: the clock the response target counts. */
  clock: string;
  coverage: string;
  channels: ChannelId[];
}

/** The rows of the priority and service-level tables, most urgent first. */
export function priorityRows(config: SupportConfig): PriorityRow[] {
  return PRIORITY_IDS.map((id) => {
    const p = config.priorities[id];
    return {
      id,
      label: p.label,
      summary: p.summary,
      examples: p.examples,
      firstResponse: describeResponseTarget(p.firstResponse),
      resolution: describeResolutionTarget(p.resolution),
      clock: p.firstResponse.clock === 'calendar' ? 'Calendar hours (24/7)' : 'Business hours',
      coverage: p.coverage,
      channels: p.channels,
    };
  });
}
