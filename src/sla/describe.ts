/**
 * Plain-English wording of instants, for the priority picker: due times in a
 * zone, relative phrases, zone labels (Luxon). Fixed locale `en-US`, so the
 * server and every browser render the same text. The wording of targets and
 * weekly hours lives in `wording.ts` (no date library) and is re-exported here.
 *
 * @module
 */
import {DateTime, Duration, IANAZone} from 'luxon';
import {SlaInputError} from './errors';
import {plural} from './wording';

export {describeDayHours, describeResolutionTarget, describeResponseTarget, describeWeeklyHours} from './wording';

const LOCALE = 'en-US';

function checkDate(instant: Date, what: string): number {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new SlaInputError(
      `Expected a valid Date for ${what}, got ${instant instanceof Date ? 'Invalid Date' : typeof instant}`,
    );
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
