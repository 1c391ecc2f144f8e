/**
 * The feedback widget's pure parts: its steps prop, and the "Get help" link
 * into the request builder with what the reader already told us. No React.
 *
 * @module
 */
import {deepLinkHref, type DeepLink} from '../../data/deepLinks';
import {isRole} from '../../data/roles';
import type {FeedbackReason} from '../../facts/events';
import {SEARCHED_PARAMETER} from '../RequestBuilder/searched';
import {
  COMMENT_PARAMETER,
  MAX_COMMENT_LENGTH,
  REASON_PARAMETER,
  SECTION_PARAMETER,
  TRIED_PARAMETER,
} from '../RequestBuilder/fromFeedback';

export {MAX_COMMENT_LENGTH};

/**
 * The step labels the remark plugin passes as JSON text
 * (`src/plugins/section-feedback`).
 *
 * @returns the labels, `[]` for anything that is not a list of strings.
 */
export function parseSteps(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  } catch {
    return [];
  }
}

/** What the reader told the widget after No. */
export interface HelpContext {
  readonly reason?: FeedbackReason;
  /** The labels of the steps ticked, in the section's order. */
  readonly tried: readonly string[];
  readonly comment: string;
  /** The searches of this visit, oldest first. */
  readonly searches: readonly string[];
}

/**
 * The request builder's link for a section that did not help: the role of
 * its guide (client or operator), a scenario's topic, the section, the
 * reason, the steps tried, the comment and the searches of the visit
 * (parameters of `RequestBuilder/fromFeedback.ts`).
 *
 * @example
 * ```ts
 * getHelpHref(getDeepLink('client.pdf-download-failing'), {reason: 'steps-failed', tried: ['Try another browser'], comment: '', searches: ['pdf']});
 * // => '/contact/request?role=client&topic=pdf-download-failing&section=client.pdf-download-failing&reason=steps-failed&tried=Try+another+browser&searched=pdf#request-builder'
 * ```
 */
export function getHelpHref(section: DeepLink, context: HelpContext): string {
  return deepLinkHref('request-builder', {
    role: isRole(section.audience) ? section.audience : undefined,
    topic: section.kind === 'scenario' ? section.anchor : undefined,
    [SECTION_PARAMETER]: section.id,
    [REASON_PARAMETER]: context.reason,
    [TRIED_PARAMETER]: context.tried,
    [COMMENT_PARAMETER]: context.comment.trim().slice(0, MAX_COMMENT_LENGTH),
    [SEARCHED_PARAMETER]: context.searches,
  });
}
