import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {DEEP_LINKS} from '../../../data/deepLinks';
import {aggregate} from '../aggregate';
import {parseLogLine, readLogFiles} from '../parse';
import {renderHtml, renderSummary} from '../render';

/**
 * The fixture log: week 49 as a plain file, week 50 gzipped (a rotated log), with a blank line and three bad
 * lines. Its answers are counted by hand in the comments below.
 */
const dir = mkdtempSync(join(tmpdir(), 'feedback-report-'));
const week49 = join(__dirname, 'fixture-week49.ndjson');
const week50 = join(dir, 'events.log.1.gz');
writeFileSync(week50, gzipSync(readFileSync(join(__dirname, 'fixture-week50.ndjson'))));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const log = readLogFiles([week49, week50]);
const report = aggregate(log, {links: DEEP_LINKS, helpfulThreshold: 0.6, minVotes: 5});

describe('parseLogLine', () => {
  it('reads a line with its ISO week in the logged offset', () => {
    expect(parseLogLine('{"time":"2026-12-06T23:30:00-05:00","args":"v=1&t=ask&q=refund"}')).toEqual({
      time: '2026-12-06T23:30:00-05:00',
      week: '2026-W49',
      event: {type: 'ask', query: 'refund'},
    });
    // Sunday night in New York is already Monday in UTC: the week is the server's, as logged.
    expect(parseLogLine('{"time":"2026-12-07T04:30:00+00:00","args":"v=1&t=ask&q=refund"}')).toMatchObject({
      week: '2026-W50',
    });
  });

  it.each([
    ['{"time":"yesterday","args":"v=1&t=ask&q=x"}', 'time is not an ISO 8601 instant'],
    ['{"time":"2026-12-02T10:00:00","args":"v=1&t=ask&q=x"}', 'time is not an ISO 8601 instant'],
    ['{"time":"2026-12-02T10:00:00Z"}', 'not an object with exactly "time" and "args" strings'],
    ['[1]', 'not an object with exactly "time" and "args" strings'],
    ['{"time":"2026-12-02T10:00:00Z","args":"v=1&t=ask&q=X"}', 'query not clean'],
  ])('%s: %s', (line, error) => {
    expect(parseLogLine(line)).toEqual({error});
  });
});

describe('the report of the fixture log', () => {
  it('counts lines, events and bad lines, plain and gzipped', () => {
    expect(report.lines).toBe(40);
    expect(report.events).toBe(37);
    expect(report.bad).toEqual([
      {file: week49, line: 6, reason: 'not JSON'},
      {file: week50, line: 4, reason: 'not an object with exactly "time" and "args" strings'},
      {file: week50, line: 8, reason: 'query not clean'},
    ]);
    expect(report.from).toBe('2026-12-02T09:00:00-05:00');
    expect(report.to).toBe('2026-12-09T12:13:00-05:00');
  });

  it('gives the helpful rate per section, flagging those below 60% with at least 5 votes', () => {
    expect(
      report.sections.map(({id, yes, no, votes, rate, flagged, known}) => ({id, yes, no, votes, rate, flagged, known})),
    ).toEqual([
      {id: 'client.pdf-download-failing', yes: 2, no: 4, votes: 6, rate: 2 / 6, flagged: true, known: true},
      {id: 'client.pop-ups-blocked', yes: 1, no: 4, votes: 5, rate: 0.2, flagged: true, known: true},
      {id: 'faq.do-i-need-an-account', yes: 3, no: 1, votes: 4, rate: 0.75, flagged: false, known: true},
      {id: 'client.old-section', yes: 0, no: 1, votes: 1, rate: 0, flagged: false, known: false},
    ]);
    expect(report.sections[0]!.title).toBe('PDF download failing');
    expect(report.sections[3]!.title).toBe('client.old-section');
    expect(report.sections[0]!.reasons).toEqual({'steps-failed': 2, 'hard-to-follow': 1});
    expect(report.sections[1]!.reasons).toEqual({'steps-failed': 1, 'out-of-date': 2});
  });

  it('gives the helpful rate per page and in total', () => {
    expect(report.pages).toEqual([
      {page: '/clients/troubleshooting', title: 'Client Troubleshooting Guide', yes: 3, no: 9, votes: 12, rate: 0.25},
      {page: '/faq', title: 'Common FAQ', yes: 3, no: 1, votes: 4, rate: 0.75},
    ]);
    expect(report.total).toEqual({yes: 6, no: 10, votes: 16, rate: 0.375});
  });

  it('ranks the reasons for No and the searches', () => {
    expect(report.reasons.map((r) => [r.id, r.count])).toEqual([
      ['steps-failed', 3],
      ['out-of-date', 2],
      ['hard-to-follow', 1],
    ]);
    expect(report.searches).toBe(9);
    expect(report.noResults).toEqual([
      {text: 'refund', count: 3},
      {text: 'invoice [number]', count: 1},
    ]);
    expect(report.noClick).toEqual([
      {text: 'expired link', count: 2},
      {text: 'login', count: 1},
    ]);
    expect(report.requests).toEqual([
      {text: 'refund', count: 2},
      {text: 'pdf', count: 1},
    ]);
    expect(report.asks).toEqual([{text: 'refund', count: 2}]);
  });

  it('gives each ISO week', () => {
    expect(report.weeks).toEqual([
      {week: '2026-W49', yes: 5, no: 3, votes: 8, rate: 0.625, searches: 4, noResults: 2, requests: 1, asks: 1},
      {week: '2026-W50', yes: 1, no: 7, votes: 8, rate: 0.125, searches: 5, noResults: 2, requests: 2, asks: 1},
    ]);
  });

  it('renders a self-contained HTML page: no script, no external reference, log text escaped', () => {
    const html = renderHtml(
      aggregate(
        {
          lines: 1,
          bad: [],
          events: [{time: '2026-12-02T10:00:00Z', week: '2026-W49', event: {type: 'ask', query: '<script>x</script>'}}],
        },
        {links: DEEP_LINKS, helpfulThreshold: 0.6, minVotes: 5},
      ),
      '2026-12-02T11:00:00Z',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    const full = renderHtml(report, '2026-12-10T00:00:00Z');
    expect(full).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(full.match(/<svg /g)).toHaveLength(3);
    expect(full).toContain('PDF download failing');
    expect(full).toContain('33% (flagged)');
  });

  it('prints a summary table', () => {
    const summary = renderSummary(report);
    expect(summary.split('\n')[0]).toBe('40 lines, 37 events, 3 bad lines; 16 votes, 38% helpful; 9 searches.');
    expect(summary).toMatch(/client\.pdf-download-failing\s+2\s+4\s+33%\s+FLAGGED/);
    expect(summary).toMatch(/faq\.do-i-need-an-account\s+3\s+1\s+75%\n/);
  });
});
