import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {DateTime} from 'luxon';
import {supportConfig} from '../src/data/supportConfig';
import {describeDayHours} from '../src/sla/wording';

/**
 * The priority picker over the support calendar the build resolved from the
 * holiday rules: dates in 2028 (a year no hand-typed list covered) from two
 * viewer zones, special hours, typing a date and time with the keyboard
 * segment by segment as a person does (with and without leading zeros), an
 * incomplete entry, the years the calendar covers, the rounding and the
 * "why did the resolution move" notes, and the touch-size "now" button.
 *
 * Expected instants are worked out by hand from the config: Monday-Friday
 * 08:00-18:00 in America/New_York, US federal holidays with observed dates;
 * High is 1-2 business hours and the same or next business day, Medium 4-8
 * business hours and 2-3 business days.
 */

/** The UTC instant (`dateTime` attribute) of a due time of the picker. */
function instantOf(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('time').first();
}

const link = (priority: string, submitted: string): string =>
  `/priorities?priority=${priority}&submitted=${encodeURIComponent(submitted)}#priority-picker`;

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
  test.describe(`2028 in the picker, viewer in ${timezoneId}`, () => {
    test.use({timezoneId});

    test('High at 17:30 on Friday 22 December: answered on Tuesday the 26th, after Christmas Day; the aim says why it moved', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(link('high', '2028-12-22T17:30:00-05:00'));
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2028-12-26T13:30:00Z');
      await expect(instantOf(page, 'response-due')).toHaveAttribute('datetime', '2028-12-26T14:30:00Z');
      await expect(instantOf(page, 'resolution-aim')).toHaveAttribute('datetime', '2028-12-26T23:00:00Z');
      await expect(instantOf(page, 'resolution-due')).toHaveAttribute('datetime', '2028-12-26T23:00:00Z');
      const moved = page.getByTestId('resolution-moved');
      await expect(moved).toContainText(
        'Resolution aim moved: “same business day” ends Fri, Dec 22, 2028, 6:00 PM EST',
      );
      await expect(moved).toContainText('before the first response aim (Tue, Dec 26, 2028, 8:30 AM EST)');
      await expect(moved).toContainText(
        'due at the end of the business day of the first response: Tue, Dec 26, 2028, 6:00 PM EST',
      );
      await expect(moved.locator('li')).toHaveCount(1);
    });

    test('on Christmas Day itself the clock starts on Tuesday and names the holiday', async ({page, gotoHydrated}) => {
      await gotoHydrated(link('medium', '2028-12-25T10:00:00-05:00'));
      const start = page.getByTestId('clock-start');
      await expect(start).toContainText('Monday, December 25, 2028 is a support holiday (Christmas Day)');
      await expect(start.locator('time')).toHaveAttribute('datetime', '2028-12-26T13:00:00Z');
    });

    test('Independence Day 2028 (a Tuesday) is closed: High from Monday 17:30 is answered on Wednesday', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(link('high', '2028-07-03T17:30:00-04:00'));
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2028-07-05T12:30:00Z');
      await expect(instantOf(page, 'response-due')).toHaveAttribute('datetime', '2028-07-05T13:30:00Z');
      await gotoHydrated(link('high', '2028-07-04T10:00:00-04:00'));
      await expect(page.getByTestId('clock-start')).toContainText(
        'Tuesday, July 4, 2028 is a support holiday (Independence Day)',
      );
    });

    test('Veterans Day 2028 falls on a Saturday and is observed on Friday 10 November', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(link('high', '2028-11-10T10:00:00-05:00'));
      const start = page.getByTestId('clock-start');
      await expect(start).toContainText('Friday, November 10, 2028 is a support holiday (Veterans Day (observed))');
      await expect(start.locator('time')).toHaveAttribute('datetime', '2028-11-13T13:00:00Z');
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2028-11-13T14:00:00Z');
    });

    test('leap day 2028 (Tuesday 29 February) is a business day', async ({page, gotoHydrated}) => {
      // Medium from Monday 17:30 EST: 30 minutes on Monday, the rest on the 29th.
      await gotoHydrated(link('medium', '2028-02-28T17:30:00-05:00'));
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2028-02-29T16:30:00Z');
      await expect(instantOf(page, 'response-due')).toHaveAttribute('datetime', '2028-02-29T20:30:00Z');
      await gotoHydrated(link('high', '2028-02-29T10:00:00-05:00'));
      await expect(page.getByTestId('clock-start')).toHaveText('The clock starts when you submit.');
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2028-02-29T16:00:00Z');
    });
  });
}

