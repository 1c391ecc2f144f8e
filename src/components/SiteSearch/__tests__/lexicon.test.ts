import {describe, expect, it} from 'vitest';
import {countWords, createLexicon} from '../lexicon';
import {fixtureLexicon} from './fixtures';

describe('createLexicon', () => {
  const lexicon = fixtureLexicon();

  it.each([
    ['activaton', 'activation'],
    ['dashbord', 'dashboard'],
    ['downlaod', 'download'],
    ['emergancy', 'emergency'],
    ['permisions', 'permissions'],
  ])('corrects %s to %s', (typo, word) => {
    expect(lexicon.correct(typo)).toBe(word);
  });

  it('never corrects a word of the site or of the vocabulary table ("hacked" is not a typo of anything)', () => {
    expect(lexicon.correct('download')).toBeUndefined();
    expect(lexicon.correct('hacked')).toBeUndefined();
  });

  it('never corrects words shorter than five letters, nor numbers', () => {
    expect(lexicon.correct('sgin')).toBeUndefined();
    expect(lexicon.correct('4033')).toBeUndefined();
  });

  it('allows two edits only from eight letters on', () => {
    const l = createLexicon({words: {storage: 3, activation: 2}});
    expect(l.correct('stoarge')).toBe('storage'); // one swap
    expect(l.correct('strage')).toBe('storage'); // one letter missing
    expect(l.correct('stroeag')).toBeUndefined(); // two edits in seven letters
    expect(l.correct('aktivasion')).toBe('activation'); // two letters wrong in ten
  });

  it('prefers the nearest word, then the most frequent, then the first alphabetically', () => {
    const l = createLexicon({words: {signed: 1, singed: 5, sighed: 5}});
    expect(l.correct('signet')).toBe('signed');
    expect(l.correct('sihged')).toBe('sighed');
  });

  it('tells the start of a word from a typo', () => {
    expect(lexicon.startsWord('downl')).toBe(true);
    expect(lexicon.startsWord('xyz')).toBe(false);
    expect(lexicon.has('download')).toBe(true);
    expect(lexicon.has('downl')).toBe(false);
  });
});

describe('countWords', () => {
  it('counts normalised words of four letters or more, in alphabetical order', () => {
    const {words} = countWords(['Download the PDF, download it again!', 'Can’t: downloads... it’s 24 hours']);
    expect(words).toEqual({again: 1, "can't": 1, download: 2, downloads: 1, hours: 1});
    expect(Object.keys(words)).toEqual([...Object.keys(words)].sort());
  });
});
