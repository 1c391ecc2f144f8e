/**
 * The two tiers of the search index, a contract between the build
 * (`src/plugins/search-index`, which writes the headings tier) and the
 * search in the browser (`loader.ts`, which loads it first). No imports.
 *
 * @module
 */

/**
 * The search context (the search plugin's `searchContext`) of the headings
 * tier: titles, headings, descriptions and keywords of every page, without
 * the section texts, in `search-index-headings-<hash>.json`.
 */
export const HEADINGS_CONTEXT = 'headings';

/** The search context of the whole index (`search-index-<hash>.json`). */
export const FULL_CONTEXT = '';