test.describe('special hours in the picker and the channel status', () => {
  for (const special of supportConfig.specialHours.slice(0, 1)) {
    const last = special.hours[special.hours.length - 1];
    test(`after the special hours of ${special.date} (${special.name}) the clock waits for the next opening and says why`, async ({
      page,
      gotoHydrated,
    }) => {
      // Without an offset: wall-clock time in the support zone.
      await gotoHydrated(link('medium', `${special.date}T${last.close}`));
      await expect(page.getByTestId('clock-start')).toContainText(
        `has special hours (${special.name}: ${describeDayHours(special.hours)})`,
      );
    });
  }

  test('on Christmas Eve 2026 at 10:00, the phone line closes at 1:00 PM and says it keeps special hours', async ({
    page,
    gotoHydrated,
  }) => {
    // The default config's special hours (the example): Christmas Eve 2026, 08:00-13:00.
    expect(supportConfig.specialHours).toContainEqual({
      date: '2026-12-24',
      name: 'Christmas Eve',
      hours: [{open: '08:00', close: '13:00'}],
    });
    await page.clock.setFixedTime(new Date('2026-12-24T10:00:00-05:00'));
    await gotoHydrated('/contact');
    const phone = page.locator('[data-channel-status="phone"]').first();
    await expect(phone).toHaveAttribute('data-state', 'open');
    await expect(phone).toContainText('Open now, closes in 3 hours');
    await expect(phone).toContainText('until 1:00 PM EST (support time, America/New_York)');
    await expect(phone.getByTestId('special-hours-today')).toHaveText(
      'Special hours today for Christmas Eve: 8:00 AM–1:00 PM',
    );
  });
});

/**
 * Types into the submission-time field as a person does: focus it (the
 * first segment, the month, is selected), then the keys one by one.
 */
async function typeInto(page: Page, field: Locator, keys: readonly string[]): Promise<void> {
  await field.focus();
  for (const key of keys) {
    if (key === 'Tab') await page.keyboard.press('Tab');
    else await page.keyboard.type(key, {delay: 30});
  }
}

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
  test.describe(`typing the submission time by keyboard, viewer in ${timezoneId}`, () => {
    test.use({timezoneId});
    // 5 November 2026, 5:45 PM in the viewer's zone, as an instant.
    const typedUtc = timezoneId === 'Asia/Kolkata' ? '2026-11-05T12:15:00Z' : '2026-11-06T01:45:00Z';

    // Chromium moves to the next segment by itself once one is complete (two digits, a day above 3, four
    // digits of the year), so the keys go straight on into the hours.
    for (const [what, keys] of [
      ['with leading zeros', ['11', '05', '2026', '05', '45', 'P']],
      ['without leading zeros', ['11', '5', '2026', '5', '45', 'P']],
    ] as const) {
      test(`11/05/2026 5:45 PM ${what} computes for that date, never for now`, async ({page, gotoHydrated}) => {
        await page.clock.setFixedTime(new Date('2026-06-10T10:00:00-04:00'));
        await gotoHydrated('/priorities?priority=high#priority-picker');
        const field = page.getByLabel(/Submission time/);
        await expect(field).toBeEnabled();
        await typeInto(page, field, keys);
        await expect(field).toHaveValue('2026-11-05T17:45');
        await expect(page.getByTestId('picker-computed-for').locator('time')).toHaveAttribute('datetime', typedUtc);
        const url = new URL(page.url());
        expect(new Date(url.searchParams.get('submitted') ?? '').toISOString()).toBe(new Date(typedUtc).toISOString());
        await expect(page.getByTestId('picker-entry-status')).toHaveText('Using the date and time above.');
        if (timezoneId === 'America/Los_Angeles') {
          // 20:45 EST is after closing: the first response counts from Friday 08:00.
          await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2026-11-06T14:00:00Z');
        } else {
          // 07:15 EST is before opening: the first response counts from 08:00 that Thursday.
          await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2026-11-05T14:00:00Z');
        }
      });
    }

    test('a half-typed segment keeps the last complete value, says so, and never falls back to now', async ({
      page,
      gotoHydrated,
    }) => {
      await page.clock.setFixedTime(new Date('2026-06-10T10:00:00-04:00'));
      await gotoHydrated('/priorities?priority=high#priority-picker');
      const field = page.getByLabel(/Submission time/);
      const computedFor = page.getByTestId('picker-computed-for').locator('time');
      const now = await computedFor.getAttribute('datetime');
      // The month: 11 (complete); then the day's leading zero alone leaves the field incomplete.
      await typeInto(page, field, ['11', '0']);
      const status = page.getByTestId('picker-entry-status');
      await expect(status).toContainText('The date and time are not complete yet: the due times below are still for');
      await expect(status).toContainText('Nov 10, 2026');
      const kept = await computedFor.getAttribute('datetime');
      expect(kept).not.toBe(now);
      expect(kept?.startsWith('2026-11-10')).toBe(true);
      await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', /^2026-11-1\d/);
      // Leaving the field: the browser completes or clears the half-typed day; the picker then computes for
      // exactly what the field shows, or keeps the last complete value, and never for now.
      await page.getByRole('button', {name: 'Use the current time'}).focus();
      const shown = await field.inputValue();
      const expected = shown
        ? DateTime.fromISO(shown, {zone: timezoneId}).toUTC().toISO({suppressMilliseconds: true})
        : kept;
      await expect(computedFor).toHaveAttribute('datetime', expected ?? '');
      expect(expected).not.toBe(now);
      // Finishing the day completes it.
      await typeInto(page, field, ['Tab', '5']);
      await expect(field).toHaveValue(/^2026-11-05T/);
      await expect(status).toHaveText('Using the date and time above.');
    });

    test('a year the calendar does not cover is refused with its years, keeping the last value', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(link('high', '2027-05-04T10:00:00-04:00'));
      const field = page.getByLabel(/Submission time/);
      const max = await field.getAttribute('max');
      const min = await field.getAttribute('min');
      expect(min, 'min').toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(max, 'max').toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      const lastYear = DateTime.fromISO(max ?? '').year;
      await field.fill(`${lastYear + 2}-05-04T10:00`);
      const status = page.getByTestId('picker-entry-status');
      await expect(status).toContainText(`is outside the years the support calendar covers (`);
      await expect(status).toContainText('the due times below are still for');
      await expect(page.getByTestId('picker-computed-for').locator('time')).toHaveAttribute(
        'datetime',
        '2027-05-04T14:00:00Z',
      );
      await expect(page).toHaveURL(/submitted=2027-05-04T10%3A00%3A00-04%3A00/);
    });
  });
}

