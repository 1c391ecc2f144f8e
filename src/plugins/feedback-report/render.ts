/**
 * The feedback report as a self-contained HTML file (inline CSS, inline SVG
 * bar charts; no script, no font, no image, no request of any kind: it can be
 * mailed or opened from disk) and as a plain-text summary for the terminal.
 * Pure: strings in, strings out. Every text from the log is escaped.
 *
 * @module
 */
import type {Counted, FeedbackReport, SectionLine} from './aggregate';

/** HTML-escapes text for element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c] ?? c,
  );
}

/** A rate as a whole percentage, `–` without votes. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** One bar of a chart. */
interface Bar {
  readonly label: string;
  /** 0 to 1 of the chart's width. */
  readonly fraction: number;
  /** Text at the bar's end. */
  readonly value: string;
  readonly flagged?: boolean;
}

/** A horizontal bar chart as inline SVG, with a title and a text alternative. */
function barChart(title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return '<p class="empty">No data.</p>';
  const row = 26;
  const labelWidth = 330;
  const barWidth = 360;
  const height = bars.length * row + 8;
  const body = bars
    .map((b, i) => {
      const y = i * row + 4;
      const w = Math.max(0, Math.min(1, b.fraction)) * barWidth;
      const label = b.label.length > 48 ? `${b.label.slice(0, 47)}…` : b.label;
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="18" class="${b.flagged ? 'bar flagged' : 'bar'}"/>` +
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}">${escapeHtml(b.value)}</text>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="empty">None.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function countedTable(what: string, list: readonly Counted[]): string {
  return table(
    [what, 'Count'],
    list.map((c) => [escapeHtml(c.text), String(c.count)]),
  );
}

function sectionName(s: SectionLine): string {
  return `${escapeHtml(s.title)}${s.known ? '' : ' <span class="note">(not in the registry)</span>'}<br><span class="note">${escapeHtml(s.id)} · ${escapeHtml(s.page)}</span>`;
}

const CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1c1e21;background:#fff}
h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
thead th{background:#f3f4f6}td{font-variant-numeric:tabular-nums}
.note{color:#555;font-size:.85rem}.empty{color:#555}.flag{color:#a4000f;font-weight:600}
svg text{font:13px system-ui,sans-serif;fill:#1c1e21}.bar{fill:#2e6fb7}.bar.flagged{fill:#b3261e}
.summary{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.summary li{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem}
.summary strong{display:block;font-size:1.4rem}
`;

/**
 * The report as one HTML document.
 *
 * @param report - from `./aggregate.ts`.
 * @param generatedAt - when the report was made (ISO 8601), shown in its header.
 */
export function renderHtml(report: FeedbackReport, generatedAt: string): string {
  const flagged = report.sections.filter((s) => s.flagged);
  const maxReason = Math.max(1, ...report.reasons.map((r) => r.count));
  const maxWeek = Math.max(1, ...report.weeks.map((w) => w.votes));
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>Help center feedback report</title><style>${CSS}</style></head><body><main>`,
    `<h1>Help center feedback report</h1>`,
    `<p class="note">Events from ${escapeHtml(report.from ?? '–')} to ${escapeHtml(report.to ?? '–')}; generated ${escapeHtml(generatedAt)}. A section is flagged below a helpful rate of ${percent(report.threshold)} with at least ${report.minVotes} votes.</p>`,
    `<ul class="summary"><li><strong>${report.total.votes}</strong>votes</li><li><strong>${percent(report.total.rate)}</strong>helpful</li><li><strong>${flagged.length}</strong>flagged sections</li><li><strong>${report.searches}</strong>searches</li><li><strong>${report.requests.reduce((n, r) => n + r.count, 0)}</strong>requests after searching</li><li><strong>${report.events}</strong>events of ${report.lines} lines${report.bad.length ? `, <span class="flag">${report.bad.length} bad</span>` : ''}</li></ul>`,
    `<h2 id="flagged">Flagged sections</h2>`,
    table(
      ['Section', 'Helpful', 'Votes', 'Top reason'],
      flagged.map((s) => {
        const top = Object.entries(s.reasons).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0];
        const label = top ? (report.reasons.find((r) => r.id === top[0])?.text ?? top[0]) : '–';
        return [sectionName(s), `<span class="flag">${percent(s.rate)}</span>`, String(s.votes), escapeHtml(label)];
      }),
    ),
    `<h2 id="sections">Helpful rate per section</h2>`,
    barChart(
      'Helpful rate per section',
      report.sections.map((s) => ({
        label: s.title,
        fraction: s.rate ?? 0,
        value: `${percent(s.rate)} of ${s.votes}`,
        flagged: s.flagged,
      })),
    ),
    table(
      ['Section', 'Yes', 'No', 'Votes', 'Helpful'],
      report.sections.map((s) => [
        sectionName(s),
        String(s.yes),
        String(s.no),
        String(s.votes),
        s.flagged ? `<span class="flag">${percent(s.rate)} (flagged)</span>` : percent(s.rate),
      ]),
    ),
    `<h2 id="pages">Helpful rate per page</h2>`,
    table(
      ['Page', 'Yes', 'No', 'Votes', 'Helpful'],
      report.pages.map((p) => [
        `${escapeHtml(p.title)}<br><span class="note">${escapeHtml(p.page)}</span>`,
        String(p.yes),
        String(p.no),
        String(p.votes),
        percent(p.rate),
      ]),
    ),
    `<h2 id="reasons">Reasons for No</h2>`,
    barChart(
      'Reasons for No',
      report.reasons.map((r) => ({label: r.text, fraction: r.count / maxReason, value: String(r.count)})),
    ),
    `<h2 id="no-results">Top searches with no results</h2>`,
    countedTable('Search', report.noResults),
    `<h2 id="no-click">Top searches with results but no click</h2>`,
    countedTable('Search', report.noClick),
    `<h2 id="requests">Searches followed by a support request</h2>`,
    countedTable('Last search of the visit', report.requests),
    `<h2 id="ask">“Ask support” after a search with no answer</h2>`,
    countedTable('Search', report.asks),
    `<h2 id="weeks">Per ISO week</h2>`,
    barChart(
      'Votes per ISO week',
      report.weeks.map((w) => ({
        label: w.week,
        fraction: w.votes / maxWeek,
        value: `${w.votes} votes, ${percent(w.rate)} helpful`,
      })),
    ),
    table(
      ['Week', 'Votes', 'Helpful', 'Searches', 'No results', 'Requests', 'Ask support'],
      report.weeks.map((w) => [
        escapeHtml(w.week),
        String(w.votes),
        percent(w.rate),
        String(w.searches),
        String(w.noResults),
        String(w.requests),
        String(w.asks),
      ]),
    ),
  ];
  if (report.bad.length > 0) {
    parts.push(
      `<h2 id="bad-lines">Lines that are not events</h2>`,
      table(
        ['File', 'Line', 'Why'],
        report.bad.slice(0, 50).map((b) => [escapeHtml(b.file), String(b.line), escapeHtml(b.reason)]),
      ),
    );
  }
  parts.push('</main></body></html>\n');
  return parts.join('\n');
}

/** Pads a table's columns for the terminal. */
function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The report's summary for the terminal: totals, sections with their rates (flagged marked), and the top lists. */
export function renderSummary(report: FeedbackReport): string {
  const out = [
    `${report.lines} lines, ${report.events} events, ${report.bad.length} bad lines; ${report.total.votes} votes, ${percent(report.total.rate)} helpful; ${report.searches} searches.`,
    '',
    textTable(
      ['Section', 'Yes', 'No', 'Helpful', 'Flag'],
      report.sections.map((s) => [s.id, String(s.yes), String(s.no), percent(s.rate), s.flagged ? 'FLAGGED' : '']),
    ),
    '',
    textTable(
      ['Page', 'Yes', 'No', 'Helpful'],
      report.pages.map((p) => [p.page, String(p.yes), String(p.no), percent(p.rate)]),
    ),
    '',
    textTable(
      ['Reason for No', 'Count'],
      report.reasons.map((r) => [r.text, String(r.count)]),
    ),
    '',
    textTable(
      ['Search with no results', 'Count'],
      report.noResults.map((c) => [c.text, String(c.count)]),
    ),
    '',
    textTable(
      ['Search with no click', 'Count'],
      report.noClick.map((c) => [c.text, String(c.count)]),
    ),
    '',
    textTable(
      ['Search followed by a request', 'Count'],
      report.requests.map((c) => [c.text, String(c.count)]),
    ),
    '',
    textTable(
      ['Week', 'Votes', 'Helpful', 'Searches', 'No results', 'Requests'],
      report.weeks.map((w) => [
        w.week,
        String(w.votes),
        percent(w.rate),
        String(w.searches),
        String(w.noResults),
        String(w.requests),
      ]),
    ),
  ];
  return `${out.join('\n')}\n`;
}
