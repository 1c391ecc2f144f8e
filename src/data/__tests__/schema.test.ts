import {describe, expect, it} from 'vitest';
import {parseSupportConfig, SupportConfigError, type SupportConfig} from '../schema';
import {supportConfig} from '../supportConfig';

/** A deep copy of the real config, changed by `edit`, so each test breaks one field. */
function configWith(edit: (c: SupportConfig) => void): unknown {
  const copy = structuredClone(supportConfig);
  edit(copy);
  return copy;
}

function messageOf(value: unknown): string {
  try {
    parseSupportConfig(value);
  } catch (error) {
    expect(error).toBeInstanceOf(SupportConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseSupportConfig', () => {
  it('accepts the real config and returns it unchanged', () => {
    expect(parseSupportConfig(supportConfig)).toEqual(supportConfig);
  });

  it.each<[string, (c: SupportConfig) => void, string]>([
    [
      'an unknown time zone',
      (c) => {
        c.timeZone = 'Mars/Olympus_Mons';
      },
      '- supportConfig.timeZone: must be an IANA time zone name such as America/New_York',
    ],
    [
      'an opening time not before its closing time',
      (c) => {
        c.businessHours.monday = [{open: '18:00', close: '08:00'}];
      },
      '- supportConfig.businessHours.monday[0].close: opening time must be before closing time',
    ],
    [
      'an opening time equal to its closing time',
      (c) => {
        c.businessHours.friday = [{open: '09:00', close: '09:00'}];
      },
      '- supportConfig.businessHours.friday[0].close: opening time must be before closing time',
    ],
    [
      'a malformed opening time',
      (c) => {
        c.businessHours.tuesday = [{open: '9am', close: '17:00'}];
      },
      '- supportConfig.businessHours.tuesday[0].open: must be a 24-hour time HH:mm, such as 09:00',
    ],
    [
      'an interval that opens at 24:00',
      (c) => {
        c.businessHours.tuesday = [{open: '24:00', close: '24:00'}];
      },
      '- supportConfig.businessHours.tuesday[0].open: 24:00 is only a closing time (an interval cannot open at midnight’s end)',
    ],
    [
      'overlapping intervals on one day',
      (c) => {
        c.businessHours.wednesday = [
          {open: '08:00', close: '12:00'},
          {open: '11:00', close: '17:00'},
        ];
      },
      '- supportConfig.businessHours.wednesday[1].open: intervals of a day must be sorted and must not overlap',
    ],
    [
      'a first response aim above its commitment',
      (c) => {
        c.priorities.high.firstResponse = {clock: 'business', aimMinutes: 180, commitmentMinutes: 120};
      },
      '- supportConfig.priorities.high.firstResponse.aimMinutes: aim must not be above the commitment',
    ],
    [
      'a resolution aim above its commitment',
      (c) => {
        c.priorities.low.resolution = {kind: 'businessDays', aimDays: 6, commitmentDays: 5};
      },
      '- supportConfig.priorities.low.resolution.aimDays: aim must not be above the commitment',
    ],
    [
      'a duplicate channel',
      (c) => {
        c.channels.push(structuredClone(c.channels[0]));
      },
      '- supportConfig.channels[6].id: duplicate channel "general" (already at channels[0])',
    ],
    [
      'a malformed email mailbox',
      (c) => {
        const general = c.channels[0];
        if (general.kind === 'email') general.mailbox = 'sup port';
      },
      '- supportConfig.channels[0].mailbox: "sup port@example.com" is not a valid email address',
    ],
    [
      'a malformed domain',
      (c) => {
        c.domain = '[your-domain].com';
      },
      '- supportConfig.domain: must be a domain name such as example.com',
    ],
    [
      'a malformed phone number',
      (c) => {
        const phone = c.channels[2];
        if (phone.kind === 'phone') phone.e164 = '555-123-4567';
      },
      '- supportConfig.channels[2].e164: must be an E.164 phone number such as +15551234567',
    ],
    [
      'a displayed phone number with other digits',
      (c) => {
        const phone = c.channels[2];
        if (phone.kind === 'phone') phone.display = '+1 (555) 123-0000';
      },
      '- supportConfig.channels[2].display: must show the same digits as e164',
    ],
    [
      'a country code in lower case',
      (c) => {
        c.holidays.country = 'us';
      },
      '- supportConfig.holidays.country: must be an ISO 3166-1 alpha-2 country code such as US',
    ],
    [
      'no holiday type',
      (c) => {
        c.holidays.types = [];
      },
      '- supportConfig.holidays.types: must name at least one holiday type',
    ],
    [
      'a holiday type twice',
      (c) => {
        c.holidays.types = ['public', 'public'];
      },
      '- supportConfig.holidays.types: must not name a type twice',
    ],
    [
      'an unknown holiday type',
      (c) => {
        (c.holidays.types as string[]) = ['federal'];
      },
      '- supportConfig.holidays.types[0]: Invalid option: expected one of "public"|"bank"|"school"|"optional"|"observance"',
    ],
    [
      'an addition that is not a calendar date',
      (c) => {
        c.holidays.additions = [{date: '2026-02-30', name: 'Nope'}];
      },
      '- supportConfig.holidays.additions[0].date: must be a calendar date YYYY-MM-DD',
    ],
    [
      'an addition with a date but no name',
      (c) => {
        (c.holidays.additions as unknown[]) = [{date: '2026-12-24'}];
      },
      '- supportConfig.holidays.additions[0]: give {date, name} (a closure on one date) or {holiday} (a holiday of the library by its name, every year)',
    ],
    [
      'the same closure twice',
      (c) => {
        c.holidays.additions = [
          {date: '2026-12-31', name: 'Year-end closure'},
          {date: '2026-12-31', name: 'Inventory'},
        ];
      },
      '- supportConfig.holidays.additions[1].date: duplicate addition "2026-12-31" (already at holidays.additions[0])',
    ],
    [
      'the same removal twice',
      (c) => {
        c.holidays.removals = [{holiday: 'Columbus Day'}, {holiday: 'Columbus Day', reason: 'again'}];
      },
      '- supportConfig.holidays.removals[1].holiday: duplicate removal "Columbus Day" (already at holidays.removals[0])',
    ],
    [
      'a date both added and removed',
      (c) => {
        c.holidays.additions = [{date: '2026-11-27', name: 'Day after Thanksgiving'}];
        c.holidays.removals = [{date: '2026-11-27'}];
      },
      '- supportConfig.holidays.removals[0].date: 2026-11-27 is removed here and added at holidays.additions[0]: keep one of the two',
    ],
    [
      'special hours with a malformed time',
      (c) => {
        c.specialHours = [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '8:00', close: '13:00'}]}];
      },
      '- supportConfig.specialHours[0].hours[0].open: must be a 24-hour time HH:mm, such as 09:00',
    ],
    [
      'special hours that close before they open',
      (c) => {
        c.specialHours = [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '13:00', close: '08:00'}]}];
      },
      '- supportConfig.specialHours[0].hours[0].close: opening time must be before closing time',
    ],
    [
      'special hours that overlap',
      (c) => {
        c.specialHours = [
          {
            date: '2026-12-24',
            name: 'Christmas Eve',
            hours: [
              {open: '08:00', close: '12:00'},
              {open: '11:00', close: '13:00'},
            ],
          },
        ];
      },
      '- supportConfig.specialHours[0].hours[1].open: intervals of a day must be sorted and must not overlap',
    ],
    [
      'special hours without an interval',
      (c) => {
        c.specialHours = [{date: '2026-12-24', name: 'Christmas Eve', hours: []}];
      },
      '- supportConfig.specialHours[0].hours: must have an interval (to close the whole day, add the date to holidays.additions)',
    ],
    [
      'special hours on a date that is not a calendar date',
      (c) => {
        c.specialHours = [{date: '2026-12-32', name: 'Nope', hours: [{open: '08:00', close: '13:00'}]}];
      },
      '- supportConfig.specialHours[0].date: must be a calendar date YYYY-MM-DD',
    ],
    [
      'two special hours on one date',
      (c) => {
        const eve = {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]};
        c.specialHours = [eve, {...eve, name: 'Again'}];
      },
      '- supportConfig.specialHours[1].date: duplicate special date "2026-12-24" (already at specialHours[0])',
    ],
    [
      'special hours on a date closed by an addition',
      (c) => {
        c.holidays.additions = [{date: '2026-12-24', name: 'Company closure'}];
        c.specialHours = [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]}];
      },
      '- supportConfig.specialHours[0].date: 2026-12-24 is also closed all day by holidays.additions[0]: a date has special hours or is closed, not both',
    ],
    [
      'a calendar that looks no year ahead',
      (c) => {
        c.calendarYears = {first: 2026, yearsAhead: 0};
      },
      '- supportConfig.calendarYears.yearsAhead: Too small: expected number to be >=1',
    ],
    [
      'a priority that names an unknown channel',
      (c) => {
        (c.priorities.low.channels as string[]) = ['fax'];
      },
      '- supportConfig.priorities.low.channels[0]: Invalid option: expected one of "general"|"urgent"|"features"|"phone"|"emergency"|"chat"',
    ],
  ])('rejects %s, naming the field', (_name, edit, expected) => {
    expect(messageOf(configWith(edit))).toBe(`Invalid support config:\n${expected}`);
  });

  it('rejects a missing channel, naming it', () => {
    const message = messageOf(configWith((c) => c.channels.splice(5, 1)));
    expect(message).toBe('Invalid support config:\n- supportConfig.channels: channel "features" is missing');
  });

  it('rejects an unknown field instead of ignoring a typo', () => {
    const message = messageOf({...supportConfig, timezone: 'Europe/Berlin'});
    expect(message).toBe('Invalid support config:\n- supportConfig: Unrecognized key: "timezone"');
  });

  it('lists every problem at once, one per line', () => {
    const message = messageOf(
      configWith((c) => {
        c.timeZone = 'Nowhere';
        c.domain = 'not a domain';
      }),
    );
    expect(message.split('\n')).toEqual([
      'Invalid support config:',
      '- supportConfig.domain: must be a domain name such as example.com',
      '- supportConfig.timeZone: must be an IANA time zone name such as America/New_York',
    ]);
  });
});

