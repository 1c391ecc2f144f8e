/**
 * The shape in which each page documents its query parameters, so the
 * "Linking to the help center" page renders the parameter contract from the
 * modules that parse them (`PriorityPicker/params.ts`, `RoleGuides/params.ts`)
 * instead of a hand-typed copy.
 */

/** One query parameter a page reads from its URL. */
export interface QueryParameterDoc {
  /** The parameter name, e.g. `priority`. */
  readonly name: string;
  /** Deep-link registry ids of the targets it applies to, e.g. `priority-picker`; example links are built from them. */
  readonly linkIds: readonly string[];
  /** Accepted values, in words or as a list, e.g. `critical, high, medium, low (case-insensitive)`. */
  readonly values: string;
  /** What happens when it is absent. */
  readonly whenAbsent: string;
  /** What happens with a value that is not accepted (never an error page). */
  readonly whenInvalid: string;
  /** A valid example value, e.g. `high`. */
  readonly example: string;
}
