/**
 * The schema of the support config (`supportConfig.ts`), with Zod.
 *
 * The build validates the config with {@link parseSupportConfig}; an invalid
 * value fails `npm run build` with a message naming the field. The JSON Schema
 * published at `/support.schema.json` is generated from this schema.
 *
 * Runs in Node.js at build time and in unit tests. Components import only the
 * types from here (`import type`), so Zod never reaches the browser bundle.
 */
import * as z from 'zod';
import {IANAZone} from 'luxon';
import {assertValidCalendar, MAX_WALK_DAYS, nextOpening, SlaInputError} from '../sla/calendar';
import {computeTargets} from '../sla/targets';
import {describeResolutionTarget, describeResponseTarget} from '../sla/wording';
import {
  PRIORITY_IDS,
  WEEKDAYS,
  type BusinessCalendar,
  type PriorityId,
  type Weekday,
  type WeeklyHours,
} from '../sla/types';
import {minutesOfDay, timeOfDayProblem, type TimeOfDayRole} from '../sla/timeOfDay';

/** The contact channels, each exactly once in `channels`. */
export const CHANNEL_IDS = ['general', 'urgent', 'features', 'phone', 'emergency', 'chat'] as const;

/**
 * A contact channel's id.
 * - `general`: the primary support email address.
 * - `urgent`: the priority email address, also the escalation route.
 * - `features`: the feature-request email address.
 * - `phone`: the main support phone line (business hours).
 * - `emergency`: the 24/7 emergency phone line (critical outages only).
 * - `chat`: live chat in the operator dashboard.
 */
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** The channels that are email addresses. */
export type EmailChannelId = 'general' | 'urgent' | 'features';
/** The channels that are phone lines. */
export type PhoneChannelId = 'phone' | 'emergency';

/** The kind each channel id must have, so that `<Email channel="general" />` always finds an address. */
export const CHANNEL_KINDS: Readonly<Record<ChannelId, 'email' | 'phone' | 'chat'>> = {
  general: 'email',
  urgent: 'email',
  features: 'email',
  phone: 'phone',
  emergency: 'phone',
  chat: 'chat',
};

const E164 = /^\+[1-9]\d{6,14}$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Longest first response target accepted, in minutes: the calendar walks at most {@link MAX_WALK_DAYS} days. */
const MAX_TARGET_MINUTES = MAX_WALK_DAYS * 1440;

/** A text a reader sees: at least one character that is not a space. */
function text() {
  return z.string().refine((value) => value.trim() !== '', {message: 'must not be empty or only spaces'});
}

/** A time of day that opens (`HH:mm`) or closes (`HH:mm` or `24:00`) an interval, read by the domain's parser. */
function timeOfDay(role: TimeOfDayRole) {
  return z.string().superRefine((value, ctx) => {
    const problem = timeOfDayProblem(value, role);
    if (problem) ctx.addIssue({code: 'custom', message: problem});
  });
}

const intervalSchema = z
  .object({open: timeOfDay('open'), close: timeOfDay('close')})
  .strict()
  .refine(
    (i) => {
      const open = minutesOfDay(i.open, 'open');
      const close = minutesOfDay(i.close, 'close');
      return open === undefined || close === undefined || open < close;
    },
    {message: 'opening time must be before closing time', path: ['close']},
  );

const dayIntervalsSchema = z.array(intervalSchema).superRefine((intervals, ctx) => {
  for (let i = 1; i < intervals.length; i += 1) {
    const open = minutesOfDay(intervals[i].open, 'open');
    const previousClose = minutesOfDay(intervals[i - 1].close, 'close');
    if (open !== undefined && previousClose !== undefined && open < previousClose) {
      ctx.addIssue({
        code: 'custom',
        message: 'intervals of a day must be sorted and must not overlap',
        path: [i, 'open'],
      });
    }
  }
});

/** Opening intervals per weekday, with at least one in the week (the calendar needs an opening to count towards). */
const weeklyHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, dayIntervalsSchema])) as Record<Weekday, typeof dayIntervalsSchema>,
  )
  .strict()
  .refine((week) => WEEKDAYS.some((d) => week[d].length > 0), {
    message: 'must have opening hours on at least one day of the week (every day is [] now)',
  });

/** The canonical spelling of a valid IANA zone (`America/New_York` for `america/new_york` or `US/Eastern`). */
function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', {timeZone: zone}).resolvedOptions().timeZone;
}

