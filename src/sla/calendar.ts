/**
 * Business calendar arithmetic: is the support desk open, when does it open
 * next, when is a target of N business minutes or N business days due.
 *
 * Pure functions over {@link Calendar} values, no React, no DOM. Instants are
 * JavaScript `Date` objects (never mutated; new `Date`s are returned);
 * durations are minutes. All time-zone arithmetic goes through Luxon, so the
 * result never depends on the time zone of the process or the viewer.
 *
 * Rules (GUIDE.md, section 4 "Dates"):
 * - Opening hours are local wall-clock times in the calendar's IANA zone.
 *   They are turned into instants per local date, so 09:00 in New York is
 *   14:00 UTC in winter and 13:00 UTC in summer.
 * - An interval is open from its opening time inclusive to its closing time
 *   exclusive. `24:00` closes at the start of the next local date.
 * - A holiday is a local date `YYYY-MM-DD` in the calendar's zone, closed all
 *   day, never an instant.
 * - A date with special hours is open during its own intervals instead of
 *   the weekday's (an early closing, a Saturday opening); the same DST rules
 *   apply to them. A date cannot be both a holiday and a special date.
 * - A 24/7 calendar is always open; time is added on the absolute timeline.
 *
 * Daylight-saving edge cases (decided here, pinned by tests):
 * - A bound that falls into a spring-forward gap is shifted forward by the
 *   length of the gap, as Luxon does: 02:30 on 2026-03-08 in New York is
 *   03:30 EDT. An interval that becomes empty that way is dropped for that
 *   date; intervals that come to overlap are merged.
 * - A bound that falls into the repeated hour of a fall-back change is its
 *   second occurrence (the later offset), as Luxon does: 01:30 on 2026-11-01
 *   in New York is 01:30 EST.
 *
 * @module
 */
import {DateTime, IANAZone} from 'luxon';
import {SlaInputError} from './errors';
import {minutesOfDay} from './timeOfDay';
import {
  WEEKDAYS,
  type BusinessCalendar,
  type Calendar,
  type ClosedReason,
  type Holiday,
  type SpecialHours,
  type TimeSpan,
  type Weekday,
} from './types';

// Re-exported: the error class lives in a module without Luxon (see errors.ts).
export {SlaInputError};

/** How many consecutive local dates without any opening a walk accepts before giving up. */
export const MAX_CLOSED_DAYS = 3660;
/** How many local dates a walk covers at most (about 100 years) before giving up. */
export const MAX_WALK_DAYS = 36600;

const MINUTE_MS = 60_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A local calendar date, without a zone. */
interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** An opening interval in minutes since local midnight (close may be 1440). */
interface MinuteInterval {
  readonly open: number;
  readonly close: number;
}

/** An open span in epoch milliseconds, `start` inclusive, `end` exclusive. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** Special hours of one date, checked, with their intervals in minutes. */
interface PreparedSpecial {
  readonly source: SpecialHours;
  readonly intervals: readonly MinuteInterval[];
}

/** A validated business calendar, with per-date spans memoized. */
interface PreparedBusiness {
  readonly kind: 'business';
  readonly zone: string;
  readonly week: Readonly<Record<Weekday, readonly MinuteInterval[]>>;
  readonly holidays: ReadonlyMap<string, Holiday>;
  readonly special: ReadonlyMap<string, PreparedSpecial>;
  readonly spans: Map<string, readonly Span[]>;
}

interface PreparedAlwaysOpen {
  readonly kind: '24/7';
  readonly zone: string;
}

type Prepared = PreparedBusiness | PreparedAlwaysOpen;

const prepared = new WeakMap<object, Prepared>();
const SPAN_CACHE_LIMIT = 5000;

