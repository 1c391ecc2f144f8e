import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {StatusEntry} from '../../data/statusComponents';
import {STATUS_FILES, type StatusDocument} from '../../facts/status';
import {folderLabel, readStatusFolder, statusDocument, statusFiles, statusFolder} from './load';

/** The site URL with its base URL, e.g. `https://help.example.com/`. */
export function siteRoot(context: Pick<LoadContext, 'siteConfig'>): string {
  return `${context.siteConfig.url.replace(/\/$/, '')}${context.siteConfig.baseUrl}`;
}

/** What the plugin gives the pages (`usePluginData('status')`): the status document as of the build. */
export interface StatusGlobalData {
  readonly document: StatusDocument;
}

/**
 * Local Docusaurus plugin for the service status (issue 13).
 *
 * - Loads and validates `status/*.md` (or `SUPPORT_CENTER_STATUS_DIR`), failing
 *   the build with `status/<file>.md: <field>: <message>` (see `parseStatusFile`).
 * - Bakes the status document at build time into the site's global data: the
 *   status page renders it without JavaScript, and every page falls back to it
 *   when `/status.json` cannot be read.
 * - Advertises the Atom feed on every page (`<link rel="alternate">`).
 * - After the build, writes `status.json`, `status.schema.json` and
 *   `status.atom` (the same files `npm run status` rewrites).
 *
 * @throws {StatusFileError} when a status file is invalid.
 */
export default function statusPlugin(context: LoadContext): Plugin<StatusEntry[]> {
  const dir = statusFolder(context.siteDir);
  let baked: StatusDocument | undefined;
  return {
    name: 'status',
    getPathsToWatch() {
      return [join(dir, '*.md')];
    },
    async loadContent() {
      return readStatusFolder(dir, folderLabel(context.siteDir, dir));
    },
    async contentLoaded({content, actions}) {
      baked = statusDocument(content, siteRoot(context), Date.now());
      actions.setGlobalData({document: baked} satisfies StatusGlobalData);
    },
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              title: 'Service status',
              href: `${context.siteConfig.baseUrl}${STATUS_FILES.feed}`,
            },
          },
        ],
      };
    },
    async postBuild({outDir}) {
      if (!baked) throw new Error('status plugin: no status document was computed');
      const files = statusFiles(baked, siteRoot(context));
      await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(outDir, name), text)));
    },
  };
}
