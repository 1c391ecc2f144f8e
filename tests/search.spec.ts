import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {deepLinkHref, deepLinkPath, getDeepLink} from '../src/data/deepLinks';
import {supportConfig} from '../src/data/supportConfig';
import {QUERY_KINDS, SEARCH_CASES} from './search-queries';

/**
 * The search as people use it, on the production build: the query set typed
 * into the navbar box, the way forward when nothing answers (navbar list and
 * `/search`, through to the request builder), the list on a phone, and the
 * home page's box.
 */

const emergency = supportConfig.channels.find((c) => c.id === 'emergency');
if (emergency?.kind !== 'phone') throw new Error('the config has no emergency phone line');

/** The navbar box (a textbox until autocomplete.js makes it a combobox: selected by its label). */
function navbarBox(page: Page): Locator {
  return page.locator('.navbar').getByLabel('Search', {exact: true});
}

/**
 * Types `query` into a search box, as a person does (the box emptied
 * first), and waits until its list shows the results for the whole query.
 * @returns where each option of the list leads, in order.
 */
async function typeQuery(page: Page, box: Locator, query: string): Promise<string[]> {
  await box.fill('');
  await box.pressSequentially(query);
  // The box's container says which query its list shows, and from which tier of the index (SiteSearch sets both
  // after each render): the list from the whole index is the one to check.
  const container = page.locator(`[data-results-for="${query.replace(/["\\]/g, '\\$&')}"][data-index="full"]`);
  await expect(container).toHaveCount(1, {timeout: 15_000});
  return container
    .locator('[role="option"] [data-href]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-href') ?? ''));
}

test.describe('the query set in the navbar box', () => {
  test('puts an answer first for at least 90% of the queries, in the top three for all, and offers the way forward for the rest', async ({
    page,
    gotoHydrated,
  }) => {
    test.setTimeout(120_000);
    await gotoHydrated('/system-requirements');
    const box = navbarBox(page);
    await box.click();
    const rows: Array<{query: string; kind: string; first: boolean; top3: boolean; got: string[]}> = [];
    for (const c of SEARCH_CASES) {
      const got = await typeQuery(page, box, c.query);
      if (c.kind === 'no-answer') {
        const ask = deepLinkHref('request-builder', {searched: c.query});
        const ok = got.includes(ask) && got.includes(`tel:${emergency.e164}`);
        rows.push({query: c.query, kind: c.kind, first: ok, top3: ok, got});
        continue;
      }
      const answers = c.answers.map((id) => deepLinkPath(getDeepLink(id)));
      rows.push({
        query: c.query,
        kind: c.kind,
        first: answers.includes(got[0] ?? ''),
        top3: got.slice(0, 3).some((u) => answers.includes(u)),
        got,
      });
    }
    const report = QUERY_KINDS.map((kind) => {
      const of = rows.filter((r) => r.kind === kind);
      return `${kind}: first ${of.filter((r) => r.first).length}/${of.length}, top three ${of.filter((r) => r.top3).length}/${of.length}`;
    }).join('; ');
    console.log(`navbar query set: ${report}`);
    const first = rows.filter((r) => r.first).length;
    expect(first / rows.length, `${first} of ${rows.length} first (${report})`).toBeGreaterThanOrEqual(0.9);
    expect(
      rows.filter((r) => !r.top3).map((r) => `"${r.query}" -> ${r.got.slice(0, 3).join(', ')}`),
      'queries without an answer in the top three (or, for no-answer queries, without the way forward)',
    ).toEqual([]);
  });
});

test.describe('no dead ends', () => {
  const noAnswer = SEARCH_CASES.filter((c) => c.kind === 'no-answer');

  test('in the navbar list: "Ask support" opens the request builder with the query carried into the request', async ({
    page,
    gotoHydrated,
  }) => {
    const query = noAnswer[0]!.query;
    await gotoHydrated('/contact');
    const box = navbarBox(page);
    await box.click();
    await typeQuery(page, box, query);
    const list = page.locator('.navbar [role="listbox"]');
    await expect(list).toContainText(`No answer found for “${query}”`);
    await expect(list.getByRole('option', {name: new RegExp(`Call the ${emergency.label}`)})).toContainText(
      emergency.display,
    );
    await list.getByRole('option', {name: `Ask support about “${query}”`}).click();
    await expect(page).toHaveURL(
      new RegExp(`/contact/request\\?searched=${encodeURIComponent(query)}#request-builder$`),
    );
    await expect(page.getByLabel(/Short summary/)).toHaveValue(query);
    await expect(page.getByLabel(/Issue description/)).toHaveValue(new RegExp(`“${query}”`));
  });

  for (const {query} of noAnswer) {
    test(`on /search: "${query}" shows what was searched, the emergency line and "Ask support" with the query`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(`/search?q=${encodeURIComponent(query)}`);
      const panel = page.locator('main section[aria-labelledby="no-answer-title"]');
      await expect(panel.getByRole('heading', {name: `No answer found for “${query}”`})).toBeVisible({timeout: 15_000});
      await expect(panel.getByRole('link', {name: emergency.display})).toHaveAttribute('href', `tel:${emergency.e164}`);
      const ask = panel.getByRole('link', {name: `Ask support about “${query}”`});
      await expect(ask).toHaveAttribute('href', deepLinkHref('request-builder', {searched: query}));
      // No result pretends to answer: the page says so.
      await expect(page.locator('main article')).toHaveCount(0);
    });
  }

  test('the closest sections are offered when some words of the query are in the help center', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(`/search?q=${encodeURIComponent('cancel my subscription')}`);
    const panel = page.locator('main section[aria-labelledby="no-answer-title"]');
    await expect(panel).toContainText('No page of the help center mentions “subscription”');
    await expect(panel.getByRole('link', {name: /activated by mistake/i})).toHaveAttribute(
      'href',
      deepLinkPath(getDeepLink('client.faq.activated-by-mistake')),
    );
  });
});

