/**
 * The request builder's query-parameter contract, so the operator dashboard
 * can open `/contact/request` with context. Pure functions, no React, no DOM.
 *
 * - `role`: `client` or `operator`, case-insensitive.
 * - `priority`: a priority id (`critical`, `high`, `medium`, `low`), case-insensitive.
 * - `topic`: a troubleshooting scenario id, the heading id of its section in
 *   the client or operator guide (for example `pdf-download-failing`, see
 *   `topics.ts`); it fills the subject's summary, the kind of issue and, when
 *   no role is given, the role of the guide.
 * - `searched`: what the person searched the help center for without finding
 *   an answer (the search's "Ask support"); it fills a blank summary, and a
 *   blank description with a sentence saying what was searched.
 *
 * Any other parameter (for example `_highlight` from search result links) is
 * ignored. An invalid value is ignored with a readable notice (plain text,
 * never markup); an empty value counts as absent.
 *
 * @module
 */
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';
import {findTopic, topicByKey, topicKey, type Topic} from '../../data/topics';
import {FIELDS, ROLES, type RequestDraft, type Role} from './model';
import {quoteValue, readParam} from '../../facts/queryParams';
import {MAX_SEARCHED_LENGTH, SEARCHED_PARAMETER, searchedDescription} from './searched';
import {DEEP_LINKS, type DeepLink} from '../../data/deepLinks';
import type {FeedbackReason} from '../../facts/events';
import {
  feedbackDescription,
  feedbackReason,
  feedbackSection,
  COMMENT_PARAMETER,
  linkText,
  MAX_COMMENT_LENGTH,
  MAX_SEARCHES,
  MAX_STEP_LENGTH,
  MAX_TRIED_STEPS,
  REASON_PARAMETER,
  SECTION_PARAMETER,
  TRIED_PARAMETER,
} from './fromFeedback';

export {MAX_SEARCHED_LENGTH, SEARCHED_PARAMETER, searchedDescription};

/** What the builder's URL asks for. */
export interface RequestParams {
  readonly role?: Role;
  readonly priority?: PriorityId;
  readonly topic?: Topic;
  /** What the person searched the help center for, spaces collapsed (plain text, at most {@link MAX_SEARCHED_LENGTH} characters). */
  readonly searched?: string;
  /**
   * Every `searched` value (the searches of the visit, from a section's "Get help"), cleaned like `searched`,
   * at most {@link MAX_SEARCHES}; absent when the link has none.
   */
  readonly searches?: readonly string[];
  /** The section read, from a section's "Get help" (`section`: a registry id of a scenario or FAQ question). */
  readonly section?: DeepLink;
  /** Why the section did not help (`reason`). */
  readonly reason?: FeedbackReason;
  /** The section's steps the reader tried (`tried`, repeated), at most {@link MAX_TRIED_STEPS}. */
  readonly tried?: readonly string[];
  /** What went wrong in the reader's words (`comment`), at most {@link MAX_COMMENT_LENGTH} characters. */
  readonly comment?: string;
  /** Readable notices about ignored values, plain text. */
  readonly notices: readonly string[];
}

/**
 * Reads the builder's parameters from a query string.
 *
 * @param search - `location.search`, with or without the leading `?`.
 * @returns the valid values, and a notice per ignored one. Never throws.
 * @example
 * ```ts
 * parseRequestParams('?role=operator&priority=HIGH&topic=pdf-generation-problems');
 * // => {role: 'operator', priority: 'high', topic: {id: 'pdf-generation-problems', audience: 'operator', …}, notices: []}
 * parseRequestParams('?priority=urgent');
 * // => {notices: ['Unknown priority “urgent” in the link: it was ignored. Use one of critical, high, medium, low.']}
 * ```
 */
