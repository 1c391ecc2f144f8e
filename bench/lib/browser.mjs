// @ts-check
/**
 * Browser measurements in Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium; never a downloaded browser): first-load bytes through
 * the DevTools protocol, Lighthouse 12.8.2 scores, and the search's time to
 * first result under a 4x CPU slowdown.
 */
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {createServer} from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import chromium from '../../tests/chromium.cjs';

const require = createRequire(import.meta.url);

export const CHROME_PATH = chromium.CHROME_PATH;

// chrome-launcher starts Chromium with a window unless told otherwise.
const CHROME_FLAGS = ['--headless=new', ...chromium.CHROMIUM_ARGS];

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Waits until a server answers its home page with a 2xx status, polling every
 * 100 ms, at most `attempts` times; returns quietly after the last attempt (the
 * first measurement then fails with the server's own error).
 * @param {string} url  origin such as `http://127.0.0.1:8080`
 * @param {number} attempts
 */
export async function waitForServer(url, attempts) {
  for (let i = 0; i < attempts; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Serves a build folder with `serve` (npm; gzip via the `compression`
 * middleware), the same compressing static server for both sites.
 * @param {string} buildDir
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function serveBuild(buildDir) {
  const port = await freePort();
  const bin = join(dirname(require.resolve('serve/package.json')), 'build/main.js');
  const child = spawn(
    process.execPath,
    [bin, buildDir, '-l', `tcp://127.0.0.1:${port}`, '-L', '-n', '--no-port-switching'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, 100);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * Launches Chromium with a DevTools port (for Lighthouse and puppeteer-core).
 * @returns {Promise<{port: number, browser: import('puppeteer-core').Browser, close: () => Promise<void>}>}
 */
export async function launchChrome() {
  const chrome = await chromeLauncher.launch({chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null});
  return {
    port: chrome.port,
    browser,
    close: async () => {
      await browser.disconnect();
      chrome.kill();
    },
  };
}

/**
 * What a first visit loads, as the browser loads it (cache disabled,
 * compressed by the server): per resource type the number of requests, the
 * decoded bytes ("raw") and the bytes on the wire ("gzip", headers included,
 * as DevTools' "transferred"). Counted from navigation until the page has
 * hydrated and the network has been quiet for 1 s. Prefetches of other pages'
 * code (`<link rel=prefetch>`, which Docusaurus adds for links in view) are
 * counted apart: they are not needed by this page.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{mobile: boolean}} opts
 */
export async function firstLoad(browser, url, {mobile}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(
    mobile
      ? {width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true}
      : {width: 1350, height: 940},
  );
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  /** @type {Map<string, {url: string, type: string, prefetch: boolean, raw: number, wire: number, done: boolean}>} */
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    const h = Object.fromEntries(Object.entries(e.request.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const prefetch = /prefetch/i.test(h['sec-purpose'] ?? h['purpose'] ?? '') || e.type === 'Prefetch';
    requests.set(e.requestId, {url: e.request.url, type: e.type ?? 'Other', prefetch, raw: 0, wire: 0, done: false});
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    const r = requests.get(e.requestId);
    const h = Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (r && /prefetch/i.test(h['sec-purpose'] ?? h['purpose'] ?? '')) r.prefetch = true;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.raw += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.wire = e.encodedDataLength;
      r.done = true;
    }
  });
  await page.goto(url, {waitUntil: 'load', timeout: 60_000});
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 60_000});
  await page.waitForNetworkIdle({idleTime: 1000, timeout: 60_000});
  await context.close();

  const sum = (/** @type {(r: any) => boolean} */ keep) => {
    const list = [...requests.values()].filter((r) => r.done && !r.url.startsWith('data:') && keep(r));
    return {
      requests: list.length,
      rawBytes: list.reduce((s, r) => s + r.raw, 0),
      gzipBytes: list.reduce((s, r) => s + r.wire, 0),
    };
  };
  return {
    list: [...requests.values()]
      .filter((r) => r.done && !r.url.startsWith('data:'))
      .map((r) => ({
        path: new URL(r.url).pathname,
        type: r.type,
        prefetch: r.prefetch,
        rawBytes: r.raw,
        gzipBytes: r.wire,
      })),
    js: sum((r) => !r.prefetch && r.type === 'Script'),
    css: sum((r) => !r.prefetch && r.type === 'Stylesheet'),
    total: sum((r) => !r.prefetch),
    prefetched: sum((r) => r.prefetch),
  };
}

/**
 * One Lighthouse run (performance, accessibility, best practices, SEO) with
 * the default mobile preset (simulated slow 4G and 4x CPU) or the desktop
 * preset. Scores 0-100; LCP and TBT in milliseconds; CLS unitless.
 *
 * @param {number} port Chromium's DevTools port
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 */
export async function lighthouseRun(port, url, formFactor) {
  const flags = {
    port,
    output: /** @type {'json'} */ ('json'),
    logLevel: /** @type {'error'} */ ('error'),
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const {lhr} = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failed = Object.values(lhr.categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) =>
      c.auditRefs.filter((a) => a.weight > 0 && (lhr.audits[a.id]?.score ?? 1) < 1).map((a) => `${c.id}:${a.id}`),
    );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    failedAudits: failed,
  };
}

/**
 * Time from the last keystroke of a query typed into the navbar search to
 * the first result list for the whole query, under a CPU slowdown (DevTools
 * protocol `Emulation.setCPUThrottlingRate` on the page; Chromium refuses it
 * for Web Workers, so the search worker's own work runs at full speed, which
 * the result records), on a first visit (cache disabled). The person opens
 * `url` and, as soon as the search box is on screen (before the page has
 * hydrated, while the index is not loaded), clicks it and types `query` at
 * `keyDelayMs` per character.
 *
 * Timestamps are taken inside the page (`performance.now()` at each keydown
 * and at each render of the suggestion list), so the DevTools round trip does
 * not count. The suggestion list (autocomplete.js) only ever renders results
 * for the text currently in the box, so the first render after the last
 * keystroke is the first result for the whole query.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{query: string, keyDelayMs: number, rate: number, timeoutMs: number}} opts
 */
export async function searchLatency(browser, url, {query, keyDelayMs, rate, timeoutMs}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 1350, height: 940});
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  /** @type {Promise<string>[]} */
  const workerThrottles = [];
  page.on('workercreated', (worker) => {
    workerThrottles.push(
      worker.client
        .send('Emulation.setCPUThrottlingRate', {rate})
        .then(() => 'throttled')
        .catch((e) => `not throttled (${e.message.replace(/^Protocol error \([^)]*\): /, '')})`),
    );
  });
  await page.evaluateOnNewDocument(() => {
    const w = /** @type {any} */ (window);
    w.__bench = {keys: [], renders: [], hydratedAt: null};
    document.addEventListener('keydown', () => w.__bench.keys.push(performance.now()), true);
    new MutationObserver((mutations) => {
      const root = document.documentElement;
      if (w.__bench.hydratedAt === null && root.dataset.hasHydrated === 'true')
        w.__bench.hydratedAt = performance.now();
      const inList = mutations.some(
        (m) => m.type === 'childList' && m.target instanceof Element && m.target.closest('.navbar [role="listbox"]'),
      );
      if (inList && document.querySelector('.navbar [role="listbox"] [role="option"]'))
        w.__bench.renders.push(performance.now());
    }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-has-hydrated']});
  });

  await page.goto(url, {waitUntil: 'domcontentloaded', timeout: 120_000});
  const box = await page.waitForSelector('.navbar input[aria-label="Search"]', {visible: true, timeout: 120_000});
  if (!box) throw new Error(`no navbar search box on ${url}`);
  await box.click();
  await page.keyboard.type(query, {delay: keyDelayMs});
  const typedAt = Date.now();
  /** @type {() => Promise<{keys: number[], renders: number[], hydratedAt: number | null}>} */
  const state = () => page.evaluate(() => /** @type {any} */ (window).__bench);
  let s = await state();
  const after = () => s.renders.find((t) => t > /** @type {number} */ (s.keys.at(-1)));
  while (after() === undefined && Date.now() - typedAt < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    s = await state();
  }
  const value = await page.$eval(
    '.navbar input[aria-label="Search"]',
    (el) => /** @type {HTMLInputElement} */ (el).value,
  );
  const lastKey = /** @type {number} */ (s.keys.at(-1));
  const first = after();
  const result = {
    firstResultMs: first === undefined ? null : first - lastKey,
    sinceFirstKeyMs: first === undefined ? null : first - s.keys[0],
    typingStartedBeforeHydration: s.hydratedAt === null || s.hydratedAt > s.keys[0],
    typed: query,
    keydowns: s.keys.length,
    boxValue: value,
    keystrokesKept: value === query,
    worker: (await Promise.all(workerThrottles)).join(', ') || 'no worker seen',
  };
  await context.close();
  return result;
}

