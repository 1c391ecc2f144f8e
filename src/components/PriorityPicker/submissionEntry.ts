/**
 * What the picker's submission-time field (`<input type="datetime-local">`)
 * holds while a person types into it, as a pure function (no React, no DOM).
 *
 * A browser reports the field's value only when every segment (month, day,
 * year, hours, minutes, AM/PM) is complete; while a segment is half typed
 * (the `0` of `05`), the value is the empty string. An empty value is
 * therefore "still typing", never "use the current time": the picker keeps
 * the last complete value and says so, and only its "Use the current time"
 * button goes back to now.
 */
import {DateTime} from 'luxon';
import type {CalendarWindow} from '../../facts/supportCalendar';
import {inCalendarYears} from '../../facts/dueTimes';

/** The `datetime-local` format without seconds (the field's default step is one minute). */
export const FIELD_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** What a value of the field means. */
export type SubmissionEntry =
  /** Empty: a segment is incomplete (or the field was cleared); keep the last complete value. */
  | {readonly kind: 'incomplete'}
  /** A complete date and time, but not one the picker can compute (a year outside the calendar's). */
  | {readonly kind: 'outside-years'; readonly instant: Date; readonly years: CalendarWindow}
  /** A complete date and time in the viewer's zone: this instant. */
  | {readonly kind: 'complete'; readonly instant: Date};

/**
 * Reads the field's value.
 *
 * @param value - the field's `value`: `YYYY-MM-DDTHH:mm` (seconds allowed), or `''`.
 * @param viewerZone - IANA zone the field shows (the viewer's).
 * @param supportZone - IANA name of the support time zone (the calendar's years are its years).
 * @param years - the years the support calendar covers.
 * @returns a {@link SubmissionEntry}. A value the browser would never report
 *   (malformed) reads as incomplete.
 * @example
 * ```ts
 * readSubmissionEntry('2028-12-22T17:30', 'America/Los_Angeles', 'America/New_York', {from: 2025, to: 2036});
 * // => {kind: 'complete', instant: 2028-12-23T01:30:00Z}
 * readSubmissionEntry('', 'America/Los_Angeles', 'America/New_York', {from: 2025, to: 2036});
 * // => {kind: 'incomplete'}
 * ```
 */
export function readSubmissionEntry(
  value: string,
  viewerZone: string,
  supportZone: string,
  years: CalendarWindow,
): SubmissionEntry {
  if (!/^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value)) return {kind: 'incomplete'};
  const parsed = DateTime.fromISO(value, {zone: viewerZone});
  if (!parsed.isValid) return {kind: 'incomplete'};
  const instant = parsed.toJSDate();
  if (!inCalendarYears(instant, supportZone, years)) return {kind: 'outside-years', instant, years};
  return {kind: 'complete', instant};
}

/**
 * An instant as the field's value in a zone: `2028-12-22T17:30` (seconds are
 * dropped, as the field hides them).
 */
export function fieldValue(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, {zone}).toFormat(FIELD_FORMAT);
}

/**
 * The first and last minute of the calendar's window as `datetime-local`
 * values in a zone (the viewer's), for the input's `min` and `max`.
 *
 * @param years - the calendar's window.
 * @param supportZone - IANA name of the support time zone (the window's years are its years).
 * @param viewerZone - IANA name of the zone the input shows.
 * @returns for example `{min: '2024-12-31T21:00', max: '2036-12-31T20:59'}` in Los Angeles for 2025-2036 in New York.
 */
export function calendarInputBounds(
  years: CalendarWindow,
  supportZone: string,
  viewerZone: string,
): {min: string; max: string} {
  const start = DateTime.fromObject({year: years.from, month: 1, day: 1}, {zone: supportZone});
  const end = DateTime.fromObject({year: years.to + 1, month: 1, day: 1}, {zone: supportZone}).minus({minutes: 1});
  const format = (d: DateTime): string => d.setZone(viewerZone).toFormat(FIELD_FORMAT);
  return {min: format(start), max: format(end)};
}
