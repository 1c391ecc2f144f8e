/**
 * The business calendar of each contact channel, over the support calendar
 * the build resolved: its hours (the support business hours, its own weekly
 * hours, or 24/7) in the support time zone, closed on support holidays, and
 * bounded by the support team's special hours.
 *
 * Pure, no React; uses Luxon (a special date's weekday), so only the widgets
 * that compute with calendars import it, never the content pages.
 *
 * @module
 */
import {DateTime} from 'luxon';
import {intersectIntervals} from '../sla/intervals';
import {WEEKDAYS, type Calendar, type SpecialHours} from '../sla/types';
import type {ChannelId, SupportConfig} from '../data/schema';
import {getChannel} from './channels';
import type {SupportCalendarDates} from './supportCalendar';

const calendars = new WeakMap<object, WeakMap<object, Map<ChannelId, Calendar>>>();

/**
 * The business calendar of a channel.
 *
 * - `24/7`: always open (no holidays, no special hours).
 * - `business`: the support business hours, holidays and special hours.
 * - `custom`: the channel's own weekly hours and the support holidays; on a
 *   date with special hours, the channel is open when both its own hours of
 *   that weekday and the special hours are (chat 09:00-17:00 on a day the
 *   team opens 08:00-13:00 is open 09:00-13:00; closed when they do not meet).
 *
 * Memoized per config, calendar and channel (all immutable), so the calendar
 * is validated once.
 *
 * @param config - the support config.
 * @param dates - the resolved calendar (holidays and special hours).
 * @param id - the channel.
 * @returns the channel's {@link Calendar}.
 * @throws {Error} when the config has no such channel.
 * @example
 * ```ts
 * channelCalendar(supportConfig, dates, 'emergency'); // => {kind: '24/7', timeZone: 'America/New_York'}
 * ```
 */
export function channelCalendar(config: SupportConfig, dates: SupportCalendarDates, id: ChannelId): Calendar {
  let byDates = calendars.get(config);
  if (!byDates) {
    byDates = new WeakMap();
    calendars.set(config, byDates);
  }
  let byChannel = byDates.get(dates);
  if (!byChannel) {
    byChannel = new Map();
    byDates.set(dates, byChannel);
  }
  const cached = byChannel.get(id);
  if (cached) return cached;
  const calendar = build(config, dates, id);
  byChannel.set(id, calendar);
  return calendar;
}

function build(config: SupportConfig, dates: SupportCalendarDates, id: ChannelId): Calendar {
  const {hours} = getChannel(config, id);
  if (hours.kind === '24/7') return {kind: '24/7', timeZone: config.timeZone};
  if (hours.kind === 'business') {
    return {
      kind: 'business',
      timeZone: config.timeZone,
      week: config.businessHours,
      holidays: dates.holidays,
      specialHours: dates.specialHours,
    };
  }
  const specialHours = dates.specialHours.map((special): SpecialHours => ({
    ...special,
    hours: intersectIntervals(
      hours.week[WEEKDAYS[DateTime.fromISO(special.date, {zone: 'utc'}).weekday - 1]],
      special.hours,
    ),
  }));
  return {kind: 'business', timeZone: config.timeZone, week: hours.week, holidays: dates.holidays, specialHours};
}
