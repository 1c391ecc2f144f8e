import {describe, expect, it} from 'vitest';
import type {HolidayRules, SupportConfig} from '../../data/schema';
import {supportConfig} from '../../data/supportConfig';
import {
  calendarEntriesOf,
  calendarWindow,
  resolveSupportCalendar,
  supportSlaConfig,
  type RuleHoliday,
} from '../supportCalendar';
import {calendarListing, describeCalendarDate} from '../calendarListing';
import {CALENDAR_DATES} from './calendarFixture';

/**
 * The resolution rules over a small library fixture (what `date-holidays`
 * gives for the US in 2026-2027, cut down): substitute days, types,
 * additions, removals, special hours, the window. The real library is
 * compared with the law's rules in `src/plugins/support-calendar/__tests__`.
 */
const LIBRARY: readonly RuleHoliday[] = [
  {date: '2026-01-01', name: "New Year's Day", type: 'public'},
  {date: '2026-02-14', name: "Valentine's Day", type: 'observance'},
  {
    date: '2026-07-03',
    name: 'Independence Day (substitute day)',
    type: 'public',
    substituteFor: {date: '2026-07-04', name: 'Independence Day'},
  },
  {date: '2026-07-04', name: 'Independence Day', type: 'public'},
  {date: '2026-10-12', name: 'Columbus Day', type: 'public'},
  {date: '2026-11-26', name: 'Thanksgiving Day', type: 'public'},
  {date: '2026-11-27', name: 'Day after Thanksgiving Day', type: 'observance'},
  {date: '2026-12-24', name: 'Christmas Eve', type: 'optional'},
  {date: '2026-12-25', name: 'Christmas Day', type: 'public'},
  {date: '2027-10-11', name: 'Columbus Day', type: 'public'},
  {date: '2027-11-26', name: 'Day after Thanksgiving Day', type: 'observance'},
  {
    date: '2027-12-24',
    name: 'Christmas Day (substitute day)',
    type: 'public',
    substituteFor: {date: '2027-12-25', name: 'Christmas Day'},
  },
  {date: '2027-12-24', name: 'Christmas Eve', type: 'optional'},
  {date: '2027-12-25', name: 'Christmas Day', type: 'public'},
  {
    date: '2027-12-31',
    name: "New Year's Day (substitute day)",
    type: 'public',
    substituteFor: {date: '2028-01-01', name: "New Year's Day"},
  },
  {date: '2028-01-01', name: "New Year's Day", type: 'public'},
];
const WINDOW = {from: 2026, to: 2027};
const RULES: HolidayRules = {country: 'US', types: ['public'], substitutes: 'instead', additions: [], removals: []};

function resolve(rules: Partial<HolidayRules> = {}, specialHours: SupportConfig['specialHours'] = []) {
  return resolveSupportCalendar({holidays: {...RULES, ...rules}, specialHours}, LIBRARY, WINDOW);
}
const dates = (result: ReturnType<typeof resolve>) => result.dates.holidays.map((h) => `${h.date} ${h.name}`);

describe('calendarWindow', () => {
  it('runs from the first year to the years ahead of the build year', () => {
    expect(calendarWindow({first: 2026, yearsAhead: 10}, 2026)).toEqual({from: 2026, to: 2036});
    expect(calendarWindow({first: 2026, yearsAhead: 10}, 2031)).toEqual({from: 2026, to: 2041});
  });
});

