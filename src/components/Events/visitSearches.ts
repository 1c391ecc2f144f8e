/**
 * The searches of this visit: what the reader searched the help center for
 * since they opened this tab, kept in `sessionStorage` (on the device only,
 * gone when the tab closes), so "Get help" and "Ask support" can put them in
 * the support request and the reader does not type them again. Each query is
 * cleaned as events are ({@link cleanQuery}: no email address or long
 * number is kept), deduplicated (the latest last) and capped to
 * {@link MAX_VISIT_SEARCHES}. Stored data is untrusted: anything that is not
 * a list of clean strings reads as none.
 *
 * @module
 */
// Zod's tree-shakable build: this module is on every content page.
import * as z from 'zod/mini';
import {cleanQuery} from '../../facts/events';
import {webStorage} from '../webStorage';

/** The sessionStorage key. */
export const VISIT_SEARCHES_KEY = 'support-center.visit-searches.v1';

/** Most searches kept (the latest). */
export const MAX_VISIT_SEARCHES = 5;

const storedSchema = z.array(z.string().check(z.minLength(1))).check(z.maxLength(MAX_VISIT_SEARCHES * 2));

/** The storage to use, or `undefined` where there is none (server, blocked storage). */
const storage = (): Storage | undefined => webStorage('session');

/**
 * Adds a query to a list: cleaned, moved to the end when already there, the oldest dropped beyond the cap.
 * Pure.
 *
 * @example addSearch(['pdf', 'expired'], 'PDF') // => ['expired', 'pdf']
 */
export function addSearch(list: readonly string[], query: string): string[] {
  const clean = cleanQuery(query);
  if (clean === '') return [...list];
  return [...list.filter((q) => q !== clean), clean].slice(-MAX_VISIT_SEARCHES);
}

/** The searches of this visit, oldest first; `[]` when none, or when the stored value is not valid. */
export function readVisitSearches(): string[] {
  try {
    const raw = storage()?.getItem(VISIT_SEARCHES_KEY);
    if (!raw) return [];
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    return parsed.data.filter((q) => cleanQuery(q) === q).slice(-MAX_VISIT_SEARCHES);
  } catch {
    return [];
  }
}

/** Records a search of this visit (no-op when storage is unavailable). */
export function recordVisitSearch(query: string): void {
  try {
    storage()?.setItem(VISIT_SEARCHES_KEY, JSON.stringify(addSearch(readVisitSearches(), query)));
  } catch {
    // Storage full or blocked: the searches are a convenience only.
  }
}

/** The sessionStorage key of the searches already reported with a `request` event. */
export const VISIT_REQUEST_KEY = 'support-center.visit-request.v1';

/**
 * Whether opening the request builder now is news: the searches of this visit
 * are not those of a request already reported (a reload of the request page,
 * or a second visit to it without a new search, is not counted again). Marks
 * them as reported.
 *
 * @param searches - from {@link readVisitSearches}.
 * @returns `false` without searches or when they were reported already.
 */
export function takeRequestAfterSearches(searches: readonly string[]): boolean {
  if (searches.length === 0) return false;
  const key = JSON.stringify(searches);
  try {
    const store = storage();
    if (store?.getItem(VISIT_REQUEST_KEY) === key) return false;
    store?.setItem(VISIT_REQUEST_KEY, key);
  } catch {
    // Without storage each opening counts.
  }
  return true;
}
