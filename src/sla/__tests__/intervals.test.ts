import {describe, expect, it} from 'vitest';
import {intersectIntervals} from '../intervals';
import {SlaInputError} from '../errors';
import {describeDayHours} from '../wording';

describe('intersectIntervals', () => {
  it.each([
    [
      'a channel’s 09:00-17:00 within special hours 08:00-13:00',
      [['09:00', '17:00']],
      [['08:00', '13:00']],
      [['09:00', '13:00']],
    ],
    ['hours that do not meet', [['14:00', '20:00']], [['08:00', '13:00']], []],
    ['hours that only touch at 13:00', [['13:00', '17:00']], [['08:00', '13:00']], []],
    [
      'a lunch break against a morning',
      [
        ['09:00', '12:00'],
        ['13:00', '17:00'],
      ],
      [['08:00', '14:00']],
      [
        ['09:00', '12:00'],
        ['13:00', '14:00'],
      ],
    ],
    ['a day to midnight', [['00:00', '24:00']], [['22:00', '24:00']], [['22:00', '24:00']]],
    ['no hours at all', [], [['08:00', '13:00']], []],
  ])('%s', (_name, a, b, expected) => {
    const list = (pairs: string[][]) => pairs.map(([open, close]) => ({open, close}));
    expect(intersectIntervals(list(a), list(b))).toEqual(list(expected));
  });

  it('is symmetric', () => {
    const a = [
      {open: '09:00', close: '12:00'},
      {open: '13:00', close: '17:00'},
    ];
    const b = [{open: '08:00', close: '14:00'}];
    expect(intersectIntervals(a, b)).toEqual(intersectIntervals(b, a));
  });

  it('rejects a malformed time', () => {
    expect(() => intersectIntervals([{open: '9:00', close: '17:00'}], [{open: '08:00', close: '13:00'}])).toThrow(
      new SlaInputError('Malformed opening time "9:00" (expected HH:mm)'),
    );
  });
});

describe('describeDayHours', () => {
  it.each([
    [[{open: '08:00', close: '13:00'}], '8:00 AM–1:00 PM'],
    [
      [
        {open: '09:00', close: '12:00'},
        {open: '13:00', close: '24:00'},
      ],
      '9:00 AM–12:00 PM, 1:00 PM–midnight',
    ],
    [[], 'Closed'],
  ])('words %j as %s', (intervals, expected) => {
    expect(describeDayHours(intervals)).toBe(expected);
  });
});
