/**
 * The priority picker's query-parameter contract as data: the default
 * priority and the documentation of `priority` and `submitted`. Kept apart
 * from `./params.ts` (which parses with Luxon) so that a page that only
 * documents the parameters (the "Linking to the help center" page) does not
 * bundle the date library.
 */
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';
import type {QueryParameterDoc} from '../../data/queryParameters';

/** The priority shown when the URL names none or an unknown one. */
export const DEFAULT_PRIORITY: PriorityId = 'medium';

/**
 * The picker's query-parameter contract, rendered on the "Linking to the help
 * center" page (never typed there by hand). The example of `submitted` is a
 * format example, not a fact of the support config.
 */
export const PICKER_PARAMETERS: readonly QueryParameterDoc[] = [
  {
    name: 'priority',
    linkIds: ['priority-picker'],
    values: `${PRIORITY_IDS.join(', ')} (case-insensitive)`,
    whenAbsent: `${DEFAULT_PRIORITY} is selected.`,
    whenInvalid: `A notice names the ignored value; ${DEFAULT_PRIORITY} is selected.`,
    example: 'high',
  },
  {
    name: 'submitted',
    linkIds: ['priority-picker'],
    values:
      'An ISO 8601 date-time in the years the support calendar covers (calendar.years in support.json). With an offset or Z it is that instant; without one it is wall-clock time in the support time zone.',
    whenAbsent: 'The current time.',
    whenInvalid:
      'A notice names the ignored value (not a date-time, or outside the years the calendar covers); the current time is used.',
    example: '2026-03-06T16:00:00-05:00',
  },
];