/** The navbar's search box, on this site and on the reference (the search plugin's). */
export const NAVBAR_BOX = '.navbar input[aria-label="Search"]';

/**
 * The phone the search section emulates: the network of Lighthouse's
 * "slow 4G" preset as DevTools applies it (`Network.emulateNetworkConditions`:
 * 150 ms added to each request, 1.6 Mbit/s down, 750 kbit/s up) and a 4x
 * slower CPU (`Emulation.setCPUThrottlingRate`), on a 390 x 844 touch screen.
 */
export const PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: 1.6e6 / 8,
  uploadBytesPerSecond: 750e3 / 8,
  cpuRate: 4,
  viewport: {width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true},
};

/**
 * The first search on a phone, as a person makes it: a fresh browser context
 * (empty cache), the page loaded and idle (hydrated, network quiet for 1 s),
 * then a tap on the navbar search box and the query typed at `keyDelayMs`
 * per character, under {@link PHONE}'s network and CPU (both applied to the
 * page and, where Chromium allows it, to the search's Web Worker: it refuses
 * the CPU slowdown for workers, and the result says what it refused).
 *
 * Measured inside the page (`performance.now()` at each keydown and each
 * render of the suggestion list with an option), so the DevTools round trip
 * does not count:
 * - `firstSuggestionMs`: from the first keystroke to the first list with a
 *   suggestion (for what was typed by then);
 * - `wholeQueryMs`: from the first keystroke to the list for the whole query
 *   from the whole index (this site marks its list with `data-results-for`
 *   and the tier of the index with `data-index`; for a site without the
 *   marks, the first list rendered after the last keystroke);
 * - `bytes`: what the page downloaded from the tap to the first suggestion
 *   (bytes on the wire, as DevTools' "transferred"), the index files apart;
 * - `keystrokesKept`: whether the box holds every typed character.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{query: string, keyDelayMs: number, timeoutMs: number, marked: boolean, box?: string}} opts `marked`: the
 *   site marks its list with the query it shows (`data-results-for`, this site); otherwise the first list after the last
 *   keystroke counts. `box`: the search box's selector (default: the navbar's)
 */
