import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';
import type {SupportCalendarDates} from '../../../facts/supportCalendar';
import {buildCalendarFeed} from '../ics';
import {loadSupportCalendar} from '../load';
import {parseFeed} from './parseFeed';

const SITE = {siteUrl: 'https://help.example.com', pageUrl: 'https://help.example.com/service-levels#holidays'};
const STAMP = new Date('2026-06-15T16:00:00Z');

/** A calendar of its own: holidays, two special days (one across the spring change, one to midnight). */
const DATES: SupportCalendarDates = {
  years: {from: 2026, to: 2030},
  holidays: [
    {date: '2026-12-25', name: 'Christmas Day'},
    {date: '2028-07-04', name: 'Independence Day'},
  ],
  specialHours: [
    {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]},
    {
      date: '2028-03-15',
      name: 'Release day',
      hours: [
        {open: '08:00', close: '12:00'},
        {open: '20:00', close: '24:00'},
      ],
    },
  ],
};

describe('buildCalendarFeed', () => {
  const text = buildCalendarFeed(supportConfig, DATES, SITE, STAMP);
  const feed = parseFeed(text);

  it('is an RFC 5545 calendar: CRLF lines of at most 75 octets, VERSION 2.0, a PRODID, one VTIMEZONE of the support zone', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(feed.version).toBe('2.0');
    expect(feed.prodId).toContain(supportConfig.organization.name);
    expect(feed.timezones).toEqual([supportConfig.timeZone]);
    expect(feed.name).toBe(`${supportConfig.organization.name}: holidays and special hours`);
  });

  it('has one all-day event per holiday, on its date, transparent', () => {
    const allDay = feed.events.filter((e) => e.allDay);
    expect(allDay.map((e) => [e.date, e.endDate, e.summary])).toEqual([
      ['2026-12-25', '2026-12-26', 'Support closed: Christmas Day'],
      ['2028-07-04', '2028-07-05', 'Support closed: Independence Day'],
    ]);
    for (const e of allDay) expect(e.transparency).toBe('TRANSPARENT');
  });

  it('has one timed event per interval of special hours, in the support zone, at the right instants', () => {
    const timed = feed.events.filter((e) => !e.allDay);
    const expected = DATES.specialHours.flatMap((s) =>
      s.hours.map((i) => {
        const at = (hhmm: string) =>
          hhmm === '24:00'
            ? DateTime.fromISO(s.date, {zone: supportConfig.timeZone}).plus({days: 1})
            : DateTime.fromISO(`${s.date}T${hhmm}`, {zone: supportConfig.timeZone});
        return {date: s.date, start: at(i.open).toJSDate(), end: at(i.close).toJSDate()};
      }),
    );
    expect(timed.map((e) => ({date: e.date, start: e.start, end: e.end}))).toEqual(expected);
    for (const e of timed) expect(e.tzid).toBe(supportConfig.timeZone);
    expect(timed[0].summary).toBe('Support open 8:00 AM–1:00 PM: Christmas Eve (special hours)');
    // EST in December, EDT in March 2028 (after the change on the 12th).
    expect(timed[0].start.toISOString()).toBe('2026-12-24T13:00:00.000Z');
    expect(timed[1].start.toISOString()).toBe('2028-03-15T12:00:00.000Z');
    expect(timed[2].end.toISOString()).toBe('2028-03-16T04:00:00.000Z');
  });

  it('gives every event a stable unique UID and a DTSTAMP in UTC', () => {
    const uids = feed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('holiday-2026-12-25@help.example.com');
    expect(uids).toContain('special-2028-03-15-2@help.example.com');
    for (const e of feed.events) expect(e.stamp).toBe('20260615T160000Z');
    expect(buildCalendarFeed(supportConfig, DATES, SITE, STAMP)).toBe(text);
  });
});

describe('the feed of the site’s calendar', () => {
  const {data, builtAt} = loadSupportCalendar(supportConfig, new Date('2026-06-15T16:00:00Z'));
  const feed = parseFeed(buildCalendarFeed(supportConfig, data.dates, SITE, builtAt));

  it('holds every holiday and special interval of the window, and nothing else', () => {
    expect(feed.events.filter((e) => e.allDay).map((e) => e.date)).toEqual(data.dates.holidays.map((h) => h.date));
    expect(feed.events.filter((e) => !e.allDay)).toHaveLength(
      data.dates.specialHours.reduce((n, s) => n + s.hours.length, 0),
    );
  });

  it('has a VTIMEZONE that ical.js reads to the same offsets as Luxon on every day of the window', () => {
    // The generator's VTIMEZONE has the zone's current rule only: check it against the IANA data over the window.
    const zone = supportConfig.timeZone;
    const calendarText = buildCalendarFeed(
      supportConfig,
      {
        ...data.dates,
        holidays: [],
        specialHours: Array.from({length: (data.dates.years.to - data.dates.years.from + 1) * 12}, (_, i) => ({
          date: DateTime.fromObject({year: data.dates.years.from, month: 1, day: 1}, {zone: 'utc'})
            .plus({months: i, days: 14})
            .toISODate() as string,
          name: `Probe ${i}`,
          hours: [{open: '12:00', close: '13:00'}],
        })),
      },
      SITE,
      builtAt,
    );
    for (const event of parseFeed(calendarText).events) {
      expect(event.start.getTime(), event.date).toBe(DateTime.fromISO(`${event.date}T12:00`, {zone}).toMillis());
    }
  });
});
