import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {mailtoHref} from '../mailto';

/** Reads a mailto: URL back with the standard URL API: address, subject and body as a mail client would. */
function decode(href: string): {address: string; subject: string | null; body: string | null} {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return {address: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body')};
}

describe('mailtoHref', {timeout: 30_000}, () => {
  it('is the bare address without subject and body', () => {
    expect(mailtoHref('support@example.com')).toBe('mailto:support@example.com');
    expect(mailtoHref('support@example.com', {subject: '', body: ''})).toBe('mailto:support@example.com');
  });

  it('percent-encodes spaces as %20 (never +) and line breaks as CRLF', () => {
    expect(mailtoHref('a@example.com', {subject: 'PDF failing', body: 'Line 1\nLine 2'})).toBe(
      'mailto:a@example.com?subject=PDF%20failing&body=Line%201%0D%0ALine%202',
    );
  });

  it('turns \\r\\n, \\r and \\n alike into one CRLF each', () => {
    expect(mailtoHref('a@example.com', {body: 'a\r\nb\rc\nd'})).toBe(
      'mailto:a@example.com?body=a%0D%0Ab%0D%0Ac%0D%0Ad',
    );
  });

  it('encodes characters that would end or split a parameter: & = ? # % +', () => {
    const subject = 'A&B=C?D#E%F+G';
    const href = mailtoHref('a@example.com', {subject, body: 'x&body=injected'});
    expect(href).toBe('mailto:a@example.com?subject=A%26B%3DC%3FD%23E%25F%2BG&body=x%26body%3Dinjected');
    expect(decode(href)).toEqual({address: 'a@example.com', subject, body: 'x&body=injected'});
  });

  it('encodes non-ASCII text as UTF-8: accents, CJK, emoji', () => {
    const href = mailtoHref('a@example.com', {subject: 'Café 東京 🚀'});
    expect(href).toBe('mailto:a@example.com?subject=Caf%C3%A9%20%E6%9D%B1%E4%BA%AC%20%F0%9F%9A%80');
  });

  it('replaces a lone surrogate with U+FFFD instead of throwing', () => {
    expect(mailtoHref('a@example.com', {subject: 'bad \ud83d end'})).toBe(
      'mailto:a@example.com?subject=bad%20%EF%BF%BD%20end',
    );
  });

  it('round-trips any text through the URL API (line breaks as CRLF)', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'grapheme', maxLength: 80}),
        fc.string({unit: 'grapheme', maxLength: 200}),
        (subject, body) => {
          const decoded = decode(mailtoHref('a@example.com', {subject, body}));
          expect(decoded.subject).toBe(subject === '' ? null : subject);
          expect(decoded.body).toBe(body === '' ? null : body.replace(/\r\n|\r|\n/g, '\r\n'));
        },
      ),
    );
  });
});
