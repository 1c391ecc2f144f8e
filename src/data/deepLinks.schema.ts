/**
 * The schema of the deep-link registry (`deepLinks.ts`), with Zod: the shape
 * of each entry and unique ids. The build validates the registry with
 * {@link parseDeepLinks} and fails naming each bad entry; the schema of the
 * published `/deep-links.json` (`src/plugins/support-data/schemas.ts`) reuses
 * its patterns.
 *
 * Node.js only (build plugin and unit tests): components never import this
 * module, so Zod stays out of the browser bundle.
 *
 * @module
 */
import * as z from 'zod';
import {STATUS_COMPONENT_IDS} from './statusComponents';
import {PRIORITY_IDS, type PriorityId} from '../sla/types';
import {AUDIENCES, DEEP_LINK_KINDS, ISSUE_KINDS, type DeepLink} from './deepLinks';

/** A registry id: dotted lowercase slugs, e.g. `client.faq.my-link-expired`. */
const DEEP_LINK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** A route: `/` or `/segment/segment`, lowercase, no trailing slash, no query, no hash. */
const ROUTE = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/;
/** An element id usable in a URL hash without encoding. */
export const ANCHOR = /^[a-z][a-z0-9-]*$/;

/** One of the registry's audiences. */
export const audienceSchema = z.enum(AUDIENCES);
/** One of the registry's kinds of target. */
export const kindSchema = z.enum(DEEP_LINK_KINDS);

/** What a request about a scenario needs (`ScenarioRequest`). */
const scenarioRequestSchema = z
  .object({
    subject: z
      .string()
      .regex(/^\S(?:[^\r\n]{1,78}\S)$/, 'must be one line of 3 to 80 characters, no spaces at the ends'),
    kind: z.enum(ISSUE_KINDS),
    priority: z.enum(PRIORITY_IDS as [PriorityId, ...PriorityId[]]),
  })
  .strict();

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
    request: scenarioRequestSchema.optional(),
    components: z
      .array(z.enum(STATUS_COMPONENT_IDS))
      .min(1)
      .optional()
      .meta({description: 'Status components whose incidents concern it (src/data/statusComponents.ts).'}),
  })
  .strict()
  .refine((l) => (l.kind === 'page') === (l.anchor === undefined), {
    message: 'a "page" entry has no anchor, and every other kind has one',
    path: ['anchor'],
  })
  .refine((l) => (l.kind === 'scenario') === (l.request !== undefined), {
    message: 'a "scenario" entry has request details (subject, kind, priority), and no other kind has them',
    path: ['request'],
  })
  .refine((l) => l.kind !== 'scenario' || l.audience !== 'all', {
    message: 'a scenario belongs to the client or the operator guide, not "all"',
    path: ['audience'],
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
