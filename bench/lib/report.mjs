// @ts-check
/**
 * The printed table of `npm run bench`, and the check of the issue's targets
 * (reported, never asserted: figures depend on the machine).
 */

/** @param {number | null | undefined} bytes */
const kb = (bytes) => (bytes == null ? '-' : `${(bytes / 1024).toFixed(1)} KB`);
/** @param {number | null | undefined} bytes */
const mb = (bytes) => (bytes == null ? '-' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
/** @param {number | null | undefined} s */
const sec = (s) => (s == null ? '-' : `${s.toFixed(1)} s`);
/** @param {number | null | undefined} ms */
const msec = (ms) => (ms == null ? '-' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
/** @param {number | null | undefined} a @param {number | null | undefined} b */
const ratio = (a, b) => (a == null || b == null || b === 0 ? '-' : `${(a / b).toFixed(2)}`);

/**
 * Prints rows as an aligned text table.
 * @param {string} title
 * @param {string[]} header
 * @param {string[][]} rows
 */
function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/**
 * Prints every measured figure, ours beside the reference with the ratio
 * ours/reference, then the targets, met or missed.
 * @param {any} results the object written to bench/results.json
 */
export function printReport(results) {
  const ref = results.options.withReference;
  const m = results.machine;
  console.log(
    `\nSupport Center benchmark — ${results.generatedAt}\nNode ${m.node}, ${m.chromium}, ${m.cpus} CPUs, load ${m.loadAverageAtStart.join(' ')}; median of ${results.options.runs} run(s)`,
  );

  const b = results.build;
  if (b.ours) {
    const rows = [
      [
        'cold build',
        sec(b.ours.coldSeconds),
        sec(b.reference?.coldSeconds),
        ratio(b.ours.coldSeconds, b.reference?.coldSeconds),
      ],
      [
        'warm build',
        sec(b.ours.warmSeconds),
        sec(b.reference?.warmSeconds),
        ratio(b.ours.warmSeconds, b.reference?.warmSeconds),
      ],
      [
        'peak memory (build process tree)',
        mb(b.ours.peakRssBytes),
        mb(b.reference?.peakRssBytes),
        ratio(b.ours.peakRssBytes, b.reference?.peakRssBytes),
      ],
      [
        'HTML pages',
        String(b.ours.htmlPages),
        String(b.reference?.htmlPages ?? '-'),
        ratio(b.ours.htmlPages, b.reference?.htmlPages),
      ],
      [
        'search index, raw',
        kb(b.ours.searchIndex?.rawBytes),
        kb(b.reference?.searchIndex?.rawBytes),
        ratio(b.ours.searchIndex?.rawBytes, b.reference?.searchIndex?.rawBytes),
      ],
      [
        'search index, gzip',
        kb(b.ours.searchIndex?.gzipBytes),
        kb(b.reference?.searchIndex?.gzipBytes),
        ratio(b.ours.searchIndex?.gzipBytes, b.reference?.searchIndex?.gzipBytes),
      ],
    ];
    table('Build', ['figure', 'ours', 'reference', 'ratio'], ref ? rows : rows.map((r) => [r[0], r[1]]));
  }

  if (results.bytes.length) {
    const rows = [];
    for (const o of results.bytes.filter((/** @type {any} */ x) => x.site === 'ours')) {
      const r = results.bytes.find((/** @type {any} */ x) => x.site === 'reference' && x.kind === o.kind);
      for (const [name, key] of [
        ['JS', 'js'],
        ['CSS', 'css'],
        ['all', 'total'],
      ]) {
        rows.push([
          `${o.label} ${o.path}: ${name}`,
          `${o[key].requests} req`,
          `${kb(o[key].rawBytes)} / ${kb(o[key].gzipBytes)}`,
          r ? `${r[key].requests} req` : '-',
          r ? `${kb(r[key].rawBytes)} / ${kb(r[key].gzipBytes)}` : '-',
          r ? ratio(o[key].gzipBytes, r[key].gzipBytes) : '-',
        ]);
      }
    }
    table(
      'First load (mobile viewport, empty cache, gzip by the server; raw / transferred; prefetches of other pages excluded)',
      ref ? ['page', 'ours', 'raw / gzip', 'reference', 'raw / gzip', 'ratio gzip'] : ['page', 'ours', 'raw / gzip'],
      ref ? rows : rows.map((/** @type {string[]} */ r) => r.slice(0, 3)),
    );
  }

  if (results.lighthouse.length) {
    const fmt = (/** @type {any} */ x) =>
      x
        ? `${x.performance}/${x.accessibility}/${x.bestPractices}/${x.seo}  ${msec(x.lcpMs)}  ${msec(x.tbtMs)}  ${x.cls?.toFixed(3)}`
        : '-';
    const rows = results.lighthouse
      .filter((/** @type {any} */ x) => x.site === 'ours')
      .map((/** @type {any} */ o) => {
        const r = results.lighthouse.find(
          (/** @type {any} */ x) => x.site === 'reference' && x.kind === o.kind && x.formFactor === o.formFactor,
        );
        return [`${o.label} ${o.path}`, o.formFactor, fmt(o), fmt(r)];
      });
    table(
      'Lighthouse 12.8.2 (perf/a11y/best practices/SEO  LCP  TBT  CLS; median of runs)',
      ref ? ['page', 'preset', 'ours', 'reference'] : ['page', 'preset', 'ours'],
      ref ? rows : rows.map((/** @type {string[]} */ r) => r.slice(0, 3)),
    );
    const busy = results.lighthouse.reduce(
      (/** @type {number} */ n, /** @type {any} */ x) => n + (x.discardedBusyRuns?.length ?? 0),
      0,
    );
    const indexes = results.lighthouse.flatMap((/** @type {any} */ x) =>
      x.runs.map((/** @type {any} */ r) => r.benchmarkIndex),
    );
    console.log(
      `  Lighthouse benchmark index of the kept runs ${Math.min(...indexes)}-${Math.max(...indexes)}; ${busy} run(s) repeated because the machine was busy`,
    );
    const failed = results.lighthouse.filter((/** @type {any} */ x) => x.site === 'ours' && x.failedAudits.length);
    for (const f of failed) console.log(`  ours ${f.path} ${f.formFactor}: failed audits ${f.failedAudits.join(', ')}`);
  }

  if (results.scale) {
    const s = results.scale.sites;
    const o = s.ours;
    const r = s.reference;
    const rows = [
      ['HTML pages', String(o?.htmlPages ?? '-'), String(r?.htmlPages ?? '-'), ratio(o?.htmlPages, r?.htmlPages)],
      [
        'cold build',
        sec(o?.coldBuildSeconds),
        sec(r?.coldBuildSeconds),
        ratio(o?.coldBuildSeconds, r?.coldBuildSeconds),
      ],
      ['peak memory', mb(o?.peakRssBytes), mb(r?.peakRssBytes), ratio(o?.peakRssBytes, r?.peakRssBytes)],
      [
        'search index, raw',
        kb(o?.searchIndex.rawBytes),
        kb(r?.searchIndex.rawBytes),
        ratio(o?.searchIndex.rawBytes, r?.searchIndex.rawBytes),
      ],
      [
        'search index, gzip',
        kb(o?.searchIndex.gzipBytes),
        kb(r?.searchIndex.gzipBytes),
        ratio(o?.searchIndex.gzipBytes, r?.searchIndex.gzipBytes),
      ],
      [
        'first result after last keystroke (4x CPU)',
        msec(o?.firstResultMs),
        msec(r?.firstResultMs),
        ratio(o?.firstResultMs, r?.firstResultMs),
      ],
      [
        'first result after the first keystroke',
        msec(o?.sinceFirstKeyMs),
        msec(r?.sinceFirstKeyMs),
        ratio(o?.sinceFirstKeyMs, r?.sinceFirstKeyMs),
      ],
      ['every typed character kept', yesNo(o?.allKeystrokesKept), yesNo(r?.allKeystrokesKept), ''],
    ];
    table(
      `Scale: ${results.scale.articles} synthetic articles added to each site; query "${results.scale.query}" typed at ${results.scale.keyDelayMs} ms per key`,
      ['figure', 'ours', 'reference', 'ratio'],
      ref ? rows : rows.map((/** @type {any} */ x) => [x[0], x[1]]),
    );
    for (const [name, site] of Object.entries(s)) {
      for (const q of site.searches) {
        if (!q.keystrokesKept) console.log(`  ${name}: typed "${q.typed}", the box held "${q.boxValue}"`);
      }
      console.log(`  ${name}: search worker ${site.searches[0]?.worker ?? '-'}`);
    }
  }

  if (results.search) printSearch(results.search, ref);

  printTargets(results);
}

/**
 * The search section: the first search on an emulated phone, per site and at
 * --scale N.
 * @param {any} search results.search
 * @param {boolean} ref
 */
function printSearch(search, ref) {
  const e = search.emulation;
  const row = (/** @type {string} */ label, /** @type {any} */ x) =>
    x
      ? [
          label,
          `${x.page} "${x.query}"`,
          `${kb(x.bytes.index)} + ${kb(x.bytes.other)}`,
          msec(x.firstSuggestionMs),
          msec(x.wholeQueryMs),
          `${x.keystrokesKept}/${x.runs.length}`,
        ]
      : [label, '-', '-', '-', '-', '-'];
  const rows = [row('this site', search.sites.ours)];
  if (search.home) rows.push(row('this site, home page box', search.home));
  if (ref) rows.push(row('reference', search.sites.reference));
  if (search.scale) {
    const n = search.scale.articles;
    rows.push(row(`this site, --scale ${n}`, search.scale.sites.ours));
    if (ref) rows.push(row(`reference, --scale ${n}`, search.scale.sites.reference));
  }
  table(
    `Search on a phone (${e.viewport.width} px, ${e.latencyMs} ms per request, ${(e.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ${e.cpuRate}x CPU), first search of a fresh context on a content page, typed at ${search.keyDelayMs} ms per key, ${search.server}; median of runs`,
    [
      'site',
      'page',
      'bytes before 1st suggestion (index + other)',
      '1st key to 1st suggestion',
      '1st key to whole query',
      'characters kept',
    ],
    rows,
  );
  const workers = [search.sites.ours, search.sites.reference, ...Object.values(search.scale?.sites ?? {})]
    .filter(Boolean)
    .map((/** @type {any} */ x) => x.worker);
  console.log(`  search worker: ${[...new Set(workers)].join(' | ')}`);
  for (const [name, x] of Object.entries(search.scale?.sites ?? {}))
    console.log(
      `  ${name} at --scale ${search.scale.articles}: index ${kb(x.searchIndex?.rawBytes)} raw, ${kb(x.searchIndex?.gzipBytes)} gzip; headings tier ${x.searchIndexHeadingsTier?.files.length ? `${kb(x.searchIndexHeadingsTier.rawBytes)} raw, ${kb(x.searchIndexHeadingsTier.gzipBytes)} gzip` : 'none'}`,
    );
}

/** @param {boolean | undefined} v */
function yesNo(v) {
  return v === undefined ? '-' : v ? 'yes' : 'NO';
}

/**
 * The issue's targets, each met, missed or not measured in this run.
 * @param {any} results
 */
function printTargets(results) {
  /** @type {[string, boolean | null, string][]} */
  const t = [];
  const oursLh = results.lighthouse.filter((/** @type {any} */ x) => x.site === 'ours');
  if (oursLh.length) {
    const mobile = oursLh.filter((/** @type {any} */ x) => x.formFactor === 'mobile');
    const worst = Math.min(...mobile.map((/** @type {any} */ x) => x.performance));
    t.push(['Lighthouse mobile performance >= 95 on every measured page', worst >= 95, `lowest ${worst}`]);
    for (const [key, name] of [
      ['accessibility', 'accessibility'],
      ['bestPractices', 'best practices'],
      ['seo', 'SEO'],
    ]) {
      const low = Math.min(...oursLh.map((/** @type {any} */ x) => x[key]));
      t.push([`Lighthouse ${name} 100 (mobile and desktop)`, low === 100, `lowest ${low}`]);
    }
  }
  const content = results.bytes.find((/** @type {any} */ x) => x.site === 'ours' && x.kind === 'troubleshooting');
  const contentRef = results.bytes.find(
    (/** @type {any} */ x) => x.site === 'reference' && x.kind === 'troubleshooting',
  );
  if (content && contentRef) {
    t.push([
      'content page first-load gzip <= reference',
      content.total.gzipBytes <= contentRef.total.gzipBytes,
      `${kb(content.total.gzipBytes)} vs ${kb(contentRef.total.gzipBytes)}`,
    ]);
  }
  const s = results.scale?.sites;
  if (s?.ours && s?.reference) {
    const r = s.ours.coldBuildSeconds / s.reference.coldBuildSeconds;
    t.push([
      `cold build <= 1.2 x reference at the same page count (${results.scale.articles} articles added)`,
      r <= 1.2,
      `${r.toFixed(2)} x`,
    ]);
  } else if (results.build.ours?.coldSeconds && results.build.reference?.coldSeconds) {
    const r = results.build.ours.coldSeconds / results.build.reference.coldSeconds;
    t.push(['cold build <= 1.2 x reference (base sites; page counts differ)', r <= 1.2, `${r.toFixed(2)} x`]);
  }
  if (s?.ours) {
    const ms = s.ours.firstResultMs;
    t.push([
      `search at ${results.scale.articles} articles: first result <= 1.5 s after the last keystroke (4x CPU)`,
      ms != null && ms <= 1500,
      msec(ms),
    ]);
    t.push([
      'search: no typed character lost',
      s.ours.allKeystrokesKept,
      s.ours.allKeystrokesKept ? 'all kept' : 'characters lost',
    ]);
  }
  const phone = results.search?.sites?.ours;
  if (phone) {
    t.push([
      'search on a phone: first suggestion <= 1.5 s after the first keystroke (content page)',
      phone.firstSuggestionMs != null && phone.firstSuggestionMs <= 1500,
      msec(phone.firstSuggestionMs),
    ]);
    t.push([
      'search on a phone: no typed character lost',
      phone.keystrokesKept === phone.runs.length,
      `${phone.keystrokesKept}/${phone.runs.length} runs kept every character`,
    ]);
  }
  if (!t.length) return;
  table(
    'Targets (issues 6 and 11)',
    ['target', 'status', 'measured'],
    t.map(([name, ok, measured]) => [name, ok === null ? 'not measured' : ok ? 'met' : 'MISSED', measured]),
  );
}
