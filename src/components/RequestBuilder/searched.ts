/**
 * The request builder's `searched` parameter, apart from the rest of its
 * URL contract (`params.ts`, which needs the request model and Luxon): the
 * search's "Ask support" builds links with it, and the search's code stays
 * small. Pure, no imports.
 *
 * @module
 */

/** The name of the parameter that carries a search query into the builder. */
export const SEARCHED_PARAMETER = 'searched';

/** Longest search query the builder takes from a link, in characters (a longer one is ignored with a notice). */
export const MAX_SEARCHED_LENGTH = 500;

/**
 * The description sentence for a search that found no answer.
 *
 * @example searchedDescription('refund') // => 'I searched the help center for “refund” and did not find an answer.'
 */
export function searchedDescription(searched: string): string {
  return `I searched the help center for “${searched}” and did not find an answer.`;
}