describe('resolveSupportCalendar', () => {
  it('counts the types asked for, observes substitute days instead of the holiday (US federal practice)', () => {
    const result = resolve();
    expect(result.issues).toEqual([]);
    expect(dates(result)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-07-03 Independence Day (observed)',
      '2026-10-12 Columbus Day',
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
      '2027-10-11 Columbus Day',
      '2027-12-24 Christmas Day (observed)',
      "2027-12-31 New Year's Day 2028 (observed)",
    ]);
  });

  it('closes both the holiday and its substitute day with substitutes: also', () => {
    const result = resolve({substitutes: 'also'});
    expect(dates(result)).toContain('2026-07-03 Independence Day (observed)');
    expect(dates(result)).toContain('2026-07-04 Independence Day');
  });

  it('joins two holidays of one date into one, with both names', () => {
    const result = resolve({types: ['public', 'optional']});
    expect(dates(result)).toContain('2027-12-24 Christmas Day (observed) and Christmas Eve');
    expect(result.dates.holidays.filter((h) => h.date === '2027-12-24')).toHaveLength(1);
  });

  it('keeps only the dates of the window (the library covers a year on each side)', () => {
    expect(dates(resolve()).some((d) => d.startsWith('2028'))).toBe(false);
  });

  it('removes a holiday on one date, or by name in every year', () => {
    expect(dates(resolve({removals: [{date: '2026-10-12'}]}))).not.toContain('2026-10-12 Columbus Day');
    expect(dates(resolve({removals: [{date: '2026-10-12'}]}))).toContain('2027-10-11 Columbus Day');
    const byName = dates(resolve({removals: [{holiday: 'Columbus Day', reason: 'We work it'}]}));
    expect(byName.filter((d) => d.includes('Columbus'))).toEqual([]);
  });

  it('removes a holiday by name with its substitute days', () => {
    expect(dates(resolve({removals: [{holiday: 'Independence Day'}]})).some((d) => d.includes('Independence'))).toBe(
      false,
    );
  });

  it('adds a closure on one date, and a library holiday of another type by name in every year', () => {
    const result = resolve({
      additions: [{date: '2026-08-14', name: 'Company retreat'}, {holiday: 'Day after Thanksgiving Day'}],
    });
    expect(result.issues).toEqual([]);
    expect(dates(result)).toEqual(
      expect.arrayContaining([
        '2026-08-14 Company retreat',
        '2026-11-27 Day after Thanksgiving Day',
        '2027-11-26 Day after Thanksgiving Day',
      ]),
    );
  });

  it.each<[string, Partial<HolidayRules>, SupportConfig['specialHours'], {path: (string | number)[]; message: string}]>(
    [
      [
        'a dated removal of a day that is no holiday',
        {removals: [{date: '2026-10-13'}]},
        [],
        {
          path: ['holidays', 'removals', 0, 'date'],
          message: '2026-10-13 is not a holiday of the rules (US public): nothing to remove',
        },
      ],
      [
        'a removal by a name the rules do not have',
        {removals: [{holiday: "Valentine's Day"}]},
        [],
        {
          path: ['holidays', 'removals', 0, 'holiday'],
          message:
            'no holiday of the rules (US public) is named "Valentine\'s Day"; they are: Christmas Day, Columbus Day, Independence Day, New Year\'s Day, Thanksgiving Day',
        },
      ],
      [
        'an addition by a name the library does not have',
        {additions: [{holiday: 'Boxing Day'}]},
        [],
        {
          path: ['holidays', 'additions', 0, 'holiday'],
          message:
            'the holiday library has no holiday named "Boxing Day" for US; holidays of other types it has: Christmas Eve, Day after Thanksgiving Day, Valentine\'s Day',
        },
      ],
      [
        'an addition by name that the types already count',
        {additions: [{holiday: 'Columbus Day'}]},
        [],
        {
          path: ['holidays', 'additions', 0, 'holiday'],
          message: '"Columbus Day" is already a holiday of the rules (US public): duplicate',
        },
      ],
      [
        'a dated addition on a holiday of the rules',
        {additions: [{date: '2026-12-25', name: 'Closed'}]},
        [],
        {
          path: ['holidays', 'additions', 0, 'date'],
          message: '2026-12-25 is already a holiday of the rules (Christmas Day): duplicate',
        },
      ],
      [
        'special hours on a holiday',
        {},
        [{date: '2026-12-25', name: 'Christmas', hours: [{open: '08:00', close: '12:00'}]}],
        {
          path: ['specialHours', 0, 'date'],
          message:
            '2026-12-25 is a holiday (Christmas Day): remove the holiday (holidays.removals) to open on that date, or drop these special hours',
        },
      ],
      [
        'special hours on a day closed by a named addition',
        {additions: [{holiday: 'Christmas Eve'}]},
        [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]}],
        {
          path: ['specialHours', 0, 'date'],
          message:
            '2026-12-24 is a holiday (Christmas Eve): remove the holiday (holidays.removals) to open on that date, or drop these special hours',
        },
      ],
    ],
  )('reports %s, naming the field', (_name, rules, special, issue) => {
    expect(resolve(rules, special).issues).toEqual([issue]);
  });

  it('opens a removed holiday with special hours: a removal and special hours on one date agree', () => {
    const result = resolve({removals: [{date: '2026-12-25'}]}, [
      {date: '2026-12-25', name: 'Skeleton crew', hours: [{open: '10:00', close: '14:00'}]},
    ]);
    expect(result.issues).toEqual([]);
    expect(result.dates.specialHours).toEqual([
      {date: '2026-12-25', name: 'Skeleton crew', hours: [{open: '10:00', close: '14:00'}]},
    ]);
  });

  it('leaves out dated entries outside the window without checking them against the rules', () => {
    const result = resolve({removals: [{date: '2031-05-05'}], additions: [{date: '2031-05-06', name: 'Later'}]}, [
      {date: '2024-12-24', name: 'Old', hours: [{open: '08:00', close: '13:00'}]},
    ]);
    expect(result.issues).toEqual([]);
    expect(dates(result).some((d) => d.startsWith('2031'))).toBe(false);
    expect(result.dates.specialHours).toEqual([]);
  });

  it('reports a country for which the library has nothing', () => {
    const result = resolveSupportCalendar({holidays: RULES, specialHours: []}, [], WINDOW);
    expect(result.issues).toEqual([
      {path: ['holidays', 'country'], message: 'the holiday library has no holidays for US'},
    ]);
  });

  it('returns sorted, plain data that survives JSON', () => {
    const {dates: resolved} = resolve({additions: [{date: '2026-03-02', name: 'Closed'}]}, [
      {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]},
    ]);
    const sorted = [...resolved.holidays].sort((a, b) => a.date.localeCompare(b.date));
    expect(resolved.holidays).toEqual(sorted);
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
  });
});

