import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {SYNONYMS} from '../../data/searchVocabulary';
import {supportConfig} from '../../data/supportConfig';
import {countWords} from '../../components/SiteSearch/lexicon';
import {searchableText, splitDoc, unusedSiteWords} from './words';
import {HEADINGS_CONTEXT} from '../../components/SiteSearch/tiers';

/**
 * The generated data module with the site's words:
 * `@generated/search-vocabulary/default/lexicon.json` (a `LexiconData`),
 * loaded by the search with the index.
 */
export const LEXICON_FILE = 'lexicon.json';

/**
 * The generated data module with the search index's addresses, relative to
 * the base URL: `@generated/search-vocabulary/default/search-index.json`
 * (`{url: 'search-index-<hash>.json', headingsUrl: 'search-index-headings-<hash>.json'}`),
 * so that the page can fetch them while the search plugin's worker starts.
 */
export const INDEX_FILE = 'search-index.json';

/**
 * The address of the index file that the search plugin's worker fetches for
 * a search context, as the plugin generated it (`searchIndexUrl` of its
 * generated constants).
 *
 * @param generatedFilesDir - the site's `.docusaurus` folder.
 * @param searchContext - `''` for the whole site, `headings` for the headings tier (`src/plugins/search-index`).
 * @throws {Error} naming the file when the plugin's generated constants have no `searchIndexUrl` (a plugin version this site does not know).
 */
export function pluginIndexUrl(generatedFilesDir: string, searchContext = ''): string {
  const file = join(generatedFilesDir, '@easyops-cn', 'docusaurus-search-local', 'default', 'generated-constants.js');
  const match = /export const searchIndexUrl = ("[^"]*");/.exec(readFileSync(file, 'utf8'));
  if (!match)
    throw new Error(
      `search-vocabulary: no searchIndexUrl in ${file} (a search plugin version this site does not know)`,
    );
  return (JSON.parse(match[1]!) as string).replace('{dir}', searchContext ? `-${searchContext}` : '');
}

/** Options of {@link searchVocabularyPlugin}. */
export interface SearchVocabularyOptions {
  /** The docs folder, relative to the site (default `docs`). */
  readonly docsDir?: string;
  /**
   * Routes the search plugin leaves out of its index, as its `ignoreFiles`
   * option names them (without the leading `/`, e.g. `linking`): their words
   * are not the index's words.
   */
  readonly ignoreRoutes?: readonly string[];
}

/** Thrown when a site word of the vocabulary table is used by no indexed page. */
export class SearchVocabularyError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid search vocabulary (src/data/searchVocabulary.ts):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'SearchVocabularyError';
  }
}

/** Every string value of a plain data object (labels, notes, holiday names...). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Every `.md` and `.mdx` file under a folder. */
function docFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return docFiles(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

/**
 * Local Docusaurus plugin for the search's vocabulary.
 *
 * When the site loads (`npm run build`, `npm start`): reads the docs that the
 * search plugin indexes (every doc whose `slug` is not in `ignoreRoutes`) and
 * the strings of the support config (which components render into those
 * pages), checks that every site word of the synonym table
 * (`src/data/searchVocabulary.ts`) is used by them, and writes the word
 * counts as {@link LEXICON_FILE}, for typo correction, and the addresses of
 * the index and its headings tier as {@link INDEX_FILE}.
 *
 * @throws {SearchVocabularyError} naming each synonym group whose site word no indexed page uses.
 */
export default function searchVocabularyPlugin(context: LoadContext, options: SearchVocabularyOptions = {}): Plugin {
  const docsDir = join(context.siteDir, options.docsDir ?? 'docs');
  const ignored = new Set((options.ignoreRoutes ?? []).map((r) => `/${r.replace(/^\/+/, '')}`));
  return {
    name: 'search-vocabulary',
    getPathsToWatch: () => [join(docsDir, '**/*.{md,mdx}')],
    async contentLoaded({actions}) {
      const texts = docFiles(docsDir)
        .map((file) => splitDoc(readFileSync(file, 'utf8')))
        .filter((doc) => !ignored.has(doc.frontMatter.slug ?? ''))
        .map(searchableText);
      texts.push(...stringsOf(supportConfig));
      const problems = unusedSiteWords(SYNONYMS, texts);
      if (problems.length > 0) throw new SearchVocabularyError(problems);
      await actions.createData(LEXICON_FILE, JSON.stringify(countWords(texts)));
      await actions.createData(
        INDEX_FILE,
        JSON.stringify({
          url: pluginIndexUrl(context.generatedFilesDir),
          headingsUrl: pluginIndexUrl(context.generatedFilesDir, HEADINGS_CONTEXT),
        }),
      );
    },
  };
}
