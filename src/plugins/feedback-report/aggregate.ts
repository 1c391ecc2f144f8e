/**
 * The support team's feedback report, computed from the events of the log
 * (`./parse.ts`). Pure: no files, no clock. Rates are Yes votes / all votes
 * (0 to 1); lists are sorted by count (descending), then by name, so the same
 * log always gives the same report.
 *
 * Definitions:
 * - helpful rate of a section or page: its `vote` events with `h=1` over all its votes;
 * - a section is flagged when it has at least `minVotes` votes and a rate below `helpfulThreshold`
 *   (`supportConfig.feedback`);
 * - reasons for No: the `reason` events (one per No that chose a reason);
 * - searches with no results: `search` events with `n=0`, by query;
 * - searches with no click: queries that had results (`n>0`) in at least one `search` event and no `click`
 *   event in the whole log;
 * - searches followed by a request: `request` events (the request builder opened in a visit with searches),
 *   by the visit's last query; "Ask support" from a search with no answer: `ask` events, by query.
 *
 * @module
 */
import type {DeepLink} from '../../data/deepLinks';
import {FEEDBACK_REASONS, type FeedbackReason} from '../../facts/events';
import type {BadLine, LoggedEvent} from './parse';

/** Votes and their rate. */
export interface VoteCount {
  readonly yes: number;
  readonly no: number;
  /** `yes + no`. */
  readonly votes: number;
  /** `yes / votes`, or `null` without votes. */
  readonly rate: number | null;
}

/** One section's line of the report. */
export interface SectionLine extends VoteCount {
  /** Registry id. */
  readonly id: string;
  /** Its heading from the registry, or the id for a section the registry does not know (any more). */
  readonly title: string;
  /** Whether the registry knows the id. */
  readonly known: boolean;
  /** The page route the votes came from (the first seen). */
  readonly page: string;
  /** Below the threshold with enough votes. */
  readonly flagged: boolean;
  /** Reasons for No chosen in this section, by reason id. */
  readonly reasons: Readonly<Partial<Record<FeedbackReason, number>>>;
}

/** One page's line. */
export interface PageLine extends VoteCount {
  readonly page: string;
  /** The page's title from the registry, or the route. */
  readonly title: string;
}

/** A text and how often it came. */
export interface Counted {
  readonly text: string;
  readonly count: number;
}

/** One ISO week's line. */
export interface WeekLine extends VoteCount {
  /** For example `2026-W49`. */
  readonly week: string;
  readonly searches: number;
  readonly noResults: number;
  readonly requests: number;
  readonly asks: number;
}

/** The whole report. */
export interface FeedbackReport {
  /** Non-empty lines read, events among them, and the bad ones (each described). */
  readonly lines: number;
  readonly events: number;
  readonly bad: readonly BadLine[];
  /** First and last instant of the events (ISO 8601 as logged), `null` when none. */
  readonly from: string | null;
  readonly to: string | null;
  readonly threshold: number;
  readonly minVotes: number;
  readonly total: VoteCount;
  readonly sections: readonly SectionLine[];
  readonly pages: readonly PageLine[];
  readonly reasons: readonly (Counted & {readonly id: FeedbackReason})[];
  readonly searches: number;
  readonly noResults: readonly Counted[];
  readonly noClick: readonly Counted[];
  readonly requests: readonly Counted[];
  readonly asks: readonly Counted[];
  readonly weeks: readonly WeekLine[];
}

/** What {@link aggregate} needs besides the events. */
export interface AggregateOptions {
  /** The deep-link registry, for titles. */
  readonly links: readonly DeepLink[];
  /** `supportConfig.feedback.helpfulThreshold`. */
  readonly helpfulThreshold: number;
  /** `supportConfig.feedback.minVotes`. */
  readonly minVotes: number;
  /** Longest list of searches kept (the top ones). */
  readonly top?: number;
}

function votes(yes: number, no: number): VoteCount {
  const total = yes + no;
  return {yes, no, votes: total, rate: total === 0 ? null : yes / total};
}

function counted(map: ReadonlyMap<string, number>, top: number): Counted[] {
  return [...map]
    .map(([text, count]) => ({text, count}))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, top);
}

