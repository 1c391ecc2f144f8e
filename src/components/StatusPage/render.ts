/**
 * The status page's view as an HTML string, from a status document: one
 * renderer for the build's server HTML, the browser (after it fetched
 * `/status.json`) and `npm run status` (which rewrites the view inside the
 * built `status/index.html`, so the page is current without JavaScript).
 * Every text is escaped; nothing of the document becomes markup.
 *
 * Pure, no React, no Luxon: instants are formatted with `Intl.DateTimeFormat`.
 */
import {SEVERITY_LABELS, STATUS_COMPONENTS, type StatusComponentId} from '../../data/statusComponents';
import type {
  ComponentStatus,
  DocumentIncident,
  DocumentMaintenance,
  DocumentUpdate,
  StatusDocument,
} from '../../facts/status';

/** Comments around the view in the built HTML; `npm run status` replaces what is between them. */
export const VIEW_MARKERS = {begin: '<!--status-view-->', end: '<!--/status-view-->'} as const;

/** How the view is rendered. */
export interface RenderOptions {
  /** The instant the view describes (epoch ms): the document's `generated_at` on the server, the clock in the browser. */
  readonly now: number;
  /** The reader's IANA zone, known after mount only; when it differs from the support zone both are shown. */
  readonly readerZone?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** `text` with `& < > " '` escaped for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `Dec 2, 2026, 09:30 EST`: an ISO 8601 instant in an IANA zone. */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/**
 * The reader's IANA zone (browser only, after mount), or `undefined` when the
 * browser cannot tell (a broken or restricted `Intl`): the views then show the
 * support zone only.
 */
export function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

const COMPONENT_STATUS: Readonly<Record<ComponentStatus, string>> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: SEVERITY_LABELS.degraded_performance,
  partial_outage: SEVERITY_LABELS.partial_outage,
  major_outage: SEVERITY_LABELS.major_outage,
};

/** A `<time>` in the support zone, and in the reader's zone when that differs. */
function time(iso: string, doc: StatusDocument, options: RenderOptions): string {
  const support = `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatInstant(iso, doc.page.time_zone))}</time>`;
  const reader = options.readerZone;
  if (!reader || reader === doc.page.time_zone) return support;
  return `${support} <span class="status-reader-time">(your time: ${escapeHtml(formatInstant(iso, reader))})</span>`;
}

const names = (ids: readonly StatusComponentId[]) => ids.map((id) => escapeHtml(STATUS_COMPONENTS[id].name)).join(', ');

function updatesList(updates: readonly DocumentUpdate[], doc: StatusDocument, options: RenderOptions): string {
  if (!updates.length) return '';
  const items = updates
    .map(
      (u) =>
        `<li><strong>${escapeHtml(u.status.replace('_', ' '))}</strong> · ${time(u.created_at, doc, options)}<br>${escapeHtml(u.body)}</li>`,
    )
    .join('');
  return `<ol class="status-updates" aria-label="Updates, newest first">${items}</ol>`;
}

function incidentHtml(i: DocumentIncident, doc: StatusDocument, options: RenderOptions, open: boolean): string {
  const due = open && i.next_update_due_at;
  const overdue = due && options.now > Date.parse(due);
  const next = due
    ? `<p class="status-next">Next update due ${time(due, doc, options)}${overdue ? ' <strong class="status-overdue">overdue</strong>' : ''} (every ${doc.rules.update_interval_minutes} minutes).</p>`
    : '';
  const span = i.resolved_at
    ? `${time(i.started_at, doc, options)} to ${time(i.resolved_at, doc, options)}`
    : `since ${time(i.started_at, doc, options)}`;
  return (
    `<article class="status-entry status-entry--${escapeHtml(i.severity)}" id="${escapeHtml(i.id)}">` +
    `<h3>${escapeHtml(i.name)}</h3>` +
    `<p><strong>${escapeHtml(SEVERITY_LABELS[i.severity])}</strong> · ${names(i.components)} · ${span}</p>` +
    (i.body ? `<p>${escapeHtml(i.body)}</p>` : '') +
    next +
    updatesList(i.incident_updates, doc, options) +
    `</article>`
  );
}

