import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';

/**
 * A widget's code loads only on the pages that use it (issue 6: a content
 * page is no heavier than the bare template's). The date library (Luxon)
 * belongs to the SLA widgets (priority picker, channel status). The syntax
 * highlighter (Prism) runs at build time only: no page loads it, not even
 * the one that shows code (tests/code-blocks.spec.ts checks that its code is
 * highlighted). Byte counts are `npm run bench`'s business;
 * this checks which code a page executes.
 */

/** Signatures of each library in the built JavaScript (strings that survive minification). */
const LIBRARIES = {
  luxon: /Invalid DateTime/,
  prism: /languages\.javascript\s*=|markup-templating/,
  // date-holidays' rule parser names its calendars; the build ships dates, never the library (issue 12).
  'date-holidays': /bengali-revised/,
} as const;

/**
 * The libraries in the scripts the page has run: script-initiated resources
 * and `<script src>` (prefetches of other pages' chunks, initiator `link`, do not count).
 */
async function librariesLoaded(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' && /\.js(\?|$)/.test(e.name))
      .map((e) => e.name),
  );
  expect(
    scripts.some((s) => /\/main\.[0-9a-f]+\.js$/.test(s)),
    'the main bundle is among the scripts seen',
  ).toBe(true);
  const found = new Set<string>();
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    for (const [name, signature] of Object.entries(LIBRARIES)) if (signature.test(body)) found.add(name);
  }
  return [...found].sort();
}

test.describe('code splitting', () => {
  for (const path of [
    '/clients/troubleshooting',
    '/clients/faq',
    '/operators/troubleshooting',
    '/operators/faq',
    '/faq',
  ]) {
    test(`content page ${path} runs neither the widgets' date library nor the syntax highlighter`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(path);
      expect(await librariesLoaded(page)).toEqual([]);
    });
  }

  // The picker (/priorities) and the live channel status (/, /contact) compute with the SLA calendar.
  for (const path of ['/priorities', '/contact', '/']) {
    test(`${path}, which has an SLA widget, runs the date library and no highlighter`, async ({page, gotoHydrated}) => {
      await gotoHydrated(path);
      expect(await librariesLoaded(page)).toEqual(['luxon']);
    });
  }

  // The pages that list holidays carry the resolved dates, not the library that computed them, nor Luxon.
  for (const path of ['/service-levels', '/faq']) {
    test(`${path}, which lists holidays and special hours, runs neither the holiday library nor the date library`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(path);
      await expect(page.getByTestId('support-calendar-list').locator('tbody tr').first()).toBeVisible();
      expect(await librariesLoaded(page)).toEqual([]);
    });
  }

  test('/linking, which shows highlighted code, runs no syntax highlighter', async ({page, gotoHydrated}) => {
    await gotoHydrated('/linking');
    await expect(page.getByTestId('json-example-support').locator('.token.property').first()).toBeVisible();
    expect(await librariesLoaded(page)).toEqual([]);
  });
});
