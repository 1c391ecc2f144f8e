import {describe, expect, it} from 'vitest';
import type {Incident, Maintenance, StatusEntry} from '../../data/statusComponents';
import {availability, buildStatusDocument, componentStatus, nextUpdate} from '../status';
import {noticesFor, readStatusDocument, statusNotices} from '../statusNotices';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** An incident from `startMin` to `endMin` minutes relative to NOW (open when `endMin` is undefined). */
function incident(
  id: string,
  severity: Incident['severity'],
  components: Incident['components'],
  startMin: number,
  endMin?: number,
  lastUpdateMin = endMin ?? startMin,
): Incident {
  return {
    kind: 'incident',
    id,
    title: `Incident ${id}`,
    severity,
    components,
    start: iso(NOW + startMin * MIN),
    ...(endMin === undefined ? {} : {resolved: iso(NOW + endMin * MIN)}),
    updates: [
      {at: iso(NOW + lastUpdateMin * MIN), status: endMin === undefined ? 'identified' : 'resolved', body: 'u'},
    ],
    body: '',
  };
}

function maintenance(id: string, startMin: number, endMin: number): Maintenance {
  return {
    kind: 'maintenance',
    id,
    title: `Maintenance ${id}`,
    components: ['dashboard'],
    window: {start: iso(NOW + startMin * MIN), end: iso(NOW + endMin * MIN)},
    updates: [],
    body: '',
  };
}

const WINDOW = 90 * 24 * 60;

describe('availability over 90 days', () => {
  it('is 100% without incidents', () => {
    expect(availability([], 'pdf', NOW)).toEqual({percent: 100, downtimeMinutes: 0, windowMinutes: WINDOW});
  });

  it('counts a major outage fully: 129.6 minutes of 129,600 is 99.9%', () => {
    const major = incident('a', 'major_outage', ['pdf'], -1000, -1000 + 129.6);
    expect(availability([major], 'pdf', NOW)).toEqual({percent: 99.9, downtimeMinutes: 129.6, windowMinutes: WINDOW});
  });

  it('counts a partial outage at 30% and degraded performance and notices not at all', () => {
    const entries = [
      incident('p', 'partial_outage', ['pdf'], -2000, -1000),
      incident('d', 'degraded_performance', ['pdf'], -900, -100),
      incident('n', 'notice', ['pdf'], -90, -10),
    ];
    expect(availability(entries, 'pdf', NOW).downtimeMinutes).toBe(300);
  });

  it('counts only the affected components', () => {
    expect(availability([incident('a', 'major_outage', ['crm'], -100, -40)], 'pdf', NOW).downtimeMinutes).toBe(0);
  });

  it('does not count overlapping incidents twice: the worst weight applies at each instant', () => {
    const entries = [
      incident('m', 'major_outage', ['pdf'], -100, -40),
      incident('p', 'partial_outage', ['pdf'], -70, -10),
    ];
    // major -100..-40 (60 min at 100%), then partial -40..-10 (30 min at 30%) = 69 minutes
    expect(availability(entries, 'pdf', NOW).downtimeMinutes).toBe(69);
  });

  it('counts an open incident until now and clips an incident to the window', () => {
    expect(availability([incident('o', 'major_outage', ['pdf'], -30)], 'pdf', NOW).downtimeMinutes).toBe(30);
    const old = incident('x', 'major_outage', ['pdf'], -WINDOW - 60, -WINDOW + 60);
    expect(availability([old], 'pdf', NOW).downtimeMinutes).toBe(60);
  });

  it('does not count maintenance', () => {
    expect(availability([maintenance('m', -120, -60)], 'dashboard', NOW).downtimeMinutes).toBe(0);
  });
});

describe('nextUpdate', () => {
  const open = incident('o', 'partial_outage', ['pdf'], -60, undefined, -20);

  it('is due the interval after the latest update, not yet overdue', () => {
    expect(nextUpdate(open, 30, NOW)).toEqual({dueAt: '2026-12-02T12:10:00.000Z', overdue: false});
  });

  it('is overdue once that time has passed', () => {
    expect(nextUpdate(open, 30, NOW + 11 * MIN)).toEqual({dueAt: '2026-12-02T12:10:00.000Z', overdue: true});
  });

  it('is not overdue at the due minute itself', () => {
    expect(nextUpdate(open, 30, NOW + 10 * MIN)?.overdue).toBe(false);
  });

  it('is none for a resolved incident', () => {
    expect(nextUpdate(incident('r', 'major_outage', ['pdf'], -60, -5), 30, NOW)).toBeUndefined();
  });
});