test.describe('results', () => {
  test('/search lists each section once, with its page and audience, and counts sections', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/search?q=pdf');
    // The list from the whole index (the headings tier answers first, then the page searches again).
    await expect(page.locator('main [data-results-for="pdf"][data-index="full"]')).toHaveCount(1, {timeout: 15_000});
    const results = page.locator('main article');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size, 'one result per section').toBe(hrefs.length);
    await expect(page.locator('main p[role="status"]')).toHaveText(`${hrefs.length} results`);
    const places = await results.locator('p').first().allTextContents();
    expect(places.every((p) => / · For (clients|operators|everyone)$/.test(p))).toBe(true);
    const clientAndOperator = await results.locator('p:first-of-type').allTextContents();
    expect(clientAndOperator.some((p) => p.endsWith('For clients'))).toBe(true);
    expect(clientAndOperator.some((p) => p.endsWith('For operators'))).toBe(true);
  });

  test('a typo is corrected, and the list says what was searched', async ({page, gotoHydrated}) => {
    await gotoHydrated('/');
    const box = navbarBox(page);
    await box.click();
    const got = await typeQuery(page, box, 'dashbord not loading');
    expect(got[0]).toBe(deepLinkPath(getDeepLink('operator.dashboard-not-loading')));
    await expect(page.locator('.navbar [role="listbox"]')).toContainText('Searched for dashboard not loading');
  });

  test('"hacked" does not match "back", and "log in" does not match "logs"', async ({page, gotoHydrated}) => {
    await gotoHydrated('/');
    const box = navbarBox(page);
    await box.click();
    const hacked = await typeQuery(page, box, 'hacked');
    expect(hacked[0]).toBe(deepLinkPath(getDeepLink('faq.suspected-security-incident')));
    const titles = await page.locator('.navbar [role="option"]').allTextContents();
    expect(titles.filter((t) => /\bback\b/i.test(t))).toEqual([]);
    const logIn = await typeQuery(page, box, 'log in');
    expect(logIn).not.toContain(deepLinkPath(getDeepLink('operator.browser-console-errors')));
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});

  test('every suggestion shows its whole title, then its place on at most two lines, inside the screen', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/clients/faq');
    const box = navbarBox(page);
    await box.tap();
    await typeQuery(page, box, 'pdf');
    const options = page.locator('.navbar [role="option"]');
    expect(await options.count()).toBeGreaterThan(4);
    const layout = await options.evaluateAll((els) =>
      els.map((el) => {
        const [title, place] = Array.from(el.children) as HTMLElement[];
        const rect = el.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(place!).lineHeight);
        return {
          text: `${title!.textContent} | ${place!.textContent}`,
          inside: rect.left >= 0 && rect.right <= window.innerWidth,
          titleWhole: title!.scrollWidth <= title!.clientWidth + 1 && title!.scrollHeight <= title!.clientHeight + 1,
          placeLines: Math.round(place!.getBoundingClientRect().height / lineHeight),
          placeWhole: place!.scrollHeight <= place!.clientHeight + 1,
        };
      }),
    );
    for (const o of layout) {
      expect(o.inside, `inside the screen: ${o.text}`).toBe(true);
      expect(o.titleWhole, `whole title: ${o.text}`).toBe(true);
      expect(o.placeLines, `place on at most two lines: ${o.text}`).toBeLessThanOrEqual(2);
      expect(o.placeWhole, `whole place: ${o.text}`).toBe(true);
    }
    expect(new Set(layout.map((o) => o.text)).size, 'no two suggestions look the same').toBe(layout.length);
  });
});

test.describe('the home page box', () => {
  test('suggests sections as the navbar box does, and Enter opens the first', async ({page, gotoHydrated}) => {
    await gotoHydrated('/');
    const box = page.getByLabel('Search the help center');
    await box.click();
    const got = await typeQuery(page, box, 'pdf download');
    expect(got[0]).toBe(deepLinkPath(getDeepLink('client.pdf-download-failing')));
    await box.press('Enter');
    await expect(page).toHaveURL(/\/clients\/troubleshooting#pdf-download-failing$/);
    await expect(page.locator('#pdf-download-failing')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test('/search says search needs JavaScript and offers the guides', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto('/search?q=pdf');
    const fallback = page.getByTestId('search-no-js');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText('Search needs JavaScript');
    for (const id of ['client.troubleshooting', 'operator.troubleshooting', 'contact']) {
      const link = getDeepLink(id);
      await expect(fallback.getByRole('link', {name: link.title})).toHaveAttribute('href', deepLinkHref(id));
    }
    await expect(page.locator('main input[type="search"]')).toBeHidden();
    await context.close();
  });
});
