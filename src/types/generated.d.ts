/**
 * Types of the data modules the site's own plugins generate into
 * `.docusaurus/` (imported through the `@generated` alias).
 */
declare module '@generated/support-data/default/linking-examples.json' {
  /** The linking page's computed examples, code tokenized at build time (`src/plugins/support-data`). */
  const examples: import('../components/LinkingReference/examples').LinkingExamples;
  export default examples;
}

declare module '@generated/support-calendar/default/calendar.json' {
  /** The support calendar resolved at build time: dates, listing and sources (`src/plugins/support-calendar`). */
  const calendar: import('../facts/supportCalendar').SupportCalendarData;
  export default calendar;
}