const timeZoneSchema = z.string().superRefine((zone, ctx) => {
  if (!IANAZone.isValidZone(zone)) {
    ctx.addIssue({code: 'custom', message: 'must be an IANA time zone name such as America/New_York'});
  } else if (canonicalZone(zone) !== zone) {
    ctx.addIssue({code: 'custom', message: `must be the canonical IANA name "${canonicalZone(zone)}"`});
  }
});

const isoDateSchema = z.iso.date({message: 'must be a calendar date YYYY-MM-DD'});

/**
 * The holiday types of the `date-holidays` library, from its README
 * ("Types of holidays"): `public` (public holiday), `bank` (bank holiday,
 * banks and offices are closed), `school` (school holiday), `optional`
 * (majority of people take a day off), `observance` (optional festivity, no
 * paid day off).
 */
export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;
/** One holiday type of the `date-holidays` library (see {@link HOLIDAY_TYPES}). */
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/** A closure on one date, or a holiday of the library by its name (every year). */
const additionSchema = z.union(
  [
    z
      .object({
        /** The closed local date, `YYYY-MM-DD`. */
        date: isoDateSchema,
        /** Its name as readers see it, for example `Company retreat`. */
        name: z.string().min(1),
      })
      .strict(),
    z
      .object({
        /** A holiday of the library for the country and region, by its English name, e.g. `Day after Thanksgiving Day`. */
        holiday: z.string().min(1),
      })
      .strict(),
  ],
  {error: 'give {date, name} (a closure on one date) or {holiday} (a holiday of the library by its name, every year)'},
);

/** A rule holiday the team works: on one date, or by its name (every year). */
const removalSchema = z.union(
  [
    z
      .object({
        /** The local date, `YYYY-MM-DD`, of a holiday the rules give. */
        date: isoDateSchema,
        /** Why it is worked, for the config's readers. */
        reason: z.string().min(1).optional(),
      })
      .strict(),
    z
      .object({
        /** A holiday the rules give, by its English name, e.g. `Columbus Day`; its substitute days go too. */
        holiday: z.string().min(1),
        /** Why it is worked, for the config's readers. */
        reason: z.string().min(1).optional(),
      })
      .strict(),
  ],
  {
    error:
      'give {date} (a holiday of the rules on one date) or {holiday} (a holiday of the rules by its name, every year)',
  },
);

const holidayRulesSchema = z
  .object({
    /** ISO 3166-1 alpha-2 country code, as `date-holidays` names it, e.g. `US`. */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US'),
    /** A region of the country (`date-holidays` "state"), e.g. `NY`; absent for the country's own holidays. */
    region: z
      .string()
      .regex(/^[A-Z0-9]{1,3}$/, 'must be a region code such as NY')
      .optional(),
    /** Which holiday types count as closed days. */
    types: z
      .array(z.enum(HOLIDAY_TYPES))
      .min(1, 'must name at least one holiday type')
      .refine((t) => new Set(t).size === t.length, {message: 'must not name a type twice'}),
    /**
     * A holiday's substitute day (a Saturday holiday observed on the Friday
     * before, as the library computes it): `instead` closes the substitute
     * day instead of the holiday's own date (US federal practice); `also`
     * closes both.
     */
    substitutes: z.enum(['instead', 'also']),
    /** Closures the rules do not have. */
    additions: z.array(additionSchema),
    /** Holidays of the rules that the team works. */
    removals: z.array(removalSchema),
  })
  .strict();

const specialHoursSchema = z
  .object({
    /** The local date, `YYYY-MM-DD`, in the support time zone. */
    date: isoDateSchema,
    /** What readers see, e.g. `Christmas Eve`. */
    name: z.string().min(1),
    /** That date's opening intervals, instead of the weekday's; validated like the weekly hours. */
    hours: dayIntervalsSchema.min(
      1,
      'must have an interval (to close the whole day, add the date to holidays.additions)',
    ),
  })
  .strict();

/**
 * The years the support calendar covers: from a fixed first year (when the
 * support desk started: links to older requests are not expected) to some
 * years after the year of the build in the support time zone, so each build
 * moves the end forward and the calendar never runs out.
 */
const calendarYearsSchema = z
  .object({
    /** The first year covered, e.g. 2026. Not after the build year (checked at build time). */
    first: z.number().int().min(1970).max(2200),
    /** Years after the build year, e.g. 10: a build in 2026 covers up to 2036. */
    yearsAhead: z.number().int().min(1).max(50),
  })
  .strict();

