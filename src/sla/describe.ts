/**
 * Plain-English wording of targets, hours and instants, for the tables and
 * the priority picker. Plain strings, no React. Fixed locale `en-US`, so the
 * server and every browser render the same text.
 *
 * @module
 */
import {DateTime, Duration, IANAZone} from 'luxon';
import {SlaInputError} from './calendar';
import {WEEKDAYS, type OpeningInterval, type ResolutionTarget, type ResponseTarget, type WeeklyHours} from './types';

const LOCALE = 'en-US';
const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function range(aim: number, commitment: number): string {
  return aim === commitment ? `${aim}` : `${aim}-${commitment}`;
}

function capitalize(day: string): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

/**
 * A first response target in words. Whole hours are said in hours, anything
 * else in minutes; a range is "aim-commitment"; a 24/7 (calendar) clock says
 * "Within ..., 24/7".
 *
 * @param t - the target; minutes are finite, positive, `aimMinutes <= commitmentMinutes`.
 * @returns for example `1-2 business hours`, `24 business hours`,
 *   `90 business minutes`, `Within 1 hour, 24/7`.
 * @throws {SlaInputError} when the minutes are not positive finite numbers
 *   or the aim is above the commitment.
 * @example
 * ```ts
 * describeResponseTarget({clock: 'business', aimMinutes: 60, commitmentMinutes: 120});
 * // => '1-2 business hours'
 * describeResponseTarget({clock: 'calendar', aimMinutes: 60, commitmentMinutes: 60});
 * // => 'Within 1 hour, 24/7'
 * ```
 */
export function describeResponseTarget(t: ResponseTarget): string {
  const {aimMinutes: aim, commitmentMinutes: commitment} = t;
  for (const value of [aim, commitment]) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new SlaInputError(`Response minutes must be finite and positive, got ${String(value)}`);
    }
  }
  if (aim > commitment) {
    throw new SlaInputError(`Response aim ${aim} minutes is above the commitment ${commitment} minutes`);
  }
  const inHours = aim % 60 === 0 && commitment % 60 === 0;
  const [a, c, unit] = inHours ? [aim / 60, commitment / 60, 'hour'] : [aim, commitment, 'minute'];
  const units = `${unit}${c === 1 ? '' : 's'}`;
  return t.clock === 'calendar' ? `Within ${range(a, c)} ${units}, 24/7` : `${range(a, c)} business ${units}`;
}

/**
 * A resolution target in words.
 *
 * @param t - the target; days are whole, `>= 0`, `aimDays <= commitmentDays`.
 * @returns `Same business day` (0-0), `Next business day` (1-1),
 *   `Same or next business day` (0-1), `Same business day to 3 business days`
 *   (0-3), `2-3 business days`, `5 business days`, or
 *   `Continuous work until resolved`.
 * @throws {SlaInputError} when the days are not whole numbers `>= 0` or the
 *   aim is above the commitment.
 * @example
 * ```ts
 * describeResolutionTarget({kind: 'businessDays', aimDays: 2, commitmentDays: 3});
 * // => '2-3 business days'
 * ```
 */
export function describeResolutionTarget(t: ResolutionTarget): string {
  if (t.kind === 'continuous') return 'Continuous work until resolved';
  const {aimDays: aim, commitmentDays: commitment} = t;
  for (const value of [aim, commitment]) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new SlaInputError(`Resolution days must be whole numbers >= 0, got ${String(value)}`);
    }
  }
  if (aim > commitment) {
    throw new SlaInputError(`Resolution aim ${aim} days is above the commitment ${commitment} days`);
  }
  if (commitment === 0) return 'Same business day';
  if (aim === 1 && commitment === 1) return 'Next business day';
  if (aim === 0 && commitment === 1) return 'Same or next business day';
  if (aim === 0) return `Same business day to ${plural(commitment, 'business day')}`;
  return `${range(aim, commitment)} business days`;
}

