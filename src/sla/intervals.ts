/**
 * Arithmetic on opening intervals of one day (`HH:mm` wall-clock times), with
 * no date library: pure and small, so the build, the facts and the pages can
 * use it without Luxon.
 *
 * @module
 */
import {SlaInputError} from './errors';
import {minutesOfDay, type TimeOfDayRole} from './timeOfDay';
import type {OpeningInterval} from './types';

/** Minutes since local midnight of a time of day, or a {@link SlaInputError} naming the time. */
function minutes(value: string, role: TimeOfDayRole): number {
  const result = minutesOfDay(value, role);
  if (result === undefined) {
    throw new SlaInputError(
      `Malformed ${role === 'open' ? 'opening' : 'closing'} time ${JSON.stringify(value)} (expected HH:mm)`,
    );
  }
  return result;
}

/** `HH:mm` of minutes since local midnight; 1440 is `24:00`. */
function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The time two lists of opening intervals of one day have in common, for
 * example a channel's own hours on a date on which the support team has
 * special hours: chat 09:00-17:00 on a day the team opens 08:00-13:00 is open
 * 09:00-13:00.
 *
 * @param a - intervals of one day, sorted and not overlapping (`HH:mm`,
 *   closing time may be `24:00`).
 * @param b - the same, for example special hours.
 * @returns the intersection, sorted, without empty intervals; `[]` when they
 *   have no minute in common.
 * @throws {SlaInputError} on a malformed `HH:mm`.
 * @example
 * ```ts
 * intersectIntervals([{open: '09:00', close: '17:00'}], [{open: '08:00', close: '13:00'}]);
 * // => [{open: '09:00', close: '13:00'}]
 * ```
 */
export function intersectIntervals(a: readonly OpeningInterval[], b: readonly OpeningInterval[]): OpeningInterval[] {
  const result: OpeningInterval[] = [];
  for (const x of a) {
    for (const y of b) {
      const open = Math.max(minutes(x.open, 'open'), minutes(y.open, 'open'));
      const close = Math.min(minutes(x.close, 'close'), minutes(y.close, 'close'));
      if (open < close) result.push({open: hhmm(open), close: hhmm(close)});
    }
  }
  return result.sort((p, q) => minutes(p.open, 'open') - minutes(q.open, 'open'));
}
