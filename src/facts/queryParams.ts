/**
 * Reading the query string of a link into the help center, which is
 * untrusted input: the one helper every page that reads parameters uses (the
 * priority picker, the request builder, the role guides), so they trim,
 * treat empty values and quote bad values alike. Pure, no DOM.
 *
 * @module
 */

/** Longest part of an untrusted value quoted back in a notice, in characters (code points). */
export const MAX_QUOTED_LENGTH = 40;

/**
 * A parameter's value as the page should read it.
 *
 * @param params - the query string (`location.search`, with or without `?`) or parsed parameters.
 * @param name - the parameter name, for example `priority`.
 * @returns the raw value (untrimmed, for quoting back), or `undefined` when
 *   the parameter is absent or only spaces (an empty value counts as absent).
 * @example
 * ```ts
 * readParam('?priority=%20HIGH&role=', 'priority'); // => ' HIGH'
 * readParam('?priority=%20HIGH&role=', 'role');     // => undefined
 * ```
 */
export function readParam(params: string | URLSearchParams, name: string): string | undefined {
  const raw = (typeof params === 'string' ? new URLSearchParams(params) : params).get(name);
  return raw === null || raw.trim() === '' ? undefined : raw;
}

/**
 * An untrusted value quoted for a plain-text notice: in curly quotes,
 * shortened to {@link MAX_QUOTED_LENGTH} characters with `…`, never cut
 * inside a character (an emoji's surrogate pair stays whole). The caller
 * renders the notice as text, never as markup.
 *
 * @param value - the value as it came in.
 * @returns for example `“urgent”`, or the first 40 characters and `…”`.
 */
export function quoteValue(value: string): string {
  const chars = Array.from(value);
  return `“${chars.length > MAX_QUOTED_LENGTH ? `${chars.slice(0, MAX_QUOTED_LENGTH).join('')}…` : value}”`;
}
