import {describe, expect, it} from 'vitest';
import {
  applyRequestParams,
  MAX_SEARCHED_LENGTH,
  parseRequestParams,
  requestParamConflicts,
  SEARCHED_PARAMETER,
  searchedDescription,
} from '../params';
import {emptyDraft, FIELDS} from '../model';

describe('parseRequestParams', () => {
  it('reads role, priority and topic, case-insensitively for role and priority', () => {
    const params = parseRequestParams('?role=Operator&priority=HIGH&topic=pdf-generation-problems');
    expect(params.role).toBe('operator');
    expect(params.priority).toBe('high');
    expect(params.topic).toMatchObject({id: 'pdf-generation-problems', audience: 'operator'});
    expect(params.notices).toEqual([]);
  });

  it('accepts the query string without the leading ?', () => {
    expect(parseRequestParams('priority=low').priority).toBe('low');
  });

  it('picks the topic of the role’s guide when the id is in both guides', () => {
    expect(parseRequestParams('?role=operator&topic=activation-link-expired').topic?.audience).toBe('operator');
    expect(parseRequestParams('?role=client&topic=activation-link-expired').topic?.audience).toBe('client');
  });

  it('ignores invalid values with a readable notice each, keeping the valid ones', () => {
    const params = parseRequestParams('?role=admin&priority=urgent&topic=nope');
    expect(params).toEqual({
      role: undefined,
      priority: undefined,
      topic: undefined,
      notices: [
        'Unknown role “admin” in the link: it was ignored. Use client or operator.',
        'Unknown priority “urgent” in the link: it was ignored. Use one of critical, high, medium, low.',
        'Unknown troubleshooting topic “nope” in the link: it was ignored. Choose the guide you followed below, if any.',
      ],
    });
  });

  it('quotes markup as text and shortens long values in a notice', () => {
    const params = parseRequestParams(
      `?priority=${encodeURIComponent('<img src=x onerror=alert(1)>')}&role=${'a'.repeat(100)}`,
    );
    expect(params.notices[0]).toBe(
      `Unknown role “${'a'.repeat(40)}…” in the link: it was ignored. Use client or operator.`,
    );
    expect(params.notices[1]).toContain('“<img src=x onerror=alert(1)>”');
  });

  it('treats empty values as absent and ignores unknown parameters such as _highlight', () => {
    expect(parseRequestParams('?role=&priority=%20&_highlight=pdf&utm_source=dashboard')).toEqual({
      role: undefined,
      priority: undefined,
      topic: undefined,
      notices: [],
    });
  });

  it('never throws on a malformed query string', () => {
    expect(() => parseRequestParams('?%E0%A4%A=1&priority=%ZZ&&=&topic')).not.toThrow();
    expect(parseRequestParams('?priority=%ZZ').notices).toHaveLength(1);
  });
});

describe('role and topic from different guides', () => {
  it('keeps both, with a notice naming the topic’s guide and the role', () => {
    const params = parseRequestParams('?role=client&topic=dashboard-not-loading');
    expect(params.role).toBe('client');
    expect(params.topic?.audience).toBe('operator');
    expect(params.notices).toEqual([
      "The topic “dashboard-not-loading” in the link is from the operator guide, but the link's role is client: both were kept. Check them below.",
    ]);
  });

  it('says nothing when the topic is in the role’s guide, or in both guides', () => {
    expect(parseRequestParams('?role=operator&topic=dashboard-not-loading').notices).toEqual([]);
    expect(parseRequestParams('?role=operator&topic=activation-link-expired').notices).toEqual([]);
    expect(parseRequestParams('?topic=dashboard-not-loading').notices).toEqual([]);
  });
});

describe('requestParamConflicts', () => {
  const saved = {
    ...emptyDraft(),
    role: 'operator' as const,
    priority: 'high' as const,
    topic: 'client:pdf-download-failing',
  };

  it('names each link value a restored draft keeps out, with the draft’s value', () => {
    expect(
      requestParamConflicts(saved, parseRequestParams('?role=client&priority=low&topic=dashboard-not-loading')),
    ).toEqual([
      "The link's role (client) was not applied: your saved draft says operator. Change it below if the link is right.",
      "The link's priority (low) was not applied: your saved draft says high. Change it below if the link is right.",
      "The link's topic (Dashboard not loading, operator guide) was not applied: your saved draft says PDF download failing, client guide. Change it below if the link is right.",
    ]);
  });

  it('is empty when the link agrees with the draft or only fills blank fields', () => {
    expect(requestParamConflicts(saved, parseRequestParams('?role=operator&priority=high'))).toEqual([]);
    expect(
      requestParamConflicts(emptyDraft(), parseRequestParams('?role=client&priority=low&topic=pdf-download-failing')),
    ).toEqual([]);
    expect(requestParamConflicts({...emptyDraft(), role: 'client'}, parseRequestParams('?priority=low'))).toEqual([]);
  });

  it('without a role in the link, says when its topic is only in the other guide than the draft\u2019s role', () => {
    expect(
      requestParamConflicts({...emptyDraft(), role: 'client'}, parseRequestParams('?topic=dashboard-not-loading')),
    ).toEqual([
      "The topic “dashboard-not-loading” in the link is from the operator guide, but your saved draft's role is client. Check the role and the guide below.",
    ]);
  });

  it('without a role in the link, takes a topic that is in both guides from the draft\u2019s guide, silently', () => {
    const operatorDraft = {...emptyDraft(), role: 'operator' as const};
    const params = parseRequestParams('?topic=activation-link-expired');
    expect(requestParamConflicts(operatorDraft, params)).toEqual([]);
    expect(applyRequestParams(operatorDraft, params).topic).toBe('operator:activation-link-expired');
    // Without a saved role, the link's own reading (the client guide) stands.
    expect(applyRequestParams(emptyDraft(), params).topic).toBe('client:activation-link-expired');
  });
});

