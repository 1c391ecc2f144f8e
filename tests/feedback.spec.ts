import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {test, expect, hydrated} from './fixtures';
import {axeViolations, describeViolations} from './axe';
import {getDeepLink} from '../src/data/deepLinks';
import {supportConfig} from '../src/data/supportConfig';

/**
 * "Did this solve your problem?" and its events (issue 14), on the production build. The event log is the
 * one deploy/nginx.conf writes: tests/e2e.sh puts it under its temporary prefix and exports its path as
 * SUPPORT_CENTER_EVENT_LOG; without it (docusaurus serve), the tests that read the log are skipped.
 * Tests run in parallel and share the log: each uses its own section, and looks for its own lines.
 */
const EVENT_LOG = process.env.SUPPORT_CENTER_EVENT_LOG;
const EVENT_PATH = supportConfig.feedback.eventPath;

/** The log's lines whose query string contains `needle`. */
function logLines(needle: string): string[] {
  if (!EVENT_LOG || !existsSync(EVENT_LOG)) return [];
  return readFileSync(EVENT_LOG, 'utf8')
    .split('\n')
    .filter((l) => l.includes(needle));
}

/** Waits until the log has a line with `needle` (nginx writes each line as the request ends). */
async function logLine(needle: string): Promise<string> {
  await expect
    .poll(() => logLines(needle).length, {message: `a line with ${needle} in ${EVENT_LOG}`})
    .toBeGreaterThan(0);
  return logLines(needle)[0]!;
}

/** The widget of a registry section, after hydration. */
function widget(page: Page, id: string): Locator {
  return page.locator(`section[data-section-feedback="${id}"]`);
}

/** Opens the page of a section and returns its widget, scrolled into view. */
async function openSection(page: Page, id: string): Promise<Locator> {
  const link = getDeepLink(id);
  await page.goto(`${link.route}#${link.anchor}`);
  await hydrated(page);
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await expect(w).toBeVisible();
  return w;
}

