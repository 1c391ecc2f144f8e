/**
 * Loading the search when it becomes likely to be needed, once per page
 * view, shared by every search box of the page (navbar, home page, `/search`).
 * Small on purpose: it is in every page's bundle; what it loads is not.
 *
 * When loading starts (the measured choice, see README "Search"): on pointer
 * or touch on a search box and on its focus, on every page; and on idle time
 * after hydration on the home page and `/search`, where a search is the
 * reason for the visit. The search plugin's worker is started at once, and
 * the page fetches the headings tier of the index (`tiers.ts`, about a
 * seventh of the index on this site, a thirteenth at 300 articles) itself
 * meanwhile: the worker starts with two scripts in a row before it asks for
 * it, and then reads it from the HTTP cache (its name carries a content hash;
 * deploy/nginx.conf caches it as immutable). The whole index follows, so the
 * first suggestions wait neither for the section texts nor for their download.
 *
 * @module
 */
import type autocompleteType from '@easyops-cn/autocomplete.js';
import {fetchIndexesByWorker} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import searchIndex from '@generated/search-vocabulary/default/search-index.json';
import type {SiteSearch} from './engine';
import {FULL_CONTEXT, HEADINGS_CONTEXT} from './tiers';

let search: Promise<SiteSearch> | undefined;
let autocomplete: Promise<typeof autocompleteType> | undefined;

/**
 * The search, loading it on first call: the plugin's worker with the
 * headings tier of the index and then the whole index, and the site's search
 * code with its words, in parallel. It resolves once the headings tier is
 * loaded; `complete` tells when the whole index is. A failed load (offline)
 * is forgotten, so the next call tries again.
 *
 * @param baseUrl - the site's base URL.
 */
export function loadSearch(baseUrl: string): Promise<SiteSearch> {
  if (!search) {
    // Into the HTTP cache, for the worker, while it starts: a failure here only means the worker downloads it itself.
    fetch(`${baseUrl}${searchIndex.headingsUrl}`)
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    // The whole index only after the headings tier, so that it does not slow down the first suggestions;
    // without a headings tier (a build without it), the search waits for the whole index.
    const first = fetchIndexesByWorker(baseUrl, HEADINGS_CONTEXT).catch(() =>
      fetchIndexesByWorker(baseUrl, FULL_CONTEXT),
    );
    const full = first.then(() => fetchIndexesByWorker(baseUrl, FULL_CONTEXT));
    search = Promise.all([import('./engine'), first]).then(([m]) => m.createSiteSearch(baseUrl, full));
    search.catch(() => {
      search = undefined;
    });
  }
  return search;
}

/** autocomplete.js (the suggestion list of the search boxes), loading it on first call. */
export function loadAutocomplete(): Promise<typeof autocompleteType> {
  autocomplete ??= import('@easyops-cn/autocomplete.js').then((m) => {
    const lib = m.default;
    // As the search plugin does: keep autocomplete.js from replacing a global of the same name.
    lib.noConflict?.();
    return lib;
  });
  autocomplete.catch(() => {
    autocomplete = undefined;
  });
  return autocomplete;
}

/**
 * Starts loading the search and the list, without waiting, when the browser
 * is idle (or after `fallbackMs` where it has no `requestIdleCallback`, as
 * Safari).
 *
 * @param baseUrl - the site's base URL.
 * @returns a function that cancels the wait if loading has not started yet.
 */
export function preloadWhenIdle(baseUrl: string, fallbackMs = 1500): () => void {
  const start = (): void => {
    loadAutocomplete().catch(() => undefined);
    import('./attach').catch(() => undefined);
    loadSearch(baseUrl).catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, {timeout: fallbackMs * 2});
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(start, fallbackMs);
  return () => window.clearTimeout(id);
}
