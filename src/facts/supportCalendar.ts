/**
 * The support calendar resolved to dates: the holidays the config's rules give
 * (country, region, types, substitute days), with its additions and removals,
 * and its special hours, for the window of years the build covers.
 *
 * Pure functions, no React, no `@docusaurus/*`, and no holiday library: the
 * build (`src/plugins/support-calendar`) asks `date-holidays` for the
 * holidays of the country and region and passes them in as plain
 * {@link RuleHoliday} data; the result, {@link SupportCalendarDates}, is what
 * the site ships to the browser and what every calendar question takes as an
 * argument (`supportSlaConfig`, `channelCalendar`).
 *
 * @module
 */
import type {ConfigIssue, HolidayType, SupportConfig, CalendarYears} from '../data/schema';
import type {Holiday, SlaConfig, SpecialHours} from '../sla/types';

/**
 * One holiday as the holiday library computes it for the config's country
 * and region: plain data, built at build time from `date-holidays`.
 */
export interface RuleHoliday {
  /** ISO 8601 calendar date `YYYY-MM-DD`, local to the country. */
  readonly date: string;
  /** The library's English name, e.g. `Independence Day` or `Independence Day (substitute day)`. */
  readonly name: string;
  /** The library's holiday type. */
  readonly type: HolidayType;
  /** For a substitute day (the day a weekend holiday is observed): the holiday it stands in for. */
  readonly substituteFor?: {readonly date: string; readonly name: string};
}

/** The first and last year (inclusive) the calendar covers, years in the support time zone. */
export interface CalendarWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The support calendar as dates: what the build resolved from the config and
 * what the browser receives.
 */
export interface SupportCalendarDates {
  /** The years covered: the priority picker accepts submission times in them. */
  readonly years: CalendarWindow;
  /** Closed dates of those years (rule holidays, additions, minus removals), sorted by date, one per date. */
  readonly holidays: readonly Holiday[];
  /** Dates of those years with their own opening intervals, sorted by date. */
  readonly specialHours: readonly SpecialHours[];
}

/** The result of {@link resolveSupportCalendar}: the dates, and what is wrong with the config. */
export interface ResolvedCalendar {
  readonly dates: SupportCalendarDates;
  /** Problems of the config's holiday fields, each naming its field; empty when it is valid. */
  readonly issues: readonly ConfigIssue[];
}

/**
 * The window of years for a build: from the config's first year to
 * `yearsAhead` years after the build year.
 *
 * @param years - the config's `calendarYears`.
 * @param buildYear - the year of the build in the support time zone, e.g. 2026.
 * @returns for example `{from: 2026, to: 2036}` for `{first: 2026, yearsAhead: 10}` and 2026.
 * @throws {Error} never; a first year after the build year gives `from > buildYear`,
 *   which `loadSupportCalendar` reports as a config issue.
 * @example
 * ```ts
 * calendarWindow({first: 2026, yearsAhead: 10}, 2027); // => {from: 2026, to: 2037}
 * ```
 */
export function calendarWindow(years: CalendarYears, buildYear: number): CalendarWindow {
  return {from: years.first, to: buildYear + years.yearsAhead};
}

/** The year of a checked `YYYY-MM-DD` (the first four digits). */
function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The name of a counted substitute day: `Independence Day (observed)`, with
 * the year of the holiday when it is observed in another year (`New Year's
 * Day 2028 (observed)` on 31 December 2027).
 */
function observedName(substitute: RuleHoliday): string {
  const original = substitute.substituteFor;
  if (!original) return substitute.name;
  const year = yearOf(original.date) === yearOf(substitute.date) ? '' : ` ${yearOf(original.date)}`;
  return `${original.name}${year} (observed)`;
}

/**
 * Resolves the config's holiday rules, additions, removals and special hours
 * to dates for a window of years, and checks them against the rules.
 *
 * Rules (README, "Holidays and special hours"):
 * 1. The holidays of the library whose type is in `holidays.types` count.
 * 2. A counted substitute day (a weekend holiday observed on a weekday) is
 *    named `<holiday> (observed)`. With `substitutes: 'instead'` it replaces
 *    the holiday's own date (US federal practice: Saturday 4 July 2026 is
 *    observed on Friday 3 July); with `'also'` both dates are closed.
 * 3. Removals drop counted holidays: `{date}` the one on that date,
 *    `{holiday}` every one of that name, with its substitute days.
 * 4. Additions close more dates: `{date, name}` one date, `{holiday}` every
 *    holiday of that name in the library, of any type.
 * 5. Two holidays on one date become one, their names joined with ` and `.
 * 6. Only dates in the window are kept; entries outside it are not checked
 *    against the rules (the library data passed in covers the window only).
 *
 * Issues (the build fails with them, naming the field): a country or region
 * without holidays; a dated removal that is no counted holiday ("nothing to
 * remove"); a removal or addition by a name the library does not know; an
 * addition that the types already count (a duplicate); a dated addition on a
 * date that is already a holiday; special hours on a date that is a holiday.
 *
 * @param config - the validated support config (its `holidays` and `specialHours`).
 * @param library - every holiday of the library (all types) for the
 *   country and region, covering at least the window and one year on each
 *   side (substitute days cross the new year).
 * @param window - the years to resolve.
 * @returns the dates of the window and the issues; never throws.
 * @example
 * ```ts
 * const {dates, issues} = resolveSupportCalendar(supportConfig, libraryHolidays, {from: 2026, to: 2027});
 * dates.holidays[0]; // => {date: '2026-01-01', name: "New Year's Day"}
 * ```
 */
