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
import {AUDIENCES, DEEP_LINK_KINDS, type DeepLink} from '../../data/deepLinks';
import {PUBLIC_DATA_VERSION, type DeepLinksDocument, type SupportDocument} from '../../data/publicData';
import type {ContactRow, PriorityRow} from '../../data/facts';
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';

/** A registry id: dotted lowercase slugs, e.g. `client.faq.my-link-expired`. */
const DEEP_LINK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** A route: `/` or `/segment/segment`, lowercase, no trailing slash, no query, no hash. */
const ROUTE = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/;
/** An element id usable in a URL hash without encoding. */
const ANCHOR = /^[a-z][a-z0-9-]*$/;

const priorityIdSchema = z.enum(PRIORITY_IDS as [PriorityId, ...PriorityId[]]);
const channelIdSchema = z.enum(CHANNEL_IDS);
const audienceSchema = z.enum(AUDIENCES);
const kindSchema = z.enum(DEEP_LINK_KINDS);

/** One entry of the deep-link registry (`src/data/deepLinks.ts`). */
export const deepLinkSchema = z
  .object({
    id: z.string().regex(DEEP_LINK_ID, 'must be dotted lowercase slugs such as client.pdf-download-failing'),
    route: z
      .string()
      .regex(ROUTE, 'must be a route such as /clients/troubleshooting (no trailing slash, query or hash)'),
    anchor: z.string().regex(ANCHOR, 'must be an element id such as pdf-download-failing (no #)').optional(),
    title: z.string().min(1),
    audience: audienceSchema,
    kind: kindSchema,
  })
  .strict()
  .refine((l) => (l.kind === 'page') === (l.anchor === undefined), {
    message: 'a "page" entry has no anchor, and every other kind has one',
    path: ['anchor'],
  }) satisfies z.ZodType<DeepLink>;

/**
 * Thrown when the registry is invalid: `message` lists every problem, one per
 * line, each naming the entry by id (and its index).
 */
export class DeepLinkRegistryError extends Error {
  override name = 'DeepLinkRegistryError';
}

/**
 * Validates the registry: each entry's shape, and that no two entries share
 * an id.
 *
 * @param links - the registry (`DEEP_LINKS`).
 * @returns the same list.
 * @throws {DeepLinkRegistryError} naming each bad entry, e.g.
 *   `- deep link "client.pdf-download-failing" (DEEP_LINKS[12]): duplicate id (already DEEP_LINKS[5])`.
 */
export function parseDeepLinks(links: readonly unknown[]): readonly DeepLink[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  links.forEach((value, index) => {
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '?';
    const name = `deep link "${id}" (DEEP_LINKS[${index}])`;
    const result = deepLinkSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`- ${name}.${issue.path.join('.')}: ${issue.message}`);
    }
    const first = seen.get(id);
    if (first !== undefined) problems.push(`- ${name}: duplicate id (already DEEP_LINKS[${first}])`);
    else seen.set(id, index);
  });
  if (problems.length > 0)
    throw new DeepLinkRegistryError(`Invalid deep-link registry (src/data/deepLinks.ts):\n${problems.join('\n')}`);
  return links as readonly DeepLink[];
}

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

/** The schema of `/support.json`. */
export const supportDocumentSchema = z
  .object({
    version: z.literal(PUBLIC_DATA_VERSION),
    config: supportConfigSchema.meta({
      description:
        'The support config (src/data/supportConfig.ts). Times are local wall-clock HH:mm in timeZone (an IANA name); holidays are local calendar dates; targets are in minutes (first response) and business days (resolution).',
    }),
    rendered: z
      .object({channels: z.array(contactRowSchema), priorities: z.array(priorityRowSchema)})
      .strict()
      .meta({description: 'The texts the site renders from config, for display without recomputing them.'}),
  })
  .strict()
  .meta({
    title: 'Support data',
    description: 'Contacts, business hours, holidays, priorities and SLA targets of the help center, version 1.',
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
    version: z.literal(PUBLIC_DATA_VERSION),
    siteUrl: z.url(),
    // Plain patterns: Zod's startsWith/endsWith become non-standard JSON Schema formats.
    baseUrl: z.string().regex(/^\/(?:.*\/)?$/, 'must start and end with /'),
    links: z.array(publishedDeepLinkSchema),
  })
  .strict()
  .meta({
    title: 'Help center deep links',
    description: 'Every place in the help center that may be linked to, with stable ids, version 1.',
  }) satisfies z.ZodType<DeepLinksDocument>;

/** The JSON Schema (draft 2020-12) of `/support.json`, generated from {@link supportDocumentSchema}. */
export function supportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(supportDocumentSchema);
}

/** The JSON Schema (draft 2020-12) of `/deep-links.json`, generated from {@link deepLinksDocumentSchema}. */
export function deepLinksJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deepLinksDocumentSchema);
}
