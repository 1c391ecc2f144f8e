import {describe, expect, it} from 'vitest';
import {DateTime} from 'luxon';
import {supportConfig} from '../supportConfig';
import {CHANNEL_IDS} from '../schema';
import {PRIORITY_IDS, WEEKDAYS} from '../../sla/types';

/**
 * The config as data: cross-field invariants that the schema does not express,
 * checked with readable failure messages (model: Docusaurus's
 * website/src/data/__tests__/user.test.ts).
 */
describe('supportConfig', () => {
  it('holds every channel exactly once', () => {
    expect(supportConfig.channels.map((c) => c.id).sort()).toEqual([...CHANNEL_IDS].sort());
  });

  it('refers each email channel with an expected response to a priority that exists', () => {
    for (const channel of supportConfig.channels) {
      if (channel.response.kind === 'priority') expect(PRIORITY_IDS, channel.id).toContain(channel.response.priority);
    }
  });

  it.each(PRIORITY_IDS)('priority %s is reachable through at least one triage answer or is the default', (id) => {
    const reachable = supportConfig.triage.some((q) => q.priority === id) || id === 'low';
    expect(reachable, `no triage question leads to ${id}`).toBe(true);
  });

  it('states its holiday rules, not dates: the dates come from the rules at build time', () => {
    // The rule-derived dates are checked against the holiday library for any year in
    // src/plugins/support-calendar/__tests__; here, the config keeps no hand-typed list of public holidays.
    expect(supportConfig.holidays).toMatchObject({country: 'US', substitutes: 'instead'});
    expect(supportConfig.holidays.types).toContain('public');
  });

  it.each(supportConfig.specialHours.map((s) => [s.date, s.name, s] as const))(
    'special hours of %s (%s) fall on a weekday with business hours, from the calendar’s first year on',
    (date, _name, special) => {
      const weekday = WEEKDAYS[DateTime.fromISO(date, {zone: 'utc'}).weekday - 1];
      expect(
        supportConfig.businessHours[weekday].length,
        `${date} is a ${weekday} without business hours`,
      ).toBeGreaterThan(0);
      expect(Number(date.slice(0, 4))).toBeGreaterThanOrEqual(supportConfig.calendarYears.first);
      expect(special.hours.length).toBeGreaterThan(0);
    },
  );
});
