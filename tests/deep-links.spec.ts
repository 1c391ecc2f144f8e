import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type {APIRequestContext} from '@playwright/test';
import {test, expect} from './fixtures';
import {DEEP_LINKS, deepLinkPath, getDeepLink} from '../src/data/deepLinks';
import {REDIRECTS} from '../src/data/redirects';
import {PUBLIC_FILES, buildDeepLinksDocument, buildSupportDocument} from '../src/facts/publicData';
import {supportConfig} from '../src/data/supportConfig';
import {PICKER_PARAMETERS} from '../src/components/PriorityPicker/parameterDocs';
import {REQUEST_PARAMETERS} from '../src/components/RequestBuilder/parameterDocs';
import {ROLE_PARAMETERS} from '../src/components/RoleGuides/params';
import {loadSupportCalendar} from '../src/plugins/support-calendar/load';

/** The deep-link contract on the production build: every registry entry, the JSON endpoints, the redirects. */

/** A value as it reads back from JSON. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The registry by route, in registry order. */
const ROUTES = [...new Set(DEEP_LINKS.map((l) => l.route))].map((route) => ({
  route,
  links: DEEP_LINKS.filter((l) => l.route === route),
}));

test.describe('every registry entry, one page load per route', () => {
  for (const {route, links} of ROUTES) {
    const anchored = links.filter((l) => l.anchor);
    test(`${route}: ${links.length} entries open with their target in view`, async ({page, gotoHydrated}) => {
      // Up to 24 targets on one page: about 3 s on an idle machine; the budget (3x the default) holds at a third of that.
      test.slow();
      // The page itself, then (as the dashboard links) the first anchor on a fresh load, then every other anchor by
      // following its hash on the loaded page: each target must exist once, scroll into view and show its title.
      const first = anchored[0];
      await gotoHydrated(first ? deepLinkPath(first) : route);
      for (const link of links.filter((l) => !l.anchor)) {
        await expect(page.locator('h1').first(), link.id).toHaveText(link.title);
      }
      for (const [i, link] of anchored.entries()) {
        if (i > 0) await page.evaluate((hash) => (window.location.hash = hash), `#${link.anchor}`);
        await expect(page, link.id).toHaveURL(new RegExp(`${deepLinkPath(link).replace(/[.?]/g, '\\$&')}$`));
        const target = page.locator(`[id="${link.anchor}"]`);
        await expect(target, link.id).toHaveCount(1);
        await expect(target, `${link.id} is scrolled into view`).toBeInViewport();
        if (link.kind !== 'tool' && link.kind !== 'channel') await expect(target, link.id).toContainText(link.title);
      }
    });
  }
});

/** Fetches a published JSON file: status 200, a JSON content type, parsed. */
async function getJson(request: APIRequestContext, file: string): Promise<unknown> {
  const response = await request.get(`/${file}`);
  expect(response.status(), `${file} status`).toBe(200);
  expect(response.headers()['content-type'], `${file} content type`).toMatch(/application\/json/);
  return JSON.parse(await response.text());
}

