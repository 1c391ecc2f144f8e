/**
 * The `role` query parameter, as pure functions (no React, no DOM): pages that
 * adapt to the audience (the home page, `/troubleshooting`) highlight the
 * guides of `?role=client` or `?role=operator`.
 *
 * Any other parameter (for example `_highlight` from search result links) is
 * ignored. An unknown value produces a readable notice and no highlight.
 */
import type {QueryParameterDoc} from '../../data/queryParameters';

import {ROLES, type Role} from '../../data/roles';
import {quoteValue, readParam} from '../../facts/queryParams';

export {ROLES, type Role};

/** What the `role` parameter of a URL asks for. */
export interface RoleParam {
  /** The role to highlight; `null` when absent, empty or unknown. */
  role: Role | null;
  /** Readable plain-text notice about an ignored value (never markup); `null` when none. */
  notice: string | null;
}

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
  const raw = readParam(search, 'role');
  if (raw === undefined) return {role: null, notice: null};
  const wanted = raw.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(wanted)) return {role: wanted as Role, notice: null};
  return {
    role: null,
    notice: `Unknown role ${quoteValue(raw)} in the link: showing the guides for everyone. Use role=${ROLES.join(' or role=')}.`,
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
