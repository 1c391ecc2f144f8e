/**
 * The build-time check of the deep-link contract: every registry entry's route
 * must exist in the built site, and its element id must exist there once,
 * outside any `<details>` block or tab panel (a hash link cannot scroll to a
 * hidden element).
 *
 * The HTML is parsed with cheerio (parse5, the HTML standard's parsing
 * algorithm, so minified HTML with omitted end tags parses as a browser would),
 * never matched with regular expressions. Pure except {@link builtPageLoader}, which reads the build
 * folder.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {deepLinkPath, type DeepLink} from '../../data/deepLinks';

/** One broken registry entry. */
export interface DeepLinkProblem {
  /** The entry's id. */
  id: string;
  /** Plain-text explanation naming the entry, its target and what is wrong. */
  message: string;
}

/**
 * Returns the HTML of a built route, or `undefined` when the route has no
 * page. `route` has no base URL (e.g. `/clients/troubleshooting`).
 */
export type PageLoader = (route: string) => {file: string; html: string} | undefined;

/**
 * Checks every entry against the built pages.
 *
 * @param links - the registry.
 * @param loadPage - the built HTML per route (see {@link builtPageLoader}).
 * @returns one problem per broken entry, in registry order; empty when all
 *   targets are reachable. Never throws for a missing page or id.
 */
export function checkDeepLinkTargets(links: readonly DeepLink[], loadPage: PageLoader): DeepLinkProblem[] {
  const pages = new Map<string, {file: string; $: CheerioAPI} | undefined>();
  const problems: DeepLinkProblem[] = [];
  for (const link of links) {
    if (!pages.has(link.route)) {
      const loaded = loadPage(link.route);
      pages.set(link.route, loaded && {file: loaded.file, $: load(loaded.html)});
    }
    const page = pages.get(link.route);
    const name = `deep link "${link.id}" (${deepLinkPath(link)})`;
    if (!page) {
      problems.push({id: link.id, message: `${name}: route ${link.route} has no page in the build`});
      continue;
    }
    if (!link.anchor) continue;
    // The anchor is a validated slug (see deepLinkSchema), safe inside the attribute selector.
    const matches = page.$(`[id="${link.anchor}"]`);
    if (matches.length === 0) {
      problems.push({id: link.id, message: `${name}: no element with id "${link.anchor}" in ${page.file}`});
      continue;
    }
    if (matches.length > 1) {
      problems.push({
        id: link.id,
        message: `${name}: ${matches.length} elements have id "${link.anchor}" in ${page.file}; a hash link needs exactly one`,
      });
      continue;
    }
    const hidden =
      matches.parents('details').length > 0
        ? 'a <details> block'
        : matches.parents('[role="tabpanel"]').length > 0
          ? 'a tab panel (<TabItem>)'
          : null;
    if (hidden) {
      problems.push({
        id: link.id,
        message: `${name}: element "${link.anchor}" sits inside ${hidden} in ${page.file}; hash links cannot reach it, move it out`,
      });
    }
  }
  return problems;
}

/**
 * A {@link PageLoader} over a Docusaurus build folder: route `/a/b` is
 * `a/b/index.html` (or `a/b.html` with `trailingSlash: false`), route `/` is
 * `index.html`.
 *
 * @param outDir - the build folder (`build/`), whose root is the base URL.
 */
export function builtPageLoader(outDir: string): PageLoader {
  return (route) => {
    const relative = route.replace(/^\/+|\/+$/g, '');
    const candidates = relative === '' ? ['index.html'] : [join(relative, 'index.html'), `${relative}.html`];
    for (const file of candidates) {
      const full = join(outDir, file);
      if (existsSync(full)) return {file, html: readFileSync(full, 'utf8')};
    }
    return undefined;
  };
}

/**
 * Thrown by the build when registry targets are missing; `message` lists one
 * problem per line, each naming the entry.
 */
export class DeepLinkTargetError extends Error {
  override name = 'DeepLinkTargetError';
}

/**
 * Throws when there are problems.
 *
 * @throws {DeepLinkTargetError} with every problem's message, one per line.
 */
export function assertNoProblems(problems: readonly DeepLinkProblem[]): void {
  if (problems.length === 0) return;
  throw new DeepLinkTargetError(
    `Deep-link targets missing from the build (src/data/deepLinks.ts):\n${problems.map((p) => `- ${p.message}`).join('\n')}\n` +
      'Restore the heading id (## Title {/* #id */}) or route, or update the registry and keep a redirect from the old route.',
  );
}