describe('supportSlaConfig', () => {
  it('puts the resolved holidays and special hours beside the config’s hours and targets, once per pair', () => {
    const sla = supportSlaConfig(supportConfig, CALENDAR_DATES);
    expect(sla).toMatchObject({
      timeZone: supportConfig.timeZone,
      businessHours: supportConfig.businessHours,
      holidays: CALENDAR_DATES.holidays,
      specialHours: CALENDAR_DATES.specialHours,
      priorities: supportConfig.priorities,
    });
    expect(supportSlaConfig(supportConfig, CALENDAR_DATES)).toBe(sla);
  });
});

describe('the listing of holidays and special hours', () => {
  it('merges holidays and special hours of the years asked for, in date order, with their texts', () => {
    expect(calendarListing(CALENDAR_DATES, [2026])).toEqual([
      {date: '2026-11-26', label: 'Thursday, November 26, 2026', name: 'Thanksgiving Day', kind: 'holiday'},
      {
        date: '2026-12-24',
        label: 'Thursday, December 24, 2026',
        name: 'Christmas Eve',
        kind: 'special',
        hours: '8:00 AM–1:00 PM',
      },
      {date: '2026-12-25', label: 'Friday, December 25, 2026', name: 'Christmas Day', kind: 'holiday'},
    ]);
    expect(calendarEntriesOf(CALENDAR_DATES, [2027]).map((e) => e.kind)).toEqual(['holiday']);
  });

  it('words a calendar date without a time zone, and rejects a non-date', () => {
    expect(describeCalendarDate('2028-02-29')).toBe('Tuesday, February 29, 2028');
    expect(() => describeCalendarDate('2027-02-29')).toThrow('Not a calendar date YYYY-MM-DD: "2027-02-29"');
  });
});
