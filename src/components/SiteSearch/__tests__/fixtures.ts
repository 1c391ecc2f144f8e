import {countWords, createLexicon, type Lexicon} from '../lexicon';
import {compileVocabulary} from '../query';
import type {IndexHit} from '../rank';

/**
 * A small help center's words, as the build collects them: the lexicon of
 * the tests, so that they do not depend on the site's docs.
 */
export const FIXTURE_TEXT = [
  'Activation link expired. The page says the link has expired. Ask for a new activation link.',
  'Dashboard not loading: the dashboard shows a blank page after you sign in. Collect browser console errors and logs.',
  'PDF download failing: the download stops. Downloads folder. Emergency line for critical issues, security incidents.',
  'Pop-ups blocked. Permissions and account status. Business hours and holidays. Phone support, call us.',
  'Clients and operators, agreement, activate, generate, storage, forward, colleague, mistake, undo, contact, google.',
];

export const compiled = compileVocabulary();

/** The fixture lexicon, with the vocabulary table's words as known words (as the site builds it). */
export function fixtureLexicon(): Lexicon {
  return createLexicon(countWords(FIXTURE_TEXT), compiled.words);
}

/** A hit of the search plugin's worker, with defaults. */
export function hit(
  type: IndexHit['type'],
  u: string,
  h: string,
  t: string,
  tokens: string[],
  extra: {s?: string; page?: string; score?: number} = {},
): IndexHit {
  return {
    document: {u, h, t, ...(extra.s !== undefined ? {s: extra.s} : {})},
    type,
    page: extra.page !== undefined ? {t: extra.page} : false,
    tokens,
    score: extra.score ?? 1,
  };
}