export function resolveSupportCalendar(
  config: Pick<SupportConfig, 'holidays' | 'specialHours'>,
  library: readonly RuleHoliday[],
  window: CalendarWindow,
): ResolvedCalendar {
  const rules = config.holidays;
  const issues: ConfigIssue[] = [];
  const libraryYears = new Set(library.map((h) => yearOf(h.date)));
  const checkable = (date: string): boolean => libraryYears.has(yearOf(date));
  const typesText = `${rules.country}${rules.region ? `-${rules.region}` : ''} ${rules.types.join(', ')}`;

  if (library.length === 0) {
    issues.push({
      path: ['holidays', rules.region ? 'region' : 'country'],
      message: `the holiday library has no holidays for ${rules.country}${rules.region ? `-${rules.region}` : ''}`,
    });
  }

  // 1-2: counted holidays, substitute days named and (with 'instead') replacing their holiday.
  let counted = library
    .filter((h) => rules.types.includes(h.type))
    .map((h) => ({...h, shownName: h.substituteFor ? observedName(h) : h.name}));
  if (rules.substitutes === 'instead') {
    const replaced = new Set(
      counted.flatMap((h) => (h.substituteFor ? [`${h.substituteFor.date} ${h.substituteFor.name}`] : [])),
    );
    counted = counted.filter((h) => h.substituteFor || !replaced.has(`${h.date} ${h.name}`));
  }
  const countedNames = new Set(counted.map((h) => h.substituteFor?.name ?? h.name));

  // 3: removals.
  rules.removals.forEach((removal, i) => {
    if ('holiday' in removal) {
      if (!countedNames.has(removal.holiday)) {
        issues.push({
          path: ['holidays', 'removals', i, 'holiday'],
          message: `no holiday of the rules (${typesText}) is named ${JSON.stringify(removal.holiday)}; they are: ${[...countedNames].sort().join(', ')}`,
        });
      }
      counted = counted.filter((h) => (h.substituteFor?.name ?? h.name) !== removal.holiday);
    } else {
      if (checkable(removal.date) && !counted.some((h) => h.date === removal.date)) {
        issues.push({
          path: ['holidays', 'removals', i, 'date'],
          message: `${removal.date} is not a holiday of the rules (${typesText}): nothing to remove`,
        });
      }
      counted = counted.filter((h) => h.date !== removal.date);
    }
  });

  // 4: additions.
  const closed = new Map<string, string[]>();
  const close = (date: string, name: string): void => {
    const names = closed.get(date) ?? [];
    if (!names.includes(name)) names.push(name);
    closed.set(date, names);
  };
  for (const h of counted) close(h.date, h.shownName);
  const ruleDates = new Map([...closed].map(([date, names]) => [date, names.join(' and ')]));
  rules.additions.forEach((addition, i) => {
    if ('holiday' in addition) {
      const matches = library.filter((h) => h.name === addition.holiday);
      if (matches.length === 0) {
        const others = [...new Set(library.filter((h) => !rules.types.includes(h.type)).map((h) => h.name))].sort();
        issues.push({
          path: ['holidays', 'additions', i, 'holiday'],
          message: `the holiday library has no holiday named ${JSON.stringify(addition.holiday)} for ${rules.country}${rules.region ? `-${rules.region}` : ''}; holidays of other types it has: ${others.join(', ') || 'none'}`,
        });
      } else if (matches.every((h) => rules.types.includes(h.type))) {
        issues.push({
          path: ['holidays', 'additions', i, 'holiday'],
          message: `${JSON.stringify(addition.holiday)} is already a holiday of the rules (${typesText}): duplicate`,
        });
      }
      for (const h of matches) close(h.date, h.name);
    } else {
      const existing = ruleDates.get(addition.date);
      if (existing !== undefined) {
        issues.push({
          path: ['holidays', 'additions', i, 'date'],
          message: `${addition.date} is already a holiday of the rules (${existing}): duplicate`,
        });
      }
      close(addition.date, addition.name);
    }
  });

  // 6: special hours must not fall on a closed date.
  config.specialHours.forEach((entry, i) => {
    const names = closed.get(entry.date);
    if (names) {
      issues.push({
        path: ['specialHours', i, 'date'],
        message: `${entry.date} is a holiday (${names.join(' and ')}): remove the holiday (holidays.removals) to open on that date, or drop these special hours`,
      });
    }
  });

  const inWindow = (date: string): boolean => yearOf(date) >= window.from && yearOf(date) <= window.to;
  const holidays = [...closed]
    .filter(([date]) => inWindow(date))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, names]) => ({date, name: names.join(' and ')}));
  const specialHours = config.specialHours
    .filter((s) => inWindow(s.date) && !closed.has(s.date))
    .map((s) => ({date: s.date, name: s.name, hours: s.hours.map(({open, close: end}) => ({open, close: end}))}))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {dates: {years: window, holidays, specialHours}, issues};
}

