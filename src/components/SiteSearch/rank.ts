/**
 * Ranking: the search plugin's hits, one result per section. Pure functions,
 * no React, no DOM.
 *
 * The plugin's worker answers each search string with hits of five kinds
 * (page titles, headings, page descriptions, page keywords, section text),
 * so one section can come back several times. Here the hits of all the
 * strings of one query are merged by section (page route and heading id),
 * and each section is scored by, in this order of weight:
 *
 * 1. how many of the query's concepts it has, in its heading or its text,
 *    and whether by the site's first word for each (a section with all of
 *    them is a good result, and so is one missing one of three or more, as
 *    the search plugin itself drops one word of three; the others can only
 *    be "closest" suggestions). A concept that few of the sections found
 *    have counts more than one that most have ("emergency" more than "call"),
 *    as in any ranking by inverse document frequency;
 * 2. how many of the query's words, as typed and in order, its heading or
 *    text has (an error message copied from the screen);
 * 3. how many concepts are in its heading (a heading match first), and how
 *    many of the typed words ("Where did my PDF go?" for "where is my pdf");
 * 4. its soft words ("error", "failed");
 * 5. whether it is the kind of answer the query asks for (a troubleshooting
 *    scenario for a problem, an FAQ answer for a question) and written for
 *    the role of the person asking, or of the guide they are reading, and
 *    whether the deep-link registry lists it as an answer (a scenario, a
 *    question, a channel...), as a section, or not at all;
 * 6. the index's own relevance score.
 *
 * @module
 */
import type {DeepLink, DeepLinkKind} from '../../data/deepLinks';
import type {AskerRole, QueryConcept, RewrittenQuery} from './query';
import {sameWord, wordsOf} from './text';

/** The kinds of document in the plugin's index, by their number (`SearchDocumentType` of the plugin). */
export const HIT_KINDS = {title: 0, heading: 1, description: 2, keywords: 3, content: 4} as const;

/** One hit of the search plugin's worker (the fields this module reads of its `SearchResult`). */
export interface IndexHit {
  readonly document: {
    /** Page route, e.g. `/clients/troubleshooting`. */
    readonly u: string;
    /** Heading id with `#`, e.g. `#pdf-download-failing`; empty or absent for a page. */
    readonly h?: string;
    /** The text: a title, a heading, a description, keywords or a section's text. */
    readonly t: string;
    /** For section text, description and keywords: the heading (or page title) it belongs to. */
    readonly s?: string;
  };
  /** One of {@link HIT_KINDS}. */
  readonly type: number;
  /** The page's title document, for hits inside a page. */
  readonly page?: {readonly t: string} | false | null;
  /** The words of the search string that this hit has (the plugin's query tokens). */
  readonly tokens: readonly string[];
  /** The index's relevance score (lunr), higher is better. */
  readonly score?: number;
}

/** Who a section is written for. */
export type SectionAudience = DeepLink['audience'];

/** What the registry says of a section: its kind and audience, and whether it is an entry of its own. */
export interface SectionPlace {
  readonly kind: DeepLinkKind;
  readonly audience: SectionAudience;
  /** Whether the registry has an entry for it (a link target of the dashboard), not only for its page. */
  readonly registered: boolean;
}

/**
 * Looks up a section in the deep-link registry.
 *
 * @param route - page route, e.g. `/faq`.
 * @param anchor - heading id without `#`, or `''` for the page.
 */
export type PlaceLookup = (route: string, anchor: string) => SectionPlace | undefined;

/**
 * A {@link PlaceLookup} over the deep-link registry: a registered heading
 * has its entry's kind and audience; any other heading of a registered page
 * is a `section` for the page's audience.
 *
 * @param links - the registry (`DEEP_LINKS`).
 */
export function registryPlaces(links: readonly DeepLink[]): PlaceLookup {
  const byPath = new Map(links.map((l) => [`${l.route}#${l.anchor ?? ''}`, l] as const));
  return (route, anchor) => {
    const entry = byPath.get(`${route}#${anchor}`);
    if (entry) return {kind: entry.kind, audience: entry.audience, registered: true};
    const page = byPath.get(`${route}#`);
    return page ? {kind: anchor === '' ? 'page' : 'section', audience: page.audience, registered: false} : undefined;
  };
}

