/**
 * Loading the search when it becomes likely to be needed, once per page
 * view, shared by every search box of the page (navbar, home page, `/search`).
 * Small on purpose: it is in every page's bundle; what it loads is not.
 *
 * When loading starts (the measured choice, see README "Search"): on pointer
 * or touch on a search box and on its focus, on every page; and on idle time
 * after hydration on the home page and `/search`, where a search is the
 * reason for the visit.
 *
 * @module
 */
import type autocompleteType from '@easyops-cn/autocomplete.js';
import type {SiteSearch} from './engine';

let search: Promise<SiteSearch> | undefined;
let autocomplete: Promise<typeof autocompleteType> | undefined;

/**
 * The search, loading it on first call (the worker, the index and the site's
 * words). A failed load (offline) is forgotten, so the next call tries again.
 *
 * @param baseUrl - the site's base URL.
 */
export function loadSearch(baseUrl: string): Promise<SiteSearch> {
  search ??= import('./engine').then((m) => m.loadSiteSearch(baseUrl));
  search.catch(() => {
    search = undefined;
  });
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
 * Starts loading both, without waiting, when the browser is idle (or after
 * `fallbackMs` where it has no `requestIdleCallback`, as Safari).
 *
 * @param baseUrl - the site's base URL.
 * @returns a function that cancels the wait if loading has not started yet.
 */
export function preloadWhenIdle(baseUrl: string, fallbackMs = 1500): () => void {
  const start = (): void => {
    loadAutocomplete().catch(() => undefined);
    loadSearch(baseUrl).catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, {timeout: fallbackMs * 2});
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(start, fallbackMs);
  return () => window.clearTimeout(id);
}
