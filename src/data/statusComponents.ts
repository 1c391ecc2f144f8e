/**
 * The components of the service whose state the status page (`/status`,
 * `/status.json`) reports, and the rules of the status page that are not
 * support-config figures (those, the uptime goal and the update interval, are
 * `supportConfig.availability`).
 *
 * Plain data, no React, no Zod: safe to import from components.
 */

/** The ids of the components, in the order the status page lists them. */
export const STATUS_COMPONENT_IDS = [
  // Activation links: generating, emailing and opening a client's activation link.
  'activation-links',
  // The activation page a client opens from the link and signs on.
  'activation-page',
  // Generating the agreement PDF and downloading it.
  'pdf',
  // The operator dashboard, including operator sign-in.
  'dashboard',
  // Real-time updates of the dashboard (status changes without a reload).
  'realtime',
  // The CRM integration (sync of contacts and agreements, webhooks).
  'crm',
  // The support channels themselves: email, phone, live chat.
  'support-channels',
] as const;

/** A component of the service, as `/status.json` names it (`components[].id`). */
export type StatusComponentId = (typeof STATUS_COMPONENT_IDS)[number];

/** What the status page shows for a component. */
export interface StatusComponentInfo {
  /** The name the page and `/status.json` show. */
  readonly name: string;
  /** One line on what it covers. */
  readonly description: string;
}

/** Name and description of every component; a missing entry fails to compile. */
export const STATUS_COMPONENTS: Readonly<Record<StatusComponentId, StatusComponentInfo>> = {
  'activation-links': {name: 'Activation links', description: 'Generating, sending and opening activation links'},
  'activation-page': {name: 'Activation page', description: 'The page a client opens from the link to activate'},
  pdf: {name: 'PDF generation and download', description: 'Generating the agreement PDF and downloading it'},
  dashboard: {name: 'Operator dashboard and sign-in', description: 'The operator dashboard and operator sign-in'},
  realtime: {name: 'Real-time updates', description: 'Live status changes on the dashboard without a reload'},
  crm: {name: 'CRM integration', description: 'Contact and agreement sync with the CRM, webhooks'},
  'support-channels': {name: 'Support channels', description: 'Email, phone and live chat support'},
};

/**
 * Severities of an incident, least to most severe, as Statuspage names a
 * component's state (`degraded_performance`, `partial_outage`, `major_outage`),
 * plus `notice` (an advisory, nothing broken).
 */
export const SEVERITIES = ['notice', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
/** Severity of an incident (see {@link SEVERITIES}). */
export type Severity = (typeof SEVERITIES)[number];

/** What the page says for each severity. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  notice: 'Notice',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

/**
 * Share of an incident's duration counted as downtime of each affected
 * component, by severity: Statuspage's uptime calculation ("Uptime
 * calculation and display", Atlassian Statuspage support) counts a major
 * outage at 100% and a partial outage at 30%; degraded performance and
 * notices are not downtime; maintenance is not counted.
 */
export const DOWNTIME_WEIGHT: Readonly<Record<Severity, number>> = {
  notice: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

/** Statuses of an incident update, as Statuspage names them. */
export const INCIDENT_UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
/** Status of an incident update (see {@link INCIDENT_UPDATE_STATUSES}). */
export type IncidentUpdateStatus = (typeof INCIDENT_UPDATE_STATUSES)[number];

/** Statuses of a maintenance update, as Statuspage names them. */
export const MAINTENANCE_UPDATE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
/** Status of a maintenance update (see {@link MAINTENANCE_UPDATE_STATUSES}). */
export type MaintenanceUpdateStatus = (typeof MAINTENANCE_UPDATE_STATUSES)[number];

/** Rules of the status page. */
export const STATUS_RULES = {
  /** The banner announces a maintenance this many hours before its window starts. */
  maintenanceNoticeHours: 48,
  /** Days of history and of the availability window, ending now. */
  historyDays: 90,
  /** The folder of incident and maintenance files, relative to the repository root. */
  folder: 'status',
  /** Environment variable that points the build and `npm run status` at another folder (tests). */
  folderEnv: 'SUPPORT_CENTER_STATUS_DIR',
} as const;

/** One timestamped update of an incident or a maintenance. */
export interface StatusUpdate<S extends string = IncidentUpdateStatus | MaintenanceUpdateStatus> {
  /** When it was posted: ISO 8601 instant in UTC (`2026-12-01T09:30:00.000Z`). */
  readonly at: string;
  readonly status: S;
  /** Plain text (never rendered as markup). */
  readonly body: string;
}

/** An incident, as read from `status/<id>.md`. */
export interface Incident {
  readonly kind: 'incident';
  /** The file name without `.md`: lowercase letters, digits and hyphens. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** Affected components, at least one, no duplicates. */
  readonly components: readonly StatusComponentId[];
  /** When it started: ISO 8601 instant in UTC. */
  readonly start: string;
  /** When it was resolved (ISO 8601 instant in UTC); absent while it is open. */
  readonly resolved?: string;
  /** Updates, newest first, at least one. */
  readonly updates: ReadonlyArray<StatusUpdate<IncidentUpdateStatus>>;
  /** The file's Markdown body as plain text (a summary); may be empty. */
  readonly body: string;
}

/** A planned maintenance, as read from `status/<id>.md`. */
export interface Maintenance {
  readonly kind: 'maintenance';
  readonly id: string;
  readonly title: string;
  readonly components: readonly StatusComponentId[];
  /** The scheduled window: ISO 8601 instants in UTC, `start` before `end`. */
  readonly window: {readonly start: string; readonly end: string};
  /** Updates, newest first; may be empty. */
  readonly updates: ReadonlyArray<StatusUpdate<MaintenanceUpdateStatus>>;
  readonly body: string;
}

/** An incident or a maintenance. */
export type StatusEntry = Incident | Maintenance;
