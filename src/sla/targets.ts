/**
 * SLA targets of a request: when the first response and the resolution are
 * due, computed from the support config by the calendar functions.
 *
 * @module
 */
import {addBusinessTime, closedReason, endOfBusinessDay, isOpen, nextOpening, SlaInputError} from './calendar';
import {
  PRIORITY_IDS,
  type AlwaysOpenCalendar,
  type BusinessCalendar,
  type PriorityId,
  type SlaConfig,
  type SlaTargets,
} from './types';

const supportCalendars = new WeakMap<object, BusinessCalendar>();

/**
 * The support business calendar of a config: its business hours, holidays
 * and special hours in its time zone. Memoized per config object (configs
 * are immutable), so repeated calls share one validated calendar.
 *
 * @param config - `timeZone` (IANA), `businessHours` (local `HH:mm`),
 *   `holidays` (local `YYYY-MM-DD`) and optionally `specialHours` (local
 *   dates with their own `HH:mm` intervals).
 * @returns a {@link BusinessCalendar}. It is validated when first used by a
 *   calendar function, which throws `SlaInputError` if it is invalid.
 * @example
 * ```ts
 * const calendar = supportCalendar(supportConfig);
 * isOpen(calendar, new Date('2026-03-06T16:00:00-05:00')); // true
 * ```
 */
export function supportCalendar(
  config: Pick<SlaConfig, 'timeZone' | 'businessHours' | 'holidays' | 'specialHours'>,
): BusinessCalendar {
  const cached = supportCalendars.get(config);
  if (cached) return cached;
  const calendar: BusinessCalendar = {
    kind: 'business',
    timeZone: config.timeZone,
    week: config.businessHours,
    holidays: config.holidays,
    specialHours: config.specialHours ?? [],
  };
  supportCalendars.set(config, calendar);
  return calendar;
}

/**
 * A 24/7 calendar in a time zone (the zone only decides where days begin).
 *
 * @param timeZone - IANA time zone name, for example `America/New_York`.
 * @returns an {@link AlwaysOpenCalendar}, validated when first used.
 * @example
 * ```ts
 * addBusinessTime(alwaysOpenCalendar('America/New_York'), new Date('2026-03-08T01:30:00-05:00'), 60);
 * // => 2026-03-08T03:30:00-04:00
 * ```
 */
export function alwaysOpenCalendar(timeZone: string): AlwaysOpenCalendar {
  return {kind: '24/7', timeZone};
}

/**
 * The due times of a request of a priority submitted at an instant.
 *
 * - First response, `clock: 'business'`: the clock starts at
 *   `nextOpening(submittedAt)` of the support calendar; aim and commitment
 *   are `addBusinessTime(supportCalendar, submittedAt, minutes)`.
 * - First response, `clock: 'calendar'` (Critical): the clock starts at the
 *   submission and the minutes are added 24/7 on the absolute timeline.
 * - Resolution in business days: `endOfBusinessDay(supportCalendar,
 *   submittedAt, days)` for the aim and the commitment (0 = end of the day
 *   the clock starts). Continuous resolution (Critical) has no due time.
 * - A resolution due time is never before the first response due time of
 *   the same kind (aim with aim, commitment with commitment): "same business
 *   day" submitted 15 minutes before closing cannot be resolved before the
 *   first response on the next business day. Then the resolution due time is
 *   the end of the business day on which that first response is due (or the
 *   first response due time itself when that is exactly a closing time).
 *   Rule decided by the team; Zendesk and Jira Service Management let such
 *   targets contradict each other, which reads as nonsense to a requester.
 *   `aimMovedFrom` and `commitmentMovedFrom` keep where the business-days
 *   rule alone put a moved due time, so a page can say why it moved.
 * - `delayedBy` is `closedReason` of the support calendar at the submission
 *   for a business clock, `null` for a 24/7 clock or when the desk is open.
 *
 * Due times are rounded up to the whole minute.
 *
 * @param priority - one of `critical`, `high`, `medium`, `low`.
 * @param submittedAt - the submission instant (copied into the result, not mutated).
 * @param config - the support config (the real `supportConfig` fits).
 * @returns the {@link SlaTargets}.
 * @throws {SlaInputError} on an unknown priority, an Invalid Date or an
 *   invalid calendar in the config.
 * @example
 * ```ts
 * const t = computeTargets('high', new Date('2026-03-06T16:00:00-05:00'), supportConfig);
 * t.firstResponse.aim;        // 2026-03-06T17:00:00-05:00
 * t.firstResponse.commitment; // 2026-03-06T18:00:00-05:00 (closing time)
 * t.resolution;               // {kind: 'due', aim: 2026-03-06T18:00-05:00,
 *                             //  commitment: 2026-03-09T18:00-04:00, ...}
 * ```
 */