export async function searchOnPhone(
  browser,
  url,
  {query, keyDelayMs, timeoutMs, marked, box: boxSelector = NAVBAR_BOX},
) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(PHONE.viewport);
  const conditions = {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBytesPerSecond,
    uploadThroughput: PHONE.uploadBytesPerSecond,
  };
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: PHONE.cpuRate});
  /** @type {Map<string, {url: string, wallStart: number, monoStart: number, end: number | null, bytes: number}>} */
  const requests = new Map();
  const track = (/** @type {import('puppeteer-core').CDPSession} */ session) => {
    session.on('Network.requestWillBeSent', (e) => {
      if (!requests.has(e.requestId))
        requests.set(e.requestId, {
          url: e.request.url,
          wallStart: e.wallTime,
          monoStart: e.timestamp,
          end: null,
          bytes: 0,
        });
    });
    session.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) {
        r.end = e.timestamp;
        r.bytes = e.encodedDataLength;
      }
    });
  };
  track(cdp);
  /** @type {Promise<string>[]} */
  const workers = [];
  page.on('workercreated', (worker) => {
    const client = worker.client;
    track(client);
    workers.push(
      Promise.all([
        client
          .send('Network.enable')
          .then(() => client.send('Network.emulateNetworkConditions', conditions))
          .then(() => 'network throttled')
          .catch((e) => `network not throttled (${String(e.message).replace(/^Protocol error \([^)]*\): /, '')})`),
        client
          .send('Emulation.setCPUThrottlingRate', {rate: PHONE.cpuRate})
          .then(() => 'CPU throttled')
          .catch((e) => `CPU not throttled (${String(e.message).replace(/^Protocol error \([^)]*\): /, '')})`),
      ]).then((parts) => parts.join(', ')),
    );
  });
  await page.evaluateOnNewDocument(() => {
    const w = /** @type {any} */ (window);
    w.__bench = {keys: [], renders: [], whole: null};
    document.addEventListener('keydown', () => w.__bench.keys.push(performance.now()), true);
    new MutationObserver(() => {
      // Only the box that was tapped opens a list.
      if (document.querySelector('[role="listbox"] [role="option"]')) {
        const now = performance.now();
        if (w.__bench.renders.at(-1) !== now) w.__bench.renders.push(now);
      }
      const marked = document.querySelector('[data-results-for]');
      if (
        w.__bench.whole === null &&
        marked &&
        marked.getAttribute('data-results-for') === w.__bench.query &&
        marked.getAttribute('data-index') !== 'headings'
      )
        w.__bench.whole = performance.now();
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-results-for', 'data-index'],
    });
  });
  await page.goto(url, {waitUntil: 'load', timeout: 120_000});
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 120_000});
  await page.waitForNetworkIdle({idleTime: 1000, timeout: 120_000});
  const timeOrigin = await page.evaluate((q) => {
    /** @type {any} */ (window).__bench.query = q;
    return performance.timeOrigin;
  }, query);
  const box = await page.waitForSelector(boxSelector, {visible: true, timeout: 30_000});
  if (!box) throw new Error(`no navbar search box on ${url}`);
  const rect = await box.boundingBox();
  if (!rect) throw new Error(`the navbar search box of ${url} is not on screen`);
  const tappedAt = Date.now();
  await page.touchscreen.tap(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.keyboard.type(query, {delay: keyDelayMs});
  const typedAt = Date.now();
  /** @type {() => Promise<{keys: number[], renders: number[], whole: number | null}>} */
  const state = () => page.evaluate(() => /** @type {any} */ (window).__bench);
  let s = await state();
  const afterLastKey = () => s.renders.find((t) => t > /** @type {number} */ (s.keys.at(-1)));
  const whole = () => (marked ? s.whole : (afterLastKey() ?? null));
  while (whole() === null && Date.now() - typedAt < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    s = await state();
  }
  const value = await page.$eval(boxSelector, (el) => /** @type {HTMLInputElement} */ (el).value);
  const firstKey = s.keys[0];
  const first = s.renders.find((t) => t >= firstKey) ?? null;
  // Requests of the search: started after the tap, finished before the first suggestion (epoch milliseconds).
  const firstEpoch = first === null ? Infinity : timeOrigin + first;
  const searchRequests = [...requests.values()].filter((r) => r.end !== null && r.wallStart * 1000 >= tappedAt - 5);
  const before = searchRequests.filter((r) => (r.wallStart + ((r.end ?? Infinity) - r.monoStart)) * 1000 <= firstEpoch);
  const isIndex = (/** @type {{url: string}} */ r) => /\/search-index[^/]*\.json/.test(new URL(r.url).pathname);
  const sum = (/** @type {{bytes: number}[]} */ list) => list.reduce((n, r) => n + r.bytes, 0);
  const result = {
    firstSuggestionMs: first === null ? null : first - firstKey,
    wholeQueryMs: whole() === null ? null : /** @type {number} */ (whole()) - firstKey,
    typingMs: typedAt - tappedAt,
    bytes: {index: sum(before.filter(isIndex)), other: sum(before.filter((r) => !isIndex(r))), total: sum(before)},
    requests: before.map((r) => ({
      path: new URL(r.url).pathname,
      bytes: r.bytes,
      ms: Math.round(((r.end ?? r.monoStart) - r.monoStart) * 1000),
    })),
    typed: query,
    boxValue: value,
    keystrokesKept: value === query,
    worker: (await Promise.all(workers)).join('; ') || 'no worker seen',
  };
  await context.close();
  return result;
}

/**
 * Median of numbers (null when there are none).
 * @param {(number | null)[]} values
 */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
