import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';
import {countText, escapeHtml, headerHtml, highlight, itemHtml, listItems, placeOf, type ListClasses} from '../list';
import {noAnswerFor} from '../noAnswer';
import {rewriteQuery} from '../query';
import type {RankedSection} from '../rank';
import type {SearchOutcome} from '../search';
import {fixtureLexicon} from './fixtures';

const lexicon = fixtureLexicon();
const classes: ListClasses = {title: 't', place: 'p', action: 'a', notice: 'n'};
const section = (url: string, over: Partial<RankedSection> = {}): RankedSection => ({
  url,
  route: url.split('#')[0]!,
  anchor: url.split('#')[1] ?? '',
  title: 'PDF download failing',
  pageTitle: 'Client Troubleshooting Guide',
  audience: 'client',
  kind: 'scenario',
  matched: ['pdf'],
  match: 'all',
  score: 1,
  ...over,
});
const outcome = (input: string, results: RankedSection[], noAnswer = false): SearchOutcome => {
  const query = rewriteQuery(input, lexicon);
  return {
    query,
    results,
    fullMatches: results.filter((r) => r.match === 'all').length,
    noAnswer: noAnswer ? noAnswerFor(query, [], supportConfig, {route: '/contact/request'}) : null,
    partial: false,
  };
};

describe('placeOf', () => {
  it('names the page and who it is for', () => {
    expect(placeOf(section('/c#x'))).toBe('Client Troubleshooting Guide · For clients');
    expect(placeOf(section('/c', {anchor: '', audience: 'all'}))).toBe('Page · For everyone');
    expect(placeOf(section('/o#x', {audience: 'operator', pageTitle: 'Operator FAQ'}))).toBe(
      'Operator FAQ · For operators',
    );
  });
});

describe('highlight', () => {
  it('marks the forms of the searched words and keeps every character', () => {
    const segments = highlight('PDF download failing: downloads', ['download', 'pdf']);
    expect(segments).toEqual([
      {text: 'PDF', mark: true},
      {text: ' ', mark: false},
      {text: 'download', mark: true},
      {text: ' failing: ', mark: false},
      {text: 'downloads', mark: true},
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('PDF download failing: downloads');
  });
});

describe('listItems', () => {
  it('shows at most `limit` results, then “See all”', () => {
    const results = Array.from({length: 10}, (_, i) => section(`/c#s${i}`));
    const items = listItems(outcome('pdf', results), {limit: 8, searchUrl: '/search?q=pdf'});
    expect(items).toHaveLength(9);
    expect(items.at(-1)).toEqual({kind: 'all', url: '/search?q=pdf', count: 10});
    expect(listItems(outcome('pdf', results.slice(0, 3)), {limit: 8, searchUrl: '/search?q=pdf'})).toHaveLength(3);
  });

  it('offers the way forward when there is no answer: "Ask support", then the emergency line', () => {
    const items = listItems(outcome('refund', [], true), {limit: 8, searchUrl: '/search?q=refund'});
    expect(items.map((i) => i.kind)).toEqual(['ask', 'emergency']);
    expect(items[0]).toMatchObject({url: '/contact/request?searched=refund', searched: 'refund'});
  });
});

describe('itemHtml and headerHtml', () => {
  const evil = '<img src=x onerror=alert(1)>';

  it('escape the query and the index’s text: no markup gets through', () => {
    const ask = itemHtml(
      {kind: 'ask', url: `/contact/request?searched=${encodeURIComponent(evil)}`, searched: evil},
      classes,
    );
    expect(ask).not.toContain('<img');
    expect(ask).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const result = itemHtml(
      {kind: 'section', section: section('/c#x', {title: `A ${evil} title`}), marks: ['title']},
      classes,
    );
    expect(result).not.toContain('<img');
    expect(result).toContain('<mark>title</mark>');
    const header = headerHtml(outcome(evil, [], true), classes);
    expect(header).not.toContain('<img');
    expect(header).toContain('No answer found for “&lt;img src=x onerror=alert(1)&gt;”');
  });

  it('put the title first, with where it leads, then the place', () => {
    expect(itemHtml({kind: 'section', section: section('/c#x'), marks: []}, classes)).toBe(
      '<span class="t" data-href="/c#x">PDF download failing</span><span class="p">Client Troubleshooting Guide · For clients</span>',
    );
  });

  it('say what was searched after a typo correction, and nothing otherwise', () => {
    expect(headerHtml(outcome('dashbord', [section('/o#d')]), classes)).toBe(
      '<div class="n"><span>Searched for <strong>dashboard</strong></span></div>',
    );
    expect(headerHtml(outcome('dashboard', [section('/o#d')]), classes)).toBe('');
  });
});

describe('countText and escapeHtml', () => {
  it('counts results with all the words apart from those with most', () => {
    const all = section('/a#1');
    const most = section('/a#2', {match: 'most'});
    expect(countText({results: [all], fullMatches: 1})).toBe('1 result');
    expect(countText({results: [all, all, most], fullMatches: 2})).toBe(
      '2 results with all your words, 1 more with most of them',
    );
    expect(countText({results: [most, most], fullMatches: 0})).toBe(
      'No section has all your words; 2 sections have most of them',
    );
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
