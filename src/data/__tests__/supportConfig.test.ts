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

  it('matches the issue defaults: example.com, America/New_York, Mon-Fri 08:00-18:00, chat 09:00-17:00', () => {
    expect(supportConfig.domain).toBe('example.com');
    expect(supportConfig.timeZone).toBe('America/New_York');
    expect(supportConfig.businessHours.monday).toEqual([{open: '08:00', close: '18:00'}]);
    expect(supportConfig.businessHours.saturday).toEqual([]);
    const chat = supportConfig.channels.find((c) => c.id === 'chat');
    expect(chat?.hours).toMatchObject({kind: 'custom', week: {friday: [{open: '09:00', close: '17:00'}], sunday: []}});
    expect(supportConfig.channels.find((c) => c.id === 'emergency')?.hours).toEqual({kind: '24/7'});
  });

  it('reconciles the seed targets with the Service Level Agreements section winning', () => {
    const {critical, high, medium, low} = supportConfig.priorities;
    expect(critical.firstResponse).toEqual({clock: 'calendar', aimMinutes: 60, commitmentMinutes: 60});
    expect(critical.resolution).toEqual({kind: 'continuous'});
    expect(high.firstResponse).toEqual({clock: 'business', aimMinutes: 60, commitmentMinutes: 120});
    expect(high.resolution).toEqual({kind: 'businessDays', aimDays: 0, commitmentDays: 1});
    expect(medium.firstResponse).toEqual({clock: 'business', aimMinutes: 240, commitmentMinutes: 480});
    expect(medium.resolution).toEqual({kind: 'businessDays', aimDays: 2, commitmentDays: 3});
    expect(low.firstResponse).toEqual({clock: 'business', aimMinutes: 1440, commitmentMinutes: 1440});
    expect(low.resolution).toEqual({kind: 'businessDays', aimDays: 3, commitmentDays: 5});
  });

  it('refers the general and urgent emails to the Medium and High targets instead of repeating them', () => {
    const response = (id: string) => supportConfig.channels.find((c) => c.id === id)?.response;
    expect(response('general')).toEqual({kind: 'priority', priority: 'medium'});
    expect(response('urgent')).toEqual({kind: 'priority', priority: 'high'});
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
