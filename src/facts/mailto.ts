/**
 * `mailto:` links as RFC 6068 asks, for every email link of the site (the
 * contact facts, the request builder). Pure, no React.
 *
 * @module
 */

/**
 * A `mailto:` URL for `address`, with an optional subject and body encoded as
 * RFC 6068 asks: percent-encoding of UTF-8 via `encodeURIComponent`, so spaces
 * are `%20`, not `+` (which `URLSearchParams` would write and mail clients
 * show literally), and every line break of the body (`\n`, `\r\n` or `\r`) is
 * `%0D%0A`. A lone UTF-16 surrogate (from damaged pasted text), which
 * `encodeURIComponent` would throw on, becomes U+FFFD.
 *
 * @param address - the recipient, `mailbox@domain`.
 * @param fields - `subject` and `body`; empty ones are left out.
 * @returns for example `mailto:support@example.com?subject=PDF%20failing&body=Line%201%0D%0ALine%202`.
 */
export function mailtoHref(address: string, fields: {subject?: string; body?: string} = {}): string {
  const params: string[] = [];
  if (fields.subject) params.push(`subject=${encodeURIComponent(wellFormed(fields.subject))}`);
  if (fields.body) params.push(`body=${encodeURIComponent(wellFormed(fields.body).replace(/\r\n|\r|\n/g, '\r\n'))}`);
  return `mailto:${address}${params.length ? `?${params.join('&')}` : ''}`;
}

/** `text` with each lone UTF-16 surrogate replaced by U+FFFD (as `String.prototype.toWellFormed`, which older browsers lack). */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i += 1;
      } else {
        out += '\ufffd';
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += text[i];
    }
  }
  return out;
}
