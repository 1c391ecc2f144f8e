import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';
import {askSupportUrl, MAX_SUGGESTIONS, noAnswerFor} from '../noAnswer';
import {rewriteQuery} from '../query';
import type {RankedSection} from '../rank';
import {fixtureLexicon} from './fixtures';

const lexicon = fixtureLexicon();
const section = (url: string, match: RankedSection['match'], matched: string[]): RankedSection => ({
  url,
  route: url.split('#')[0]!,
  anchor: url.split('#')[1] ?? '',
  title: url,
  pageTitle: 'Page',
  audience: 'all',
  kind: 'section',
  matched,
  match,
  score: 1,
});

describe('noAnswerFor', () => {
  it('is null when a section answers, or when nothing was searched', () => {
    const q = rewriteQuery('pdf download', lexicon);
    expect(
      noAnswerFor(q, [section('/a#b', 'all', ['pdf', 'download'])], supportConfig, {route: '/contact/request'}),
    ).toBeNull();
    expect(noAnswerFor(q, [section('/a#b', 'most', ['pdf'])], supportConfig, {route: '/contact/request'})).toBeNull();
    expect(noAnswerFor(rewriteQuery('how do i', lexicon), [], supportConfig, {route: '/contact/request'})).toBeNull();
  });

  it('says what was searched, which words no page uses, and suggests at most two close sections', () => {
    const q = rewriteQuery('  cancel my subscription ', lexicon);
    const ranked = [
      section('/faq#undo', 'some', ['cancel']),
      section('/faq#mistake', 'some', ['cancel']),
      section('/faq#third', 'some', ['cancel']),
      section('/faq#nothing', 'some', []),
    ];
    const way = noAnswerFor(q, ranked, supportConfig, {route: '/contact/request'});
    expect(way).toMatchObject({
      searched: 'cancel my subscription',
      unknownWords: ['subscription'],
      askSupportUrl: '/contact/request?searched=cancel+my+subscription',
    });
    expect(way?.suggestions.map((s) => s.url)).toEqual(['/faq#undo', '/faq#mistake']);
    expect(way?.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('gives the emergency line of the config, for its Critical priority', () => {
    const channel = supportConfig.channels.find((c) => c.id === 'emergency');
    if (channel?.kind !== 'phone') throw new Error('the config has no emergency phone line');
    const way = noAnswerFor(rewriteQuery('refund', lexicon), [], supportConfig, {route: '/contact/request'});
    expect(way?.emergency).toMatchObject({
      label: channel.label,
      display: channel.display,
      href: `tel:${channel.e164}`,
      priority: supportConfig.priorities.critical.label,
    });
    expect(way?.suggestions).toEqual([]);
  });
});

describe('askSupportUrl', () => {
  it('carries the query as typed, encoded', () => {
    expect(askSupportUrl({route: '/contact/request'}, 'refund & <b>now</b>')).toBe(
      '/contact/request?searched=refund+%26+%3Cb%3Enow%3C%2Fb%3E',
    );
    expect(new URL(askSupportUrl({route: '/contact/request'}, 'café?'), 'https://x').searchParams.get('searched')).toBe(
      'café?',
    );
    expect(askSupportUrl({route: '/contact/request', anchor: 'request-builder'}, 'refund')).toBe(
      '/contact/request?searched=refund#request-builder',
    );
  });
});
