import {test, expect} from './fixtures';
import {supportConfig} from '../src/data/supportConfig';
import {deepLinkHref} from '../src/data/deepLinks';
import {formatInstant} from '../src/sla/describe';

/**
 * Printed pages (the print media type, as Chromium lays out a page for
 * paper): a live status says when it was computed, the picker's due times
 * stay together, buttons are not printed. On screen the "as of" line is not
 * shown.
 */
test.describe('printed pages', () => {
  const now = new Date('2026-11-25T15:02:00-05:00');

  test('the live channel status prints the time it was computed; on screen it does not', async ({
    page,
    gotoHydrated,
  }) => {
    await page.clock.setFixedTime(now);
    await gotoHydrated(deepLinkHref('contact.summary'));
    const asOf = page.locator('tr[data-channel="phone"] [data-testid="status-as-of"]');
    await expect(asOf).toBeHidden();
    await page.emulateMedia({media: 'print'});
    await expect(asOf).toBeVisible();
    await expect(asOf).toHaveText(`as of ${formatInstant(now, supportConfig.timeZone)}`);
  });

  test('the picker’s due times stay together on one page, and no button is printed', async ({page, gotoHydrated}) => {
    await page.clock.setFixedTime(now);
    await gotoHydrated(deepLinkHref('priority-picker'));
    await expect(page.getByTestId('response-due')).toBeVisible();
    await page.emulateMedia({media: 'print'});
    const result = page.getByTestId('picker-result');
    expect(await result.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    const buttons = page.locator('button, .button');
    expect(await buttons.count()).toBeGreaterThan(2);
    for (const button of await buttons.all()) {
      expect(await button.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    }
  });
});
