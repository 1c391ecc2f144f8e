/**
 * What the search shows: the items of the navbar and home-page suggestion
 * lists, and the HTML that autocomplete.js inserts for them. Pure functions,
 * no React, no DOM. Every text that comes from the query or the index is
 * escaped: autocomplete.js inserts templates as markup.
 *
 * @module
 */
import type {NoAnswer} from './noAnswer';
import type {RewrittenQuery} from './query';
import type {RankedSection, SectionAudience} from './rank';
import type {SearchOutcome} from './search';
import {normalizeText, sameWord} from './text';

/** How each audience is named next to a result, so a client can tell their section from the operator's. */
export const AUDIENCE_LABELS: Readonly<Record<SectionAudience, string>> = {
  client: 'For clients',
  operator: 'For operators',
  all: 'For everyone',
};

/** One entry of a suggestion list. */
export type ListItem =
  /** A section of the site. */
  | {readonly kind: 'section'; readonly section: RankedSection; readonly marks: readonly string[]}
  /** "Ask support": the request builder with the query carried in. */
  | {readonly kind: 'ask'; readonly url: string; readonly searched: string}
  /** The emergency line, for critical issues. */
  | {readonly kind: 'emergency'; readonly emergency: NoAnswer['emergency']}
  /** "See all N results" on the search page. */
  | {readonly kind: 'all'; readonly url: string; readonly count: number};

/** A result's place: its page and who it is for, e.g. `Client Troubleshooting Guide · For clients`. */
export function placeOf(section: Pick<RankedSection, 'anchor' | 'pageTitle' | 'audience'>): string {
  const audience = AUDIENCE_LABELS[section.audience];
  return section.anchor === '' ? `Page · ${audience}` : `${section.pageTitle} · ${audience}`;
}

/** The words to mark in result titles: the query's concepts, in the reader's and in the site's words. */
export function markWords(query: RewrittenQuery): string[] {
  const words = new Set<string>();
  for (const c of query.concepts) {
    for (const w of c.text.split(' ')) words.add(w);
    for (const a of c.alternatives) for (const w of a) words.add(w);
  }
  for (const w of query.soft) words.add(w);
  return [...words].filter((w) => w.length >= 3);
}

/** A piece of a text, marked when it is one of the words searched. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * Splits a text into marked and unmarked pieces: a word is marked when it is
 * a form of one of `words` (see `sameWord`).
 *
 * @example
 * ```ts
 * highlight('PDF download failing', ['download']);
 * // => [{text: 'PDF ', mark: false}, {text: 'download', mark: true}, {text: ' failing', mark: false}]
 * ```
 */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const push = (piece: string, mark: boolean): void => {
    const previous = segments[segments.length - 1];
    if (previous && previous.mark === mark) segments[segments.length - 1] = {text: previous.text + piece, mark};
    else if (piece !== '') segments.push({text: piece, mark});
  };
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = normalizeText(m[0]);
    const mark = word !== '' && words.some((w) => sameWord(w, word));
    push(text.slice(last, m.index), false);
    push(m[0], mark);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return segments;
}

/** Text as HTML: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The items of a suggestion list for an outcome: the results (at most
 * `limit`, then "See all N results" when there are more), or, when there is
 * no answer, the closest sections, "Ask support" and the emergency line.
 *
 * @param outcome - from `searchSite`.
 * @param options - `limit`: results shown; `searchUrl`: the search page for the query (`/search?q=…`).
 */
export function listItems(outcome: SearchOutcome, options: {limit: number; searchUrl: string}): ListItem[] {
  const marks = markWords(outcome.query);
  const sections = (list: readonly RankedSection[]): ListItem[] =>
    list.map((section) => ({kind: 'section', section, marks}));
  if (outcome.noAnswer) {
    return [
      ...sections(outcome.noAnswer.suggestions),
      {kind: 'ask', url: outcome.noAnswer.askSupportUrl, searched: outcome.noAnswer.searched},
      {kind: 'emergency', emergency: outcome.noAnswer.emergency},
    ];
  }
  const items = sections(outcome.results.slice(0, options.limit));
  if (outcome.results.length > options.limit)
    items.push({kind: 'all', url: options.searchUrl, count: outcome.results.length});
  return items;
}

