// @vitest-environment happy-dom
import {beforeEach, describe, expect, it} from 'vitest';
import {
  addSearch,
  MAX_VISIT_SEARCHES,
  readVisitSearches,
  recordVisitSearch,
  takeRequestAfterSearches,
  VISIT_SEARCHES_KEY,
} from '../visitSearches';

describe('searches of this visit', () => {
  beforeEach(() => sessionStorage.clear());

  it('cleans, deduplicates (latest last) and caps', () => {
    expect(addSearch(['pdf', 'expired'], 'PDF')).toEqual(['expired', 'pdf']);
    expect(addSearch([], 'mail bob@example.com')).toEqual(['mail [email]']);
    expect(addSearch(['a'], '   ')).toEqual(['a']);
    const many = Array.from({length: 8}, (_, i) => `q${i}`).reduce<string[]>(addSearch, []);
    expect(many).toEqual(['q3', 'q4', 'q5', 'q6', 'q7']);
    expect(many).toHaveLength(MAX_VISIT_SEARCHES);
  });

  it('keeps them in sessionStorage', () => {
    recordVisitSearch('Expired link');
    recordVisitSearch('pdf');
    expect(readVisitSearches()).toEqual(['expired link', 'pdf']);
  });

  it.each([['not json'], ['{"a":1}'], ['[1,2]'], ['["<b>Raw</b> Upper"]']])('reads %j as none', (raw) => {
    sessionStorage.setItem(VISIT_SEARCHES_KEY, raw);
    expect(readVisitSearches()).toEqual([]);
  });

  it('counts a request after searches once per set of searches', () => {
    expect(takeRequestAfterSearches([])).toBe(false);
    expect(takeRequestAfterSearches(['pdf'])).toBe(true);
    expect(takeRequestAfterSearches(['pdf'])).toBe(false);
    expect(takeRequestAfterSearches(['pdf', 'expired'])).toBe(true);
  });
});
