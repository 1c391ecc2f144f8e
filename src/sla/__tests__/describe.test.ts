import {describe, expect, it} from 'vitest';
import {SlaInputError} from '../calendar';
import {
  describeRelative,
  describeResolutionTarget,
  describeResponseTarget,
  describeWeeklyHours,
  formatInstant,
  zoneLabel,
} from '../describe';
import type {ResolutionTarget, ResponseTarget, WeeklyHours} from '../types';
import {at} from './helpers';
import {EXAMPLE_CONFIG} from './fixtures';

describe('describeResponseTarget', () => {
  it.each<[ResponseTarget, string]>([
    [{clock: 'business', aimMinutes: 60, commitmentMinutes: 120}, '1-2 business hours'],
    [{clock: 'business', aimMinutes: 240, commitmentMinutes: 480}, '4-8 business hours'],
    [{clock: 'business', aimMinutes: 1440, commitmentMinutes: 1440}, '24 business hours'],
    [{clock: 'business', aimMinutes: 60, commitmentMinutes: 60}, '1 business hour'],
    [{clock: 'business', aimMinutes: 90, commitmentMinutes: 90}, '90 business minutes'],
    [{clock: 'business', aimMinutes: 30, commitmentMinutes: 60}, '30-60 business minutes'],
    [{clock: 'calendar', aimMinutes: 60, commitmentMinutes: 60}, 'Within 1 hour, 24/7'],
    [{clock: 'calendar', aimMinutes: 60, commitmentMinutes: 120}, 'Within 1-2 hours, 24/7'],
    [{clock: 'calendar', aimMinutes: 30, commitmentMinutes: 30}, 'Within 30 minutes, 24/7'],
    [{clock: 'calendar', aimMinutes: 1, commitmentMinutes: 1}, 'Within 1 minute, 24/7'],
  ])('%o reads "%s"', (target, expected) => {
    expect(describeResponseTarget(target)).toBe(expected);
  });

  it.each([
    ['critical', 'Within 1 hour, 24/7'],
    ['high', '1-2 business hours'],
    ['medium', '4-8 business hours'],
    ['low', '24 business hours'],
  ] as const)('the example %s target reads "%s"', (priority, expected) => {
    expect(describeResponseTarget(EXAMPLE_CONFIG.priorities[priority].firstResponse)).toBe(expected);
  });

  it.each<[ResponseTarget, string]>([
    [{clock: 'business', aimMinutes: 0, commitmentMinutes: 60}, 'Response minutes must be finite and positive, got 0'],
    [
      {clock: 'business', aimMinutes: 60, commitmentMinutes: Infinity},
      'Response minutes must be finite and positive, got Infinity',
    ],
    [
      {clock: 'business', aimMinutes: 120, commitmentMinutes: 60},
      'Response aim 120 minutes is above the commitment 60 minutes',
    ],
  ])('rejects %o', (target, message) => {
    expect(() => describeResponseTarget(target)).toThrow(new SlaInputError(message));
  });
});

describe('describeResolutionTarget', () => {
  it.each<[ResolutionTarget, string]>([
    [{kind: 'businessDays', aimDays: 0, commitmentDays: 1}, 'Same or next business day'],
    [{kind: 'businessDays', aimDays: 0, commitmentDays: 0}, 'Same business day'],
    [{kind: 'businessDays', aimDays: 1, commitmentDays: 1}, 'Next business day'],
    [{kind: 'businessDays', aimDays: 2, commitmentDays: 3}, '2-3 business days'],
    [{kind: 'businessDays', aimDays: 1, commitmentDays: 2}, '1-2 business days'],
    [{kind: 'businessDays', aimDays: 5, commitmentDays: 5}, '5 business days'],
    [{kind: 'businessDays', aimDays: 0, commitmentDays: 3}, 'Same business day to 3 business days'],
    [{kind: 'continuous'}, 'Continuous work until resolved'],
  ])('%o reads "%s"', (target, expected) => {
    expect(describeResolutionTarget(target)).toBe(expected);
  });

  it.each([
    ['critical', 'Continuous work until resolved'],
    ['high', 'Same or next business day'],
    ['medium', '2-3 business days'],
    ['low', '3-5 business days'],
  ] as const)('the example %s target reads "%s"', (priority, expected) => {
    expect(describeResolutionTarget(EXAMPLE_CONFIG.priorities[priority].resolution)).toBe(expected);
  });

  it.each<[ResolutionTarget, string]>([
    [{kind: 'businessDays', aimDays: -1, commitmentDays: 1}, 'Resolution days must be whole numbers >= 0, got -1'],
    [{kind: 'businessDays', aimDays: 0, commitmentDays: 1.5}, 'Resolution days must be whole numbers >= 0, got 1.5'],
    [{kind: 'businessDays', aimDays: 3, commitmentDays: 2}, 'Resolution aim 3 days is above the commitment 2 days'],
  ])('rejects %o', (target, message) => {
    expect(() => describeResolutionTarget(target)).toThrow(new SlaInputError(message));
  });
});