test.describe('the picker explains its numbers', () => {
  test('"Use the current time" is a real button of touch size that goes back to now', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(new Date('2026-06-10T10:15:42-04:00'));
    await gotoHydrated(link('high', '2027-05-04T10:00:00-04:00'));
    const button = page.getByRole('button', {name: 'Use the current time'});
    await expect(button).toBeEnabled();
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/submitted=/);
    await expect(page.getByLabel(/Submission time/)).toHaveValue('2026-06-10T07:15');
    await expect(page.getByTestId('picker-entry-status')).toHaveText('Following the current time.');
    await expect(button).toBeDisabled();
  });

  test('following now, the seconds the field hides are named and due times say they are rounded up', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(new Date('2026-06-10T10:15:42-04:00'));
    await gotoHydrated('/priorities?priority=high#priority-picker');
    const rounding = page.getByTestId('picker-rounding');
    await expect(rounding).toContainText('Submitted at 10:15:42 AM (America/New_York)');
    await expect(rounding).toContainText('rounded up to the next whole minute, so it reads up to one minute later');
    // 10:15:42 + 60 business minutes = 11:15:42, shown as 11:16 EDT.
    await expect(instantOf(page, 'response-aim')).toHaveAttribute('datetime', '2026-06-10T15:16:00Z');
  });

  test('a whole-minute submission says its due times are exact', async ({page, gotoHydrated}) => {
    await gotoHydrated(link('high', '2027-05-04T10:00:00-04:00'));
    await expect(page.getByTestId('picker-rounding')).toContainText(
      'This submission time is a whole minute, so they are exact.',
    );
  });

  test('a link outside the calendar’s years shows a notice naming them and uses now', async ({page, gotoHydrated}) => {
    await gotoHydrated(link('high', '2099-05-04T10:00:00-04:00'));
    await expect(page.getByTestId('picker-notice')).toContainText(
      /outside the years the support calendar covers \(\d{4}–\d{4}\): using the current time instead/,
    );
    await expect(page.getByTestId('picker-entry-status')).toHaveText('Following the current time.');
  });
});
