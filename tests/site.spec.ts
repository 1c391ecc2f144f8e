import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test, expect} from './fixtures';
import {CONTRACT_ROUTES} from './routes';
import {supportConfig} from '../src/data/supportConfig';
import {mailtoHref} from '../src/facts/mailto';
import {contactRows} from '../src/facts/channels';
import {subjectLine} from '../src/facts/routing';
import {deepLinkHref} from '../src/data/deepLinks';
import {GUIDE_ROUTES, TOPICS} from '../src/data/topics';
import {PRIORITY_IDS} from '../src/sla/types';
import {load} from 'cheerio';

test.describe('every contract route', () => {
  for (const {path, h1, title} of CONTRACT_ROUTES) {
    test(`${path} answers, renders its title and hydrates without console errors`, async ({page, gotoHydrated}) => {
      const response = await page.request.get(path);
      expect(response.status(), `${path} status`).toBe(200);
      await gotoHydrated(path);
      await expect(page.locator('h1').first()).toHaveText(h1);
      await expect(page).toHaveTitle(title);
    });
  }
});

test.describe('contact summary table', () => {
  test('shows every channel of the config with working mailto: and tel: links', async ({page, gotoHydrated}) => {
    await gotoHydrated('/contact#contact-summary');
    for (const channel of supportConfig.channels) {
      const row = page.locator(`tr[data-channel="${channel.id}"]`);
      await expect(row.locator('th strong')).toHaveText(channel.label);
      await expect(row.locator('th')).toContainText(`Best for: ${channel.bestFor.join(', ')}`);
      if (channel.kind === 'email') {
        const address = `${channel.mailbox}@${supportConfig.domain}`;
        const link = row.getByRole('link', {name: address});
        await expect(link).toHaveAttribute('href', mailtoHref(address, {subject: channel.subject}));
      } else if (channel.kind === 'phone') {
        const link = row.getByRole('link', {name: channel.display});
        await expect(link).toHaveAttribute('href', `tel:${channel.e164}`);
      } else {
        await expect(row).toContainText(channel.location);
      }
    }
    for (const row of contactRows(supportConfig)) {
      await expect(page.locator(`tr[data-channel="${row.id}"]`), row.id).toContainText(row.response);
    }
  });
});

