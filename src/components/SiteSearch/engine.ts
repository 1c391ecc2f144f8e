/**
 * The search in the browser: the search plugin's Web Worker with the
 * offline index (`fetchIndexesByWorker`, `searchByWorker`), the site's words
 * (`@generated/search-vocabulary/default/lexicon.json`) and the pure pipeline
 * of this folder (`searchSite`). This module and everything it imports is one
 * chunk, loaded by `loader.ts` when a search becomes likely.
 *
 * @module
 */
import {searchByWorker} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import lexiconData from '@generated/search-vocabulary/default/lexicon.json';
import {supportConfig} from '../../data/supportConfig';
import {DEEP_LINKS, getDeepLink} from '../../data/deepLinks';
import {createLexicon} from './lexicon';
import {compileVocabulary, type AskerRole} from './query';
import {registryPlaces} from './rank';
import {searchSite, type SearchContext, type SearchOutcome} from './search';
import {FULL_CONTEXT, HEADINGS_CONTEXT} from './tiers';

/** A loaded search. */
export interface SiteSearch {
  /**
   * Searches the site.
   *
   * @param input - the query as typed.
   * @param role - the role of the guide the person is reading, if any.
   */
  search(input: string, role?: AskerRole): Promise<SearchOutcome>;
  /** Resolves when the whole index is loaded: searches from then on are complete (`partial` false). */
  readonly complete: Promise<void>;
}

/**
 * The search over the plugin's worker, which `loader.ts` has started: its
 * headings tier loaded, the whole index loaded or loading. Each search asks
 * the whole index once it is loaded, the headings tier before.
 *
 * @param baseUrl - the site's base URL (the index is at `baseUrl` + the plugin's index file).
 * @param full - resolves when the worker has loaded the whole index.
 */
export function createSiteSearch(baseUrl: string, full: Promise<void>): SiteSearch {
  let loaded = false;
  const complete = full.then(() => {
    loaded = true;
  });
  const vocabulary = compileVocabulary();
  const context: Omit<SearchContext, 'index'> = {
    lexicon: createLexicon(lexiconData, vocabulary.words),
    places: registryPlaces(DEEP_LINKS),
    config: supportConfig,
    requestLink: getDeepLink('request-builder'),
    vocabulary,
  };
  return {
    complete,
    search(input, role) {
      // One tier for all the strings of one query.
      const tier = loaded ? FULL_CONTEXT : HEADINGS_CONTEXT;
      return searchSite(input, {
        ...context,
        index: (s, limit) => searchByWorker(baseUrl, tier, s, limit),
        partial: !loaded,
        role,
      });
    },
  };
}
