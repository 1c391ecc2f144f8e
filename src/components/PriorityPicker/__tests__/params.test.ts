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

describe('parsePickerParams: the strict link contract of submitted', () => {
  const zone = 'America/New_York';
  const years = {from: 2026, to: 2036};
  const read = (value: string) => parsePickerParams(`submitted=${encodeURIComponent(value)}`, zone, years);

  it.each([
    ['+99:00', '2026-03-06T16:00:00+99:00', 'has the offset +99:00, beyond the ±14:00 of every time zone'],
    ['-14:30', '2026-03-06T16:00:00-14:30', 'has the offset -14:30, beyond the ±14:00 of every time zone'],
    ['a time alone', '16:00', 'has a time but no date, so it would mean another instant every day'],
    ['a time alone in UTC', '16:00:00Z', 'has a time but no date, so it would mean another instant every day'],
    ['a date alone', '2026-03-06', 'has a date but no time'],
  ])('refuses %s with a notice and uses the current time', (_what, value, message) => {
    const p = read(value);
    expect(p.submittedAt).toBeNull();
    expect(p.notices).toEqual([
      `The submission time “${value}” in the link ${message} (for example 2026-03-06T16:00:00-05:00): using the current time instead.`,
    ]);
  });

  it('accepts the widest real offsets, +14:00 and -12:00', () => {
    expect(read('2026-03-06T16:00:00+14:00').submittedAt).toEqual(new Date('2026-03-06T02:00:00Z'));
    expect(read('2026-03-06T16:00:00-12:00').submittedAt).toEqual(new Date('2026-03-07T04:00:00Z'));
    expect(read('2026-03-06T16:00:00+14:00').notices).toEqual([]);
  });

  it('says which instant it takes for a wall-clock time the support zone skips (clocks go forward)', () => {
    const p = read('2026-03-08T02:30');
    expect(p.submittedAt).toEqual(new Date('2026-03-08T07:30:00Z'));
    expect(p.notices).toEqual([
      'The submission time “2026-03-08T02:30” in the link is a time that America/New_York skips when its clocks go forward: the picker takes 3:30 AM EDT (-04:00), the same instant as the clock shows after the change.',
    ]);
  });

  it('says which of the two it takes for a wall-clock time the support zone shows twice (clocks go back)', () => {
    const p = read('2026-11-01T01:30');
    expect(p.submittedAt).not.toBeNull();
    const taken = p.submittedAt!.toISOString();
    expect(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']).toContain(taken);
    const which = taken === '2026-11-01T05:30:00.000Z' ? 'first' : 'second';
    const offset = which === 'first' ? '-04:00' : '-05:00';
    const other = which === 'first' ? '-05:00' : '-04:00';
    const name = which === 'first' ? 'EDT' : 'EST';
    expect(p.notices).toEqual([
      `The submission time “2026-11-01T01:30” in the link is a time that America/New_York shows twice when its clocks go back: the picker takes 1:30 AM ${name} (${offset}), the ${which} of the two. Add the offset ${other} for the other one.`,
    ]);
  });

  it('gives no note for an ordinary wall-clock time or one with an offset, even on a change day', () => {
    expect(read('2026-11-01T12:00').notices).toEqual([]);
    expect(read('2026-11-01T01:30:00-04:00').notices).toEqual([]);
  });
});
