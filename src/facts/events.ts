/**
 * The reader-feedback events of the help center and their wire format: what
 * the site sends to its own host as a small same-origin GET
 * (`/e.gif?v=1&t=vote&…`, answered by nginx's `empty_gif` and written to a
 * dedicated log, see `deploy/nginx.conf`), and how the report
 * (`npm run report`) reads it back. Pure, no DOM: the sender is
 * `src/components/Events/send.ts`.
 *
 * Query keys (short, so a line stays small; README, "Deploy", documents them):
 *
 * | key | meaning                                                         | events          |
 * | --- | --------------------------------------------------------------- | --------------- |
 * | `v` | format version, {@link EVENT_VERSION}                            | all             |
 * | `t` | event type, one of {@link EVENT_TYPES}                           | all             |
 * | `s` | deep-link registry id of the section (`src/data/deepLinks.ts`)   | vote, reason    |
 * | `p` | site route of the page, without the base URL or `#`              | vote, reason    |
 * | `h` | `1`: the section solved the problem, `0`: it did not             | vote            |
 * | `r` | why not, one of {@link FEEDBACK_REASONS}' ids                    | reason          |
 * | `n` | a count: steps tried (reason), results (search), searches (request) | reason, search, request |
 * | `q` | a search query, cleaned by {@link cleanQuery}                    | search, click, request, ask |
 *
 * A reader's comment is never sent: it may hold personal data. Neither is
 * any identifier of the reader: no cookie, no id, no IP address or user agent
 * in the log (the nginx log format holds the time and the query string only).
 *
 * @module
 */

/** The version of the wire format, the `v` key. A new format gets a new number; the report reads only this one. */
export const EVENT_VERSION = 1;

/**
 * Why a section did not solve the reader's problem, in the order the widget
 * offers them: `id` is the wire value, `label` what the reader and the
 * report read.
 */
export const FEEDBACK_REASONS = [
  {id: 'steps-failed', label: 'The steps did not work'},
  {id: 'hard-to-follow', label: 'It was hard to follow'},
  {id: 'out-of-date', label: 'It is out of date or wrong'},
  {id: 'other', label: 'Something else'},
] as const;

/** A reason's wire id, for example `steps-failed`. */
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number]['id'];

/** The event types, the `t` key. */
export const EVENT_TYPES = ['vote', 'reason', 'search', 'click', 'request', 'ask'] as const;

/** An event type. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Longest query sent, in characters (code points), after cleaning. */
export const MAX_QUERY_LENGTH = 100;

/** Largest count sent in `n` (more steps, results or searches than this are sent as this). */
export const MAX_COUNT = 999;

/** One event, as the site sends it and the report reads it. */
export type FeedbackEvent =
  /** A reader answered "Did this solve your problem?" for a section. */
  | {readonly type: 'vote'; readonly section: string; readonly page: string; readonly helpful: boolean}
  /** A reader who said No chose a reason; `stepsTried` is how many of the section's steps they ticked. */
  | {
      readonly type: 'reason';
      readonly section: string;
      readonly page: string;
      readonly reason: FeedbackReason;
      readonly stepsTried: number;
    }
  /** A search settled (the reader paused, opened a result or left the box) with `results` results (0: no answer). */
  | {readonly type: 'search'; readonly query: string; readonly results: number}
  /** A reader opened a result of a search. */
  | {readonly type: 'click'; readonly query: string}
  /** The request builder was opened in a visit with `searches` searches; `query` is the last one. */
  | {readonly type: 'request'; readonly query: string; readonly searches: number}
  /** A reader chose "Ask support" from a search with no answer. */
  | {readonly type: 'ask'; readonly query: string};

const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+/gu;
/** A run of digits with the separators of phone, card and account numbers between them. */
const NUMBER_RUN = /\+?\(?\d(?:[\d\s()./-]*\d)?/gu;
/** Digits in a run from which it is removed: phone numbers, card numbers, account and order numbers. */
export const MIN_REMOVED_DIGITS = 6;

/**
 * A search query as it may leave the device: control characters and runs of
 * spaces read as one space, lower case, email addresses replaced by
 * `[email]`, every run of at least {@link MIN_REMOVED_DIGITS} digits (with
 * spaces, dashes, dots, slashes or brackets between them: phone numbers,
 * card numbers, account numbers, dates) replaced by `[number]`, then cut to
 * {@link MAX_QUERY_LENGTH} characters.
 *
 * @param text - what the reader typed.
 * @returns the cleaned query, `''` for only spaces.
 * @example
 * ```ts
 * cleanQuery('PDF  fails for jane.doe@example.com'); // => 'pdf fails for [email]'
 * cleanQuery('call +1 (555) 010-4477 error 404');    // => 'call [number] error 404'
 * ```
 */
export function cleanQuery(text: string): string {
  const spaced = text
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .toLowerCase();
  const cleaned = spaced
    .replace(EMAIL, '[email]')
    .replace(NUMBER_RUN, (run) => ((run.match(/\d/g) ?? []).length >= MIN_REMOVED_DIGITS ? '[number]' : run))
    // A run that ended in a space leaves it before the next word; keep single spaces.
    .replace(/ {2,}/g, ' ');
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** A count as sent: a whole number from 0 to {@link MAX_COUNT}. */
function count(n: number): string {
  return String(Math.min(MAX_COUNT, Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0))));
}

