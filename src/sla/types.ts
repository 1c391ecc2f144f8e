/**
 * Types of the SLA domain: business calendars, priorities and their targets.
 *
 * Pure types, no runtime code: the data layer (`src/data`) validates values of
 * these shapes, the calendar functions (`src/sla`) compute with them.
 */

/**
 * A day of the week, in ISO 8601 order (Monday is day 1, Sunday is day 7).
 */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** The weekdays in ISO 8601 order; index + 1 is Luxon's and ISO's weekday number. */
export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/**
 * One opening interval of a day, in local wall-clock time of the calendar's
 * time zone. `open` and `close` are `HH:mm` (24-hour clock); `close` may be
 * `24:00` for "until midnight". The interval is open from `open` inclusive to
 * `close` exclusive, and `open` is strictly before `close`.
 */
export interface OpeningInterval {
  /** Opening time, `HH:mm`, local wall-clock time. */
  readonly open: string;
  /** Closing time, `HH:mm` or `24:00`, local wall-clock time, after `open`. */
  readonly close: string;
}

/**
 * Opening intervals for each weekday. A day with an empty list is closed.
 * Intervals of one day are sorted and do not overlap.
 */
export type WeeklyHours = Readonly<Record<Weekday, readonly OpeningInterval[]>>;

/**
 * A holiday: a local calendar date in the calendar's time zone, closed all day.
 * `date` is `YYYY-MM-DD` (ISO 8601 calendar date), never an instant.
 */
export interface Holiday {
  /** ISO 8601 calendar date, `YYYY-MM-DD`, local to the support time zone. */
  readonly date: string;
  /** Human-readable name, for example `Independence Day (observed)`. */
  readonly name: string;
}

/**
 * Special hours: a local calendar date in the calendar's time zone with its own
 * opening intervals, which replace the weekday's intervals on that date only
 * (for example Christmas Eve 08:00-13:00, or a Saturday opened for a release).
 * `hours` follow the rules of {@link OpeningInterval}: sorted, not
 * overlapping. An empty list closes the date without making it a holiday
 * (what a channel's hours become when they do not meet the support team's
 * special hours, see `intersectIntervals`).
 */
export interface SpecialHours {
  /** ISO 8601 calendar date, `YYYY-MM-DD`, local to the calendar's time zone. */
  readonly date: string;
  /** Human-readable name, for example `Christmas Eve`. */
  readonly name: string;
  /** Opening intervals of that date, local wall-clock time; replace the weekday's. */
  readonly hours: readonly OpeningInterval[];
}

/**
 * A business-hours calendar: open during the weekly intervals, in the IANA time
 * zone `timeZone`, except on holidays; a date with special hours is open
 * during its own intervals instead of the weekday's. A date is never both a
 * holiday and a date with special hours.
 */
export interface BusinessCalendar {
  readonly kind: 'business';
  /** IANA time zone name, for example `America/New_York`. */
  readonly timeZone: string;
  readonly week: WeeklyHours;
  readonly holidays: readonly Holiday[];
  /** Dates with their own opening intervals; absent or `[]` when none. */
  readonly specialHours?: readonly SpecialHours[];
}

/**
 * A calendar-hours (24/7) calendar: open at every instant. `timeZone` (IANA)
 * only decides what "a day" means when counting days.
 */
export interface AlwaysOpenCalendar {
  readonly kind: '24/7';
  /** IANA time zone name. */
  readonly timeZone: string;
}

/** Any calendar the SLA functions accept. */
export type Calendar = BusinessCalendar | AlwaysOpenCalendar;

/**
 * The four priorities, most urgent first. Definitions follow the product
 * owner's Contact Support page ("Priority Levels and Response Times").
 */
export type PriorityId =
  /** System outages, data loss, security incidents, several clients affected. */
  | 'critical'
  /** Client activation failures, dashboard access issues, PDF generation problems. */
  | 'high'
  /** Non-critical bugs, workflow issues, training requests. */
  | 'medium'
  /** General questions, feature requests, documentation updates. */
  | 'low';

/** The priorities, most urgent first. */
export const PRIORITY_IDS: readonly PriorityId[] = ['critical', 'high', 'medium', 'low'];

/**
 * Which clock a duration target counts on: `business` counts only open minutes
 * of the support business calendar; `calendar` counts every minute (24/7) on the
 * absolute timeline.
 */
export type Clock = 'business' | 'calendar';

/**
 * A first response time target. A range such as "1-2 hours" is
 * `aimMinutes: 60, commitmentMinutes: 120`: the aim is what the team works to,
 * the commitment is the SLA target whose miss is a breach. A single figure has
 * aim = commitment. Minutes are whole and positive; aim <= commitment.
 */