/** One result: a section (or a whole page) of the site. */
export interface RankedSection {
  /** Where it is: route and `#anchor`, e.g. `/clients/troubleshooting#pdf-download-failing`. */
  readonly url: string;
  readonly route: string;
  /** Heading id without `#`, `''` for a page. */
  readonly anchor: string;
  /** The heading text, or the page title for a page. */
  readonly title: string;
  /** The title of the page it is on. */
  readonly pageTitle: string;
  readonly audience: SectionAudience;
  /** The registry's kind, `section` for unregistered headings. */
  readonly kind: DeepLinkKind;
  /** The start of the section's text, when a text hit brought it (what the reader sees, for scenarios). */
  readonly excerpt?: string;
  /** Texts of the query's concepts that the section has. */
  readonly matched: readonly string[];
  /**
   * How much of the query it has: `all` its concepts; `most`, all but one of
   * three or more (as the search plugin itself drops one word of three);
   * `some`; a good result has `all` or `most`.
   */
  readonly match: 'all' | 'most' | 'some';
  /** The ranking score (only the order means something). */
  readonly score: number;
}

/** Scoring weights, one per rule of the module comment. */
export const WEIGHTS = {
  concept: 1000,
  /** Taken off a concept's share for each place its alternative is further down the synonym group's site words. */
  laterAlternative: 100,
  phrase: 300,
  heading: 200,
  typedInHeading: 60,
  soft: 60,
  intent: 45,
  role: 35,
  contextRole: 15,
  registered: 10,
  lunr: 20,
} as const;

