/**
 * The front matter of the incident and maintenance files (`status/<id>.md`),
 * validated with Zod; instants parsed with Luxon. Node.js only (the build
 * plugin, `npm run status` and unit tests): components never import it, so
 * Zod and Luxon stay out of the pages' bundles.
 */
import * as z from 'zod';
import {DateTime} from 'luxon';
import {
  INCIDENT_UPDATE_STATUSES,
  MAINTENANCE_UPDATE_STATUSES,
  SEVERITIES,
  STATUS_COMPONENT_IDS,
  type StatusEntry,
} from './statusComponents';

/** An ISO 8601 date and time with an explicit offset (`Z` or `+01:00`), e.g. `2026-12-01T09:30:00+01:00`. */
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with its offset, normalized to UTC
 * (`2026-12-01T08:30:00.000Z`). Without an offset the instant would depend on
 * the machine's zone, so one is required.
 */
const instant = z.string().transform((value, ctx) => {
  const parsed = DateTime.fromISO(value, {setZone: true});
  if (!parsed.isValid) {
    ctx.addIssue({code: 'custom', message: `"${value}" is not an ISO 8601 date and time (2026-12-01T09:30:00+01:00)`});
    return z.NEVER;
  }
  if (!OFFSET.test(value)) {
    ctx.addIssue({code: 'custom', message: `"${value}" has no offset: add Z or one such as +01:00`});
    return z.NEVER;
  }
  return parsed.toUTC().toISO() as string;
});

const components = z
  .array(z.enum(STATUS_COMPONENT_IDS, {error: () => `must be one of ${STATUS_COMPONENT_IDS.join(', ')}`}))
  .min(1, 'list at least one affected component')
  .refine((ids) => new Set(ids).size === ids.length, 'lists a component twice');

const text = (what: string) =>
  z
    .string({error: `${what} is required`})
    .trim()
    .min(1, `${what} is required`);

const incidentUpdate = z.strictObject({
  at: instant,
  status: z.enum(INCIDENT_UPDATE_STATUSES, {error: () => `must be one of ${INCIDENT_UPDATE_STATUSES.join(', ')}`}),
  body: text('the update text'),
});
const maintenanceUpdate = z.strictObject({
  at: instant,
  status: z.enum(MAINTENANCE_UPDATE_STATUSES, {
    error: () => `must be one of ${MAINTENANCE_UPDATE_STATUSES.join(', ')}`,
  }),
  body: text('the update text'),
});

/** Adds an issue when the updates are not strictly newest first. */
function newestFirst(updates: ReadonlyArray<{at: string}>, ctx: z.RefinementCtx): void {
  for (let i = 1; i < updates.length; i++) {
    if (Date.parse(updates[i].at) >= Date.parse(updates[i - 1].at)) {
      ctx.addIssue({code: 'custom', path: ['updates', i, 'at'], message: 'updates must be newest first'});
    }
  }
}

const incidentSchema = z
  .strictObject({
    kind: z.literal('incident'),
    title: text('a title'),
    severity: z.enum(SEVERITIES, {error: () => `must be one of ${SEVERITIES.join(', ')}`}),
    components,
    start: instant,
    resolved: instant.optional(),
    updates: z.array(incidentUpdate).min(1, 'an incident needs at least one update'),
  })
  .superRefine((incident, ctx) => {
    newestFirst(incident.updates, ctx);
    const start = Date.parse(incident.start);
    const end = incident.resolved === undefined ? Infinity : Date.parse(incident.resolved);
    if (end < start) ctx.addIssue({code: 'custom', path: ['resolved'], message: 'is before start'});
    incident.updates.forEach((update, i) => {
      const at = Date.parse(update.at);
      if (at < start || at > end) {
        ctx.addIssue({code: 'custom', path: ['updates', i, 'at'], message: 'is outside start..resolved'});
      }
    });
    const latest = incident.updates[0]?.status;
    if (incident.resolved !== undefined && latest !== 'resolved') {
      ctx.addIssue({
        code: 'custom',
        path: ['updates', 0, 'status'],
        message: 'a resolved incident ends with a "resolved" update',
      });
    }
    if (incident.resolved === undefined && latest === 'resolved') {
      ctx.addIssue({code: 'custom', path: ['resolved'], message: 'is required once the latest update is "resolved"'});
    }
  });

const maintenanceSchema = z
  .strictObject({
    kind: z.literal('maintenance'),
    title: text('a title'),
    components,
    window: z.strictObject({start: instant, end: instant}),
    updates: z.array(maintenanceUpdate).default([]),
  })
  .superRefine((maintenance, ctx) => {
    newestFirst(maintenance.updates, ctx);
    if (Date.parse(maintenance.window.end) <= Date.parse(maintenance.window.start)) {
      ctx.addIssue({code: 'custom', path: ['window', 'end'], message: 'must be after window.start'});
    }
  });

/** The front matter of a status file: an incident or a maintenance, told apart by `kind`. */
export const statusFrontMatterSchema = z.discriminatedUnion('kind', [incidentSchema, maintenanceSchema], {
  error: () => 'must be "incident" or "maintenance"',
});

/** A file name of the status folder: lowercase letters, digits and hyphens, `.md`. */
export const STATUS_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

/** A status file that fails validation; the message names the file and every bad field, one per line. */
export class StatusFileError extends Error {
  override name = 'StatusFileError';
}

/** `updates[0].at` from a Zod issue path; the empty path is the front matter itself. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(front matter)'
  );
}

/**
 * Validates one status file's front matter and body.
 *
 * @param file The file's path as messages show it, e.g. `status/pdf-outage.md`; its base name is the entry id.
 * @param data The parsed front matter (YAML, with dates kept as strings).
 * @param body The Markdown body (kept as plain text).
 * @returns The entry, instants normalized to UTC ISO 8601.
 * @throws {StatusFileError} `status/<file>.md: <field>: <message>`, one line per problem.
 * @example
 * parseStatusFile('status/pdf.md', {kind: 'incident', title: 'PDF', severity: 'minor', ...}, '')
 * // throws: status/pdf.md: severity: must be one of notice, degraded_performance, partial_outage, major_outage
 */
export function parseStatusFile(file: string, data: unknown, body: string): StatusEntry {
  const base = file.split('/').pop() ?? file;
  if (!STATUS_FILE_NAME.test(base)) {
    throw new StatusFileError(`${file}: file name: use lowercase letters, digits and hyphens, ending in .md`);
  }
  const result = statusFrontMatterSchema.safeParse(data);
  if (!result.success) {
    throw new StatusFileError(
      result.error.issues.map((issue) => `${file}: ${fieldName(issue.path)}: ${issue.message}`).join('\n'),
    );
  }
  const id = base.replace(/\.md$/, '');
  return {...result.data, id, body: body.trim()} as StatusEntry;
}
