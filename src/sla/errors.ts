/**
 * Thrown when a calendar, an instant, a count of minutes or of days is not
 * valid input. The message says what is wrong, for example
 * `Unknown IANA time zone "Mars/Olympus"`. (Its own module, free of Luxon, so
 * that the wording of targets can throw it without loading the date library.)
 */
export class SlaInputError extends Error {
  override name = 'SlaInputError';
}