/** Longest excerpt, in characters. */
export const EXCERPT_LENGTH = 180;

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerptOf(text: string, max: number = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

interface Acc {
  route: string;
  anchor: string;
  title?: string;
  pageTitle?: string;
  text?: string;
  tokens: Set<string>;
  best: number;
}

/**
 * How well a section has a concept: `1` by the group's first site word, a
 * little less by a later one, `0` when it lacks every alternative.
 *
 * @param concept - the concept.
 * @param inText - whether a word (a site word of the concept) is in the section's text, per the index.
 * @param headingWords - the words of the section's heading.
 */
function conceptShare(
  concept: QueryConcept,
  inText: (word: string) => boolean,
  headingWords: readonly string[],
): {share: number; inHeading: boolean} {
  const inHeading = (w: string): boolean => headingWords.some((h) => sameWord(w, h));
  let share = 0;
  let heading = false;
  concept.alternatives.forEach((alternative, i) => {
    const value = 1 - Math.min(0.3, (i * WEIGHTS.laterAlternative) / WEIGHTS.concept);
    const head = alternative.every(inHeading);
    if (head || alternative.every((w) => inText(w) || inHeading(w))) share = Math.max(share, value);
    if (head) heading = true;
  });
  return {share, inHeading: heading};
}

/**
 * The longest run of consecutive words of `words` whose forms (`sameWord`)
 * occur consecutively in `text` (both normalised) and says something: three words or more with
 * at least one word of `meaningful`, or two words both in it ("do i" alone is
 * no phrase).
 */
function longestRun(text: readonly string[], words: readonly string[], meaningful: ReadonlySet<string>): number {
  let best = 0;
  for (let i = 0; i < text.length; i++) {
    for (let j = 0; j < words.length; j++) {
      let k = 0;
      while (i + k < text.length && j + k < words.length && sameWord(text[i + k]!, words[j + k]!)) k++;
      if (k <= best || k < 2) continue;
      const run = words.slice(j, j + k);
      const telling = run.filter((w) => meaningful.has(w)).length;
      if ((k >= 3 && telling >= 1) || telling === k) best = k;
    }
  }
  return best;
}

/** The phrase weight's share for a run of `k` typed words: none for one word, full from four. */
function runShare(k: number): number {
  return k < 2 ? 0 : Math.min(1, (k - 1) / 3);
}

/**
 * Merges the hits of one query into sections and ranks them.
 *
 * @param query - the query read by `rewriteQuery`.
 * @param hits - every hit of every search string of the query (any order; duplicates allowed).
 * @param places - the registry lookup (see {@link registryPlaces}).
 * @param context - the role of the guide the person is reading, if any.
 * @returns one entry per section, best first: those with all concepts, then most, then some.
 */
export function rankSections(
  query: RewrittenQuery,
  hits: readonly IndexHit[],
  places: PlaceLookup,
  context: {readonly role?: AskerRole} = {},
): RankedSection[] {
  const sections = new Map<string, Acc>();
  let topScore = 0;
  for (const hit of hits) {
    const route = hit.document.u;
    const pageLevel =
      hit.type === HIT_KINDS.title || hit.type === HIT_KINDS.description || hit.type === HIT_KINDS.keywords;
    const anchor = pageLevel ? '' : (hit.document.h ?? '').replace(/^#/, '');
    const key = `${route}#${anchor}`;
    let acc = sections.get(key);
    if (!acc) {
      acc = {route, anchor, tokens: new Set(), best: 0};
      sections.set(key, acc);
    }
    const pageTitle = hit.type === HIT_KINDS.title ? hit.document.t : hit.page ? hit.page.t : undefined;
    if (pageTitle) acc.pageTitle = pageTitle;
    if (hit.type === HIT_KINDS.title || (hit.type === HIT_KINDS.heading && anchor !== '')) {
      acc.title = hit.document.t;
    } else if (hit.type === HIT_KINDS.heading) {
      // A heading without a link of its own (a widget's title) is part of its page's text.
      for (const t of hit.tokens) acc.tokens.add(t);
    } else {
      acc.title ??= hit.document.s;
      // Only section text is the section's own; a page's description and keywords say what the page is about.
      for (const t of hit.tokens) acc.tokens.add(t);
      if (hit.type === HIT_KINDS.content) acc.text ??= hit.document.t;
    }
    const score = hit.score ?? 0;
    acc.best = Math.max(acc.best, score);
    topScore = Math.max(topScore, score);
  }

  const concepts = query.concepts;
  const typed = [...new Set(query.words)];
  const meaningful = new Set([...concepts.flatMap((c) => c.text.split(' ')), ...query.soft]);
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  const found = [...sections.values()].map((acc) => {
    const pageTitle = acc.pageTitle ?? acc.title ?? acc.route;
    const title = acc.title ?? pageTitle;
    const headingWords = wordsOf(title);
    const shares = concepts.map((c) => conceptShare(c, (w) => acc.tokens.has(w), headingWords));
    return {acc, pageTitle, title, headingWords, shares};
  });
  // Inverse document frequency of each concept among the sections found.
  const weights = concepts.map((_, i) => {
    const df = found.filter((f) => f.shares[i]!.share > 0).length;
    return Math.log(1 + found.length / Math.max(1, df));
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const ranked: RankedSection[] = [];
  for (const {acc, pageTitle, title, headingWords, shares} of found) {
    const place = places(acc.route, acc.anchor);
    const textWords = acc.text ? wordsOf(acc.text) : [];
    const matched = concepts.filter((_, i) => shares[i]!.share > 0);
    const missing = concepts.filter((_, i) => shares[i]!.share === 0);
    const match: RankedSection['match'] =
      concepts.length > 0 && missing.length === 0
        ? 'all'
        : concepts.length >= 3 && missing.length === 1 && missing[0]!.known
          ? 'most'
          : 'some';
    const weighted = (pick: (x: {share: number; inHeading: boolean}) => number): number =>
      share(
        shares.reduce((sum, x, i) => sum + pick(x) * weights[i]!, 0),
        totalWeight,
      );
    const typedInHeading = typed.filter((w) => headingWords.some((h) => sameWord(w, h))).length;
    const run = Math.max(
      longestRun(headingWords, query.words, meaningful),
      longestRun(textWords, query.words, meaningful),
    );
    const soft = query.soft.filter((w) => acc.tokens.has(w) || headingWords.some((h) => sameWord(w, h))).length;
    const kind: DeepLinkKind = place?.kind ?? (acc.anchor === '' ? 'page' : 'section');
    const audience: SectionAudience = place?.audience ?? 'all';
    let score =
      WEIGHTS.concept * weighted((x) => x.share) +
      WEIGHTS.phrase * runShare(run) +
      WEIGHTS.heading * weighted((x) => (x.inHeading ? 1 : 0)) +
      WEIGHTS.typedInHeading * share(typedInHeading, typed.length) +
      WEIGHTS.soft * share(soft, query.soft.length) +
      WEIGHTS.lunr * share(acc.best, topScore);
    if ((query.intent === 'problem' && kind === 'scenario') || (query.intent === 'question' && kind === 'question'))
      score += WEIGHTS.intent;
    if (query.role && audience === query.role) score += WEIGHTS.role;
    if (context.role && audience === context.role) score += WEIGHTS.contextRole;
    // The registry's answers (scenarios, questions, channels, tools, pages) first; headings it does not list
    // (summaries, sub-steps) after its sections (groups of questions, reference sections).
    if (place?.registered) score += kind === 'section' ? 0 : WEIGHTS.registered;
    else score -= WEIGHTS.registered;
    ranked.push({
      url: acc.anchor ? `${acc.route}#${acc.anchor}` : acc.route,
      route: acc.route,
      anchor: acc.anchor,
      title,
      pageTitle,
      audience,
      kind,
      ...(acc.text ? {excerpt: excerptOf(acc.text)} : {}),
      matched: matched.map((c) => c.text),
      match,
      score,
    });
  }
  const order = {all: 0, most: 1, some: 2} as const;
  return ranked.sort((a, b) => order[a.match] - order[b.match] || b.score - a.score || a.url.localeCompare(b.url));
}
