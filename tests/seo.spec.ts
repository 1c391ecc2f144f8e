import {test, expect} from './fixtures';
import {CONTRACT_ROUTES} from './routes';

/**
 * What search engines (and Lighthouse's SEO audits) read on every contract
 * route: a language, a title, a meta description and a canonical URL, in
 * the served HTML (before any JavaScript).
 */
test('every contract route has a language, a title, a meta description and a canonical URL', async ({request}) => {
  // A sweep of every route: about 5-15 s on an idle machine; the budget (3x the default) holds at a third of that speed.
  test.slow();
  for (const {path} of CONTRACT_ROUTES) {
    const html = await (await request.get(path)).text();
    expect(html, `${path}: <html lang>`).toMatch(/<html[^>]*\slang="?en/);
    expect(html, `${path}: <title>`).toMatch(/<title[^>]*>[^<]+<\/title>/);
    const description = /<meta[^>]*name="?description"?[^>]*content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(description.length, `${path}: meta description "${description}"`).toBeGreaterThan(20);
    expect(html, `${path}: canonical link`).toMatch(/<link[^>]*rel="?canonical"?[^>]*>/);
  }
});
