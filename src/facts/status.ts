/**
 * Service status from the incident and maintenance files: each component's
 * current state, when an incident's next update is due, availability over
 * the last 90 days, the history, and the published document `/status.json`
 * (shaped like Statuspage's `summary.json`, with a few additions).
 *
 * Pure functions of the entries, the config figures and an instant `now`
 * (epoch milliseconds). No React, no Zod, no Luxon (the banner uses this
 * module on every page).
 */
import {
  DOWNTIME_WEIGHT,
  SEVERITIES,
  STATUS_COMPONENTS,
  STATUS_COMPONENT_IDS,
  STATUS_RULES,
  type Incident,
  type IncidentUpdateStatus,
  type Maintenance,
  type MaintenanceUpdateStatus,
  type Severity,
  type StatusComponentId,
  type StatusEntry,
} from '../data/statusComponents';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The version of `/status.json`, raised only for a change that breaks readers. */
export const STATUS_DOCUMENT_VERSION = 1;

/** File names of the status documents, relative to the site's base URL. */
export const STATUS_FILES = {
  document: 'status.json',
  schema: 'status.schema.json',
  feed: 'status.atom',
  /** The status page's HTML (its no-JavaScript view is rewritten by `npm run status`). */
  page: 'status/index.html',
} as const;

/** A component's state, as Statuspage names it. */
export type ComponentStatus = 'operational' | 'under_maintenance' | Exclude<Severity, 'notice'>;

/** Statuspage's page indicator: the impact of the worst open incident, or `maintenance`. */
export type StatusIndicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

/** Statuspage's incident impact for each severity. */
export const IMPACT: Readonly<Record<Severity, Exclude<StatusIndicator, 'maintenance'>>> = {
  notice: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

/** Statuspage's description of each page indicator. */
export const INDICATOR_DESCRIPTIONS: Readonly<Record<StatusIndicator, string>> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major Service Outage',
  maintenance: 'Service Under Maintenance',
};

/** Whether an incident is open at `now`: started and not yet resolved. */
export function isOpen(incident: Incident, now: number): boolean {
  return Date.parse(incident.start) <= now && (incident.resolved === undefined || Date.parse(incident.resolved) > now);
}

/** A maintenance's state at `now`: before, during or after its window. */
export function maintenanceState(m: Maintenance, now: number): 'scheduled' | 'in_progress' | 'completed' {
  if (now < Date.parse(m.window.start)) return 'scheduled';
  return now < Date.parse(m.window.end) ? 'in_progress' : 'completed';
}

/** The more severe of two severities. */
function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}

/**
 * A component's state at `now`: the worst severity of the open incidents that
 * affect it (a notice does not change it), else `under_maintenance` while a
 * maintenance window that covers it is running, else `operational`.
 */
export function componentStatus(entries: readonly StatusEntry[], id: StatusComponentId, now: number): ComponentStatus {
  let worst: Severity = 'notice';
  let maintenance = false;
  for (const e of entries) {
    if (!e.components.includes(id)) continue;
    if (e.kind === 'incident' && isOpen(e, now)) worst = worse(worst, e.severity);
    if (e.kind === 'maintenance' && maintenanceState(e, now) === 'in_progress') maintenance = true;
  }
  if (worst !== 'notice') return worst;
  return maintenance ? 'under_maintenance' : 'operational';
}

/**
 * When an open incident's next update is due: its latest update plus the
 * update interval (the config's `availability.emergencyUpdateIntervalMinutes`),
 * and whether that time has passed at `now`.
 *
 * @param intervalMinutes The update interval in minutes.
 * @returns `dueAt` as an ISO 8601 instant in UTC; `undefined` for a resolved incident.
 * @example
 * nextUpdate({updates: [{at: '2026-12-01T09:00:00.000Z', ...}], ...}, 30, Date.parse('2026-12-01T09:45:00Z'))
 * // => {dueAt: '2026-12-01T09:30:00.000Z', overdue: true}
 */
export function nextUpdate(
  incident: Incident,
  intervalMinutes: number,
  now: number,
): {dueAt: string; overdue: boolean} | undefined {
  if (incident.resolved !== undefined && Date.parse(incident.resolved) <= now) return undefined;
  const due = Date.parse(incident.updates[0].at) + intervalMinutes * MINUTE;
  return {dueAt: new Date(due).toISOString(), overdue: now > due};
}

/** Availability of one component over a window. */
export interface Availability {
  /** Percentage of the window the component was up, e.g. `99.95`, rounded to 3 decimals. */
  readonly percent: number;
  /** Weighted downtime in minutes (see {@link DOWNTIME_WEIGHT}), rounded to 1 decimal. */
  readonly downtimeMinutes: number;
  /** The window's length in minutes. */
  readonly windowMinutes: number;
}

