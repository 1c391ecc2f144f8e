/**
 * Types of the SLA domain: business calendars, priorities and their targets.
 *
 * Pure types, no runtime code: the data layer (`src/data`) validates values of
 * these shapes, the calendar functions (`src/sla`) compute with them.
 */

/**
 * A day of the week, in ISO 8601 order (Monday is day 1, Sunday is day 7).
 */
export type Weekday =
  | 'monday'
  | 'tuesday'
  | 'wednesday'
  | 'thursday'
  | 'friday'
  | 'saturday'
  | 'sunday';

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
 * A business-hours calendar: open during the weekly intervals, in the IANA time
 * zone `timeZone`, except on holidays.
 */
export interface BusinessCalendar {
  readonly kind: 'business';
  /** IANA time zone name, for example `America/New_York`. */
  readonly timeZone: string;
  readonly week: WeeklyHours;
  readonly holidays: readonly Holiday[];
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