describe('describeWeeklyHours', () => {
  const closed: WeeklyHours = {
    monday: [],
    tuesday: [],
    wednesday: [],
    thursday: [],
    friday: [],
    saturday: [],
    sunday: [],
  };
  const nine = [{open: '09:00', close: '17:00'}];

  it.each<[string, WeeklyHours, string]>([
    ['the example hours', EXAMPLE_CONFIG.businessHours, 'Monday–Friday, 8:00 AM–6:00 PM'],
    [
      'two intervals a day',
      {
        ...closed,
        monday: [
          {open: '09:00', close: '12:00'},
          {open: '13:00', close: '17:00'},
        ],
      },
      'Monday, 9:00 AM–12:00 PM, 1:00 PM–5:00 PM',
    ],
    [
      'weekdays and a shorter Saturday',
      {
        ...closed,
        monday: nine,
        tuesday: nine,
        wednesday: nine,
        thursday: nine,
        friday: nine,
        saturday: [{open: '10:00', close: '14:00'}],
      },
      'Monday–Friday, 9:00 AM–5:00 PM; Saturday, 10:00 AM–2:00 PM',
    ],
    [
      'the same hours on days that are not consecutive',
      {...closed, monday: nine, wednesday: nine},
      'Monday, 9:00 AM–5:00 PM; Wednesday, 9:00 AM–5:00 PM',
    ],
    [
      'every day the same',
      {monday: nine, tuesday: nine, wednesday: nine, thursday: nine, friday: nine, saturday: nine, sunday: nine},
      'Monday–Sunday, 9:00 AM–5:00 PM',
    ],
    ['midnight to midnight', {...closed, sunday: [{open: '00:00', close: '24:00'}]}, 'Sunday, 12:00 AM–midnight'],
    ['half hours after noon', {...closed, friday: [{open: '12:30', close: '23:45'}]}, 'Friday, 12:30 PM–11:45 PM'],
    ['no hours at all', closed, 'Closed'],
  ])('%s', (_name, week, expected) => {
    expect(describeWeeklyHours(week)).toBe(expected);
  });

  it('rejects a malformed time', () => {
    expect(() => describeWeeklyHours({...closed, monday: [{open: '9:00', close: '17:00'}]})).toThrow(
      new SlaInputError('Malformed time "9:00" (expected HH:mm)'),
    );
  });
});

describe('describeRelative', () => {
  const from = at('2026-03-06T16:00:00Z');
  it.each([
    ['2026-03-08T19:00:00Z', 'in 2 days, 3 hours'],
    ['2026-03-08T19:45:00Z', 'in 2 days, 3 hours'],
    ['2026-03-08T16:05:00Z', 'in 2 days, 5 minutes'],
    ['2026-03-07T16:00:00Z', 'in 1 day'],
    ['2026-03-06T17:01:00Z', 'in 1 hour, 1 minute'],
    ['2026-03-06T16:45:00Z', 'in 45 minutes'],
    ['2026-03-06T16:44:01Z', 'in 45 minutes'],
    ['2026-03-06T16:00:01Z', 'in 1 minute'],
    ['2026-03-06T16:00:00Z', 'now'],
    ['2026-03-06T15:59:30Z', 'now'],
    ['2026-03-06T15:59:00Z', '1 minute ago'],
    ['2026-03-06T14:00:00Z', '2 hours ago'],
    ['2026-03-06T13:59:30Z', '2 hours ago'],
    ['2026-03-04T13:00:00Z', '2 days, 3 hours ago'],
  ])('from 2026-03-06T16:00Z to %s reads "%s"', (to, expected) => {
    expect(describeRelative(from, at(to))).toBe(expected);
  });

  it('counts absolute time: noon to noon over the New York spring change is 23 hours', () => {
    expect(describeRelative(at('2026-03-07T12:00:00-05:00'), at('2026-03-08T12:00:00-04:00'))).toBe('in 23 hours');
  });

  it('rejects an Invalid Date', () => {
    expect(() => describeRelative(from, new Date(Number.NaN))).toThrow(
      new SlaInputError('Expected a valid Date for to, got Invalid Date'),
    );
  });
});

describe(`formatInstant and zoneLabel do not depend on the process zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    ['2026-03-06T16:00:00-05:00', 'America/New_York', 'Fri, Mar 6, 2026, 4:00 PM EST'],
    ['2026-03-09T18:00:00-04:00', 'America/New_York', 'Mon, Mar 9, 2026, 6:00 PM EDT'],
    ['2026-03-06T21:00:00Z', 'America/New_York', 'Fri, Mar 6, 2026, 4:00 PM EST'],
    ['2026-03-29T03:30:00+02:00', 'Europe/Berlin', 'Sun, Mar 29, 2026, 3:30 AM GMT+2'],
    ['2026-03-06T21:30:00+05:30', 'Asia/Kolkata', 'Fri, Mar 6, 2026, 9:30 PM GMT+5:30'],
    ['2026-12-25T00:00:00+13:00', 'Pacific/Auckland', 'Fri, Dec 25, 2026, 12:00 AM GMT+13'],
  ])('formatInstant(%s, %s) is "%s"', (instant, zone, expected) => {
    expect(formatInstant(at(instant), zone)).toBe(expected);
  });

  it.each([
    ['America/New_York', '2026-01-15T12:00:00Z', 'America/New_York (EST)'],
    ['America/New_York', '2026-07-01T12:00:00Z', 'America/New_York (EDT)'],
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 'Europe/Berlin (GMT+1)'],
    ['Europe/Berlin', '2026-07-01T12:00:00Z', 'Europe/Berlin (GMT+2)'],
  ])('zoneLabel(%s, %s) is "%s"', (zone, instant, expected) => {
    expect(zoneLabel(zone, at(instant))).toBe(expected);
  });

  it('rejects an unknown zone and an Invalid Date', () => {
    expect(() => formatInstant(at('2026-03-06T21:00:00Z'), 'Mars/Olympus')).toThrow(
      new SlaInputError('Unknown IANA time zone "Mars/Olympus"'),
    );
    expect(() => zoneLabel('America/New_York', new Date(Number.NaN))).toThrow(
      new SlaInputError('Expected a valid Date for at, got Invalid Date'),
    );
  });
});