/**
 * Availability of a component over the `days` days ending at `now`, from the
 * incidents: at every instant the component counts as down by the weight of
 * the most severe incident affecting it then ({@link DOWNTIME_WEIGHT}:
 * Statuspage's rule, major outage 100%, partial outage 30%, degraded
 * performance and notices 0%); overlapping incidents are not counted twice;
 * an open incident counts until `now`; maintenance is not downtime.
 *
 * @param days Length of the window in days of 24 hours (elapsed time, not calendar days).
 * @example
 * // one major outage of 129.6 minutes in 90 days (129,600 minutes): 99.9%
 * availability([outage], 'pdf', now, 90) // => {percent: 99.9, downtimeMinutes: 129.6, windowMinutes: 129600}
 */
export function availability(
  entries: readonly StatusEntry[],
  id: StatusComponentId,
  now: number,
  days: number = STATUS_RULES.historyDays,
): Availability {
  const from = now - days * DAY;
  const spans: Array<{start: number; end: number; weight: number}> = [];
  for (const e of entries) {
    if (e.kind !== 'incident' || !e.components.includes(id)) continue;
    const weight = DOWNTIME_WEIGHT[e.severity];
    const start = Math.max(from, Date.parse(e.start));
    const end = Math.min(now, e.resolved === undefined ? now : Date.parse(e.resolved));
    if (weight > 0 && end > start) spans.push({start, end, weight});
  }
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  let down = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const weight = Math.max(0, ...spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.weight));
    down += weight * (b - a);
  }
  const windowMinutes = (days * DAY) / MINUTE;
  const downtimeMinutes = down / MINUTE;
  return {
    percent: Math.round((1 - downtimeMinutes / windowMinutes) * 100 * 1000) / 1000,
    downtimeMinutes: Math.round(downtimeMinutes * 10) / 10,
    windowMinutes,
  };
}

/** An update as `/status.json` carries it (Statuspage's `incident_updates[]`). */
export interface DocumentUpdate {
  readonly status: IncidentUpdateStatus | MaintenanceUpdateStatus;
  readonly body: string;
  /** ISO 8601 instant in UTC. */
  readonly created_at: string;
}

/** An incident in `/status.json` (Statuspage's incident, plus `severity` and `next_update_due_at`). */
export interface DocumentIncident {
  readonly id: string;
  readonly name: string;
  /** The latest update's status. */
  readonly status: IncidentUpdateStatus;
  readonly impact: Exclude<StatusIndicator, 'maintenance'>;
  readonly severity: Severity;
  readonly components: readonly StatusComponentId[];
  readonly started_at: string;
  readonly resolved_at: string | null;
  /** The latest update's time. */
  readonly updated_at: string;
  /** Latest update plus the update interval while open; `null` once resolved. */
  readonly next_update_due_at: string | null;
  /** Absolute URL of the incident on the status page (`/status#<id>`). */
  readonly shortlink: string;
  /** Summary (the file's body, plain text). */
  readonly body: string;
  readonly incident_updates: readonly DocumentUpdate[];
}

/** A maintenance in `/status.json` (Statuspage's scheduled maintenance). */
export interface DocumentMaintenance {
  readonly id: string;
  readonly name: string;
  /** The state of its window when the document was written. */
  readonly status: 'scheduled' | 'in_progress' | 'completed';
  readonly impact: 'maintenance';
  readonly components: readonly StatusComponentId[];
  readonly scheduled_for: string;
  readonly scheduled_until: string;
  readonly shortlink: string;
  readonly body: string;
  readonly incident_updates: readonly DocumentUpdate[];
}

/** A component in `/status.json`, with its availability over the history window. */
export interface DocumentComponent {
  readonly id: StatusComponentId;
  readonly name: string;
  readonly description: string;
  readonly status: ComponentStatus;
  readonly availability: {
    readonly days: number;
    readonly percent: number;
    readonly downtime_minutes: number;
    readonly goal_percent: number;
    readonly meets_goal: boolean;
  };
}

/** `/status.json`: Statuspage's `summary.json` shape, plus `version`, `generated_at`, `rules` and `history`. */
export interface StatusDocument {
  readonly version: typeof STATUS_DOCUMENT_VERSION;
  /** When the document was computed: ISO 8601 instant in UTC. */
  readonly generated_at: string;
  readonly page: {readonly name: string; readonly url: string; readonly time_zone: string; readonly updated_at: string};
  readonly status: {readonly indicator: StatusIndicator; readonly description: string};
  /** The figures the document was computed with (from the support config). */
  readonly rules: {
    readonly update_interval_minutes: number;
    readonly uptime_goal_percent: number;
    readonly history_days: number;
    readonly maintenance_notice_hours: number;
  };
  readonly components: readonly DocumentComponent[];
  /** Unresolved incidents, newest first. */
  readonly incidents: readonly DocumentIncident[];
  /** Maintenances not yet completed, soonest first. */
  readonly scheduled_maintenances: readonly DocumentMaintenance[];
  /** Resolved incidents and completed maintenances of the history window, newest first. */
  readonly history: ReadonlyArray<DocumentIncident | DocumentMaintenance>;
}

