import {describe, expect, it} from 'vitest';
import {SlaInputError} from '../calendar';
import {alwaysOpenCalendar, computeTargets, supportCalendar} from '../targets';
import {PRIORITY_IDS, type ClosedReason, type PriorityId, type SlaConfig, type SlaTargets} from '../types';
import {at, inZone} from './helpers';
import {EXAMPLE_CONFIG} from './fixtures';

const NY = 'America/New_York';

/** The domain's example config (New York, Monday-Friday 08:00-18:00, US federal holidays). */
const config: SlaConfig = EXAMPLE_CONFIG;

/** The due times of a result as ISO strings in New York, for readable comparisons. */
function shown(targets: SlaTargets) {
  const r = targets.resolution;
  return {
    firstResponse: {
      clock: targets.firstResponse.clock,
      clockStartsAt: inZone(targets.firstResponse.clockStartsAt, NY),
      delayedBy: targets.firstResponse.delayedBy,
      aim: inZone(targets.firstResponse.aim, NY),
      commitment: inZone(targets.firstResponse.commitment, NY),
    },
    resolution:
      r.kind === 'continuous'
        ? r
        : {
            kind: r.kind,
            clockStartsAt: inZone(r.clockStartsAt, NY),
            delayedBy: r.delayedBy,
            aim: inZone(r.aim, NY),
            commitment: inZone(r.commitment, NY),
          },
  };
}

describe('SlaConfig', () => {
  it('accepts the example config (New York, Monday-Friday 08:00-18:00)', () => {
    expect(config.timeZone).toBe(NY);
    expect(config.businessHours.monday).toEqual([{open: '08:00', close: '18:00'}]);
    expect(supportCalendar(config)).toEqual({
      kind: 'business',
      timeZone: NY,
      week: EXAMPLE_CONFIG.businessHours,
      holidays: EXAMPLE_CONFIG.holidays,
      specialHours: [],
    });
  });

  it('returns the same calendar object for the same config', () => {
    expect(supportCalendar(config)).toBe(supportCalendar(config));
  });

  it('builds a 24/7 calendar in a zone', () => {
    expect(alwaysOpenCalendar('Europe/Berlin')).toEqual({kind: '24/7', timeZone: 'Europe/Berlin'});
  });
});

