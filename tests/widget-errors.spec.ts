import {test, expect} from './fixtures';
import {supportConfig} from '../src/data/supportConfig';
import {contactRows} from '../src/facts/channels';
import {deepLinkHref} from '../src/data/deepLinks';

/**
 * A widget that fails does not take the page down: its error boundary
 * (src/components/WidgetBoundary) shows what happened and the contact facts
 * in its place, and the rest of the page keeps working. The failure is real:
 * the browser's `Intl.DateTimeFormat().resolvedOptions()`, which the widgets
 * read after mount for the viewer's zone, throws.
 */
test.describe('a widget that throws', () => {
  test.beforeEach(async ({page, consoleWatch}) => {
    // React reports each caught error on the console.
    consoleWatch.allow(/test: resolvedOptions is broken|The above error occurred|React will try to recreate/);
    await page.addInitScript(() => {
      Intl.DateTimeFormat.prototype.resolvedOptions = () => {
        throw new Error('test: resolvedOptions is broken');
      };
    });
  });

  for (const [path, widget] of [
    [deepLinkHref('priorities'), 'priority picker'],
    [deepLinkHref('request'), 'request builder'],
  ] as const) {
    test(`on ${path}, the ${widget} shows a readable message with the contacts; the page stays`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(path);
      const message = page.locator(`[data-testid="widget-error"][data-widget="${widget}"]`);
      await expect(message).toBeVisible();
      await expect(message).toHaveAttribute('role', 'alert');
      await expect(message).toContainText(`The ${widget} could not be shown.`);
      await expect(message).toContainText('test: resolvedOptions is broken');
      for (const row of contactRows(supportConfig).filter((r) => ['general', 'phone', 'emergency'].includes(r.id))) {
        await expect(message.getByRole('link', {name: row.method})).toHaveAttribute('href', row.href!);
      }
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.getByText('This page crashed')).toHaveCount(0);
      // The deep-link anchor of the widget still lands on the message.
      const anchor = page.locator(widget === 'priority picker' ? '#priority-picker' : '#request-builder');
      await expect(anchor).toHaveCount(1);
    });
  }

  test('on /contact, each channel status fails alone and the contact table stays readable', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(deepLinkHref('contact.summary'));
    await expect(page.locator('[data-testid="widget-error"][data-widget="channel status"]').first()).toBeVisible();
    for (const row of contactRows(supportConfig)) {
      await expect(page.locator(`tr[data-channel="${row.id}"] th`)).toContainText(row.label);
    }
    await expect(page.getByText('This page crashed')).toHaveCount(0);
  });
});
