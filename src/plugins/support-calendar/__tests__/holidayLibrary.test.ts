import fc from 'fast-check';
import Holidays from 'date-holidays';
import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import type {HolidayRules} from '../../../data/schema';
import {supportConfig} from '../../../data/supportConfig';
import {resolveSupportCalendar} from '../../../facts/supportCalendar';
import {federalHolidays} from '../../../sla/__tests__/federalHolidays';
import {holidaySources, libraryHolidays} from '../holidayLibrary';

/** The holidays the rules give for one year, through the library and the resolution, as the build does. */
function resolvedYear(rules: HolidayRules, year: number) {
  const window = {from: year, to: year};
  const library = libraryHolidays(rules, window);
  if (!library.ok) throw new Error(JSON.stringify(library.issues));
  return resolveSupportCalendar({holidays: rules, specialHours: []}, library.holidays, window);
}

describe('the default rules (US, public and bank holidays, substitute days instead)', () => {
  it('give, for any year from 2021 to 2200, exactly the federal holidays of the law’s rules (5 U.S.C. 6103)', () => {
    fc.assert(
      fc.property(fc.integer({min: 2021, max: 2200}), (year) => {
        const {dates, issues} = resolvedYear(supportConfig.holidays, year);
        expect(issues).toEqual([]);
        expect(dates.holidays).toEqual(federalHolidays(year));
      }),
      {numRuns: 25},
    );
  }, 60_000);

  it.each([2026, 2027, 2028, 2029, 2030])('give the federal holidays of %i, every one on a weekday', (year) => {
    const {dates} = resolvedYear(supportConfig.holidays, year);
    expect(dates.holidays).toEqual(federalHolidays(year));
    for (const h of dates.holidays) expect(DateTime.fromISO(h.date, {zone: 'utc'}).weekday).toBeLessThanOrEqual(5);
  });

  it('give no Juneteenth before 2021, as the law', () => {
    const {dates} = resolvedYear(supportConfig.holidays, 2020);
    expect(dates.holidays.some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(dates.holidays).toEqual(federalHolidays(2020));
  });
});

const HOURS = Array.from({length: 24}, (_, hour) => hour);

describe('libraryHolidays against the library’s own answers', () => {
  const cases: Array<[string, Pick<HolidayRules, 'country' | 'region'>]> = [
    ['US', {country: 'US'}],
    ['US-NY', {country: 'US', region: 'NY'}],
    ['GB', {country: 'GB'}],
    ['DE-BY', {country: 'DE', region: 'BY'}],
    ['JP', {country: 'JP'}],
  ];

  it.each(cases)(
    '%s: for any year, each date it gives is a holiday for the library’s isHoliday, of that type',
    (_n, where) => {
      const hd = where.region ? new Holidays(where.country, where.region) : new Holidays(where.country);
      const zone = hd.getTimezones()[0];
      fc.assert(
        fc.property(fc.integer({min: 2000, max: 2100}), (year) => {
          const result = libraryHolidays(where, {from: year, to: year});
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const ofYear = result.holidays.filter((h) => h.date.startsWith(`${year}-`));
          expect(ofYear.length).toBeGreaterThan(0);
          for (const h of ofYear) {
            // The library's own check, by another path than getHolidays, at any hour of the local date in the
            // country's zone (Christmas Eve in Germany starts at 14:00, some holidays at sunset the day before).
            const types = HOURS.flatMap((hour) =>
              (hd.isHoliday(DateTime.fromISO(h.date, {zone}).set({hour}).toJSDate()) || []).map((f) => f.type),
            );
            expect(types, `${h.date} ${h.name}`).toContain(h.type);
          }
        }),
        {numRuns: 8},
      );
    },
    60_000,
  );

  it('links each substitute day to the holiday it stands in for', () => {
    const result = libraryHolidays({country: 'US'}, {from: 2026, to: 2028});
    if (!result.ok) throw new Error('US is known');
    const substitutes = result.holidays.filter((h) => h.substituteFor);
    expect(substitutes.map((h) => [h.date, h.substituteFor?.date, h.substituteFor?.name])).toEqual(
      expect.arrayContaining([
        ['2026-07-03', '2026-07-04', 'Independence Day'],
        ['2027-12-31', '2028-01-01', "New Year's Day"],
        ['2028-11-10', '2028-11-11', 'Veterans Day'],
      ]),
    );
  });

  it('uses the country’s own English: "Labor Day" in the US', () => {
    const result = libraryHolidays({country: 'US'}, {from: 2026, to: 2026});
    expect(result.ok && result.holidays.find((h) => h.date === '2026-09-07')?.name).toBe('Labor Day');
  });

  it('gives one date per day of a holiday of several days', () => {
    const result = libraryHolidays({country: 'AE'}, {from: 2026, to: 2026});
    if (!result.ok) throw new Error('AE is known');
    const eid = result.holidays.filter((h) => h.name === 'End of Ramadan (Eid al-Fitr)' && h.date.startsWith('2026'));
    expect(eid.length).toBeGreaterThan(1);
    const days = eid.map((h) => DateTime.fromISO(h.date, {zone: 'utc'}).toMillis() / 86_400_000);
    expect(days).toEqual(days.map((_, i) => days[0] + i));
  });

  it.each<[string, Pick<HolidayRules, 'country' | 'region'>, RegExp]>([
    ['an unknown country', {country: 'XX'}, /^date-holidays knows no country "XX"; use one of AD, AE, .*US/],
    [
      'an unknown region',
      {country: 'US', region: 'ZZ'},
      /^date-holidays knows no region "ZZ" of US; use one of AK, AL, .*WY$/,
    ],
  ])('reports %s on the config field', (_name, where, message) => {
    const result = libraryHolidays(where, {from: 2026, to: 2026});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toEqual(['holidays', where.region ? 'region' : 'country']);
    expect(result.issues[0].message).toMatch(message);
  });
});

describe('holidaySources', () => {
  it('names the articles the library’s data of the country credits', () => {
    const sources = holidaySources('US');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.url).toMatch(/^https:\/\/[a-z]+\.wikipedia\.org\/wiki\//);
      expect(s.title).not.toMatch(/[_%]/);
    }
    expect(sources[0].title).toBe('Public holidays in the United States');
  });
});
