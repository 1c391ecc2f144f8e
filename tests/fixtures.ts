import {test as base, expect, type Page} from '@playwright/test';

/** Console errors of one test's page, with the patterns the test expects. */
export interface ConsoleWatch {
  /** Every console error, page error and React hydration warning so far. */
  readonly errors: string[];
  /** Declares errors matching `pattern` as expected by the test. */
  allow(pattern: RegExp): void;
}

/**
 * Typed fixtures for the browser tests (model: microsoft/playwright.dev
 * tests/baseTest.ts).
 *
 * - `consoleWatch`: collects console errors, page errors and hydration
 *   warnings; the test fails at its end when any is left that it did not
 *   `allow` (model: Docusaurus's argos screenshot tests).
 * - `gotoHydrated(path)`: navigates and waits until React has hydrated
 *   (`html[data-has-hydrated="true"]`).
 */
export const test = base.extend<{consoleWatch: ConsoleWatch; gotoHydrated: (path: string) => Promise<void>}>({
  consoleWatch: [
    async ({page}, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (msg) => {
        const text = msg.text();
        if (msg.type() === 'error' || /hydrat|did not match|Minified React error #4(18|19|23|25)/i.test(text)) {
          errors.push(`[console.${msg.type()}] ${text}`);
        }
      });
      page.on('pageerror', (err) => errors.push(`[pageerror] ${err.message}`));
      await use({errors, allow: (pattern) => allowed.push(pattern)});
      const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'unexpected console errors or hydration warnings').toEqual([]);
    },
    {auto: true},
  ],
  gotoHydrated: async ({page}, use) => {
    await use(async (path) => {
      await page.goto(path);
      await hydrated(page);
    });
  },
});

/** Waits until Docusaurus has hydrated the page. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 15_000});
}

export {expect};
