import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';

/**
 * Live channel status on the home page and in the contact summary table, with
 * the browser clock set by Playwright's clock API before the page loads. The
 * support zone is America/New_York (from the config); the viewer's zone is
 * America/Los_Angeles (playwright.config.ts) unless a test says otherwise.
 */

/** Wednesday 25 November 2026, 10:00 in New York: a business day, inside all hours. */
const WEEKDAY_10AM = new Date('2026-11-25T10:00:00-05:00');
/** Saturday 28 November 2026, noon in New York. */
const SATURDAY = new Date('2026-11-28T12:00:00-05:00');
/** Thanksgiving Day, Thursday 26 November 2026, 10:00 in New York: a support holiday. */
const THANKSGIVING = new Date('2026-11-26T10:00:00-05:00');

function status(page: Page, channel: string, scope?: Locator): Locator {
  return (scope ?? page).locator(`[data-channel-status="${channel}"]`);
}

test.describe('home page', () => {
  test('on a weekday at 10:00 in the support zone, urgent email and phone are open until 6:00 PM, in both zones', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/');
    const urgent = page.locator('section[aria-labelledby="urgent"]');
    for (const channel of ['urgent', 'phone']) {
      const s = status(page, channel, urgent);
      await expect(s).toHaveAttribute('data-state', 'open');
      await expect(s).toContainText('Open now, closes in 8 hours');
      await expect(s).toContainText('until 6:00 PM EST (support time, America/New_York)');
      await expect(s).toContainText('until 3:00 PM PST (your time, America/Los_Angeles)');
    }
    await expect(status(page, 'emergency', urgent)).toHaveText('Available 24/7, critical outages only');
  });

  test('on a Saturday, phone support is closed and opens Monday at 8:00 AM EST (5:00 AM PST)', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(SATURDAY);
    await gotoHydrated('/');
    const phone = status(page, 'phone');
    await expect(phone).toHaveAttribute('data-state', 'closed');
    await expect(phone).toContainText('Closed on Saturdays, opens in 1 day, 20 hours');
    await expect(phone).toContainText('opens Monday at 8:00 AM EST (support time, America/New_York)');
    await expect(phone).toContainText('opens Monday at 5:00 AM PST (your time, America/Los_Angeles)');
    await expect(status(page, 'emergency')).toHaveText('Available 24/7, critical outages only');
  });

  test('on Thanksgiving, the desk is closed for the holiday and opens tomorrow', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(THANKSGIVING);
    await gotoHydrated('/');
    const urgent = status(page, 'urgent');
    await expect(urgent).toContainText('Closed for Thanksgiving Day');
    await expect(urgent).toContainText('opens tomorrow at 8:00 AM EST (support time, America/New_York)');
    await expect(urgent).toContainText('opens tomorrow at 5:00 AM PST (your time, America/Los_Angeles)');
  });

  test('the built HTML shows the static hours; the live status replaces them after hydration', async ({
    page,
    gotoHydrated,
  }) => {
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/data-channel-status="?phone"? data-state="?hours"?/);
    expect(html).toContain('Monday–Friday, 8:00 AM–6:00 PM (America/New_York)');
    expect(html).toContain('Available 24/7, critical outages only');
    expect(html).not.toContain('Open now');
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/');
    await expect(status(page, 'phone')).toHaveAttribute('data-state', 'open');
  });

  test('refreshes every minute: open at 5:59 PM, closed two minutes later, without a reload', async ({
    page,
    gotoHydrated,
  }) => {
    // Tuesday 24 November 2026, 5:59 PM in New York; the fake clock runs on from there.
    await page.clock.install({time: new Date('2026-11-24T17:59:00-05:00')});
    await gotoHydrated('/');
    const phone = status(page, 'phone');
    await expect(phone).toContainText('Open now, closes in 1 minute');
    await page.clock.runFor('02:00');
    await expect(phone).toHaveAttribute('data-state', 'closed');
    await expect(phone).toContainText('Closed now, opens in 13 hours');
    await expect(phone).toContainText('opens tomorrow at 8:00 AM EST');
  });
});

test.describe('contact summary table', () => {
  test('on a weekday at 10:00, every business-hours channel is open, chat until 5:00 PM', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/contact#contact-summary');
    for (const channel of ['general', 'urgent', 'phone', 'features']) {
      await expect(status(page, channel, page.locator(`tr[data-channel="${channel}"]`))).toContainText(
        'Open now, closes in 8 hours',
      );
    }
    const chat = status(page, 'chat', page.locator('tr[data-channel="chat"]'));
    await expect(chat).toContainText('Open now, closes in 7 hours');
    await expect(chat).toContainText('until 5:00 PM EST (support time, America/New_York)');
    await expect(chat).toContainText('until 2:00 PM PST (your time, America/Los_Angeles)');
    await expect(chat).toContainText('Hours: Monday–Friday, 9:00 AM–5:00 PM (America/New_York)');
    await expect(page.locator('tr[data-channel="emergency"]')).toContainText('Available 24/7, critical outages only');
  });

  test('on a Saturday, every channel but the emergency line is closed', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(SATURDAY);
    await gotoHydrated('/contact#contact-summary');
    for (const channel of ['general', 'urgent', 'phone', 'features', 'chat']) {
      const s = status(page, channel, page.locator(`tr[data-channel="${channel}"]`));
      await expect(s).toHaveAttribute('data-state', 'closed');
      await expect(s).toContainText('Closed on Saturdays');
    }
    await expect(status(page, 'chat')).toContainText('opens Monday at 9:00 AM EST');
    await expect(status(page, 'emergency')).toHaveAttribute('data-state', 'always-open');
  });

  test('on Thanksgiving, the chat is closed for the holiday and opens tomorrow at 9:00 AM', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(THANKSGIVING);
    await gotoHydrated('/contact#contact-summary');
    const chat = status(page, 'chat', page.locator('tr[data-channel="chat"]'));
    await expect(chat).toContainText('Closed for Thanksgiving Day');
    await expect(chat).toContainText('opens tomorrow at 9:00 AM EST (support time, America/New_York)');
    await expect(chat).toContainText('opens tomorrow at 6:00 AM PST (your time, America/Los_Angeles)');
  });
});

test.describe('a viewer in the support time zone', () => {
  test.use({timezoneId: 'America/New_York'});

  test('sees one time, labelled as both the support time and theirs', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/');
    const phone = status(page, 'phone');
    await expect(phone).toContainText('until 6:00 PM EST (support time, also your time zone, America/New_York)');
    await expect(phone).not.toContainText('your time, America/New_York)');
  });
});

test.describe('a viewer far from the support zone', () => {
  test.use({timezoneId: 'Asia/Tokyo'});

  test('sees the closing time on their own next day', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(new Date('2026-11-25T09:00:00-05:00'));
    await gotoHydrated('/');
    await expect(status(page, 'phone')).toContainText('until tomorrow at 8:00 AM GMT+9 (your time, Asia/Tokyo)');
  });
});
