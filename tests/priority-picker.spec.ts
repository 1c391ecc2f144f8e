import {test, expect} from './fixtures';
import {supportConfig} from '../src/data/supportConfig';
import {computeTargets} from '../src/sla/targets';
import {supportSlaConfig} from '../src/facts/supportCalendar';
import {SITE_CALENDAR} from './siteCalendar';
import {PRIORITY_IDS, type PriorityId} from '../src/sla/types';
import {isoUtc} from '../src/components/PriorityPicker/params';
import {priorityRoute} from '../src/facts/routing';
import {deepLinkHref} from '../src/data/deepLinks';

/**
 * The priority picker on the production build, from two viewer time zones:
 * due times are instants, so the `dateTime` values must not depend on the
 * viewer's zone. The expected instants are the domain's (`computeTargets`
 * over the site's config, whose arithmetic is unit-tested by hand on an
 * example calendar in src/sla/__tests__): this checks that the picker shows
 * them, for every priority, in both zones.
 */
const submitted = '2026-03-06T16:00:00-05:00'; // Friday 16:00 EST, two days before the change to EDT

/** The `dateTime` each due time must carry, or `null` where the priority has none (continuous resolution). */
function expectedFor(priority: PriorityId): Record<string, string | null> {
  const t = computeTargets(priority, new Date(submitted), supportSlaConfig(supportConfig, SITE_CALENDAR));
  const r = t.resolution;
  return {
    'response-aim': isoUtc(t.firstResponse.aim),
    'response-due': isoUtc(t.firstResponse.commitment),
    'resolution-aim': r.kind === 'due' ? isoUtc(r.aim) : null,
    'resolution-due': r.kind === 'due' ? isoUtc(r.commitment) : null,
  };
}

const expected = Object.fromEntries(PRIORITY_IDS.map((p) => [p, expectedFor(p)])) as Record<
  PriorityId,
  Record<string, string | null>
>;

for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
  test.describe(`priority picker, viewer in ${timezoneId}`, () => {
    test.use({timezoneId});

    for (const [priority, times] of Object.entries(expected)) {
      test(`deep link for ${priority} shows the due times as UTC instants`, async ({page, gotoHydrated}) => {
        await gotoHydrated(
          `/priorities?priority=${priority}&submitted=${encodeURIComponent(submitted)}#priority-picker`,
        );
        const picker = page.locator('#priority-picker');
        await expect(picker.getByRole('radio', {name: new RegExp(`^${priority}`, 'i')})).toBeChecked();
        for (const [testId, iso] of Object.entries(times)) {
          const cell = picker.getByTestId(testId);
          if (iso === null && testId === 'resolution-aim') {
            await expect(cell).toHaveCount(0);
          } else if (iso === null) {
            await expect(cell).toContainText('Continuous work until resolved');
            await expect(cell.locator('time')).toHaveCount(0);
          } else {
            await expect(cell.locator('time').first()).toHaveAttribute('datetime', iso);
          }
        }
        await expect(picker.getByTestId('response-due')).toContainText(
          `your time, ${timezoneId === 'Asia/Kolkata' ? 'Asia/' : timezoneId}`,
        );
        await expect(picker.getByTestId('response-due')).toContainText('support time, America/New_York');
      });
    }

    test('a request on a Saturday says the business clock starts on Monday and why', async ({page, gotoHydrated}) => {
      const saturday = '2026-03-07T10:00:00-05:00';
      const t = computeTargets('high', new Date(saturday), supportSlaConfig(supportConfig, SITE_CALENDAR));
      await gotoHydrated(`/priorities?priority=high&submitted=${encodeURIComponent(saturday)}#priority-picker`);
      const start = page.getByTestId('clock-start');
      await expect(start).toContainText('not a business day');
      await expect(start.locator('time')).toHaveAttribute('datetime', isoUtc(t.firstResponse.clockStartsAt));
      await expect(page.getByTestId('response-due').locator('time').first()).toHaveAttribute(
        'datetime',
        isoUtc(t.firstResponse.commitment),
      );
    });

    test('a request on a holiday names the holiday', async ({page, gotoHydrated}) => {
      await gotoHydrated(`/priorities?priority=medium&submitted=2026-11-26T09:00:00-05:00#priority-picker`);
      await expect(page.getByTestId('clock-start')).toContainText(
        'Thursday, November 26, 2026 is a support holiday (Thanksgiving Day)',
      );
    });
  });
}