export interface ResponseTarget {
  readonly clock: Clock;
  /** Aimed first response time, in minutes of `clock`. */
  readonly aimMinutes: number;
  /** Committed first response time (the SLA target), in minutes of `clock`. */
  readonly commitmentMinutes: number;
}

/**
 * A resolution time target: either by the end of the N-th business day after
 * the clock starts (day 0 = "same business day", 1 = "next business day"), or
 * continuous work until resolved (no due time).
 */
export type ResolutionTarget =
  | {
      readonly kind: 'businessDays';
      /** Aimed resolution, in business days (0 = same business day). */
      readonly aimDays: number;
      /** Committed resolution (the SLA target), in business days; >= aimDays. */
      readonly commitmentDays: number;
    }
  | {readonly kind: 'continuous'};

/** The SLA targets of one priority. */
export interface PriorityTargets {
  readonly firstResponse: ResponseTarget;
  readonly resolution: ResolutionTarget;
}

/**
 * Why a calendar is closed at an instant (see `closedReason` in `calendar.ts`),
 * checked in this order:
 * - `holiday`: the local date in the calendar's zone is a holiday.
 * - `special-hours`: the local date has special hours and the instant is in
 *   none of them (before, after, or all day when they are empty).
 * - `closed-day`: the weekday has no opening interval at all (a weekend day).
 * - `outside-hours`: the weekday has opening intervals but the instant is in
 *   none of them (before opening, after closing, or in a break).
 */
export type ClosedReason =
  | {readonly reason: 'holiday'; readonly holiday: Holiday}
  | {readonly reason: 'special-hours'; readonly special: SpecialHours}
  | {readonly reason: 'closed-day'}
  | {readonly reason: 'outside-hours'};

/**
 * A span of absolute time, from `start` inclusive to `end` exclusive, for
 * example one opening interval of one local date ("open now until 18:00").
 */
export interface TimeSpan {
  readonly start: Date;
  readonly end: Date;
}

/**
 * What the SLA functions need: the support calendar with its holidays and
 * special hours resolved to dates, and the targets. Built from the support
 * config and the calendar the build resolved (`supportSlaConfig` in
 * `src/facts/supportCalendar.ts`).
 */
export interface SlaConfig {
  /** IANA name of the support time zone, for example `America/New_York`. */
  readonly timeZone: string;
  /** Support business hours, local wall-clock time of `timeZone`. */
  readonly businessHours: WeeklyHours;
  /** Support holidays, local calendar dates of `timeZone`. */
  readonly holidays: readonly Holiday[];
  /** Dates with special hours, local calendar dates of `timeZone`; absent when none. */
  readonly specialHours?: readonly SpecialHours[];
  /** The targets of each priority. */
  readonly priorities: Readonly<Record<PriorityId, PriorityTargets>>;
}

/**
 * When one target's clock starts and when the target is due. Every field is
 * an instant (a `Date`; render it in a zone with `formatInstant`).
 */
export interface DueTimes {
  /**
   * When the clock starts: the submission itself when the support calendar
   * is open then (or the clock counts 24/7), else the next opening.
   */
  readonly clockStartsAt: Date;
  /** Why the clock starts later than the submission; `null` when it does not. */
  readonly delayedBy: ClosedReason | null;
  /** The aimed due time. */
  readonly aim: Date;
  /** The committed due time (the SLA target; missing it is a breach). */
  readonly commitment: Date;
}

/**
 * A resolution due time of N business days, with where the business-days
 * rule alone put it: a resolution is never due before the first response of
 * the same kind, so "same business day" asked 30 minutes before closing moves
 * to the end of the day on which the first response is due.
 */
export interface ResolutionDueTimes extends DueTimes {
  readonly kind: 'due';
  /** The end of business day N for the aim, when the aim was moved later; `null` when not moved. */
  readonly aimMovedFrom: Date | null;
  /** The end of business day N for the commitment, when it was moved later; `null` when not moved. */
  readonly commitmentMovedFrom: Date | null;
}

/** The due times of one request: what `computeTargets` returns. */
export interface SlaTargets {
  readonly priority: PriorityId;
  /** The submission instant, as given. */
  readonly submittedAt: Date;
  /** First response: counted on `clock` (business hours or 24/7). */
  readonly firstResponse: DueTimes & {readonly clock: Clock};
  /** Resolution: by the end of a business day, or continuous work (no due time). */
  readonly resolution: ResolutionDueTimes | {readonly kind: 'continuous'};
}