/** What the document is built from. */
export interface StatusInputs {
  /** The page's name, e.g. "Acme Support status". */
  readonly name: string;
  /** The site's URL with its base URL, e.g. `https://help.example.com/`. */
  readonly siteUrl: string;
  /** The support time zone (IANA name). */
  readonly timeZone: string;
  /** `supportConfig.availability`. */
  readonly availability: {readonly uptimeGoalPercent: number; readonly emergencyUpdateIntervalMinutes: number};
}

const updates = (e: StatusEntry): DocumentUpdate[] =>
  e.updates.map((u) => ({status: u.status, body: u.body, created_at: u.at}));

function documentIncident(i: Incident, inputs: StatusInputs, now: number, shortlink: string): DocumentIncident {
  return {
    id: i.id,
    name: i.title,
    status: i.updates[0].status,
    impact: IMPACT[i.severity],
    severity: i.severity,
    components: i.components,
    started_at: i.start,
    resolved_at: i.resolved ?? null,
    updated_at: i.updates[0].at,
    next_update_due_at: nextUpdate(i, inputs.availability.emergencyUpdateIntervalMinutes, now)?.dueAt ?? null,
    shortlink,
    body: i.body,
    incident_updates: updates(i),
  };
}

function documentMaintenance(m: Maintenance, now: number, shortlink: string): DocumentMaintenance {
  return {
    id: m.id,
    name: m.title,
    status: maintenanceState(m, now),
    impact: 'maintenance',
    components: m.components,
    scheduled_for: m.window.start,
    scheduled_until: m.window.end,
    shortlink,
    body: m.body,
    incident_updates: updates(m),
  };
}

/**
 * The status document at `now` (`/status.json`). Incidents that have not
 * started yet are left out; the history keeps entries whose start (or
 * window end) lies within the last `historyDays` days.
 *
 * @param now Epoch milliseconds.
 */
export function buildStatusDocument(
  entries: readonly StatusEntry[],
  inputs: StatusInputs,
  now: number,
): StatusDocument {
  const link = (id: string) => `${inputs.siteUrl.replace(/\/?$/, '/')}status#${id}`;
  const from = now - STATUS_RULES.historyDays * DAY;
  const incidents = entries.filter((e): e is Incident => e.kind === 'incident' && Date.parse(e.start) <= now);
  const maintenances = entries.filter((e): e is Maintenance => e.kind === 'maintenance');
  const open = incidents.filter((i) => isOpen(i, now)).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const inProgress = maintenances.some((m) => maintenanceState(m, now) === 'in_progress');
  const worst = open.reduce<Severity | undefined>((w, i) => (w ? worse(w, i.severity) : i.severity), undefined);
  const indicator: StatusIndicator =
    worst && IMPACT[worst] !== 'none' ? IMPACT[worst] : inProgress ? 'maintenance' : 'none';
  const goal = inputs.availability.uptimeGoalPercent;
  const history = [
    ...incidents
      .filter((i) => !isOpen(i, now) && Date.parse(i.resolved ?? '') >= from)
      .map((i) => ({at: Date.parse(i.start), doc: documentIncident(i, inputs, now, link(i.id))})),
    ...maintenances
      .filter((m) => maintenanceState(m, now) === 'completed' && Date.parse(m.window.end) >= from)
      .map((m) => ({at: Date.parse(m.window.start), doc: documentMaintenance(m, now, link(m.id))})),
  ].sort((a, b) => b.at - a.at);
  const times = entries.flatMap((e) => [...e.updates.map((u) => Date.parse(u.at))]).filter((t) => t <= now);
  return {
    version: STATUS_DOCUMENT_VERSION,
    generated_at: new Date(now).toISOString(),
    page: {
      name: inputs.name,
      url: link('').replace(/#$/, ''),
      time_zone: inputs.timeZone,
      updated_at: new Date(times.length ? Math.max(...times) : now).toISOString(),
    },
    status: {indicator, description: INDICATOR_DESCRIPTIONS[indicator]},
    rules: {
      update_interval_minutes: inputs.availability.emergencyUpdateIntervalMinutes,
      uptime_goal_percent: goal,
      history_days: STATUS_RULES.historyDays,
      maintenance_notice_hours: STATUS_RULES.maintenanceNoticeHours,
    },
    components: STATUS_COMPONENT_IDS.map((id) => {
      const a = availability(entries, id, now);
      return {
        id,
        ...STATUS_COMPONENTS[id],
        status: componentStatus(entries, id, now),
        availability: {
          days: STATUS_RULES.historyDays,
          percent: a.percent,
          downtime_minutes: a.downtimeMinutes,
          goal_percent: goal,
          meets_goal: a.percent >= goal,
        },
      };
    }),
    incidents: open.map((i) => documentIncident(i, inputs, now, link(i.id))),
    scheduled_maintenances: maintenances
      .filter((m) => maintenanceState(m, now) !== 'completed')
      .sort((a, b) => Date.parse(a.window.start) - Date.parse(b.window.start))
      .map((m) => documentMaintenance(m, now, link(m.id))),
    history: history.map((h) => h.doc),
  };
}
