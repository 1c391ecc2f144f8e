import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {SupportConfigError, type SupportConfig} from '../../../data/schema';
import {supportConfig} from '../../../data/supportConfig';
import {federalHolidays} from '../../../sla/__tests__/federalHolidays';
import {buildInstant, loadSupportCalendar, OPENING_HORIZON_MONTHS} from '../load';

/** A deep copy of the real config, changed by `edit`. */
function configWith(edit: (c: SupportConfig) => void): SupportConfig {
  const copy = structuredClone(supportConfig);
  edit(copy);
  return copy;
}

function messageOf(config: SupportConfig, at: Date): string {
  try {
    loadSupportCalendar(config, at);
  } catch (error) {
    expect(error).toBeInstanceOf(SupportConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the calendar to be rejected');
}

const at = (iso: string): Date => DateTime.fromISO(iso, {setZone: true}).toJSDate();
const years = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i);

describe('loadSupportCalendar with the site’s config', () => {
  it.each(['2026-06-15T12:00:00-04:00', '2031-02-01T09:00:00-05:00', '2044-12-31T23:30:00-05:00'])(
    'at %s: covers the first year to 10 years ahead, with every federal holiday of those years',
    (instant) => {
      const buildYear = DateTime.fromJSDate(at(instant), {zone: supportConfig.timeZone}).year;
      const {data, warnings} = loadSupportCalendar(supportConfig, at(instant));
      expect(warnings).toEqual([]);
      expect(data.dates.years).toEqual({
        from: supportConfig.calendarYears.first,
        to: buildYear + supportConfig.calendarYears.yearsAhead,
      });
      const expected = years(data.dates.years.from, data.dates.years.to).flatMap(federalHolidays);
      expect(data.dates.holidays).toEqual(expected);
      expect(data.listing.years).toEqual([buildYear, buildYear + 1]);
      expect(new Set(data.listing.entries.map((e) => Number(e.date.slice(0, 4))))).toEqual(
        new Set([buildYear, buildYear + 1].filter((y) => data.listing.entries.some((e) => e.date.startsWith(`${y}`)))),
      );
      expect(data.sources.length).toBeGreaterThan(0);
    },
  );

  it('counts the year in the support zone: 23:30 on New Year’s Eve in New York is still that year', () => {
    // 2036-12-31T23:30-05:00 is 2037 in UTC.
    expect(loadSupportCalendar(supportConfig, at('2036-12-31T23:30:00-05:00')).data.listing.years).toEqual([
      2036, 2037,
    ]);
  });

  it('keeps the config’s special hours of the window, with the holidays, in the listing of their year', () => {
    const {data} = loadSupportCalendar(supportConfig, at('2026-06-15T12:00:00-04:00'));
    expect(data.dates.specialHours).toEqual(supportConfig.specialHours);
    for (const special of supportConfig.specialHours) {
      expect(data.listing.entries.find((e) => e.date === special.date)).toMatchObject({
        kind: 'special',
        name: special.name,
      });
    }
  });

  it('applies a removal by name and an addition by name in every year of the window', () => {
    const config = configWith((c) => {
      c.holidays.removals = [{holiday: 'Columbus Day', reason: 'We work it'}];
      c.holidays.additions = [{holiday: 'Day after Thanksgiving Day'}, {date: '2027-08-13', name: 'Company retreat'}];
    });
    const {data} = loadSupportCalendar(config, at('2026-06-15T12:00:00-04:00'));
    const names = (year: number) => data.dates.holidays.filter((h) => h.date.startsWith(`${year}`)).map((h) => h.name);
    for (const year of years(2026, 2036)) {
      expect(names(year)).not.toContain('Columbus Day');
      expect(names(year)).toContain('Day after Thanksgiving Day');
    }
    expect(data.dates.holidays).toContainEqual({date: '2027-08-13', name: 'Company retreat'});
  });

  it.each<[string, (c: SupportConfig) => void, string]>([
    [
      'a removal of a day that is no holiday',
      (c) => {
        c.holidays.removals = [{date: '2026-10-13'}];
      },
      '- supportConfig.holidays.removals[0].date: 2026-10-13 is not a holiday of the rules (US public, bank): nothing to remove',
    ],
    [
      'special hours on Christmas Day',
      (c) => {
        c.specialHours = [{date: '2027-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]}];
      },
      '- supportConfig.specialHours[0].date: 2027-12-24 is a holiday (Christmas Day (observed)): remove the holiday (holidays.removals) to open on that date, or drop these special hours',
    ],
    [
      'an unknown country',
      (c) => {
        c.holidays.country = 'XX';
      },
      '- supportConfig.holidays.country: date-holidays knows no country "XX"; use one of',
    ],
    [
      'a first year after the build year',
      (c) => {
        c.calendarYears.first = 2030;
      },
      '- supportConfig.calendarYears.first: 2030 is after the year of the build (2026): the calendar would not cover today',
    ],
  ])('fails the build on %s, naming the field', (_name, edit, expected) => {
    expect(messageOf(configWith(edit), at('2026-06-15T12:00:00-04:00'))).toContain(
      `Invalid support config:\n${expected}`,
    );
  });

  /**
   * Open on Mondays only, with every Monday from `from` on closed, `weeks` of them: by a dated addition, or by
   * the federal holiday that already falls on it (an addition there would be a duplicate).
   */
  function mondaysClosed(from: string, weeks: number): SupportConfig {
    return configWith((c) => {
      const closed = {monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: []};
      c.businessHours = {...closed, monday: [{open: '08:00', close: '18:00'}]};
      c.specialHours = [];
      const first = DateTime.fromISO(from, {zone: 'utc'});
      const federal = new Set(
        years(2025, 2040)
          .flatMap(federalHolidays)
          .map((h) => h.date),
      );
      c.holidays.additions = Array.from({length: weeks}, (_, i) => first.plus({weeks: i}).toISODate() as string)
        .filter((date) => !federal.has(date))
        .map((date, i) => ({date, name: `Closed ${i}`}));
    });
  }

  it(`warns when there are no business hours at all in the ${OPENING_HORIZON_MONTHS} months after the build`, () => {
    // Every Monday closed from 15 June 2026 for 60 weeks: the next opening is in August 2027.
    const config = mondaysClosed('2026-06-15', 60);
    const {warnings} = loadSupportCalendar(config, at('2026-06-15T12:00:00-04:00'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The support calendar has no business hours at all in the 12 months after 2026-06-15 \(next opening 2027-08-09T08:00:00\.000-04:00\): check supportConfig\.businessHours, holidays and specialHours\.$/,
      ),
    ]);
    // Built later, the opening is within 12 months: no warning.
    expect(loadSupportCalendar(config, at('2026-12-15T12:00:00-05:00')).warnings).toEqual([]);
  });

  it('fails naming the field when the resolved calendar is closed for ten years (the domain gives up)', () => {
    const config = mondaysClosed('2026-01-05', 600);
    const message = messageOf(config, at('2026-01-01T12:00:00-05:00'));
    expect(message).toContain(
      '- supportConfig.holidays: the support calendar cannot compute with it: No opening within 3660 days after',
    );
  });
});

describe('buildInstant', () => {
  it('is SOURCE_DATE_EPOCH when set (reproducible builds), else now', () => {
    expect(buildInstant({SOURCE_DATE_EPOCH: '1830297600'})).toEqual(new Date('2028-01-01T00:00:00Z'));
    const now = Date.now();
    expect(Math.abs(buildInstant({}).getTime() - now)).toBeLessThan(60_000);
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildInstant({SOURCE_DATE_EPOCH: '2028-01-01'})).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "2028-01-01"',
    );
  });
});