/**
 * The query string of an event (without `?`), keys in the order of the
 * table above. Queries are cleaned here too, so no caller can send raw text.
 *
 * @example
 * ```ts
 * encodeEvent({type: 'vote', section: 'client.pdf-download-failing', page: '/clients/troubleshooting', helpful: true});
 * // => 'v=1&t=vote&s=client.pdf-download-failing&p=%2Fclients%2Ftroubleshooting&h=1'
 * ```
 */
export function encodeEvent(event: FeedbackEvent): string {
  const pairs: [string, string][] = [
    ['v', String(EVENT_VERSION)],
    ['t', event.type],
  ];
  switch (event.type) {
    case 'vote':
      pairs.push(['s', event.section], ['p', event.page], ['h', event.helpful ? '1' : '0']);
      break;
    case 'reason':
      pairs.push(['s', event.section], ['p', event.page], ['r', event.reason], ['n', count(event.stepsTried)]);
      break;
    case 'search':
      pairs.push(['q', cleanQuery(event.query)], ['n', count(event.results)]);
      break;
    case 'request':
      pairs.push(['q', cleanQuery(event.query)], ['n', count(event.searches)]);
      break;
    case 'click':
    case 'ask':
      pairs.push(['q', cleanQuery(event.query)]);
      break;
  }
  return new URLSearchParams(pairs).toString();
}

/** The same-origin URL of an event: `eventPath?query`, for example `/e.gif?v=1&t=ask&q=refund`. */
export function eventUrl(eventPath: string, event: FeedbackEvent): string {
  return `${eventPath}?${encodeEvent(event)}`;
}

/** The keys each event type carries besides `v` and `t`, in order. */
const KEYS: Readonly<Record<EventType, readonly string[]>> = {
  vote: ['s', 'p', 'h'],
  reason: ['s', 'p', 'r', 'n'],
  search: ['q', 'n'],
  click: ['q'],
  request: ['q', 'n'],
  ask: ['q'],
};

const SECTION_ID = /^[a-z0-9][a-z0-9.-]*$/;
const ROUTE = /^\/[a-z0-9/_.-]*$/;
const COUNT = /^(0|[1-9]\d{0,2})$/;

/**
 * Reads an event back from its query string, strictly: the version, the
 * type, exactly the keys of that type (each once), a registry-style section
 * id, a lowercase route, `h` of `0` or `1`, a known reason, counts from 0 to
 * {@link MAX_COUNT}, and a query that is already clean ({@link cleanQuery}
 * leaves it as it is) and not empty.
 *
 * @param args - the query string, as nginx's `$args` logs it (no `?`).
 * @returns the event, or `{error}` with a readable reason. Never throws.
 */
export function decodeEvent(args: string): FeedbackEvent | {readonly error: string} {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(args);
  } catch {
    return {error: 'not a query string'};
  }
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return {error: 'a key appears twice'};
  if (params.get('v') !== String(EVENT_VERSION)) return {error: `version is not ${EVENT_VERSION}`};
  const type = params.get('t') ?? '';
  if (!(EVENT_TYPES as readonly string[]).includes(type)) return {error: `unknown event type "${type.slice(0, 20)}"`};
  const t = type as EventType;
  const expected = ['v', 't', ...KEYS[t]];
  if (keys.length !== expected.length || !expected.every((k) => params.has(k)))
    return {error: `a ${t} event has the keys ${expected.join(', ')}`};
  const get = (k: string): string => params.get(k) ?? '';
  const section = get('s');
  const page = get('p');
  const query = get('q');
  const n = get('n');
  if (KEYS[t].includes('s') && !SECTION_ID.test(section)) return {error: 'bad section id'};
  if (KEYS[t].includes('p') && !ROUTE.test(page)) return {error: 'bad page route'};
  if (KEYS[t].includes('n') && !COUNT.test(n)) return {error: 'bad count'};
  if (KEYS[t].includes('q') && (query === '' || cleanQuery(query) !== query)) return {error: 'query not clean'};
  switch (t) {
    case 'vote': {
      const h = get('h');
      if (h !== '0' && h !== '1') return {error: 'h is not 0 or 1'};
      return {type: t, section, page, helpful: h === '1'};
    }
    case 'reason': {
      const reason = FEEDBACK_REASONS.find((r) => r.id === get('r'));
      if (!reason) return {error: 'unknown reason'};
      return {type: t, section, page, reason: reason.id, stepsTried: Number(n)};
    }
    case 'search':
      return {type: t, query, results: Number(n)};
    case 'request':
      return {type: t, query, searches: Number(n)};
    case 'click':
    case 'ask':
      return {type: t, query};
  }
}

/**
 * Whether the browser asks not to be tracked: Global Privacy Control
 * (`navigator.globalPrivacyControl === true`) or Do Not Track
 * (`navigator.doNotTrack === '1'`, or the old `window.doNotTrack`). The site
 * sends no event then.
 *
 * @param nav - the browser's signals (pass `navigator`, plus `window.doNotTrack` if present).
 */
export function privacySignal(nav: {
  readonly globalPrivacyControl?: unknown;
  readonly doNotTrack?: unknown;
  readonly windowDoNotTrack?: unknown;
}): boolean {
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1' || nav.windowDoNotTrack === '1';
}
