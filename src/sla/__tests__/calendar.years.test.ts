/**
 * The example support calendar over 2026-2030: rule-derived US federal
 * holidays (`federalHolidays`, from the law's rules), special hours, a
 * holiday the team works, and every daylight-saving change of the support
 * zone (New York) in those years.
 */
import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {addBusinessTime, closedReason, endOfBusinessDay, isOpen, nextOpening, openInterval} from '../calendar';
import {computeTargets, supportCalendar} from '../targets';
import type {BusinessCalendar, SlaConfig} from '../types';
import {EXAMPLE_CONFIG, EXAMPLE_SPECIAL_HOURS} from './fixtures';
import {federalHolidays} from './federalHolidays';
import {at, inZone} from './helpers';

const NY = 'America/New_York';
const YEARS = [2026, 2027, 2028, 2029, 2030];
const calendar = supportCalendar(EXAMPLE_CONFIG);
const withSpecial: SlaConfig = {...EXAMPLE_CONFIG, specialHours: EXAMPLE_SPECIAL_HOURS};

/** Local wall-clock time in New York as an instant. */
const local = (iso: string): Date => DateTime.fromISO(iso, {zone: NY}).toJSDate();

/** The Sundays on which New York's clocks change in a year: the instants where the offset differs from an hour before. */
function dstChanges(year: number): Array<{date: string; forward: boolean}> {
  const changes: Array<{date: string; forward: boolean}> = [];
  for (let d = DateTime.fromObject({year, month: 1, day: 1}, {zone: NY}); d.year === year; d = d.plus({days: 1})) {
    const before = d.startOf('day').offset;
    const after = d.endOf('day').offset;
    if (before !== after) changes.push({date: d.toISODate() as string, forward: after > before});
  }
  return changes;
}

describe('rule-derived US federal holidays, 2026-2030', () => {
  const all = YEARS.flatMap((year) => federalHolidays(year).map((h) => [year, h.date, h.name] as const));

  it('has eleven observed federal holidays in each year, except when New Year’s Day moves into the year before', () => {
    for (const year of YEARS) {
      const count = federalHolidays(year).length;
      const movedOut = DateTime.utc(year, 1, 1).weekday === 6 ? 1 : 0;
      const movedIn = DateTime.utc(year + 1, 1, 1).weekday === 6 ? 1 : 0;
      expect(count, String(year)).toBe(11 - movedOut + movedIn);
    }
  });

  it.each(all)(
    '%i: %s (%s) is a weekday, closed all day, and the desk opens at 08:00 the next business day',
    (_y, date, name) => {
      const day = DateTime.fromISO(date, {zone: NY});
      expect(day.weekday, `${date} is on a weekend`).toBeLessThanOrEqual(5);
      for (const hour of [0, 8, 12, 17, 23]) {
        expect(closedReason(calendar, day.set({hour}).toJSDate())).toEqual({reason: 'holiday', holiday: {date, name}});
      }
      const opening = DateTime.fromJSDate(nextOpening(calendar, day.set({hour: 10}).toJSDate()), {zone: NY});
      expect(opening.toFormat('HH:mm')).toBe('08:00');
      expect(opening > day.endOf('day')).toBe(true);
    },
  );

  it.each([
    ['Christmas Day 2028 (Monday)', '2028-12-22T17:00', '2028-12-26T09:00'],
    ['Independence Day 2028 (Tuesday)', '2028-07-03T17:00', '2028-07-05T09:00'],
    [
      'the observed Veterans Day 2028 (Friday 10 November; the 11th is a Saturday)',
      '2028-11-09T17:00',
      '2028-11-13T09:00',
    ],
    ['New Year’s Day 2028, observed on Friday 31 December 2027', '2027-12-30T17:00', '2028-01-03T09:00'],
    ['Juneteenth 2027, observed on Friday 18 June', '2027-06-17T17:00', '2027-06-21T09:00'],
    ['Christmas Day 2027, observed on Friday 24 December', '2027-12-23T17:00', '2027-12-27T09:00'],
  ])('2 business hours from the last hour before %s end the morning after it', (_name, start, due) => {
    expect(inZone(addBusinessTime(calendar, local(start), 120), NY)).toBe(inZone(local(due), NY));
  });

  it('counts leap day 2028 (Tuesday 29 February) as a business day', () => {
    expect(isOpen(calendar, local('2028-02-29T12:00'))).toBe(true);
    expect(inZone(addBusinessTime(calendar, local('2028-02-28T17:00'), 120), NY)).toBe('2028-02-29T09:00-05:00');
    expect(inZone(endOfBusinessDay(calendar, local('2028-02-28T10:00'), 1), NY)).toBe('2028-02-29T18:00-05:00');
  });

  it('opens on a federal holiday the team works: Columbus Day 2029 left out of the holidays', () => {
    const worked: BusinessCalendar = {...calendar, holidays: calendar.holidays.filter((h) => h.date !== '2029-10-08')};
    expect(closedReason(calendar, local('2029-10-08T10:00'))).toMatchObject({reason: 'holiday'});
    expect(isOpen(worked, local('2029-10-08T10:00'))).toBe(true);
  });
});

