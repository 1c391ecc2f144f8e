import {describe, expect, it} from 'vitest';
import {
  FILLER_WORDS,
  NEGATIONS,
  PROBLEM_WORDS,
  QUESTION_WORDS,
  ROLE_WORDS,
  SYNONYMS,
  TYPO_TOLERANCE,
} from '../searchVocabulary';

/**
 * The search vocabulary as data: each entry against the rules of its module
 * comment, with messages that say how to fix it. (That every site word is
 * used by the docs is checked against the docs themselves by
 * `src/plugins/search-vocabulary`, at build time and in its tests.)
 */

/** As the search reads text (`normalizeText`): lowercase letters, digits and apostrophes, single spaces; a hyphen is a space. */
const READABLE = /^[a-z0-9']+( [a-z0-9']+)*$/;
const asRead = (phrase: string): string => phrase.replace(/-/g, ' ');

describe('the synonym table', () => {
  it('has groups with unique kebab-case ids', () => {
    const ids = SYNONYMS.map((g) => g.id);
    expect(
      ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)),
      'ids that are not kebab-case',
    ).toEqual([]);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'ids used twice',
    ).toEqual([]);
  });

  it.each(SYNONYMS.map((g) => [g.id, g] as const))(
    '%s: has reader and site words, written as the search reads them',
    (_id, group) => {
      expect(group.readerWords.length, 'readerWords is empty').toBeGreaterThan(0);
      expect(group.siteWords.length, 'siteWords is empty').toBeGreaterThan(0);
      const unreadable = [...group.readerWords, ...group.siteWords].filter((p) => !READABLE.test(asRead(p)));
      expect(unreadable, 'write phrases lowercase, without punctuation other than an apostrophe inside a word').toEqual(
        [],
      );
    },
  );

  it('has each reader phrase in one group only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const group of SYNONYMS)
      for (const phrase of group.readerWords.map(asRead)) {
        const other = owner.get(phrase);
        if (other !== undefined && other !== group.id) twice.push(`"${phrase}" in ${other} and ${group.id}`);
        owner.set(phrase, group.id);
      }
    expect(twice, 'a reader phrase can mean one thing only').toEqual([]);
  });

  it('searches no word that the index leaves out (lunr stop words and other filler words)', () => {
    const filler = new Set(FILLER_WORDS.map(asRead));
    const bad = SYNONYMS.flatMap((g) =>
      g.siteWords.flatMap((w) =>
        asRead(w)
          .split(' ')
          .filter((x) => filler.has(x))
          .map((x) => `${g.id}: "${x}" in "${w}"`),
      ),
    );
    expect(bad, 'the index has no stop words: a site word made of one can never be found').toEqual([]);
  });
});

describe('the word lists', () => {
  it.each([
    ['PROBLEM_WORDS', PROBLEM_WORDS],
    ['NEGATIONS', NEGATIONS],
    ['QUESTION_WORDS', QUESTION_WORDS],
    ['FILLER_WORDS', FILLER_WORDS],
    ['ROLE_WORDS.client', ROLE_WORDS.client],
    ['ROLE_WORDS.operator', ROLE_WORDS.operator],
  ] as const)('%s: written as the search reads them, each once', (_name, list) => {
    expect(list.filter((p) => !READABLE.test(asRead(p)))).toEqual([]);
    expect(
      list.filter((p, i) => list.indexOf(p) !== i),
      'listed twice',
    ).toEqual([]);
  });

  it('keeps problem words apart from filler words and negations (a problem word is searched, the others never are)', () => {
    expect(PROBLEM_WORDS.filter((w) => FILLER_WORDS.includes(w) || NEGATIONS.includes(w))).toEqual([]);
  });

  it('searches problem words of one word only, as the index holds single words', () => {
    expect(PROBLEM_WORDS.filter((w) => w.includes(' '))).toEqual([]);
  });

  it('gives no word to both roles', () => {
    expect(ROLE_WORDS.client.filter((w) => ROLE_WORDS.operator.includes(w))).toEqual([]);
  });

  it('corrects typos in words of five letters or more, with two edits only in longer words', () => {
    expect(TYPO_TOLERANCE.minLength).toBeGreaterThanOrEqual(5);
    expect(TYPO_TOLERANCE.twoEditsFrom).toBeGreaterThan(TYPO_TOLERANCE.minLength);
  });
});
