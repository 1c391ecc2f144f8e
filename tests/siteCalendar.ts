import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {SupportCalendarDates} from '../src/facts/supportCalendar';
import {PUBLIC_FILES} from '../src/facts/publicData';

/**
 * The support calendar the tested build resolved (its holidays and special
 * hours), read from the build's `support.json`, so the browser tests compute
 * what a page must show with the same dates the page has. (That the build
 * resolves them from the config's rules is tested in
 * `tests/deep-links.spec.ts` and the plugin's unit tests.)
 */
export const SITE_CALENDAR: SupportCalendarDates = (
  JSON.parse(readFileSync(join(__dirname, '..', 'build', PUBLIC_FILES.support), 'utf8')) as {
    calendar: SupportCalendarDates;
  }
).calendar;
