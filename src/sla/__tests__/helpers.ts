/**
 * Test helpers: instants from ISO strings with an explicit offset (parsed by
 * Luxon), and instants shown back as ISO strings in a zone, so a failure reads
 * `expected '2026-03-09T10:00:00-04:00', got '2026-03-09T11:00:00-04:00'`.
 */
import {DateTime} from 'luxon';
import type {BusinessCalendar, Holiday, OpeningInterval, Weekday} from '../types';

/** An instant from an ISO 8601 string that must carry its offset (`Z` or `±HH:mm`). */
export function at(iso: string): Date {
  if (!/(?:Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test instant "${iso}" needs an explicit offset`);
  const dt = DateTime.fromISO(iso, {setZone: true});
  if (!dt.isValid) throw new Error(`test instant "${iso}" is invalid: ${dt.invalidExplanation}`);
  return dt.toJSDate();
}

/** An instant as an ISO string in a zone, seconds kept only when not zero. */
export function inZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, {zone}).toISO({suppressMilliseconds: true, suppressSeconds: true}) ?? 'Invalid';
}

const closed: Record<Weekday, readonly OpeningInterval[]> = {
  monday: [],
  tuesday: [],
  wednesday: [],
  thursday: [],
  friday: [],
  saturday: [],
  sunday: [],
};

/** A business calendar open the same hours Monday to Friday, plus any other days given. */
export function weekdaysCalendar(
  timeZone: string,
  hours: readonly OpeningInterval[],
  holidays: readonly Holiday[] = [],
  otherDays: Partial<Record<Weekday, readonly OpeningInterval[]>> = {},
): BusinessCalendar {
  return {
    kind: 'business',
    timeZone,
    holidays,
    week: {
      ...closed,
      monday: hours,
      tuesday: hours,
      wednesday: hours,
      thursday: hours,
      friday: hours,
      ...otherDays,
    },
  };
}

/** A business calendar open only on the given days. */
export function daysCalendar(
  timeZone: string,
  days: Partial<Record<Weekday, readonly OpeningInterval[]>>,
  holidays: readonly Holiday[] = [],
): BusinessCalendar {
  return {kind: 'business', timeZone, holidays, week: {...closed, ...days}};
}
