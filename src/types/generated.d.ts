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

declare module '@generated/search-vocabulary/default/lexicon.json' {
  import type {LexiconData} from '@site/src/components/SiteSearch/lexicon';
  /** The words of the indexed docs with their counts, for the search's typo correction (`src/plugins/search-vocabulary`). */
  const lexicon: LexiconData;
  export default lexicon;
}

declare module '@generated/search-vocabulary/default/search-index.json' {
  /**
   * The addresses of the search index and of its headings tier, relative to
   * the base URL, as the search plugin's worker fetches them (`src/plugins/search-vocabulary`).
   */
  const index: {readonly url: string; readonly headingsUrl: string};
  export default index;
}

declare module '@generated/support-calendar/default/calendar.json' {
  import type {SupportCalendarData} from '@site/src/facts/supportCalendar';
  /** The support calendar resolved at build time: dates, listing and sources (`src/plugins/support-calendar`). */
  const calendar: SupportCalendarData;
  export default calendar;
}
