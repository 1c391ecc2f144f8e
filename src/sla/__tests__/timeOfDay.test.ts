import {describe, expect, it} from 'vitest';
import {MINUTES_PER_DAY, minutesOfDay, timeOfDayProblem} from '../timeOfDay';

describe('minutesOfDay', () => {
  it.each([
    ['00:00', 'open', 0],
    ['08:30', 'open', 510],
    ['23:59', 'close', 1439],
    ['24:00', 'close', MINUTES_PER_DAY],
  ] as const)('reads %s as a %s time: %i minutes', (value, role, expected) => {
    expect(minutesOfDay(value, role)).toBe(expected);
  });

  it.each([
    ['24:00', 'open'],
    ['9:00', 'open'],
    ['09:0', 'close'],
    ['24:01', 'close'],
    ['25:00', 'close'],
    ['12:60', 'open'],
    [' 09:00', 'open'],
    ['09:00 ', 'close'],
    [900, 'open'],
    [null, 'close'],
  ] as const)('rejects %o as a %s time', (value, role) => {
    expect(minutesOfDay(value, role)).toBeUndefined();
    expect(timeOfDayProblem(value, role)).toMatch(/24/);
  });
});

describe('timeOfDayProblem', () => {
  it('says that 24:00 can only close an interval, not that the time is malformed', () => {
    expect(timeOfDayProblem('24:00', 'open')).toBe(
      '24:00 is only a closing time (an interval cannot open at midnight’s end)',
    );
  });

  it('gives an example of the expected form for each role', () => {
    expect(timeOfDayProblem('9am', 'open')).toBe('must be a 24-hour time HH:mm, such as 09:00');
    expect(timeOfDayProblem('5pm', 'close')).toBe('must be a 24-hour time HH:mm, such as 17:00, or 24:00 for midnight');
  });

  it('accepts every minute of the day for both roles', () => {
    for (let m = 0; m < MINUTES_PER_DAY; m += 1) {
      const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      expect(minutesOfDay(text, 'open')).toBe(m);
      expect(minutesOfDay(text, 'close')).toBe(m);
    }
  });
});
