/**
 * The headings tier of the search index: the search plugin's index without
 * its section texts, written beside it so the first suggestions need a
 * fraction of the download. Pure functions of file names and contents; the
 * theme wrapper (`index.ts`) reads and writes the files.
 *
 * The plugin's index file is a JSON array with one entry per kind of
 * document, in the order of its `SearchDocumentType`: page titles, headings,
 * page descriptions, page keywords, section texts. Its worker gives each entry
 * the kind of its position, so the first four entries alone are a valid index
 * of titles, headings, descriptions and keywords.
 *
 * @module
 */

import {HEADINGS_CONTEXT} from '../../components/SiteSearch/tiers';

export {HEADINGS_CONTEXT};

/** Entries of the plugin's index file kept in the headings tier: titles, headings, descriptions, keywords. */
export const HEADINGS_ENTRIES = 4;

/**
 * The name of the headings tier's file for the plugin's index file, as the
 * plugin's worker asks for a search context (`search-index{dir}-<hash>.json`
 * with `{dir}` = `-headings`), or `null` for a file that is not a whole-site
 * index with a hash in its name (a search context's own index, or `hashed` off).
 *
 * @example headingsFileName('search-index-07bc1a2a.json') // => 'search-index-headings-07bc1a2a.json'
 */
export function headingsFileName(indexFile: string): string | null {
  const match = /^search-index-([0-9a-f]{8})\.json$/.exec(indexFile);
  return match ? `search-index-${HEADINGS_CONTEXT}-${match[1]}.json` : null;
}

/**
 * The headings tier of an index file's content.
 *
 * @param index - the plugin's index file, parsed.
 * @throws {Error} when it is not the plugin's array of five entries with `documents` and `index` (a plugin version this site does not know).
 */
export function headingsIndex(index: unknown): unknown[] {
  const ok =
    Array.isArray(index) &&
    index.length === HEADINGS_ENTRIES + 1 &&
    index.every(
      (e) => e && typeof e === 'object' && Array.isArray(e.documents) && e.index && typeof e.index === 'object',
    );
  if (!ok)
    throw new Error(
      'search-index: the search index is not an array of five {documents, index} entries (a search plugin version this site does not know)',
    );
  return (index as unknown[]).slice(0, HEADINGS_ENTRIES);
}