/**
 * Checks a calendar and throws when it cannot be computed with. Every function
 * of this module calls it; the result is memoized per calendar object, so
 * calendars are treated as immutable (as their `readonly` types say).
 *
 * Checks: the calendar kind; the IANA zone (Luxon `IANAZone.isValidZone`);
 * each interval's `open` (`HH:mm`) and `close` (`HH:mm` or `24:00`); `open`
 * strictly before `close`; the intervals of a day sorted and not overlapping;
 * at least one interval in the week or on a special date; each holiday and
 * special date a real `YYYY-MM-DD` date; no special date twice, and none that
 * is also a holiday. The intervals of special hours are checked as the
 * weekly ones.
 *
 * @param calendar - a {@link BusinessCalendar} or an {@link AlwaysOpenCalendar}.
 * @throws {SlaInputError} naming the problem, for example
 *   `Unknown IANA time zone "Mars/Olympus"`,
 *   `Malformed opening time "9:00" on monday (expected HH:mm)`,
 *   `Opening time 17:00 is not before closing time 09:00 on monday`,
 *   `Intervals of monday must be sorted and must not overlap (12:00-14:00 starts before 13:00)`,
 *   `Calendar has no opening hours in any weekday or on any special date`,
 *   `Holiday date "2026-02-30" is not a calendar date YYYY-MM-DD`,
 *   `Special hours of 2026-12-24 are given twice`,
 *   `2026-12-25 is both a holiday (Christmas Day) and a date with special hours (Christmas)`.
 * @example
 * ```ts
 * assertValidCalendar({kind: '24/7', timeZone: 'Mars/Olympus'});
 * // throws SlaInputError: Unknown IANA time zone "Mars/Olympus"
 * ```
 */
export function assertValidCalendar(calendar: Calendar): void {
  prepare(calendar);
}

function prepare(calendar: Calendar): Prepared {
  if (calendar === null || typeof calendar !== 'object') {
    throw new SlaInputError(`Expected a calendar object, got ${String(calendar)}`);
  }
  const cached = prepared.get(calendar);
  if (cached) return cached;
  const result = validate(calendar);
  prepared.set(calendar, result);
  return result;
}

function validate(calendar: Calendar): Prepared {
  const zone: unknown = calendar.timeZone;
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new SlaInputError(`Unknown IANA time zone ${JSON.stringify(zone)}`);
  }
  const kind: unknown = calendar.kind;
  if (kind === '24/7') return {kind: '24/7', zone};
  if (kind !== 'business') {
    throw new SlaInputError(`Unknown calendar kind ${JSON.stringify(kind)} (expected "business" or "24/7")`);
  }
  const business = calendar as BusinessCalendar;
  if (business.week === null || typeof business.week !== 'object') {
    throw new SlaInputError('Calendar has no weekly opening hours');
  }
  const week = {} as Record<Weekday, MinuteInterval[]>;
  let total = 0;
  for (const day of WEEKDAYS) {
    const intervals: unknown = business.week[day];
    if (!Array.isArray(intervals)) {
      throw new SlaInputError(`Opening hours of ${day} are missing (expected a list, [] when closed)`);
    }
    week[day] = parseIntervals(intervals, day);
    total += week[day].length;
  }
  if (!Array.isArray(business.holidays)) {
    throw new SlaInputError('Calendar holidays are missing (expected a list, [] when none)');
  }
  const holidays = new Map<string, Holiday>();
  for (const holiday of business.holidays) {
    const date = checkDate(holiday?.date, 'Holiday date', zone);
    if (!holidays.has(date)) holidays.set(date, holiday);
  }
  const specialList: unknown = business.specialHours ?? [];
  if (!Array.isArray(specialList)) {
    throw new SlaInputError('Calendar special hours must be a list ([] when none)');
  }
  const special = new Map<string, PreparedSpecial>();
  for (const entry of specialList as SpecialHours[]) {
    const date = checkDate(entry?.date, 'Special hours date', zone);
    if (special.has(date)) throw new SlaInputError(`Special hours of ${date} are given twice`);
    const holiday = holidays.get(date);
    if (holiday) {
      throw new SlaInputError(
        `${date} is both a holiday (${holiday.name}) and a date with special hours (${entry.name})`,
      );
    }
    if (!Array.isArray(entry.hours)) {
      throw new SlaInputError(`Special hours of ${date} are missing (expected a list of intervals)`);
    }
    const intervals = parseIntervals(entry.hours, date);
    total += intervals.length;
    special.set(date, {source: entry, intervals});
  }
  if (total === 0) throw new SlaInputError('Calendar has no opening hours in any weekday or on any special date');
  return {kind: 'business', zone, week, holidays, special, spans: new Map()};
}

