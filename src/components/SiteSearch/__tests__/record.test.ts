import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {FeedbackEvent} from '../../../facts/events';
import {createSearchRecorder, SETTLE_MS} from '../record';

describe('createSearchRecorder', () => {
  let sent: FeedbackEvent[];
  let remembered: string[];
  const recorder = () =>
    createSearchRecorder(
      '/',
      (e) => {
        sent.push(e);
        return true;
      },
      (q) => remembered.push(q),
    );
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    remembered = [];
  });
  afterEach(() => vi.useRealTimers());

  it('records a search once the reader pauses, only the last of a burst', () => {
    const r = recorder();
    r.settle('p', 9);
    r.settle('pd', 5);
    r.settle('pdf', 4);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{type: 'search', query: 'pdf', results: 4}]);
    expect(remembered).toEqual(['pdf']);
  });

  it('records the pending search before a click or Ask support, and the same query once', () => {
    const r = recorder();
    r.settle('refund', 0);
    r.ask('refund');
    r.settle('Refund', 0);
    r.flush();
    r.settle('pdf', 3);
    r.click('pdf');
    expect(sent).toEqual([
      {type: 'search', query: 'refund', results: 0},
      {type: 'ask', query: 'refund'},
      {type: 'search', query: 'pdf', results: 3},
      {type: 'click', query: 'pdf'},
    ]);
  });

  it('records nothing for an empty query', () => {
    const r = recorder();
    r.settle('   ', 0);
    r.flush();
    r.click(' ');
    expect(sent).toEqual([]);
  });
});
