/**
 * Due times of a request over the support calendar the build resolved, with
 * the cases a page must explain instead of computing: a submission outside
 * the years the calendar covers, a due time past them, or a calendar without
 * any business hours.
 *
 * Pure, no React; Luxon through the SLA module, so only the widgets that
 * compute due times (the priority picker, the request builder) import it.
 *
 * @module
 */
import {DateTime} from 'luxon';
import {SlaInputError} from '../sla/errors';
import {computeTargets} from '../sla/targets';
import type {PriorityId, SlaTargets} from '../sla/types';
import type {SupportConfig} from '../data/schema';
import {supportSlaConfig, type CalendarWindow, type SupportCalendarDates} from './supportCalendar';

/**
 * Whether an instant falls in the years the support calendar covers, years
 * counted in the support time zone (31 December 2036 23:30 in New York is in
 * 2036, though it is 2037 in UTC).
 *
 * @param instant - the instant.
 * @param timeZone - IANA name of the support time zone.
 * @param years - the calendar's window, inclusive.
 */
export function inCalendarYears(instant: Date, timeZone: string, years: CalendarWindow): boolean {
  const {year} = DateTime.fromJSDate(instant, {zone: timeZone});
  return year >= years.from && year <= years.to;
}

/** What {@link supportDueTimes} found. */
export type SupportDueTimes =
  /**
   * The due times. `pastCalendar` is true when one of them falls after the
   * last year the calendar covers: holidays after it are not known, so that
   * due time counts only the weekly hours.
   */
  | {readonly kind: 'due'; readonly targets: SlaTargets; readonly pastCalendar: boolean}
  /** The submission is outside the years the calendar covers: no due times. */
  | {readonly kind: 'outside-years'; readonly years: CalendarWindow}
  /** The calendar cannot compute (for example no business hours at all): `message` says why. */
  | {readonly kind: 'unavailable'; readonly message: string};

/**
 * The due times of a request of `priority` submitted at `submittedAt`, over
 * the support business hours, holidays and special hours (`computeTargets`
 * with `supportSlaConfig`).
 *
 * @param config - the support config.
 * @param dates - the resolved support calendar.
 * @param priority - the request's priority.
 * @param submittedAt - the submission instant.
 * @returns a {@link SupportDueTimes}; never throws for a valid priority.
 * @throws {SlaInputError} on an unknown priority or an Invalid Date.
 * @example
 * ```ts
 * supportDueTimes(supportConfig, dates, 'high', new Date('2028-12-22T17:30:00-05:00'));
 * // => {kind: 'due', pastCalendar: false, targets: {firstResponse: {aim: 2028-12-26T08:30-05:00, …}, …}}
 * ```
 */
export function supportDueTimes(
  config: SupportConfig,
  dates: SupportCalendarDates,
  priority: PriorityId,
  submittedAt: Date,
): SupportDueTimes {
  if (!(submittedAt instanceof Date) || Number.isNaN(submittedAt.getTime())) {
    throw new SlaInputError('Expected a valid Date for the submission');
  }
  if (!inCalendarYears(submittedAt, config.timeZone, dates.years)) return {kind: 'outside-years', years: dates.years};
  let targets: SlaTargets;
  try {
    targets = computeTargets(priority, submittedAt, supportSlaConfig(config, dates));
  } catch (error) {
    if (error instanceof SlaInputError && config.priorities[priority]) {
      return {kind: 'unavailable', message: error.message};
    }
    throw error;
  }
  const instants = [targets.firstResponse.aim, targets.firstResponse.commitment];
  if (targets.resolution.kind === 'due') instants.push(targets.resolution.aim, targets.resolution.commitment);
  const pastCalendar = instants.some((d) => DateTime.fromJSDate(d, {zone: config.timeZone}).year > dates.years.to);
  return {kind: 'due', targets, pastCalendar};
}