export function parseRequestParams(search: string): RequestParams {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const value = (name: string): string | undefined => readParam(params, name);

  let role: Role | undefined;
  const rawRole = value('role');
  if (rawRole !== undefined) {
    const wanted = rawRole.trim().toLowerCase();
    if ((ROLES as readonly string[]).includes(wanted)) role = wanted as Role;
    else notices.push(`Unknown role ${quoteValue(rawRole)} in the link: it was ignored. Use client or operator.`);
  }

  let priority: PriorityId | undefined;
  const rawPriority = value('priority');
  if (rawPriority !== undefined) {
    const wanted = rawPriority.trim().toLowerCase();
    if ((PRIORITY_IDS as readonly string[]).includes(wanted)) priority = wanted as PriorityId;
    else {
      notices.push(
        `Unknown priority ${quoteValue(rawPriority)} in the link: it was ignored. Use one of ${PRIORITY_IDS.join(', ')}.`,
      );
    }
  }

  let topic: Topic | undefined;
  const rawTopic = value('topic');
  if (rawTopic !== undefined) {
    topic = findTopic(rawTopic.trim(), role);
    if (!topic) {
      notices.push(
        `Unknown troubleshooting topic ${quoteValue(rawTopic)} in the link: it was ignored. Choose the guide you followed below, if any.`,
      );
    }
  }
  let searched: string | undefined;
  const rawSearched = value(SEARCHED_PARAMETER);
  if (rawSearched !== undefined) {
    // Control characters (line breaks included) would break the subject line; they read as spaces.
    const clean = rawSearched.replace(/[\p{Cc}\s]+/gu, ' ').trim();
    if (Array.from(clean).length > MAX_SEARCHED_LENGTH) {
      notices.push(
        `The search words in the link are longer than ${MAX_SEARCHED_LENGTH} characters: they were not copied into the form. Describe your question below.`,
      );
    } else if (clean !== '') searched = clean;
  }
  const searches = params
    .getAll(SEARCHED_PARAMETER)
    .map((q) => q.replace(/[\p{Cc}\s]+/gu, ' ').trim())
    .filter((q) => q !== '' && Array.from(q).length <= MAX_SEARCHED_LENGTH)
    .slice(0, MAX_SEARCHES);
  let section: DeepLink | undefined;
  const rawSection = value(SECTION_PARAMETER);
  if (rawSection !== undefined) {
    section = feedbackSection(rawSection);
    if (!section)
      notices.push(
        `Unknown section ${quoteValue(rawSection)} in the link: it was ignored. Describe what you read below.`,
      );
  }
  let reason: FeedbackReason | undefined;
  const rawReason = value(REASON_PARAMETER);
  if (rawReason !== undefined) {
    reason = feedbackReason(rawReason);
    if (!reason) notices.push(`Unknown reason ${quoteValue(rawReason)} in the link: it was ignored.`);
  }
  const tried = params
    .getAll(TRIED_PARAMETER)
    .map((step) => linkText(step, MAX_STEP_LENGTH))
    .filter((step) => step !== '')
    .slice(0, MAX_TRIED_STEPS);
  const rawComment = value(COMMENT_PARAMETER);
  const comment = rawComment === undefined ? undefined : linkText(rawComment, MAX_COMMENT_LENGTH);
  if (topic && role && topic.audience !== role) {
    notices.push(
      `The topic ${quoteValue(topic.id)} in the link is from the ${topic.audience} guide, but the link's role is ${role}: both were kept. Check them below.`,
    );
  }
  return {
    role,
    priority,
    topic,
    ...(searched !== undefined ? {searched} : {}),
    ...(searches.length > 1 ? {searches} : {}),
    ...(section ? {section} : {}),
    ...(reason ? {reason} : {}),
    ...(tried.length > 0 ? {tried} : {}),
    ...(comment ? {comment} : {}),
    notices,
  };
}

/**
 * The link's topic as it applies to a draft. When the link names no role
 * and the draft already has one, the topic id is looked up again in that
 * role's guide first: an id in both guides (`activation-link-expired`)
 * takes the draft's guide, not the client one.
 *
 * @param draft - the draft the link is applied to.
 * @param params - from {@link parseRequestParams}.
 */
function topicFor(draft: RequestDraft, params: RequestParams): Topic | undefined {
  if (!params.topic) return undefined;
  if (params.role || draft.role === '') return params.topic;
  return findTopic(params.topic.id, draft.role) ?? params.topic;
}

/**
 * Fills a draft from the URL's parameters without overwriting anything the
 * person already answered (a restored draft wins over the link): each value
 * goes only into a blank field. A topic fills `topic`, the `summary` and the
 * `kind`; without a `role` parameter it also fills the role of its guide,
 * and an id in both guides takes the guide of the draft's role. A search
 * query fills a blank summary (when it fits the summary's length; a topic's
 * subject comes first) and a blank description ({@link searchedDescription}).
 *
 * @param draft - the current draft (not mutated).
 * @param params - from {@link parseRequestParams}.
 * @returns a new draft.
 */