const slaConfigs = new WeakMap<object, WeakMap<object, SlaConfig>>();

/**
 * What the SLA functions (`computeTargets`) need: the config's time zone,
 * business hours and targets, with the holidays and special hours of the
 * resolved calendar. Memoized per pair of objects (both are immutable), so
 * the calendar is validated once.
 *
 * @param config - the support config.
 * @param dates - the resolved calendar (from the build's generated data).
 * @returns an {@link SlaConfig}.
 * @example
 * ```ts
 * computeTargets('high', new Date(), supportSlaConfig(supportConfig, dates));
 * ```
 */
export function supportSlaConfig(
  config: Pick<SupportConfig, 'timeZone' | 'businessHours' | 'priorities'>,
  dates: SupportCalendarDates,
): SlaConfig {
  let byDates = slaConfigs.get(config);
  if (!byDates) {
    byDates = new WeakMap();
    slaConfigs.set(config, byDates);
  }
  const cached = byDates.get(dates);
  if (cached) return cached;
  const sla: SlaConfig = {
    timeZone: config.timeZone,
    businessHours: config.businessHours,
    holidays: dates.holidays,
    specialHours: dates.specialHours,
    priorities: config.priorities,
  };
  byDates.set(dates, sla);
  return sla;
}

/**
 * The holidays and special hours of some years, merged in date order, for the
 * page section that lists them.
 *
 * @param dates - the resolved calendar.
 * @param years - the years to list, e.g. `[2026, 2027]`.
 * @returns one entry per date: a holiday (closed all day) or special hours.
 */
export function calendarEntriesOf(
  dates: SupportCalendarDates,
  years: readonly number[],
): Array<{kind: 'holiday'; holiday: Holiday} | {kind: 'special'; special: SpecialHours}> {
  const wanted = (date: string): boolean => years.includes(yearOf(date));
  return [
    ...dates.holidays.filter((h) => wanted(h.date)).map((holiday) => ({kind: 'holiday' as const, holiday})),
    ...dates.specialHours.filter((s) => wanted(s.date)).map((special) => ({kind: 'special' as const, special})),
  ].sort((a, b) => {
    const x = a.kind === 'holiday' ? a.holiday.date : a.special.date;
    const y = b.kind === 'holiday' ? b.holiday.date : b.special.date;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** A source the holiday data credits: an article's title and address (its licence asks for the credit). */
export interface HolidaySource {
  /** For example `Public holidays in the United States`. */
  readonly title: string;
  /** For example `https://en.wikipedia.org/wiki/Public_holidays_in_the_United_States`. */
  readonly url: string;
}

/** One line of the page section that lists holidays and special hours. */
export interface CalendarListingEntry {
  /** ISO 8601 calendar date `YYYY-MM-DD` in the support time zone. */
  readonly date: string;
  /** The date in words, en-US: `Friday, July 3, 2026`. */
  readonly label: string;
  /** The holiday's or the special day's name. */
  readonly name: string;
  /** `holiday`: closed all day; `special`: open during `hours` only. */
  readonly kind: 'holiday' | 'special';
  /** For special hours, the intervals in words: `8:00 AM–1:00 PM`. */
  readonly hours?: string;
}

/**
 * What the build ships to the browser (`src/plugins/support-calendar`, read
 * by `useSupportCalendar`): the resolved calendar, the listing of the build
 * year and the next with its texts, and the sources of the holiday data.
 */
export interface SupportCalendarData {
  readonly dates: SupportCalendarDates;
  readonly listing: {
    /** The years listed: the build year and the next, e.g. `[2026, 2027]`. */
    readonly years: readonly number[];
    readonly entries: readonly CalendarListingEntry[];
  };
  /** The holiday library's credited sources for the config's country. */
  readonly sources: readonly HolidaySource[];
}
