/**
 * One search, from what was typed to ranked sections and, when none answers,
 * the way forward. The index is reached through an injected
 * {@link IndexSearch} (in the browser, the search plugin's Web Worker; in
 * tests, the same worker code over the built index), so this module has no
 * DOM and no React.
 *
 * @module
 */
import type {SupportConfig} from '../../data/schema';
import type {Lexicon} from './lexicon';
import {noAnswerFor, type NoAnswer, type RequestLink} from './noAnswer';
import {rewriteQuery, type AskerRole, type CompiledVocabulary, type RewrittenQuery} from './query';
import {rankSections, type IndexHit, type PlaceLookup, type RankedSection} from './rank';

/**
 * Searches the offline index for one search string, as the plugin's
 * `searchByWorker(baseUrl, context, input, limit)` does.
 *
 * @param input - space-separated site words (from `rewriteQuery`).
 * @param limit - most hits wanted.
 */
export type IndexSearch = (input: string, limit: number) => Promise<readonly IndexHit[]>;

/** Hits asked of the index per search string: enough to rank, before the list is cut. */
export const HITS_PER_SEARCH = 50;

/** What one search found. */
export interface SearchOutcome {
  readonly query: RewrittenQuery;
  /** The results, best first: the sections with every concept of the query, then those with all but one (`match`). */
  readonly results: readonly RankedSection[];
  /** How many results have every concept of the query (the first ones). */
  readonly fullMatches: number;
  /**
   * The way forward when no section is a good result; `null` when there are
   * results, nothing to search, or only the headings tier was searched (the
   * whole index may still answer).
   */
  readonly noAnswer: NoAnswer | null;
  /** Whether only the headings tier of the index answered (the whole index was still loading). */
  readonly partial: boolean;
}

/** What a search needs besides the query. */
export interface SearchContext {
  readonly index: IndexSearch;
  readonly lexicon: Lexicon;
  readonly places: PlaceLookup;
  readonly config: SupportConfig;
  /** The request builder's registry entry, for "Ask support". */
  readonly requestLink: RequestLink;
  /** The role of the guide the person is reading, if any. */
  readonly role?: AskerRole;
  readonly vocabulary?: CompiledVocabulary;
  /** Whether `index` searches the headings tier only (see {@link SearchOutcome.partial}). */
  readonly partial?: boolean;
}

/**
 * Runs one search: rewrites the query, asks the index each of its search
 * strings, ranks the merged hits one per section, and builds the way
 * forward when no section is a good result (not from the headings tier
 * alone: the section texts may still have the words).
 *
 * @param input - the query as typed.
 * @param context - index, lexicon, registry lookup, config.
 * @returns the outcome; an empty query (or one of filler words only) has no results and no way forward.
 */
export async function searchSite(input: string, context: SearchContext): Promise<SearchOutcome> {
  const query = rewriteQuery(input, context.lexicon, context.vocabulary);
  const partial = context.partial ?? false;
  if (query.searches.length === 0) return {query, results: [], fullMatches: 0, noAnswer: null, partial};
  const hits = (await Promise.all(query.searches.map((s) => context.index(s, HITS_PER_SEARCH)))).flat();
  const ranked = rankSections(query, hits, context.places, {role: context.role});
  const results = ranked.filter((r) => r.match !== 'some');
  return {
    query,
    results,
    fullMatches: results.filter((r) => r.match === 'all').length,
    noAnswer: results.length > 0 || partial ? null : noAnswerFor(query, ranked, context.config, context.requestLink),
    partial,
  };
}