export function applyRequestParams(draft: RequestDraft, params: RequestParams): RequestDraft {
  const next = {...draft};
  const topic = topicFor(draft, params);
  const role = params.role ?? topic?.audience;
  if (role && next.role === '') next.role = role;
  if (params.priority && next.priority === '') next.priority = params.priority;
  if (topic) {
    if (next.topic === '') next.topic = topicKey(topic);
    if (next.summary.trim() === '') next.summary = topic.subject;
    if (next.kind === '') next.kind = topic.kind;
  }
  if (params.section) {
    // A section's "Get help": its title is the summary of a question (a scenario's topic gave its subject).
    if (next.summary.trim() === '' && Array.from(params.section.title).length <= FIELDS.summary.maxLength)
      next.summary = params.section.title;
    if (next.description.trim() === '') {
      const searches = params.searches ?? (params.searched !== undefined ? [params.searched] : []);
      const pageTitle = DEEP_LINKS.find((l) => l.kind === 'page' && l.route === params.section?.route)?.title;
      const text = feedbackDescription({
        section: params.section,
        pageTitle,
        reason: params.reason,
        tried: params.tried ?? [],
        searches,
        comment: params.comment,
      });
      if (Array.from(text).length <= FIELDS.description.maxLength) next.description = text;
    }
  }
  if (params.searched !== undefined) {
    if (next.summary.trim() === '' && Array.from(params.searched).length <= FIELDS.summary.maxLength)
      next.summary = params.searched;
    if (next.description.trim() === '') next.description = searchedDescription(params.searched);
  }
  return next;
}

/**
 * The draft after the person chooses a troubleshooting guide in the form: the
 * topic is set, the summary takes the guide's subject unless the person wrote
 * their own (a summary equal to the previous guide's subject counts as not
 * their own), and a blank kind of issue takes the guide's kind.
 *
 * @param draft - the draft before the choice (not mutated).
 * @param key - the chosen topic key (`client:pdf-download-failing`), or `''` for none.
 * @returns a new draft.
 * @example
 * ```ts
 * chooseTopic(emptyDraft(), 'client:pdf-download-failing');
 * // => {...emptyDraft(), topic: 'client:pdf-download-failing', summary: 'Agreement PDF download failing', kind: 'activation'}
 * ```
 */
export function chooseTopic(draft: RequestDraft, key: string): RequestDraft {
  const next = {...draft, topic: key};
  const previous = topicByKey(draft.topic);
  const topic = topicByKey(key);
  if (topic && (draft.summary.trim() === '' || draft.summary === previous?.subject)) next.summary = topic.subject;
  if (topic && draft.kind === '') next.kind = topic.kind;
  return next;
}

/**
 * What a link asks for that {@link applyRequestParams} will not apply to a
 * restored draft because the person already answered otherwise (role,
 * priority, topic, search words over a written summary and description), and a link topic that is only in the other role's guide
 * than the draft's: one readable notice each, plain text, so the person
 * knows the link said something else.
 *
 * @param draft - the restored draft, before the link is applied.
 * @param params - from {@link parseRequestParams}.
 * @returns notices, empty when the link agrees with the draft or fills only blank fields.
 */
export function requestParamConflicts(draft: RequestDraft, params: RequestParams): string[] {
  const notices: string[] = [];
  const keep = (what: string, linkValue: string, draftValue: string): void => {
    notices.push(
      `The link's ${what} (${linkValue}) was not applied: your saved draft says ${draftValue}. Change it below if the link is right.`,
    );
  };
  if (params.role && draft.role !== '' && draft.role !== params.role) keep('role', params.role, draft.role);
  if (params.priority && draft.priority !== '' && draft.priority !== params.priority)
    keep('priority', params.priority, draft.priority);
  const topic = topicFor(draft, params);
  if (topic && !params.role && draft.role !== '' && topic.audience !== draft.role) {
    notices.push(
      `The topic ${quoteValue(topic.id)} in the link is from the ${topic.audience} guide, but your saved draft's role is ${draft.role}. Check the role and the guide below.`,
    );
  }
  if (params.searched !== undefined && draft.summary.trim() !== '' && draft.description.trim() !== '') {
    notices.push(
      `The search words in the link (${quoteValue(params.searched)}) were not copied: your saved draft already has a summary and a description.`,
    );
  }
  if (topic && draft.topic !== '' && draft.topic !== topicKey(topic)) {
    const saved = topicByKey(draft.topic);
    keep(
      'topic',
      `${topic.title}, ${topic.audience} guide`,
      saved ? `${saved.title}, ${saved.audience} guide` : draft.topic,
    );
  }
  return notices;
}
