import {describe, expect, it} from 'vitest';
import {isoUtc, parsePickerParams, pickerSearch} from '../params';

const zone = 'America/New_York';
/** The years a support calendar covers (a build in 2026 with the first year 2026 and 10 years ahead). */
const years = {from: 2026, to: 2036};

describe('parsePickerParams', () => {
  it('reads a priority and a submission time with an offset', () => {
    const p = parsePickerParams('?priority=high&submitted=2026-03-06T16:00:00-05:00', zone, years);
    expect(p).toEqual({
      priority: 'high',
      priorityFromUrl: true,
      submittedAt: new Date(Date.UTC(2026, 2, 6, 21, 0)),
      notices: [],
    });
  });

  it('reads a UTC submission time written with Z', () => {
    expect(parsePickerParams('submitted=2026-07-01T12:30:00Z', zone, years).submittedAt).toEqual(
      new Date(Date.UTC(2026, 6, 1, 12, 30)),
    );
  });

  it('reads a submission time without offset as wall-clock time in the support zone, in summer and winter', () => {
    expect(parsePickerParams('submitted=2026-07-01T09:00', zone, years).submittedAt).toEqual(
      new Date(Date.UTC(2026, 6, 1, 13, 0)),
    );
    expect(parsePickerParams('submitted=2026-01-05T09:00', zone, years).submittedAt).toEqual(
      new Date(Date.UTC(2026, 0, 5, 14, 0)),
    );
  });

  it('accepts an offset whose plus sign was not encoded and arrived as a space', () => {
    const p = parsePickerParams('submitted=2026-03-07T02:30:00+05:30', zone, years);
    expect(p.notices).toEqual([]);
    expect(p.submittedAt).toEqual(new Date(Date.UTC(2026, 2, 6, 21, 0)));
  });

  it('refuses a year the support calendar does not cover, with a notice naming its years', () => {
    const p = parsePickerParams('submitted=9999-12-31T23:59Z', zone, years);
    expect(p.submittedAt).toBeNull();
    expect(p.notices).toEqual([
      'The submission time “9999-12-31T23:59Z” in the link is outside the years the support calendar covers (2026–2036): using the current time instead.',
    ]);
    expect(parsePickerParams('submitted=2025-12-31T12:00:00-05:00', zone, years).submittedAt).toBeNull();
  });

  it('counts the years in the support zone: New Year in UTC is still the old year in New York', () => {
    // 2036-12-31 23:30 in New York is 2037-01-01 04:30 UTC: still in the calendar's last year.
    expect(parsePickerParams('submitted=2037-01-01T04:30:00Z', zone, years).submittedAt).toEqual(
      new Date(Date.UTC(2037, 0, 1, 4, 30)),
    );
    // 2026-01-01 00:30 in Auckland is 2025-12-31 in New York: before the first year.
    expect(parsePickerParams('submitted=2026-01-01T00:30:00%2B13:00', zone, years).submittedAt).toBeNull();
  });

  it('accepts the priority in any case', () => {
    expect(parsePickerParams('priority=CRITICAL', zone, years).priority).toBe('critical');
  });

  it('ignores unknown parameters such as _highlight from search results', () => {
    const p = parsePickerParams('?_highlight=sla&priority=low&utm_source=dashboard', zone, years);
    expect(p.priority).toBe('low');
    expect(p.notices).toEqual([]);
  });

  it('defaults to medium and now, without notices, when the URL says nothing', () => {
    expect(parsePickerParams('', zone, years)).toEqual({
      priority: 'medium',
      priorityFromUrl: false,
      submittedAt: null,
      notices: [],
    });
  });

  it('falls back to the default priority with a notice for an unknown one, quoting it as text', () => {
    const p = parsePickerParams('?priority=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', zone, years);
    expect(p.priority).toBe('medium');
    expect(p.priorityFromUrl).toBe(false);
    expect(p.notices).toEqual([
      'Unknown priority “<img src=x onerror=alert(1)>” in the link: showing medium instead. Use one of critical, high, medium, low.',
    ]);
  });

  it('shortens a very long unknown value in the notice', () => {
    const p = parsePickerParams(`priority=${'x'.repeat(500)}`, zone, years);
    expect(p.notices[0]).toContain(`“${'x'.repeat(40)}…”`);
    expect(p.notices[0].length).toBeLessThan(160);
  });

  it.each(['yesterday', '2026-13-01T10:00', '2026-02-30T10:00:00Z', '06/03/2026 16:00'])(
    'falls back to now with a notice for the unparsable time %s',
    (value) => {
      const p = parsePickerParams(`submitted=${encodeURIComponent(value)}`, zone, years);
      expect(p.submittedAt).toBeNull();
      expect(p.notices).toHaveLength(1);
      expect(p.notices[0]).toMatch(/is not an ISO 8601 date and time/);
    },
  );
});

describe('pickerSearch', () => {
  it('writes priority and submission time in the support zone with its offset, keeping other parameters', () => {
    const search = pickerSearch('?_highlight=x&priority=low', 'high', new Date(Date.UTC(2026, 2, 6, 21, 0)), zone);
    expect(search).toBe('?_highlight=x&priority=high&submitted=2026-03-06T16%3A00%3A00-05%3A00');
  });

  it('removes the submission time when it is "now"', () => {
    expect(pickerSearch('?priority=low&submitted=2026-03-06T16:00:00-05:00', 'critical', null, zone)).toBe(
      '?priority=critical',
    );
  });

  it('round-trips through parsePickerParams', () => {
    const at = new Date(Date.UTC(2026, 10, 1, 6, 30));
    const parsed = parsePickerParams(pickerSearch('', 'medium', at, zone), zone, years);
    expect(parsed.priority).toBe('medium');
    expect(parsed.submittedAt).toEqual(at);
  });
});

describe('isoUtc', () => {
  it('writes an instant as ISO 8601 in UTC without milliseconds', () => {
    expect(isoUtc(new Date(Date.UTC(2026, 2, 9, 22, 0, 0, 0)))).toBe('2026-03-09T22:00:00Z');
  });
});
