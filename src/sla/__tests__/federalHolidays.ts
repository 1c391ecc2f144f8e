/**
 * The US federal holidays of a year, derived from their rules in the law, not
 * from a holiday library: a test oracle, written independently of
 * `date-holidays` so that the two can be compared (the plugin's tests do),
 * and the domain's fixture of rule-derived holidays for 2026-2030.
 *
 * Rules (5 U.S.C. 6103(a); observed dates per 5 U.S.C. 6103(b) and Executive
 * Order 11582: a holiday on a Saturday is observed on the Friday before, one
 * on a Sunday on the Monday after). Martin Luther King Jr. Day since 1986,
 * Juneteenth since 2021. Inauguration Day (DC area only) is left out.
 */
import {DateTime} from 'luxon';
import type {Holiday} from '../types';

/** The n-th (1-based) weekday (1 = Monday) of a month; n = -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  if (n === -1) {
    const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
    return last.minus({days: (last.weekday - weekday + 7) % 7});
  }
  const first = DateTime.utc(year, month, 1);
  return first.plus({days: ((weekday - first.weekday + 7) % 7) + (n - 1) * 7});
}

/** A fixed-date holiday moved to its observed date. */
function observed(date: DateTime): {date: DateTime; moved: boolean} {
  if (date.weekday === 6) return {date: date.minus({days: 1}), moved: true};
  if (date.weekday === 7) return {date: date.plus({days: 1}), moved: true};
  return {date, moved: false};
}

/**
 * The federal holidays observed in `year`, sorted: each on its observed date,
 * named `<name> (observed)` when moved, with the year added when the observed
 * date is in another year (New Year's Day 2028, a Saturday, is observed on
 * Friday 31 December 2027, so it belongs to 2027).
 *
 * @param year - a year from 1986 on.
 * @returns the observed holidays whose date falls in `year`.
 */
export function federalHolidays(year: number): Holiday[] {
  const forYear = (y: number): Array<{date: DateTime; name: string; moved: boolean; of: number}> => {
    const fixed = (month: number, day: number, name: string) => ({
      ...observed(DateTime.utc(y, month, day)),
      name,
      of: y,
    });
    const floating = (date: DateTime, name: string) => ({date, name, moved: false, of: y});
    return [
      fixed(1, 1, "New Year's Day"),
      floating(nthWeekday(y, 1, 1, 3), 'Martin Luther King Jr. Day'),
      floating(nthWeekday(y, 2, 1, 3), "Washington's Birthday"),
      floating(nthWeekday(y, 5, 1, -1), 'Memorial Day'),
      ...(y >= 2021 ? [fixed(6, 19, 'Juneteenth')] : []),
      fixed(7, 4, 'Independence Day'),
      floating(nthWeekday(y, 9, 1, 1), 'Labor Day'),
      floating(nthWeekday(y, 10, 1, 2), 'Columbus Day'),
      fixed(11, 11, 'Veterans Day'),
      floating(nthWeekday(y, 11, 4, 4), 'Thanksgiving Day'),
      fixed(12, 25, 'Christmas Day'),
    ];
  };
  return [...forYear(year - 1), ...forYear(year), ...forYear(year + 1)]
    .filter((h) => h.date.year === year)
    .map((h) => ({
      date: h.date.toISODate() as string,
      name: h.moved ? `${h.name}${h.of === year ? '' : ` ${h.of}`} (observed)` : h.name,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}
