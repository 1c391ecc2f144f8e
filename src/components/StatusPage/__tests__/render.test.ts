import {describe, expect, it} from 'vitest';
import {buildStatusDocument} from '../../../facts/status';
import type {Incident} from '../../../data/statusComponents';
import {escapeHtml, formatInstant, renderStatusView, replaceStatusView, VIEW_MARKERS} from '../render';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const INPUTS = {
  name: 'Acme status',
  siteUrl: 'https://help.example.com/',
  timeZone: 'America/New_York',
  availability: {uptimeGoalPercent: 99.9, emergencyUpdateIntervalMinutes: 30},
};
const open: Incident = {
  kind: 'incident',
  id: 'pdf-open',
  title: 'PDF <b>down</b>',
  severity: 'partial_outage',
  components: ['pdf'],
  start: '2026-12-02T11:00:00.000Z',
  updates: [{at: '2026-12-02T11:20:00.000Z', status: 'identified', body: 'Storage "node" & <img src=x>'}],
  body: '',
};

describe('renderStatusView', () => {
  const doc = buildStatusDocument([open], INPUTS, NOW);

  it('formats instants in the given zone', () => {
    expect(formatInstant('2026-12-02T11:20:00.000Z', 'America/New_York')).toBe('Dec 2, 2026, 06:20 EST');
  });

  it('escapes every text of the document', () => {
    const html = renderStatusView(doc, {now: NOW});
    expect(html).toContain('PDF &lt;b&gt;down&lt;/b&gt;');
    expect(html).toContain('Storage &quot;node&quot; &amp; &lt;img src=x&gt;');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });

  it('says when the next update is due and marks it overdue after that', () => {
    const before = NOW - 15 * 60_000; // 11:45, due 11:50
    expect(renderStatusView(doc, {now: before})).toContain(
      'Next update due <time datetime="2026-12-02T11:50:00.000Z">',
    );
    expect(renderStatusView(doc, {now: before})).not.toContain('overdue');
    expect(renderStatusView(doc, {now: NOW})).toContain('<strong class="status-overdue">overdue</strong>');
  });

  it('adds the reader zone when it differs from the support zone', () => {
    expect(renderStatusView(doc, {now: NOW, readerZone: 'Europe/Berlin'})).toContain(
      '(your time: Dec 2, 2026, 12:20 GMT+1)',
    );
    expect(renderStatusView(doc, {now: NOW, readerZone: 'America/New_York'})).not.toContain('your time');
  });

  it('replaces the view between its markers', () => {
    const page = `<main>${renderStatusView(doc, {now: NOW})}</main>`;
    const quiet = buildStatusDocument([], INPUTS, NOW);
    const out = replaceStatusView(page, renderStatusView(quiet, {now: NOW}));
    expect(out).toMatch(/^<main><!--status-view-->.*All Systems Operational.*<!--\/status-view--><\/main>$/);
    expect(out.split(VIEW_MARKERS.begin)).toHaveLength(2);
    expect(() => replaceStatusView('<main></main>', '')).toThrow('no status view markers');
  });
});
