/**
 * "No dead ends": what a search with no good result offers instead, the same
 * in the navbar list and on `/search`. Pure, no React, no DOM.
 *
 * @module
 */
import type {DeepLink} from '../../data/deepLinks';
import type {SupportConfig} from '../../data/schema';
import {channelHoursText, getChannel, phoneNumber} from '../../facts/channels';
import {SEARCHED_PARAMETER} from '../RequestBuilder/searched';
import type {RewrittenQuery} from './query';
import type {RankedSection} from './rank';

/** At most this many "closest" sections are suggested. */
export const MAX_SUGGESTIONS = 2;

/** The way forward after a search that found no section with every word of the query. */
export interface NoAnswer {
  /** What was searched, as typed. */
  readonly searched: string;
  /** Words of the query that no page of the site uses (nothing can have them), as typed after correction. */
  readonly unknownWords: readonly string[];
  /** Up to {@link MAX_SUGGESTIONS} sections with some of the query's words, best first. */
  readonly suggestions: readonly RankedSection[];
  /** The emergency line, for critical issues. */
  readonly emergency: {
    /** The channel's label, e.g. `Emergency Line`. */
    readonly label: string;
    /** The number as people read it. */
    readonly display: string;
    /** `tel:` link in E.164. */
    readonly href: string;
    /** When it answers, e.g. `24/7, including weekends and holidays`. */
    readonly hours: string;
    /** The label of the priority it is for, e.g. `Critical`. */
    readonly priority: string;
  };
  /** The request builder with the query carried in (`?searched=`), for "Ask support". */
  readonly askSupportUrl: string;
}

/** Where "Ask support" leads: a deep-link registry entry (route and anchor), the request builder. */
export type RequestLink = Pick<DeepLink, 'route' | 'anchor'>;

/**
 * The request builder's URL with a search query carried in.
 *
 * @param link - the builder's registry entry (`request-builder`: `/contact/request#request-builder`).
 * @param searched - the query as typed.
 * @example
 * ```ts
 * askSupportUrl({route: '/contact/request', anchor: 'request-builder'}, 'cancel my subscription');
 * // => '/contact/request?searched=cancel+my+subscription#request-builder'
 * ```
 */
export function askSupportUrl(link: RequestLink, searched: string): string {
  const query = new URLSearchParams({[SEARCHED_PARAMETER]: searched}).toString();
  return `${link.route}?${query}${link.anchor ? `#${link.anchor}` : ''}`;
}

/**
 * The way forward for a search, or `null` when it has a good result (a
 * section with every concept, or all but one of three or more) or nothing
 * was searched.
 *
 * @param query - the query read by `rewriteQuery`.
 * @param ranked - every section the index returned for it, best first (`rankSections`).
 * @param config - the support config (the emergency line and the Critical priority's label).
 * @param requestLink - the request builder's registry entry.
 */
export function noAnswerFor(
  query: RewrittenQuery,
  ranked: readonly RankedSection[],
  config: SupportConfig,
  requestLink: RequestLink,
): NoAnswer | null {
  if (query.concepts.length === 0 || ranked.some((r) => r.match !== 'some')) return null;
  const {display, href} = phoneNumber(config, 'emergency');
  return {
    searched: query.input,
    unknownWords: query.concepts.filter((c) => !c.known).map((c) => c.text),
    suggestions: ranked.filter((r) => r.matched.length > 0).slice(0, MAX_SUGGESTIONS),
    emergency: {
      label: getChannel(config, 'emergency').label,
      display,
      href,
      hours: channelHoursText(config, 'emergency'),
      priority: config.priorities.critical.label,
    },
    askSupportUrl: askSupportUrl(requestLink, query.input),
  };
}
