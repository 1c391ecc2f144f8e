/**
 * The texts of the page section that lists the support holidays and special
 * hours: dates in words (Luxon, en-US). Computed at build time by the
 * `support-calendar` plugin and shipped with the calendar, so the pages that
 * list holidays do not load the date library.
 *
 * @module
 */
import {DateTime} from 'luxon';
import {describeDayHours} from '../sla/wording';
import {calendarEntriesOf, type CalendarListingEntry, type SupportCalendarDates} from './supportCalendar';

/**
 * A local calendar date in words: `Friday, July 3, 2026`. The date has no
 * time zone (it is a date of the support calendar), so none applies.
 *
 * @param date - ISO 8601 calendar date `YYYY-MM-DD`.
 * @throws {Error} when `date` is not a calendar date.
 */
export function describeCalendarDate(date: string): string {
  const local = DateTime.fromISO(date, {zone: 'utc', locale: 'en-US'});
  if (!local.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`Not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  return local.toFormat('cccc, LLLL d, yyyy');
}

/**
 * The holidays and special hours of some years, in date order, with their
 * texts.
 *
 * @param dates - the resolved calendar.
 * @param years - the years to list, e.g. `[2026, 2027]`.
 * @returns one entry per date.
 * @example
 * ```ts
 * calendarListing(dates, [2026]);
 * // => [{date: '2026-01-01', label: 'Thursday, January 1, 2026', name: "New Year's Day", kind: 'holiday'}, …,
 * //     {date: '2026-12-24', label: 'Thursday, December 24, 2026', name: 'Christmas Eve', kind: 'special',
 * //      hours: '8:00 AM–1:00 PM'}, …]
 * ```
 */
export function calendarListing(dates: SupportCalendarDates, years: readonly number[]): CalendarListingEntry[] {
  return calendarEntriesOf(dates, years).map((entry) =>
    entry.kind === 'holiday'
      ? {
          date: entry.holiday.date,
          label: describeCalendarDate(entry.holiday.date),
          name: entry.holiday.name,
          kind: 'holiday',
        }
      : {
          date: entry.special.date,
          label: describeCalendarDate(entry.special.date),
          name: entry.special.name,
          kind: 'special',
          hours: describeDayHours(entry.special.hours),
        },
  );
}
