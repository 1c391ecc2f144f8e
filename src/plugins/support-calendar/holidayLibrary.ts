/**
 * The holiday library (`date-holidays`, about 1.5 MB of rules for 200
 * countries) behind one function: the holidays of the config's country and
 * region as plain {@link RuleHoliday} data, and the sources its data credits.
 *
 * Build time only (Node.js): the `support-calendar` plugin calls it and ships
 * dates, so the library never reaches the browser (`tests/bundles.spec.ts`).
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import Holidays from 'date-holidays';
import {DateTime} from 'luxon';
import {HOLIDAY_TYPES, type ConfigIssue, type HolidayRules, type HolidayType} from '../../data/schema';
import type {CalendarWindow, HolidaySource, RuleHoliday} from '../../facts/supportCalendar';

/** The language of holiday names: the site is English (the country's own English, `en-us` for the US, when it has one). */
const LANGUAGE = 'en';
/** How far apart (days) a substitute day and its holiday may be. */
const SUBSTITUTE_RANGE_DAYS = 7;

/** What {@link libraryHolidays} returns: the holidays, or the problems with the country and region. */
export type LibraryResult =
  | {readonly ok: true; readonly holidays: readonly RuleHoliday[]}
  | {readonly ok: false; readonly issues: readonly ConfigIssue[]};

/**
 * Every holiday `date-holidays` knows for the config's country and region
 * (all types, English names) in the years of `window`, and one year on each
 * side (a substitute day crosses the new year: New Year's Day 2028, a
 * Saturday, is observed on Friday 31 December 2027).
 *
 * - Dates are the library's local calendar dates (no time zone applies: a
 *   holiday is a date of the support calendar). A holiday of several days
 *   (`Eid al-Fitr` for 3 days) gives one entry per date.
 * - A substitute day gets `substituteFor`: the holiday of the same rule
 *   (the library marks substitutes, and a `substitutes 11-11 ...` rule names
 *   the date it stands in for) within 7 days of it.
 *
 * @param rules - the config's `holidays` (country and region are read).
 * @param window - the years to compute.
 * @returns `{ok: true, holidays}` sorted by date, or `{ok: false, issues}`
 *   naming `holidays.country` or `holidays.region` when the library does
 *   not know them (with the codes it knows).
 */
export function libraryHolidays(
  rules: Pick<HolidayRules, 'country' | 'region'>,
  window: CalendarWindow,
): LibraryResult {
  const hd = new Holidays();
  const countries = hd.getCountries(LANGUAGE);
  if (!countries[rules.country]) {
    return {
      ok: false,
      issues: [
        {
          path: ['holidays', 'country'],
          message: `date-holidays knows no country ${JSON.stringify(rules.country)}; use one of ${Object.keys(countries).sort().join(', ')}`,
        },
      ],
    };
  }
  if (rules.region !== undefined) {
    const regions = hd.getStates(rules.country, LANGUAGE) ?? {};
    if (!regions[rules.region]) {
      const known = Object.keys(regions).sort();
      return {
        ok: false,
        issues: [
          {
            path: ['holidays', 'region'],
            message: `date-holidays knows no region ${JSON.stringify(rules.region)} of ${rules.country}; ${known.length ? `use one of ${known.join(', ')}` : 'it has no regions: leave region out'}`,
          },
        ],
      };
    }
  }
  // Every type, lowest priority first as the library documents it, so nothing is left out.
  const types: HolidayType[] = [...HOLIDAY_TYPES].reverse();
  if (rules.region === undefined) hd.init(rules.country, {types});
  else hd.init(rules.country, rules.region, {types});
  // `en` alone gives the US "Labour Day"; the country's own English variant says "Labor Day".
  const language = hd.getLanguages().find((l) => l.startsWith(`${LANGUAGE}-`)) ?? LANGUAGE;

  const raw: Array<{date: string; name: string; type: HolidayType; substitute: boolean; ruleDate: string}> = [];
  for (let year = window.from - 1; year <= window.to + 1; year += 1) {
    for (const h of hd.getHolidays(year, language)) {
      const first = DateTime.fromFormat(h.date.slice(0, 10), 'yyyy-MM-dd', {zone: 'utc'});
      if (!first.isValid) throw new Error(`date-holidays gave an unreadable date ${JSON.stringify(h.date)}`);
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let d = 0; d < days; d += 1) {
        raw.push({
          date: first.plus({days: d}).toISODate() as string,
          name: h.name,
          type: h.type,
          substitute: h.substitute === true,
          ruleDate: h.rule.replace(/^substitutes\s+/, '').split(/\s+/)[0],
        });
      }
    }
  }
  const dayNumber = (date: string): number => DateTime.fromISO(date, {zone: 'utc'}).toMillis() / 86_400_000;
  const holidays = raw.map((h): RuleHoliday => {
    const base = {date: h.date, name: h.name, type: h.type};
    if (!h.substitute) return base;
    const original = raw.find(
      (o) =>
        !o.substitute &&
        o.ruleDate === h.ruleDate &&
        o.date !== h.date &&
        Math.abs(dayNumber(o.date) - dayNumber(h.date)) <= SUBSTITUTE_RANGE_DAYS,
    );
    return original ? {...base, substituteFor: {date: original.date, name: original.name}} : base;
  });
  return {ok: true, holidays: holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))};
}

/**
 * The sources the library's data of a country credits (its `@attrib` lines
 * in `data/countries/<country>.yaml`), as the data's licence (CC BY-SA 3.0)
 * asks them to be credited.
 *
 * @param country - ISO 3166-1 alpha-2 code, e.g. `US`.
 * @returns the sources in the file's order; `[]` when the file names none.
 * @throws {Error} when the library's data file of the country cannot be read.
 */
export function holidaySources(country: string): HolidaySource[] {
  // Plugins run as CommonJS under Docusaurus (and Vitest provides __filename too).
  const root = dirname(createRequire(__filename).resolve('date-holidays/package.json'));
  const text = readFileSync(join(root, 'data', 'countries', `${country}.yaml`), 'utf8');
  const urls = [...text.matchAll(/#\s*@attrib\s+(https?:\/\/\S+)/g)].map((m) => m[1]);
  return [...new Set(urls)].map((url) => ({url, title: titleOf(url)}));
}

/** The readable title of an article address: its last path segment, decoded, underscores as spaces. */
function titleOf(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(segment).replace(/_/g, ' ');
  } catch {
    return segment;
  }
}