const hoursSchema = z.discriminatedUnion('kind', [
  /** The support business hours and holidays of the config. */
  z.object({kind: z.literal('business')}).strict(),
  /** Every minute of every day. */
  z.object({kind: z.literal('24/7')}).strict(),
  /** Own weekly hours in the support time zone; support holidays still apply. */
  z.object({kind: z.literal('custom'), week: weeklyHoursSchema}).strict(),
]);

const priorityIdSchema = z.enum(PRIORITY_IDS as [PriorityId, ...PriorityId[]]);
const channelIdSchema = z.enum(CHANNEL_IDS);

const responseSchema = z.discriminatedUnion('kind', [
  /** Expected response is that priority's first response target (never repeated). */
  z.object({kind: z.literal('priority'), priority: priorityIdSchema}).strict(),
  /** Answered live while the channel is open. */
  z.object({kind: z.literal('live')}).strict(),
]);

const channelBase = {
  id: channelIdSchema,
  label: text(),
  hours: hoursSchema,
  response: responseSchema,
  bestFor: z.array(text()).min(1),
  include: z.array(text()).optional(),
  notes: z.array(text()).optional(),
};

const emailChannelSchema = z
  .object({
    ...channelBase,
    kind: z.literal('email'),
    /** The part before `@`; the address is `mailbox@domain`. */
    mailbox: text().refine((m) => m.length <= 64, {
      message: 'must be at most 64 characters (the local part of an address, RFC 5321)',
    }),
    /** The subject of mail the site opens to this address when nothing more specific applies, e.g. `Feature request`. */
    subject: text().optional(),
  })
  .strict();

const phoneChannelSchema = z
  .object({
    ...channelBase,
    kind: z.literal('phone'),
    /** The number in E.164, for `tel:` links. */
    e164: z.string().regex(E164, 'must be an E.164 phone number such as +15551234567'),
    /** The number as people read it; the same digits as `e164`. */
    display: text(),
  })
  .strict()
  .refine((c) => !E164.test(c.e164) || c.display.replace(/\D/g, '') === c.e164.replace(/\D/g, ''), {
    message: 'must show the same digits as e164',
    path: ['display'],
  });

const chatChannelSchema = z
  .object({
    ...channelBase,
    kind: z.literal('chat'),
    /** Where the chat is found. */
    location: text(),
  })
  .strict();

const responseTargetSchema = z
  .object({
    clock: z.enum(['business', 'calendar']),
    aimMinutes: z
      .number()
      .int()
      .positive()
      .max(MAX_TARGET_MINUTES, `must be at most ${MAX_TARGET_MINUTES} minutes (100 years)`),
    commitmentMinutes: z
      .number()
      .int()
      .positive()
      .max(MAX_TARGET_MINUTES, `must be at most ${MAX_TARGET_MINUTES} minutes (100 years)`),
  })
  .strict()
  .refine((t) => t.aimMinutes <= t.commitmentMinutes, {
    message: 'aim must not be above the commitment',
    path: ['aimMinutes'],
  });

const resolutionTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('businessDays'),
      aimDays: z.number().int().nonnegative().max(MAX_WALK_DAYS, `must be at most ${MAX_WALK_DAYS} business days`),
      commitmentDays: z
        .number()
        .int()
        .nonnegative()
        .max(MAX_WALK_DAYS, `must be at most ${MAX_WALK_DAYS} business days`),
    })
    .strict()
    .refine((t) => t.aimDays <= t.commitmentDays, {
      message: 'aim must not be above the commitment',
      path: ['aimDays'],
    }),
  z.object({kind: z.literal('continuous')}).strict(),
]);

const prioritySchema = z
  .object({
    label: text(),
    summary: text(),
    examples: z.array(text()).min(1),
    firstResponse: responseTargetSchema,
    resolution: resolutionTargetSchema,
    coverage: text(),
    /**
     * Channels to use for this priority, preferred first. The route rule: the
     * first email channel is where a request goes; a phone channel listed
     * before it is to be called first (Critical: the emergency line).
     */
    channels: z.array(channelIdSchema).min(1),
    /** The word that starts the subject line of a request of this priority, for example `URGENT`. */
    subjectTag: z
      .string()
      .regex(/^[A-Z][A-Z0-9]*(?: [A-Z0-9]+)*$/, 'must be a word in capitals such as URGENT')
      .optional(),
  })
  .strict();

const triageQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be a lowercase slug'),
    question: text(),
    priority: priorityIdSchema,
    reason: text(),
  })
  .strict();

