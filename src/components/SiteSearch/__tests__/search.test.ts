import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';
import {HIT_KINDS, registryPlaces, type IndexHit} from '../rank';
import {searchSite, type SearchContext} from '../search';
import {compiled, fixtureLexicon, hit} from './fixtures';

/** An index that answers each search string from a table, and records what it was asked. */
function fakeIndex(answers: Record<string, IndexHit[]>): {index: SearchContext['index']; asked: string[]} {
  const asked: string[] = [];
  return {
    asked,
    index: async (input) => {
      asked.push(input);
      return answers[input] ?? [];
    },
  };
}

const base = {
  lexicon: fixtureLexicon(),
  places: registryPlaces([]),
  config: supportConfig,
  requestLink: {route: '/contact/request'},
  vocabulary: compiled,
};

describe('searchSite', () => {
  it('asks the index the rewritten strings and returns the sections that answer', async () => {
    const {index, asked} = fakeIndex({
      'blank sign': [
        hit(HIT_KINDS.content, '/o', '#d', 'A blank page after you sign in.', ['blank', 'sign'], {
          s: 'Dashboard not loading',
          page: 'Operator guide',
        }),
      ],
    });
    const outcome = await searchSite('white screen after login', {...base, index});
    expect(asked[0]).toBe('blank sign');
    expect(outcome.results.map((r) => r.url)).toEqual(['/o#d']);
    expect(outcome.fullMatches).toBe(1);
    expect(outcome.noAnswer).toBeNull();
  });

  it('ends on the way forward when no section answers', async () => {
    const {index} = fakeIndex({
      undo: [hit(HIT_KINDS.content, '/faq', '#undo', 'x', ['undo'], {s: 'Can I undo it?', page: 'FAQ'})],
    });
    const outcome = await searchSite('cancel my subscription', {...base, index});
    expect(outcome.results).toEqual([]);
    expect(outcome.noAnswer?.suggestions.map((s) => s.url)).toEqual(['/faq#undo']);
    expect(outcome.noAnswer?.askSupportUrl).toBe('/contact/request?searched=cancel+my+subscription');
  });

  it('does not conclude there is no answer from the headings tier alone', async () => {
    const {index} = fakeIndex({});
    const outcome = await searchSite('refund', {...base, index, partial: true});
    expect(outcome).toMatchObject({results: [], noAnswer: null, partial: true});
    expect((await searchSite('refund', {...base, index})).noAnswer?.searched).toBe('refund');
  });

  it('does not ask the index anything for a query of filler words', async () => {
    const {index, asked} = fakeIndex({});
    const outcome = await searchSite('how do I', {...base, index});
    expect(asked).toEqual([]);
    expect(outcome).toMatchObject({results: [], noAnswer: null});
  });
});
