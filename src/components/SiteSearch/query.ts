/**
 * Query rewriting: what a person typed, in the site's words, before the
 * offline index is searched. Pure functions, no React, no DOM.
 *
 * The search plugin requires every word of a query to be in a section (see
 * `src/data/searchVocabulary.ts`), so the query is first read into:
 * - **concepts**, the things it is about; each is searched as one of its
 *   alternatives in the site's words ("log in" as "sign", "white screen" as
 *   "blank"); a good result has every concept;
 * - **soft words**, which say something is wrong ("error", "failed"): a
 *   section that has them ranks higher, one that lacks them still counts;
 * - the **intent** (a problem or a question) and the **role** of the person
 *   asking, which rank troubleshooting against FAQ sections and one guide
 *   against the other;
 * - **typo corrections**, from the site's own words (`lexicon.ts`).
 *
 * Filler words ("why", "my", "the") are left out. The search strings it
 * returns are what the plugin's worker is asked, one by one.
 *
 * @module
 */
import {
  FILLER_WORDS,
  NEGATIONS,
  PROBLEM_WORDS,
  QUESTION_WORDS,
  ROLE_WORDS,
  SYNONYMS,
  type SynonymGroup,
} from '../../data/searchVocabulary';
import type {Lexicon} from './lexicon';
import {normalizeText, wordsOf} from './text';

/** What a query is after: a fix for something that fails, or an answer to a question. */
export type Intent = 'problem' | 'question';

/** Who is asking, as far as the words tell. */
export type AskerRole = 'client' | 'operator';

/** One thing a query is about. */
export interface QueryConcept {
  /** The reader's words for it, normalised, e.g. `log in`. */
  readonly text: string;
  /** The synonym group the words are in (`SynonymGroup.id`), if any. */
  readonly group?: string;
  /** Ways to find it, in the site's words: each a list of words that must all be in one section, e.g. `[['sign']]`. */
  readonly alternatives: readonly (readonly string[])[];
  /** Whether the site uses the words of at least one alternative (false for "subscription" on this site). */
  readonly known: boolean;
}

/** A word of the query that was read as a typo of a site word. */
export interface Correction {
  readonly from: string;
  readonly to: string;
}

/** A query, read. */
export interface RewrittenQuery {
  /** The query as typed, with outer spaces trimmed. */
  readonly input: string;
  /** Its words after typo correction, normalised and separated by spaces. */
  readonly corrected: string;
  /** The same words, one by one (filler words included: they can still be in a heading, "Where did my PDF go?"). */
  readonly words: readonly string[];
  readonly concepts: readonly QueryConcept[];
  /** Words that rank a section higher when it has them, e.g. `error`, `failed`. */
  readonly soft: readonly string[];
  readonly intent?: Intent;
  readonly role?: AskerRole;
  readonly corrections: readonly Correction[];
  /**
   * The strings to search, most specific first (each a space-separated list
   * of site words): every concept together, then each alternative of each
   * concept alone (the index requires every word of a string in one heading
   * or one section's text, so a section with one word in its heading and the
   * other in its text is found only word by word).
   */
  readonly searches: readonly string[];
}

/** The tables the rewriting reads (defaults: `src/data/searchVocabulary.ts`). */
export interface SearchVocabulary {
  readonly synonyms: readonly SynonymGroup[];
  readonly problemWords: readonly string[];
  readonly negations: readonly string[];
  readonly questionWords: readonly string[];
  readonly roleWords: Readonly<Record<AskerRole, readonly string[]>>;
  readonly fillerWords: readonly string[];
}

/** The site's vocabulary table. */
export const SITE_VOCABULARY: SearchVocabulary = {
  synonyms: SYNONYMS,
  problemWords: PROBLEM_WORDS,
  negations: NEGATIONS,
  questionWords: QUESTION_WORDS,
  roleWords: ROLE_WORDS,
  fillerWords: FILLER_WORDS,
};

/** At most this many combinations of alternatives are searched for one query. */
export const MAX_COMBINATIONS = 6;

type Entry =
  | {readonly kind: 'synonym'; readonly group: SynonymGroup}
  | {readonly kind: 'problem'}
  | {readonly kind: 'negation'}
  | {readonly kind: 'filler'};

/** A vocabulary prepared for reading queries: phrases by their normalised text. */
export interface CompiledVocabulary {
  readonly vocabulary: SearchVocabulary;
  /** Every phrase, normalised, with what it is; a phrase in several tables takes synonym over problem over negation over filler. */
  readonly phrases: ReadonlyMap<string, Entry>;
  /** The longest phrase, in words. */
  readonly longest: number;
  /** Every word of every table, so that none is taken for a typo. */
  readonly words: ReadonlySet<string>;
  readonly questionPhrases: readonly (readonly string[])[];
  readonly rolePhrases: Readonly<Record<AskerRole, readonly (readonly string[])[]>>;
}

/**
 * Prepares a vocabulary for {@link rewriteQuery}: normalises every phrase
 * (so "pop-up" and "pop up" are one phrase) and indexes it.
 *
 * @param vocabulary - the tables (defaults to the site's).
 */