/** The schema of the whole support config. */
export const supportConfigSchema = z
  .object({
    organization: z.object({name: text(), product: text()}).strict(),
    /** Domain of the support email addresses, for example `example.com`. */
    domain: z.string().regex(DOMAIN, 'must be a domain name such as example.com'),
    /** IANA name of the support time zone. */
    timeZone: timeZoneSchema,
    businessHours: weeklyHoursSchema,
    /** The holiday rules (country, region, types), additions and removals; resolved to dates at build time. */
    holidays: holidayRulesSchema,
    /** Dates with their own opening intervals. */
    specialHours: z.array(specialHoursSchema),
    /** The window of years the build resolves the calendar for (and the priority picker accepts). */
    calendarYears: calendarYearsSchema,
    channels: z.array(z.discriminatedUnion('kind', [emailChannelSchema, phoneChannelSchema, chatChannelSchema])),
    priorities: z
      .object(
        Object.fromEntries(PRIORITY_IDS.map((p) => [p, prioritySchema])) as Record<PriorityId, typeof prioritySchema>,
      )
      .strict(),
    triage: z.array(triageQuestionSchema).min(1),
    escalation: z
      .object({
        channel: channelIdSchema,
        subjectKeyword: text(),
        when: z.array(text()).min(1),
        how: z.array(text()).min(1),
      })
      .strict(),
    tiers: z.array(z.object({name: text(), scope: text()}).strict()).min(1),
    expertise: z.array(z.object({team: text(), scope: text()}).strict()),
    languages: z.object({primary: text(), additional: z.array(text())}).strict(),
    activationLink: z
      .object({
        /** How long an activation link stays valid after the operator generates it, in whole hours. */
        validityHours: z.number().int().positive(),
      })
      .strict(),
    availability: z
      .object({
        /** System uptime goal, percent per calendar month. */
        uptimeGoalPercent: z.number().gt(0).lte(100),
        /** Minutes between status updates during emergency maintenance. */
        emergencyUpdateIntervalMinutes: z.number().int().positive(),
      })
      .strict(),
    /** Reader feedback ("Did this solve your problem?") and its report (`npm run report`). */
    feedback: z
      .object({
        /**
         * Same-origin path of the event beacon that nginx answers with `empty_gif` and writes to the event
         * log (`deploy/nginx.conf`, `location = /e.gif`), starting with `/`.
         */
        eventPath: z.string().regex(/^\/[a-z0-9._-]+$/, 'must be a path such as /e.gif'),
        /** Helpful rate (Yes votes / all votes, 0 to 1) below which the report flags a section. */
        helpfulThreshold: z.number().gt(0).lt(1),
        /** Votes a section needs before the report may flag it (fewer votes say too little). */
        minVotes: z.number().int().positive(),
      })
      .strict(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Map<string, number>();
    config.channels.forEach((channel, index) => {
      const first = seen.get(channel.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate channel "${channel.id}" (already at channels[${first}])`,
          path: ['channels', index, 'id'],
        });
      } else {
        seen.set(channel.id, index);
      }
      if (CHANNEL_KINDS[channel.id] !== channel.kind) {
        ctx.addIssue({
          code: 'custom',
          message: `channel "${channel.id}" must be of kind "${CHANNEL_KINDS[channel.id]}"`,
          path: ['channels', index, 'kind'],
        });
      }
      // An invalid domain is reported once, on `domain`, not once per address.
      if (
        channel.kind === 'email' &&
        DOMAIN.test(config.domain) &&
        !z.email().safeParse(`${channel.mailbox}@${config.domain}`).success
      ) {
        ctx.addIssue({
          code: 'custom',
          message: `"${channel.mailbox}@${config.domain}" is not a valid email address`,
          path: ['channels', index, 'mailbox'],
        });
      }
    });
    for (const id of CHANNEL_IDS) {
      if (!seen.has(id)) {
        ctx.addIssue({code: 'custom', message: `channel "${id}" is missing`, path: ['channels']});
      }
    }
    const checkRef = (id: string, path: (string | number)[]) => {
      if (!seen.has(id)) ctx.addIssue({code: 'custom', message: `unknown channel "${id}"`, path});
    };
    PRIORITY_IDS.forEach((p) =>
      config.priorities[p].channels.forEach((c, i) => checkRef(c, ['priorities', p, 'channels', i])),
    );
    checkRef(config.escalation.channel, ['escalation', 'channel']);
    const escalationTo = config.channels.find((c) => c.id === config.escalation.channel);
    if (escalationTo && escalationTo.kind !== 'email') {
      ctx.addIssue({
        code: 'custom',
        message: `must be an email channel: escalations are written (channel "${escalationTo.id}" is of kind "${escalationTo.kind}")`,
        path: ['escalation', 'channel'],
      });
    }
    const triageIds = new Map<string, number>();
    config.triage.forEach((q, i) => {
      const first = triageIds.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate triage question id "${q.id}" (already at triage[${first}])`,
          path: ['triage', i, 'id'],
        });
      } else {
        triageIds.set(q.id, i);
      }
    });
    checkCalendarEntries(config, ctx);
  });

