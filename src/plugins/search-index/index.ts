import {readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import searchLocal, {validateOptions} from '@easyops-cn/docusaurus-search-local/dist/server/server/index.js';
import {headingsFileName, headingsIndex} from './headings';

export {validateOptions};

/**
 * `@easyops-cn/docusaurus-search-local`, as it is, plus a headings tier of
 * its index: after the plugin has written `search-index-<hash>.json`, this
 * writes `search-index-headings-<hash>.json` beside it, the same index without
 * the section texts (see `headings.ts`). The plugin's own worker loads it as
 * the search context `headings`; the site's search loads it first, so the
 * first suggestions do not wait for the whole index (`src/components/SiteSearch/loader.ts`).
 * Options are the plugin's own.
 *
 * @throws {Error} after the build when the plugin wrote no hashed index, or one of a shape this site does not know.
 */
export default function searchWithHeadingsTier(context: LoadContext, options: PluginOptions): Plugin {
  const plugin = searchLocal(context, options);
  return {
    ...plugin,
    async postBuild(props) {
      await plugin.postBuild?.(props);
      const files = (await readdir(props.outDir)).filter((f) => headingsFileName(f) !== null);
      if (files.length === 0)
        throw new Error(
          `search-index: no search-index-<hash>.json in ${props.outDir} (set the search plugin's hashed: 'filename')`,
        );
      for (const file of files) {
        const index: unknown = JSON.parse(await readFile(join(props.outDir, file), 'utf8'));
        await writeFile(join(props.outDir, headingsFileName(file)!), JSON.stringify(headingsIndex(index)));
      }
    },
  };
}
