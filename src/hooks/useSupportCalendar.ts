import calendar from '@generated/support-calendar/default/calendar.json';
import type {SupportCalendarData} from '@site/src/facts/supportCalendar';

/**
 * The support calendar the build resolved (`src/plugins/support-calendar`):
 * holidays and special hours as dates for the window of years the site
 * covers, the listing of the build year and the next, and the sources of
 * the holiday data. Plain data from the build's generated module, the same
 * on the server and in the browser (no hydration difference); the holiday
 * library itself never reaches the browser.
 *
 * Pass `dates` to the pure functions (`supportSlaConfig`, `channelCalendar`,
 * `describeChannelStatus`): the domain and the facts cannot import
 * generated modules.
 *
 * @returns the {@link SupportCalendarData} (the same object on every call).
 */
export function useSupportCalendar(): SupportCalendarData {
  return calendar;
}
