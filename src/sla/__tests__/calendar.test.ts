import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {
  addBusinessTime,
  assertValidCalendar,
  closedReason,
  endOfBusinessDay,
  isOpen,
  MAX_CLOSED_DAYS,
  nextOpening,
  openInterval,
  SlaInputError,
} from '../calendar';
import type {AlwaysOpenCalendar, BusinessCalendar, Calendar} from '../types';
import {at, daysCalendar, inZone, weekdaysCalendar} from './helpers';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const thanksgiving = {date: '2026-11-26', name: 'Thanksgiving Day'};
const christmas = {date: '2026-12-25', name: 'Christmas Day'};

/** Monday to Friday 09:00-17:00 in New York, closed on Thanksgiving (Thu) and Christmas (Fri) 2026. */
const nineToFive = weekdaysCalendar(NY, [{open: '09:00', close: '17:00'}], [thanksgiving, christmas]);
/** The same hours in Berlin, no holidays. */
const berlinNineToFive = weekdaysCalendar(BERLIN, [{open: '09:00', close: '17:00'}]);
/** Monday to Friday 09:00-12:00 and 13:00-17:00 in New York (a lunch break). */
const withLunch = weekdaysCalendar(NY, [
  {open: '09:00', close: '12:00'},
  {open: '13:00', close: '17:00'},
]);
const ny247: AlwaysOpenCalendar = {kind: '24/7', timeZone: NY};
const berlin247: AlwaysOpenCalendar = {kind: '24/7', timeZone: BERLIN};

describe('isOpen', () => {
  it.each([
    ['exactly at opening time', '2026-03-10T09:00:00-04:00', true],
    ['one millisecond before opening', '2026-03-10T08:59:59.999-04:00', false],
    ['in the middle of the day', '2026-03-10T12:00:00-04:00', true],
    ['one second before closing', '2026-03-10T16:59:59-04:00', true],
    ['exactly at closing time', '2026-03-10T17:00:00-04:00', false],
    ['on a Saturday', '2026-03-07T12:00:00-05:00', false],
    ['on a holiday during the usual hours', '2026-11-26T10:00:00-05:00', false],
    ['the day before a holiday', '2026-11-25T16:59:00-05:00', true],
    // With a fixed EST offset (-05:00), 09:30 EDT would be 08:30 and closed.
    ['at 09:30 local on the Monday after clocks went forward', '2026-03-09T09:30:00-04:00', true],
    ['at 08:59 local on the Monday after clocks went forward', '2026-03-09T08:59:00-04:00', false],
    ['at 16:30 local on the Monday after clocks went back', '2026-11-02T16:30:00-05:00', true],
  ])('%s (%s) -> %s', (_name, instant, expected) => {
    expect(isOpen(nineToFive, at(instant))).toBe(expected);
  });

  it.each([
    ['11:59:59 before the lunch break', '2026-03-10T11:59:59-04:00', true],
    ['12:00 when the lunch break starts', '2026-03-10T12:00:00-04:00', false],
    ['12:30 during the lunch break', '2026-03-10T12:30:00-04:00', false],
    ['13:00 when the afternoon opens', '2026-03-10T13:00:00-04:00', true],
    ['17:00 at closing', '2026-03-10T17:00:00-04:00', false],
  ])('with two intervals a day: %s -> %s', (_name, instant, expected) => {
    expect(isOpen(withLunch, at(instant))).toBe(expected);
  });

  it('is always true for a 24/7 calendar, also on the missing hour of a DST change', () => {
    expect(isOpen(ny247, at('2026-03-08T03:00:00-04:00'))).toBe(true);
    expect(isOpen(ny247, at('2026-12-25T03:00:00-05:00'))).toBe(true);
  });
});

describe('nextOpening', () => {
  it.each([
    ['returns the instant itself when open', '2026-03-10T11:15:30-04:00', '2026-03-10T11:15:30-04:00'],
    ['returns the opening time before opening', '2026-03-10T07:00:00-04:00', '2026-03-10T09:00-04:00'],
    ['returns the next morning at closing time', '2026-03-10T17:00:00-04:00', '2026-03-11T09:00-04:00'],
    ['returns Monday (now EDT) on a Friday evening (EST)', '2026-03-06T19:00:00-05:00', '2026-03-09T09:00-04:00'],
    ['returns Monday on a Saturday', '2026-03-07T12:00:00-05:00', '2026-03-09T09:00-04:00'],
    ['returns the next day on a holiday', '2026-11-26T10:00:00-05:00', '2026-11-27T09:00-05:00'],
    ['skips a Friday holiday and the weekend', '2026-12-24T17:00:00-05:00', '2026-12-28T09:00-05:00'],
  ])('%s (%s -> %s)', (_name, instant, expected) => {
    expect(inZone(nextOpening(nineToFive, at(instant)), NY)).toBe(expected);
  });

  it('returns the afternoon opening during a lunch break', () => {
    expect(inZone(nextOpening(withLunch, at('2026-03-10T12:30:00-04:00')), NY)).toBe('2026-03-10T13:00-04:00');
  });

  it('returns a copy of the instant for a 24/7 calendar', () => {
    const instant = at('2026-03-08T01:30:00-05:00');
    const result = nextOpening(ny247, instant);
    expect(result).not.toBe(instant);
    expect(result.getTime()).toBe(instant.getTime());
  });
});

