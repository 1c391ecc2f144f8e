/**
 * Whether a contact channel is open at an instant, and that status as plain
 * en-US text in the support time zone and the viewer's time zone.
 *
 * Pure functions of a {@link SupportConfig} and the resolved support calendar
 * ({@link SupportCalendarDates}): no React, no `@docusaurus/*`, no clock (the
 * caller passes "now"). Every calendar question goes to the SLA
 * calendar module (`isOpen`, `openInterval`, `nextOpening`, `closedReason`
 * over `channelCalendar`); this module only combines and words the answers.
 * Unit-tested in `__tests__/channelStatus.test.ts`.
 *
 * @module
 */
import {DateTime, IANAZone} from 'luxon';
import {closedReason, isOpen, nextOpening, openInterval} from '../sla/calendar';
import {describeDayHours, describeRelative} from '../sla/describe';
import type {ClosedReason, SpecialHours} from '../sla/types';
import {channelCalendar} from './channelCalendar';
import type {ChannelId, SupportConfig} from '../data/schema';
import type {SupportCalendarDates} from './supportCalendar';

const LOCALE = 'en-US';

/**
 * How long a run of back-to-back open intervals (a day closing at `24:00` and
 * the next opening at `00:00`) is followed to find when a channel really
 * closes: 14 intervals, two weeks of round-the-clock days.
 */
const MAX_JOINED_INTERVALS = 14;

/**
 * What a channel may be used for, beyond its hours, keyed by channel id.
 * Source: the seed's Contact Support page, "Emergency Support: Available:
 * 24/7 for critical system outages only" (also the meaning of the `emergency`
 * channel id in `schema.ts`).
 */
export const CHANNEL_SCOPE: Readonly<Partial<Record<ChannelId, string>>> = {
  emergency: 'critical outages only',
};

/**
 * The status of a channel at an instant.
 * - `always-open`: a 24/7 channel (no hours, no holidays).
 * - `open`: open now; `until` is the instant it closes (the end of the open
 *   interval, joined with any interval that starts exactly then).
 * - `closed`: closed now; `from` is the next opening, `reason` why it is
 *   closed (a holiday, a day without hours, or outside the day's hours).
 */
export type ChannelStatus =
  | {readonly state: 'always-open'}
  | {readonly state: 'open'; readonly until: Date}
  | {readonly state: 'closed'; readonly from: Date; readonly reason: ClosedReason};

/**
 * The status of a channel at `now`, from its calendar (`channelCalendar`: its
 * own hours or the support business hours, the support time zone, holidays
 * and special hours, or 24/7).
 *
 * @param config - the support config.
 * @param dates - the resolved support calendar.
 * @param id - the channel.
 * @param now - the instant to ask about (usually the current time).
 * @returns a {@link ChannelStatus}; its instants are new `Date`s.
 * @throws {Error} when the config has no such channel; `SlaInputError` on an
 *   Invalid Date or an invalid calendar.
 * @example
 * ```ts
 * channelStatus(supportConfig, dates, 'phone', new Date('2026-11-25T10:00:00-05:00'));
 * // => {state: 'open', until: 2026-11-25T18:00:00-05:00}
 * channelStatus(supportConfig, dates, 'phone', new Date('2026-11-26T10:00:00-05:00'));
 * // => {state: 'closed', from: 2026-11-27T08:00:00-05:00,
 * //     reason: {reason: 'holiday', holiday: {date: '2026-11-26', name: 'Thanksgiving Day'}}}
 * ```
 */
export function channelStatus(
  config: SupportConfig,
  dates: SupportCalendarDates,
  id: ChannelId,
  now: Date,
): ChannelStatus {
  const calendar = channelCalendar(config, dates, id);
  if (calendar.kind === '24/7') return {state: 'always-open'};
  if (isOpen(calendar, now)) {
    let until = (openInterval(calendar, now) as NonNullable<ReturnType<typeof openInterval>>).end;
    for (let i = 0; i < MAX_JOINED_INTERVALS && isOpen(calendar, until); i += 1) {
      until = (openInterval(calendar, until) as NonNullable<ReturnType<typeof openInterval>>).end;
    }
    return {state: 'open', until};
  }
  return {
    state: 'closed',
    from: nextOpening(calendar, now),
    reason: closedReason(calendar, now) as ClosedReason,
  };
}

/** One time of a status, in one zone, for example `until 6:00 PM EST`. */
export interface StatusTime {
  /** Who the zone belongs to: `support time`, `your time`, or both when they are the same zone. */
  readonly label: 'support time' | 'your time' | 'support time, also your time zone';
  /** IANA name of the zone. */
  readonly zone: string;
  /** The time in words in that zone, for example `until 6:00 PM EST` or `opens Monday at 8:00 AM EST`. */
  readonly text: string;
}

/** A channel status in words, ready to render. */
export interface ChannelStatusText {
  readonly state: ChannelStatus['state'];
  /**
   * `Open now`, `Closed now`, `Closed on Saturdays`, `Closed for
   * Thanksgiving Day`, or for a 24/7 channel `Available 24/7` with its scope,
   * for example `Available 24/7, critical outages only`.
   */
  readonly headline: string;
  /** When it closes (`open`) or opens (`closed`); absent for 24/7. */
  readonly at?: Date;
  /** `at` in the support zone, then in the viewer's zone when it differs; empty for 24/7. */
  readonly times: readonly StatusTime[];
  /** For example `closes in 8 hours` or `opens in 2 days, 14 hours`; absent for 24/7. */
  readonly relative?: string;
  /**
   * When today (in the support zone) has special hours for the channel, for
   * example `Special hours today for Christmas Eve: 9:00 AM–1:00 PM`; absent otherwise.
   */
  readonly special?: string;
}

