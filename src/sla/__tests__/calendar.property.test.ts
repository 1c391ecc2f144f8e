/**
 * Properties of the calendar functions over random business calendars: random
 * real zones (with and without DST, with 30- and 45-minute offsets and a
 * 30-minute DST change), 1-2 intervals on random days, random holidays and
 * dates with special hours, random instants in 2026-2030; and of the example
 * calendar with the US federal holidays derived from their rules, 2026-2030.
 */
import fc from 'fast-check';
import {DateTime} from 'luxon';
import {describe, expect, it} from 'vitest';
import {addBusinessTime, closedReason, endOfBusinessDay, isOpen, nextOpening, openInterval} from '../calendar';
import {supportCalendar} from '../targets';
import {minutesOfDay} from '../timeOfDay';
import {WEEKDAYS, type AlwaysOpenCalendar, type BusinessCalendar, type OpeningInterval, type Weekday} from '../types';
import {EXAMPLE_CONFIG} from './fixtures';

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
const TO = DateTime.fromISO('2030-12-31T00:00:00Z').toMillis();
/** Days from 2026-01-01 to 2030-12-31. */
const DAYS = 1826;
const dateOf = (day: number): string =>
  DateTime.fromObject({year: 2026, month: 1, day: 1}, {zone: 'utc'}).plus({days: day}).toISODate() ?? '';
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

const holidaysArb = fc
  .uniqueArray(fc.integer({min: 0, max: DAYS - 1}), {maxLength: 60})
  .map((days) => days.map((d, i) => ({date: dateOf(d), name: `Holiday ${i}`})));

/** Up to 30 dates with their own 0-2 intervals (an empty list closes the date). */
const specialArb = fc.uniqueArray(fc.record({day: fc.integer({min: 0, max: DAYS - 1}), hours: dayArb}), {
  selector: (s) => s.day,
  maxLength: 30,
});

const calendarArb: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    kind: fc.constant('business' as const),
    timeZone: fc.constantFrom(...ZONES),
    week: weekArb,
    holidays: holidaysArb,
    special: specialArb,
  })
  .map(({special, ...calendar}) => ({
    ...calendar,
    // A date is a holiday or has special hours, never both.
    specialHours: special
      .filter((s) => !calendar.holidays.some((h) => h.date === dateOf(s.day)))
      .map((s, i) => ({date: dateOf(s.day), name: `Special ${i}`, hours: s.hours})),
  }));

/** Any millisecond in 2026-2030. */
const instantArb = fc.integer({min: FROM, max: TO}).map((ms) => new Date(ms));
/** A whole minute in 2026-2030. */
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

describe('special hours on random business calendars', BUDGET, () => {
  const minutesOf = (hhmm: string, role: 'open' | 'close'): number => minutesOfDay(hhmm, role) as number;

  it('open a special date exactly during its own intervals, on the local wall clock', () => {
    const withSpecial = calendarArb.filter((c) => (c.specialHours ?? []).length > 0);
    fc.assert(
      fc.property(withSpecial, fc.nat(), fc.integer({min: 0, max: 1439}), (calendar, pick, minute) => {
        const specials = calendar.specialHours ?? [];
        const special = specials[pick % specials.length];
        const wall = DateTime.fromISO(special.date, {zone: calendar.timeZone}).set({
          hour: Math.floor(minute / 60),
          minute: minute % 60,
        });
        // Skip wall times that do not exist or repeat (DST changes): the shift rules are tested on their own.
        fc.pre(wall.toISODate() === special.date && wall.hour * 60 + wall.minute === minute);
        fc.pre(wall.offset === wall.plus({hours: 2}).offset && wall.offset === wall.minus({hours: 2}).offset);
        const inside = special.hours.some(
          (i) => minutesOf(i.open, 'open') <= minute && minute < minutesOf(i.close, 'close'),
        );
        expect(isOpen(calendar, wall.toJSDate())).toBe(inside);
        if (!inside) expect(closedReason(calendar, wall.toJSDate())).toEqual({reason: 'special-hours', special});
      }),
      {numRuns: NUM_RUNS},
    );
  });
});

describe('the example calendar with the rule-derived US federal holidays, 2026-2030', BUDGET, () => {
  const example = supportCalendar(EXAMPLE_CONFIG);
  const holidays = new Set(EXAMPLE_CONFIG.holidays.map((h) => h.date));

  it('opens every business day at 08:00 and closes it at 18:00 local time, in EST and EDT alike', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: DAYS - 1}), (day) => {
        const date = dateOf(day);
        const midnight = DateTime.fromISO(date, {zone: EXAMPLE_CONFIG.timeZone});
        const business = midnight.weekday <= 5 && !holidays.has(date);
        const noon = midnight.set({hour: 12}).toJSDate();
        expect(isOpen(example, noon)).toBe(business);
        if (business) {
          expect(DateTime.fromJSDate(nextOpening(example, midnight.toJSDate()), {zone: midnight.zone}).toISO()).toBe(
            midnight.set({hour: 8}).toISO(),
          );
          expect(
            DateTime.fromJSDate(endOfBusinessDay(example, midnight.toJSDate(), 0), {zone: midnight.zone}).toISO(),
          ).toBe(midnight.set({hour: 18}).toISO());
        } else {
          expect(closedReason(example, noon)?.reason).toBe(holidays.has(date) ? 'holiday' : 'closed-day');
        }
      }),
      {numRuns: NUM_RUNS},
    );
  });

  it('counts 10 business hours per business day: N whole days from an opening end N business days later', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: DAYS - 30}), fc.integer({min: 1, max: 15}), (day, n) => {
        const start = nextOpening(example, DateTime.fromISO(dateOf(day), {zone: 'America/New_York'}).toJSDate());
        expect(addBusinessTime(example, start, n * 600).getTime()).toBe(
          endOfBusinessDay(example, start, n - 1).getTime(),
        );
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
