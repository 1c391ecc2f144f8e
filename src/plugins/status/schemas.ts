/**
 * The Zod schema of `/status.json` and its JSON Schema (draft 2020-12),
 * generated with Zod 4's `z.toJSONSchema`, never written by hand. Node.js
 * only (build plugin, `npm run status`, unit tests).
 */
import * as z from 'zod';
import {
  INCIDENT_UPDATE_STATUSES,
  MAINTENANCE_UPDATE_STATUSES,
  SEVERITIES,
  STATUS_COMPONENT_IDS,
} from '../../data/statusComponents';
import {STATUS_DOCUMENT_VERSION, type StatusDocument} from '../../facts/status';

const instant = z.iso.datetime().meta({description: 'ISO 8601 instant in UTC.'});
const componentId = z.enum(STATUS_COMPONENT_IDS);
const update = z
  .object({
    status: z.enum([...INCIDENT_UPDATE_STATUSES, ...MAINTENANCE_UPDATE_STATUSES]),
    body: z.string().meta({description: 'Plain text.'}),
    created_at: instant,
  })
  .strict();

const incident = z
  .object({
    id: z.string().meta({description: 'Stable id (the file name); the status page anchor.'}),
    name: z.string(),
    status: z.enum(INCIDENT_UPDATE_STATUSES).meta({description: 'The latest update status.'}),
    impact: z.enum(['none', 'minor', 'major', 'critical']),
    severity: z.enum(SEVERITIES),
    components: z.array(componentId).min(1),
    started_at: instant,
    resolved_at: instant.nullable(),
    updated_at: instant.meta({description: 'The latest update time.'}),
    next_update_due_at: instant
      .nullable()
      .meta({description: 'Latest update plus rules.update_interval_minutes; null once resolved.'}),
    shortlink: z.url(),
    body: z.string(),
    incident_updates: z.array(update).min(1).meta({description: 'Newest first.'}),
  })
  .strict();

const maintenance = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['scheduled', 'in_progress', 'completed']).meta({description: 'Window state when written.'}),
    impact: z.literal('maintenance'),
    components: z.array(componentId).min(1),
    scheduled_for: instant,
    scheduled_until: instant,
    shortlink: z.url(),
    body: z.string(),
    incident_updates: z.array(update).meta({description: 'Newest first.'}),
  })
  .strict();

/** The schema of `/status.json`. */
export const statusDocumentSchema = z
  .object({
    version: z.literal(STATUS_DOCUMENT_VERSION),
    generated_at: instant,
    page: z.object({name: z.string(), url: z.url(), time_zone: z.string(), updated_at: instant}).strict(),
    status: z
      .object({
        indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
        description: z.string(),
      })
      .strict(),
    rules: z
      .object({
        update_interval_minutes: z.number().positive(),
        uptime_goal_percent: z.number(),
        history_days: z.number().int().positive(),
        maintenance_notice_hours: z.number().positive(),
      })
      .strict()
      .meta({description: 'The figures the document was computed with (support config).'}),
    components: z.array(
      z
        .object({
          id: componentId,
          name: z.string(),
          description: z.string(),
          status: z.enum([
            'operational',
            'degraded_performance',
            'partial_outage',
            'major_outage',
            'under_maintenance',
          ]),
          availability: z
            .object({
              days: z.number().int().positive(),
              percent: z.number().min(0).max(100),
              downtime_minutes: z.number().min(0),
              goal_percent: z.number(),
              meets_goal: z.boolean(),
            })
            .strict()
            .meta({
              description:
                'Over the last `days` days: major outage counts 100% as downtime, partial outage 30%, degraded performance and notices 0%.',
            }),
        })
        .strict(),
    ),
    incidents: z.array(incident).meta({description: 'Unresolved incidents, newest first.'}),
    scheduled_maintenances: z.array(maintenance).meta({description: 'Not yet completed, soonest first.'}),
    history: z
      .array(z.union([incident, maintenance]))
      .meta({description: 'Resolved incidents and completed maintenances of the history window, newest first.'}),
  })
  .strict()
  .meta({
    title: 'Service status',
    description: `Component states, open incidents, scheduled maintenance and 90-day history, shaped like Statuspage's summary.json, version ${STATUS_DOCUMENT_VERSION}.`,
  }) satisfies z.ZodType<StatusDocument>;

/** The JSON Schema (draft 2020-12) of `/status.json`, generated from {@link statusDocumentSchema}. */
export function statusJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(statusDocumentSchema);
}
