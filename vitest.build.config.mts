import {defineConfig} from 'vitest/config';

/**
 * Build tests: each runs a real `docusaurus build` on a temporary copy of the
 * site (minutes of CPU, not milliseconds), so they run once, in their own
 * `npm run test:build` step, not under the two `TZ` values of the unit tests.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