test.describe('priority picker interaction', () => {
  test('changing the priority updates the URL and keeps unknown parameters', async ({page, gotoHydrated}) => {
    await gotoHydrated(`/priorities?_highlight=sla&priority=low&submitted=${encodeURIComponent(submitted)}`);
    await page.getByRole('radio', {name: /^Critical/}).check();
    await expect(page).toHaveURL(/priority=critical/);
    const url = new URL(page.url());
    expect(url.searchParams.get('_highlight')).toBe('sla');
    expect(url.searchParams.get('submitted')).toBe(submitted);
    await expect(page.getByTestId('response-due').locator('time').first()).toHaveAttribute(
      'datetime',
      expected.critical['response-due']!,
    );
    await expect(page.getByTestId('picker-result')).toContainText(
      priorityRoute(supportConfig, 'critical').callFirst!.label,
    );
  });

  test('answering the yes/no questions chooses the priority, says why, and updates the link', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/priorities#priority-picker');
    await expect(page.getByRole('radio', {name: /^Medium/})).toBeChecked();
    await page.getByRole('checkbox', {name: /client unable to activate/}).check();
    await expect(page.getByRole('radio', {name: /^High/})).toBeChecked();
    await expect(page.getByTestId('picker-suggestion')).toContainText('Your answers make it High');
    await expect(page).toHaveURL(/priority=high/);
    await page.getByRole('checkbox', {name: /whole system down/}).check();
    await expect(page.getByRole('radio', {name: /^Critical/})).toBeChecked();
    await expect(page.getByTestId('picker-suggestion')).toContainText('Critical: A complete outage');
    await expect(page).toHaveURL(/priority=critical/);
    await page.getByRole('checkbox', {name: /whole system down/}).uncheck();
    await page.getByRole('checkbox', {name: /client unable to activate/}).uncheck();
    await expect(page.getByRole('radio', {name: /^Low/})).toBeChecked();
  });

  test('changing the submission time recomputes and writes it to the URL in the support zone', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/priorities?priority=high#priority-picker');
    // The viewer is in America/Los_Angeles (the default of playwright.config.ts): 13:00 PST is 16:00 EST.
    await page.getByLabel(/Submission time/).fill('2026-03-06T13:00');
    await expect(page).toHaveURL(/submitted=2026-03-06T16%3A00%3A00-05%3A00/);
    await expect(page.getByTestId('response-aim').locator('time').first()).toHaveAttribute(
      'datetime',
      expected.high['response-aim']!,
    );
  });

  test('a past due time says so and links to escalation', async ({page, gotoHydrated}) => {
    await gotoHydrated(`/priorities?priority=high&submitted=${encodeURIComponent(submitted)}#priority-picker`);
    const due = page.getByTestId('response-due');
    await expect(due).toContainText(/ago/);
    await expect(due.getByRole('link', {name: 'escalate'})).toHaveAttribute('href', deepLinkHref('contact.escalation'));
  });

  test('malformed parameters show a readable notice, fall back to defaults, inject nothing and log no error', async ({
    page,
    gotoHydrated,
  }) => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    await gotoHydrated(`/priorities?priority=${encodeURIComponent(evil)}&submitted=next%20tuesday#priority-picker`);
    const notice = page.getByTestId('picker-notice');
    await expect(notice).toContainText('Unknown priority');
    await expect(notice).toContainText('showing medium instead');
    await expect(notice).toContainText('is not an ISO 8601 date and time');
    await expect(page.getByRole('radio', {name: /^Medium/})).toBeChecked();
    await expect(page.getByTestId('response-due').locator('time').first()).toHaveAttribute('datetime', /Z$/);
    await expect(page.locator('#priority-picker img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
  });

  test('the server HTML is neutral: no computed instant before JavaScript runs', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto('/priorities?priority=high#priority-picker');
    await expect(page.getByTestId('picker-static')).toContainText('(they need JavaScript)');
    await expect(page.getByTestId('picker-static')).toContainText('Business hours: Monday–Friday, 8:00 AM–6:00 PM');
    await expect(page.locator('#priority-picker [data-testid="response-due"]')).toHaveCount(0);
    await context.close();
  });
});
