import {test, expect} from './fixtures';
import {CONTRACT_ROUTES} from './routes';

/**
 * The help center works offline from its own host: no page asks another
 * origin for anything (fonts, analytics, images, scripts), including the
 * search's Web Worker, which fetches the index.
 */
test('no page, nor the search worker, requests another origin', async ({
  page,
  context,
  gotoHydrated,
  baseURL,
  consoleWatch,
}) => {
  // A sweep of every route: about 5-15 s on an idle machine; the budget (3x the default) holds at a third of that speed.
  test.slow();
  // The 404 page is visited on purpose.
  consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));

  for (const {path} of CONTRACT_ROUTES) await gotoHydrated(path);
  await gotoHydrated('/no-such-page');
  await gotoHydrated('/');
  const box = page.locator('.navbar').getByLabel('Search', {exact: true});
  await box.click();
  await box.pressSequentially('crm', {delay: 30});
  await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible({timeout: 15_000});

  const web = requested.filter((u) => /^(https?|wss?):/.test(u));
  // The check saw the pages and the worker's index fetch, so an empty list below means something.
  expect(web.some((u) => new URL(u).pathname === '/priorities')).toBe(true);
  expect(
    web.some((u) => /\/search-index[^/]*\.json/.test(u)),
    'the search index request was observed',
  ).toBe(true);
  expect(web.filter((u) => new URL(u).origin !== origin)).toEqual([]);
});
