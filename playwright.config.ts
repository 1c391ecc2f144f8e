import {defineConfig} from '@playwright/test';
import chromium from './tests/chromium.cjs';

/**
 * Browser tests against the production build, in Debian's Chromium
 * (`/usr/bin/chromium`, or `CHROME_PATH`), never a downloaded browser.
 *
 * The site must be built first (`npm run build`). By default the build is
 * served by `docusaurus serve`; with `BASE_URL` set (for example the nginx
 * host of `.ci/run`), the tests run against that server instead.
 */
const port = Number(process.env.PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.spec.ts',
  // The production-host tests (headers, caching, CSP) need nginx with
  // deploy/nginx.conf: tests/e2e.sh sets E2E_HOST=nginx when it serves the build so.
  testIgnore: process.env.E2E_HOST === 'nginx' ? [] : ['**/nginx.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Per test: 30 s (a typical test takes 1-5 s on an idle 2-core machine); sweeps over every route mark
  // themselves test.slow() (90 s). Web-first assertions wait up to 10 s, twice the default, for a loaded machine.
  timeout: 30_000,
  expect: {timeout: 10_000},
  reporter: [['list']],
  use: {
    baseURL,
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    launchOptions: {
      executablePath: chromium.CHROME_PATH,
      args: [...chromium.CHROMIUM_ARGS],
    },
  },
  projects: [{name: 'chromium', use: {browserName: 'chromium'}}],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: `npx docusaurus serve --no-open --port ${port}`,
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