/**
 * The cross-entry rules of holidays and special hours that need no holiday
 * library: no date or name twice in one list, no date both added and
 * removed, no special date that is also a closure. (What needs the library,
 * such as a removal that names no holiday of the rules, is checked at build
 * time by `resolveSupportCalendar` in `src/facts/supportCalendar.ts`.)
 */
function checkCalendarEntries(
  config: {
    holidays: z.infer<typeof holidayRulesSchema>;
    specialHours: z.infer<typeof specialHoursSchema>[];
  },
  ctx: z.RefinementCtx,
): void {
  const {additions, removals} = config.holidays;
  const firstIndex = (
    list: readonly object[],
    key: 'date' | 'holiday',
    what: string,
    path: (string | number)[],
  ): Map<string, number> => {
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      const value = (entry as Record<string, unknown>)[key];
      if (typeof value !== 'string') return;
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate ${what} ${JSON.stringify(value)} (already at ${formatPath([...path, first], '')})`,
          path: [...path, i, key],
        });
      } else {
        seen.set(value, i);
      }
    });
    return seen;
  };
  const addedDates = firstIndex(additions, 'date', 'addition', ['holidays', 'additions']);
  const addedNames = firstIndex(additions, 'holiday', 'addition', ['holidays', 'additions']);
  const removedDates = firstIndex(removals, 'date', 'removal', ['holidays', 'removals']);
  const removedNames = firstIndex(removals, 'holiday', 'removal', ['holidays', 'removals']);
  firstIndex(config.specialHours, 'date', 'special date', ['specialHours']);
  for (const [date, i] of removedDates) {
    const added = addedDates.get(date);
    if (added !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${date} is removed here and added at holidays.additions[${added}]: keep one of the two`,
        path: ['holidays', 'removals', i, 'date'],
      });
    }
  }
  for (const [name, i] of removedNames) {
    const added = addedNames.get(name);
    if (added !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(name)} is removed here and added at holidays.additions[${added}]: keep one of the two`,
        path: ['holidays', 'removals', i, 'holiday'],
      });
    }
  }
  config.specialHours.forEach((entry, i) => {
    const added = addedDates.get(entry.date);
    if (added !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${entry.date} is also closed all day by holidays.additions[${added}]: a date has special hours or is closed, not both`,
        path: ['specialHours', i, 'date'],
      });
    }
  });
}

/** The validated support config. See `supportConfig.ts` for the values. */
export type SupportConfig = z.infer<typeof supportConfigSchema>;
/** One contact channel of the config. */
export type Channel = SupportConfig['channels'][number];
/** One priority's definition: label, examples, targets, coverage, channels. */
export type PriorityDefinition = SupportConfig['priorities'][PriorityId];
/** The holiday rules of the config: country, region, types, substitute days, additions, removals. */
export type HolidayRules = SupportConfig['holidays'];
/** One addition: a closure on a date, or a library holiday by name. */
export type HolidayAddition = HolidayRules['additions'][number];
/** One removal: a rule holiday on a date, or by name. */
export type HolidayRemoval = HolidayRules['removals'][number];
/** The years the calendar covers, relative to the build year. */
export type CalendarYears = SupportConfig['calendarYears'];

/**
 * Thrown by {@link parseSupportConfig} when the config is invalid. `message`
 * lists every problem, one per line, each naming its field as a path such as
 * `supportConfig.channels[1].mailbox`.
 */
export class SupportConfigError extends Error {
  override name = 'SupportConfigError';
}

/**
 * Validates a support config: its shape and rules (the schema), then that
 * the calendar domain can compute with it (see `slaProblems`), so a config
 * the build accepts never crashes a page.
 *
 * @param value - the config, usually `supportConfig` from `supportConfig.ts`.
 * @param now - the instant the targets are computed for in the domain check (the build's time by default).
 * @returns the value typed as {@link SupportConfig} (unchanged).
 * @throws {SupportConfigError} listing each invalid field, for example
 *   `Invalid support config:\n- supportConfig.timeZone: must be an IANA time zone name such as America/New_York`.
 */