describe('addBusinessTime', () => {
  it.each([
    [
      'a request on Friday evening starts Monday (after the DST change)',
      '2026-03-06T19:00:00-05:00',
      60,
      '2026-03-09T10:00-04:00',
    ],
    ['a request on a Saturday starts Monday', '2026-03-07T12:00:00-05:00', 120, '2026-03-09T11:00-04:00'],
    ['a request on a Sunday starts Monday', '2026-03-08T12:00:00-04:00', 60, '2026-03-09T10:00-04:00'],
    ['a request exactly at opening counts from then', '2026-03-10T09:00:00-04:00', 60, '2026-03-10T10:00-04:00'],
    [
      'a request exactly at closing time starts next morning',
      '2026-03-10T17:00:00-04:00',
      60,
      '2026-03-11T10:00-04:00',
    ],
    [
      'one second before closing uses that second, then rounds up',
      '2026-03-10T16:59:59-04:00',
      60,
      '2026-03-11T10:00-04:00',
    ],
    [
      'one second before closing, 1 minute: 59 s next morning, rounded up',
      '2026-03-10T16:59:59-04:00',
      1,
      '2026-03-11T09:01-04:00',
    ],
    ['Friday 17:00 plus 8 business hours is Monday 17:00', '2026-03-13T17:00:00-04:00', 480, '2026-03-16T17:00-04:00'],
    [
      'Friday 09:00 plus 8 business hours is Friday at closing time',
      '2026-03-13T09:00:00-04:00',
      480,
      '2026-03-13T17:00-04:00',
    ],
    ['a request on a holiday starts the next business day', '2026-11-26T10:00:00-05:00', 60, '2026-11-27T10:00-05:00'],
    [
      'the day before a holiday carries over to the day after it',
      '2026-11-25T16:00:00-05:00',
      120,
      '2026-11-27T10:00-05:00',
    ],
    [
      'the day before a Friday holiday carries over to Monday',
      '2026-12-24T16:30:00-05:00',
      60,
      '2026-12-28T09:30-05:00',
    ],
    ['zero minutes while open is the start itself', '2026-03-10T11:15:00-04:00', 0, '2026-03-10T11:15-04:00'],
    ['zero minutes while closed is the next opening', '2026-03-06T19:00:00-05:00', 0, '2026-03-09T09:00-04:00'],
    [
      'ten full business days end on a Friday at closing time',
      '2026-03-09T09:00:00-04:00',
      4800,
      '2026-03-20T17:00-04:00',
    ],
  ])('%s (%s + %i min -> %s)', (_name, start, minutes, expected) => {
    expect(inZone(addBusinessTime(nineToFive, at(start), minutes), NY)).toBe(expected);
  });

  it.each([
    [
      'a start at 09:00:30 gives 10:00:30, rounded up to 10:01',
      '2026-03-10T09:00:30-04:00',
      60,
      '2026-03-10T10:01-04:00',
    ],
    [
      'a start 1 ms after opening with 0 minutes rounds up to 09:01',
      '2026-03-10T09:00:00.001-04:00',
      0,
      '2026-03-10T09:01-04:00',
    ],
    ['half a minute rounds up to a whole one', '2026-03-10T09:00:00-04:00', 0.5, '2026-03-10T09:01-04:00'],
    ['a whole-minute result is not rounded', '2026-03-10T09:00:00-04:00', 90, '2026-03-10T10:30-04:00'],
  ])('rounds up to the whole minute: %s', (_name, start, minutes, expected) => {
    expect(inZone(addBusinessTime(nineToFive, at(start), minutes), NY)).toBe(expected);
  });

  it.each([
    [
      'the morning runs into the lunch break and resumes at 13:00',
      '2026-03-10T11:30:00-04:00',
      60,
      '2026-03-10T13:30-04:00',
    ],
    [
      'the last minute ending at 12:00 is due at 12:00, not 13:00',
      '2026-03-10T09:00:00-04:00',
      180,
      '2026-03-10T12:00-04:00',
    ],
    ['one minute more is 13:01', '2026-03-10T09:00:00-04:00', 181, '2026-03-10T13:01-04:00'],
    ['a request in the lunch break starts at 13:00', '2026-03-10T12:30:00-04:00', 60, '2026-03-10T14:00-04:00'],
    [
      'four hours from 16:30 use both intervals of the next day',
      '2026-03-10T16:30:00-04:00',
      240,
      '2026-03-11T13:30-04:00',
    ],
  ])('with two intervals a day: %s', (_name, start, minutes, expected) => {
    expect(inZone(addBusinessTime(withLunch, at(start), minutes), NY)).toBe(expected);
  });

  describe('across DST changes, business hours are local wall-clock hours', () => {
    it.each([
      [
        'New York, clocks go forward (2026-03-08)',
        nineToFive,
        NY,
        '2026-03-06T16:00:00-05:00',
        120,
        '2026-03-09T10:00-04:00',
      ],
      [
        'New York, clocks go back (2026-11-01)',
        nineToFive,
        NY,
        '2026-10-30T16:00:00-04:00',
        120,
        '2026-11-02T10:00-05:00',
      ],
      [
        'Berlin, clocks go forward (2026-03-29)',
        berlinNineToFive,
        BERLIN,
        '2026-03-27T16:00:00+01:00',
        120,
        '2026-03-30T10:00+02:00',
      ],
      [
        'Berlin, clocks go back (2026-10-25)',
        berlinNineToFive,
        BERLIN,
        '2026-10-23T16:00:00+02:00',
        120,
        '2026-10-26T10:00+01:00',
      ],
    ] as const)('%s', (_name, calendar, zone, start, minutes, expected) => {
      expect(inZone(addBusinessTime(calendar, at(start), minutes), zone)).toBe(expected);
    });

    const berlinSundays = daysCalendar(BERLIN, {sunday: [{open: '00:00', close: '24:00'}]});
    it('a whole Sunday 00:00-24:00 in Berlin holds 23 hours when clocks go forward', () => {
      expect(inZone(addBusinessTime(berlinSundays, at('2026-03-29T00:00:00+01:00'), 23 * 60), BERLIN)).toBe(
        '2026-03-30T00:00+02:00',
      );
    });
    it('a whole Sunday 00:00-24:00 in Berlin holds 25 hours when clocks go back', () => {
      expect(inZone(addBusinessTime(berlinSundays, at('2026-10-25T00:00:00+02:00'), 24 * 60), BERLIN)).toBe(
        '2026-10-25T23:00+01:00',
      );
      expect(inZone(addBusinessTime(berlinSundays, at('2026-10-25T00:00:00+02:00'), 25 * 60), BERLIN)).toBe(
        '2026-10-26T00:00+01:00',
      );
    });
  });

  describe('on a 24/7 calendar, minutes are added on the absolute timeline', () => {
    it.each([
      [
        'New York: 1 hour from 01:30 as clocks go forward is 03:30',
        ny247,
        NY,
        '2026-03-08T01:30:00-05:00',
        60,
        '2026-03-08T03:30-04:00',
      ],
      [
        'New York: 1 hour from the first 01:30 as clocks go back is the second 01:30',
        ny247,
        NY,
        '2026-11-01T01:30:00-04:00',
        60,
        '2026-11-01T01:30-05:00',
      ],
      [
        'New York: 24 hours over the short day end at 13:00',
        ny247,
        NY,
        '2026-03-07T12:00:00-05:00',
        1440,
        '2026-03-08T13:00-04:00',
      ],
      [
        'New York: 24 hours over the long day end at 11:00',
        ny247,
        NY,
        '2026-10-31T12:00:00-04:00',
        1440,
        '2026-11-01T11:00-05:00',
      ],
      [
        'Berlin: 1 hour from 01:30 as clocks go forward is 03:30',
        berlin247,
        BERLIN,
        '2026-03-29T01:30:00+01:00',
        60,
        '2026-03-29T03:30+02:00',
      ],
      [
        'Berlin: 1 hour from the first 02:30 as clocks go back is the second 02:30',
        berlin247,
        BERLIN,
        '2026-10-25T02:30:00+02:00',
        60,
        '2026-10-25T02:30+01:00',
      ],
      [
        'Berlin: 24 hours over the short day end at 13:00',
        berlin247,
        BERLIN,
        '2026-03-28T12:00:00+01:00',
        1440,
        '2026-03-29T13:00+02:00',
      ],
      [
        'Berlin: 24 hours over the long day end at 11:00',
        berlin247,
        BERLIN,
        '2026-10-24T12:00:00+02:00',
        1440,
        '2026-10-25T11:00+01:00',
      ],
      ['a holiday does not matter', ny247, NY, '2026-12-25T10:00:00-05:00', 60, '2026-12-25T11:00-05:00'],
      [
        'the result is rounded up to the whole minute',
        ny247,
        NY,
        '2026-03-08T01:30:10-05:00',
        60,
        '2026-03-08T03:31-04:00',
      ],
    ] as const)('%s', (_name, calendar, zone, start, minutes, expected) => {
      expect(inZone(addBusinessTime(calendar, at(start), minutes), zone)).toBe(expected);
    });
  });

  it('does not mutate the given date', () => {
    const start = at('2026-03-06T19:00:00-05:00');
    addBusinessTime(nineToFive, start, 60);
    expect(start.toISOString()).toBe('2026-03-07T00:00:00.000Z');
  });
});