/** `HH:mm` as en-US 12-hour time: `08:00` is `8:00 AM`, `00:00` is `12:00 AM`, `24:00` is `midnight`. */
function formatClock(hhmm: string): string {
  if (!HHMM.test(hhmm)) throw new SlaInputError(`Malformed time "${hhmm}" (expected HH:mm)`);
  if (hhmm === '24:00') return 'midnight';
  const [hours, minutes] = hhmm.split(':').map(Number);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

function formatIntervals(intervals: readonly OpeningInterval[]): string {
  return intervals.map((i) => `${formatClock(i.open)}–${formatClock(i.close)}`).join(', ');
}

/**
 * Weekly hours in words: consecutive days with the same intervals are grouped
 * (`Monday–Friday`), groups are joined with `; `, several intervals of a day
 * with `, `. Closed days are left out; a week without any hours is `Closed`.
 * Times are en-US 12-hour times; a `24:00` close is `midnight`.
 *
 * @param week - the weekly hours (`HH:mm`, local wall-clock time).
 * @returns for example `Monday–Friday, 8:00 AM–6:00 PM`.
 * @throws {SlaInputError} on a malformed `HH:mm`.
 * @example
 * ```ts
 * describeWeeklyHours({monday: [{open: '09:00', close: '12:00'}, {open: '13:00', close: '17:00'}],
 *   tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [{open: '10:00', close: '14:00'}], sunday: []});
 * // => 'Monday, 9:00 AM–12:00 PM, 1:00 PM–5:00 PM; Saturday, 10:00 AM–2:00 PM'
 * ```
 */
export function describeWeeklyHours(week: WeeklyHours): string {
  const groups: {first: string; last: string; hours: string}[] = [];
  let previous: string | undefined;
  for (const day of WEEKDAYS) {
    const hours = week[day].length > 0 ? formatIntervals(week[day]) : undefined;
    const group = groups[groups.length - 1];
    if (hours !== undefined && hours === previous && group) {
      group.last = day;
    } else if (hours !== undefined) {
      groups.push({first: day, last: day, hours});
    }
    previous = hours;
  }
  if (groups.length === 0) return 'Closed';
  return groups
    .map((g) => `${capitalize(g.first)}${g.first === g.last ? '' : `–${capitalize(g.last)}`}, ${g.hours}`)
    .join('; ');
}

function checkDate(instant: Date, what: string): number {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new SlaInputError(`Expected a valid Date for ${what}, got ${instant instanceof Date ? 'Invalid Date' : typeof instant}`);
  }
  return instant.getTime();
}

function checkZone(timeZone: string): void {
  if (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone)) {
    throw new SlaInputError(`Unknown IANA time zone ${JSON.stringify(timeZone)}`);
  }
}

/**
 * The time from `from` to `to` in words, for "response due in 2 hours".
 * The difference is rounded up (towards the future) to the whole minute, then
 * said in at most the two largest non-zero units among days (24 hours each),
 * hours and minutes; the rest is left out.
 *
 * @param from - usually now.
 * @param to - the instant to describe.
 * @returns `in 2 days, 3 hours`, `in 45 minutes`, `now` (less than a minute
 *   ago up to now), `2 hours ago`.
 * @throws {SlaInputError} on an Invalid Date.
 * @example
 * ```ts
 * describeRelative(new Date('2026-03-06T16:00:00Z'), new Date('2026-03-08T19:00:00Z'));
 * // => 'in 2 days, 3 hours'
 * ```
 */
export function describeRelative(from: Date, to: Date): string {
  const diff = checkDate(to, 'to') - checkDate(from, 'from');
  const minutes = Math.ceil(Duration.fromMillis(diff).as('minutes'));
  if (minutes === 0) return 'now';
  const parts = Duration.fromObject({minutes: Math.abs(minutes)}).shiftTo('days', 'hours', 'minutes');
  const text = (['days', 'hours', 'minutes'] as const)
    .map((unit) => [parts.get(unit), unit.slice(0, -1)] as const)
    .filter(([count]) => count !== 0)
    .slice(0, 2)
    .map(([count, unit]) => plural(count, unit))
    .join(', ');
  return minutes > 0 ? `in ${text}` : `${text} ago`;
}

/**
 * An instant as local date and time in a zone, en-US, with the zone's short
 * name or offset (narrow and thin spaces from newer ICU data are replaced by
 * plain spaces, so the text is the same everywhere).
 *
 * @param instant - the instant.
 * @param timeZone - IANA time zone name to show it in.
 * @returns for example `Fri, Mar 6, 2026, 4:00 PM EST`, or
 *   `Sun, Mar 29, 2026, 3:30 AM GMT+2` where en-US has no abbreviation.
 * @throws {SlaInputError} on an Invalid Date or an unknown zone.
 * @example
 * ```ts
 * formatInstant(new Date('2026-03-06T21:00:00Z'), 'America/New_York');
 * // => 'Fri, Mar 6, 2026, 4:00 PM EST'
 * ```
 */
export function formatInstant(instant: Date, timeZone: string): string {
  const ms = checkDate(instant, 'instant');
  checkZone(timeZone);
  return DateTime.fromMillis(ms, {zone: timeZone, locale: LOCALE})
    .toLocaleString({
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/**
 * A time zone's name with its short name or offset at an instant (the name
 * changes with daylight saving time).
 *
 * @param timeZone - IANA time zone name.
 * @param at - the instant whose offset is shown.
 * @returns for example `America/New_York (EST)` in winter,
 *   `America/New_York (EDT)` in summer, `Europe/Berlin (GMT+1)`.
 * @throws {SlaInputError} on an Invalid Date or an unknown zone.
 * @example
 * ```ts
 * zoneLabel('America/New_York', new Date('2026-07-01T12:00:00Z')); // 'America/New_York (EDT)'
 * ```
 */
export function zoneLabel(timeZone: string, at: Date): string {
  const ms = checkDate(at, 'at');
  checkZone(timeZone);
  const local = DateTime.fromMillis(ms, {zone: timeZone, locale: LOCALE});
  return `${timeZone} (${local.offsetNameShort ?? `UTC${local.toFormat('ZZ')}`})`;
}
