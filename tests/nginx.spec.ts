import {createHash} from 'node:crypto';
import {connect} from 'node:net';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {APIRequestContext, APIResponse} from '@playwright/test';
import {test, expect, hydrated} from './fixtures';
import {CONTRACT_ROUTES} from './routes';

/**
 * The production host: the build served by nginx with deploy/nginx.conf.
 * Runs only when tests/e2e.sh serves the build so (E2E_HOST=nginx, see
 * playwright.config.ts); the rest of the suite runs against the same server.
 */

const buildDir = join(__dirname, '..', 'build');

/** Every file under `dir`, as absolute paths. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The directives of a Content-Security-Policy header: name -> source list. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** GETs `path` as a browser would (gzip accepted), without following redirects. */
async function get(request: APIRequestContext, path: string): Promise<APIResponse> {
  return request.get(path, {headers: {'accept-encoding': 'gzip, deflate, br'}, maxRedirects: 0});
}

/** Asserts the security headers of one response. */
function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const d = parseCsp(csp!);
  expect(d.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(d.get('script-src'), `${what}: script-src`).toContain("'self'");
  expect(d.get('script-src'), `${what}: no inline script by default`).not.toContain("'unsafe-inline'");
  expect(d.get('script-src'), `${what}: no eval`).not.toContain("'unsafe-eval'");
  // The search runs in a Web Worker loaded from this origin.
  expect(d.get('worker-src'), `${what}: worker-src`).toEqual(["'self'"]);
  expect(d.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  // Other sites may not frame the help center.
  expect(["'self'", "'none'"], `${what}: frame-ancestors`).toContain(d.get('frame-ancestors')?.join(' '));
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
}

/** A response as it came over the wire: status and every header line, duplicates kept. */
interface RawResponse {
  status: number;
  /** Header names in lower case, one entry per header line. */
  headers: Array<[name: string, value: string]>;
}

/**
 * Sends one raw HTTP/1.1 request (no URL normalization: `/%2e%2e/` stays as
 * written, any method) and reads the status and header lines.
 */
function rawRequest(baseURL: string, requestLine: string, extraHeaders: string[] = []): Promise<RawResponse> {
  const {hostname, port} = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        [requestLine, `Host: ${hostname}:${port}`, 'Connection: close', ...extraHeaders, '', ''].join('\r\n'),
      );
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const head = data.split('\r\n\r\n')[0] ?? '';
      const [status, ...lines] = head.split('\r\n');
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(status ?? '')?.[1]),
        headers: lines.map((l) => {
          const i = l.indexOf(':');
          return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()] as [string, string];
        }),
      });
    });
  });
}

