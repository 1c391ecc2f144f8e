/**
 * The request builder's query-parameter contract as data, rendered on the
 * request page and on "Linking to the help center" (never typed there by
 * hand). Kept apart from `./params.ts` and `./model.ts` (which load Luxon
 * with the form) so that the pages that only document the parameters do
 * not bundle the date library.
 */
import {PRIORITY_IDS} from '../../sla/types';
import {ROLES} from '../../data/roles';
import {TOPICS} from '../../data/topics';
import type {QueryParameterDoc} from '../../data/queryParameters';
import {MAX_SEARCHED_LENGTH, SEARCHED_PARAMETER} from './searched';
import {DEEP_LINKS} from '../../data/deepLinks';
import {FEEDBACK_REASONS} from '../../facts/events';
import {
  COMMENT_PARAMETER,
  MAX_COMMENT_LENGTH,
  FEEDBACK_KINDS,
  MAX_SEARCHES,
  MAX_STEP_LENGTH,
  MAX_TRIED_STEPS,
  REASON_PARAMETER,
  SECTION_PARAMETER,
  TRIED_PARAMETER,
} from './fromFeedback';

/** The section of the documented feedback example: the first FAQ question. */
const EXAMPLE_SECTION =
  DEEP_LINKS.find((l) => l.kind === 'question') ?? DEEP_LINKS.find((l) => FEEDBACK_KINDS.includes(l.kind))!;

/** The topic of the documented example: a scenario of the operator guide. */
const EXAMPLE_TOPIC = TOPICS.find((t) => t.audience === 'operator' && t.kind === 'activation') ?? TOPICS[0]!;

/**
 * The builder's parameters: `role`, `priority`, `topic`, `searched` (the search's "Ask support", and the searches
 * of the visit), and `section`, `reason`, `tried` (a section's "Did this solve your problem?" No, then "Get help").
 */
export const REQUEST_PARAMETERS: readonly QueryParameterDoc[] = [
  {
    name: 'role',
    linkIds: ['request-builder'],
    values: `${ROLES.join(', ')} (case-insensitive)`,
    whenAbsent: 'The role stays unanswered, unless the topic is from one guide only: then it is that guide’s role.',
    whenInvalid: 'A notice names the ignored value; the role stays unanswered.',
    example: EXAMPLE_TOPIC.audience,
  },
  {
    name: 'priority',
    linkIds: ['request-builder'],
    values: `${PRIORITY_IDS.join(', ')} (case-insensitive)`,
    whenAbsent: 'The priority stays unanswered (the form links to the priority picker).',
    whenInvalid: 'A notice names the ignored value; the priority stays unanswered.',
    example: EXAMPLE_TOPIC.priority,
  },
  {
    name: 'topic',
    linkIds: ['request-builder'],
    values:
      'The id of a troubleshooting scenario: the part after # in its address in the client or operator guide (see the link targets of kind scenario). It fills the subject line and the kind of issue.',
    whenAbsent: 'No guide is chosen.',
    whenInvalid: 'A notice names the ignored value; no guide is chosen.',
    example: EXAMPLE_TOPIC.id,
  },
  {
    name: SEARCHED_PARAMETER,
    linkIds: ['request-builder'],
    values: `What the person searched the help center for without finding an answer, as typed (the search's Ask support adds it), at most ${MAX_SEARCHED_LENGTH} characters. It fills an empty summary (the subject line; a topic's subject comes first) and an empty description with a sentence saying what was searched.`,
    whenAbsent: 'The summary and the description stay as they are.',
    whenInvalid: 'Longer search words are not copied, with a notice.',
    example: 'pdf download',
  },
  {
    name: SECTION_PARAMETER,
    linkIds: ['request-builder'],
    values: `The id of a troubleshooting scenario or FAQ question in the link registry (kinds ${FEEDBACK_KINDS.join(' and ')}): the section the person read before asking for help. With the other values of its Get help link (reason, tried, every searched value, up to ${MAX_SEARCHES}) it fills an empty description saying what was read, what went wrong, the steps tried and the searches; a question's title fills an empty summary.`,
    whenAbsent: 'The description says nothing about a section.',
    whenInvalid: 'A notice names the ignored value.',
    example: EXAMPLE_SECTION.id,
  },
  {
    name: REASON_PARAMETER,
    linkIds: ['request-builder'],
    values: `Why the section did not help: ${FEEDBACK_REASONS.map((r) => r.id).join(', ')}. Used with section.`,
    whenAbsent: 'The description gives no reason.',
    whenInvalid: 'A notice names the ignored value.',
    example: FEEDBACK_REASONS[0].id,
  },
  {
    name: TRIED_PARAMETER,
    linkIds: ['request-builder'],
    values: `One step of the section the person tried, as the section names it; repeat the parameter for each step (at most ${MAX_TRIED_STEPS}, each cut to ${MAX_STEP_LENGTH} characters). Used with section.`,
    whenAbsent: 'The description lists no steps.',
    whenInvalid: 'Empty values are left out; longer ones are cut.',
    example: 'Try another browser',
  },
  {
    name: COMMENT_PARAMETER,
    linkIds: ['request-builder'],
    values: `What went wrong, in the person's words (the optional comment of the feedback question), at most ${MAX_COMMENT_LENGTH} characters. Used with section.`,
    whenAbsent: 'The description has no comment.',
    whenInvalid: 'A longer comment is cut.',
    example: 'The download button stays grey',
  },
];
