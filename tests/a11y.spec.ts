import type {Locator, Page} from '@playwright/test';
import {axeViolations, describeViolations} from './axe';
import {test, expect} from './fixtures';
import {CONTRACT_ROUTES} from './routes';
import {supportConfig} from '../src/data/supportConfig';

/**
 * Accessibility as a test (model: microsoft/playwright.dev tests/a11y.spec.ts):
 * axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules on every contract
 * route, in light and dark mode, must report no violation; and the widgets
 * must be operable by keyboard alone with a visible focus indicator.
 */

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe WCAG 2.2 A/AA, ${scheme} mode`, () => {
    test.use({colorScheme: scheme});
    for (const {path} of CONTRACT_ROUTES) {
      const url = path === '/search' ? '/search?q=activation' : path;
      test(`${url} has no violations`, async ({page, gotoHydrated}) => {
        // axe on a long page takes 2-5 s on an idle machine; the budget (3x the default) holds at a third of that speed.
        test.slow();
        await gotoHydrated(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        if (path === '/search') {
          // Check the page with its results rendered, not only the empty shell.
          await expect(page.locator('main article a').first()).toBeVisible({timeout: 15_000});
        }
        if (path === '/priorities') {
          // The picker computes its due times after mount: check the full widget.
          await expect(page.getByTestId('response-due')).toBeVisible();
        }
        // One main landmark, the target of screen readers' "skip to main" (axe checks it only as a best practice).
        await expect(page.locator('main, [role="main"]')).toHaveCount(1);
        expect(describeViolations(await axeViolations(page))).toEqual([]);
      });
    }

    test('the navbar suggestion list, with results and with the way forward, has no violations', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated('/contact');
      const box = page.locator('.navbar').getByLabel('Search', {exact: true});
      await box.click();
      for (const query of ['pdf download', 'refund']) {
        await box.fill('');
        await box.pressSequentially(query);
        await expect(page.locator(`[data-results-for="${query}"] [role="option"]`).first()).toBeVisible({
          timeout: 15_000,
        });
        expect(describeViolations(await axeViolations(page)), query).toEqual([]);
      }
    });

    test('/search with no answer has no violations', async ({page, gotoHydrated}) => {
      await gotoHydrated('/search?q=refund');
      await expect(page.locator('#no-answer-title')).toBeVisible({timeout: 15_000});
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    });
  });
}

/** The focus outline of the focused element: style, width in CSS pixels and color. */
async function focusRing(locator: Locator): Promise<{style: string; width: number; shadow: string}> {
  return locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow};
  });
}

/** Asserts that the element has keyboard focus and shows it (an outline or a box shadow). */
async function expectVisibleFocus(locator: Locator): Promise<void> {
  await expect(locator).toBeFocused();
  const ring = await focusRing(locator);
  const outlined = ring.style !== 'none' && ring.width >= 1;
  expect(outlined || ring.shadow !== 'none', `visible focus indicator, got ${JSON.stringify(ring)}`).toBe(true);
}

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('keyboard only', () => {
  test('the navbar search is reached with Tab, shows focus, and opens a result with the arrow keys and Enter', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/');
    // The box is a textbox until focused, then autocomplete.js makes it a combobox: select it by its label.
    const box = page.locator('.navbar').getByLabel('Search', {exact: true});
    await tabTo(page, box);
    await expectVisibleFocus(box);
    await page.keyboard.type('expired', {delay: 30});
    const options = page.locator('.navbar').getByRole('option');
    await expect(options.first()).toBeVisible({timeout: 15_000});
    // Move the selection with the arrow keys to the troubleshooting section, then open it with Enter.
    const target = options.filter({hasText: /Activation link expired/i}).first();
    await expect(target).toBeVisible();
    const count = await options.count();
    for (let i = 0; i < count && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/clients\/troubleshooting.*#activation-link-expired$/);
    await expect(page.locator('#activation-link-expired')).toBeInViewport();
  });

  test('the priority picker is operated with Tab, arrow keys and Space, with visible focus', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/priorities');
    const picker = page.locator('#priority-picker');
    await expect(page.getByTestId('response-due')).toBeVisible();

    // The priority radio group: Tab lands on the checked radio (Medium), arrows move the choice.
    const medium = picker.getByRole('radio', {name: /^Medium/});
    await tabTo(page, medium);
    await expectVisibleFocus(medium);
    await page.keyboard.press('ArrowUp');
    const high = picker.getByRole('radio', {name: /^High/});
    await expect(high).toBeChecked();
    await expectVisibleFocus(high);
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-priority', 'high');
    await expect(page).toHaveURL(/priority=high/);

    // The triage questions: Tab to the first, Space ticks it, and its priority is chosen.
    const firstQuestion = picker.getByRole('checkbox').first();
    await page.keyboard.press('Tab');
    await expectVisibleFocus(firstQuestion);
    await page.keyboard.press('Space');
    await expect(firstQuestion).toBeChecked();
    const suggested = supportConfig.triage[0]!.priority;
    await expect(
      picker.getByRole('radio', {name: new RegExp(`^${supportConfig.priorities[suggested].label}`)}),
    ).toBeChecked();
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-priority', suggested);

    // The submission time input is reachable and shows focus.
    const time = picker.getByLabel(/Submission time/);
    await tabTo(page, time, 20);
    await expectVisibleFocus(time);
  });
});