const bump = (map: Map<string, number>, key: string, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

/**
 * The report of a log.
 *
 * @param log - the events and bad lines of `./parse.ts`.
 * @param options - see {@link AggregateOptions}.
 */
export function aggregate(
  log: {readonly events: readonly LoggedEvent[]; readonly bad: readonly BadLine[]; readonly lines: number},
  {links, helpfulThreshold, minVotes, top = 20}: AggregateOptions,
): FeedbackReport {
  const sectionVotes = new Map<string, {yes: number; no: number; page: string; reasons: Map<FeedbackReason, number>}>();
  const pageVotes = new Map<string, {yes: number; no: number}>();
  const reasons = new Map<string, number>();
  const noResults = new Map<string, number>();
  const withResults = new Set<string>();
  const clicked = new Set<string>();
  const searchedCount = new Map<string, number>();
  const requests = new Map<string, number>();
  const asks = new Map<string, number>();
  const weeks = new Map<
    string,
    {yes: number; no: number; searches: number; noResults: number; requests: number; asks: number}
  >();
  let searches = 0;
  let from: string | null = null;
  let to: string | null = null;
  const sectionOf = (id: string, page: string) => {
    let s = sectionVotes.get(id);
    if (!s) sectionVotes.set(id, (s = {yes: 0, no: 0, page, reasons: new Map()}));
    return s;
  };
  for (const {time, week, event} of log.events) {
    if (from === null || Date.parse(time) < Date.parse(from)) from = time;
    if (to === null || Date.parse(time) > Date.parse(to)) to = time;
    let w = weeks.get(week);
    if (!w) weeks.set(week, (w = {yes: 0, no: 0, searches: 0, noResults: 0, requests: 0, asks: 0}));
    switch (event.type) {
      case 'vote': {
        const s = sectionOf(event.section, event.page);
        let p = pageVotes.get(event.page);
        if (!p) pageVotes.set(event.page, (p = {yes: 0, no: 0}));
        if (event.helpful) {
          s.yes++;
          p.yes++;
          w.yes++;
        } else {
          s.no++;
          p.no++;
          w.no++;
        }
        break;
      }
      case 'reason': {
        const s = sectionOf(event.section, event.page);
        s.reasons.set(event.reason, (s.reasons.get(event.reason) ?? 0) + 1);
        bump(reasons, event.reason);
        break;
      }
      case 'search':
        searches++;
        w.searches++;
        bump(searchedCount, event.query);
        if (event.results === 0) {
          bump(noResults, event.query);
          w.noResults++;
        } else withResults.add(event.query);
        break;
      case 'click':
        clicked.add(event.query);
        break;
      case 'request':
        bump(requests, event.query);
        w.requests++;
        break;
      case 'ask':
        bump(asks, event.query);
        w.asks++;
        break;
    }
  }
  const titleOf = (id: string) => links.find((l) => l.id === id);
  const pageTitle = (route: string) => links.find((l) => l.kind === 'page' && l.route === route)?.title ?? route;
  const sections: SectionLine[] = [...sectionVotes]
    .map(([id, s]) => {
      const count = votes(s.yes, s.no);
      const link = titleOf(id);
      return {
        id,
        title: link?.title ?? id,
        known: link !== undefined,
        page: s.page,
        ...count,
        flagged: count.rate !== null && count.votes >= minVotes && count.rate < helpfulThreshold,
        reasons: Object.fromEntries(s.reasons) as Partial<Record<FeedbackReason, number>>,
      };
    })
    .sort((a, b) => b.votes - a.votes || (a.rate ?? 1) - (b.rate ?? 1) || (a.id < b.id ? -1 : 1));
  const pages: PageLine[] = [...pageVotes]
    .map(([page, p]) => ({page, title: pageTitle(page), ...votes(p.yes, p.no)}))
    .sort((a, b) => b.votes - a.votes || (a.page < b.page ? -1 : 1));
  const noClickQueries = new Map(
    [...searchedCount].filter(([q]) => withResults.has(q) && !clicked.has(q)).map(([q, n]) => [q, n]),
  );
  const totalYes = sections.reduce((n, s) => n + s.yes, 0);
  const totalNo = sections.reduce((n, s) => n + s.no, 0);
  return {
    lines: log.lines,
    events: log.events.length,
    bad: log.bad,
    from,
    to,
    threshold: helpfulThreshold,
    minVotes,
    total: votes(totalYes, totalNo),
    sections,
    pages,
    reasons: FEEDBACK_REASONS.map((r) => ({id: r.id, text: r.label, count: reasons.get(r.id) ?? 0}))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count),
    searches,
    noResults: counted(noResults, top),
    noClick: counted(noClickQueries, top),
    requests: counted(requests, top),
    asks: counted(asks, top),
    weeks: [...weeks]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([week, w]) => ({
        week,
        ...votes(w.yes, w.no),
        searches: w.searches,
        noResults: w.noResults,
        requests: w.requests,
        asks: w.asks,
      })),
  };
}