/** The security headers every response must carry, exactly once. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
];

test.describe('nginx: every response is secured once', () => {
  test('errors nginx answers itself (400, 404, 405, 414) and range requests carry each security header exactly once', async ({
    baseURL,
    request,
  }) => {
    const html = await (await get(request, '/priorities')).text();
    const asset = /(?:src|href)="?(\/assets\/js\/[^"\s>]+\.js)/.exec(html)?.[1];
    expect(asset, 'a script asset of the page').toBeTruthy();
    const cases: Array<[what: string, requestLine: string, status: number, headers?: string[]]> = [
      ['a page', 'GET /contact HTTP/1.1', 200],
      ['a path that climbs out of the root', 'GET /%2e%2e/etc/passwd HTTP/1.1', 400],
      ['an unknown page', 'GET /no-such-page HTTP/1.1', 404],
      ['TRACE', 'TRACE / HTTP/1.1', 405],
      ['a URL longer than the header buffers', `GET /${'a'.repeat(12_000)} HTTP/1.1`, 414],
      // Byte ranges are off (max_ranges 0): a range past the end, which nginx answered with a 416 that carried
      // every header twice, gets the whole file.
      ['a range past the end of a file', `GET ${asset} HTTP/1.1`, 200, ['Range: bytes=99999999-']],
      ['a range inside a file', `GET ${asset} HTTP/1.1`, 200, ['Range: bytes=0-99']],
    ];
    for (const [what, requestLine, status, headers] of cases) {
      const response = await rawRequest(baseURL!, requestLine, headers);
      expect(response.status, what).toBe(status);
      for (const name of [...SECURITY_HEADERS, 'cache-control']) {
        const values = response.headers.filter(([n]) => n === name).map(([, v]) => v);
        expect(values, `${what} (${status}): ${name}`).toHaveLength(1);
        expect(values[0], `${what} (${status}): ${name} has a value`).not.toBe('');
      }
      const csp = response.headers.find(([n]) => n === 'content-security-policy')?.[1] ?? '';
      expect(parseCsp(csp).get('default-src'), `${what}: the full policy`).toEqual(["'self'"]);
    }
  });

  test('/404 and /404.html answer 404, as any unknown page does', async ({request}) => {
    for (const path of ['/404', '/404/', '/404.html']) {
      const response = await get(request, path);
      expect(response.status(), path).toBe(404);
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).toContain('Page not found');
    }
  });

  test('serves large text files precompressed by the build (gzip_static), not compressed on every request', async ({
    request,
  }) => {
    const candidates = files(buildDir).filter((f) => /\.(html|js|css|json|svg|xml|txt)$/.test(f));
    const precompressed = candidates.filter((f) => statSync(f).size >= 1024);
    expect(precompressed.length, 'large text files in build/').toBeGreaterThan(20);
    const missing = precompressed.filter((f) => !files(dirname(f)).includes(`${f}.gz`));
    expect(
      missing.map((f) => relative(buildDir, f)),
      'files without a .gz beside them',
    ).toEqual([]);
    const index = precompressed.find((f) => /search-index.*\.json$/.test(f))!;
    for (const file of [index, join(buildDir, 'contact', 'index.html')]) {
      const path = `/${relative(buildDir, file)}`.replace(/index\.html$/, '');
      const response = await get(request, path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      // A precompressed file is sent as it is on disk, with its length; on-the-fly gzip is chunked, with none.
      expect(Number(response.headers()['content-length']), `${path} is the .gz file`).toBe(statSync(`${file}.gz`).size);
    }
  });
});

test.describe('nginx: odd addresses', () => {
  test('an old route redirects with its query string and hash, also without JavaScript', async ({browser, request}) => {
    const response = await get(request, '/contact-support?role=operator');
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toMatch(/\/contact\?role=operator$/);
    expectSecurityHeaders(response, '/contact-support');
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto('/sla/?role=operator#availability-commitments');
    await expect(page).toHaveURL(/\/service-levels\?role=operator#availability-commitments$/);
    await expect(page.locator('#availability-commitments')).toBeInViewport();
    await context.close();
  });

  test('a path in the wrong case answers a clean 404 that does not turn into another page', async ({
    page,
    request,
    consoleWatch,
  }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    const response = await get(request, '/CONTACT');
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response, '/CONTACT');
    const html = await response.text();
    expect(html).toContain('Page not found');
    expect(html).not.toMatch(/<script/);
    const navigation = await page.goto('/Clients/Troubleshooting');
    expect(navigation?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main').getByRole('link', {name: 'Contact Support'})).toBeVisible();
    // consoleWatch fails the test on a hydration error (React #418), as the wrong-case path gave before.
  });
});

test.describe('nginx: pages', () => {
  const paths = [
    ...CONTRACT_ROUTES.map((r) => r.path),
    ...CONTRACT_ROUTES.filter((r) => r.path !== '/').map((r) => `${r.path}/`),
    '/search?q=pdf',
    '/priorities?priority=high',
  ];
  test('every route, with and without a trailing slash, answers 200 gzipped with security headers and no-cache', async ({
    request,
  }) => {
    // A sweep of every route: about 5-15 s on an idle machine; the budget (3x the default) holds at a third of that speed.
    test.slow();
    for (const path of paths) {
      const response = await get(request, path);
      expect(response.status(), `${path} status`).toBe(200);
      const headers = response.headers();
      expect(headers['content-type'], `${path} content type`).toMatch(/^text\/html/);
      expect(headers['content-encoding'], `${path} gzip`).toBe('gzip');
      expect(headers['cache-control'], `${path} Cache-Control`).toBe('no-cache');
      expect(headers['etag'], `${path} ETag for revalidation`).toBeTruthy();
      expectSecurityHeaders(response, path);
    }
  });

  test('a route with a trailing slash renders and hydrates the same page as without', async ({page, gotoHydrated}) => {
    // A sweep of every route: about 5-15 s on an idle machine; the budget (3x the default) holds at a third of that speed.
    test.slow();
    for (const {path, h1} of CONTRACT_ROUTES.filter((r) => r.path !== '/' && r.path !== '/search')) {
      await gotoHydrated(`${path}/`);
      await expect(page.locator('h1').first()).toHaveText(h1);
    }
  });

  test('an unknown route answers 404 with the site’s own 404 page and the same headers', async ({
    page,
    request,
    consoleWatch,
  }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    const response = await get(request, '/no-such-page');
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response, '/no-such-page');
    // The body is the site's own build/404.html.
    const notFound = readFileSync(join(buildDir, '404.html'), 'utf8');
    const title = /<h1[^>]*>([^<]+)</.exec(notFound)?.[1]?.trim();
    expect(title, 'the h1 of build/404.html').toBeTruthy();
    expect(await response.text()).toBe(notFound);

    const navigation = await page.goto('/operators/no-such-guide');
    expect(navigation?.status()).toBe(404);
    await hydrated(page);
    await expect(page.locator('h1').first()).toHaveText(title!);
    // The tab and the history say what happened, not only the site's name.
    await expect(page).toHaveTitle(/^Page not found \| /);
    expect(notFound).toMatch(/<title[^>]*>Page not found \| /);
  });
});

test.describe('nginx: caching', () => {
  test('hashed assets are gzipped and cached for a year as immutable', async ({request}) => {
    const html = await (await get(request, '/priorities')).text();
    const assets = [...html.matchAll(/(?:src|href)="?(\/assets\/[^"\s>]+)/g)].map((m) => m[1]!);
    expect(
      assets.some((a) => a.endsWith('.js')),
      'the page loads scripts from /assets/',
    ).toBe(true);
    expect(
      assets.some((a) => a.endsWith('.css')),
      'the page loads a stylesheet from /assets/',
    ).toBe(true);
    // Every file under build/assets/ has a content hash in its name, so caching it forever is safe.
    // The .gz copies beside them are served by gzip_static under the original name.
    const built = files(join(buildDir, 'assets'))
      .filter((f) => !f.endsWith('.gz'))
      .map((f) => `/${relative(buildDir, f)}`);
    for (const asset of built) expect(asset, 'hashed name').toMatch(/[.-][0-9a-f]{8,}\.[a-z0-9]+$/);
    for (const asset of [...new Set([...assets, ...built.filter((a) => /\.(js|css)$/.test(a))])]) {
      const response = await get(request, asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()['cache-control'], `${asset} Cache-Control`).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(response, asset);
      if (/\.(js|css)$/.test(asset) && Number(response.headers()['content-length'] ?? 1000) >= 256) {
        expect(response.headers()['content-encoding'], `${asset} gzip`).toBe('gzip');
      }
    }
  });

  test('a missing asset is a 404 that is not cached as immutable', async ({request}) => {
    const response = await get(request, '/assets/js/missing.0123abcd.js');
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toBe('no-cache');
  });

  test('the search index is gzipped and, its name carrying a content hash, cached like /assets/', async ({request}) => {
    const indexes = files(buildDir)
      .map((f) => `/${relative(buildDir, f)}`)
      .filter((f) => /^\/search-index.*\.json$/.test(f));
    expect(indexes.length, 'search index files in build/').toBeGreaterThan(0);
    for (const index of indexes) {
      expect(index, 'the index name carries a hash (hashed: filename)').toMatch(/-[0-9a-f]{8}\.json$/);
      const response = await get(request, index);
      expect(response.status(), index).toBe(200);
      expect(response.headers()['content-type'], index).toMatch(/^application\/json/);
      expect(response.headers()['content-encoding'], `${index} gzip`).toBe('gzip');
      expect(response.headers()['cache-control'], `${index} Cache-Control`).toBe('public, max-age=31536000, immutable');
    }
  });

  test('an index file without a hash in its name is revalidated on every use (no-cache)', async ({request}) => {
    const response = await get(request, '/search-index.json');
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toBe('no-cache');
  });
});

test.describe('nginx: published JSON for the dashboard', () => {
  const published = ['/support.json', '/support.schema.json', '/deep-links.json', '/deep-links.schema.json'];

  test('the support data and link registry can be read from another origin (Access-Control-Allow-Origin: *)', async ({
    request,
  }) => {
    for (const path of published) {
      const response = await get(request, path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
      expect(response.headers()['access-control-allow-origin'], path).toBe('*');
      expectSecurityHeaders(response, path);
    }
    // Pages, assets and the search index are for this site only.
    for (const path of ['/linking', '/', '/no-such-page']) {
      expect((await get(request, path)).headers()['access-control-allow-origin'], path).toBeUndefined();
    }
  });

  test('the support calendar is served as text/calendar, gzipped, revalidated, readable from another origin', async ({
    request,
  }) => {
    const response = await get(request, '/support-calendar.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expectSecurityHeaders(response, '/support-calendar.ics');
    expect((await response.text()).startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Only that file: a similar name is a 404 page, not a calendar.
    const other = await get(request, '/support-calendar.ics.bak');
    expect(other.status()).toBe(404);
    expect(other.headers()['access-control-allow-origin']).toBeUndefined();
  });

  test('a dashboard page on another origin fetches deep-links.json as the linking page shows', async ({
    page,
    request,
  }) => {
    const base = new URL((await get(request, '/')).url());
    // The dashboard: a page of another origin (localhost against 127.0.0.1), answered by Playwright,
    // so no request for it reaches nginx.
    const dashboard = new URL(base.href);
    dashboard.hostname = base.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    dashboard.pathname = '/dashboard-of-another-origin';
    await page.route(dashboard.href, (route) =>
      route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Dashboard</title>'}),
    );
    // Chromium asks before a page reads from the loopback interface (Local Network Access): grant it.
    await page.context().grantPermissions(['local-network-access'], {origin: dashboard.origin});
    await page.goto(dashboard.href);
    const result = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const {version, links} = (await response.json()) as {version: number; links: Array<{id: string; url: string}>};
      return {version, found: links.find((l) => l.id === 'client.pdf-download-failing')?.id};
    }, `${base.origin}/deep-links.json`);
    expect(result).toEqual({version: 1, found: 'client.pdf-download-failing'});
  });
});

test.describe('nginx: Content-Security-Policy', () => {
  test('allows, by hash, every inline script of the built pages, and nothing else inline', async ({request}) => {
    const csp = parseCsp((await get(request, '/')).headers()['content-security-policy']!);
    const allowed = csp.get('script-src') ?? [];
    const missing = new Set<string>();
    for (const file of files(buildDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attrs, body] = m;
        if (/\bsrc=/.test(attrs!) || /type="?application\/(ld\+)?json/.test(attrs!)) continue;
        const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
        if (!allowed.includes(hash)) missing.add(`${hash} (${relative(buildDir, file)})`);
      }
    }
    expect([...missing], 'inline scripts not allowed by script-src in deploy/nginx.conf: add these hashes').toEqual([]);
  });

  test('no page reports a CSP violation while it is used: every route, the search and the picker', async ({
    page,
    gotoHydrated,
    consoleWatch,
  }) => {
    // A sweep of every route: about 5-15 s on an idle machine; the budget (3x the default) holds at a third of that speed.
    test.slow();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as {cspViolations: string[]}).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations = async (): Promise<string[]> =>
      page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);

    for (const {path} of CONTRACT_ROUTES) {
      await gotoHydrated(path);
      expect(await violations(), path).toEqual([]);
    }

    // The search: its Web Worker loads and fetches the index.
    await gotoHydrated('/clients/troubleshooting');
    const box = page.locator('.navbar').getByLabel('Search', {exact: true});
    await box.click();
    await box.pressSequentially('pdf', {delay: 30});
    await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible({timeout: 15_000});
    expect(await violations(), 'search').toEqual([]);

    // The picker computes due times after mount.
    await gotoHydrated('/priorities?priority=critical');
    await expect(page.getByTestId('response-due')).toBeVisible();
    await page.locator('#priority-picker').getByRole('radio', {name: /^Low/}).check();
    await expect(page).toHaveURL(/priority=low/);
    expect(await violations(), 'picker').toEqual([]);

    // Chromium also logs each violation as a console error, which consoleWatch would report.
    expect(consoleWatch.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