/** A `YYYY-MM-DD` that is a real calendar date, or a {@link SlaInputError} naming `what`. */
function checkDate(date: unknown, what: string, zone: string): string {
  if (typeof date !== 'string' || !ISO_DATE.test(date) || !DateTime.fromISO(date, {zone}).isValid) {
    throw new SlaInputError(`${what} ${JSON.stringify(date)} is not a calendar date YYYY-MM-DD`);
  }
  return date;
}

/**
 * The opening intervals of one weekday or one special date (`where`, as it
 * appears in messages: `monday`, `2026-12-24`), checked and in minutes.
 */
function parseIntervals(intervals: readonly unknown[], where: string): MinuteInterval[] {
  return intervals.map((interval, i): MinuteInterval => {
    const {open, close} = (interval ?? {}) as {open?: unknown; close?: unknown};
    const opens = minutesOfDay(open, 'open');
    const closes = minutesOfDay(close, 'close');
    if (opens === undefined) {
      throw new SlaInputError(`Malformed opening time ${JSON.stringify(open)} on ${where} (expected HH:mm)`);
    }
    if (closes === undefined) {
      throw new SlaInputError(`Malformed closing time ${JSON.stringify(close)} on ${where} (expected HH:mm or 24:00)`);
    }
    const result = {open: opens, close: closes};
    if (result.open >= result.close) {
      throw new SlaInputError(`Opening time ${String(open)} is not before closing time ${String(close)} on ${where}`);
    }
    if (i > 0) {
      const previous = intervals[i - 1] as {close: string};
      // Checked in the previous turn of this loop.
      if (result.open < (minutesOfDay(previous.close, 'close') as number)) {
        throw new SlaInputError(
          `Intervals of ${where} must be sorted and must not overlap (${String(open)}-${String(close)} starts before ${previous.close})`,
        );
      }
    }
    return result;
  });
}

function toMillis(instant: Date, what: string): number {
  if (!(instant instanceof Date)) {
    throw new SlaInputError(`Expected a Date for ${what}, got ${typeof instant}`);
  }
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new SlaInputError(`Expected a valid Date for ${what}, got Invalid Date`);
  return ms;
}

function ceilToMinute(ms: number): number {
  return Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
}

/** The local date of an instant in a zone. */
function localDateOf(ms: number, zone: string): LocalDate {
  const {year, month, day} = DateTime.fromMillis(ms, {zone});
  return {year, month, day};
}

/** Calendar-date arithmetic (no zone involved: dates in UTC have no gaps). */
function addDays(date: LocalDate, days: number): LocalDate {
  const {year, month, day} = DateTime.fromObject(date, {zone: 'utc'}).plus({days});
  return {year, month, day};
}

function isoDate({year, month, day}: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[DateTime.fromObject(date, {zone: 'utc'}).weekday - 1];
}

/** The instant of a local wall-clock time on a local date (Luxon resolves gaps and overlaps). */
function wallClock(date: LocalDate, minutes: number, zone: string): number {
  if (minutes === 1440) return wallClock(addDays(date, 1), 0, zone);
  return DateTime.fromObject({...date, hour: Math.floor(minutes / 60), minute: minutes % 60}, {zone}).toMillis();
}

/**
 * The open spans of one local date, sorted, disjoint and non-touching (empty
 * spans from DST gaps dropped, touching or overlapping ones merged). Holidays
 * and closed weekdays have none; a special date has its own intervals.
 */
function daySpans(cal: PreparedBusiness, date: LocalDate): readonly Span[] {
  const key = isoDate(date);
  const cached = cal.spans.get(key);
  if (cached) return cached;
  const intervals = cal.holidays.has(key) ? [] : (cal.special.get(key)?.intervals ?? cal.week[weekdayOf(date)]);
  const raw = intervals
    .map((i) => ({start: wallClock(date, i.open, cal.zone), end: wallClock(date, i.close, cal.zone)}))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const span of raw) {
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) {
      spans[spans.length - 1] = {start: last.start, end: Math.max(last.end, span.end)};
    } else {
      spans.push(span);
    }
  }
  if (cal.spans.size >= SPAN_CACHE_LIMIT) cal.spans.clear();
  cal.spans.set(key, spans);
  return spans;
}

