import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * Build tests: they need the production build (`npm run build` first), and
 * some run a real `docusaurus build` on a temporary copy of the site (minutes
 * of CPU, not milliseconds), so they run once, in their own `npm run
 * test:build` step, not under the two `TZ` values of the unit tests.
 *
 * `@generated` is the build's generated modules (`.docusaurus/`), as in the
 * site's bundle; Comlink is stubbed, so the search plugin's worker class runs
 * in Node without a worker.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@generated': fileURLToPath(new URL('./.docusaurus', import.meta.url)),
      comlink: fileURLToPath(new URL('./tests/build/stubs/comlink.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
