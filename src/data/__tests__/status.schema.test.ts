import {describe, expect, it} from 'vitest';
import {parseStatusFile} from '../status.schema';

const FILE = 'status/pdf-outage.md';

/** A valid open incident; each case below breaks one field. */
const incident = (overrides: Record<string, unknown> = {}) => ({
  kind: 'incident',
  title: 'PDF downloads fail',
  severity: 'partial_outage',
  components: ['pdf'],
  start: '2026-12-02T09:00:00-05:00',
  updates: [
    {at: '2026-12-02T09:30:00-05:00', status: 'identified', body: 'A storage node is down.'},
    {at: '2026-12-02T09:10:00-05:00', status: 'investigating', body: 'Looking into it.'},
  ],
  ...overrides,
});

describe('parseStatusFile', () => {
  it('reads a valid incident, with its id from the file name and instants in UTC', () => {
    expect(parseStatusFile(FILE, incident(), '\nSummary.\n')).toEqual({
      kind: 'incident',
      id: 'pdf-outage',
      title: 'PDF downloads fail',
      severity: 'partial_outage',
      components: ['pdf'],
      start: '2026-12-02T14:00:00.000Z',
      updates: [
        {at: '2026-12-02T14:30:00.000Z', status: 'identified', body: 'A storage node is down.'},
        {at: '2026-12-02T14:10:00.000Z', status: 'investigating', body: 'Looking into it.'},
      ],
      body: 'Summary.',
    });
  });

  it('reads a maintenance with no updates', () => {
    const m = parseStatusFile(
      'status/db-upgrade.md',
      {
        kind: 'maintenance',
        title: 'Database upgrade',
        components: ['dashboard', 'realtime'],
        window: {start: '2026-12-05T22:00:00Z', end: '2026-12-06T00:00:00Z'},
      },
      '',
    );
    expect(m).toMatchObject({
      kind: 'maintenance',
      id: 'db-upgrade',
      updates: [],
      window: {end: '2026-12-06T00:00:00.000Z'},
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown kind', {kind: 'outage'}, 'status/pdf-outage.md: kind: must be "incident" or "maintenance"'],
    [
      'an unknown severity',
      {severity: 'minor'},
      'status/pdf-outage.md: severity: must be one of notice, degraded_performance, partial_outage, major_outage',
    ],
    [
      'an unknown component',
      {components: ['pdfs']},
      'status/pdf-outage.md: components[0]: must be one of activation-links, activation-page, pdf, dashboard, realtime, crm, support-channels',
    ],
    ['no component', {components: []}, 'status/pdf-outage.md: components: list at least one affected component'],
    ['a component twice', {components: ['pdf', 'pdf']}, 'status/pdf-outage.md: components: lists a component twice'],
    ['an empty title', {title: '  '}, 'status/pdf-outage.md: title: a title is required'],
    [
      'a start that is no date',
      {start: 'yesterday'},
      'status/pdf-outage.md: start: "yesterday" is not an ISO 8601 date and time (2026-12-01T09:30:00+01:00)',
    ],
    [
      'a start without offset',
      {start: '2026-12-02T09:00:00'},
      'status/pdf-outage.md: start: "2026-12-02T09:00:00" has no offset: add Z or one such as +01:00',
    ],
    ['no update', {updates: []}, 'status/pdf-outage.md: updates: an incident needs at least one update'],
    [
      'updates oldest first',
      {
        updates: [
          {at: '2026-12-02T09:10:00-05:00', status: 'investigating', body: 'a'},
          {at: '2026-12-02T09:30:00-05:00', status: 'identified', body: 'b'},
        ],
      },
      'status/pdf-outage.md: updates[1].at: updates must be newest first',
    ],
    [
      'an unknown update status',
      {updates: [{at: '2026-12-02T09:10:00-05:00', status: 'fixed', body: 'a'}]},
      'status/pdf-outage.md: updates[0].status: must be one of investigating, identified, monitoring, resolved',
    ],
    [
      'an update before the start',
      {updates: [{at: '2026-12-02T08:10:00-05:00', status: 'investigating', body: 'a'}]},
      'status/pdf-outage.md: updates[0].at: is outside start..resolved',
    ],
    [
      'resolved before start',
      {
        resolved: '2026-12-02T08:00:00-05:00',
        updates: [{at: '2026-12-02T08:00:00-05:00', status: 'resolved', body: 'a'}],
      },
      'status/pdf-outage.md: resolved: is before start\nstatus/pdf-outage.md: updates[0].at: is outside start..resolved',
    ],
    [
      'resolved without a resolved update',
      {resolved: '2026-12-02T10:00:00-05:00'},
      'status/pdf-outage.md: updates[0].status: a resolved incident ends with a "resolved" update',
    ],
    [
      'a resolved update without resolved',
      {updates: [{at: '2026-12-02T09:10:00-05:00', status: 'resolved', body: 'a'}]},
      'status/pdf-outage.md: resolved: is required once the latest update is "resolved"',
    ],
    [
      'a typo in a field',
      {severty: 'major_outage'},
      'status/pdf-outage.md: (front matter): Unrecognized key: "severty"',
    ],
  ])('rejects %s', (_, overrides, message) => {
    expect(() => parseStatusFile(FILE, incident(overrides), '')).toThrow(message);
  });

  it('rejects a maintenance window that ends before it starts', () => {
    expect(() =>
      parseStatusFile(
        'status/db.md',
        {
          kind: 'maintenance',
          title: 'DB',
          components: ['crm'],
          window: {start: '2026-12-05T22:00:00Z', end: '2026-12-05T21:00:00Z'},
        },
        '',
      ),
    ).toThrow('status/db.md: window.end: must be after window.start');
  });

  it('rejects a file name that is not an id', () => {
    expect(() => parseStatusFile('status/PDF Outage.md', incident(), '')).toThrow(
      'status/PDF Outage.md: file name: use lowercase letters, digits and hyphens, ending in .md',
    );
  });
});
