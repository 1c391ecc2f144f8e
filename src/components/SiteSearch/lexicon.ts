/**
 * The words of the site, for typo correction and for telling a finished
 * word from one still being typed. Built from the word counts that the
 * `search-vocabulary` plugin collects from the indexed docs at build time
 * (`@generated/search-vocabulary/default/lexicon.json`), plus the words of
 * the vocabulary table. Pure, no React, no DOM.
 *
 * @module
 */
import {TYPO_TOLERANCE} from '../../data/searchVocabulary';
import {editDistance, wordsOf} from './text';

/** Shortest word kept in the lexicon: shorter words are never typo-corrected nor correction targets. */
export const MIN_LEXICON_WORD = 4;

/** The build's word counts: every word of four letters or more of the indexed docs, with how often it occurs. */
export interface LexiconData {
  /** Normalised word (see `normalizeText`) to its number of occurrences, e.g. `{download: 41}`. */
  readonly words: Readonly<Record<string, number>>;
}

/** Lookups over the site's words. */
export interface Lexicon {
  /** Whether `word` is a word of the site or of the vocabulary table. */
  has(word: string): boolean;
  /** Whether `word` is itself a word, or the start of one (a word still being typed: "downl"). */
  startsWord(word: string): boolean;
  /**
   * The site word that `word` is most likely a typo of, or `undefined`:
   * within one edit for words of {@link TYPO_TOLERANCE}.minLength letters or
   * more, two edits from `twoEditsFrom` letters; nearest first, then the
   * more frequent, then the first in alphabetical order. Words the site
   * uses, and shorter words, are never corrected.
   */
  correct(word: string): string | undefined;
}

/**
 * Builds the lookups.
 *
 * @param data - the build's word counts.
 * @param extraWords - words that count as known without being in the docs
 *   (the vocabulary table's reader words: "hacked" is a word, not a typo of "backed").
 * @param tolerance - the typo rules (defaults to {@link TYPO_TOLERANCE}).
 */
export function createLexicon(
  data: LexiconData,
  extraWords: Iterable<string> = [],
  tolerance: {readonly minLength: number; readonly twoEditsFrom: number} = TYPO_TOLERANCE,
): Lexicon {
  const counts = new Map<string, number>(Object.entries(data.words));
  const known = new Set<string>(counts.keys());
  for (const w of extraWords) known.add(w);
  const sorted = [...known].sort();
  // Correction targets by length, so a word is compared only with words of a near length.
  const byLength = new Map<number, string[]>();
  for (const w of counts.keys()) {
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }

  const startsWord = (word: string): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(word);
  };

  return {
    has: (word) => known.has(word),
    startsWord,
    correct(word) {
      if (word.length < tolerance.minLength || known.has(word) || /\d/.test(word)) return undefined;
      const max = word.length >= tolerance.twoEditsFrom ? 2 : 1;
      let best: {word: string; distance: number; count: number} | undefined;
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const distance = editDistance(word, candidate, max);
          if (distance > max) continue;
          const count = counts.get(candidate) ?? 0;
          if (
            !best ||
            distance < best.distance ||
            (distance === best.distance && count > best.count) ||
            (distance === best.distance && count === best.count && candidate < best.word)
          )
            best = {word: candidate, distance, count};
        }
      }
      return best?.word;
    },
  };
}

/**
 * Counts the words of texts: every word of {@link MIN_LEXICON_WORD} letters
 * or more, made of letters (and apostrophes inside), normalised as the
 * search normalises queries (`normalizeText`).
 *
 * @param texts - the searchable texts.
 * @returns the lexicon data, words in alphabetical order (a stable build output).
 */
export function countWords(texts: Iterable<string>): LexiconData {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of wordsOf(text)) {
      if (w.length < MIN_LEXICON_WORD || !/^\p{L}[\p{L}']*$/u.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return {words: Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))};
}
