/**
 * The example support calendar and targets of the domain's tests: a desk in
 * New York open Monday to Friday 08:00-18:00, closed on the US federal
 * holidays (observed dates) of 2026 to 2030, with the four priorities'
 * targets of the Contact Support page. The domain's own fixture, not the
 * site's config (`src/data/supportConfig.ts`): a change to the config never
 * breaks a domain test (see `src/__tests__/layers.test.ts`).
 */
import type {Holiday, SlaConfig, SpecialHours, WeeklyHours} from '../types';
import {federalHolidays} from './federalHolidays';

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

/**
 * US federal holidays, observed dates, 2026 to 2030, derived from their rules
 * in the law (`federalHolidays`, not a typed list).
 */
export const EXAMPLE_HOLIDAYS: readonly Holiday[] = [2026, 2027, 2028, 2029, 2030].flatMap(federalHolidays);

/** Special hours of the example: Christmas Eve 2026 08:00-13:00, and an all-hands Wednesday afternoon off in 2028. */
export const EXAMPLE_SPECIAL_HOURS: readonly SpecialHours[] = [
  {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]},
  {date: '2028-03-15', name: 'All-hands meeting', hours: [{open: '08:00', close: '12:00'}]},
];

/**
 * The example config: New York, {@link EXAMPLE_HOURS}, {@link EXAMPLE_HOLIDAYS}
 * (no special hours: {@link EXAMPLE_SPECIAL_HOURS} are added where a test says so),
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
