import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {load} from 'cheerio';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {REDIRECTS} from '../../data/redirects';
import {precompressTree} from './precompress';
import {withRedirectBlock} from './nginxRedirects';

/** The 404 page without scripts, which nginx sends for a path with capital letters (see `deploy/nginx.conf`). */
export const PLAIN_404_FILE = '404-plain.html';

/**
 * The build's `404.html` without its scripts: the same page, styled, that
 * cannot start the client router. For a path that differs from a route only
 * in case (`/CONTACT`), the router (which matches paths ignoring case) would
 * draw that route over the 404 page and fail to hydrate (React error #418).
 *
 * @param html - the text of `404.html`.
 * @returns the page without `<script>` elements and script preloads.
 */
export function plainNotFoundPage(html: string): string {
  const $ = load(html);
  $('script, link[rel="preload"][as="script"], link[rel="modulepreload"]').remove();
  return $.html();
}

/**
 * Local Docusaurus plugin for the production host (`deploy/nginx.conf`):
 *
 * - after the build, writes {@link PLAIN_404_FILE};
 * - `docusaurus precompress [outDir]`: a `.gz` beside every large text file
 *   of a build, for nginx's `gzip_static` (see `./precompress.ts`). `npm run
 *   build` runs it after `docusaurus build`: plugins' `postBuild` hooks run
 *   in parallel, so a hook could not see the files other plugins write (the
 *   search index, the published JSON);
 * - `docusaurus nginx-redirects`: rewrites the redirect block of
 *   `deploy/nginx.conf` from `src/data/redirects.ts` (see `./nginxRedirects.ts`).
 */
export default function deployPlugin(context: LoadContext): Plugin {
  return {
    name: 'deploy',
    async postBuild({outDir}) {
      const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
      writeFileSync(join(outDir, PLAIN_404_FILE), plainNotFoundPage(notFound));
    },
    extendCli(cli) {
      cli
        .command('precompress [outDir]')
        .description('Write a .gz copy of every large text file of a build, for gzip_static (default: build/)')
        .action((outDir?: string) => {
          const dir = resolve(context.siteDir, outDir ?? context.outDir);
          const {files, bytes, compressedBytes} = precompressTree(dir);
          console.log(
            `[precompress] ${files} files of ${dir}: ${(bytes / 1024).toFixed(0)} KB, ${(compressedBytes / 1024).toFixed(0)} KB gzipped`,
          );
        });
      cli
        .command('nginx-redirects')
        .description('Rewrite the redirect block of deploy/nginx.conf from src/data/redirects.ts')
        .action(() => {
          const file = join(context.siteDir, 'deploy', 'nginx.conf');
          writeFileSync(file, withRedirectBlock(readFileSync(file, 'utf8'), REDIRECTS));
          console.log(`[nginx-redirects] ${REDIRECTS.length} redirects written to ${file}`);
        });
    },
  };
}
