/**
 * The request builder's parameters from a section's "Did this solve your
 * problem?" No -> "Get help" (`src/components/SectionFeedback`), apart from
 * the rest of its URL contract (`params.ts`, which loads the request model
 * and Luxon), so the widget's bundle stays small:
 *
 * - `section`: the deep-link registry id of the troubleshooting scenario or
 *   FAQ question the reader read (`src/data/deepLinks.ts`, kinds `scenario`
 *   and `question`);
 * - `reason`: why it did not help, a reason id of `src/facts/events.ts`;
 * - `tried`: one step of that section the reader says they tried, repeated
 *   for each step (its short text as the section shows it);
 * - `comment`: what went wrong in the reader's words (it stays in the link and the form: no event carries it);
 * - `searched`, repeated: the searches of this visit (the first one alone is
 *   what the search's "Ask support" sends).
 *
 * Pure.
 *
 * @module
 */
import {FEEDBACK_REASONS, type FeedbackReason} from '../../facts/events';
import {getDeepLink, type DeepLink} from '../../data/deepLinks';

/** The parameter with the registry id of the section read. */
export const SECTION_PARAMETER = 'section';
/** The parameter with the reason id. */
export const REASON_PARAMETER = 'reason';
/** The parameter with one step tried, repeated. */
export const TRIED_PARAMETER = 'tried';
/** The parameter with the reader's own words about what went wrong (the widget's optional comment). */
export const COMMENT_PARAMETER = 'comment';
/** Longest comment taken from a link, in characters (the widget's limit too); a longer one is cut with `…`. */
export const MAX_COMMENT_LENGTH = 500;

/** Most steps taken from a link. */
export const MAX_TRIED_STEPS = 20;
/** Longest step text taken from a link, in characters; a longer one is cut with `…`. */
export const MAX_STEP_LENGTH = 120;
/** Most searches taken from a link. */
export const MAX_SEARCHES = 5;

/** The kinds of registry entry that carry the feedback question. */
export const FEEDBACK_KINDS: readonly DeepLink['kind'][] = ['scenario', 'question'];

/** The registry entry of a section with the feedback question, or `undefined`. */
export function feedbackSection(id: string): DeepLink | undefined {
  try {
    const link = getDeepLink(id.trim());
    return FEEDBACK_KINDS.includes(link.kind) ? link : undefined;
  } catch {
    return undefined;
  }
}

/** The reason with a wire id, or `undefined`. */
export function feedbackReason(id: string): FeedbackReason | undefined {
  return FEEDBACK_REASONS.find((r) => r.id === id.trim())?.id;
}

/** Plain text of a link value: control characters and runs of spaces as one space, cut to `max` characters with `…`. */
export function linkText(value: string, max: number): string {
  const clean = value.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** What a feedback link says, as the description's first paragraph needs it. */
export interface FeedbackContext {
  /** The section read. */
  readonly section: DeepLink;
  /** The page of the section, its title (the registry's page entry) when known. */
  readonly pageTitle?: string;
  readonly reason?: FeedbackReason;
  /** Steps tried, in the section's order. */
  readonly tried: readonly string[];
  /** Searches of the visit, oldest first. */
  readonly searches: readonly string[];
  /** The reader's own words, if any. */
  readonly comment?: string;
}

/**
 * The description a feedback link fills: which section was read and why it
 * did not help, the steps tried, and the searches of the visit.
 *
 * @example
 * ```ts
 * feedbackDescription({section: getDeepLink('client.pdf-download-failing'), pageTitle: 'Client Troubleshooting Guide',
 *   reason: 'steps-failed', tried: ['Try another browser'], searches: ['pdf']});
 * // => 'I followed “PDF download failing” (Client Troubleshooting Guide, /clients/troubleshooting#pdf-download-failing) and it did not solve my problem: the steps did not work.\n\nSteps I tried:\n- Try another browser\n\nI searched the help center for: “pdf”.'
 * ```
 */
export function feedbackDescription({section, pageTitle, reason, tried, searches, comment}: FeedbackContext): string {
  const where = `${pageTitle ? `${pageTitle}, ` : ''}${section.route}${section.anchor ? `#${section.anchor}` : ''}`;
  const why = reason
    ? `: ${FEEDBACK_REASONS.find((r) => r.id === reason)!.label.replace(/^\S/, (c) => c.toLowerCase())}`
    : '';
  const parts = [`I followed “${section.title}” (${where}) and it did not solve my problem${why}.`];
  if (comment) parts.push(comment);
  if (tried.length > 0) parts.push(`Steps I tried:\n${tried.map((s) => `- ${s}`).join('\n')}`);
  if (searches.length > 0) parts.push(`I searched the help center for: ${searches.map((s) => `“${s}”`).join(', ')}.`);
  return parts.join('\n\n');
}