describe('daylight-saving changes of New York, 2026-2030', () => {
  const changes = YEARS.flatMap((year) => dstChanges(year).map((c) => [year, c.date, c.forward] as const));

  it('finds two changes a year, forward in March and back in November', () => {
    expect(changes).toHaveLength(10);
    for (const [, date, forward] of changes) expect(date.slice(5, 7)).toBe(forward ? '03' : '11');
  });

  it.each(changes)(
    '%i: across the change of %s, business hours stay 08:00-18:00 on the local clock',
    (_y, date, forward) => {
      const sunday = DateTime.fromISO(date, {zone: NY});
      const friday = sunday.minus({days: 2}).set({hour: 17});
      const monday = sunday.plus({days: 1});
      // Friday 17:00 + 2 business hours: 1 hour on Friday, 1 on Monday from 08:00.
      const due = DateTime.fromJSDate(addBusinessTime(calendar, friday.toJSDate(), 120), {zone: NY});
      expect(due.toISODate()).toBe(monday.toISODate());
      expect(due.toFormat('HH:mm')).toBe('09:00');
      // The offset after the change: EDT (-4 h) after going forward, EST (-5 h) after going back.
      expect(due.offset).toBe(forward ? -240 : -300);
      expect(friday.offset).toBe(forward ? -300 : -240);
      const interval = openInterval(calendar, monday.set({hour: 12}).toJSDate());
      expect(interval && (interval.end.getTime() - interval.start.getTime()) / 3_600_000).toBe(10);
    },
  );

  it.each(changes)(
    '%i: a Critical request at 01:30 on %s is due 1 hour later on the absolute timeline',
    (_y, date, forward) => {
      // 01:30 exists once when clocks go forward (02:00 jumps to 03:00) and twice when they go back: take the
      // first, 01:30 EDT, an hour before the second.
      const start = at(`${date}T01:30:00${forward ? '-05:00' : '-04:00'}`);
      const due = computeTargets('critical', start, EXAMPLE_CONFIG).firstResponse.commitment;
      expect(due.getTime() - start.getTime()).toBe(3_600_000);
      expect(DateTime.fromJSDate(due, {zone: NY}).toFormat('HH:mm')).toBe(forward ? '03:30' : '01:30');
    },
  );
});

describe('special hours over the years', () => {
  const sla = supportCalendar(withSpecial);

  it('closes Christmas Eve 2026 at 13:00 and moves a High first response after the holiday weekend', () => {
    // Thursday 2026-12-24 12:00: 1 hour left that day; Friday is Christmas, then the weekend.
    const t = computeTargets('high', at('2026-12-24T12:00:00-05:00'), withSpecial);
    expect(inZone(t.firstResponse.aim, NY)).toBe('2026-12-24T13:00-05:00');
    expect(inZone(t.firstResponse.commitment, NY)).toBe('2026-12-28T09:00-05:00');
    expect(t.resolution.kind === 'due' && inZone(t.resolution.aim, NY)).toBe('2026-12-24T13:00-05:00');
    expect(closedReason(sla, at('2026-12-24T14:00:00-05:00'))).toMatchObject({
      reason: 'special-hours',
      special: {name: 'Christmas Eve'},
    });
  });

  it('ends the all-hands Wednesday of 2028 at noon, after the change to EDT', () => {
    expect(inZone(endOfBusinessDay(sla, at('2028-03-15T09:00:00-04:00'), 0), NY)).toBe('2028-03-15T12:00-04:00');
    expect(inZone(nextOpening(sla, at('2028-03-15T12:00:00-04:00')), NY)).toBe('2028-03-16T08:00-04:00');
  });

  it('leaves the other days of those years as they were', () => {
    expect(inZone(endOfBusinessDay(sla, at('2027-12-23T09:00:00-05:00'), 0), NY)).toBe('2027-12-23T18:00-05:00');
  });
});
