/**
 * The priority picker's query-parameter contract, as pure functions (no React,
 * no DOM), shared by the picker and its unit tests.
 *
 * - `priority`: one of the config's priority ids (`critical`, `high`,
 *   `medium`, `low`), case-insensitive.
 * - `submitted`: an ISO 8601 date-time. With an offset (`-05:00`) or `Z` it is
 *   that instant; without one it is local wall-clock time in the support time
 *   zone (IANA name from the config). Parsed by Luxon, never by hand. It must
 *   fall in the years the support calendar covers (the build's window, see
 *   `inCalendarYears` in `src/facts/dueTimes.ts`), the same years the
 *   submission-time input accepts.
 *
 * Any other parameter (for example `_highlight` from search result links) is
 * ignored and kept in the URL. An invalid value produces a notice and the
 * default instead.
 */
import {DateTime} from 'luxon';
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';
import type {CalendarWindow} from '../../facts/supportCalendar';
import {inCalendarYears} from '../../facts/dueTimes';
import {DEFAULT_PRIORITY} from './parameterDocs';
import {quoteValue, readParam} from '../../facts/queryParams';

// The parameter contract without Luxon, for pages that only document it (see ./parameterDocs.ts).
export {DEFAULT_PRIORITY, PICKER_PARAMETERS} from './parameterDocs';

/** What the picker's URL asks for. */
export interface PickerParams {
  /** The chosen priority; {@link DEFAULT_PRIORITY} when absent or invalid. */
  priority: PriorityId;
  /** Whether `priority` came from the URL (false: the default). */
  priorityFromUrl: boolean;
  /** The submission instant from the URL; `null` means "now". */
  submittedAt: Date | null;
  /** Readable notices about ignored values, plain text (never markup). */
  notices: string[];
}

/**
 * Reads the picker's parameters from a query string.
 *
 * @param search - `location.search`, with or without the leading `?`.
 * @param timeZone - IANA name of the support time zone, for `submitted`
 *   values without an offset.
 * @param years - the years the support calendar covers; a `submitted`
 *   outside them is ignored with a notice.
 * @returns the parameters, with a notice per ignored value. Never throws.
 * @example
 * parsePickerParams('?priority=high&submitted=2026-03-06T16:00:00-05:00', 'America/New_York', {from: 2026, to: 2036})
 * // => {priority: 'high', priorityFromUrl: true, submittedAt: 2026-03-06T21:00:00Z, notices: []}
 */
export function parsePickerParams(search: string, timeZone: string, years: CalendarWindow): PickerParams {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let priority = DEFAULT_PRIORITY;
  let priorityFromUrl = false;
  const rawPriority = readParam(params, 'priority');
  if (rawPriority !== undefined) {
    const wanted = rawPriority.trim().toLowerCase();
    if ((PRIORITY_IDS as readonly string[]).includes(wanted)) {
      priority = wanted as PriorityId;
      priorityFromUrl = true;
    } else {
      notices.push(
        `Unknown priority ${quoteValue(rawPriority)} in the link: showing ${DEFAULT_PRIORITY} instead. Use one of ${PRIORITY_IDS.join(', ')}.`,
      );
    }
  }
  let submittedAt: Date | null = null;
  const rawSubmitted = readParam(params, 'submitted');
  if (rawSubmitted !== undefined) {
    // An unencoded "+05:00" offset arrives as " 05:00" (a "+" in a query
    // string means a space): put the plus sign back before parsing.
    const text = rawSubmitted.trim().replace(/ (\d{2}(?::?\d{2})?)$/, '+$1');
    const read = readSubmitted(text, timeZone);
    if (!read.ok) {
      notices.push(
        `The submission time ${quoteValue(rawSubmitted)} in the link ${read.problem}: using the current time instead.`,
      );
    } else if (!inCalendarYears(read.instant, timeZone, years)) {
      notices.push(
        `The submission time ${quoteValue(rawSubmitted)} in the link is outside the years the support calendar covers (${years.from}–${years.to}): using the current time instead.`,
      );
    } else {
      submittedAt = read.instant;
      if (read.note) notices.push(`The submission time ${quoteValue(rawSubmitted)} in the link ${read.note}`);
    }
  }
  return {priority, priorityFromUrl, submittedAt, notices};
}

/**
 * The query string for a picker state, keeping every other parameter of
 * `current` as it was.
 *
 * @param current - the current `location.search`.
 * @param priority - the chosen priority.
 * @param submittedAt - the submission instant, or `null` for "now" (then
 *   `submitted` is removed).
 * @param timeZone - IANA zone in which `submitted` is written (with its offset).
 * @returns a query string starting with `?`, or `''` when empty.
 */
