/**
 * A resolved support calendar for the facts' tests: a few holidays of 2026
 * and 2027 (as the build would resolve them from the default rules) and one
 * date with special hours. The facts' own fixture: how holidays are derived
 * from rules is tested in `src/plugins/support-calendar/__tests__`, against
 * the holiday library.
 */
import type {SupportCalendarDates} from '../supportCalendar';

/** Thanksgiving and Christmas 2026, New Year's Day 2027; Christmas Eve 2026 open 08:00-13:00. */
export const CALENDAR_DATES: SupportCalendarDates = {
  years: {from: 2025, to: 2036},
  holidays: [
    {date: '2026-11-26', name: 'Thanksgiving Day'},
    {date: '2026-12-25', name: 'Christmas Day'},
    {date: '2027-01-01', name: "New Year's Day"},
  ],
  specialHours: [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]}],
};
