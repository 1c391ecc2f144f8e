import {defineConfig} from 'vitest/config';

/**
 * Unit tests: pure modules (src/sla, src/data, src/facts) in Node,
 * components in happy-dom. Browser tests against the production build live
 * in tests/ and run with Playwright (playwright.config.ts), not here.
 *
 * Two projects: `all` is every unit test, run once (under `TZ=UTC`); `zoned`
 * is the tests of code that turns instants into wall-clock times (the
 * calendar domain, channel status, the picker's and the request builder's
 * dates, the support calendar's holidays and feed), run again under `TZ=Pacific/Auckland` so the machine's own zone
 * cannot leak into a result (`npm run test:unit` runs both).
 */
const ZONED = [
  'src/sla/**/__tests__/**/*.test.{ts,tsx}',
  'src/facts/__tests__/channelStatus.test.ts',
  'src/components/PriorityPicker/__tests__/**/*.test.{ts,tsx}',
  'src/components/RequestBuilder/__tests__/**/*.test.{ts,tsx}',
  'src/plugins/support-data/__tests__/linkingExamples.test.ts',
  // Holiday dates from the library, the listing's dates in words and the .ics instants (issue 12).
  'src/facts/__tests__/supportCalendar.test.ts',
  'src/plugins/support-calendar/__tests__/**/*.test.{ts,tsx}',
  // Service status: instants in the support zone and the reader's, availability windows (issue 13).
  'src/facts/__tests__/status.test.ts',
  'src/components/StatusPage/__tests__/**/*.test.{ts,tsx}',
  'src/plugins/status/__tests__/**/*.test.{ts,tsx}',
];

export default defineConfig({
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    environment: 'node',
    projects: [
      {extends: true, test: {name: 'all', include: ['src/**/__tests__/**/*.test.{ts,tsx}']}},
      {extends: true, test: {name: 'zoned', include: ZONED}},
    ],
  },
});