export function pickerSearch(
  current: string,
  priority: PriorityId,
  submittedAt: Date | null,
  timeZone: string,
): string {
  const params = new URLSearchParams(current);
  params.set('priority', priority);
  if (submittedAt) {
    params.set(
      'submitted',
      DateTime.fromJSDate(submittedAt, {zone: timeZone}).toISO({suppressMilliseconds: true, includeOffset: true}) ?? '',
    );
  } else {
    params.delete('submitted');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An instant as an ISO 8601 UTC string without milliseconds, e.g. `2026-03-06T21:00:00Z`. */
export function isoUtc(instant: Date): string {
  return DateTime.fromJSDate(instant, {zone: 'utc'}).toISO({suppressMilliseconds: true}) ?? instant.toISOString();
}

/** The widest UTC offset of any time zone, in minutes (UTC+14:00, Kiribati; UTC−12:00 is the other end). */
const MAX_OFFSET_MINUTES = 14 * 60;

/** What {@link readSubmitted} made of a `submitted` value. */
type SubmittedReading =
  {readonly ok: false; readonly problem: string} | {readonly ok: true; readonly instant: Date; readonly note?: string};

/**
 * Reads a `submitted` value strictly: an ISO 8601 date and time (parsed by
 * Luxon), with an offset within ±14:00 or none (then wall-clock time in the
 * support zone). A wall-clock time that the zone's clocks skip (spring
 * forward) or show twice (fall back) is taken as Luxon takes it, and a note
 * says which instant that is.
 *
 * @param text - the value, with a `+` restored.
 * @param timeZone - the support zone (IANA).
 * @returns the instant and an optional note, or the problem in words.
 */
function readSubmitted(text: string, timeZone: string): SubmittedReading {
  const example = 'for example 2026-03-06T16:00:00-05:00';
  const parsed = DateTime.fromISO(text, {zone: timeZone, setZone: true});
  if (!parsed.isValid) return {ok: false, problem: `is not an ISO 8601 date and time (${example})`};
  // Luxon also reads a time alone (today's date) or a date alone (midnight): a link must say both.
  const local = DateTime.fromISO(text, {setZone: true});
  const hasDate = !/^T?\d{2}(?::?\d{2}){0,2}(?:[.,]\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.test(text);
  const hasTime = /T|\d \d/i.test(text);
  if (!hasDate)
    return {ok: false, problem: `has a time but no date, so it would mean another instant every day (${example})`};
  if (!hasTime) return {ok: false, problem: `has a date but no time (${example})`};
  const offsetGiven = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(text);
  if (offsetGiven && Math.abs(local.offset) > MAX_OFFSET_MINUTES) {
    return {
      ok: false,
      problem: `has the offset ${local.toFormat('ZZ')}, beyond the ±14:00 of every time zone (${example})`,
    };
  }
  if (offsetGiven) return {ok: true, instant: parsed.toJSDate()};
  return {ok: true, instant: parsed.toJSDate(), note: wallClockNote(text, parsed, timeZone)};
}

/**
 * For a wall-clock time without an offset: a note when the support zone skips
 * it (the instant Luxon takes is later on the clock) or shows it twice (Luxon
 * takes one of the two), naming the instant taken; `undefined` otherwise.
 */
function wallClockNote(text: string, parsed: DateTime, timeZone: string): string | undefined {
  const asWritten = DateTime.fromISO(text, {zone: 'utc'});
  const same = (d: DateTime): boolean =>
    d.setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm:ss") === asWritten.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  const taken = parsed.setZone(timeZone).setLocale('en-US');
  const shown = `${taken.toFormat('h:mm a')} ${taken.offsetNameShort ?? taken.toFormat('ZZ')} (${taken.toFormat('ZZ')})`;
  if (!same(parsed)) {
    return `is a time that ${timeZone} skips when its clocks go forward: the picker takes ${shown}, the same instant as the clock shows after the change.`;
  }
  const before = parsed.minus({hours: 6}).offset;
  const after = parsed.plus({hours: 6}).offset;
  if (before === after) return undefined;
  const shift = Math.abs(after - before);
  const other = [parsed.minus({minutes: shift}), parsed.plus({minutes: shift})].find(same);
  if (!other) return undefined;
  const first = other.toMillis() < parsed.toMillis() ? 'second' : 'first';
  const otherTaken = other.setZone(timeZone).setLocale('en-US');
  return `is a time that ${timeZone} shows twice when its clocks go back: the picker takes ${shown}, the ${first} of the two. Add the offset ${otherTaken.toFormat('ZZ')} for the other one.`;
}