/**
 * The headline of a 24/7 channel, for example `Available 24/7, critical
 * outages only`. It does not depend on the time, so it can be rendered at
 * build time.
 *
 * @param id - the channel (its scope comes from {@link CHANNEL_SCOPE}).
 */
export function alwaysOpenHeadline(id: ChannelId): string {
  const scope = CHANNEL_SCOPE[id];
  return `Available 24/7${scope ? `, ${scope}` : ''}`;
}

function closedHeadline(reason: ClosedReason, now: Date, zone: string): string {
  switch (reason.reason) {
    case 'holiday':
      return `Closed for ${reason.holiday.name}`;
    case 'special-hours':
      return `Closed now (special hours for ${reason.special.name})`;
    case 'closed-day':
      return `Closed on ${DateTime.fromJSDate(now, {zone}).setLocale(LOCALE).toFormat('cccc')}s`;
    case 'outside-hours':
      return 'Closed now';
  }
}

/**
 * An instant in words relative to `now`'s local date in a zone: the time
 * alone on the same date, `tomorrow at`, a weekday name within six days, else
 * a short date. Narrow and thin spaces of newer ICU data become plain spaces.
 */
function moment(instant: Date, now: Date, zone: string): {day?: string; time: string} {
  const local = DateTime.fromJSDate(instant, {zone}).setLocale(LOCALE);
  const today = DateTime.fromJSDate(now, {zone}).startOf('day');
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  const time = local
    .toLocaleString({hour: 'numeric', minute: '2-digit', timeZoneName: 'short'})
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
  if (days === 0) return {time};
  if (days === 1) return {day: 'tomorrow', time};
  if (days > 1 && days < 7) return {day: local.toFormat('cccc'), time};
  return {day: local.toFormat('ccc, LLL d, yyyy'), time};
}

/**
 * A channel's status at `now` in words, in the support time zone and, when it
 * differs, in the viewer's zone, each labelled.
 *
 * @param config - the support config.
 * @param dates - the resolved support calendar.
 * @param id - the channel.
 * @param now - the current instant.
 * @param viewerZone - the viewer's IANA zone (from `Intl`); ignored when it is
 *   not a valid IANA zone, then only the support zone is shown.
 * @returns a {@link ChannelStatusText}.
 * @throws as {@link channelStatus}.
 * @example
 * ```ts
 * describeChannelStatus(supportConfig, dates, 'phone', new Date('2026-11-25T10:00:00-05:00'), 'America/Los_Angeles');
 * // => {state: 'open', headline: 'Open now', relative: 'closes in 8 hours', at: …,
 * //     times: [{label: 'support time', zone: 'America/New_York', text: 'until 6:00 PM EST'},
 * //             {label: 'your time', zone: 'America/Los_Angeles', text: 'until 3:00 PM PST'}]}
 * ```
 */
export function describeChannelStatus(
  config: SupportConfig,
  dates: SupportCalendarDates,
  id: ChannelId,
  now: Date,
  viewerZone: string | undefined,
): ChannelStatusText {
  const status = channelStatus(config, dates, id, now);
  if (status.state === 'always-open') {
    return {state: status.state, headline: alwaysOpenHeadline(id), times: []};
  }
  const supportZone = config.timeZone;
  const viewer = viewerZone && IANAZone.isValidZone(viewerZone) ? viewerZone : supportZone;
  const same = viewer === supportZone;
  const at = status.state === 'open' ? status.until : status.from;
  const text = (zone: string): string => {
    const {day, time} = moment(at, now, zone);
    if (status.state === 'open') return `until ${day ? `${day} at ` : ''}${time}`;
    return `opens ${day ? `${day} ` : ''}at ${time}`;
  };
  const times: StatusTime[] = same
    ? [{label: 'support time, also your time zone', zone: supportZone, text: text(supportZone)}]
    : [
        {label: 'support time', zone: supportZone, text: text(supportZone)},
        {label: 'your time', zone: viewer, text: text(viewer)},
      ];
  const relative = describeRelative(now, at);
  const special = specialToday(config, dates, id, now);
  const note = special ? {special: `Special hours today for ${special.name}: ${describeDayHours(special.hours)}`} : {};
  return status.state === 'open'
    ? {state: 'open', headline: 'Open now', at, times, relative: `closes ${relative}`, ...note}
    : {
        state: 'closed',
        headline: closedHeadline(status.reason, now, supportZone),
        at,
        times,
        relative: `opens ${relative}`,
        ...note,
      };
}

/** The channel's special hours on the support-zone date of `now`, if any. */
function specialToday(
  config: SupportConfig,
  dates: SupportCalendarDates,
  id: ChannelId,
  now: Date,
): SpecialHours | undefined {
  const calendar = channelCalendar(config, dates, id);
  if (calendar.kind !== 'business') return undefined;
  const today = DateTime.fromJSDate(now, {zone: config.timeZone}).toISODate();
  return calendar.specialHours?.find((s) => s.date === today);
}