function maintenanceHtml(m: DocumentMaintenance, doc: StatusDocument, options: RenderOptions): string {
  return (
    `<article class="status-entry status-entry--maintenance" id="${escapeHtml(m.id)}">` +
    `<h3>${escapeHtml(m.name)}</h3>` +
    `<p><strong>Planned maintenance</strong> · ${names(m.components)} · ${time(m.scheduled_for, doc, options)} to ${time(m.scheduled_until, doc, options)}</p>` +
    (m.body ? `<p>${escapeHtml(m.body)}</p>` : '') +
    updatesList(m.incident_updates, doc, options) +
    `</article>`
  );
}

/**
 * The status view: overall state, components with their availability against
 * the uptime goal, open incidents with the next update due (and whether it is
 * overdue at `options.now`), scheduled maintenance, and the history.
 * Wrapped in {@link VIEW_MARKERS}.
 */
export function renderStatusView(doc: StatusDocument, options: RenderOptions): string {
  const goal = doc.rules.uptime_goal_percent;
  const rows = doc.components
    .map(
      (c) =>
        `<tr data-component="${escapeHtml(c.id)}"><th scope="row">${escapeHtml(c.name)}</th>` +
        `<td class="status-state status-state--${escapeHtml(c.status)}">${escapeHtml(COMPONENT_STATUS[c.status] ?? c.status)}</td>` +
        `<td>${c.availability.percent}%${c.availability.meets_goal ? '' : ' <strong>below goal</strong>'}</td></tr>`,
    )
    .join('');
  const open = doc.incidents.length
    ? doc.incidents.map((i) => incidentHtml(i, doc, options, true)).join('')
    : '<p>No open incidents.</p>';
  const maintenance = doc.scheduled_maintenances.length
    ? doc.scheduled_maintenances.map((m) => maintenanceHtml(m, doc, options)).join('')
    : '<p>No maintenance scheduled.</p>';
  const history = doc.history.length
    ? doc.history
        .map((h) => ('severity' in h ? incidentHtml(h, doc, options, false) : maintenanceHtml(h, doc, options)))
        .join('')
    : `<p>No incidents in the past ${doc.rules.history_days} days.</p>`;
  return (
    VIEW_MARKERS.begin +
    `<div class="status-overall status-overall--${escapeHtml(doc.status.indicator)}" data-indicator="${escapeHtml(doc.status.indicator)}">` +
    `<p class="status-overall__title">${escapeHtml(doc.status.description)}</p>` +
    `<p>As of ${time(new Date(options.now).toISOString(), doc, options)}.</p></div>` +
    `<h2 id="components">Components</h2>` +
    `<table class="status-components"><thead><tr><th scope="col">Component</th><th scope="col">State</th>` +
    `<th scope="col">Availability, past ${doc.rules.history_days} days (goal ${goal}%)</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<h2 id="open-incidents">Open incidents</h2>${open}` +
    `<h2 id="maintenance">Scheduled maintenance</h2>${maintenance}` +
    `<h2 id="history">Past ${doc.rules.history_days} days</h2>${history}` +
    VIEW_MARKERS.end
  );
}

/**
 * `html` with the view between {@link VIEW_MARKERS} replaced by `view`.
 *
 * @throws {Error} when the markers are missing (not a status page of this site).
 */
export function replaceStatusView(html: string, view: string): string {
  const begin = html.indexOf(VIEW_MARKERS.begin);
  const end = html.indexOf(VIEW_MARKERS.end, begin);
  if (begin < 0 || end < 0) throw new Error('status page HTML has no status view markers');
  return html.slice(0, begin) + view + html.slice(end + VIEW_MARKERS.end.length);
}