describe('computeTargets with the example config', () => {
  // Friday 2026-03-06 16:00 EST: two business hours left that day; clocks go
  // forward on Sunday 2026-03-08, so Monday is EDT.
  const friday4pm = '2026-03-06T16:00:00-05:00';

  it.each<[PriorityId, string, ReturnType<typeof shown>]>([
    [
      'critical',
      'answers within 1 hour 24/7 and works continuously',
      {
        firstResponse: {
          clock: 'calendar',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-06T17:00-05:00',
          commitment: '2026-03-06T17:00-05:00',
        },
        resolution: {kind: 'continuous'},
      },
    ],
    [
      'high',
      'answers in 1-2 business hours (the commitment is Friday at closing time) and resolves the same or next business day',
      {
        firstResponse: {
          clock: 'business',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-06T17:00-05:00',
          commitment: '2026-03-06T18:00-05:00',
        },
        resolution: {
          kind: 'due',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-06T18:00-05:00',
          commitment: '2026-03-09T18:00-04:00',
        },
      },
    ],
    [
      'medium',
      'answers in 4-8 business hours (2 on Friday, the rest Monday) and resolves in 2-3 business days',
      {
        firstResponse: {
          clock: 'business',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-09T10:00-04:00',
          commitment: '2026-03-09T14:00-04:00',
        },
        resolution: {
          kind: 'due',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-10T18:00-04:00',
          commitment: '2026-03-11T18:00-04:00',
        },
      },
    ],
    [
      'low',
      'answers in 24 business hours (2 + 10 + 10 + 2) and resolves in 3-5 business days',
      {
        firstResponse: {
          clock: 'business',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          aim: '2026-03-11T10:00-04:00',
          commitment: '2026-03-11T10:00-04:00',
        },
        resolution: {
          kind: 'due',
          clockStartsAt: '2026-03-06T16:00-05:00',
          delayedBy: null,
          // Day 0 is Friday 03-06: day 3 is Wednesday 03-11, day 5 Friday 03-13.
          aim: '2026-03-11T18:00-04:00',
          commitment: '2026-03-13T18:00-04:00',
        },
      },
    ],
  ])('%s on Friday 16:00 EST %s', (priority, _name, expected) => {
    const targets = computeTargets(priority, at(friday4pm), config);
    expect(targets.priority).toBe(priority);
    expect(inZone(targets.submittedAt, NY)).toBe('2026-03-06T16:00-05:00');
    expect(shown(targets)).toEqual(expected);
  });

  const independenceDay = {reason: 'holiday', holiday: {date: '2026-07-03', name: 'Independence Day (observed)'}};
  it.each<[string, string, ClosedReason, string, [string, string], [string, string]]>([
    [
      'on a Saturday',
      '2026-03-07T10:00:00-05:00',
      {reason: 'closed-day'},
      '2026-03-09T08:00-04:00',
      ['2026-03-09T09:00-04:00', '2026-03-09T10:00-04:00'],
      ['2026-03-09T18:00-04:00', '2026-03-10T18:00-04:00'],
    ],
    [
      'on a Friday evening',
      '2026-03-06T19:00:00-05:00',
      {reason: 'outside-hours'},
      '2026-03-09T08:00-04:00',
      ['2026-03-09T09:00-04:00', '2026-03-09T10:00-04:00'],
      ['2026-03-09T18:00-04:00', '2026-03-10T18:00-04:00'],
    ],
    [
      'on a holiday (Friday 2026-07-03)',
      '2026-07-03T09:00:00-04:00',
      independenceDay as ClosedReason,
      '2026-07-06T08:00-04:00',
      ['2026-07-06T09:00-04:00', '2026-07-06T10:00-04:00'],
      ['2026-07-06T18:00-04:00', '2026-07-07T18:00-04:00'],
    ],
  ])(
    'high %s: the clock starts at the next opening and says why',
    (_name, submitted, reason, starts, response, resolution) => {
      const targets = shown(computeTargets('high', at(submitted), config));
      expect(targets.firstResponse).toEqual({
        clock: 'business',
        clockStartsAt: starts,
        delayedBy: reason,
        aim: response[0],
        commitment: response[1],
      });
      expect(targets.resolution).toEqual({
        kind: 'due',
        clockStartsAt: starts,
        delayedBy: reason,
        aim: resolution[0],
        commitment: resolution[1],
      });
    },
  );

  it('high the evening before a holiday: 30 minutes that day, the rest after the holiday weekend; resolution not before the response', () => {
    // Thursday 2026-07-02 17:30 EDT; Friday 07-03 is a holiday.
    expect(shown(computeTargets('high', at('2026-07-02T17:30:00-04:00'), config))).toEqual({
      firstResponse: {
        clock: 'business',
        clockStartsAt: '2026-07-02T17:30-04:00',
        delayedBy: null,
        aim: '2026-07-06T08:30-04:00',
        commitment: '2026-07-06T09:30-04:00',
      },
      resolution: {
        kind: 'due',
        clockStartsAt: '2026-07-02T17:30-04:00',
        delayedBy: null,
        // "Same business day" would be Thursday 18:00, before the first
        // response on Monday 08:30: moved to the end of Monday.
        aim: '2026-07-06T18:00-04:00',
        commitment: '2026-07-06T18:00-04:00',
      },
    });
  });

  it.each([
    ['clocks go forward', '2026-03-08T01:30:00-05:00', '2026-03-08T03:30-04:00'],
    ['clocks go back', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30-05:00'],
    ['on a holiday', '2026-12-25T10:00:00-05:00', '2026-12-25T11:00-05:00'],
  ])('critical counts 24/7 on the absolute timeline when %s', (_name, submitted, due) => {
    const {firstResponse} = computeTargets('critical', at(submitted), config);
    expect(firstResponse.delayedBy).toBeNull();
    expect(firstResponse.clockStartsAt.getTime()).toBe(at(submitted).getTime());
    expect(inZone(firstResponse.commitment, NY)).toBe(due);
  });

  it('medium across clocks going back on 2026-11-01', () => {
    // Friday 2026-10-30 17:00 EDT: 1 business hour left, Monday is EST.
    const targets = shown(computeTargets('medium', at('2026-10-30T17:00:00-04:00'), config));
    expect([targets.firstResponse.aim, targets.firstResponse.commitment]).toEqual([
      '2026-11-02T11:00-05:00',
      '2026-11-02T15:00-05:00',
    ]);
  });

  it('high 15 minutes before closing on a Friday: resolution aim moves to the end of the first response day', () => {
    const t = shown(computeTargets('high', at('2026-12-04T17:45:00-05:00'), config));
    expect(t.firstResponse.aim).toBe('2026-12-07T08:45-05:00');
    expect(t.firstResponse.commitment).toBe('2026-12-07T09:45-05:00');
    expect(t.resolution).toMatchObject({aim: '2026-12-07T18:00-05:00', commitment: '2026-12-07T18:00-05:00'});
  });

  it('high at 17:30 on Friday 22 December 2028: answered on Tuesday the 26th, after Christmas Day; the aim says it moved', () => {
    const t = computeTargets('high', at('2028-12-22T17:30:00-05:00'), config);
    // 30 minutes on Friday, then Monday 25 is Christmas Day: the rest on Tuesday from 08:00.
    expect(inZone(t.firstResponse.aim, NY)).toBe('2028-12-26T08:30-05:00');
    expect(inZone(t.firstResponse.commitment, NY)).toBe('2028-12-26T09:30-05:00');
    expect(t.resolution.kind).toBe('due');
    if (t.resolution.kind !== 'due') return;
    // "Same business day" ends Friday 18:00, before the first response: it moves to the end of Tuesday.
    expect(inZone(t.resolution.aim, NY)).toBe('2028-12-26T18:00-05:00');
    expect(t.resolution.aimMovedFrom && inZone(t.resolution.aimMovedFrom, NY)).toBe('2028-12-22T18:00-05:00');
    // "Next business day" is Tuesday: not before the first response, so it stays.
    expect(inZone(t.resolution.commitment, NY)).toBe('2028-12-26T18:00-05:00');
    expect(t.resolution.commitmentMovedFrom).toBeNull();
  });

  it('says nothing moved when the business-days rule already lands after the first response', () => {
    const t = computeTargets('medium', at('2026-03-10T09:00:00-04:00'), config);
    expect(t.resolution).toMatchObject({aimMovedFrom: null, commitmentMovedFrom: null});
  });

  it('keeps a resolution due time equal to a first response due at closing time', () => {
    // Friday 16:00 EST + 2 business hours = Friday 18:00, exactly the same-day resolution aim.
    const t = shown(computeTargets('high', at('2026-03-06T16:00:00-05:00'), config));
    expect(t.firstResponse.commitment).toBe('2026-03-06T18:00-05:00');
    expect(t.resolution).toMatchObject({aim: '2026-03-06T18:00-05:00'});
  });

  it.each(['2026-12-04T17:45:00-05:00', '2026-12-24T17:59:00-05:00', '2026-12-26T03:00:00-05:00'])(
    'for every priority submitted %s, no resolution due time is before its first response due time',
    (submitted) => {
      for (const priority of PRIORITY_IDS) {
        const t = computeTargets(priority, at(submitted), config);
        if (t.resolution.kind === 'continuous') continue;
        expect(t.resolution.aim.getTime(), `${priority} aim`).toBeGreaterThanOrEqual(t.firstResponse.aim.getTime());
        expect(t.resolution.commitment.getTime(), `${priority} commitment`).toBeGreaterThanOrEqual(
          t.firstResponse.commitment.getTime(),
        );
      }
    },
  );

  it.each(PRIORITY_IDS)('%s: submission <= clock start <= aim <= commitment', (priority) => {
    const submitted = at('2026-11-25T17:45:00-05:00');
    const t = computeTargets(priority, submitted, config);
    const times = [submitted, t.firstResponse.clockStartsAt, t.firstResponse.aim, t.firstResponse.commitment];
    expect(times.map((d) => d.getTime())).toEqual([...times.map((d) => d.getTime())].sort((a, b) => a - b));
  });

  it('rejects an unknown priority', () => {
    expect(() => computeTargets('urgent' as PriorityId, at('2026-03-06T16:00:00-05:00'), config)).toThrow(
      new SlaInputError('Unknown priority "urgent" (expected one of critical, high, medium, low)'),
    );
  });

  it('rejects an Invalid Date', () => {
    expect(() => computeTargets('high', new Date(Number.NaN), config)).toThrow(SlaInputError);
  });

  it('rejects a config with an unknown zone', () => {
    expect(() =>
      computeTargets('high', at('2026-03-06T16:00:00-05:00'), {...config, timeZone: 'Mars/Olympus'}),
    ).toThrow(new SlaInputError('Unknown IANA time zone "Mars/Olympus"'));
  });
});