/**
 * A config the build accepts never crashes a page: every precondition the
 * calendar domain (`src/sla`) throws on is rejected by the build first,
 * naming the field. Each case would otherwise pass the shape checks and
 * throw `SlaInputError` in a widget after load.
 */
describe('parseSupportConfig and the preconditions of the calendar domain', () => {
  const closedWeek = {monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: []};

  it.each<[string, (c: SupportConfig) => void, string]>([
    [
      'business hours with every day closed ("Calendar has no opening hours in any weekday")',
      (c) => {
        c.businessHours = closedWeek;
      },
      '- supportConfig.businessHours: must have opening hours on at least one day of the week (every day is [] now)',
    ],
    [
      'a channel with its own hours, every day closed',
      (c) => {
        const chat = c.channels.find((ch) => ch.id === 'chat')!;
        chat.hours = {kind: 'custom', week: closedWeek};
      },
      '- supportConfig.channels[4].hours.week: must have opening hours on at least one day of the week (every day is [] now)',
    ],
    [
      'a resolution of more business days than the calendar walks ("Business days must be at most 36600")',
      (c) => {
        c.priorities.low.resolution = {kind: 'businessDays', aimDays: 3, commitmentDays: 40_000};
      },
      '- supportConfig.priorities.low.resolution.commitmentDays: must be at most 36600 business days',
    ],
    [
      'a first response target of more minutes than 100 years have',
      (c) => {
        c.priorities.low.firstResponse = {clock: 'business', aimMinutes: 1440, commitmentMinutes: 2_000_000_000};
      },
      '- supportConfig.priorities.low.firstResponse.commitmentMinutes: must be at most 52704000 minutes (100 years)',
    ],
    [
      'a first response the calendar cannot reach within 100 years ("Gave up after walking 36600 days")',
      (c) => {
        c.businessHours = {...closedWeek, monday: [{open: '09:00', close: '09:01'}]};
        c.priorities.low.firstResponse = {clock: 'business', aimMinutes: 1440, commitmentMinutes: 10_000};
      },
      '- supportConfig.priorities.low: the support calendar cannot compute with it: Gave up after walking 36600 days of the calendar (the duration is too long)',
    ],
    [
      'a calendar closed on every business day for ten years by additions ("No opening within 3660 days")',
      (c) => {
        c.businessHours = {...closedWeek, monday: [{open: '09:00', close: '17:00'}]};
        const start = new Date('2026-01-05T12:00:00Z').getTime();
        c.specialHours = [];
        c.holidays.additions = Array.from({length: 600}, (_, i) => ({
          date: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
          name: `Closed ${i}`,
        }));
      },
      '- supportConfig.businessHours: the support calendar cannot compute with it: No opening within 3660 days after',
    ],
  ])('rejects %s, naming the field', (_what, edit, expected) => {
    expect(() => parseSupportConfig(configWith(edit), new Date('2026-01-01T12:00:00Z'))).toThrow(SupportConfigError);
    expect(messageOfAt(configWith(edit), new Date('2026-01-01T12:00:00Z'))).toContain(expected);
  });

  it.each<[string, (c: SupportConfig) => void, string]>([
    [
      'duplicate triage question ids',
      (c) => {
        c.triage[1] = {...c.triage[1]!, id: c.triage[0]!.id};
      },
      `- supportConfig.triage[1].id: duplicate triage question id "system-down" (already at triage[0])`,
    ],
    [
      'a time zone not in its canonical spelling',
      (c) => {
        c.timeZone = 'america/new_york';
      },
      '- supportConfig.timeZone: must be the canonical IANA name "America/New_York"',
    ],
    [
      'a time zone alias',
      (c) => {
        c.timeZone = 'US/Eastern';
      },
      '- supportConfig.timeZone: must be the canonical IANA name "America/New_York"',
    ],
    [
      'a name of spaces only',
      (c) => {
        c.organization.name = '   ';
      },
      '- supportConfig.organization.name: must not be empty or only spaces',
    ],
    [
      'a mailbox longer than 64 characters',
      (c) => {
        const general = c.channels.find((ch) => ch.id === 'general')!;
        if (general.kind === 'email') general.mailbox = 'a'.repeat(65);
      },
      '- supportConfig.channels[0].mailbox: must be at most 64 characters (the local part of an address, RFC 5321)',
    ],
    [
      'an escalation channel that is not an email channel',
      (c) => {
        c.escalation.channel = 'phone';
      },
      '- supportConfig.escalation.channel: must be an email channel: escalations are written (channel "phone" is of kind "phone")',
    ],
  ])('rejects %s, naming the field', (_what, edit, expected) => {
    expect(messageOf(configWith(edit))).toContain(expected);
  });
});

function messageOfAt(value: unknown, now: Date): string {
  try {
    parseSupportConfig(value, now);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}
