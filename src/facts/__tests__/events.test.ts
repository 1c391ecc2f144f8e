import {describe, expect, it} from 'vitest';
import {
  cleanQuery,
  decodeEvent,
  encodeEvent,
  eventUrl,
  MAX_QUERY_LENGTH,
  privacySignal,
  type FeedbackEvent,
} from '../events';

describe('cleanQuery', () => {
  it.each([
    ['PDF  fails for jane.doe@example.com', 'pdf fails for [email]'],
    ['mail me: Jane.Doe+help@mail.example.co.uk please', 'mail me: [email] please'],
    ['call +1 (555) 010-4477 error 404', 'call [number] error 404'],
    ['my phone 0151 2345 678', 'my phone [number]'],
    ['card 4111 1111 1111 1111 declined', 'card [number] declined'],
    ['card 4111-1111-1111-1111', 'card [number]'],
    ['order 123456', 'order [number]'],
    ['order 12345 is late', 'order 12345 is late'],
    ['expired on 2026-12-02', 'expired on [number]'],
    ['error 500 and 404', 'error 500 and 404'],
    ['  Line\nbreak\ttab  ', 'line break tab'],
    ['   ', ''],
  ])('%j -> %j', (input, output) => {
    expect(cleanQuery(input)).toBe(output);
  });

  it('cuts a long query to the limit, never inside a character', () => {
    const cleaned = cleanQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀😀`);
    expect(Array.from(cleaned)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleaned.endsWith('😀')).toBe(true);
  });

  it('is idempotent, so the report can check that a logged query is clean', () => {
    for (const q of ['call 555 010 4477', 'x@y.z', 'PDF', `${'b '.repeat(80)}`]) {
      expect(cleanQuery(cleanQuery(q))).toBe(cleanQuery(q));
    }
  });
});

describe('encodeEvent', () => {
  it.each<[FeedbackEvent, string]>([
    [
      {type: 'vote', section: 'client.pdf-download-failing', page: '/clients/troubleshooting', helpful: true},
      'v=1&t=vote&s=client.pdf-download-failing&p=%2Fclients%2Ftroubleshooting&h=1',
    ],
    [
      {type: 'vote', section: 'faq.do-i-need-an-account', page: '/faq', helpful: false},
      'v=1&t=vote&s=faq.do-i-need-an-account&p=%2Ffaq&h=0',
    ],
    [
      {
        type: 'reason',
        section: 'operator.dashboard-not-loading',
        page: '/operators/troubleshooting',
        reason: 'steps-failed',
        stepsTried: 3,
      },
      'v=1&t=reason&s=operator.dashboard-not-loading&p=%2Foperators%2Ftroubleshooting&r=steps-failed&n=3',
    ],
    [{type: 'search', query: 'PDF for bob@example.com', results: 0}, 'v=1&t=search&q=pdf+for+%5Bemail%5D&n=0'],
    [{type: 'search', query: 'expired link', results: 12345}, 'v=1&t=search&q=expired+link&n=999'],
    [{type: 'click', query: 'Expired'}, 'v=1&t=click&q=expired'],
    [{type: 'request', query: 'refund 4111111111111111', searches: 2}, 'v=1&t=request&q=refund+%5Bnumber%5D&n=2'],
    [{type: 'ask', query: 'refund'}, 'v=1&t=ask&q=refund'],
  ])('%j', (event, query) => {
    expect(encodeEvent(event)).toBe(query);
  });

  it('builds the same-origin URL on the event path', () => {
    expect(eventUrl('/e.gif', {type: 'ask', query: 'Refund'})).toBe('/e.gif?v=1&t=ask&q=refund');
  });

  it('round-trips every event through decodeEvent (with the query cleaned)', () => {
    const events: FeedbackEvent[] = [
      {type: 'vote', section: 'client.pdf-download-failing', page: '/clients/troubleshooting', helpful: false},
      {type: 'reason', section: 'faq.x', page: '/faq', reason: 'other', stepsTried: 0},
      {type: 'search', query: 'pdf', results: 4},
      {type: 'click', query: 'pdf'},
      {type: 'request', query: 'pdf', searches: 1},
      {type: 'ask', query: 'refund policy'},
    ];
    for (const e of events) expect(decodeEvent(encodeEvent(e))).toEqual(e);
  });
});

describe('decodeEvent', () => {
  it.each([
    ['v=2&t=ask&q=x', 'version is not 1'],
    ['t=ask&q=x', 'version is not 1'],
    ['v=1&t=hack&q=x', 'unknown event type "hack"'],
    ['v=1&t=ask', 'a ask event has the keys v, t, q'],
    ['v=1&t=ask&q=x&ip=1', 'a ask event has the keys v, t, q'],
    ['v=1&t=ask&q=x&q=y', 'a key appears twice'],
    ['v=1&t=ask&q=Refund', 'query not clean'],
    ['v=1&t=ask&q=bob%40example.com', 'query not clean'],
    ['v=1&t=vote&s=Client.X&p=%2Ffaq&h=1', 'bad section id'],
    ['v=1&t=vote&s=faq.x&p=faq&h=1', 'bad page route'],
    ['v=1&t=vote&s=faq.x&p=%2Ffaq&h=yes', 'h is not 0 or 1'],
    ['v=1&t=reason&s=faq.x&p=%2Ffaq&r=bored&n=1', 'unknown reason'],
    ['v=1&t=search&q=pdf&n=-1', 'bad count'],
    ['v=1&t=search&q=pdf&n=1000', 'bad count'],
  ])('%j: %s', (args, error) => {
    expect(decodeEvent(args)).toEqual({error});
  });
});

describe('privacySignal', () => {
  it.each([
    [{globalPrivacyControl: true}, true],
    [{doNotTrack: '1'}, true],
    [{windowDoNotTrack: '1'}, true],
    [{globalPrivacyControl: false, doNotTrack: '0'}, false],
    [{doNotTrack: 'unspecified'}, false],
    [{globalPrivacyControl: 'true'}, false],
    [{}, false],
  ])('%j -> %s', (nav, expected) => {
    expect(privacySignal(nav)).toBe(expected);
  });
});