export function compileVocabulary(vocabulary: SearchVocabulary = SITE_VOCABULARY): CompiledVocabulary {
  const phrases = new Map<string, Entry>();
  const words = new Set<string>();
  const put = (phrase: string, entry: Entry): void => {
    const key = normalizeText(phrase);
    if (key === '') return;
    for (const w of key.split(' ')) words.add(w);
    if (!phrases.has(key)) phrases.set(key, entry);
  };
  for (const group of vocabulary.synonyms) for (const p of group.readerWords) put(p, {kind: 'synonym', group});
  for (const p of vocabulary.problemWords) put(p, {kind: 'problem'});
  for (const p of vocabulary.negations) put(p, {kind: 'negation'});
  for (const p of vocabulary.fillerWords) put(p, {kind: 'filler'});
  const split = (list: readonly string[]): string[][] => list.map(wordsOf).filter((w) => w.length > 0);
  const questionPhrases = split(vocabulary.questionWords);
  const rolePhrases = {client: split(vocabulary.roleWords.client), operator: split(vocabulary.roleWords.operator)};
  for (const p of [...questionPhrases, ...rolePhrases.client, ...rolePhrases.operator]) for (const w of p) words.add(w);
  const longest = Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length));
  return {vocabulary, phrases, longest, words, questionPhrases, rolePhrases};
}

const SITE = compileVocabulary();

/** Whether `phrase` occurs in `tokens` as consecutive words. */
function contains(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** The role the words say, when they say only one. */
function roleOf(tokens: readonly string[], compiled: CompiledVocabulary): AskerRole | undefined {
  const client = compiled.rolePhrases.client.some((p) => contains(tokens, p));
  const operator = compiled.rolePhrases.operator.some((p) => contains(tokens, p));
  if (client === operator) return undefined;
  return client ? 'client' : 'operator';
}

/** Each combination of one alternative per concept, first alternatives first, at most `cap`. */
function combinations(concepts: readonly QueryConcept[], cap: number): string[][] {
  const out: string[][] = [];
  const walk = (i: number, carry: string[]): void => {
    if (out.length >= cap) return;
    if (i === concepts.length) {
      out.push([...new Set(carry)]);
      return;
    }
    for (const alternative of concepts[i]!.alternatives) walk(i + 1, [...carry, ...alternative]);
  };
  walk(0, []);
  return out;
}

/**
 * Reads a query (see the module comment).
 *
 * @param input - the query as typed (any text; markup is only text here).
 * @param lexicon - the site's words, for typo correction and words still being typed.
 * @param compiled - the vocabulary (defaults to the site's, see {@link compileVocabulary}).
 * @returns the query read; `searches` is empty when nothing is left to search ("how do i").
 * @example
 * ```ts
 * rewriteQuery('white screen after login', lexicon);
 * // => {concepts: [{text: 'white screen', group: 'blank-page', alternatives: [['blank']]},
 * //                {text: 'login', group: 'sign-in', alternatives: [['sign']]}],
 * //     searches: ['blank sign'], intent: undefined, ...}
 * rewriteQuery('dashbord not loading', lexicon).corrections; // => [{from: 'dashbord', to: 'dashboard'}]
 * ```
 */
export function rewriteQuery(input: string, lexicon: Lexicon, compiled: CompiledVocabulary = SITE): RewrittenQuery {
  const trimmed = input.trim();
  const typed = wordsOf(trimmed);
  const corrections: Correction[] = [];
  const known = (w: string): boolean => compiled.words.has(w) || lexicon.has(w);
  const tokens = typed.map((w, i) => {
    const last = i === typed.length - 1 && !/\s$/.test(input);
    // The last word may still be being typed: "downl" is the start of "download", not a typo.
    if (known(w) || (last && lexicon.startsWord(w))) return w;
    const to = lexicon.correct(w);
    if (to === undefined) return w;
    corrections.push({from: w, to});
    return to;
  });

  const concepts: QueryConcept[] = [];
  const soft: string[] = [];
  let problem = false;
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let len = Math.min(compiled.longest, tokens.length - i); len >= 1; len--) {
      const phrase = tokens.slice(i, i + len).join(' ');
      const entry = compiled.phrases.get(phrase);
      if (!entry) continue;
      if (entry.kind === 'synonym') {
        if (!concepts.some((c) => c.group === entry.group.id))
          concepts.push({
            text: phrase,
            group: entry.group.id,
            alternatives: entry.group.siteWords.map(wordsOf),
            known: true,
          });
      } else if (entry.kind === 'problem') {
        problem = true;
        if (lexicon.has(phrase) && !soft.includes(phrase)) soft.push(phrase);
      } else if (entry.kind === 'negation') {
        problem = true;
      }
      i += len;
      matched = true;
      break;
    }
    if (matched) continue;
    const word = tokens[i]!;
    const isLast = i === tokens.length - 1;
    if (!concepts.some((c) => c.group === undefined && c.text === word))
      concepts.push({
        text: word,
        alternatives: [[word]],
        known: lexicon.has(word) || (isLast && lexicon.startsWord(word)) || /^\d+$/.test(word),
      });
    i += 1;
  }

  const required = concepts.length > 0 ? concepts : soft.map((w) => ({text: w, alternatives: [[w]], known: true}));
  const optional = concepts.length > 0 ? soft : [];
  const searches: string[] = [];
  for (const combo of required.length > 0 ? combinations(required, MAX_COMBINATIONS) : []) {
    const withSoft = [...new Set([...combo, ...optional])];
    if (withSoft.length > combo.length) searches.push(withSoft.join(' '));
    searches.push(combo.join(' '));
  }
  if (required.length > 1) for (const c of required) for (const a of c.alternatives) searches.push(a.join(' '));
  for (const w of optional) searches.push(w);
  const question = compiled.questionPhrases.some((p) => p.every((w, j) => tokens[j] === w)) || /\?\s*$/.test(trimmed);
  return {
    input: trimmed,
    corrected: tokens.join(' '),
    words: tokens,
    concepts: required,
    soft: optional,
    intent: problem ? 'problem' : question ? 'question' : undefined,
    role: roleOf(tokens, compiled),
    corrections,
    searches: [...new Set(searches)],
  };
}
