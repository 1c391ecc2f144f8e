/**
 * Zod schemas of the deep-link registry and of the two published documents
 * (`/support.json`, `/deep-links.json`), and their JSON Schemas, generated with
 * Zod 4's `z.toJSONSchema` (draft 2020-12) from the same schemas, never written
 * by hand. The support config part is `supportConfigSchema` of
 * `src/data/schema.ts` itself.
 *
 * Node.js only (build plugin and unit tests): components never import this
 * module, so Zod stays out of the browser bundle.
 */
import * as z from 'zod';
import {CHANNEL_IDS, supportConfigSchema} from '../../data/schema';
import {ANCHOR, audienceSchema, deepLinkSchema, kindSchema} from '../../data/deepLinks.schema';
import {
  DEEP_LINKS_DOCUMENT_VERSION,
  PUBLIC_FILES,
  SUPPORT_DOCUMENT_VERSION,
  type DeepLinksDocument,
  type SupportDocument,
} from '../../facts/publicData';
import type {ContactRow} from '../../facts/channels';
import type {PriorityRow} from '../../facts/priorities';
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';

const priorityIdSchema = z.enum(PRIORITY_IDS as [PriorityId, ...PriorityId[]]);
const channelIdSchema = z.enum(CHANNEL_IDS);

const contactRowSchema = z
  .object({
    id: channelIdSchema,
    label: z.string().meta({description: 'Contact type, e.g. "General Support".'}),
    method: z
      .string()
      .meta({description: 'What is shown as the method: email address, phone number or chat location.'}),
    href: z.string().optional().meta({description: '`mailto:` or `tel:` URL; absent for chat.'}),
    response: z.string().meta({description: 'Expected response, e.g. "4-8 business hours (Medium priority target)".'}),
    hours: z.string().meta({description: 'When the channel is staffed, with the support time zone.'}),
    bestFor: z.string(),
    responsePriority: priorityIdSchema
      .optional()
      .meta({description: 'The priority whose first response target `response` is.'}),
  })
  .strict() satisfies z.ZodType<ContactRow>;

const priorityRowSchema = z
  .object({
    id: priorityIdSchema,
    label: z.string(),
    summary: z.string(),
    examples: z.array(z.string()),
    firstResponse: z.string().meta({description: 'First response time target, e.g. "1-2 business hours".'}),
    resolution: z.string().meta({description: 'Resolution time goal, e.g. "Same or next business day".'}),
    clock: z
      .string()
      .meta({description: 'The clock the first response target counts: business hours or calendar hours (24/7).'}),
    coverage: z.string(),
    channels: z.array(channelIdSchema).meta({description: 'Channels to use for this priority, preferred first.'}),
  })
  .strict() satisfies z.ZodType<PriorityRow>;

const calendarDateSchema = z.iso
  .date()
  .meta({description: 'A local calendar date YYYY-MM-DD in the support time zone.'});
const wallClockSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/)
  .meta({description: 'Local wall-clock time HH:mm (24:00 is midnight at the end of the day).'});

const publishedCalendarSchema = z
  .object({
    years: z.object({from: z.number().int(), to: z.number().int()}).strict().meta({
      description: 'First and last year covered, inclusive; the priority picker accepts submission times in them.',
    }),
    holidays: z
      .array(z.object({date: calendarDateSchema, name: z.string().min(1)}).strict())
      .meta({description: 'Closed dates (rule holidays and additions, without removals), sorted.'}),
    specialHours: z
      .array(
        z
          .object({
            date: calendarDateSchema,
            name: z.string().min(1),
            hours: z.array(z.object({open: wallClockSchema, close: wallClockSchema}).strict()),
          })
          .strict(),
      )
      .meta({description: 'Dates open during their own intervals instead of the weekday hours, sorted.'}),
    feed: z
      .literal(PUBLIC_FILES.calendar)
      .meta({description: 'The same calendar as iCalendar (RFC 5545), relative to the base URL.'}),
  })
  .strict();

/** The schema of `/support.json`. */
export const supportDocumentSchema = z
  .object({
    version: z.literal(SUPPORT_DOCUMENT_VERSION),
    config: supportConfigSchema.meta({
      description:
        'The support config (src/data/supportConfig.ts). Times are local wall-clock HH:mm in timeZone (an IANA name); holidays are rules (country, types, additions, removals) resolved to dates in calendar; special hours are local calendar dates; targets are in minutes (first response) and business days (resolution).',
    }),
    calendar: publishedCalendarSchema.meta({
      description:
        'The support calendar resolved to dates by the build: from calendarYears.first to calendarYears.yearsAhead years after the build year.',
    }),
    rendered: z
      .object({channels: z.array(contactRowSchema), priorities: z.array(priorityRowSchema)})
      .strict()
      .meta({description: 'The texts the site renders from config, for display without recomputing them.'}),
  })
  .strict()
  .meta({
    title: 'Support data',
    description: `Contacts, business hours, holidays and special hours, priorities and SLA targets of the help center, version ${SUPPORT_DOCUMENT_VERSION}.`,
  }) satisfies z.ZodType<SupportDocument>;

const publishedDeepLinkSchema = z
  .object({
    id: deepLinkSchema.shape.id,
    title: z.string().min(1),
    audience: audienceSchema,
    kind: kindSchema,
    path: z
      .string()
      .regex(/^\//, 'must start with /')
      .meta({description: 'Absolute path with the base URL and the #anchor.'}),
    url: z.url().meta({description: 'Full URL: siteUrl followed by path.'}),
    anchor: z.string().regex(ANCHOR).optional().meta({description: 'The element id the link scrolls to.'}),
  })
  .strict();

/** The schema of `/deep-links.json`. */
export const deepLinksDocumentSchema = z
  .object({
    version: z.literal(DEEP_LINKS_DOCUMENT_VERSION),
    siteUrl: z.url(),
    // Plain patterns: Zod's startsWith/endsWith become non-standard JSON Schema formats.
    baseUrl: z.string().regex(/^\/(?:.*\/)?$/, 'must start and end with /'),
    links: z.array(publishedDeepLinkSchema),
  })
  .strict()
  .meta({
    title: 'Help center deep links',
    description: `Every place in the help center that may be linked to, with stable ids, version ${DEEP_LINKS_DOCUMENT_VERSION}.`,
  }) satisfies z.ZodType<DeepLinksDocument>;

/** The JSON Schema (draft 2020-12) of `/support.json`, generated from {@link supportDocumentSchema}. */
export function supportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(supportDocumentSchema);
}

/** The JSON Schema (draft 2020-12) of `/deep-links.json`, generated from {@link deepLinksDocumentSchema}. */
export function deepLinksJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deepLinksDocumentSchema);
}
