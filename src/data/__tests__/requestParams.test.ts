import {describe, expect, it} from 'vitest';
import {applyRequestParams, parseRequestParams} from '../requestParams';
import {emptyDraft} from '../request';

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
    const params = parseRequestParams(`?priority=${encodeURIComponent('<img src=x onerror=alert(1)>')}&role=${'a'.repeat(100)}`);
    expect(params.notices[0]).toBe(`Unknown role “${'a'.repeat(40)}…” in the link: it was ignored. Use client or operator.`);
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
    const typed = {...emptyDraft(), role: 'operator' as const, priority: 'low' as const, summary: 'My own words', kind: 'other' as const};
    const draft = applyRequestParams(typed, parseRequestParams('?role=client&priority=critical&topic=pdf-download-failing'));
    expect(draft).toMatchObject({role: 'operator', priority: 'low', summary: 'My own words', kind: 'other'});
    expect(draft.topic).toBe('client:pdf-download-failing');
  });

  it('does not change the draft it is given', () => {
    const original = emptyDraft();
    applyRequestParams(original, parseRequestParams('?priority=high'));
    expect(original).toEqual(emptyDraft());
  });
});
