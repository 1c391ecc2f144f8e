/**
 * Wall-clock times of day as the calendar writes them: `HH:mm` on the 24-hour
 * clock, and `24:00` for "until midnight", which only a closing time may be.
 * The one parser of opening hours: the config's schema, the calendar and the
 * wording of hours all read times through it. No date library: a time of day
 * is not an instant.
 *
 * @module
 */

/** Whether a time opens or closes an interval: only a closing time may be `24:00`. */
export type TimeOfDayRole = 'open' | 'close';

/** Minutes in a day: `24:00` is this many minutes after midnight. */
export const MINUTES_PER_DAY = 1440;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * What is wrong with a time of day, in words, or `undefined` when it is valid.
 *
 * @param value - the time as written, for example `09:00` or `24:00`.
 * @param role - whether it opens or closes an interval.
 * @returns for example `must be a 24-hour time HH:mm, such as 09:00`, or
 *   `24:00 is only a closing time (an interval cannot open at midnight's end)`.
 * @example
 * ```ts
 * timeOfDayProblem('9:00', 'open');   // => 'must be a 24-hour time HH:mm, such as 09:00'
 * timeOfDayProblem('24:00', 'close'); // => undefined
 * ```
 */
export function timeOfDayProblem(value: unknown, role: TimeOfDayRole): string | undefined {
  if (typeof value === 'string' && HH_MM.test(value)) return undefined;
  if (value === '24:00') {
    return role === 'close' ? undefined : '24:00 is only a closing time (an interval cannot open at midnight’s end)';
  }
  return role === 'close'
    ? 'must be a 24-hour time HH:mm, such as 17:00, or 24:00 for midnight'
    : 'must be a 24-hour time HH:mm, such as 09:00';
}

/**
 * Minutes since local midnight of a time of day.
 *
 * @param value - `HH:mm`, or `24:00` when `role` is `close`.
 * @param role - whether it opens or closes an interval.
 * @returns 0 to 1439, or 1440 for a `24:00` close; `undefined` when the time
 *   is not valid for its role (see {@link timeOfDayProblem}).
 * @example
 * ```ts
 * minutesOfDay('08:30', 'open');  // => 510
 * minutesOfDay('24:00', 'close'); // => 1440
 * minutesOfDay('24:00', 'open');  // => undefined
 * ```
 */
export function minutesOfDay(value: unknown, role: TimeOfDayRole): number | undefined {
  if (timeOfDayProblem(value, role) !== undefined) return undefined;
  if (value === '24:00') return MINUTES_PER_DAY;
  const [, hours, minutes] = HH_MM.exec(value as string) as RegExpExecArray;
  return Number(hours) * 60 + Number(minutes);
}