/** Validates `data` against `schema` with Ajv (draft 2020-12, formats, strict), failing with Ajv's errors. */
function expectValid(schema: unknown, data: unknown, name: string): void {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  const validate = ajv.compile(schema as object);
  expect(validate(data), `${name}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
}

test.describe('published JSON', () => {
  test('support.json loads, parses, validates against support.schema.json and equals the config', async ({request}) => {
    const schema = await getJson(request, PUBLIC_FILES.supportSchema);
    const doc = (await getJson(request, PUBLIC_FILES.support)) as {
      version: number;
      config: unknown;
      calendar: {years: {from: number; to: number}};
      rendered: unknown;
    };
    expectValid(schema, doc, PUBLIC_FILES.support);
    expect(doc.version).toBe(2);
    expect(doc.config).toEqual(asJson(supportConfig));
    // The calendar of a build in the year the published window says, resolved again here from the config.
    const buildYear = doc.calendar.years.to - supportConfig.calendarYears.yearsAhead;
    expect([new Date().getUTCFullYear() - 1, new Date().getUTCFullYear()]).toContain(buildYear);
    const {dates} = loadSupportCalendar(supportConfig, new Date(Date.UTC(buildYear, 6, 1))).data;
    expect(doc).toEqual(asJson(buildSupportDocument(supportConfig, dates)));
  });

  test('deep-links.json loads, parses, validates against deep-links.schema.json and equals the registry', async ({
    request,
  }) => {
    const schema = await getJson(request, PUBLIC_FILES.deepLinksSchema);
    const doc = (await getJson(request, PUBLIC_FILES.deepLinks)) as {
      siteUrl: string;
      baseUrl: string;
      links: Array<{id: string}>;
    };
    expectValid(schema, doc, PUBLIC_FILES.deepLinks);
    expect(doc.siteUrl).toBe(`https://help.${supportConfig.domain}`);
    expect(doc.links.map((l) => l.id)).toEqual(DEEP_LINKS.map((l) => l.id));
    expect(doc).toEqual(asJson(buildDeepLinksDocument(DEEP_LINKS, {siteUrl: doc.siteUrl, baseUrl: doc.baseUrl})));
  });

  test('a schema rejects a document that breaks it (the validation is real)', async ({request}) => {
    const schema = await getJson(request, PUBLIC_FILES.supportSchema);
    const doc = (await getJson(request, PUBLIC_FILES.support)) as {config: {timeZone: string}; calendar: object};
    const ajv = new Ajv2020({allErrors: true, strict: true});
    addFormats(ajv);
    const validate = ajv.compile(schema as object);
    expect(validate({...doc, version: 1})).toBe(false);
    expect(validate({...doc, config: {...doc.config, holidays: [{date: 'next friday', name: 'X'}]}})).toBe(false);
    expect(
      validate({
        ...doc,
        calendar: {...doc.calendar, holidays: [{date: 'next friday', name: 'X'}]},
      }),
    ).toBe(false);
  });
});

test.describe('redirects', () => {
  test('/contact-support#urgent-support lands on /contact#urgent-support, in view', async ({page}) => {
    await page.goto('/contact-support#urgent-support');
    await page.waitForURL('**/contact#urgent-support');
    await expect(page.locator('#urgent-support')).toBeInViewport();
  });

  for (const redirect of REDIRECTS) {
    const target = DEEP_LINKS.find((l) => l.route === redirect.to && l.anchor);
    test(`${redirect.from} lands on ${redirect.to}, keeping the query string and the hash`, async ({page}) => {
      expect(target, `a registry entry with an anchor on ${redirect.to}`).toBeDefined();
      const anchor = target?.anchor ?? '';
      await page.goto(`${redirect.from}?role=operator#${anchor}`);
      await page.waitForURL(`**${redirect.to}?role=operator#${anchor}`);
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    });
  }
});

