import type {APIRequestContext} from '@playwright/test';
import {DateTime} from 'luxon';
import {test, expect} from './fixtures';
import {supportConfig} from '../src/data/supportConfig';
import {HOLIDAY_DATA_CREDIT} from '../src/data/holidayData';
import {PUBLIC_FILES} from '../src/facts/publicData';
import {parseFeed, type ParsedFeed} from '../src/plugins/support-calendar/__tests__/parseFeed';

/**
 * The published support calendar on the production build: the served
 * `/support-calendar.ics`, read with ical.js as a calendar client reads it,
 * holds the same dates and hours as the page section that lists them, and as
 * `/support.json`; the pages that list holidays credit the holiday data.
 */

const zone = supportConfig.timeZone;

/** What a row of the page's list says. */
interface Row {
  date: string;
  kind: string;
  name: string;
  hours: string;
}

async function feed(request: APIRequestContext): Promise<ParsedFeed> {
  const response = await request.get(`/${PUBLIC_FILES.calendar}`);
  expect(response.status()).toBe(200);
  return parseFeed(await response.text());
}

/** An event's local time in the support zone, as the page words it (`8:00 AM`, `1:00 PM`). */
const clock = (d: Date): string => DateTime.fromJSDate(d, {zone}).setLocale('en-US').toFormat('h:mm a');

test.describe('support calendar', () => {
  test('the .ics file holds the same holidays and special hours as the service-levels page lists', async ({
    page,
    request,
    gotoHydrated,
  }) => {
    await gotoHydrated('/service-levels#holidays');
    const list = page.getByTestId('support-calendar-list');
    const rows: Row[] = await list.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        date: tr.getAttribute('data-calendar-date') ?? '',
        kind: tr.getAttribute('data-calendar-kind') ?? '',
        name: tr.querySelector('td')?.textContent ?? '',
        hours: tr.querySelectorAll('td')[1]?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(10);
    const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))];
    // This year and next, as the caption says.
    await expect(list.locator('caption')).toContainText(years.join(' and '));
    expect(years).toHaveLength(2);
    expect(years[1]).toBe(years[0] + 1);

    const {events, timezones} = await feed(request);
    expect(timezones).toEqual([zone]);
    const inYears = events.filter((e) => years.includes(Number(e.date.slice(0, 4))));

    const holidays = rows.filter((r) => r.kind === 'holiday');
    expect(inYears.filter((e) => e.allDay).map((e) => [e.date, e.summary])).toEqual(
      holidays.map((r) => [r.date, `Support closed: ${r.name}`]),
    );
    for (const r of holidays) expect(r.hours).toBe('Closed all day');

    const specials = rows.filter((r) => r.kind === 'special');
    const timed = inYears.filter((e) => !e.allDay);
    expect([...new Set(timed.map((e) => e.date))]).toEqual(specials.map((r) => r.date));
    for (const r of specials) {
      const intervals = timed
        .filter((e) => e.date === r.date)
        .map((e) => `${clock(e.start)}–${clock(e.end)}`)
        .join(', ');
      expect(r.hours).toBe(`Open ${intervals} only`);
      for (const e of timed.filter((t) => t.date === r.date)) expect(e.tzid).toBe(zone);
    }
  });

  test('the .ics file holds every holiday and special date of support.json, and support.json names it', async ({
    request,
  }) => {
    const doc = (await (await request.get(`/${PUBLIC_FILES.support}`)).json()) as {
      calendar: {
        years: {from: number; to: number};
        holidays: Array<{date: string; name: string}>;
        specialHours: Array<{date: string}>;
        feed: string;
      };
    };
    expect(doc.calendar.feed).toBe(PUBLIC_FILES.calendar);
    const {events} = await feed(request);
    expect(events.filter((e) => e.allDay).map((e) => e.date)).toEqual(doc.calendar.holidays.map((h) => h.date));
    expect([...new Set(events.filter((e) => !e.allDay).map((e) => e.date))]).toEqual(
      doc.calendar.specialHours.map((s) => s.date),
    );
    for (const e of events) {
      const year = Number(e.date.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(doc.calendar.years.from);
      expect(year).toBeLessThanOrEqual(doc.calendar.years.to);
    }
  });

  test('the service-levels page links the file and gives its address to subscribe to', async ({page, gotoHydrated}) => {
    await gotoHydrated('/service-levels#support-calendar-feed');
    const section = page.getByTestId('calendar-feed');
    const link = section.getByRole('link', {name: /Download the support calendar/});
    await expect(link).toHaveAttribute('href', `/${PUBLIC_FILES.calendar}`);
    await expect(section.locator('code')).toHaveText(`https://help.${supportConfig.domain}/${PUBLIC_FILES.calendar}`);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe(PUBLIC_FILES.calendar);
  });

  test('/linking lists the calendar among the published files', async ({page, gotoHydrated}) => {
    await gotoHydrated('/linking#machine-readable-data');
    const row = page.locator(`tr[data-endpoint="${PUBLIC_FILES.calendar}"]`);
    await expect(row).toContainText('iCalendar (RFC 5545, text/calendar)');
    await expect(row.getByRole('link')).toHaveAttribute('href', `/${PUBLIC_FILES.calendar}`);
  });

  for (const path of ['/service-levels', '/priorities', '/faq']) {
    test(`${path} lists the holidays with the credit the holiday data's licence asks for`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(path);
      const credit = page.getByTestId('support-calendar-list').getByTestId('holiday-data-credit');
      await expect(credit.getByRole('link', {name: HOLIDAY_DATA_CREDIT.library})).toHaveAttribute(
        'href',
        HOLIDAY_DATA_CREDIT.url,
      );
      await expect(credit.getByRole('link', {name: HOLIDAY_DATA_CREDIT.dataLicence})).toHaveAttribute(
        'href',
        HOLIDAY_DATA_CREDIT.dataLicenceUrl,
      );
      await expect(credit).toContainText(HOLIDAY_DATA_CREDIT.author);
      await expect(credit.getByRole('link', {name: /Public holidays in/})).toHaveAttribute(
        'href',
        /^https:\/\/en\.wikipedia\.org\/wiki\//,
      );
    });
  }
});