describe('endOfBusinessDay', () => {
  it.each([
    ['same business day of a Friday afternoon request', '2026-03-06T16:00:00-05:00', 0, '2026-03-06T17:00-05:00'],
    [
      'next business day of a Friday afternoon request is Monday (EDT)',
      '2026-03-06T16:00:00-05:00',
      1,
      '2026-03-09T17:00-04:00',
    ],
    ['day 0 of a Friday evening request is Monday', '2026-03-06T19:00:00-05:00', 0, '2026-03-09T17:00-04:00'],
    ['day 1 of a Friday evening request is Tuesday', '2026-03-06T19:00:00-05:00', 1, '2026-03-10T17:00-04:00'],
    ['day 0 of a Saturday request is Monday', '2026-03-07T12:00:00-05:00', 0, '2026-03-09T17:00-04:00'],
    ['day 0 of a request before opening is that day', '2026-03-10T07:00:00-04:00', 0, '2026-03-10T17:00-04:00'],
    ['day 0 of a request exactly at opening is that day', '2026-03-10T09:00:00-04:00', 0, '2026-03-10T17:00-04:00'],
    [
      'day 0 of a request one second before closing is that day',
      '2026-03-10T16:59:59-04:00',
      0,
      '2026-03-10T17:00-04:00',
    ],
    ['day 0 of a request exactly at closing is the next day', '2026-03-10T17:00:00-04:00', 0, '2026-03-11T17:00-04:00'],
    ['day 0 of a request on a holiday is the day after', '2026-11-26T10:00:00-05:00', 0, '2026-11-27T17:00-05:00'],
    ['day 1 of a request on a holiday skips the weekend', '2026-11-26T10:00:00-05:00', 1, '2026-11-30T17:00-05:00'],
    ['day 1 from the day before a holiday skips the holiday', '2026-11-25T10:00:00-05:00', 1, '2026-11-27T17:00-05:00'],
    ['day 1 from the day before a Friday holiday is Monday', '2026-12-24T10:00:00-05:00', 1, '2026-12-28T17:00-05:00'],
    ['day 1 across clocks going back is Monday (EST)', '2026-10-30T10:00:00-04:00', 1, '2026-11-02T17:00-05:00'],
    ['day 5 of a Monday is the next Monday', '2026-03-09T10:00:00-04:00', 5, '2026-03-16T17:00-04:00'],
  ])('%s (%s, n=%i -> %s)', (_name, start, n, expected) => {
    expect(inZone(endOfBusinessDay(nineToFive, at(start), n), NY)).toBe(expected);
  });

  it.each([
    ['clocks go forward', '2026-03-27T10:00:00+01:00', '2026-03-30T17:00+02:00'],
    ['clocks go back', '2026-10-23T10:00:00+02:00', '2026-10-26T17:00+01:00'],
  ])('Berlin, next business day when %s', (_name, start, expected) => {
    expect(inZone(endOfBusinessDay(berlinNineToFive, at(start), 1), BERLIN)).toBe(expected);
  });

  it('is the last closing time of a day with two intervals', () => {
    expect(inZone(endOfBusinessDay(withLunch, at('2026-03-10T10:00:00-04:00'), 0), NY)).toBe('2026-03-10T17:00-04:00');
  });

  it.each([
    [
      'New York, day 0 ends at the next local midnight',
      ny247,
      NY,
      '2026-03-06T23:30:00-05:00',
      0,
      '2026-03-07T00:00-05:00',
    ],
    ['New York, day 0 before clocks go forward', ny247, NY, '2026-03-07T12:00:00-05:00', 0, '2026-03-08T00:00-05:00'],
    [
      'New York, day 1 over clocks going forward (a 23-hour day)',
      ny247,
      NY,
      '2026-03-07T12:00:00-05:00',
      1,
      '2026-03-09T00:00-04:00',
    ],
    [
      'New York, day 1 over clocks going back (a 25-hour day)',
      ny247,
      NY,
      '2026-10-31T12:00:00-04:00',
      1,
      '2026-11-02T00:00-05:00',
    ],
    [
      'Berlin, day 1 over clocks going forward',
      berlin247,
      BERLIN,
      '2026-03-28T12:00:00+01:00',
      1,
      '2026-03-30T00:00+02:00',
    ],
    [
      'Berlin, day 1 over clocks going back',
      berlin247,
      BERLIN,
      '2026-10-24T12:00:00+02:00',
      1,
      '2026-10-26T00:00+01:00',
    ],
  ] as const)('24/7: %s', (_name, calendar, zone, start, n, expected) => {
    expect(inZone(endOfBusinessDay(calendar, at(start), n), zone)).toBe(expected);
  });
});

