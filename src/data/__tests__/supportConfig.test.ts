import {describe, expect, it} from 'vitest';
import Holidays from 'date-holidays';
import {DateTime} from 'luxon';
import {supportConfig} from '../supportConfig';
import {CHANNEL_IDS} from '../schema';
import {PRIORITY_IDS} from '../../sla/types';

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

  describe('holidays', () => {
    const federal = new Holidays('US');
    const years = [...new Set(supportConfig.holidays.map((h) => h.date.slice(0, 4)))];

    it('cover the current and next year of the config (2026 and 2027)', () => {
      expect(years).toEqual(['2026', '2027']);
    });

    it.each(supportConfig.holidays.map((h) => [h.date, h.name]))(
      '%s (%s) falls on a weekday in the support zone',
      (date) => {
        const weekday = DateTime.fromISO(date, {zone: supportConfig.timeZone}).weekday;
        expect(weekday, `${date} is a weekend day`).toBeLessThanOrEqual(5);
      },
    );

    it('are exactly the US federal holidays (observed dates) of 2026 and 2027, per date-holidays', () => {
      // date-holidays lists public holidays with the observed substitute days;
      // federal ones are those of type "public". Dec 31 2027 is the observed
      // New Year's Day 2028 (Jan 1 2028 is a Saturday).
      const expected = [2026, 2027, 2028]
        .flatMap((year) => federal.getHolidays(year))
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .map((date) => {
          const d = DateTime.fromISO(date, {zone: supportConfig.timeZone});
          if (d.weekday === 6) return d.minus({days: 1}).toISODate();
          if (d.weekday === 7) return d.plus({days: 1}).toISODate();
          return date;
        })
        .filter((date): date is string => date !== null && date >= '2026-01-01' && date <= '2027-12-31');
      const listed = supportConfig.holidays.map((h) => h.date);
      expect(listed).toEqual([...new Set(expected)].sort());
    });
  });
});