/** Where an item leads: a path of the site, or a `tel:` link. */
export function itemHref(item: ListItem): string {
  switch (item.kind) {
    case 'section':
      return item.section.url;
    case 'ask':
    case 'all':
      return item.url;
    case 'emergency':
      return item.emergency.href;
  }
}

/** The CSS class names the templates use (the widget's CSS module). */
export interface ListClasses {
  readonly title: string;
  readonly place: string;
  readonly action: string;
  readonly notice: string;
}

/** The number of results, in words: `1 result`, `12 results`. */
export function resultCount(n: number): string {
  return n === 1 ? '1 result' : `${n} results`;
}

/**
 * An honest count of an outcome's results: those with every word of the
 * query apart from those with most of them.
 *
 * @example
 * ```ts
 * countText({results: [a, b, c], fullMatches: 1, ...}); // => '1 result with all your words, 2 more with most of them'
 * ```
 */
export function countText(outcome: Pick<SearchOutcome, 'results' | 'fullMatches'>): string {
  const most = outcome.results.length - outcome.fullMatches;
  if (most === 0) return resultCount(outcome.fullMatches);
  if (outcome.fullMatches === 0)
    return `No section has all your words; ${most === 1 ? '1 section has' : `${most} sections have`} most of them`;
  return `${resultCount(outcome.fullMatches)} with all your words, ${most} more with most of them`;
}

const marked = (segments: readonly Segment[]): string =>
  segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');

/**
 * The HTML of one suggestion: its title, then its place on a line of its
 * own. The title carries where the item leads as `data-href` (autocomplete.js
 * options are not links; tests and the benchmark read it).
 */
export function itemHtml(item: ListItem, classes: ListClasses): string {
  const href = escapeHtml(itemHref(item));
  let first = true;
  const line = (cls: string, html: string): string => {
    const attr = first ? ` data-href="${href}"` : '';
    first = false;
    return `<span class="${cls}"${attr}>${html}</span>`;
  };
  switch (item.kind) {
    case 'section':
      return (
        line(classes.title, marked(highlight(item.section.title, item.marks))) +
        line(classes.place, escapeHtml(placeOf(item.section)))
      );
    case 'ask':
      return (
        line(`${classes.title} ${classes.action}`, escapeHtml(`Ask support about “${item.searched}”`)) +
        line(classes.place, 'Opens the request builder with your question filled in')
      );
    case 'emergency':
      return (
        line(
          classes.title,
          escapeHtml(`${item.emergency.priority} issue? Call the ${item.emergency.label}: ${item.emergency.display}`),
        ) + line(classes.place, escapeHtml(item.emergency.hours))
      );
    case 'all':
      return (
        line(`${classes.title} ${classes.action}`, escapeHtml(`See all ${resultCount(item.count)}`)) +
        line(classes.place, 'On the search page')
      );
  }
}

/**
 * The HTML above the list: after a typo correction, what was searched; when
 * there is no answer, that none was found, the words no page uses, and
 * whether the sections below are only close.
 *
 * @returns `''` when there is nothing to say.
 */
export function headerHtml(outcome: SearchOutcome, classes: ListClasses): string {
  const parts: string[] = [];
  const {query, noAnswer} = outcome;
  if (query.corrections.length > 0)
    parts.push(`<span>Searched for <strong>${escapeHtml(query.corrected)}</strong></span>`);
  if (noAnswer) {
    parts.push(`<strong>No answer found for “${escapeHtml(noAnswer.searched)}”.</strong>`);
    if (noAnswer.unknownWords.length > 0)
      parts.push(
        `<span>No page mentions ${noAnswer.unknownWords.map((w) => `“${escapeHtml(w)}”`).join(' or ')}.</span>`,
      );
    parts.push(noAnswer.suggestions.length > 0 ? '<span>Closest sections:</span>' : '<span>You can:</span>');
  }
  return parts.length === 0 ? '' : `<div class="${classes.notice}">${parts.join(' ')}</div>`;
}
