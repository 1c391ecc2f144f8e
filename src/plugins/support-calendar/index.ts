import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parseSupportConfig} from '../../data/schema';
import {supportConfig} from '../../data/supportConfig';
import {deepLinkPath, getDeepLink} from '../../data/deepLinks';
import {PUBLIC_FILES, withBaseUrl} from '../../facts/publicData';
import {buildCalendarFeed} from './ics';
import {buildCalendar, type LoadedCalendar} from './load';

/**
 * The generated data module with the resolved support calendar:
 * `@generated/support-calendar/default/calendar.json` (Docusaurus's
 * `createData`), read by the widgets through `useSupportCalendar`
 * (`src/hooks/useSupportCalendar.ts`).
 */
export const CALENDAR_DATA_FILE = 'calendar.json';

/** The deep-link registry entry of the page section that explains the calendar (linked from every event of the feed). */
export const CALENDAR_SECTION_LINK_ID = 'service-levels.holidays';

/**
 * Local Docusaurus plugin for the support calendar.
 *
 * - When the site loads (`npm run build` and `npm start`): validates the
 *   config, resolves its holiday rules with `date-holidays` for the window of
 *   `calendarYears` (from its first year to some years after the build date,
 *   `SOURCE_DATE_EPOCH` or now),
 *   checks additions, removals and special hours against the rules (the
 *   build fails naming the field), and warns when the calendar has no
 *   business hours at all in the next 12 months.
 * - Writes the dates, the page listing (the build year and the next) and the
 *   data's sources as {@link CALENDAR_DATA_FILE}: the browser gets dates,
 *   never the holiday library.
 * - After the build: writes `support-calendar.ics` (RFC 5545) to the build folder.
 *
 * @throws {SupportConfigError} when the config or its calendar is invalid.
 */
export default function supportCalendarPlugin(context: LoadContext): Plugin<LoadedCalendar> {
  return {
    name: 'support-calendar',
    async loadContent() {
      parseSupportConfig(supportConfig);
      const loaded = buildCalendar(supportConfig);
      for (const warning of loaded.warnings) logger.warn(warning);
      return loaded;
    },
    async contentLoaded({content, actions}) {
      await actions.createData(CALENDAR_DATA_FILE, JSON.stringify(content.data));
    },
    async postBuild({outDir, content}) {
      const siteUrl = context.siteConfig.url.replace(/\/+$/, '');
      const pageUrl = `${siteUrl}${withBaseUrl(context.siteConfig.baseUrl, deepLinkPath(getDeepLink(CALENDAR_SECTION_LINK_ID)))}`;
      const feed = buildCalendarFeed(supportConfig, content.data.dates, {siteUrl, pageUrl}, content.builtAt);
      await writeFile(join(outDir, PUBLIC_FILES.calendar), feed);
    },
  };
}