describe('openInterval', () => {
  it.each([
    [
      'the morning interval before lunch',
      withLunch,
      '2026-03-10T10:00:00-04:00',
      ['2026-03-10T09:00-04:00', '2026-03-10T12:00-04:00'],
    ],
    [
      'the afternoon interval',
      withLunch,
      '2026-03-10T14:00:00-04:00',
      ['2026-03-10T13:00-04:00', '2026-03-10T17:00-04:00'],
    ],
    [
      'exactly at opening',
      nineToFive,
      '2026-03-10T09:00:00-04:00',
      ['2026-03-10T09:00-04:00', '2026-03-10T17:00-04:00'],
    ],
    ['nothing during lunch', withLunch, '2026-03-10T12:30:00-04:00', null],
    ['nothing exactly at closing', nineToFive, '2026-03-10T17:00:00-04:00', null],
    ['nothing on a holiday', nineToFive, '2026-11-26T10:00:00-05:00', null],
    ['nothing for a 24/7 calendar (it has no bounded interval)', ny247, '2026-03-10T10:00:00-04:00', null],
  ] as const)('returns %s', (_name, calendar, instant, expected) => {
    const result = openInterval(calendar, at(instant));
    expect(result && [inZone(result.start, NY), inZone(result.end, NY)]).toEqual(expected);
  });
});

