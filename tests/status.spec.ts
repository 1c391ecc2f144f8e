import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import type {Page} from '@playwright/test';
import {test, expect, hydrated} from './fixtures';
import {axeViolations, describeViolations} from './axe';

/**
 * Service status (issue 13) on the production build behind nginx, with
 * fixture incidents. The other specs share `build/` and must never see an
 * incident, so this file serves a COPY of the build with its own nginx
 * (tests/serve-nginx.sh, the same deploy/nginx.conf) and posts the fixtures
 * into that copy with `npm run status`, as an on-call person would.
 */

const ROOT = join(__dirname, '..');
const MIN = 60_000;
const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * MIN).toISOString();

let work: string;
let site: string;
let fixtures: string;
let nginxPrefix: string;
let origin: string;

/** Writes the fixture folder: `files` by name, nothing else. */
function writeFixtures(files: Record<string, string>): void {
  rmSync(fixtures, {recursive: true, force: true});
  cpSync(join(ROOT, 'status'), fixtures, {recursive: true});
  for (const [name, text] of Object.entries(files)) writeFileSync(join(fixtures, name), text);
}

/** `npm run status` on the copy, with the fixture folder. */
function postStatus(): string {
  return execFileSync('npm', ['run', '--silent', 'status', '--', '--build', site], {
    cwd: ROOT,
    env: {...process.env, SUPPORT_CENTER_STATUS_DIR: fixtures},
    encoding: 'utf8',
  });
}

/** Posts the standard fixtures: the open PDF incident, a maintenance tomorrow, a resolved CRM incident. */
function postFixtures(): string {
  writeFixtures({
    'pdf-outage.md': pdfIncident(),
    'db-upgrade.md': MAINTENANCE,
    'crm-sync.md': RESOLVED,
    'phone-lines.md': CHANNELS,
  });
  return postStatus();
}

/** An open PDF incident (partial outage, started 40 minutes ago); `latest` is the newest update's text and age. */
function pdfIncident(latest = {body: 'A storage node is down; we are moving the files.', minutesAgo: 10}): string {
  return `---
kind: incident
title: PDF downloads fail for some clients
severity: partial_outage
components: [pdf]
start: ${iso(-40)}
updates:
  - at: ${iso(-latest.minutesAgo)}
    status: identified
    body: ${latest.body}
  - at: ${iso(-35)}
    status: investigating
    body: We are looking into failed PDF downloads.
---
Clients may see an error when they download their agreement PDF.
`;
}

const MAINTENANCE = `---
kind: maintenance
title: Dashboard database upgrade
components: [dashboard, realtime]
window:
  start: ${iso(24 * 60)}
  end: ${iso(26 * 60)}
---
`;

const CHANNELS = `---
kind: incident
title: Phone support lines unreachable
severity: major_outage
components: [support-channels]
start: ${iso(-15)}
updates:
  - at: ${iso(-12)}
    status: investigating
    body: Calls to the support lines do not connect; email works.
---
`;

const RESOLVED = `---
kind: incident
title: CRM sync delayed
severity: major_outage
components: [crm]
start: ${iso(-3 * 24 * 60)}
resolved: ${iso(-3 * 24 * 60 + 180)}
updates:
  - at: ${iso(-3 * 24 * 60 + 180)}
    status: resolved
    body: Sync has caught up.
  - at: ${iso(-3 * 24 * 60 + 5)}
    status: investigating
    body: CRM sync is delayed.
---
`;

test.describe.configure({mode: 'serial'});
test.skip(process.env.E2E_HOST !== 'nginx', 'needs nginx (tests/e2e.sh)');

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'support-center-status-'));
  site = join(work, 'build');
  fixtures = join(work, 'status');
  nginxPrefix = join(work, 'nginx');
  cpSync(join(ROOT, 'build'), site, {recursive: true});
  const port = execFileSync('bash', [join(ROOT, 'tests/serve-nginx.sh'), site, nginxPrefix], {encoding: 'utf8'}).trim();
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  try {
    process.kill(Number(readFileSync(join(nginxPrefix, 'nginx.pid'), 'utf8')));
  } catch {
    // not started
  }
  rmSync(work, {recursive: true, force: true});
});

