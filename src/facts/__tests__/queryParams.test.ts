import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {MAX_QUOTED_LENGTH, quoteValue, readParam} from '../queryParams';

describe('readParam', () => {
  it.each([
    ['?priority=high', 'high'],
    ['priority=high', 'high'],
    ['?priority=%20HIGH%20', ' HIGH '],
    ['?priority=', undefined],
    ['?priority=%20%20', undefined],
    ['?other=1', undefined],
    ['?priority=a&priority=b', 'a'],
  ])('reads %s as %o', (search, expected) => {
    expect(readParam(search, 'priority')).toBe(expected);
  });

  it('reads parsed parameters as well', () => {
    expect(readParam(new URLSearchParams({role: 'client'}), 'role')).toBe('client');
  });
});

describe('quoteValue', () => {
  it('quotes a short value whole', () => {
    expect(quoteValue('urgent')).toBe('“urgent”');
  });

  it(`shortens a value longer than ${MAX_QUOTED_LENGTH} characters with an ellipsis`, () => {
    expect(quoteValue('x'.repeat(100))).toBe(`“${'x'.repeat(MAX_QUOTED_LENGTH)}…”`);
  });

  it('never cuts inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 80}), (value) => {
        const quoted = quoteValue(value);
        // encodeURIComponent throws on a lone surrogate: the quote must stay well formed.
        expect(() => encodeURIComponent(quoted), quoted).not.toThrow();
        expect(Array.from(quoted.slice(1, -1).replace(/…$/, '')).length).toBeLessThanOrEqual(MAX_QUOTED_LENGTH);
      }),
    );
    expect(quoteValue(`${'a'.repeat(MAX_QUOTED_LENGTH - 1)}😀😀`)).toBe(`“${'a'.repeat(MAX_QUOTED_LENGTH - 1)}😀…”`);
  });
});