export function computeTargets(priority: PriorityId, submittedAt: Date, config: SlaConfig): SlaTargets {
  if (!PRIORITY_IDS.includes(priority) || !config.priorities[priority]) {
    throw new SlaInputError(
      `Unknown priority ${JSON.stringify(priority)} (expected one of ${PRIORITY_IDS.join(', ')})`,
    );
  }
  const targets = config.priorities[priority];
  const business = supportCalendar(config);
  const opensAt = nextOpening(business, submittedAt);
  const delayedBy = closedReason(business, submittedAt);

  const response = targets.firstResponse;
  const responseCalendar = response.clock === 'calendar' ? alwaysOpenCalendar(config.timeZone) : business;
  const firstResponse = {
    clock: response.clock,
    clockStartsAt: response.clock === 'calendar' ? new Date(submittedAt.getTime()) : opensAt,
    delayedBy: response.clock === 'calendar' ? null : delayedBy,
    aim: addBusinessTime(responseCalendar, submittedAt, response.aimMinutes),
    commitment: addBusinessTime(responseCalendar, submittedAt, response.commitmentMinutes),
  };

  let resolution: SlaTargets['resolution'] = {kind: 'continuous'};
  if (targets.resolution.kind === 'businessDays') {
    const aimByDays = endOfBusinessDay(business, submittedAt, targets.resolution.aimDays);
    const commitmentByDays = endOfBusinessDay(business, submittedAt, targets.resolution.commitmentDays);
    const aim = notBeforeResponse(business, aimByDays, firstResponse.aim);
    const commitment = notBeforeResponse(business, commitmentByDays, firstResponse.commitment);
    resolution = {
      kind: 'due',
      clockStartsAt: opensAt,
      delayedBy,
      aim,
      commitment,
      aimMovedFrom: aim.getTime() === aimByDays.getTime() ? null : aimByDays,
      commitmentMovedFrom: commitment.getTime() === commitmentByDays.getTime() ? null : commitmentByDays,
    };
  }

  return {priority, submittedAt: new Date(submittedAt.getTime()), firstResponse, resolution};
}

/**
 * A resolution due time moved, when needed, so that it is not before the
 * first response due time (see {@link computeTargets}).
 *
 * @param business - the support business calendar.
 * @param resolutionDue - the resolution due time from `endOfBusinessDay`.
 * @param responseDue - the first response due time of the same kind.
 * @returns `resolutionDue` when it is not before `responseDue`; else the end
 *   of the business day of `responseDue`, or `responseDue` itself when it is
 *   exactly a closing time.
 */
function notBeforeResponse(business: BusinessCalendar, resolutionDue: Date, responseDue: Date): Date {
  if (resolutionDue.getTime() >= responseDue.getTime()) return resolutionDue;
  const atClosingTime = !isOpen(business, responseDue) && isOpen(business, new Date(responseDue.getTime() - 60_000));
  return atClosingTime ? responseDue : endOfBusinessDay(business, responseDue, 0);
}