describe('closedReason', () => {
  it.each([
    ['a holiday during the usual hours', '2026-11-26T10:00:00-05:00', {reason: 'holiday', holiday: thanksgiving}],
    ['a holiday outside the usual hours', '2026-12-25T20:00:00-05:00', {reason: 'holiday', holiday: christmas}],
    ['a Saturday', '2026-03-07T12:00:00-05:00', {reason: 'closed-day'}],
    ['a Friday evening', '2026-03-06T19:00:00-05:00', {reason: 'outside-hours'}],
    ['a Tuesday one minute before opening', '2026-03-10T08:59:00-04:00', {reason: 'outside-hours'}],
    ['a Tuesday exactly at closing', '2026-03-10T17:00:00-04:00', {reason: 'outside-hours'}],
    ['a Tuesday while open', '2026-03-10T10:00:00-04:00', null],
  ])('on %s (%s)', (_name, instant, expected) => {
    expect(closedReason(nineToFive, at(instant))).toEqual(expected);
  });

  it('is the lunch break for a day with two intervals', () => {
    expect(closedReason(withLunch, at('2026-03-10T12:30:00-04:00'))).toEqual({reason: 'outside-hours'});
  });

  it('is null for a 24/7 calendar', () => {
    expect(closedReason(ny247, at('2026-12-25T03:00:00-05:00'))).toBeNull();
  });
});

