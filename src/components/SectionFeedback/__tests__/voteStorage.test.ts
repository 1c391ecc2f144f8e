// @vitest-environment happy-dom
import {beforeEach, describe, expect, it} from 'vitest';
import {getDeepLink} from '../../../data/deepLinks';
import {getHelpHref, parseSteps} from '../model';
import {readVote, readVotes, VOTES_KEY, writeVote} from '../voteStorage';

describe('remembered votes', () => {
  beforeEach(() => localStorage.clear());

  it('remembers, changes and forgets a vote per section', () => {
    writeVote('client.pdf-download-failing', 'no');
    writeVote('faq.do-i-need-an-account', 'yes');
    expect(readVote('client.pdf-download-failing')).toBe('no');
    writeVote('client.pdf-download-failing', undefined);
    expect(readVotes()).toEqual({'faq.do-i-need-an-account': 'yes'});
  });

  it.each([['nope'], ['[]'], ['{"a.b":"maybe"}'], ['{"<b>":"yes"}']])('reads stored %j as no votes', (raw) => {
    localStorage.setItem(VOTES_KEY, raw);
    expect(readVotes()).toEqual({});
  });
});

describe('the widget model', () => {
  it('reads the steps prop, ignoring anything but strings', () => {
    expect(parseSteps('["A","",3,"B"]')).toEqual(['A', 'B']);
    expect(parseSteps('{')).toEqual([]);
    expect(parseSteps(undefined)).toEqual([]);
  });

  it('links Get help to the request builder with the role, topic, section, reason, steps, comment and searches', () => {
    expect(
      getHelpHref(getDeepLink('client.pdf-download-failing'), {
        reason: 'steps-failed',
        tried: ['Try another browser', 'Check your downloads'],
        comment: '  The button is grey ',
        searches: ['pdf', 'download failed'],
      }),
    ).toBe(
      '/contact/request?role=client&topic=pdf-download-failing&section=client.pdf-download-failing&reason=steps-failed' +
        '&tried=Try+another+browser&tried=Check+your+downloads&comment=The+button+is+grey&searched=pdf&searched=download+failed#request-builder',
    );
    expect(getHelpHref(getDeepLink('faq.do-i-need-an-account'), {tried: [], comment: '', searches: []})).toBe(
      '/contact/request?section=faq.do-i-need-an-account#request-builder',
    );
  });
});
