/**
 * The redirects of `src/data/redirects.ts` as an nginx `map`, for the block
 * of `deploy/nginx.conf` between its `BEGIN redirects` and `END redirects`
 * lines: nginx answers an old route with a 301 to the new one, keeping the
 * query string (browsers keep the `#hash` across a redirect), so the
 * redirects work for readers without JavaScript too. The client-side
 * redirect pages (`@docusaurus/plugin-client-redirects`) stay for other
 * hosts. `docusaurus nginx-redirects` rewrites the block; a unit test fails
 * when it is out of date.
 *
 * @module
 */
import type {Redirect} from '../../data/redirects';

/** The first line of the generated block. */
export const BEGIN =
  '# BEGIN redirects: generated from src/data/redirects.ts by `npx docusaurus nginx-redirects`; do not edit.';
/** The last line of the generated block. */
export const END = '# END redirects';

/**
 * The block: a map from each old route (with and without a trailing slash)
 * to its new route.
 *
 * @param redirects - the site's redirects.
 * @returns the lines from {@link BEGIN} to {@link END}, joined with `\n`.
 */
export function nginxRedirectBlock(redirects: readonly Redirect[]): string {
  const entries = redirects.flatMap(({from, to}) => [`    ${from} ${to};`, `    ${from}/ ${to};`]);
  return [BEGIN, 'map $uri $support_center_redirect {', '    default "";', ...entries, '}', END].join('\n');
}

/**
 * The nginx config with its redirect block replaced by {@link nginxRedirectBlock}.
 *
 * @param conf - the text of `deploy/nginx.conf`.
 * @param redirects - the site's redirects.
 * @throws {Error} when the config has no `BEGIN redirects` … `END redirects` block.
 */
export function withRedirectBlock(conf: string, redirects: readonly Redirect[]): string {
  const start = conf.indexOf(BEGIN);
  const end = conf.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`deploy/nginx.conf has no block from "${BEGIN}" to "${END}"`);
  }
  return `${conf.slice(0, start)}${nginxRedirectBlock(redirects)}${conf.slice(end + END.length)}`;
}