export function parseSupportConfig(value: unknown, now: Date = new Date()): SupportConfig {
  const result = supportConfigSchema.safeParse(value);
  const problems: ConfigIssue[] = result.success ? slaProblems(result.data, now) : result.error.issues;
  if (problems.length === 0 && result.success) return result.data;
  throw supportConfigError(problems);
}

/** A problem of one config field: its path from the config root and what is wrong. */
export interface ConfigIssue {
  /** Path from the config root, for example `['holidays', 'removals', 0, 'date']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, for example `2026-10-13 is not a holiday of the rules`. */
  readonly message: string;
}

/**
 * The error {@link parseSupportConfig} throws, for problems found elsewhere
 * too (the build's holiday resolution): the same message format, one line
 * per issue, each naming its field.
 *
 * @param issues - at least one issue.
 * @returns a {@link SupportConfigError} with the message
 *   `Invalid support config:\n- supportConfig.<path>: <message>` per issue.
 */
export function supportConfigError(issues: readonly ConfigIssue[]): SupportConfigError {
  const lines = issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
  return new SupportConfigError(`Invalid support config:\n${lines.join('\n')}`);
}

/**
 * A way to run checks of the calendar domain on a config: `attempt(path,
 * run)` runs `run`, and an `SlaInputError` it throws becomes a problem on
 * `path` (`the support calendar cannot compute with it: …`); any other error
 * is thrown on. Shared by {@link parseSupportConfig} and the build's check of
 * the resolved calendar (`src/plugins/support-calendar/load.ts`).
 */
export function domainChecks(): {problems: ConfigIssue[]; attempt: (path: PropertyKey[], run: () => void) => void} {
  const problems: ConfigIssue[] = [];
  const attempt = (path: PropertyKey[], run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof SlaInputError)) throw error;
      problems.push({path, message: `the support calendar cannot compute with it: ${error.message}`});
    }
  };
  return {problems, attempt};
}

/**
 * What the calendar domain cannot compute with in a config the schema
 * accepts: each calendar of the config (the support business hours with the
 * config's special hours, and every channel's own hours) is validated by
 * `assertValidCalendar`, and each priority's targets are computed for a
 * request sent at `now` and worded as the pages word them. Any
 * `SlaInputError` (a calendar closed for ten years, a walk that gives up)
 * becomes a problem naming the field, so an accepted config never throws on
 * a page. The holidays are rules here: the build resolves them with the
 * holiday library and runs the same checks on the resolved calendar
 * (`loadSupportCalendar` in `src/plugins/support-calendar/load.ts`).
 */
function slaProblems(config: SupportConfig, now: Date): ConfigIssue[] {
  const {problems, attempt} = domainChecks();
  // The dated closures are dates already; the rule holidays come from the library at build time.
  const closures = config.holidays.additions.flatMap((a) => ('date' in a ? [{date: a.date, name: a.name}] : []));
  // The schema's own checks passed (this runs on a parsed config): no special date is also a closure.
  const {specialHours} = config;
  attempt(['businessHours'], () => {
    const calendar: BusinessCalendar = {
      kind: 'business',
      timeZone: config.timeZone,
      week: config.businessHours,
      holidays: closures,
      specialHours,
    };
    assertValidCalendar(calendar);
    nextOpening(calendar, now);
  });
  config.channels.forEach((channel, i) => {
    // Channels on the support business hours share the calendar checked above.
    const hours: WeeklyHours | null = channel.hours.kind === 'custom' ? channel.hours.week : null;
    if (!hours) return;
    attempt(['channels', i, 'hours'], () => {
      const calendar: BusinessCalendar = {kind: 'business', timeZone: config.timeZone, week: hours, holidays: closures};
      assertValidCalendar(calendar);
      nextOpening(calendar, now);
    });
  });
  if (problems.length > 0) return problems;
  const sla = {...config, holidays: closures, specialHours};
  for (const p of PRIORITY_IDS) {
    attempt(['priorities', p], () => {
      computeTargets(p, now, sla);
      describeResponseTarget(config.priorities[p].firstResponse);
      describeResolutionTarget(config.priorities[p].resolution);
    });
  }
  return problems;
}

/** A field path as text: `supportConfig.channels[1].mailbox`, or `channels[1].mailbox` with the root `''`. */
function formatPath(path: readonly PropertyKey[], root = 'supportConfig'): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`),
    root,
  );
}