/**
 * The open spans that end after `ms`, in time order, each with its local date.
 * Starts one date early (a span of the previous date may still be open) and
 * clips any span that would start before the previous one ended. Throws when
 * no opening comes for {@link MAX_CLOSED_DAYS} dates, or after
 * {@link MAX_WALK_DAYS} dates in all.
 */
function* spansFrom(cal: PreparedBusiness, ms: number): Generator<{span: Span; date: LocalDate}> {
  let date = addDays(localDateOf(ms, cal.zone), -1);
  let floor = ms;
  let closedDays = 0;
  for (let walked = 0; walked <= MAX_WALK_DAYS; walked += 1) {
    let found = false;
    for (const span of daySpans(cal, date)) {
      if (span.end <= floor) continue;
      found = true;
      const clipped = {start: Math.max(span.start, floor), end: span.end};
      floor = span.end;
      yield {span: clipped, date};
    }
    closedDays = found ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS) {
      throw new SlaInputError(
        `No opening within ${MAX_CLOSED_DAYS} days after ${isoDate(date)}: the calendar is closed all that time (check its holidays)`,
      );
    }
    date = addDays(date, 1);
  }
  throw new SlaInputError(`Gave up after walking ${MAX_WALK_DAYS} days of the calendar (the duration is too long)`);
}

/** The open span of a business calendar containing `ms`, or undefined. */
function spanAt(cal: PreparedBusiness, ms: number): Span | undefined {
  const date = localDateOf(ms, cal.zone);
  for (const d of [addDays(date, -1), date]) {
    const span = daySpans(cal, d).find((s) => s.start <= ms && ms < s.end);
    if (span) return span;
  }
  return undefined;
}

/**
 * Whether the calendar is open at an instant.
 *
 * A business calendar is open during its weekly intervals, from the opening
 * time inclusive to the closing time exclusive, in local wall-clock time of
 * its zone, except on holidays (local dates, closed all day). A 24/7 calendar
 * is always open.
 *
 * @param calendar - the calendar (validated by {@link assertValidCalendar}).
 * @param instant - the instant to test.
 * @returns `true` when open.
 * @throws {SlaInputError} on an invalid calendar or an Invalid Date.
 * @example
 * ```ts
 * const hours = [{open: '09:00', close: '17:00'}];
 * const nineToFive: BusinessCalendar = {
 *   kind: 'business', timeZone: 'America/New_York', holidays: [],
 *   week: {monday: hours, tuesday: hours, wednesday: hours, thursday: hours,
 *     friday: hours, saturday: [], sunday: []},
 * };
 * isOpen(nineToFive, new Date('2026-03-09T09:00:00-04:00')); // true (opening time)
 * isOpen(nineToFive, new Date('2026-03-09T17:00:00-04:00')); // false (closing time)
 * ```
 */
export function isOpen(calendar: Calendar, instant: Date): boolean {
  const cal = prepare(calendar);
  const ms = toMillis(instant, 'instant');
  return cal.kind === '24/7' || spanAt(cal, ms) !== undefined;
}

/**
 * When the calendar is next open: the instant itself when open, else the
 * start of the next open interval. This is when an SLA clock on business
 * hours starts.
 *
 * @param calendar - the calendar.
 * @param instant - the instant to start from.
 * @returns a new `Date`, `>= instant` (not rounded).
 * @throws {SlaInputError} on invalid input, or when the calendar stays closed
 *   for {@link MAX_CLOSED_DAYS} local dates.
 * @example
 * ```ts
 * // Friday 19:00 EST, Monday-Friday 09:00-17:00 in New York:
 * nextOpening(nineToFive, new Date('2026-03-06T19:00:00-05:00'));
 * // => 2026-03-09T09:00:00-04:00 (Monday, after the change to EDT)
 * ```
 */