describe(`holidays are local dates of the calendar zone, whatever the process zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const auckland = weekdaysCalendar('Pacific/Auckland', [{open: '09:00', close: '17:00'}], [christmas]);

  it.each([
    ['New York, 16:59 on Christmas Eve is open', nineToFive, '2026-12-24T16:59:00-05:00', null],
    [
      'New York, 20:00 on Christmas Eve (already the 25th in UTC) is not the holiday',
      nineToFive,
      '2026-12-24T20:00:00-05:00',
      {reason: 'outside-hours'},
    ],
    [
      'New York, 00:00 on Christmas Day is the holiday',
      nineToFive,
      '2026-12-25T00:00:00-05:00',
      {reason: 'holiday', holiday: christmas},
    ],
    [
      'New York, 23:30 on Christmas Day (the 26th in UTC) is still the holiday',
      nineToFive,
      '2026-12-25T23:30:00-05:00',
      {reason: 'holiday', holiday: christmas},
    ],
    ['New York, the Monday after is open', nineToFive, '2026-12-28T09:00:00-05:00', null],
    ['Auckland, 16:00 on Christmas Eve (the 24th in UTC too) is open', auckland, '2026-12-24T16:00:00+13:00', null],
    [
      'Auckland, 10:00 on Christmas Day (still the 24th in UTC) is the holiday',
      auckland,
      '2026-12-25T10:00:00+13:00',
      {reason: 'holiday', holiday: christmas},
    ],
    ['Auckland, 10:00 on the 28th is open', auckland, '2026-12-28T10:00:00+13:00', null],
  ] as const)('%s', (_name, calendar, instant, expected) => {
    expect(closedReason(calendar, at(instant))).toEqual(expected);
  });
});

describe('an interval bound in a DST gap is shifted forward by the gap, as Luxon does', () => {
  const nightShift = daysCalendar(NY, {sunday: [{open: '02:30', close: '04:00'}]});

  it('02:30 on 2026-03-08 in New York does not exist and opens at 03:30 EDT', () => {
    expect(inZone(nextOpening(nightShift, at('2026-03-08T01:00:00-05:00')), NY)).toBe('2026-03-08T03:30-04:00');
    expect(isOpen(nightShift, at('2026-03-08T03:15:00-04:00'))).toBe(false);
    expect(isOpen(nightShift, at('2026-03-08T03:30:00-04:00'))).toBe(true);
  });

  it('that night holds 30 open minutes, the next Sunday 90 again', () => {
    expect(inZone(addBusinessTime(nightShift, at('2026-03-08T01:00:00-05:00'), 30), NY)).toBe('2026-03-08T04:00-04:00');
    expect(inZone(addBusinessTime(nightShift, at('2026-03-08T01:00:00-05:00'), 31), NY)).toBe('2026-03-15T02:31-04:00');
  });

  it('an interval that the shift makes empty (02:30-03:00) is dropped for that date', () => {
    const short = daysCalendar(NY, {sunday: [{open: '02:30', close: '03:00'}]});
    expect(inZone(nextOpening(short, at('2026-03-08T00:00:00-05:00')), NY)).toBe('2026-03-15T02:30-04:00');
    expect(inZone(endOfBusinessDay(short, at('2026-03-07T12:00:00-05:00'), 0), NY)).toBe('2026-03-15T03:00-04:00');
    expect(closedReason(short, at('2026-03-08T03:45:00-04:00'))).toEqual({reason: 'outside-hours'});
  });

  it.each([
    [
      'Europe/Berlin, 02:15 on 2026-03-29',
      'Europe/Berlin',
      '02:15',
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T03:15+02:00',
    ],
    [
      'Australia/Lord_Howe (30-minute change), 02:15 on 2026-10-04',
      'Australia/Lord_Howe',
      '02:15',
      '2026-10-04T00:00:00+10:30',
      '2026-10-04T02:45+11:00',
    ],
  ])('%s opens at %s', (_name, zone, open, start, expected) => {
    const calendar = daysCalendar(zone, {sunday: [{open, close: '06:00'}]});
    expect(inZone(nextOpening(calendar, at(start)), zone)).toBe(expected);
  });

  it('a bound in the repeated hour when clocks go back is its second occurrence (01:30 EST)', () => {
    const calendar = daysCalendar(NY, {sunday: [{open: '01:30', close: '03:00'}]});
    expect(isOpen(calendar, at('2026-11-01T01:45:00-04:00'))).toBe(false);
    expect(isOpen(calendar, at('2026-11-01T01:45:00-05:00'))).toBe(true);
    expect(inZone(nextOpening(calendar, at('2026-11-01T01:00:00-04:00')), NY)).toBe('2026-11-01T01:30-05:00');
    const interval = openInterval(calendar, at('2026-11-01T02:00:00-05:00'));
    expect(interval && [inZone(interval.start, NY), inZone(interval.end, NY)]).toEqual([
      '2026-11-01T01:30-05:00',
      '2026-11-01T03:00-05:00',
    ]);
  });
});

describe('special hours', () => {
  const christmasEve = {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '09:00', close: '13:00'}]};
  const releaseSaturday = {date: '2026-03-14', name: 'Release weekend', hours: [{open: '10:00', close: '14:00'}]};
  const withSpecial: BusinessCalendar = {...nineToFive, specialHours: [christmasEve, releaseSaturday]};

  it.each([
    ['at the special opening time', '2026-12-24T09:00:00-05:00', true],
    ['one second before the special closing time', '2026-12-24T12:59:59-05:00', true],
    ['at the special closing time', '2026-12-24T13:00:00-05:00', false],
    ['after the special closing, within the weekday’s usual hours', '2026-12-24T15:00:00-05:00', false],
    ['on a Saturday given special hours', '2026-03-14T11:00:00-04:00', true],
    ['on that Saturday after its special hours', '2026-03-14T14:00:00-04:00', false],
    ['the day before, with the usual hours', '2026-12-23T16:30:00-05:00', true],
  ])('isOpen %s (%s) -> %s', (_name, instant, expected) => {
    expect(isOpen(withSpecial, at(instant))).toBe(expected);
  });

  it('opens the next business day after the special closing, past a holiday and the weekend', () => {
    expect(inZone(nextOpening(withSpecial, at('2026-12-24T13:00:00-05:00')), NY)).toBe('2026-12-28T09:00-05:00');
  });

  it('counts only the special hours of the day: 2 hours from 12:00 are 1 hour on the 24th and 1 hour on Monday', () => {
    expect(inZone(addBusinessTime(withSpecial, at('2026-12-24T12:00:00-05:00'), 120), NY)).toBe(
      '2026-12-28T10:00-05:00',
    );
  });

  it('ends a business day with special hours at its special closing time', () => {
    expect(inZone(endOfBusinessDay(withSpecial, at('2026-12-24T10:00:00-05:00'), 0), NY)).toBe(
      '2026-12-24T13:00-05:00',
    );
    expect(inZone(endOfBusinessDay(withSpecial, at('2026-12-23T10:00:00-05:00'), 1), NY)).toBe(
      '2026-12-24T13:00-05:00',
    );
  });

  it('counts a Saturday with special hours as a business day', () => {
    expect(inZone(endOfBusinessDay(withSpecial, at('2026-03-13T10:00:00-04:00'), 1), NY)).toBe(
      '2026-03-14T14:00-04:00',
    );
    expect(inZone(endOfBusinessDay(withSpecial, at('2026-03-13T10:00:00-04:00'), 2), NY)).toBe(
      '2026-03-16T17:00-04:00',
    );
  });

  it('gives the special interval as the open interval', () => {
    const interval = openInterval(withSpecial, at('2026-12-24T10:00:00-05:00'));
    expect(interval && [inZone(interval.start, NY), inZone(interval.end, NY)]).toEqual([
      '2026-12-24T09:00-05:00',
      '2026-12-24T13:00-05:00',
    ]);
  });

  it('says the special hours are why it is closed, before and after them, also on a weekend day', () => {
    expect(closedReason(withSpecial, at('2026-12-24T08:00:00-05:00'))).toEqual({
      reason: 'special-hours',
      special: christmasEve,
    });
    expect(closedReason(withSpecial, at('2026-12-24T16:00:00-05:00'))).toEqual({
      reason: 'special-hours',
      special: christmasEve,
    });
    expect(closedReason(withSpecial, at('2026-03-14T15:00:00-04:00'))).toEqual({
      reason: 'special-hours',
      special: releaseSaturday,
    });
  });

  it('closes a date whose special hours are empty, without making it a holiday or a business day', () => {
    const closedEve: BusinessCalendar = {...nineToFive, specialHours: [{...christmasEve, hours: []}]};
    expect(isOpen(closedEve, at('2026-12-24T10:00:00-05:00'))).toBe(false);
    expect(closedReason(closedEve, at('2026-12-24T10:00:00-05:00'))).toMatchObject({reason: 'special-hours'});
    expect(inZone(endOfBusinessDay(closedEve, at('2026-12-23T10:00:00-05:00'), 1), NY)).toBe('2026-12-28T17:00-05:00');
  });

  it('opens a holiday the team works (a removal leaves it out of the holidays) with the weekday’s hours', () => {
    const worked: BusinessCalendar = {...nineToFive, holidays: [christmas]};
    expect(isOpen(worked, at('2026-11-26T10:00:00-05:00'))).toBe(true);
    expect(closedReason(worked, at('2026-11-26T10:00:00-05:00'))).toBeNull();
  });

  it('accepts a calendar open on special dates only', () => {
    const onlySpecial = daysCalendar(NY, {});
    const calendar: BusinessCalendar = {...onlySpecial, specialHours: [releaseSaturday]};
    expect(inZone(nextOpening(calendar, at('2026-03-01T00:00:00-05:00')), NY)).toBe('2026-03-14T10:00-04:00');
  });

  it('shifts a special-hours bound in a DST gap forward, as the weekly hours', () => {
    const night: BusinessCalendar = {
      ...nineToFive,
      specialHours: [{date: '2027-03-14', name: 'Maintenance night', hours: [{open: '02:30', close: '04:00'}]}],
    };
    // 02:30 on 2027-03-14 does not exist in New York: the night opens at 03:30 EDT and holds 30 minutes.
    expect(inZone(nextOpening(night, at('2027-03-14T00:00:00-05:00')), NY)).toBe('2027-03-14T03:30-04:00');
    expect(inZone(addBusinessTime(night, at('2027-03-14T00:00:00-05:00'), 30), NY)).toBe('2027-03-14T04:00-04:00');
  });
});

describe('invalid input', () => {
  const monday = (open: string, close: string) => daysCalendar(NY, {monday: [{open, close}]});

  it.each<[string, unknown, string]>([
    ['an unknown zone (24/7)', {kind: '24/7', timeZone: 'Mars/Olympus'}, 'Unknown IANA time zone "Mars/Olympus"'],
    ['an unknown zone (business)', {...nineToFive, timeZone: 'Mars/Olympus'}, 'Unknown IANA time zone "Mars/Olympus"'],
    [
      'a fixed offset instead of a zone name',
      {...nineToFive, timeZone: 'GMT-5:00'},
      'Unknown IANA time zone "GMT-5:00"',
    ],
    [
      'an unknown kind',
      {kind: 'weekly', timeZone: NY},
      'Unknown calendar kind "weekly" (expected "business" or "24/7")',
    ],
    [
      'an opening time without a leading zero',
      monday('9:00', '17:00'),
      'Malformed opening time "9:00" on monday (expected HH:mm)',
    ],
    ['an opening time of 24:00', monday('24:00', '24:00'), 'Malformed opening time "24:00" on monday (expected HH:mm)'],
    [
      'a closing time with 60 minutes',
      monday('09:00', '17:60'),
      'Malformed closing time "17:60" on monday (expected HH:mm or 24:00)',
    ],
    [
      'opening after closing',
      monday('17:00', '09:00'),
      'Opening time 17:00 is not before closing time 09:00 on monday',
    ],
    [
      'opening equal to closing',
      monday('09:00', '09:00'),
      'Opening time 09:00 is not before closing time 09:00 on monday',
    ],
    [
      'overlapping intervals',
      daysCalendar(NY, {
        friday: [
          {open: '09:00', close: '13:00'},
          {open: '12:00', close: '14:00'},
        ],
      }),
      'Intervals of friday must be sorted and must not overlap (12:00-14:00 starts before 13:00)',
    ],
    ['no opening hours at all', daysCalendar(NY, {}), 'Calendar has no opening hours in any weekday'],
    [
      'special hours given twice for one date',
      {
        ...nineToFive,
        specialHours: [
          {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '09:00', close: '13:00'}]},
          {date: '2026-12-24', name: 'Again', hours: [{open: '09:00', close: '12:00'}]},
        ],
      },
      'Special hours of 2026-12-24 are given twice',
    ],
    [
      'special hours on a holiday',
      {
        ...nineToFive,
        specialHours: [{date: '2026-12-25', name: 'Christmas', hours: [{open: '09:00', close: '12:00'}]}],
      },
      '2026-12-25 is both a holiday (Christmas Day) and a date with special hours (Christmas)',
    ],
    [
      'a malformed special opening time',
      {...nineToFive, specialHours: [{date: '2026-12-24', name: 'Eve', hours: [{open: '9:00', close: '13:00'}]}]},
      'Malformed opening time "9:00" on 2026-12-24 (expected HH:mm)',
    ],
    [
      'overlapping special intervals',
      {
        ...nineToFive,
        specialHours: [
          {
            date: '2026-12-24',
            name: 'Eve',
            hours: [
              {open: '09:00', close: '12:00'},
              {open: '11:00', close: '13:00'},
            ],
          },
        ],
      },
      'Intervals of 2026-12-24 must be sorted and must not overlap (11:00-13:00 starts before 12:00)',
    ],
    [
      'a special date that is not a calendar date',
      {...nineToFive, specialHours: [{date: '2026-12-32', name: 'Eve', hours: [{open: '09:00', close: '13:00'}]}]},
      'Special hours date "2026-12-32" is not a calendar date YYYY-MM-DD',
    ],
    [
      'a holiday on February 30',
      weekdaysCalendar(NY, [{open: '09:00', close: '17:00'}], [{date: '2026-02-30', name: 'Nope'}]),
      'Holiday date "2026-02-30" is not a calendar date YYYY-MM-DD',
    ],
    [
      'a holiday as an instant',
      weekdaysCalendar(NY, [{open: '09:00', close: '17:00'}], [{date: '2026-12-25T00:00:00Z', name: 'Christmas'}]),
      'Holiday date "2026-12-25T00:00:00Z" is not a calendar date YYYY-MM-DD',
    ],
  ])('rejects %s', (_name, calendar, message) => {
    const check = () => assertValidCalendar(calendar as Calendar);
    expect(check).toThrow(SlaInputError);
    expect(check).toThrow(message);
  });

  const bad = {kind: '24/7', timeZone: 'Mars/Olympus'} as const;
  const start = at('2026-03-10T10:00:00-04:00');
  it.each<[string, () => unknown]>([
    ['isOpen', () => isOpen(bad, start)],
    ['nextOpening', () => nextOpening(bad, start)],
    ['addBusinessTime', () => addBusinessTime(bad, start, 1)],
    ['endOfBusinessDay', () => endOfBusinessDay(bad, start, 1)],
    ['openInterval', () => openInterval(bad, start)],
    ['closedReason', () => closedReason(bad, start)],
  ])('%s validates the calendar', (_name, call) => {
    expect(call).toThrow(new SlaInputError('Unknown IANA time zone "Mars/Olympus"'));
  });

  const invalidDate = new Date(Number.NaN);
  it.each<[string, () => unknown, string]>([
    ['an Invalid Date', () => isOpen(nineToFive, invalidDate), 'Expected a valid Date for instant, got Invalid Date'],
    [
      'an Invalid Date as start',
      () => addBusinessTime(nineToFive, invalidDate, 1),
      'Expected a valid Date for start, got Invalid Date',
    ],
    [
      'a string instead of a Date',
      () => nextOpening(nineToFive, '2026-03-10' as unknown as Date),
      'Expected a Date for instant, got string',
    ],
    ['negative minutes', () => addBusinessTime(nineToFive, start, -1), 'Minutes must be a finite number >= 0, got -1'],
    [
      'NaN minutes',
      () => addBusinessTime(nineToFive, start, Number.NaN),
      'Minutes must be a finite number >= 0, got NaN',
    ],
    [
      'infinite minutes',
      () => addBusinessTime(ny247, start, Infinity),
      'Minutes must be a finite number >= 0, got Infinity',
    ],
    [
      'negative days',
      () => endOfBusinessDay(nineToFive, start, -1),
      'Business days must be a whole number >= 0, got -1',
    ],
    [
      'fractional days',
      () => endOfBusinessDay(nineToFive, start, 1.5),
      'Business days must be a whole number >= 0, got 1.5',
    ],
    [
      'infinite days',
      () => endOfBusinessDay(ny247, start, Infinity),
      'Business days must be a whole number >= 0, got Infinity',
    ],
  ])('rejects %s', (_name, call, message) => {
    expect(call).toThrow(new SlaInputError(message));
  });

  describe('gives up instead of walking forever', () => {
    // Open on Mondays only, and each of the 600 Mondays from 2026-01-05 on is a holiday.
    const mondays = Array.from({length: 600}, (_, i) => ({
      date: DateTime.fromObject({year: 2026, month: 1, day: 5}, {zone: 'utc'}).plus({weeks: i}).toISODate() ?? '',
      name: `Closed ${i}`,
    }));
    const closedForYears: BusinessCalendar = daysCalendar(NY, {monday: [{open: '09:00', close: '17:00'}]}, mondays);

    it(`when no opening comes for ${MAX_CLOSED_DAYS} days`, () => {
      expect(() => nextOpening(closedForYears, at('2026-01-01T00:00:00-05:00'))).toThrow(
        /^No opening within 3660 days after \d{4}-\d{2}-\d{2}: the calendar is closed all that time \(check its holidays\)$/,
      );
      expect(() => addBusinessTime(closedForYears, at('2026-01-01T00:00:00-05:00'), 1)).toThrow(SlaInputError);
    });

    it(`when no business day comes for ${MAX_CLOSED_DAYS} days`, () => {
      const openFirst = {...closedForYears, holidays: mondays.slice(1)};
      expect(inZone(endOfBusinessDay(openFirst, at('2026-01-05T10:00:00-05:00'), 0), NY)).toBe(
        '2026-01-05T17:00-05:00',
      );
      expect(() => endOfBusinessDay(openFirst, at('2026-01-05T10:00:00-05:00'), 1)).toThrow(
        /^No business day within 3660 days after/,
      );
    });
  });
});
