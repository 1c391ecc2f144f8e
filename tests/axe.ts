import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import type {AxeResults, Result} from 'axe-core';

/**
 * axe-core for the browser tests (tests/a11y.spec.ts, tests/feedback.spec.ts, tests/status.spec.ts): WCAG 2.2 A/AA rules on the
 * whole document, and readable failure lines.
 */

/** The axe-core rule tags of WCAG 2.2 levels A and AA (2.2 adds AA rules only). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's browser bundle. It is evaluated through the DevTools protocol
 * (`page.evaluate`), not added as a `<script>`, so that it runs under the
 * production Content-Security-Policy of the nginx host as well.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the whole document and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<AxeResults>}}).axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** One line per failing node, readable in a test failure. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}
