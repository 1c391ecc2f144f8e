import {describe, expect, it} from 'vitest';
import {mailtoHref} from '../../../facts/mailto';
import {MAILTO_MAX_LENGTH, requestMailto, TRUNCATION_NOTE} from '../model';

/** Reads a mailto: URL back with the standard URL API: address, subject and body as a mail client would. */
function decode(href: string): {address: string; subject: string | null; body: string | null} {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return {address: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body')};
}

describe('requestMailto', () => {
  const address = 'urgent@example.com';

  it('keeps a short request whole', () => {
    const result = requestMailto(address, 'Subject', 'Body\nline 2');
    expect(result).toEqual({href: mailtoHref(address, {subject: 'Subject', body: 'Body\nline 2'}), truncated: false});
  });

  it(`cuts a long body to fit ${MAILTO_MAX_LENGTH} characters and ends it with a note`, () => {
    const body = Array.from({length: 200}, (_, i) => `Line ${i}: the client saw an error.`).join('\n');
    const result = requestMailto(address, 'Client PDF download failing - Company ABC', body);
    expect(result.truncated).toBe(true);
    expect(result.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(result.href.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 100);
    const decoded = decode(result.href);
    expect(decoded.subject).toBe('Client PDF download failing - Company ABC');
    expect(decoded.body?.endsWith(`\r\n\r\n${TRUNCATION_NOTE}`)).toBe(true);
    const kept = decoded.body?.slice(0, -TRUNCATION_NOTE.length - 4).replace(/\r\n/g, '\n') ?? '';
    expect(body.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(500);
  });

  it('cuts at a line break or space rather than inside a word', () => {
    const body = 'word '.repeat(1000);
    const decoded = decode(requestMailto(address, 'S', body).href);
    const kept = decoded.body?.slice(0, -TRUNCATION_NOTE.length - 4) ?? '';
    expect(kept.endsWith('word')).toBe(true);
  });

  it('never splits an emoji (a surrogate pair) when cutting multi-byte text', () => {
    const body = '🚀東'.repeat(2000);
    const result = requestMailto(address, 'S', body);
    expect(result.truncated).toBe(true);
    expect(result.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const decoded = decode(result.href);
    expect(decoded.body).not.toContain('\ufffd');
    expect(body.startsWith(decoded.body?.slice(0, -TRUNCATION_NOTE.length - 4) ?? 'x')).toBe(true);
  });

  it('shortens the subject too when even the note does not fit, ending it with …', () => {
    const subject = '東'.repeat(300);
    const result = requestMailto(address, subject, 'body');
    expect(result.truncated).toBe(true);
    expect(result.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const decoded = decode(result.href);
    expect(decoded.subject?.endsWith('…')).toBe(true);
    expect(subject.startsWith(decoded.subject?.slice(0, -1) ?? 'x')).toBe(true);
    expect(decoded.body).toBe(TRUNCATION_NOTE);
  });

  it('honours a smaller limit exactly at the boundary', () => {
    const subject = 'S';
    const body = 'a'.repeat(50);
    const exact = mailtoHref(address, {subject, body}).length;
    expect(requestMailto(address, subject, body, exact).truncated).toBe(false);
    expect(requestMailto(address, subject, body, exact - 1).truncated).toBe(true);
  });
});

describe('requestMailto on a very long body', () => {
  it('cuts a body of megabytes to the limit and says where the email ends', () => {
    const body = `${'Start of the log. '.repeat(10)}${'x'.repeat(2_000_000)}`;
    const mail = requestMailto('support@example.com', 'Subject', body);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.truncated).toBe(true);
    const kept = new URL(mail.href).searchParams.get('body') ?? '';
    expect(kept.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(mail.endsWith && kept.replace(/\s+/g, ' ')).toContain(mail.endsWith);
  });
});
