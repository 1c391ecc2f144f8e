/**
 * Reads an iCalendar feed with `ical.js` (Mozilla's parser, as calendar
 * clients use it), for the tests of `/support-calendar.ics`: the unit tests
 * here and the browser test against the served file (`tests/calendar.spec.ts`).
 */
import ICAL from 'ical.js';

/** One event of the feed, as a calendar client reads it. */
export interface FeedEvent {
  readonly uid: string;
  readonly summary: string;
  /** All-day event (`DTSTART;VALUE=DATE`). */
  readonly allDay: boolean;
  /** For an all-day event, its date `YYYY-MM-DD`; for a timed one, the local date in its zone. */
  readonly date: string;
  /** For an all-day event, the date after its last day (`DTEND`, exclusive). */
  readonly endDate: string;
  /** The instants, resolved with the feed's VTIMEZONE (for all-day events: floating midnight, not meaningful). */
  readonly start: Date;
  readonly end: Date;
  /** The `TZID` of a timed event's start, `null` for all-day events or UTC times. */
  readonly tzid: string | null;
  /** `DTSTAMP` as written, e.g. `20260501T120000Z`. */
  readonly stamp: string;
  readonly transparency: string | null;
}

/** The feed read back: calendar properties, its time zones and events. */
export interface ParsedFeed {
  readonly version: string;
  readonly prodId: string;
  readonly name: string | null;
  readonly timezones: readonly string[];
  readonly events: readonly FeedEvent[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (t: ICAL.Time): string => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

/**
 * Parses a feed and resolves its timed events with the VTIMEZONEs it carries
 * (registered with ical.js's time zone service, as clients do).
 *
 * @throws {Error} when ical.js cannot parse the text.
 */
export function parseFeed(text: string): ParsedFeed {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((component): FeedEvent => {
    const event = new ICAL.Event(component);
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      allDay: event.startDate.isDate,
      date: isoDate(event.startDate),
      endDate: isoDate(event.endDate),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      tzid: typeof tzid === 'string' ? tzid : null,
      stamp: String(component.getFirstProperty('dtstamp')?.toICALString().split(':').slice(1).join(':') ?? ''),
      transparency: (component.getFirstPropertyValue('transp') as string | null) ?? null,
    };
  });
  return {
    version: String(root.getFirstPropertyValue('version')),
    prodId: String(root.getFirstPropertyValue('prodid')),
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    timezones: timezones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    events,
  };
}
