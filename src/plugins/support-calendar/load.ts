/**
 * The support calendar of a build: the config's holiday rules resolved with
 * the holiday library for the window of years around the build date, checked,
 * with the page listing and the data's sources. Shared by the
 * `support-calendar` plugin (generated data, `/support-calendar.ics`) and the
 * `support-data` plugin (`/support.json`), so both publish the same dates.
 */
import {DateTime} from 'luxon';
import {supportConfigError, type ConfigIssue, type SupportConfig} from '../../data/schema';
import {channelCalendar} from '../../facts/channelCalendar';
import {calendarListing} from '../../facts/calendarListing';
import {
  calendarWindow,
  resolveSupportCalendar,
  supportSlaConfig,
  type SupportCalendarData,
} from '../../facts/supportCalendar';
import {assertValidCalendar, nextOpening, SlaInputError} from '../../sla/calendar';
import {computeTargets, supportCalendar} from '../../sla/targets';
import {PRIORITY_IDS} from '../../sla/types';
import {holidaySources, libraryHolidays} from './holidayLibrary';

/** How far ahead the build looks for business hours before it warns: 12 months. */
export const OPENING_HORIZON_MONTHS = 12;

/** A resolved calendar with what the build should say about it. */
export interface LoadedCalendar {
  readonly data: SupportCalendarData;
  /** The instant the calendar was resolved for (the build time). */
  readonly builtAt: Date;
  /** Warnings for the build log (the build goes on), e.g. no business hours in the next 12 months. */
  readonly warnings: readonly string[];
}

/**
 * The build instant: `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when set, else the current time.
 *
 * @param env - the environment, `process.env` by default.
 * @throws {Error} when `SOURCE_DATE_EPOCH` is set but not a whole number of seconds.
 */
export function buildInstant(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got ${JSON.stringify(epoch)}`);
  }
  return new Date(Number(epoch) * 1000);
}

/**
 * Resolves and checks the support calendar of a validated config at an instant.
 *
 * - The window runs from `calendarYears.first` to `calendarYears.yearsAhead`
 *   years after the year of `at` in the support zone.
 * - The holidays come from `date-holidays` for the country and region and
 *   are resolved by `resolveSupportCalendar` (rules, substitute days,
 *   additions, removals, special hours).
 * - The listing holds the year of `at` and the next.
 * - Runs the calendar domain on the resolved calendar (every channel's
 *   calendar, every priority's targets at `at`), as `parseSupportConfig`
 *   does on the config, so an accepted calendar never throws on a page.
 * - Warns when the calendar has no business hours at all in the
 *   {@link OPENING_HORIZON_MONTHS} months after `at`.
 *
 * @param config - the validated support config.
 * @param at - the build instant.
 * @returns the calendar data and the warnings.
 * @throws {SupportConfigError} naming each bad field: a first year after the
 *   build year, a calendar the domain cannot compute with (closed for ten
 *   years), an unknown country or
 *   region, a removal of no holiday, a duplicate addition, special hours on a
 *   holiday, a malformed special date (see `resolveSupportCalendar`).
 */
export function loadSupportCalendar(config: SupportConfig, at: Date): LoadedCalendar {
  const buildYear = DateTime.fromJSDate(at, {zone: config.timeZone}).year;
  const window = calendarWindow(config.calendarYears, buildYear);
  if (window.from > buildYear) {
    throw supportConfigError([
      {
        path: ['calendarYears', 'first'],
        message: `${window.from} is after the year of the build (${buildYear}): the calendar would not cover today`,
      },
    ]);
  }
  const library = libraryHolidays(config.holidays, window);
  if (!library.ok) throw supportConfigError(library.issues);
  const {dates, issues} = resolveSupportCalendar(config, library.holidays, window);
  if (issues.length > 0) throw supportConfigError(issues);

  // The domain on the resolved calendar, as parseSupportConfig does on the config: an accepted calendar never
  // throws on a page. A calendar closed for ten years (additions on every business day) fails here.
  const problems: ConfigIssue[] = [];
  const attempt = (path: PropertyKey[], run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof SlaInputError)) throw error;
      problems.push({path, message: `the support calendar cannot compute with it: ${error.message}`});
    }
  };
  config.channels.forEach((channel, i) => {
    const calendar = channelCalendar(config, dates, channel.id);
    attempt(channel.hours.kind === 'custom' ? ['channels', i, 'hours'] : ['holidays'], () => {
      assertValidCalendar(calendar);
      nextOpening(calendar, at);
    });
  });
  if (problems.length === 0) {
    for (const p of PRIORITY_IDS)
      attempt(['priorities', p], () => computeTargets(p, at, supportSlaConfig(config, dates)));
  }
  if (problems.length > 0) throw supportConfigError(problems);

  const warnings: string[] = [];
  const horizon = DateTime.fromJSDate(at).plus({months: OPENING_HORIZON_MONTHS});
  const opening = nextOpening(supportCalendar(supportSlaConfig(config, dates)), at);
  if (opening.getTime() >= horizon.toMillis()) {
    warnings.push(
      `The support calendar has no business hours at all in the ${OPENING_HORIZON_MONTHS} months after ${DateTime.fromJSDate(at, {zone: config.timeZone}).toISODate()} (next opening ${DateTime.fromJSDate(opening, {zone: config.timeZone}).toISO()}): check supportConfig.businessHours, holidays and specialHours.`,
    );
  }

  const listed = [buildYear, buildYear + 1].filter((y) => y >= window.from && y <= window.to);
  return {
    data: {
      dates,
      listing: {years: listed, entries: calendarListing(dates, listed)},
      sources: holidaySources(config.holidays.country),
    },
    builtAt: at,
    warnings,
  };
}

const cache = new WeakMap<SupportConfig, LoadedCalendar>();

/**
 * {@link loadSupportCalendar} at the {@link buildInstant}, once per config
 * object and process, so both plugins of one build see the same calendar.
 */
export function buildCalendar(config: SupportConfig): LoadedCalendar {
  let loaded = cache.get(config);
  if (!loaded) {
    loaded = loadSupportCalendar(config, buildInstant());
    cache.set(config, loaded);
  }
  return loaded;
}
