/**
 * Who the help center is for: the two roles of the agreement activation
 * system, and the audiences of its pages. The one definition of both, used
 * by the deep-link registry, the request topics, the request builder and the
 * role parameter of the home page.
 *
 * @module
 */

/** The roles, in the order the site offers them. */
export const ROLES = ['client', 'operator'] as const;

/**
 * A person's role.
 * - `client`: a person who received an activation link (no dashboard account).
 * - `operator`: a dashboard user who generates links.
 */
export type Role = (typeof ROLES)[number];

/** The audiences of the site's pages and link targets: each role, or both. */
export const AUDIENCES = [...ROLES, 'all'] as const;

/** Who a page or a link target is written for: a {@link Role}, or `all` for both. */
export type Audience = (typeof AUDIENCES)[number];

/** Whether a string is a {@link Role} (exact, lower case). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
