import {describe, expect, it} from 'vitest';
import {getDeepLink} from '../../../data/deepLinks';
import {emptyDraft} from '../model';
import {applyRequestParams, parseRequestParams} from '../params';
import {feedbackDescription} from '../fromFeedback';

describe('a section feedback link into the request builder', () => {
  it('fills role, topic, summary and a description with the section, reason, steps and searches', () => {
    const params = parseRequestParams(
      '?role=client&topic=pdf-download-failing&section=client.pdf-download-failing&reason=steps-failed' +
        '&tried=Try+another+browser&tried=Check+your+downloads&searched=pdf&searched=download+failed',
    );
    expect(params.notices).toEqual([]);
    const draft = applyRequestParams(emptyDraft(), params);
    expect(draft.role).toBe('client');
    expect(draft.topic).toBe('client:pdf-download-failing');
    expect(draft.summary).toBe('Agreement PDF download failing');
    expect(draft.description).toBe(
      'I followed “PDF download failing” (Client Troubleshooting Guide, /clients/troubleshooting#pdf-download-failing) ' +
        'and it did not solve my problem: the steps did not work.\n\n' +
        'Steps I tried:\n- Try another browser\n- Check your downloads\n\n' +
        'I searched the help center for: “pdf”, “download failed”.',
    );
  });

  it('takes a question title as the summary', () => {
    const draft = applyRequestParams(emptyDraft(), parseRequestParams('?section=faq.do-i-need-an-account'));
    expect(draft.summary).toBe('Do I need an account?');
    expect(draft.description).toBe(
      'I followed “Do I need an account?” (Common FAQ, /faq#do-i-need-an-account) and it did not solve my problem.',
    );
  });

  it('ignores an unknown section or reason with a notice, and a section that is not a scenario or question', () => {
    expect(parseRequestParams('?section=nope&reason=bored').notices).toEqual([
      'Unknown section “nope” in the link: it was ignored. Describe what you read below.',
      'Unknown reason “bored” in the link: it was ignored.',
    ]);
    expect(parseRequestParams('?section=home').section).toBeUndefined();
  });

  it('cuts long steps and keeps at most 20', () => {
    const many = Array.from({length: 25}, (_, i) => `tried=step+${i}`).join('&');
    expect(parseRequestParams(`?${many}`).tried).toHaveLength(20);
    expect(parseRequestParams(`?tried=${'x'.repeat(200)}`).tried?.[0]).toBe(`${'x'.repeat(119)}…`);
  });

  it('describes a section without a page title, steps or searches in one sentence', () => {
    expect(
      feedbackDescription({section: getDeepLink('faq.do-i-need-an-account'), tried: [], searches: [], reason: 'other'}),
    ).toBe(
      'I followed “Do I need an account?” (/faq#do-i-need-an-account) and it did not solve my problem: something else.',
    );
  });
});
