import {describe, expect, it} from 'vitest';
import {HEADINGS_ENTRIES, headingsFileName, headingsIndex} from '../headings';

const entry = (n: number) => ({documents: [{i: n, t: `doc ${n}`, u: '/x'}], index: {version: '2.3.9', fields: ['t']}});

describe('headingsFileName', () => {
  it('names the headings tier as the plugin’s worker asks for the search context "headings"', () => {
    expect(headingsFileName('search-index-07bc1a2a.json')).toBe('search-index-headings-07bc1a2a.json');
  });

  it('leaves out other files: a context’s index, an index without a hash, anything else', () => {
    expect(headingsFileName('search-index-headings-07bc1a2a.json')).toBeNull();
    expect(headingsFileName('search-index-clients-07bc1a2a.json')).toBeNull();
    expect(headingsFileName('search-index.json')).toBeNull();
    expect(headingsFileName('support.json')).toBeNull();
  });
});

describe('headingsIndex', () => {
  it('keeps titles, headings, descriptions and keywords, in their order, and drops the section texts', () => {
    const index = [0, 1, 2, 3, 4].map(entry);
    expect(headingsIndex(index)).toEqual(index.slice(0, HEADINGS_ENTRIES));
    expect(HEADINGS_ENTRIES).toBe(4);
  });

  it('fails on an index of another shape, naming the cause', () => {
    expect(() => headingsIndex({documents: []})).toThrow(/not an array of five \{documents, index\} entries/);
    expect(() => headingsIndex([0, 1, 2].map(entry))).toThrow(/search plugin version this site does not know/);
    expect(() => headingsIndex([0, 1, 2, 3].map(entry).concat([{documents: 'x'} as never]))).toThrow();
  });
});
