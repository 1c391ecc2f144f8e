/**
 * Where a request of each priority goes and how its subject line reads: one
 * rule, from the config, rendered by every page and used by the request
 * builder, so no page can advise a different route or tag.
 *
 * - The route of a priority is its `channels` list (preferred first): the
 *   first email channel is where the request goes; a phone channel listed
 *   before it is called first (Critical: the emergency line, then the urgent
 *   address for the written record).
 * - A subject line is `[TAG - ]summary[ - company]`, the Contact Support
 *   page's form ("Client PDF download failing - Company ABC"), where TAG is
 *   the priority's `subjectTag` (Critical: `URGENT`); an escalation starts
 *   with the config's escalation keyword and the ticket number.
 *
 * Pure functions of a {@link SupportConfig}: no React, no clock.
 *
 * @module
 */
import type {PriorityId} from '../sla/types';
import type {ChannelId, EmailChannelId, PhoneChannelId, SupportConfig} from '../data/schema';
import {getChannel} from './channels';

/** A phone line to call, with its number for people and as a `tel:` URL. */
export interface PhoneLine {
  readonly channel: PhoneChannelId;
  /** The channel's label, for example `Emergency Line`. */
  readonly label: string;
  /** The number as people read it, for example `+1 (555) 999-8888`. */
  readonly display: string;
  /** `tel:` in E.164, for example `tel:+15559998888`. */
  readonly href: string;
}

/** An email address to write to. */
export interface EmailAddress {
  readonly channel: EmailChannelId;
  /** The channel's label, for example `Urgent Support`. */
  readonly label: string;
  /** `mailbox@domain`. */
  readonly address: string;
}

/** The route of one priority (see the module's rule). */
export interface PriorityRoute {
  readonly priority: PriorityId;
  /** The priority's label, for example `Critical`. */
  readonly label: string;
  /** Where the request is written to. */
  readonly email: EmailAddress;
  /** A line to call before writing, when the priority lists one first. */
  readonly callFirst?: PhoneLine;
  /** The tag that starts the subject line, for example `URGENT`. */
  readonly subjectTag?: string;
}

/** An email channel's address. @throws {Error} when the channel is not an email channel (the schema prevents it). */
export function emailOf(config: SupportConfig, id: ChannelId): EmailAddress {
  const channel = getChannel(config, id);
  if (channel.kind !== 'email') throw new Error(`Channel "${id}" is not an email channel`);
  return {channel: channel.id as EmailChannelId, label: channel.label, address: `${channel.mailbox}@${config.domain}`};
}

/** A phone channel's line. @throws {Error} when the channel is not a phone channel. */
export function phoneLineOf(config: SupportConfig, id: ChannelId): PhoneLine {
  const channel = getChannel(config, id);
  if (channel.kind !== 'phone') throw new Error(`Channel "${id}" is not a phone channel`);
  return {
    channel: channel.id as PhoneChannelId,
    label: channel.label,
    display: channel.display,
    href: `tel:${channel.e164}`,
  };
}

/**
 * The route of a priority: its first email channel (or `general` when it
 * lists none), a phone channel listed before that to be called first, and
 * its subject tag.
 *
 * @param config - the support config.
 * @param priority - one of `critical`, `high`, `medium`, `low`.
 * @returns the {@link PriorityRoute}.
 * @throws {Error} on an unknown priority.
 * @example
 * ```ts
 * priorityRoute(supportConfig, 'critical');
 * // => {priority: 'critical', label: 'Critical', subjectTag: 'URGENT',
 * //     callFirst: {channel: 'emergency', display: '+1 (555) 999-8888', …},
 * //     email: {channel: 'urgent', address: 'urgent@example.com', …}}
 * ```
 */
export function priorityRoute(config: SupportConfig, priority: PriorityId): PriorityRoute {
  const definition = config.priorities[priority] as SupportConfig['priorities'][PriorityId] | undefined;
  if (!definition) throw new Error(`Unknown priority "${String(priority)}"`);
  const emailIndex = definition.channels.findIndex((id) => getChannel(config, id).kind === 'email');
  const email = emailOf(config, emailIndex === -1 ? 'general' : definition.channels[emailIndex]!);
  const before = emailIndex === -1 ? definition.channels : definition.channels.slice(0, emailIndex);
  const phone = before.find((id) => getChannel(config, id).kind === 'phone');
  return {
    priority,
    label: definition.label,
    email,
    ...(phone ? {callFirst: phoneLineOf(config, phone)} : {}),
    ...(definition.subjectTag ? {subjectTag: definition.subjectTag} : {}),
  };
}

/** Whitespace and line breaks collapsed to single spaces, trimmed. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The parts of a subject line; blank parts are left out. */
export interface SubjectParts {
  /** The request's priority: its subject tag starts the line. */
  readonly priority?: PriorityId;
  /** An escalation: the config's keyword, then `Ticket <number>` when given. */
  readonly escalation?: {readonly ticket?: string};
  /** What fails, for example `Client PDF download failing`. */
  readonly summary?: string;
  /** The company it concerns, for example `Company ABC`. */
  readonly company?: string;
}

/**
 * A subject line by the rule of the module: escalation keyword and ticket,
 * priority tag, summary, company, joined by ` - `, each part on one line.
 *
 * @param config - the support config (tags and escalation keyword).
 * @param parts - the parts.
 * @returns one line, `''` when every part is blank.
 * @example
 * ```ts
 * subjectLine(supportConfig, {priority: 'critical', summary: 'PDF download failing', company: 'Company ABC'});
 * // => 'URGENT - PDF download failing - Company ABC'
 * subjectLine(supportConfig, {escalation: {ticket: '4821'}, summary: 'Dashboard not loading'});
 * // => 'ESCALATION - Ticket 4821 - Dashboard not loading'
 * ```
 */
export function subjectLine(config: SupportConfig, parts: SubjectParts): string {
  const ticket = parts.escalation?.ticket ? oneLine(parts.escalation.ticket) : '';
  return [
    parts.escalation ? `${config.escalation.subjectKeyword}${ticket ? ` - Ticket ${ticket}` : ''}` : '',
    parts.priority ? (config.priorities[parts.priority].subjectTag ?? '') : '',
    parts.summary ?? '',
    parts.company ?? '',
  ]
    .map(oneLine)
    .filter((p) => p !== '')
    .join(' - ');
}
