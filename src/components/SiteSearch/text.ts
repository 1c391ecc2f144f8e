/**
 * How the search reads text: one normalisation for what people type, for the
 * vocabulary table (`src/data/searchVocabulary.ts`) and for the site's words
 * collected at build time (`src/plugins/search-vocabulary`), so that all three
 * compare equal. Pure functions, no React, no DOM.
 *
 * @module
 */

/**
 * Text as the search compares it: lowercase (Unicode NFKC first, so full-width
 * letters and ligatures read as plain ones), typographic apostrophes as `'`,
 * a possessive `'s` left out ("client's" is "client"), and every other mark
 * (hyphens, slashes, quotes, `?`, `.`) a space. An apostrophe inside a word
 * stays ("can't", "won't"). Spaces are collapsed.
 *
 * @param input - any text, e.g. a query as typed.
 * @returns the normalised text, words separated by single spaces; `''` when nothing is left.
 * @example
 * ```ts
 * normalizeText('  Pop-up blocked?  '); // => 'pop up blocked'
 * normalizeText('Client’s link won’t open'); // => 'client link won't open'
 * ```
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text, normalised by {@link normalizeText}.
 *
 * @example
 * ```ts
 * wordsOf('Why can’t I log in?'); // => ['why', "can't", 'i', 'log', 'in']
 * ```
 */
export function wordsOf(input: string): string[] {
  const text = normalizeText(input);
  return text === '' ? [] : text.split(' ');
}

/**
 * The number of edits between two words, counting a letter added, removed
 * or changed, or two neighbouring letters swapped, as one edit each (optimal
 * string alignment distance, "Damerau-Levenshtein" as spell checkers use
 * it). Stops early: any distance above `max` is reported as `max + 1`.
 *
 * @param a - a word.
 * @param b - another word.
 * @param max - the largest distance of interest (a whole number, 0 or more).
 * @returns the distance, at most `max + 1`.
 * @example
 * ```ts
 * editDistance('downlaod', 'download', 2); // => 1 (two letters swapped)
 * editDistance('activaton', 'activation', 2); // => 1
 * editDistance('hacked', 'back', 2); // => 3 (more than 2)
 * ```
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rows of the dynamic-programming table are enough for the swap rule.
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({length: cols}, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[cols - 1]!, max + 1);
}

/**
 * Whether two normalised words are forms of one word, as far as their
 * letters tell without a stemmer: equal; one of four letters or more the
 * start of the other with at most four letters more ("sign" and "signed",
 * "link" and "links", but not "can" and "cancel"); or a
 * common start of five letters or more that leaves at most three letters of
 * the shorter word ("expired" and "expiration", "respond" and "response").
 * Used to see which words of a query a heading has.
 *
 * @example
 * ```ts
 * sameWord('download', 'downloads'); // => true
 * sameWord('activate', 'activation'); // => true
 * sameWord('access', 'accessibility'); // => false
 * sameWord('can', 'cancel'); // => false
 * ```
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return long.length - short.length <= 4;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && common >= short.length - 3;
}