export function nextOpening(calendar: Calendar, instant: Date): Date {
  const cal = prepare(calendar);
  const ms = toMillis(instant, 'instant');
  if (cal.kind === '24/7') return new Date(ms);
  for (const {span} of spansFrom(cal, ms)) return new Date(span.start);
  /* c8 ignore next */
  throw new SlaInputError('unreachable: spansFrom ends by throwing');
}

/**
 * The instant when `minutes` of open time have passed, counted from `start`.
 *
 * Business calendar: walks the open intervals from `nextOpening(start)`,
 * consuming minutes. When the last minute ends exactly at a closing time, the
 * result is that closing time, not the next opening: Friday 17:00 plus 8
 * business hours, with hours 09:00-17:00, is Monday 17:00. With `minutes` 0
 * the result is `nextOpening(start)`.
 *
 * 24/7 calendar: `minutes` are added on the absolute timeline, whatever the
 * wall clock does: 1 hour after 01:30 on the night clocks go forward is 03:30
 * local time.
 *
 * The result is rounded up to the whole minute when it is not whole already
 * (a due time is never earlier than the exact one).
 *
 * @param calendar - the calendar.
 * @param start - when the clock would start (for example the submission).
 * @param minutes - open minutes to add, finite and `>= 0` (fractions allowed).
 * @returns a new `Date`: the due time.
 * @throws {SlaInputError} on an invalid calendar, an Invalid Date, negative or
 *   non-finite minutes, or when the walk gives up (see {@link MAX_CLOSED_DAYS}).
 * @example
 * ```ts
 * addBusinessTime(nineToFive, new Date('2026-03-13T17:00:00-04:00'), 8 * 60);
 * // => 2026-03-16T17:00:00-04:00 (Monday at closing time)
 * addBusinessTime({kind: '24/7', timeZone: 'America/New_York'},
 *   new Date('2026-03-08T01:30:00-05:00'), 60);
 * // => 2026-03-08T03:30:00-04:00
 * ```
 */
export function addBusinessTime(calendar: Calendar, start: Date, minutes: number): Date {
  const cal = prepare(calendar);
  const ms = toMillis(start, 'start');
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new SlaInputError(`Minutes must be a finite number >= 0, got ${String(minutes)}`);
  }
  let remaining = minutes * MINUTE_MS;
  if (cal.kind === '24/7') return new Date(ceilToMinute(ms + remaining));
  for (const {span} of spansFrom(cal, ms)) {
    const available = span.end - span.start;
    if (remaining <= available) return new Date(ceilToMinute(span.start + remaining));
    remaining -= available;
  }
  /* c8 ignore next */
  throw new SlaInputError('unreachable: spansFrom ends by throwing');
}

/**
 * The end of the n-th business day: the last closing time of that day.
 *
 * Business day 0 is the local date of `nextOpening(start)` (the day the clock
 * starts; precisely, the date whose opening interval it falls in); day 1 is the next business day after it, and so on. A business day
 * is a local date that is not a holiday and has at least one opening interval.
 * "Same business day" is `n = 0`, "next business day" is `n = 1`.
 *
 * 24/7 calendar: every date counts, and day 0 is the local date of `start`;
 * the result is the end of the local date `n` days later, that is the start
 * (00:00 local) of the following date.
 *
 * @param calendar - the calendar.
 * @param start - when the request came in.
 * @param n - business days after day 0, a whole number `>= 0`.
 * @returns a new `Date`: the closing instant of business day `n`.
 * @throws {SlaInputError} on an invalid calendar, an Invalid Date, an `n`
 *   that is negative, not whole or above {@link MAX_WALK_DAYS}, or when no
 *   business day comes for {@link MAX_CLOSED_DAYS} dates.
 * @example
 * ```ts
 * // Friday 16:00 EST; hours Monday-Friday 09:00-17:00 in New York:
 * endOfBusinessDay(nineToFive, new Date('2026-03-06T16:00:00-05:00'), 0);
 * // => 2026-03-06T17:00:00-05:00
 * endOfBusinessDay(nineToFive, new Date('2026-03-06T16:00:00-05:00'), 1);
 * // => 2026-03-09T17:00:00-04:00
 * ```
 */
