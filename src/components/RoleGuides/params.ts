/**
 * The `role` query parameter, as pure functions (no React, no DOM): pages that
 * adapt to the audience (the home page, `/troubleshooting`) highlight the
 * guides of `?role=client` or `?role=operator`.
 *
 * Any other parameter (for example `_highlight` from search result links) is
 * ignored. An unknown value produces a readable notice and no highlight.
 */
import type {QueryParameterDoc} from '../../data/queryParameters';

/** The roles a link may name. */
export const ROLES = ['client', 'operator'] as const;

/**
 * A role of the `role` parameter.
 * - `client`: a person who received an activation link.
 * - `operator`: a dashboard user who generates links.
 */
export type Role = (typeof ROLES)[number];

/** What the `role` parameter of a URL asks for. */
export interface RoleParam {
  /** The role to highlight; `null` when absent, empty or unknown. */
  role: Role | null;
  /** Readable plain-text notice about an ignored value (never markup); `null` when none. */
  notice: string | null;
}

const MAX_ECHO = 40;

/**
 * Reads the `role` parameter from a query string: case-insensitive, trimmed;
 * empty is the same as absent.
 *
 * @param search - `location.search`, with or without the leading `?`.
 * @returns the role and a notice for an unknown value. Never throws.
 * @example
 * parseRoleParam('?role=Operator') // => {role: 'operator', notice: null}
 * parseRoleParam('?role=admin')    // => {role: null, notice: 'Unknown role “admin” in the link: …'}
 */
export function parseRoleParam(search: string): RoleParam {
  const raw = new URLSearchParams(search).get('role');
  if (raw === null || raw.trim() === '') return {role: null, notice: null};
  const wanted = raw.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(wanted)) return {role: wanted as Role, notice: null};
  const shown = raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw;
  return {
    role: null,
    notice: `Unknown role “${shown}” in the link: showing the guides for everyone. Use role=${ROLES.join(' or role=')}.`,
  };
}

/** The `role` parameter's contract, rendered on the "Linking to the help center" page. */
export const ROLE_PARAMETERS: readonly QueryParameterDoc[] = [
  {
    name: 'role',
    linkIds: ['home', 'troubleshooting'],
    values: `${ROLES.join(', ')} (case-insensitive)`,
    whenAbsent: 'Both audiences are shown alike.',
    whenInvalid: 'A notice names the ignored value; both audiences are shown alike.',
    example: 'operator',
  },
];
