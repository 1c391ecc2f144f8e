import {readFileSync} from 'node:fs';
import {join} from 'node:path';
// The search plugin's own worker code: the same tokenizer, query building and lunr index as in the browser.
import {SearchWorker} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js';
import lexiconData from '@generated/search-vocabulary/default/lexicon.json';
import {supportConfig} from '../../src/data/supportConfig';
import {DEEP_LINKS, getDeepLink} from '../../src/data/deepLinks';
import {createLexicon} from '../../src/components/SiteSearch/lexicon';
import {compileVocabulary} from '../../src/components/SiteSearch/query';
import {registryPlaces} from '../../src/components/SiteSearch/rank';
import type {SearchContext} from '../../src/components/SiteSearch/search';

const BUILD = join(__dirname, '..', '..', 'build');

/**
 * A search context over the production build in `build/` (run `npm run
 * build` first): the search plugin's worker class answers each search string
 * from the built `search-index*.json`, read from disk where the browser would
 * fetch it; the lexicon is the build's generated one.
 */
export function builtSearchContext(): SearchContext {
  const g = globalThis as unknown as {location?: {origin: string}; fetch: typeof fetch};
  g.location ??= {origin: 'http://localhost'};
  g.fetch = (async (input: string | URL | Request) => {
    const url = new URL(String(input), 'http://localhost');
    const body = readFileSync(join(BUILD, decodeURIComponent(url.pathname)), 'utf8');
    return new Response(body, {headers: {'content-type': 'application/json'}});
  }) as typeof fetch;
  const worker = new SearchWorker();
  const compiled = compileVocabulary();
  return {
    index: (input, limit) => worker.search('/', '', input, limit),
    lexicon: createLexicon(lexiconData, compiled.words),
    places: registryPlaces(DEEP_LINKS),
    config: supportConfig,
    requestLink: getDeepLink('request-builder'),
    vocabulary: compiled,
  };
}