export function endOfBusinessDay(calendar: Calendar, start: Date, n: number): Date {
  const cal = prepare(calendar);
  const ms = toMillis(start, 'start');
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new SlaInputError(`Business days must be a whole number >= 0, got ${String(n)}`);
  }
  if (n > MAX_WALK_DAYS) {
    throw new SlaInputError(`Business days must be at most ${MAX_WALK_DAYS}, got ${n}`);
  }
  if (cal.kind === '24/7') {
    return new Date(wallClock(addDays(localDateOf(ms, cal.zone), n + 1), 0, cal.zone));
  }
  let day0: LocalDate | undefined;
  for (const {date} of spansFrom(cal, ms)) {
    day0 = date;
    break;
  }
  let date = day0 as LocalDate;
  let spans = daySpans(cal, date);
  let closedDays = 0;
  for (let count = 0; count < n;) {
    date = addDays(date, 1);
    spans = daySpans(cal, date);
    if (spans.length > 0) {
      count += 1;
      closedDays = 0;
    } else if (++closedDays > MAX_CLOSED_DAYS) {
      throw new SlaInputError(
        `No business day within ${MAX_CLOSED_DAYS} days after ${isoDate(date)}: the calendar is closed all that time (check its holidays)`,
      );
    }
  }
  return new Date(spans[spans.length - 1].end);
}

/**
 * The open interval that contains an instant, for "open now until 18:00".
 * Intervals are those of one local date: a day that closes at `24:00` and a
 * next day that opens at `00:00` give two intervals.
 *
 * @param calendar - the calendar.
 * @param instant - the instant.
 * @returns `{start, end}` (start inclusive, end exclusive) when open; `null`
 *   when closed, and always `null` for a 24/7 calendar, which has no bounded
 *   interval (use {@link isOpen} to tell the two apart).
 * @throws {SlaInputError} on an invalid calendar or an Invalid Date.
 * @example
 * ```ts
 * openInterval(nineToFive, new Date('2026-03-09T10:00:00-04:00'));
 * // => {start: 2026-03-09T09:00:00-04:00, end: 2026-03-09T17:00:00-04:00}
 * ```
 */
export function openInterval(calendar: Calendar, instant: Date): TimeSpan | null {
  const cal = prepare(calendar);
  const ms = toMillis(instant, 'instant');
  if (cal.kind === '24/7') return null;
  const span = spanAt(cal, ms);
  return span ? {start: new Date(span.start), end: new Date(span.end)} : null;
}

/**
 * Why the calendar is closed at an instant, to explain why an SLA clock
 * starts later than the submission. The local date of the instant in the
 * calendar's zone decides: a holiday first (even on a weekend), then a date
 * with special hours (outside them), then a weekday without any interval,
 * else outside the hours of that day.
 *
 * @param calendar - the calendar.
 * @param instant - the instant.
 * @returns `null` when open (always for 24/7); else
 *   `{reason: 'holiday', holiday}`, `{reason: 'special-hours', special}`,
 *   `{reason: 'closed-day'}` or `{reason: 'outside-hours'}`.
 * @throws {SlaInputError} on an invalid calendar or an Invalid Date.
 * @example
 * ```ts
 * closedReason(nineToFive, new Date('2026-03-07T10:00:00-05:00')); // Saturday
 * // => {reason: 'closed-day'}
 * ```
 */
export function closedReason(calendar: Calendar, instant: Date): ClosedReason | null {
  const cal = prepare(calendar);
  const ms = toMillis(instant, 'instant');
  if (cal.kind === '24/7' || spanAt(cal, ms) !== undefined) return null;
  const date = localDateOf(ms, cal.zone);
  const holiday = cal.holidays.get(isoDate(date));
  if (holiday) return {reason: 'holiday', holiday};
  const special = cal.special.get(isoDate(date));
  if (special) return {reason: 'special-hours', special: special.source};
  if (cal.week[weekdayOf(date)].length === 0) return {reason: 'closed-day'};
  return {reason: 'outside-hours'};
}
