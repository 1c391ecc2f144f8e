import {defineConfig} from 'vitest/config';

/**
 * Unit tests: pure modules (src/sla, src/data) in Node, components in happy-dom.
 * Browser tests against the production build live in tests/ and run with
 * Playwright (playwright.config.ts), not here.
 */
export default defineConfig({
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
