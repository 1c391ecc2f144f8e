/**
 * Properties of the calendar functions over random business calendars: random
 * real zones (with and without DST, with 30- and 45-minute offsets and a
 * 30-minute DST change), 1-2 intervals on random days, random holidays, random
 * instants in 2026-2027.
 */
import fc from 'fast-check';
import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {addBusinessTime, closedReason, endOfBusinessDay, isOpen, nextOpening, openInterval} from '../calendar';
import {WEEKDAYS, type AlwaysOpenCalendar, type BusinessCalendar, type OpeningInterval, type Weekday} from '../types';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
] as const;

const NUM_RUNS = 300;
/**
 * Each property runs NUM_RUNS random cases: about 0.5 s on an idle 2-core machine, so a budget that holds at a
 * quarter of that speed and under a parallel build.
 */
const BUDGET = {timeout: 60_000};
const FROM = DateTime.fromISO('2026-01-01T00:00:00Z').toMillis();
const TO = DateTime.fromISO('2027-12-31T00:00:00Z').toMillis();
const MINUTE = 60_000;

function hhmm(minutes: number): string {
  if (minutes === 1440) return '24:00';
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 0, 1 or 2 intervals of a day, bounds on 5-minute marks from 00:00 to 24:00. */
const dayArb: fc.Arbitrary<readonly OpeningInterval[]> = fc.oneof(
  fc.constant([]),
  ...[2, 4].map((count) =>
    fc.uniqueArray(fc.integer({min: 0, max: 288}), {minLength: count, maxLength: count}).map((marks) => {
      const sorted = marks.map((m) => m * 5).sort((a, b) => a - b);
      const intervals: OpeningInterval[] = [];
      for (let i = 0; i < sorted.length; i += 2) intervals.push({open: hhmm(sorted[i]), close: hhmm(sorted[i + 1])});
      return intervals;
    }),
  ),
);

const weekArb = fc
  .record(Object.fromEntries(WEEKDAYS.map((d) => [d, dayArb])) as Record<Weekday, typeof dayArb>)
  .filter((week) => WEEKDAYS.some((d) => week[d].length > 0));

const holidaysArb = fc.uniqueArray(fc.integer({min: 0, max: 729}), {maxLength: 40}).map((days) =>
  days.map((d, i) => ({
    date: DateTime.fromObject({year: 2026, month: 1, day: 1}, {zone: 'utc'}).plus({days: d}).toISODate() ?? '',
    name: `Holiday ${i}`,
  })),
);

const calendarArb: fc.Arbitrary<BusinessCalendar> = fc.record({
  kind: fc.constant('business' as const),
  timeZone: fc.constantFrom(...ZONES),
  week: weekArb,
  holidays: holidaysArb,
});

/** Any millisecond in 2026-2027. */
const instantArb = fc.integer({min: FROM, max: TO}).map((ms) => new Date(ms));
/** A whole minute in 2026-2027. */
const wholeMinuteArb = fc.integer({min: FROM / MINUTE, max: TO / MINUTE}).map((m) => new Date(m * MINUTE));
const minutesArb = fc.integer({min: 0, max: 3000});

const shown = (d: Date, zone: string) => DateTime.fromJSDate(d, {zone}).toISO();

describe('addBusinessTime on random business calendars', BUDGET, () => {
  it('never returns a due time before the submission or before the clock starts', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, (calendar, start, minutes) => {
        const due = addBusinessTime(calendar, start, minutes);
        expect(due.getTime()).toBeGreaterThanOrEqual(nextOpening(calendar, start).getTime());
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('adding a then b minutes is adding a + b (whole-minute starts, b >= 1)', () => {
    fc.assert(
      fc.property(calendarArb, wholeMinuteArb, minutesArb, fc.integer({min: 1, max: 3000}), (calendar, start, a, b) => {
        const stepwise = addBusinessTime(calendar, addBusinessTime(calendar, start, a), b);
        const atOnce = addBusinessTime(calendar, start, a + b);
        expect(shown(stepwise, calendar.timeZone)).toBe(shown(atOnce, calendar.timeZone));
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('never gives a later submission an earlier due time', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, minutesArb, (calendar, s1, s2, minutes) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(addBusinessTime(calendar, early, minutes).getTime()).toBeLessThanOrEqual(
          addBusinessTime(calendar, late, minutes).getTime(),
        );
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('lands in open time or exactly at a closing time: the millisecond before the due time is open', () => {
    fc.assert(
      fc.property(calendarArb, wholeMinuteArb, fc.integer({min: 1, max: 3000}), (calendar, start, minutes) => {
        const due = addBusinessTime(calendar, start, minutes);
        const before = new Date(due.getTime() - 1);
        expect(isOpen(calendar, before)).toBe(true);
        if (!isOpen(calendar, due)) expect(openInterval(calendar, before)?.end.getTime()).toBe(due.getTime());
      }),
      {numRuns: NUM_RUNS},
    );
  });
});

describe('nextOpening, isOpen, openInterval and closedReason on random business calendars', BUDGET, () => {
  it('nextOpening is open, not before the instant, and nothing is open in between', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (calendar, instant) => {
        const opening = nextOpening(calendar, instant);
        expect(opening.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(isOpen(calendar, opening)).toBe(true);
        if (opening.getTime() > instant.getTime()) {
          expect(isOpen(calendar, instant)).toBe(false);
          expect(isOpen(calendar, new Date(opening.getTime() - 1))).toBe(false);
        }
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('agree on whether the calendar is open', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (calendar, instant) => {
        const open = isOpen(calendar, instant);
        const interval = openInterval(calendar, instant);
        expect(closedReason(calendar, instant) === null).toBe(open);
        expect(interval !== null).toBe(open);
        if (interval) {
          expect(interval.start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(interval.end.getTime()).toBeGreaterThan(instant.getTime());
        }
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('closes every instant of a holiday, whatever the process zone', () => {
    const withHoliday = calendarArb.filter((c) => c.holidays.length > 0);
    fc.assert(
      fc.property(withHoliday, fc.nat(), fc.integer({min: 0, max: 1439}), (calendar, pick, minute) => {
        const holiday = calendar.holidays[pick % calendar.holidays.length];
        const local = DateTime.fromISO(holiday.date, {zone: calendar.timeZone}).set({
          hour: Math.floor(minute / 60),
          minute: minute % 60,
        });
        // Skip wall times that a DST gap moved to another date.
        fc.pre(local.toISODate() === holiday.date);
        expect(closedReason(calendar, local.toJSDate())).toEqual({reason: 'holiday', holiday});
      }),
      {numRuns: NUM_RUNS},
    );
  });
});

describe('endOfBusinessDay on random business calendars', BUDGET, () => {
  it('is a closing time after the clock starts, later for each further day, and never earlier for a later start', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, fc.integer({min: 0, max: 10}), (calendar, s1, s2, n) => {
        const end = endOfBusinessDay(calendar, s1, n);
        expect(end.getTime()).toBeGreaterThan(nextOpening(calendar, s1).getTime());
        expect(isOpen(calendar, new Date(end.getTime() - 1))).toBe(true);
        expect(endOfBusinessDay(calendar, s1, n + 1).getTime()).toBeGreaterThan(end.getTime());
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(endOfBusinessDay(calendar, early, n).getTime()).toBeLessThanOrEqual(
          endOfBusinessDay(calendar, late, n).getTime(),
        );
      }),
      {numRuns: NUM_RUNS},
    );
  });
});

describe('24/7 calendars in random zones', BUDGET, () => {
  const alwaysOpenArb: fc.Arbitrary<AlwaysOpenCalendar> = fc.record({
    kind: fc.constant('24/7' as const),
    timeZone: fc.constantFrom(...ZONES),
  });

  it('add minutes on the absolute timeline, rounded up to the whole minute', () => {
    fc.assert(
      fc.property(alwaysOpenArb, instantArb, minutesArb, (calendar, start, minutes) => {
        const expected = Math.ceil((start.getTime() + minutes * MINUTE) / MINUTE) * MINUTE;
        expect(addBusinessTime(calendar, start, minutes).getTime()).toBe(expected);
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('end day n at the local midnight n + 1 dates after the start', () => {
    fc.assert(
      fc.property(alwaysOpenArb, instantArb, fc.integer({min: 0, max: 10}), (calendar, start, n) => {
        const end = DateTime.fromJSDate(endOfBusinessDay(calendar, start, n), {zone: calendar.timeZone});
        const startDate = DateTime.fromJSDate(start, {zone: calendar.timeZone}).toISODate() ?? '';
        const expectedDate = DateTime.fromISO(startDate, {zone: 'utc'})
          .plus({days: n + 1})
          .toISODate();
        expect(end.toISODate()).toBe(expectedDate);
        expect(end.toFormat('HH:mm')).toBe('00:00');
      }),
      {numRuns: NUM_RUNS},
    );
  });
});
