// @vitest-environment happy-dom
import {beforeEach, describe, expect, it} from 'vitest';
import {
  clearDraft,
  discardSetAside,
  DRAFT_STORAGE_KEY,
  droppedNotice,
  isDraftEmpty,
  loadDraft,
  loadSetAside,
  NOT_SAVED_NOTICE,
  parseDraft,
  probeStorage,
  recoverText,
  saveDraft,
  serializeDraft,
  type DraftStorage,
} from '../draftStorage';
import {emptyDraft, type RequestDraft} from '../model';

const savedAt = new Date('2026-11-27T15:15:00Z');

function filled(): RequestDraft {
  return {
    ...emptyDraft(),
    role: 'operator',
    organization: 'Northwind «Traders» & Co.',
    kind: 'activation',
    priority: 'critical',
    responseMethod: 'phone',
    escalation: true,
    ticket: '48213',
    description: 'Line 1\nLine 2 with emoji 🚀 and "quotes"',
    linkGeneratedAt: '2026-11-27T10:15',
    device: 'tablet',
  };
}

describe('serializeDraft and parseDraft', () => {
  it('round-trip every field, with when it was saved', () => {
    expect(parseDraft(serializeDraft(filled(), savedAt))).toEqual({
      kind: 'draft',
      draft: filled(),
      savedAt,
      dropped: [],
    });
  });

  it('store versioned JSON', () => {
    expect(JSON.parse(serializeDraft(filled(), savedAt))).toMatchObject({
      version: 1,
      savedAt: '2026-11-27T15:15:00.000Z',
    });
  });

  it('read nothing, an empty string or an empty draft as no draft', () => {
    expect(parseDraft(null)).toEqual({kind: 'none'});
    expect(parseDraft('')).toEqual({kind: 'none'});
    expect(parseDraft(serializeDraft({...emptyDraft(), summary: '   '}, savedAt))).toEqual({kind: 'none'});
  });

  it('report text that is not JSON, or another version, with a notice instead of throwing', () => {
    expect(parseDraft('{not json')).toMatchObject({
      kind: 'unreadable',
      notice: expect.stringMatching(/could not be read/),
    });
    expect(parseDraft(JSON.stringify({version: 2, savedAt: '', draft: {}}))).toMatchObject({kind: 'unreadable'});
    expect(parseDraft('[]')).toMatchObject({kind: 'unreadable'});
    expect(parseDraft('null')).toMatchObject({kind: 'unreadable'});
  });

  it('keep the rest of a draft when one value is of the wrong type or an unknown choice, and name what was left out', () => {
    const stored = JSON.stringify({
      version: 1,
      savedAt: 'not a date',
      draft: {
        ...filled(),
        priority: 'urgent',
        organization: 42,
        escalation: 'yes',
        topic: 'client:no-such-guide',
        unknownField: 'dropped',
      },
    });
    const parsed = parseDraft(stored);
    expect(parsed).toEqual({
      kind: 'draft',
      savedAt: null,
      draft: {...filled(), priority: '', organization: '', escalation: false, topic: ''},
      dropped: [
        {field: 'organization', reason: '“42” is not one of its answers'},
        {field: 'priority', reason: '“urgent” is not one of its answers'},
        {field: 'escalation', reason: '“yes” is not one of its answers'},
        {field: 'topic', reason: '“client:no-such-guide” is not a guide of this site any more'},
      ],
    });
    if (parsed.kind !== 'draft') throw new Error('expected a draft');
    expect(droppedNotice(parsed.dropped, 'operator')).toBe(
      'Some saved answers could not be restored: Your organization (“42” is not one of its answers); Priority (“urgent” is not one of its answers); Escalation of an earlier request (“yes” is not one of its answers); Troubleshooting guide followed (“client:no-such-guide” is not a guide of this site any more). Answer them again below.',
    );
  });

  it('recover the text of a draft it cannot read: its text fields, or the whole text', () => {
    expect(
      recoverText(
        JSON.stringify({version: 2, draft: {summary: 'PDF fails', description: 'Since Monday', priority: 9}}),
      ),
    ).toEqual({
      summary: 'PDF fails',
      description: 'Since Monday',
    });
    expect(recoverText('{not json')).toEqual({description: '{not json'});
    expect(recoverText('[1,2]')).toEqual({description: '[1,2]'});
  });

  it('fill fields missing from an older draft with blanks', () => {
    const parsed = parseDraft(
      JSON.stringify({version: 1, savedAt: savedAt.toISOString(), draft: {summary: 'Only this'}}),
    );
    expect(parsed).toEqual({kind: 'draft', savedAt, draft: {...emptyDraft(), summary: 'Only this'}, dropped: []});
  });
});

describe('isDraftEmpty', () => {
  it('is true for a blank draft and false once anything is answered', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true);
    expect(isDraftEmpty({...emptyDraft(), escalation: true})).toBe(false);
    expect(isDraftEmpty({...emptyDraft(), role: 'client'})).toBe(false);
  });
});

describe('in localStorage (happy-dom)', () => {
  beforeEach(() => localStorage.clear());

  it('saves as the person types, restores on reload, and clears', () => {
    expect(saveDraft(localStorage, filled(), savedAt)).toBeNull();
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(serializeDraft(filled(), savedAt));
    expect(loadDraft(localStorage)).toEqual({kind: 'draft', draft: filled(), savedAt, dropped: []});
    clearDraft(localStorage);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(loadDraft(localStorage)).toEqual({kind: 'none'});
  });

  it('removes the stored draft when the person empties the form', () => {
    saveDraft(localStorage, filled(), savedAt);
    saveDraft(localStorage, emptyDraft(), savedAt);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('sets a draft it cannot read aside before anything can overwrite it, until it is discarded', () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, '{"version": 7, "draft": {"summary": "Old draft"}}');
    expect(loadDraft(localStorage)).toMatchObject({kind: 'unreadable'});
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(loadSetAside(localStorage)).toBe('{"version": 7, "draft": {"summary": "Old draft"}}');
    saveDraft(localStorage, filled(), savedAt);
    expect(loadSetAside(localStorage)).toBe('{"version": 7, "draft": {"summary": "Old draft"}}');
    discardSetAside(localStorage);
    expect(loadSetAside(localStorage)).toBeNull();
  });

  it('probes whether storage works, leaving nothing behind', () => {
    expect(probeStorage(localStorage)).toBe(true);
    expect(localStorage.length).toBe(0);
    expect(probeStorage(null)).toBe(false);
    const blocked: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(probeStorage(blocked)).toBe(false);
    // Some private modes accept a write and forget it.
    expect(probeStorage({getItem: () => null, setItem: () => undefined, removeItem: () => undefined})).toBe(false);
  });

  it('leaves other keys of the site alone', () => {
    localStorage.setItem('theme', 'dark');
    saveDraft(localStorage, filled(), savedAt);
    clearDraft(localStorage);
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  it('says so, without throwing, when storage refuses to save (full or blocked)', () => {
    const full: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(saveDraft(full, filled(), savedAt)).toBe(NOT_SAVED_NOTICE);
    expect(loadDraft(full)).toEqual({kind: 'none'});
    expect(() => clearDraft(full)).not.toThrow();
  });
});
