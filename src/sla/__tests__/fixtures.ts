/**
 * The example support calendar and targets of the domain's tests: a desk in
 * New York open Monday to Friday 08:00-18:00, closed on the US federal
 * holidays (observed dates) of 2026 and 2027, with the four priorities'
 * targets of the Contact Support page. The domain's own fixture, not the
 * site's config (`src/data/supportConfig.ts`): a change to the config never
 * breaks a domain test (see `src/__tests__/layers.test.ts`).
 */
import type {Holiday, SlaConfig, WeeklyHours} from '../types';

const day = [{open: '08:00', close: '18:00'}] as const;

/** Monday to Friday 08:00-18:00, closed at weekends. */
export const EXAMPLE_HOURS: WeeklyHours = {
  monday: day,
  tuesday: day,
  wednesday: day,
  thursday: day,
  friday: day,
  saturday: [],
  sunday: [],
};

/** US federal holidays, observed dates, 2026 and 2027. */
export const EXAMPLE_HOLIDAYS: readonly Holiday[] = [
  {date: '2026-01-01', name: "New Year's Day"},
  {date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.'},
  {date: '2026-02-16', name: "Washington's Birthday"},
  {date: '2026-05-25', name: 'Memorial Day'},
  {date: '2026-06-19', name: 'Juneteenth National Independence Day'},
  {date: '2026-07-03', name: 'Independence Day (observed)'},
  {date: '2026-09-07', name: 'Labor Day'},
  {date: '2026-10-12', name: 'Columbus Day'},
  {date: '2026-11-11', name: 'Veterans Day'},
  {date: '2026-11-26', name: 'Thanksgiving Day'},
  {date: '2026-12-25', name: 'Christmas Day'},
  {date: '2027-01-01', name: "New Year's Day"},
  {date: '2027-01-18', name: 'Birthday of Martin Luther King, Jr.'},
  {date: '2027-02-15', name: "Washington's Birthday"},
  {date: '2027-05-31', name: 'Memorial Day'},
  {date: '2027-06-18', name: 'Juneteenth National Independence Day (observed)'},
  {date: '2027-07-05', name: 'Independence Day (observed)'},
  {date: '2027-09-06', name: 'Labor Day'},
  {date: '2027-10-11', name: 'Columbus Day'},
  {date: '2027-11-11', name: 'Veterans Day'},
  {date: '2027-11-25', name: 'Thanksgiving Day'},
  {date: '2027-12-24', name: 'Christmas Day (observed)'},
  {date: '2027-12-31', name: "New Year's Day 2028 (observed)"},
];

/**
 * The example config: New York, {@link EXAMPLE_HOURS}, {@link EXAMPLE_HOLIDAYS},
 * and the targets Critical 1 hour 24/7 with continuous resolution, High 1-2
 * business hours and 0-1 business days, Medium 4-8 business hours and 2-3
 * business days, Low 24 business hours and 3-5 business days.
 */
export const EXAMPLE_CONFIG: SlaConfig = {
  timeZone: 'America/New_York',
  businessHours: EXAMPLE_HOURS,
  holidays: EXAMPLE_HOLIDAYS,
  priorities: {
    critical: {
      firstResponse: {clock: 'calendar', aimMinutes: 60, commitmentMinutes: 60},
      resolution: {kind: 'continuous'},
    },
    high: {
      firstResponse: {clock: 'business', aimMinutes: 60, commitmentMinutes: 120},
      resolution: {kind: 'businessDays', aimDays: 0, commitmentDays: 1},
    },
    medium: {
      firstResponse: {clock: 'business', aimMinutes: 240, commitmentMinutes: 480},
      resolution: {kind: 'businessDays', aimDays: 2, commitmentDays: 3},
    },
    low: {
      firstResponse: {clock: 'business', aimMinutes: 1440, commitmentMinutes: 1440},
      resolution: {kind: 'businessDays', aimDays: 3, commitmentDays: 5},
    },
  },
};
