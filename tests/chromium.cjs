// @ts-check
/**
 * Debian's Chromium as the browser tests (playwright.config.ts) and the
 * benchmark (bench/lib/browser.mjs) launch it: never a downloaded browser.
 * CommonJS, so that both the TypeScript config and the ES module can load it.
 */

/** Path of the Chromium binary: `CHROME_PATH`, default Debian's `/usr/bin/chromium`. */
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Command-line switches for a headless run in a container or CI machine: no
 * sandbox (CI runs as root), no GPU, no /dev/shm (small in containers), and
 * no background traffic (QUIC, component updates, sync) that would add
 * requests to the measurements. The headless mode itself is the launcher's
 * business (Playwright sets it; chrome-launcher needs `--headless=new`).
 * @type {readonly string[]}
 */
const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

module.exports = {CHROME_PATH, CHROMIUM_ARGS};