test.describe('offline search', () => {
  test('a word from a troubleshooting step, typed in the navbar box, finds that step and opens its section', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/');
    // The box is a textbox until focused, then autocomplete.js makes it a combobox: select it by its label.
    const box = page.locator('.navbar').getByLabel('Search', {exact: true});
    await box.click();
    await box.pressSequentially('pop-ups', {delay: 30});
    const result = page
      .getByRole('option')
      .filter({hasText: /Pop-ups blocked/i})
      .first();
    await expect(result).toBeVisible({timeout: 15_000});
    await result.click();
    await expect(page).toHaveURL(/\/clients\/troubleshooting.*#pop-ups-blocked/);
    await expect(page.locator('#pop-ups-blocked')).toBeInViewport();
  });

  test('/search?q= shows a results page linking to the right section', async ({page, gotoHydrated}) => {
    await gotoHydrated('/search?q=expired');
    const links = page.locator('article a[href="/clients/troubleshooting#activation-link-expired"]');
    await expect(links.first()).toBeVisible({timeout: 15_000});
    // The tab and the history say what was searched, in the site's title form.
    await expect(page).toHaveTitle('Search results for "expired" | Support Center');
    await expect(page.locator('h1')).toHaveText('Search results for "expired"');
    await page.locator('main input[type="search"]').fill('pop-ups');
    await expect(page).toHaveTitle('Search results for "pop-ups" | Support Center');
    await gotoHydrated('/search');
    await expect(page).toHaveTitle('Search the help center | Support Center');
    await expect(page.locator('h1')).toHaveText('Search the help center');
  });

  for (const [query, expected] of [
    ['sla', '/service-levels'],
    ['popup blocked', '/clients/troubleshooting'],
    ['phone number', '/contact'],
  ] as const) {
    test(`the words people type find the page: "${query}" leads to ${expected}`, async ({page, gotoHydrated}) => {
      await gotoHydrated(`/search?q=${encodeURIComponent(query)}`);
      const first = page.locator('main article h2 a').first();
      await expect(first).toBeVisible({timeout: 15_000});
      await expect(first).toHaveAttribute('href', new RegExp(`^${expected}(#|$)`));
    });
  }

  test('the request builder\u2019s form is not in the search results; the guides are', async ({page, gotoHydrated}) => {
    await gotoHydrated('/search?q=pdf%20download');
    await expect(page.locator('main article').first()).toBeVisible({timeout: 15_000});
    const hrefs = await page
      .locator('main article h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith('/clients/troubleshooting#pdf-download-failing'))).toBe(true);
    // No result points into the form (its sections' ids); the page's own text around it may match.
    await gotoHydrated('/contact/request');
    const formIds = await page.locator('#request-builder [id]').evaluateAll((els) => els.map((e) => e.id));
    expect(formIds.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => h.startsWith('/contact/request') && formIds.includes(h.split('#')[1] ?? ''))).toEqual(
      [],
    );
    expect(hrefs.filter((h) => h === '/contact/request#your-request' || h === '/contact/request#your-email')).toEqual(
      [],
    );
  });

  test('each result says where it is: its section, then its page and audience, nothing repeated', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/search?q=pdf');
    const articles = page.locator('main article');
    await expect(articles.first()).toBeVisible({timeout: 15_000});
    const rows = await articles.evaluateAll((as) =>
      as.map((a) => ({
        title: a.querySelector('h2')?.textContent ?? '',
        place: a.querySelector('p')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const {title, place} of rows) {
      expect(place, `place of: ${title}`).toMatch(/^.+ · For (clients|operators|everyone)$/);
      expect(place.startsWith(`${title} ·`), `repeated: ${title} / ${place}`).toBe(false);
    }
    const places = rows.map((r) => r.place);
    expect(places).toContain('Client Troubleshooting Guide · For clients');
    expect(places).toContain('Client FAQ · For clients');
  });

  test('the navbar marks the section of the current page, as the theme would', async ({page, gotoHydrated}) => {
    await gotoHydrated('/clients/faq');
    const current = page.locator('nav.navbar a[aria-current="page"]');
    await expect(current).toHaveText('Clients');
    const other = page.locator('nav.navbar a.navbar__link', {hasText: 'Operators'});
    const color = (l: typeof current) => l.evaluate((el) => getComputedStyle(el).color);
    expect(await color(current)).not.toBe(await color(other));
    await gotoHydrated('/operators/troubleshooting');
    await expect(page.locator('nav.navbar a[aria-current="page"]')).toHaveText('Operators');
  });
});

test.describe('built HTML', () => {
  const buildDir = join(__dirname, '..', 'build');
  function htmlFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return htmlFiles(full);
      return name.endsWith('.html') ? [full] : [];
    });
  }

  test('contains no seed placeholder', () => {
    const files = htmlFiles(buildDir);
    expect(files.length).toBeGreaterThan(10);
    const placeholder =
      /\[(your-domain|Your Time Zone|Your Primary Time Zone|Current Date|Additional Time Zones[^\]]*|List supported languages[^\]]*)\]|\(if available\)|\(if applicable\)/i;
    const offenders = files.filter((f) => placeholder.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('gives every troubleshooting scenario’s emails the subject the request builder proposes for its topic', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const topic of TOPICS) {
      const file = join(buildDir, GUIDE_ROUTES[topic.audience], 'index.html');
      const $ = load(readFileSync(file, 'utf8'));
      // The scenario's section: its heading, then every element up to the next heading of its level.
      const section = $(`[id="${topic.id}"]`).nextUntil('h2');
      const subjects = section
        .find('a[href^="mailto:"]')
        .map((_i, a) => new URL($(a).attr('href')!).searchParams.get('subject'))
        .get();
      if (subjects.length === 0) problems.push(`${topic.linkId}: no email link in its section`);
      const allowed = PRIORITY_IDS.map((priority) => subjectLine(supportConfig, {priority, summary: topic.subject}));
      for (const subject of subjects) {
        checked += 1;
        if (!allowed.includes(subject)) problems.push(`${topic.linkId}: "${subject}", expected "${topic.subject}"`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(TOPICS.length);
    expect(problems).toEqual([]);
  });

  test('shows a last-updated date from git on content pages', async ({page, gotoHydrated}) => {
    await gotoHydrated('/contact');
    await expect(page.locator('.theme-last-updated')).toContainText(/Last updated on/);
  });
});

test.describe('404 page', () => {
  test('an unknown route answers 404 and still leads to help: search, guides, emergency line', async ({
    page,
    consoleWatch,
  }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    const search = page.getByRole('searchbox', {name: 'Search the help center'});
    await search.fill('pop-ups');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=pop-ups/);
    await page.goBack();
    await expect(page.getByRole('link', {name: 'Client Troubleshooting Guide'})).toHaveAttribute(
      'href',
      '/clients/troubleshooting',
    );
    const emergency = supportConfig.channels.find((c) => c.id === 'emergency');
    if (emergency?.kind !== 'phone') throw new Error('the config has no emergency phone line');
    await expect(page.getByRole('link', {name: emergency.display})).toHaveAttribute('href', `tel:${emergency.e164}`);
  });
});

test.describe('phone-sized screens', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('the contact table stacks its rows, so hours and status are visible without sideways scrolling', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/contact#contact-summary');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const status = page.locator('tr[data-channel="phone"] td').last();
    const box = await status.boundingBox();
    expect(box, 'the status cell is rendered').not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  });

  for (const [path, table] of [
    [deepLinkHref('priorities'), 'table:has(caption:text("Priority levels"))'],
    [deepLinkHref('service-level-table'), '#service-level-table'],
  ] as const) {
    test(`${path}: every column of the table is on the screen, each cell with its column's name`, async ({
      page,
      gotoHydrated,
    }) => {
      await gotoHydrated(path);
      const cells = page.locator(`${table} tbody td`);
      expect(await cells.count()).toBeGreaterThan(8);
      const headers = await page.locator(`${table} thead th`).allTextContents();
      for (const cell of await cells.all()) {
        const box = await cell.boundingBox();
        expect(box, 'the cell is rendered').not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0), 'the cell ends within the screen').toBeLessThanOrEqual(390);
        const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
        expect(
          headers.some((h) => label.includes(h)),
          `cell shows its column name, got ${label}`,
        ).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }

  test('phone numbers never break across lines', async ({page, gotoHydrated}) => {
    for (const path of [deepLinkHref('contact'), deepLinkHref('home'), deepLinkHref('client.troubleshooting')]) {
      await gotoHydrated(path);
      const links = page.locator('a[href^="tel:"]');
      expect(await links.count(), path).toBeGreaterThan(0);
      for (const link of await links.all()) {
        if (!(await link.isVisible())) continue;
        const lines = await link.evaluate((el) => el.getClientRects().length);
        expect(lines, `${path}: ${await link.textContent()} is on one line`).toBe(1);
      }
    }
  });
});
