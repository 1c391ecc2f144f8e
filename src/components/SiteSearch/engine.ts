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

/** A loaded search. */
export interface SiteSearch {
  /**
   * Searches the site.
   *
   * @param input - the query as typed.
   * @param role - the role of the guide the person is reading, if any.
   */
  search(input: string, role?: AskerRole): Promise<SearchOutcome>;
}

/**
 * The search over the plugin's worker, which `loader.ts` has started (its
 * index loaded or loading: each search waits for it), with the vocabulary and
 * the site's words.
 *
 * @param baseUrl - the site's base URL (the index is at `baseUrl` + the plugin's index file).
 */
export function createSiteSearch(baseUrl: string): SiteSearch {
  const vocabulary = compileVocabulary();
  const context: SearchContext = {
    index: (input, limit) => searchByWorker(baseUrl, '', input, limit),
    lexicon: createLexicon(lexiconData, vocabulary.words),
    places: registryPlaces(DEEP_LINKS),
    config: supportConfig,
    requestRoute: getDeepLink('request-builder').route,
    vocabulary,
  };
  return {search: (input, role) => searchSite(input, {...context, role})};
}
