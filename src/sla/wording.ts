/**
 * Plain-English wording of SLA targets and weekly hours, for the tables and
 * facts that every content page renders. Plain strings, no React, and no
 * date library: these functions only say numbers and `HH:mm` wall-clock
 * times, so the pages that show them do not load Luxon (the instants of the
 * priority picker are worded in `describe.ts`).
 *
 * @module
 */
import {SlaInputError} from './errors';
import {MINUTES_PER_DAY, minutesOfDay} from './timeOfDay';
import {WEEKDAYS, type OpeningInterval, type ResolutionTarget, type ResponseTarget, type WeeklyHours} from './types';

/** `count unit(s)`: `1 day`, `2 days`. */
export function plural(count: number, unit: string): string {
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
  const total = minutesOfDay(hhmm, 'close');
  if (total === undefined) throw new SlaInputError(`Malformed time "${hhmm}" (expected HH:mm)`);
  if (total === MINUTES_PER_DAY) return 'midnight';
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

function formatIntervals(intervals: readonly OpeningInterval[]): string {
  return intervals.map((i) => `${formatClock(i.open)}–${formatClock(i.close)}`).join(', ');
}

/**
 * The opening intervals of one day in words (en-US 12-hour times, several
 * intervals joined with `, `), for special hours: `8:00 AM–1:00 PM`.
 *
 * @param intervals - the intervals (`HH:mm`, local wall-clock time).
 * @returns the intervals in words, or `Closed` when there are none.
 * @throws {SlaInputError} on a malformed `HH:mm`.
 * @example
 * ```ts
 * describeDayHours([{open: '08:00', close: '13:00'}]); // => '8:00 AM–1:00 PM'
 * ```
 */
export function describeDayHours(intervals: readonly OpeningInterval[]): string {
  return intervals.length === 0 ? 'Closed' : formatIntervals(intervals);
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
