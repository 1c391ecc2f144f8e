/**
 * What the search records about itself (issue 14): when a search settles
 * (the reader paused typing for {@link SETTLE_MS}, opened a result, chose
 * "Ask support" or left the box), a `search` event with its cleaned query and
 * result count (0: no answer), and the query is added to the searches of this
 * visit (sessionStorage, on the device only); a result opened sends `click`,
 * "Ask support" after a search with no answer sends `ask`. Events follow the
 * rules of `src/components/Events/send.ts` (nothing under GPC or DNT).
 * Browser only.
 *
 * @module
 */
import {cleanQuery} from '../../facts/events';
import {sendEvent} from '../Events/send';
import {recordVisitSearch} from '../Events/visitSearches';

/** Pause after the last keystroke after which a search counts as settled, in milliseconds. */
export const SETTLE_MS = 1500;

/** Records one search box's searches; see the module. */
export interface SearchRecorder {
  /** A search of `query` showed `results` results; it is recorded once the reader pauses. */
  settle(query: string, results: number): void;
  /** Records the pending search now (the box was left or the page is hidden). */
  flush(): void;
  /** The reader opened a result of `query`. */
  click(query: string): void;
  /** The reader chose "Ask support" after `query` found no answer. */
  ask(query: string): void;
}

/**
 * A recorder for one search box.
 *
 * @param baseUrl - the site's base URL.
 * @param send - the event sender (tests pass their own).
 * @param remember - stores a search of the visit (tests pass their own).
 */
export function createSearchRecorder(
  baseUrl: string,
  send: typeof sendEvent = sendEvent,
  remember: (query: string) => void = recordVisitSearch,
): SearchRecorder {
  let pending: {query: string; results: number} | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRecorded = '';
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const search = pending;
    pending = null;
    if (!search) return;
    const clean = cleanQuery(search.query);
    if (clean === '' || clean === lastRecorded) return;
    lastRecorded = clean;
    remember(search.query);
    send({type: 'search', query: search.query, results: search.results}, baseUrl);
  };
  return {
    settle(query, results) {
      pending = {query, results};
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, SETTLE_MS);
    },
    flush,
    click(query) {
      flush();
      if (cleanQuery(query) !== '') send({type: 'click', query}, baseUrl);
    },
    ask(query) {
      flush();
      if (cleanQuery(query) !== '') send({type: 'ask', query}, baseUrl);
    },
  };
}
