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
    const parsed = DateTime.fromISO(text, {zone: timeZone, setZone: true});
    if (parsed.isValid && !inCalendarYears(parsed.toJSDate(), timeZone, years)) {
      notices.push(
        `The submission time ${quoteValue(rawSubmitted)} in the link is outside the years the support calendar covers (${years.from}–${years.to}): using the current time instead.`,
      );
    } else if (parsed.isValid) {
      submittedAt = parsed.toJSDate();
    } else {
      notices.push(
        `The submission time ${quoteValue(rawSubmitted)} in the link is not an ISO 8601 date and time (for example 2026-03-06T16:00:00-05:00): using the current time instead.`,
      );
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
