/**
 * Where the support holidays come from, as the holiday data's licence asks
 * it to be credited: `date-holidays` by commenthol (code ISC), whose data is
 * CC BY-SA 3.0 because most of it relies on Wikipedia articles (its README,
 * "License"; its package.json says `ISC AND CC-BY-3.0`). The articles of the
 * config's country are read from the library's data at build time
 * (`holidaySources` in `src/plugins/support-calendar/holidayLibrary.ts`).
 */
export const HOLIDAY_DATA_CREDIT = {
  /** The library that computes the holidays from rules. */
  library: 'date-holidays',
  /** Its author, as the licence names them. */
  author: 'commenthol',
  /** The library's home page. */
  url: 'https://github.com/commenthol/date-holidays',
  /** The licence of the holiday data. */
  dataLicence: 'CC BY-SA 3.0',
  /** The licence's deed. */
  dataLicenceUrl: 'https://creativecommons.org/licenses/by-sa/3.0/',
} as const;
