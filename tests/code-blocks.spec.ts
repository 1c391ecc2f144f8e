import type {Locator, Page} from '@playwright/test';
import {themes} from 'prism-react-renderer';
import {test, expect} from './fixtures';
import {SUPPORT_DOCUMENT_VERSION} from '../src/facts/publicData';

/**
 * Code is highlighted at build time (src/plugins/code-highlight): the page
 * shows the theme's code block with Prism token colours, in the Prism theme
 * of the colour mode the reader sees, without running Prism
 * (tests/bundles.spec.ts checks that part).
 */

/** The colour the site's Prism theme gives a token type, from docusaurus.config.ts's themes (vsLight, gruvboxMaterialDark). */
function themeColor(mode: 'light' | 'dark', type: string): string {
  const theme = mode === 'light' ? themes.vsLight : themes.gruvboxMaterialDark;
  const entry = [...theme.styles].reverse().find((s) => s.types.includes(type) && !s.languages && s.style.color);
  if (!entry?.style.color) throw new Error(`no ${type} colour in the ${mode} theme`);
  return entry.style.color;
}

/** `color` as the browser computes it (`rgb(r, g, b)`), for comparing with a theme's hex or rgb value. */
async function computed(block: Locator, color: string): Promise<string> {
  return block.evaluate((el, c) => {
    const probe = document.createElement('span');
    probe.style.color = c;
    el.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, color);
}

const supportBlock = (page: Page) => page.getByTestId('json-example-support').locator('pre');

for (const mode of ['light', 'dark'] as const) {
  test.describe(`${mode} mode`, () => {
    test.use({colorScheme: mode});

    test('/linking shows its JSON and JavaScript examples highlighted in this mode\u2019s Prism theme', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated('/linking');
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      const block = supportBlock(page);
      await expect(block).toHaveClass(/prism-code language-json/);
      const number = block.locator('.token.number').first();
      // The first number of the support.json excerpt is its version.
      await expect(number).toHaveText(String(SUPPORT_DOCUMENT_VERSION));
      await expect(number).toHaveCSS('color', await computed(block, themeColor(mode, 'number')));
      await expect(block.locator('.token.string').first()).toHaveCSS(
        'color',
        await computed(block, themeColor(mode, 'string')),
      );
      expect(await block.locator('.token.property').count()).toBeGreaterThan(20);

      const js = page.locator('.theme-code-block', {hasText: 'Resolve a link target by id'}).locator('pre');
      await expect(js).toHaveClass(/language-js/);
      await expect(js.locator('.token.keyword', {hasText: 'await'}).first()).toHaveCSS(
        'color',
        await computed(js, themeColor(mode, 'keyword')),
      );
      await expect(js.locator('.token.comment')).toContainText('target.url ===');
    });
  });
}

/** Clicks the navbar's colour-mode toggle (it cycles through system, light and dark) until the page is in `mode`. */
async function switchTo(page: Page, mode: 'light' | 'dark'): Promise<void> {
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== mode; i++) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

for (const start of ['light', 'dark'] as const) {
  test.describe(`from ${start} mode`, () => {
    // The narrowest width with the navbar's colour-mode toggle (below 997 px it moves into the menu).
    test.use({colorScheme: start, viewport: {width: 1000, height: 800}});

    test('switching the colour mode recolours the code in place: scroll position and word wrap stay', async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated('/linking');
      const other = start === 'light' ? 'dark' : 'light';
      const block = supportBlock(page);
      const number = block.locator('.token.number').first();
      await expect(number).toHaveCSS('color', await computed(block, themeColor(start, 'number')));

      // A reader scrolls the block sideways (its long lines overflow); the element is marked to see whether it is replaced.
      await block.scrollIntoViewIfNeeded();
      expect(
        await block.evaluate((el) => el.scrollWidth - el.clientWidth),
        'the block scrolls sideways',
      ).toBeGreaterThan(40);
      await block.evaluate((el) => {
        el.dataset.marked = 'yes';
        el.scrollLeft = 40;
      });
      expect(await block.evaluate((el) => el.scrollLeft)).toBe(40);
      await switchTo(page, other);
      await expect(number).toHaveCSS('color', await computed(block, themeColor(other, 'number')));
      await expect(block).toHaveAttribute('data-marked', 'yes');
      expect(await block.evaluate((el) => el.scrollLeft)).toBe(40);

      // Word wrap, turned on, stays on through the next switch.
      const container = page.getByTestId('json-example-support').locator('.theme-code-block');
      await container.hover();
      await container.getByRole('button', {name: /toggle word wrap/i}).click();
      await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
      await switchTo(page, start);
      await expect(number).toHaveCSS('color', await computed(block, themeColor(start, 'number')));
      await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
      await expect(block).toHaveAttribute('data-marked', 'yes');
    });
  });
}

test.describe('before the page hydrates', () => {
  test.use({colorScheme: 'dark'});

  test('a dark page shows its code dark, not in the static HTML\u2019s light theme', async ({page, consoleWatch}) => {
    // Keep the page from hydrating: its main bundle never arrives.
    consoleWatch.allow(/Failed to load resource|ERR_FAILED/);
    await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto('/linking');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
    const block = supportBlock(page);
    const luminance = (color: string): number => {
      const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = await block.evaluate((el) => getComputedStyle(el).backgroundColor);
    const text = await block
      .locator('.token.property')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(luminance(background), `background ${background}`).toBeLessThan(80);
    expect(luminance(text), `text ${text}`).toBeGreaterThan(170);
  });
});

test('the code block keeps the theme\u2019s title and copy button', async ({page, gotoHydrated}) => {
  await gotoHydrated('/linking');
  const container = page.getByTestId('json-example-deep-links').locator('.theme-code-block');
  await expect(container).toContainText('deep-links.json (excerpt)');
  await container.hover();
  await expect(container.getByRole('button', {name: /copy code/i})).toBeVisible();
});