test.describe('role parameter', () => {
  test('/troubleshooting?role=operator highlights the operator guides only', async ({page, gotoHydrated}) => {
    await gotoHydrated('/troubleshooting?role=operator');
    const operator = page.locator('[data-role="operator"]');
    await expect(operator).toHaveAttribute('data-active', 'true');
    await expect(operator).toContainText('Suggested for you');
    await expect(page.locator('[data-role="client"]')).not.toHaveAttribute('data-active', /.*/);
    await expect(page.getByTestId('role-notice')).toHaveCount(0);
  });

  test('the home page reads ?role=CLIENT case-insensitively', async ({page, gotoHydrated}) => {
    await gotoHydrated('/?role=CLIENT');
    await expect(page.locator('[data-role="client"]')).toHaveAttribute('data-active', 'true');
    await expect(page.locator('[data-role="operator"]')).not.toHaveAttribute('data-active', /.*/);
  });

  test('an unknown role shows a readable notice, highlights nothing and injects no markup', async ({
    page,
    gotoHydrated,
  }) => {
    const value = '<img src=x onerror=alert(1)>';
    await gotoHydrated(`/troubleshooting?role=${encodeURIComponent(value)}`);
    const notice = page.getByTestId('role-notice');
    await expect(notice).toContainText(`Unknown role “${value}” in the link`);
    await expect(notice.locator('img')).toHaveCount(0);
    await expect(page.locator('[data-active="true"]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveText('Troubleshooting');
  });

  test('without a role both audiences look alike and nothing is announced', async ({page, gotoHydrated}) => {
    await gotoHydrated('/troubleshooting?_highlight=pdf');
    await expect(page.locator('[data-role]')).toHaveCount(2);
    await expect(page.locator('[data-active="true"]')).toHaveCount(0);
    await expect(page.getByTestId('role-notice')).toHaveCount(0);
  });
});

test.describe('/troubleshooting chooser', () => {
  test('lists every troubleshooting scenario of both audiences, each linking to its registry target', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/troubleshooting');
    for (const role of ['client', 'operator'] as const) {
      const scenarios = DEEP_LINKS.filter((l) => l.audience === role && l.kind === 'scenario');
      const links = page.locator(`[data-role="${role}"] li a`);
      // Guide and FAQ first, then the scenarios.
      await expect(links).toHaveCount(scenarios.length + 2);
      for (const [i, scenario] of scenarios.entries()) {
        await expect(links.nth(i + 2)).toHaveAttribute('href', deepLinkPath(scenario));
        await expect(links.nth(i + 2)).toHaveText(scenario.title);
      }
    }
  });
});

test.describe('Linking to the help center', () => {
  test('lists every registry entry with its path and links to it', async ({page, gotoHydrated}) => {
    await gotoHydrated('/linking');
    const rows = page.locator('[data-testid="deep-link-table"] tr[data-link-id]');
    await expect(rows).toHaveCount(DEEP_LINKS.length);
    const pdf = getDeepLink('client.pdf-download-failing');
    const row = page.locator(`tr[data-link-id="${pdf.id}"]`);
    await expect(row.getByRole('link')).toHaveAttribute('href', deepLinkPath(pdf));
    await expect(row).toContainText(pdf.title);
  });

  test('shows JSON examples that equal the published documents', async ({page, gotoHydrated, request}) => {
    await gotoHydrated('/linking');
    const published = (await getJson(request, PUBLIC_FILES.deepLinks)) as {links: unknown[]};
    const example = JSON.parse(
      (await page.getByTestId('json-example-deep-links').locator('pre code').textContent()) ?? '',
    );
    expect(example).toEqual({...published, links: published.links.slice(0, 2)});
    const support = (await getJson(request, PUBLIC_FILES.support)) as {config: {channels: unknown[]}};
    const supportExample = JSON.parse(
      (await page.getByTestId('json-example-support').locator('pre code').textContent()) ?? '',
    );
    expect(supportExample.config.channels).toEqual(support.config.channels.slice(0, 1));
  });

  test('documents every page’s parameters from code; the picker example opens a working picker', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated('/linking');
    for (const [reader, parameters] of [
      ['priority-picker', PICKER_PARAMETERS],
      ['request-builder', REQUEST_PARAMETERS],
      ['home', ROLE_PARAMETERS],
    ] as const) {
      const rows = page.locator(`tr[data-reader="${reader}"]`);
      await expect(rows).toHaveCount(parameters.length);
      for (const p of parameters)
        await expect(rows.and(page.locator(`[data-parameter="${p.name}"]`))).toContainText(p.values);
    }
    await page.locator('#query-parameters ~ p a[href*="submitted="]').click();
    await expect(page).toHaveURL(/\/priorities\?priority=high&submitted=.*#priority-picker$/);
    await expect(page.getByTestId('picker-result')).toHaveAttribute('data-priority', 'high');
    await expect(page.locator('#priority-picker')).toBeInViewport();
    await expect(page.getByTestId('picker-notice')).toHaveCount(0);
    // A link within the site (client-side navigation, no :target) still lands below the sticky navbar.
    const navbarHeight = await page.locator('nav.navbar').evaluate((el) => el.getBoundingClientRect().height);
    await expect
      .poll(() => page.locator('#priority-picker').evaluate((el) => el.getBoundingClientRect().top))
      .toBeGreaterThanOrEqual(navbarHeight);
  });
});
