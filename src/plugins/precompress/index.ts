import {resolve} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {precompressTree} from './precompress';

/**
 * Local Docusaurus plugin that adds the command `docusaurus precompress
 * [outDir]`: writes a `.gz` beside every large text file of a build (see
 * `./precompress.ts`), for nginx's `gzip_static`. `npm run build` runs it
 * after `docusaurus build`: plugins' `postBuild` hooks run in parallel, so a
 * hook could not see the files other plugins write (the search index, the
 * published JSON).
 */
export default function precompressPlugin(context: LoadContext): Plugin {
  return {
    name: 'precompress',
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
    },
  };
}