test.describe('section feedback', () => {
  test('a Yes vote reaches the nginx event log in the documented format, without IP address or user agent', async ({
    page,
  }) => {
    test.skip(!EVENT_LOG, 'needs the nginx host of tests/e2e.sh');
    const id = 'client.pdf-wont-open';
    const w = await openSection(page, id);
    await expect(w.getByRole('group', {name: 'Did this solve your problem?'})).toBeVisible();
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === EVENT_PATH);
    await w.getByRole('button', {name: 'Yes'}).click();
    await expect(w.getByRole('status')).toHaveText('Thank you! Glad this solved your problem.');
    const gif = await response;
    expect(gif.status()).toBe(200);
    expect(gif.headers()['content-type']).toBe('image/gif');
    expect(gif.headers()['cache-control']).toBe('no-store');
    expect(gif.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(gif.headers()['x-content-type-options']).toBe('nosniff');

    const args = `v=1&t=vote&s=${id}&p=%2Fclients%2Ftroubleshooting&h=1`;
    const line = await logLine(`"args":"${args}"`);
    const parsed = JSON.parse(line) as Record<string, string>;
    expect(Object.keys(parsed)).toEqual(['time', 'args']);
    expect(parsed.args).toBe(args);
    expect(parsed.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(line).not.toMatch(/127\.0\.0\.1|Mozilla|Chrome|HeadlessChrome/);

    // Remembered on the device: not asked again, with a way to change the answer.
    await page.reload();
    await hydrated(page);
    await expect(w.getByRole('status')).toHaveText('You said this helped.');
    await expect(w.getByRole('button', {name: 'Yes'})).toHaveCount(0);
    await w.getByRole('button', {name: 'Change my answer'}).click();
    await expect(w.getByRole('button', {name: 'Yes'})).toBeVisible();
  });

  test('No, then Get help, opens the request builder with the section, topic, steps tried and the searches of the visit', async ({
    page,
  }) => {
    const id = 'client.pdf-download-failing';
    await openSection(page, id);
    // A search in the navbar box first: it becomes a search of this visit.
    const box = page.locator('.navbar').getByLabel('Search', {exact: true});
    await box.click();
    await box.pressSequentially('pdf download');
    await expect(page.locator('[data-results-for="pdf download"] [role="option"]').first()).toBeVisible({
      timeout: 15_000,
    });
    await page.keyboard.press('Escape');
    const w = widget(page, id);
    await w.scrollIntoViewIfNeeded();
    await w.getByRole('button', {name: 'No'}).click();
    await expect(w.getByRole('status')).toHaveText(
      'Sorry this did not solve your problem. Tell us what went wrong, or get help.',
    );
    await w.getByRole('radio', {name: 'The steps did not work'}).check();
    await w.getByRole('checkbox', {name: 'Try another browser'}).check();
    await w.getByRole('checkbox', {name: 'Check your downloads'}).check();
    await w.getByLabel(/Anything else\?/).fill('The button stays grey');
    await w.getByRole('link', {name: 'Get help'}).click();

    await expect(page).toHaveURL(/\/contact\/request\?/);
    await hydrated(page);
    await expect(page.getByLabel('Short summary')).toHaveValue('Agreement PDF download failing');
    await expect(page.getByLabel('Issue description')).toHaveValue(
      'I followed “PDF download failing” (Client Troubleshooting Guide, /clients/troubleshooting#pdf-download-failing) ' +
        'and it did not solve my problem: the steps did not work.\n\nThe button stays grey\n\n' +
        'Steps I tried:\n- Try another browser\n- Check your downloads\n\n' +
        'I searched the help center for: “pdf download”.',
    );
    if (EVENT_LOG) {
      await logLine(`v=1&t=reason&s=${id}&p=%2Fclients%2Ftroubleshooting&r=steps-failed&n=2"`);
      await logLine('v=1&t=search&q=pdf+download&n=');
      await logLine('v=1&t=request&q=pdf+download&n=1"');
      // The comment is never sent.
      expect(logLines('grey')).toEqual([]);
    }
  });

  test('the search page records a search with no answer and its Ask support, and carries the search into the request', async ({
    page,
    gotoHydrated,
  }) => {
    test.skip(!EVENT_LOG, 'needs the nginx host of tests/e2e.sh');
    // A query with no answer, with a phone number that must not leave the device.
    await gotoHydrated(`/search?q=${encodeURIComponent('zebra refund 555 010 4477')}`);
    const ask = page.getByRole('link', {name: /Ask support about/});
    await expect(ask).toBeVisible({timeout: 15_000});
    await ask.click();
    await expect(page).toHaveURL(/\/contact\/request\?/);
    await hydrated(page);
    await logLine('"args":"v=1&t=search&q=zebra+refund+%5Bnumber%5D&n=0"');
    await logLine('"args":"v=1&t=ask&q=zebra+refund+%5Bnumber%5D"');
    await logLine('"args":"v=1&t=request&q=zebra+refund+%5Bnumber%5D&n=1"');
    expect(logLines('4477')).toEqual([]);
  });

  test('nothing is sent under Global Privacy Control', async ({page}) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true, configurable: true});
    });
    const events: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === EVENT_PATH) events.push(r.url());
    });
    const id = 'client.not-enough-storage-space';
    const w = await openSection(page, id);
    await w.getByRole('button', {name: 'No'}).click();
    await w.getByRole('radio', {name: 'It was hard to follow'}).check();
    // Leaving the page would send the reason; a search would send a search event.
    const box = page.locator('.navbar').getByLabel('Search', {exact: true});
    await box.click();
    await box.pressSequentially('gpc storage');
    await expect(page.locator('[data-results-for="gpc storage"]')).toBeAttached({timeout: 15_000});
    await page.keyboard.press('Escape');
    await page.goto('/faq');
    await hydrated(page);
    // The widget still works: the answer is remembered on the device.
    await page.goBack();
    await hydrated(page);
    await expect(widget(page, id).getByRole('status')).toHaveText('You said this did not help.');
    await page.waitForTimeout(2500);
    expect(events).toEqual([]);
    expect(logLines(`s=${id}&`)).toEqual([]);
    expect(logLines('q=gpc+storage')).toEqual([]);
  });

  test('is operable by keyboard alone and moves focus to the answer', async ({page}) => {
    const id = 'operator.faq.how-do-i-sign-in';
    const w = await openSection(page, id);
    const yes = w.getByRole('button', {name: 'Yes'});
    // From the section's heading, Tab reaches the question.
    await page.locator(`#${getDeepLink(id).anchor} a.hash-link`).focus();
    for (let i = 0; i < 40 && !(await yes.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(yes).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(w.getByRole('button', {name: 'No'})).toBeFocused();
    await page.keyboard.press('Enter');
    const change = w.getByRole('button', {name: 'Change my answer'});
    await expect(change).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(w.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(w.getByRole('radio', {name: 'The steps did not work'})).toBeChecked();
    await change.focus();
    await page.keyboard.press('Enter');
    await expect(w.getByRole('button', {name: 'Yes'})).toBeVisible();
  });

  test('axe finds no violation in the widget: asking, No expanded, thanked', async ({page}) => {
    test.slow();
    const id = 'faq.which-browsers-are-supported';
    const w = await openSection(page, id);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await w.getByRole('button', {name: 'No'}).click();
    await expect(w.getByRole('radio').first()).toBeVisible();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await w.getByRole('button', {name: 'Change my answer'}).click();
    await w.getByRole('button', {name: 'Yes'}).click();
    await expect(w.getByRole('status')).toHaveText('Thank you! Glad this solved your problem.');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});
    test('the question is not shown and the page is whole', async ({page}) => {
      await page.goto('/clients/troubleshooting');
      await expect(page.getByRole('heading', {level: 1})).toHaveText(/Client Troubleshooting Guide/);
      await expect(page.getByText('Did this solve your problem?')).toHaveCount(0);
      await expect(page.locator('[data-section-feedback]').first()).toBeAttached();
      await expect(page.locator('[data-section-feedback]').first()).toBeHidden();
      await expect(page.locator('#pdf-download-failing')).toBeVisible();
    });
  });

  test('npm run report on the event log of this run writes an HTML report that opens with no request to another origin', async ({
    page,
    browser,
  }) => {
    test.skip(!EVENT_LOG, 'needs the nginx host of tests/e2e.sh');
    test.slow();
    const id = 'client.wrong-email-or-forwarded-link';
    const w = await openSection(page, id);
    await w.getByRole('button', {name: 'No'}).click();
    await logLine(`s=${id}&`);
    const dir = mkdtempSync(join(tmpdir(), 'feedback-report-'));
    try {
      const out = join(dir, 'report.html');
      const summary = execFileSync('npx', ['docusaurus', 'feedback-report', EVENT_LOG!, '--out', out], {
        encoding: 'utf8',
      });
      expect(summary).toMatch(new RegExp(`${id.replace(/\./g, '\\.')}\\s+\\d+\\s+\\d+\\s+\\d+%`));
      expect(summary).toMatch(/^\d+ lines, \d+ events, 0 bad lines;/);
      // The figures of this run, for the record (the test's output).
      console.log(summary);
      const context = await browser.newContext();
      const report = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      report.on('request', (r) => requests.push(r.url()));
      report.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      report.on('pageerror', (e) => errors.push(e.message));
      await report.goto(`file://${out}`);
      await expect(report.getByRole('heading', {level: 1})).toHaveText('Help center feedback report');
      await expect(report.getByText(getDeepLink(id).title).first()).toBeVisible();
      await expect(report.locator('svg').first()).toBeVisible();
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
