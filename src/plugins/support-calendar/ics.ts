/**
 * `/support-calendar.ics`: the support holidays and special hours as an
 * iCalendar feed (RFC 5545) that operators subscribe to in Outlook, Google
 * Calendar or Apple Calendar. Written with `ical-generator`; the support time
 * zone's VTIMEZONE comes from `@touch4it/ical-timezones` (the generator
 * ical-generator documents), so timed events carry `TZID=<support zone>`
 * with its definition, as RFC 5545 (3.2.19) asks and Outlook needs.
 *
 * Build time only (Node.js).
 */
import ical, {ICalCalendarMethod, ICalEventTransparency} from 'ical-generator';
import {getVtimezoneComponent} from '@touch4it/ical-timezones';
import {DateTime} from 'luxon';
import type {SupportConfig} from '../../data/schema';
import type {SupportCalendarDates} from '../../facts/supportCalendar';
import {MINUTES_PER_DAY, minutesOfDay, type TimeOfDayRole} from '../../sla/timeOfDay';
import {describeDayHours} from '../../sla/wording';

/** How often calendar apps should fetch the feed again: daily (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). */
export const FEED_REFRESH_SECONDS = 24 * 60 * 60;

/** Where the feed is published and what identifies its events. */
export interface FeedSite {
  /** The site's origin, e.g. `https://help.example.com` (the events' UIDs use its host). */
  readonly siteUrl: string;
  /** The page that explains the calendar, a full URL (each event links to it). */
  readonly pageUrl: string;
}

/**
 * The iCalendar text of the support calendar.
 *
 * - A holiday is an all-day event (`DTSTART;VALUE=DATE`, the next date as
 *   `DTEND`), summary `Support closed: <name>`, transparent (it does not
 *   mark the subscriber busy).
 * - Special hours are one timed event per opening interval, in the support
 *   time zone (`DTSTART;TZID=America/New_York:20261224T080000`), summary
 *   `Support open 8:00 AM–1:00 PM: <name> (special hours)`, transparent.
 *   A `24:00` close is the next date's midnight.
 * - Each event has a stable UID (`holiday-2026-12-25@help.example.com`), so a
 *   subscribed calendar updates events instead of duplicating them.
 * - `DTSTAMP` is `stamp` (the build time), not the time of writing, so two
 *   builds at the same `SOURCE_DATE_EPOCH` write the same file.
 *
 * @param config - the support config (organization, time zone).
 * @param dates - the resolved calendar; every holiday and special date of its window is written.
 * @param site - the site's URLs.
 * @param stamp - the build instant.
 * @returns the feed, CRLF line endings, lines folded at 75 octets.
 */
export function buildCalendarFeed(
  config: Pick<SupportConfig, 'organization' | 'timeZone'>,
  dates: SupportCalendarDates,
  site: FeedSite,
  stamp: Date,
): string {
  const zone = config.timeZone;
  const host = new URL(site.siteUrl).host;
  const calendar = ical({
    name: `${config.organization.name}: holidays and special hours`,
    description: `When ${config.organization.name} is closed or keeps special hours (${dates.years.from}–${dates.years.to}, times in ${zone}). ${site.pageUrl}`,
    prodId: {company: config.organization.name, product: 'Support calendar', language: 'EN'},
    // No calendar-wide zone: ical-generator would write DTSTAMP in it without `Z`, and RFC 5545 (3.8.7.2)
    // wants UTC there. The timed events name the zone themselves, and the generator writes its VTIMEZONE.
    timezone: {name: null, generator: getVtimezoneComponent},
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_REFRESH_SECONDS,
    url: site.pageUrl,
    x: {'X-WR-TIMEZONE': zone},
  });
  const stampTime = DateTime.fromJSDate(stamp, {zone: 'utc'});
  for (const holiday of dates.holidays) {
    const day = DateTime.fromISO(holiday.date, {zone});
    calendar.createEvent({
      id: `holiday-${holiday.date}@${host}`,
      start: day,
      end: day.plus({days: 1}),
      allDay: true,
      summary: `Support closed: ${holiday.name}`,
      description: `${config.organization.name} is closed all day (a support holiday). Critical issues: the emergency line stays open. ${site.pageUrl}`,
      transparency: ICalEventTransparency.TRANSPARENT,
      stamp: stampTime,
      url: site.pageUrl,
    });
  }
  for (const special of dates.specialHours) {
    special.hours.forEach((interval, i) => {
      // Wall-clock times of the support zone, resolved by Luxon as in src/sla (a time in a DST gap moves forward).
      const day = DateTime.fromISO(special.date, {zone});
      const at = (hhmm: string, role: TimeOfDayRole): DateTime => {
        const minutes = minutesOfDay(hhmm, role) as number; // validated by the schema and the domain
        if (minutes === MINUTES_PER_DAY) return day.plus({days: 1});
        return DateTime.fromObject(
          {year: day.year, month: day.month, day: day.day, hour: Math.floor(minutes / 60), minute: minutes % 60},
          {zone},
        );
      };
      calendar.createEvent({
        id: `special-${special.date}-${i + 1}@${host}`,
        start: at(interval.open, 'open'),
        end: at(interval.close, 'close'),
        timezone: zone,
        summary: `Support open ${describeDayHours([interval])}: ${special.name} (special hours)`,
        description: `${config.organization.name} keeps special hours on this date: ${describeDayHours(special.hours)} (${zone}), instead of the usual business hours. ${site.pageUrl}`,
        transparency: ICalEventTransparency.TRANSPARENT,
        stamp: stampTime,
        url: site.pageUrl,
      });
    });
  }
  return calendar.toString();
}
