/**
 * What the pages show from a status document (`/status.json` as fetched, or
 * the one baked into the build): the banner's notices, the incidents that
 * touch given components, and a light check of a fetched document. Pure, no
 * Zod (this runs on every page); the full schema is the build's
 * (`src/plugins/status/schemas.ts`).
 */
import {SEVERITY_LABELS, STATUS_COMPONENT_IDS, type StatusComponentId} from '../data/statusComponents';
import {STATUS_DOCUMENT_VERSION, type DocumentIncident, type DocumentMaintenance, type StatusDocument} from './status';

const HOUR = 3_600_000;

/** One notice of the banner. */
export interface StatusNotice {
  readonly id: string;
  readonly kind: 'incident' | 'maintenance';
  /** "Partial outage" or "Planned maintenance". */
  readonly label: string;
  readonly title: string;
  /** Since when (incident start or maintenance start): ISO 8601 instant. */
  readonly since: string;
  /** For a maintenance that has not started: it starts at `since`. */
  readonly upcoming: boolean;
  /** Dismissal key: `id@<latest update instant>`, so a new update shows the notice again. */
  readonly key: string;
  readonly components: readonly StatusComponentId[];
}

/**
 * The banner's notices at `now` (epoch ms): every open incident of the
 * document, and every maintenance in progress or starting within
 * `rules.maintenance_notice_hours` (48 today). A maintenance's state is
 * recomputed from its window, since the document may be older than `now`.
 */
export function statusNotices(doc: StatusDocument, now: number): StatusNotice[] {
  const incidents = doc.incidents.map((i): StatusNotice => ({
    id: i.id,
    kind: 'incident',
    label: SEVERITY_LABELS[i.severity],
    title: i.name,
    since: i.started_at,
    upcoming: false,
    key: `${i.id}@${i.updated_at}`,
    components: i.components,
  }));
  const soon = now + doc.rules.maintenance_notice_hours * HOUR;
  const maintenances = doc.scheduled_maintenances
    .filter((m) => Date.parse(m.scheduled_until) > now && Date.parse(m.scheduled_for) <= soon)
    .map((m): StatusNotice => ({
      id: m.id,
      kind: 'maintenance',
      label: 'Planned maintenance',
      title: m.name,
      since: m.scheduled_for,
      upcoming: Date.parse(m.scheduled_for) > now,
      key: `${m.id}@${m.incident_updates[0]?.created_at ?? m.scheduled_for}`,
      components: m.components,
    }));
  return [...incidents, ...maintenances];
}

/** The open incidents and running or coming maintenances (within the notice hours) that affect any of `components`. */
export function noticesFor(doc: StatusDocument, components: readonly StatusComponentId[], now: number): StatusNotice[] {
  return statusNotices(doc, now).filter((n) => n.components.some((c) => components.includes(c)));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isInstant = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));
const isComponents = (v: unknown): boolean =>
  Array.isArray(v) && v.every((c) => (STATUS_COMPONENT_IDS as readonly unknown[]).includes(c));
const isUpdates = (v: unknown): boolean =>
  Array.isArray(v) && v.every((u) => isObject(u) && isString(u.status) && isString(u.body) && isInstant(u.created_at));

function isIncident(v: unknown): v is DocumentIncident {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.name) &&
    Object.hasOwn(SEVERITY_LABELS, String(v.severity)) &&
    isComponents(v.components) &&
    isInstant(v.started_at) &&
    isInstant(v.updated_at) &&
    (v.next_update_due_at === null || isInstant(v.next_update_due_at)) &&
    isUpdates(v.incident_updates)
  );
}

function isMaintenance(v: unknown): v is DocumentMaintenance {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.name) &&
    isComponents(v.components) &&
    isInstant(v.scheduled_for) &&
    isInstant(v.scheduled_until) &&
    isUpdates(v.incident_updates)
  );
}

/**
 * A fetched `/status.json`, if it has the shape the pages read (version,
 * components, incidents, maintenances, history, rules); else `undefined`, and
 * the pages keep the document baked into the build.
 */
export function readStatusDocument(value: unknown): StatusDocument | undefined {
  if (!isObject(value) || value.version !== STATUS_DOCUMENT_VERSION || !isInstant(value.generated_at)) return undefined;
  const {rules, status, page, components, incidents, scheduled_maintenances: maintenances, history} = value;
  const ok =
    isObject(rules) &&
    typeof rules.update_interval_minutes === 'number' &&
    typeof rules.maintenance_notice_hours === 'number' &&
    typeof rules.uptime_goal_percent === 'number' &&
    isObject(status) &&
    isString(status.indicator) &&
    isString(status.description) &&
    isObject(page) &&
    isString(page.time_zone) &&
    Array.isArray(components) &&
    components.every(
      (c) =>
        isObject(c) &&
        isComponents([c.id]) &&
        isString(c.name) &&
        isString(c.status) &&
        isObject(c.availability) &&
        typeof c.availability.percent === 'number',
    ) &&
    Array.isArray(incidents) &&
    incidents.every(isIncident) &&
    Array.isArray(maintenances) &&
    maintenances.every(isMaintenance) &&
    Array.isArray(history) &&
    history.every((h) => isIncident(h) || isMaintenance(h));
  return ok ? (value as unknown as StatusDocument) : undefined;
}
