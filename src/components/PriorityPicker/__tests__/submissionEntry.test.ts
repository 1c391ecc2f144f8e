import {describe, expect, it} from 'vitest';
import {calendarInputBounds, fieldValue, readSubmissionEntry} from '../submissionEntry';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';
/** The years a support calendar covers (a fixture, not the site's build). */
const years = {from: 2026, to: 2036};

describe('readSubmissionEntry', () => {
  it('reads a complete value as wall-clock time of the viewer, whatever the process zone', () => {
    expect(readSubmissionEntry('2028-12-22T17:30', LA, NY, years)).toEqual({
      kind: 'complete',
      instant: new Date(Date.UTC(2028, 11, 23, 1, 30)),
    });
    expect(readSubmissionEntry('2028-12-22T17:30', KOLKATA, NY, years)).toEqual({
      kind: 'complete',
      instant: new Date(Date.UTC(2028, 11, 22, 12, 0)),
    });
  });

  it.each([
    ['an empty value (a segment half typed, or the field cleared)', ''],
    ['a value without the time', '2026-11-05'],
    ['a month 13 that a browser would never report', '2026-13-05T10:00'],
    ['February 30', '2026-02-30T10:00'],
    ['a single-digit day', '2026-11-5T10:00'],
  ])('reads %s as incomplete, never as "now"', (_what, value) => {
    expect(readSubmissionEntry(value, LA, NY, years)).toEqual({kind: 'incomplete'});
  });

  it('accepts the seconds some browsers add', () => {
    expect(readSubmissionEntry('2026-11-05T17:45:30', NY, NY, years)).toEqual({
      kind: 'complete',
      instant: new Date(Date.UTC(2026, 10, 5, 22, 45, 30)),
    });
  });

  it('reads a year typed digit by digit (0002, 0020, 0202) as outside the calendar, then 2026 as complete', () => {
    for (const year of ['0002', '0020', '0202']) {
      expect(readSubmissionEntry(`${year}-11-05T10:15`, NY, NY, years).kind).toBe('outside-years');
    }
    expect(readSubmissionEntry('2026-11-05T10:15', NY, NY, years).kind).toBe('complete');
  });

  it('counts the calendar years in the support zone, not the viewer’s', () => {
    // 1 January 2037 00:30 in Kolkata is 31 December 2036 in New York: still covered.
    expect(readSubmissionEntry('2037-01-01T00:30', KOLKATA, NY, years).kind).toBe('complete');
    // 31 December 2036 22:00 in Los Angeles is 1 January 2037 in New York: not covered.
    expect(readSubmissionEntry('2036-12-31T22:00', LA, NY, years)).toMatchObject({kind: 'outside-years', years});
  });

  it('resolves a wall-clock time in the viewer’s spring-forward gap as Luxon does (moved forward)', () => {
    // 02:30 on 8 March 2026 does not exist in Los Angeles: it is 03:30 PDT.
    expect(readSubmissionEntry('2026-03-08T02:30', LA, NY, years)).toEqual({
      kind: 'complete',
      instant: new Date(Date.UTC(2026, 2, 8, 10, 30)),
    });
  });
});

describe('fieldValue', () => {
  it('writes an instant as the field’s value in a zone, without seconds', () => {
    expect(fieldValue(new Date(Date.UTC(2028, 11, 23, 1, 30, 42)), LA)).toBe('2028-12-22T17:30');
  });

  it('round-trips through readSubmissionEntry for whole minutes', () => {
    const at = new Date(Date.UTC(2029, 6, 4, 15, 5));
    for (const zone of [NY, LA, KOLKATA, 'Pacific/Auckland']) {
      expect(readSubmissionEntry(fieldValue(at, zone), zone, NY, years)).toEqual({kind: 'complete', instant: at});
    }
  });
});

describe('calendarInputBounds', () => {
  it('gives the first and last minute of the calendar’s years in the viewer’s zone', () => {
    expect(calendarInputBounds(years, NY, NY)).toEqual({min: '2026-01-01T00:00', max: '2036-12-31T23:59'});
    expect(calendarInputBounds(years, NY, LA)).toEqual({min: '2025-12-31T21:00', max: '2036-12-31T20:59'});
    expect(calendarInputBounds(years, NY, KOLKATA)).toEqual({min: '2026-01-01T10:30', max: '2037-01-01T10:29'});
  });

  it('accepts exactly the values inside the bounds', () => {
    const {min, max} = calendarInputBounds(years, NY, LA);
    expect(readSubmissionEntry(min, LA, NY, years).kind).toBe('complete');
    expect(readSubmissionEntry(max, LA, NY, years).kind).toBe('complete');
    expect(readSubmissionEntry('2025-12-31T20:59', LA, NY, years).kind).toBe('outside-years');
    expect(readSubmissionEntry('2036-12-31T21:00', LA, NY, years).kind).toBe('outside-years');
  });
});
