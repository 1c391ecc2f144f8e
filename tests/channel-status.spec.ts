import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';
import {supportConfig} from '../src/data/supportConfig';
import type {ChannelId} from '../src/data/schema';
import {describeChannelStatus} from '../src/facts/channelStatus';
import {channelHoursText} from '../src/facts/channels';
import {SITE_CALENDAR} from './siteCalendar';

/**
 * Live channel status on the home page and in the contact summary table, with
 * the browser clock set by Playwright's clock API before the page loads. What
 * each status must say is computed from the site's config by the same facts
 * the page uses (`describeChannelStatus`, whose wording is unit-tested with
 * exact texts on an example config): this checks that the page shows them,
 * live and in both zones. The viewer's zone is America/Los_Angeles
 * (playwright.config.ts) unless a test says otherwise.
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

/** The viewer's zone of playwright.config.ts. */
const VIEWER = 'America/Los_Angeles';

/**
 * Asserts that a status element shows what the config says at `now` for a
 * viewer in `viewer`: state, headline with the relative phrase, and each
 * time with its zone label.
 */
async function expectStatus(s: Locator, channel: ChannelId, now: Date, viewer = VIEWER): Promise<void> {
  const text = describeChannelStatus(supportConfig, SITE_CALENDAR, channel, now, viewer);
  await expect(s, channel).toHaveAttribute('data-state', text.state);
  await expect(s, channel).toContainText(text.relative ? `${text.headline}, ${text.relative}` : text.headline);
  for (const t of text.times) await expect(s, channel).toContainText(`${t.text} (${t.label}, ${t.zone})`);
}

const EMAIL_AND_PHONE: readonly ChannelId[] = ['general', 'urgent', 'phone', 'features'];

test.describe('home page', () => {
  for (const [when, now] of [
    ['on a weekday at 10:00 in the support zone', WEEKDAY_10AM],
    ['on a Saturday', SATURDAY],
    ['on Thanksgiving Day', THANKSGIVING],
  ] as const) {
    test(`${when}, the urgent contacts show their live status in both zones`, async ({page, gotoHydrated}) => {
      await page.clock.setFixedTime(now);
      await gotoHydrated('/');
      const urgent = page.locator('section[aria-labelledby="urgent"]');
      for (const channel of ['urgent', 'phone', 'emergency'] as const) {
        await expectStatus(status(page, channel, urgent), channel, now);
      }
    });
  }

  test('the built HTML shows the static hours; the live status replaces them after hydration', async ({
    page,
    gotoHydrated,
  }) => {
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/data-channel-status="?phone"? data-state="?hours"?/);
    expect(html).toContain(channelHoursText(supportConfig, 'phone'));
    expect(html).toContain(
      describeChannelStatus(supportConfig, SITE_CALENDAR, 'emergency', WEEKDAY_10AM, VIEWER).headline,
    );
    expect(html).not.toContain('Open now');
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/');
    await expectStatus(status(page, 'phone'), 'phone', WEEKDAY_10AM);
  });

  test('refreshes every minute: open a minute before closing, closed two minutes later, without a reload', async ({
    page,
    gotoHydrated,
  }) => {
    const open = describeChannelStatus(supportConfig, SITE_CALENDAR, 'phone', WEEKDAY_10AM, VIEWER);
    if (open.state !== 'open' || !open.at) throw new Error('the phone line must be open at WEEKDAY_10AM for this test');
    const before = new Date(open.at.getTime() - 60_000);
    // The fake clock runs on from a minute before the phone line closes.
    await page.clock.install({time: before});
    await gotoHydrated('/');
    const phone = status(page, 'phone');
    await expectStatus(phone, 'phone', before);
    await page.clock.runFor('02:00');
    await expectStatus(phone, 'phone', new Date(before.getTime() + 120_000));
  });
});

test.describe('contact summary table', () => {
  for (const [when, now] of [
    ['on a weekday at 10:00', WEEKDAY_10AM],
    ['on a Saturday', SATURDAY],
    ['on Thanksgiving Day', THANKSGIVING],
  ] as const) {
    test(`${when}, every channel shows its live status and its hours`, async ({page, gotoHydrated}) => {
      await page.clock.setFixedTime(now);
      await gotoHydrated('/contact#contact-summary');
      for (const channel of [...EMAIL_AND_PHONE, 'chat', 'emergency'] as const) {
        const row = page.locator(`tr[data-channel="${channel}"]`);
        await expectStatus(status(page, channel, row), channel, now);
        if (channel !== 'emergency')
          await expect(row).toContainText(`Hours: ${channelHoursText(supportConfig, channel)}`);
      }
    });
  }
});

test.describe('a viewer in the support time zone', () => {
  test.use({timezoneId: supportConfig.timeZone});

  test('sees one time, labelled as both the support time and theirs', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(WEEKDAY_10AM);
    await gotoHydrated('/');
    const phone = status(page, 'phone');
    await expectStatus(phone, 'phone', WEEKDAY_10AM, supportConfig.timeZone);
    await expect(phone).toContainText('(support time, also your time zone,');
    await expect(phone).not.toContainText(`your time, ${supportConfig.timeZone})`);
  });
});

test.describe('a viewer far from the support zone', () => {
  test.use({timezoneId: 'Asia/Tokyo'});

  test('sees the times in their own zone, labelled as theirs', async ({page, gotoHydrated}) => {
    const now = new Date('2026-11-25T09:00:00-05:00');
    await page.clock.setFixedTime(now);
    await gotoHydrated('/');
    await expectStatus(status(page, 'phone'), 'phone', now, 'Asia/Tokyo');
    await expect(status(page, 'phone')).toContainText('(your time, Asia/Tokyo)');
  });
});
