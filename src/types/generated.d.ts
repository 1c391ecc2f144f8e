/**
 * Types of the data modules the site's own plugins generate into
 * `.docusaurus/` (imported through the `@generated` alias).
 */
declare module '@generated/support-data/default/linking-examples.json' {
  import type {LinkingExamples} from '@site/src/components/LinkingReference/examples';
  /** The linking page's computed examples, code tokenized at build time (`src/plugins/support-data`). */
  const examples: LinkingExamples;
  export default examples;
}

declare module '@generated/support-calendar/default/calendar.json' {
  import type {SupportCalendarData} from '@site/src/facts/supportCalendar';
  /** The support calendar resolved at build time: dates, listing and sources (`src/plugins/support-calendar`). */
  const calendar: SupportCalendarData;
  export default calendar;
}