describe('componentStatus', () => {
  it('is the worst open severity, ignoring notices and resolved incidents', () => {
    const entries: StatusEntry[] = [
      incident('a', 'degraded_performance', ['pdf'], -60),
      incident('b', 'major_outage', ['pdf'], -50),
      incident('c', 'major_outage', ['crm'], -50, -10),
      incident('d', 'notice', ['crm'], -5),
    ];
    expect(componentStatus(entries, 'pdf', NOW)).toBe('major_outage');
    expect(componentStatus(entries, 'crm', NOW)).toBe('operational');
  });

  it('is under maintenance during a window', () => {
    expect(componentStatus([maintenance('m', -10, 10)], 'dashboard', NOW)).toBe('under_maintenance');
    expect(componentStatus([maintenance('m', 10, 20)], 'dashboard', NOW)).toBe('operational');
  });
});

const INPUTS = {
  name: 'Acme status',
  siteUrl: 'https://help.example.com/',
  timeZone: 'America/New_York',
  availability: {uptimeGoalPercent: 99.9, emergencyUpdateIntervalMinutes: 30},
};

describe('buildStatusDocument (status.json)', () => {
  const entries: StatusEntry[] = [
    incident('pdf-open', 'partial_outage', ['pdf'], -60, undefined, -20),
    incident('crm-old', 'major_outage', ['crm'], -3000, -2700),
    incident('ancient', 'major_outage', ['crm'], -WINDOW - 500, -WINDOW - 400),
    incident('future', 'major_outage', ['crm'], 60),
    maintenance('db', 24 * 60, 25 * 60),
    maintenance('done', -5000, -4000),
  ];
  const doc = buildStatusDocument(entries, INPUTS, NOW);

  it('has Statuspage summary fields: indicator of the worst open incident', () => {
    expect(doc.status).toEqual({indicator: 'major', description: 'Partial System Outage'});
    expect(doc.page).toEqual({
      name: 'Acme status',
      url: 'https://help.example.com/status',
      time_zone: 'America/New_York',
      updated_at: '2026-12-02T11:40:00.000Z',
    });
  });

  it('lists unresolved incidents with the next update due, and upcoming maintenance', () => {
    expect(doc.incidents.map((i) => [i.id, i.impact, i.next_update_due_at, i.shortlink])).toEqual([
      ['pdf-open', 'major', '2026-12-02T12:10:00.000Z', 'https://help.example.com/status#pdf-open'],
    ]);
    expect(doc.scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([['db', 'scheduled']]);
  });

  it('keeps 90 days of history, newest first, without future or older entries', () => {
    expect(doc.history.map((h) => h.id)).toEqual(['crm-old', 'done']);
  });

  it('gives each component its state and availability against the goal', () => {
    const crm = doc.components.find((c) => c.id === 'crm');
    expect(crm).toMatchObject({
      status: 'operational',
      availability: {percent: 99.769, downtime_minutes: 300, meets_goal: false},
    });
    expect(doc.components.find((c) => c.id === 'pdf')).toMatchObject({
      status: 'partial_outage',
      availability: {percent: 99.986, downtime_minutes: 18, goal_percent: 99.9, meets_goal: true},
    });
  });

  it('says all systems operational without open incidents, and maintenance during a window', () => {
    expect(buildStatusDocument([], INPUTS, NOW).status).toEqual({
      indicator: 'none',
      description: 'All Systems Operational',
    });
    expect(buildStatusDocument([maintenance('m', -10, 10)], INPUTS, NOW).status.indicator).toBe('maintenance');
  });

  it('reads back as a valid document, and rejects a tampered one', () => {
    const copy = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(readStatusDocument(copy)).toEqual(doc);
    expect(readStatusDocument({...doc, incidents: [{...doc.incidents[0], components: ['<script>']}]})).toBeUndefined();
    expect(readStatusDocument({...doc, version: 2})).toBeUndefined();
    expect(readStatusDocument('nope')).toBeUndefined();
  });
});

describe('statusNotices (the banner)', () => {
  it('shows open incidents, and maintenance within 48 hours, keyed by the latest update', () => {
    const entries = [
      incident('pdf-open', 'partial_outage', ['pdf'], -60, undefined, -20),
      maintenance('soon', 47 * 60, 49 * 60),
      maintenance('later', 49 * 60, 50 * 60),
    ];
    const doc = buildStatusDocument(entries, INPUTS, NOW);
    expect(statusNotices(doc, NOW).map((n) => [n.id, n.label, n.upcoming, n.key])).toEqual([
      ['pdf-open', 'Partial outage', false, 'pdf-open@2026-12-02T11:40:00.000Z'],
      ['soon', 'Planned maintenance', true, 'soon@2026-12-04T11:00:00.000Z'],
    ]);
    expect(noticesFor(doc, ['pdf'], NOW).map((n) => n.id)).toEqual(['pdf-open']);
    expect(noticesFor(doc, ['crm'], NOW)).toEqual([]);
  });
});