/** Opens `path` on the copy and waits for hydration and for the status fetch to settle. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await hydrated(page);
}

const banner = (page: Page) => page.getByRole('status', {name: 'Service status'});

test('npm run status on an existing build changes what a reloaded page shows', async ({page}) => {
  await open(page, '/status');
  await expect(page.locator('#status-view[data-source="live"]')).toContainText('All Systems Operational');
  await expect(banner(page)).toBeEmpty();

  const out = postFixtures();
  expect(out).toMatch(
    /wrote status\.json, status\.schema\.json, status\.atom, status\/index\.html \(and \.gz\) .* in \d+ ms/,
  );
  test.info().annotations.push({type: 'npm run status', description: out.trim()});

  await page.reload();
  await hydrated(page);
  const view = page.locator('#status-view[data-source="live"]');
  await expect(view).toContainText('Major Service Outage');
  await expect(view.locator('#pdf-outage')).toContainText('PDF downloads fail for some clients');
  await expect(view.locator('#pdf-outage')).toContainText('Next update due');
  await expect(view.locator('#pdf-outage')).not.toContainText('overdue');
  // The reader's zone (America/Los_Angeles in playwright.config.ts) besides the support zone, after mount.
  await expect(view.locator('#pdf-outage')).toContainText('your time');
  await expect(view.locator('tr[data-component="pdf"]')).toContainText('Partial outage');
  await expect(view.locator('#db-upgrade')).toContainText('Dashboard database upgrade');
  await expect(view.locator('#crm-sync')).toContainText('CRM sync delayed');
  await expect(view.locator('tr[data-component="crm"]')).toContainText('99.861% below goal');
});

test('/status works without JavaScript: the view npm run status wrote', async ({browser}) => {
  postFixtures();
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(`${origin}/status`);
  const view = page.locator('#status-view');
  await expect(view).toContainText('Major Service Outage');
  await expect(view.locator('#pdf-outage')).toContainText('Next update due');
  await expect(view.locator('#pdf-outage')).toContainText('A storage node is down');
  await expect(view.locator('#db-upgrade')).toContainText('Planned maintenance');
  await expect(view.locator('tr[data-component="crm"]')).toContainText('%');
  await context.close();
});

test('the banner shows the incident on every page without layout shift, is dismissed, and comes back on a new update', async ({
  page,
}) => {
  postFixtures();
  // Layout shifts from the frame in which the banner gets its first notice on (other widgets of the page, such as
  // the navbar's search box, may shift while they load under a busy machine; they are not the banner's).
  await page.addInitScript(() => {
    const w = window as unknown as {layoutShift: number; shifted: string[]; bannerAt?: number};
    w.layoutShift = 0;
    w.shifted = [];
    const watch = new MutationObserver(() => {
      const el = document.querySelector('[aria-label="Service status"][role="status"]');
      if (el?.firstElementChild && w.bannerAt === undefined) w.bannerAt = performance.now();
    });
    document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, {childList: true, subtree: true}));
    type Shift = PerformanceEntry & {value: number; hadRecentInput: boolean; sources: Array<{node?: Node}>};
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput || w.bannerAt === undefined || e.startTime < w.bannerAt) continue;
        w.layoutShift += e.value;
        w.shifted.push(...e.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 120) ?? '?'));
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
  await open(page, '/contact');
  const notice = banner(page).locator('[data-notice="pdf-outage"]');
  await expect(notice).toContainText('Partial outage: PDF downloads fail for some clients (since');
  await expect(banner(page)).toHaveAttribute('aria-live', 'polite');
  await expect(notice.getByRole('link', {name: 'Status and updates'})).toHaveAttribute('href', '/status#pdf-outage');
  // The maintenance starts within 48 hours: announced too.
  await expect(banner(page).locator('[data-notice="db-upgrade"]')).toContainText('Planned maintenance');
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => {
    const w = window as unknown as {layoutShift: number; shifted: string[]; bannerAt?: number};
    return {layoutShift: w.layoutShift, shifted: w.shifted, seen: w.bannerAt !== undefined};
  });
  expect(shift.seen, 'the banner was seen appearing').toBe(true);
  expect(shift.layoutShift, `layout shift of ${shift.shifted.join(', ')}`).toBe(0);

  await notice.getByRole('button', {name: /Dismiss/}).click();
  await expect(notice).toHaveCount(0);
  await open(page, '/faq');
  await expect(banner(page).locator('[data-notice="db-upgrade"]')).toBeVisible();
  await expect(banner(page).locator('[data-notice="pdf-outage"]')).toHaveCount(0);

  writeFixtures({
    'pdf-outage.md': pdfIncident({body: 'Most downloads work again; we are monitoring.', minutesAgo: 1}),
    'db-upgrade.md': MAINTENANCE,
  });
  postStatus();
  await page.reload();
  await hydrated(page);
  await expect(banner(page).locator('[data-notice="pdf-outage"]')).toBeVisible();
});

test('status.json validates against its schema; the status files are revalidated and readable cross-origin', async ({
  request,
}) => {
  postFixtures();
  const json = await request.get(`${origin}/status.json`);
  const schema = await request.get(`${origin}/status.schema.json`);
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  const validate = ajv.compile(await schema.json());
  const doc = await json.json();
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  expect(doc.incidents.map((i: {id: string}) => i.id).sort()).toEqual(['pdf-outage', 'phone-lines']);

  for (const [path, type] of [
    ['/status.json', 'application/json'],
    ['/status.schema.json', 'application/json'],
    ['/status.atom', 'application/atom+xml'],
  ] as const) {
    const r = await request.get(`${origin}${path}`, {headers: {'accept-encoding': 'gzip'}});
    const h = r.headers();
    expect(h['cache-control'], path).toBe('no-cache');
    expect(h['content-type'], path).toBe(`${type}; charset=utf-8`);
    expect(h['access-control-allow-origin'], path).toBe('*');
    expect(h.etag, path).toBeTruthy();
    const again = await request.get(`${origin}${path}`, {
      headers: {'accept-encoding': 'gzip', 'if-none-match': h.etag!},
    });
    expect(again.status(), `${path} revalidates with its ETag`).toBe(304);
  }
  const atom = await (await request.get(`${origin}/status.atom`)).text();
  const $ = cheerio.load(atom, {xml: true});
  expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
  expect($('entry > title').first().text()).toBe('Partial outage: PDF downloads fail for some clients (identified)');
});

test('every page advertises the feed', async ({page}) => {
  postFixtures();
  await open(page, '/clients/troubleshooting');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/status.atom',
  );
});

test('when status.json cannot be read, the page keeps the built state with a quiet note', async ({
  page,
  consoleWatch,
}) => {
  postFixtures();
  consoleWatch.allow(/Failed to load resource/);
  await page.route('**/status.json', (route) => route.fulfill({status: 200, body: '{"version": 99}'}));
  await open(page, '/status');
  await expect(page.locator('#status-view[data-source="baked"]')).toBeAttached();
  await expect(page.getByText('The current status could not be read')).toBeVisible();
});

