import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {editDistance, normalizeText, sameWord, wordsOf} from '../text';

describe('normalizeText', () => {
  it.each([
    ['  Pop-up blocked?  ', 'pop up blocked'],
    ['Client’s link won’t open', "client link won't open"],
    ['“Failed - Network error”', 'failed network error'],
    ['ＰＤＦ', 'pdf'],
    ['24/7', '24 7'],
    ["'quoted'", 'quoted'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['', ''],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('wordsOf', () => {
  it('splits the normalised text', () => {
    expect(wordsOf('Why can’t I log in?')).toEqual(['why', "can't", 'i', 'log', 'in']);
    expect(wordsOf(' ?! ')).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['activaton', 'activation', 1],
    ['dashbord', 'dashboard', 1],
    ['downlaod', 'download', 1],
    ['emergancy', 'emergency', 1],
    ['blokced', 'blocked', 1],
    ['permisions', 'permissions', 1],
    ['hacked', 'back', 3],
  ])('%s to %s: %i (above 2 reads as 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });

  it('is zero only for equal words, symmetric, and never above the longer length', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8});
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 10);
        return (d === 0) === (a === b) && d === editDistance(b, a, 10) && d <= Math.max(a.length, b.length);
      }),
    );
  });

  it('stops at max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('sameWord', () => {
  it.each([
    ['download', 'downloads', true],
    ['sign', 'signed', true],
    ['activate', 'activation', true],
    ['expired', 'expiration', true],
    ['respond', 'response', true],
    ['access', 'accessibility', false],
    ['can', 'cancel', false],
    ['pdf', 'pdf', true],
    ['phone', 'iphone', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
    expect(sameWord(b, a)).toBe(same);
  });
});
