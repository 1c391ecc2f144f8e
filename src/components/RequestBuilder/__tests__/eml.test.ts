import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import {emlDraft, emlFileName} from '../eml';

/** The draft read back by a well-kept MIME parser, as a mail app reads the file. */
async function read(text: string) {
  return PostalMime.parse(text);
}

describe('emlDraft', () => {
  it('is an unsent message to the address with the subject and the whole body', async () => {
    const eml = emlDraft({
      to: 'urgent@example.com',
      subject: 'Client PDF download failing - ABC',
      body: 'Line 1\nLine 2',
    });
    const mail = await read(eml);
    expect(mail.to?.map((a) => a.address)).toEqual(['urgent@example.com']);
    expect(mail.subject).toBe('Client PDF download failing - ABC');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.from).toBeUndefined();
    expect(mail.text).toBe('Line 1\r\nLine 2');
  });

  it('uses CRLF line breaks and base64 lines of at most 76 characters', () => {
    const eml = emlDraft({to: 'a@example.com', subject: 'S', body: 'x'.repeat(5000)});
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const body = eml.split('\r\n\r\n')[1]!.split('\r\n').filter(Boolean);
    expect(body.length).toBeGreaterThan(60);
    expect(body.every((l) => l.length <= 76)).toBe(true);
  });

  it('keeps any text, accents, emoji and long subjects included, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({unit: 'grapheme', minLength: 1, maxLength: 120}).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
        fc.string({unit: 'grapheme', maxLength: 3000}),
        async (subject, body) => {
          const mail = await read(emlDraft({to: 'a@example.com', subject, body}));
          expect(mail.subject?.trim()).toBe(subject.trim());
          expect(mail.text ?? '').toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        },
      ),
      {numRuns: 60},
    );
  }, 60_000);
});

describe('emlFileName', () => {
  it.each([
    ['Client PDF download failing - Company ABC & Sons', 'Client-PDF-download-failing-Company-ABC-Sons.eml'],
    ['URGENT - Café résumé', 'URGENT-Cafe-resume.eml'],
    ['😀', 'support-request.eml'],
  ])('names %j %s', (subject, expected) => {
    expect(emlFileName(subject)).toBe(expected);
  });
});
