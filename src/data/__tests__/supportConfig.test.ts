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

  it('refers each email channel with an expected response to a priority that exists', () => {
    for (const channel of supportConfig.channels) {
      if (channel.response.kind === 'priority') expect(PRIORITY_IDS, channel.id).toContain(channel.response.priority);
    }
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
