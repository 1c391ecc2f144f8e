import {test, expect} from './fixtures';

/**
 * The priority picker on the production build, from two viewer time zones:
 * due times are instants, so the `dateTime` values must not depend on the
 * viewer's zone. Expected values are worked out by hand from the config
 * (Mon-Fri 08:00-18:00 America/New_York; DST starts 2026-03-08).
 */
const submitted = '2026-03-06T16:00:00-05:00'; // Friday 16:00 EST

const expected: Record<string, Record<string, string | null>> = {
  // 60 calendar minutes, 24/7; resolution is continuous work.
  critical: {
    'response-aim': '2026-03-06T22:00:00Z',
    'response-due': '2026-03-06T22:00:00Z',
    'resolution-aim': null,
    'resolution-due': null,
  },
  // 1-2 business hours: 17:00 and 18:00 EST; same (Fri 18:00 EST) or next business day (Mon 18:00 EDT).
  high: {
    'response-aim': '2026-03-06T22:00:00Z',
    'response-due': '2026-03-06T23:00:00Z',
    'resolution-aim': '2026-03-06T23:00:00Z',
    'resolution-due': '2026-03-09T22:00:00Z',
  },
  // 4-8 business hours: 2 h on Friday, then Mon 10:00 and 14:00 EDT; 2-3 business days: Tue and Wed 18:00 EDT.
  medium: {
    'response-aim': '2026-03-09T14:00:00Z',
    'response-due': '2026-03-09T18:00:00Z',
    'resolution-aim': '2026-03-10T22:00:00Z',
    'resolution-due': '2026-03-11T22:00:00Z',
  },
  // 24 business hours: 2 + 10 + 10 h, then Wed 10:00 EDT; 3-5 business days: Wed and Fri 18:00 EDT.
  low: {
    'response-aim': '2026-03-11T14:00:00Z',
    'response-due': '2026-03-11T14:00:00Z',
    'resolution-aim': '2026-03-11T22:00:00Z',
    'resolution-due': '2026-03-13T22:00:00Z',
  },
};

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
      await gotoHydrated(`/priorities?priority=high&submitted=2026-03-07T10:00:00-05:00#priority-picker`);
      const start = page.getByTestId('clock-start');
      await expect(start).toContainText('not a business day');
      await expect(start.locator('time')).toHaveAttribute('datetime', '2026-03-09T12:00:00Z');
      await expect(page.getByTestId('response-due').locator('time').first()).toHaveAttribute(
        'datetime',
        '2026-03-09T14:00:00Z',
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
      '2026-03-06T22:00:00Z',
    );
    await expect(page.getByTestId('picker-result')).toContainText('Emergency Line');
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
      '2026-03-06T22:00:00Z',
    );
  });

  test('a past due time says so and links to escalation', async ({page, gotoHydrated}) => {
    await gotoHydrated(`/priorities?priority=high&submitted=${encodeURIComponent(submitted)}#priority-picker`);
    const due = page.getByTestId('response-due');
    await expect(due).toContainText(/ago/);
    await expect(due.getByRole('link', {name: 'escalate'})).toHaveAttribute('href', '/contact#escalation-procedures');
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