test('the troubleshooting sections of the affected component show the incident above their steps', async ({page}) => {
  postFixtures();
  await open(page, '/clients/troubleshooting');
  const known = page.locator('[data-section-status="client.pdf-download-failing"]');
  await expect(known).toContainText('Known incident: PDF downloads fail for some clients (partial outage, since');
  await expect(known.getByRole('link', {name: 'see the status and updates'})).toHaveAttribute(
    'href',
    '/status#pdf-outage',
  );
  // Right after the heading, before the steps.
  expect(
    await known.evaluate((el) => el.previousElementSibling?.id ?? el.previousElementSibling?.querySelector('[id]')?.id),
  ).toBe('pdf-download-failing');
  // A section of another component says nothing.
  await expect(page.locator('[data-section-status="client.activation-link-expired"]')).toHaveCount(0);
  await open(page, '/clients/faq');
  await expect(page.locator('[data-section-status="client.faq.how-do-i-download-the-pdf"]')).toContainText(
    'PDF downloads fail for some clients',
  );
});

test('the request builder shows the incident for the chosen topic and puts its reference into the request', async ({
  page,
}) => {
  postFixtures();
  await open(page, '/contact/request?topic=pdf-generation-problems&role=operator');
  const builder = page.locator('#request-builder');
  await expect(builder.locator('[data-section-status="operator.pdf-generation-problems"]')).toContainText(
    'PDF downloads fail for some clients',
  );
  await expect(
    builder.getByText(
      /Known incident: PDF downloads fail for some clients \(pdf-outage\), https:\/\/[^ ]+\/status#pdf-outage/,
    ),
  ).toBeVisible();
});

test('the channel status on /contact and the home page says when the channels themselves are affected', async ({
  page,
}) => {
  postFixtures();
  for (const path of ['/contact', '/']) {
    await open(page, path);
    await expect(page.locator('[data-channel-incident="phone-lines"]').first()).toContainText(
      'Major outage: Phone support lines unreachable.',
    );
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with incidents, the status page, the banner and a section notice pass axe WCAG 2.2 A/AA (${scheme})`, async ({
    page,
  }) => {
    test.slow();
    postFixtures();
    await page.emulateMedia({colorScheme: scheme});
    for (const path of ['/status', '/clients/troubleshooting']) {
      await open(page, path);
      await expect(banner(page).locator('[data-notice="pdf-outage"]')).toBeVisible();
      expect(describeViolations(await axeViolations(page)), path).toEqual([]);
    }
  });
}