describe('applyRequestParams', () => {
  it('fills a blank draft: role, priority, topic, subject summary and kind', () => {
    const draft = applyRequestParams(emptyDraft(), parseRequestParams('?priority=high&topic=pdf-download-failing'));
    expect(draft).toMatchObject({
      role: 'client',
      priority: 'high',
      topic: 'client:pdf-download-failing',
      summary: 'Agreement PDF download failing',
      kind: 'activation',
    });
  });

  it('prefers the role parameter over the topic’s guide', () => {
    const draft = applyRequestParams(emptyDraft(), parseRequestParams('?role=operator&topic=dashboard-not-loading'));
    expect(draft).toMatchObject({role: 'operator', kind: 'technical', summary: 'Dashboard not loading'});
  });

  it('never overwrites what the person already answered', () => {
    const typed = {
      ...emptyDraft(),
      role: 'operator' as const,
      priority: 'low' as const,
      summary: 'My own words',
      kind: 'other' as const,
    };
    const draft = applyRequestParams(
      typed,
      parseRequestParams('?role=client&priority=critical&topic=pdf-download-failing'),
    );
    expect(draft).toMatchObject({role: 'operator', priority: 'low', summary: 'My own words', kind: 'other'});
    expect(draft.topic).toBe('client:pdf-download-failing');
  });

  it('does not change the draft it is given', () => {
    const original = emptyDraft();
    applyRequestParams(original, parseRequestParams('?priority=high'));
    expect(original).toEqual(emptyDraft());
  });
});

describe('the searched parameter (a search with no answer)', () => {
  it('reads the query, with line breaks and runs of spaces as one space', () => {
    expect(parseRequestParams('?searched=cancel%20my%0A%20subscription').searched).toBe('cancel my subscription');
    expect(parseRequestParams(`?${SEARCHED_PARAMETER}=refund`).notices).toEqual([]);
  });

  it('treats an empty value as absent', () => {
    expect(parseRequestParams('?searched=%20%20').searched).toBeUndefined();
    expect(parseRequestParams('?searched=%20%20').notices).toEqual([]);
  });

  it('ignores a query longer than the limit, with a notice, and keeps the other values', () => {
    const params = parseRequestParams(`?priority=low&searched=${'a'.repeat(MAX_SEARCHED_LENGTH + 1)}`);
    expect(params.searched).toBeUndefined();
    expect(params.priority).toBe('low');
    expect(params.notices).toEqual([
      `The search words in the link are longer than ${MAX_SEARCHED_LENGTH} characters: they were not copied into the form. Describe your question below.`,
    ]);
  });

  it('fills a blank summary and a blank description with what was searched', () => {
    const draft = applyRequestParams(emptyDraft(), parseRequestParams('?searched=%3Cb%3Erefund%3C%2Fb%3E'));
    expect(draft.summary).toBe('<b>refund</b>');
    expect(draft.description).toBe(searchedDescription('<b>refund</b>'));
    expect(draft.description).toBe('I searched the help center for “<b>refund</b>” and did not find an answer.');
  });

  it('never overwrites what the person typed, and lets a topic’s subject come first', () => {
    const typed = {...emptyDraft(), summary: 'My words', description: 'My story'};
    expect(applyRequestParams(typed, parseRequestParams('?searched=refund'))).toMatchObject({
      summary: 'My words',
      description: 'My story',
    });
    const withTopic = applyRequestParams(emptyDraft(), parseRequestParams('?topic=pdf-download-failing&searched=pdf'));
    expect(withTopic.summary).toBe('Agreement PDF download failing');
    expect(withTopic.description).toBe(searchedDescription('pdf'));
  });

  it('puts a query too long for a subject line in the description only', () => {
    const long = 'x'.repeat(FIELDS.summary.maxLength + 1);
    const draft = applyRequestParams(emptyDraft(), parseRequestParams(`?searched=${long}`));
    expect(draft.summary).toBe('');
    expect(draft.description).toBe(searchedDescription(long));
  });

  it('says so when a restored draft keeps the search words out', () => {
    const saved = {...emptyDraft(), summary: 'Saved', description: 'Saved story'};
    expect(requestParamConflicts(saved, parseRequestParams('?searched=refund'))).toEqual([
      'The search words in the link (“refund”) were not copied: your saved draft already has a summary and a description.',
    ]);
    expect(requestParamConflicts({...saved, description: ''}, parseRequestParams('?searched=refund'))).toEqual([]);
  });
});
