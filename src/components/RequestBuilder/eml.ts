/**
 * The whole request as an `.eml` draft: a complete alternative to a
 * `mailto:` link, which mail handlers cut at about 2,000 characters. Desktop
 * mail apps (Outlook, Apple Mail, Thunderbird) open a message file with the
 * header `X-Unsent: 1` as a new message ready to send, with the person's own
 * account as the sender.
 *
 * Written here rather than with a MIME library: the ones for the browser
 * (mimetext) require a `From` header, which a draft must not have (the
 * person's mail app sets the sender). The format is small and fixed: RFC 5322
 * headers, the subject as an RFC 2047 encoded word, one `text/plain` UTF-8
 * part in base64 (RFC 2045) with CRLF line breaks. Unit-tested by parsing the
 * file with postal-mime.
 *
 * @module
 */

/** The longest line of base64 text, in characters (RFC 2045). */
const BASE64_LINE = 76;

/** `text` as UTF-8, base64-encoded (browser and Node: `TextEncoder` and `btoa`). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A header value as RFC 2047 encoded words (UTF-8, base64), each at most 75 characters; plain ASCII stays as it is. */
function encodedWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    // 45 bytes of UTF-8 make 60 base64 characters: with `=?UTF-8?B?` and `?=`, 72.
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join('\r\n ');
}

/** What goes into the draft. */
export interface EmlDraft {
  /** The recipient, `mailbox@domain`. */
  readonly to: string;
  /** The subject line, one line. */
  readonly subject: string;
  /** The whole body; line breaks of any kind become CRLF. */
  readonly body: string;
}

/**
 * The `.eml` text of an unsent message.
 *
 * @param draft - recipient, subject and body.
 * @returns the message: headers `To`, `Subject`, `X-Unsent: 1`,
 *   `MIME-Version`, `Content-Type: text/plain; charset=UTF-8`,
 *   `Content-Transfer-Encoding: base64`, then the body in base64 lines of 76
 *   characters; every line break CRLF.
 * @example
 * ```ts
 * emlDraft({to: 'support@example.com', subject: 'PDF failing', body: 'Hello'});
 * // => 'To: support@example.com\r\nSubject: PDF failing\r\nX-Unsent: 1\r\n…\r\n\r\nSGVsbG8=\r\n'
 * ```
 */
export function emlDraft({to, subject, body}: EmlDraft): string {
  const encoded = base64(body.replace(/\r\n|\r|\n/g, '\r\n'));
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += BASE64_LINE) lines.push(encoded.slice(i, i + BASE64_LINE));
  return [
    `To: ${to}`,
    `Subject: ${encodedWords(subject.replace(/[\r\n]+/g, ' '))}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...lines,
    '',
  ].join('\r\n');
}

/** A file name for the draft from its subject: letters, digits and dashes, at most 60 characters, `.eml`. */
export function emlFileName(subject: string): string {
  const base = subject
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'support-request'}.eml`;
}
