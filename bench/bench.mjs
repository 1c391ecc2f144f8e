#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: this site side by side with a bare reference site (the
 * Docusaurus classic TypeScript template at the same version, with the same
 * search plugin), both served by the same compressing static server (`serve`;
 * the search section: nginx with deploy/nginx.conf, as in production).
 * Prints a table and writes bench/results.json. See "Benchmark" in README.md.
 *
 * Options:
 *   --runs N          runs per figure, the median is reported (default 3)
 *   --pages LIST      home,troubleshooting,priorities,request (default: all four;
 *                     request = /contact/request, if the site has it), paths such
 *                     as /faq (this site only), or `all` to add every contract
 *                     route of tests/routes.ts (this site only)
 *   --scale [N]       also the scale mode: N synthetic articles (default 300)
 *   --skip-reference  measure this site only (no ratios)
 *   --only LIST       sections to run, of build,bytes,lighthouse,search,scale
 *                     (default: all; scale only with --scale; search also at
 *                     --scale N when given)
 *   --query TEXT      the search query of the search section and the scale
 *                     mode (default "pdf download")
 *   --fresh           regenerate the reference site
 *
 * Nothing here is a test: figures vary with the machine and its load.
 */
import {mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {execFileSync} from 'node:child_process';
import {parseArgs} from 'node:util';
import {buildFacts, buildSite, prepareReference, scaledCopy, TEMPLATE_VERSION} from './lib/build.mjs';
import {
  CHROME_PATH,
  PHONE,
  firstLoad,
  launchChrome,
  lighthouseRun,
  median,
  searchLatency,
  searchOnPhone,
  serveBuild,
} from './lib/browser.mjs';
import {nginxBinary, serveNginx} from './lib/nginx.mjs';
import {writeSyntheticArticles} from './lib/synthetic.mjs';
import {printReport} from './lib/report.mjs';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = join(repoDir, 'bench', '.work');
const resultsFile = join(repoDir, 'bench', 'results.json');

const {values: args} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    pages: {type: 'string', default: 'home,troubleshooting,priorities,request'},
    scale: {type: 'string'},
    'skip-reference': {type: 'boolean', default: false},
    only: {type: 'string'},
    query: {type: 'string', default: 'pdf download'},
    fresh: {type: 'boolean', default: false},
    help: {type: 'boolean', default: false},
  },
  allowPositionals: false,
  strict: true,
  args: normalizeScaleFlag(process.argv.slice(2)),
});

if (args.help) {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.log(
    /\/\*\*([\s\S]*?)\*\//
      .exec(source)?.[1]
      ?.replace(/^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}

/**
 * `--scale` may stand alone (default 300) or take a number.
 * @param {string[]} argv
 */
function normalizeScaleFlag(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scale' && !/^\d+$/.test(argv[i + 1] ?? '')) out.push('--scale', '300');
    else out.push(argv[i]);
  }
  return out;
}

const runs = positiveInt(args.runs, '--runs');
const scale = args.scale === undefined ? null : positiveInt(args.scale, '--scale');
const SECTIONS = ['build', 'bytes', 'lighthouse', 'search', 'scale'];
const sections = new Set(
  (args.only ?? SECTIONS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
for (const s of sections) {
  if (!SECTIONS.includes(s)) fail(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
}
if (sections.has('scale') && args.only !== undefined && args.scale === undefined)
  fail('--only scale needs --scale [N]');
const withReference = !args['skip-reference'];

/** @param {string} value @param {string} name */
function positiveInt(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** @param {string} s */
function log(s) {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
}

/**
 * The pages compared. The reference has no priority picker or request form:
 * its counterparts are plain docs pages of the template, so the ratio shows
 * what the widgets cost.
 */
const PAGE_KINDS = /** @type {const} */ ({
  home: {label: 'home', ours: '/', ref: '/'},
  troubleshooting: {label: 'troubleshooting (content page)', ours: '/clients/troubleshooting', ref: '/docs/intro'},
  priorities: {label: 'priorities (picker)', ours: '/priorities', ref: '/docs/tutorial-basics/create-a-page'},
  request: {label: 'request builder', ours: '/contact/request', ref: '/docs/tutorial-basics/create-a-document'},
});

/** The contract routes of tests/routes.ts (read as text: the bench runs plain Node). */
function contractRoutes() {
  const text = readFileSync(join(repoDir, 'tests', 'routes.ts'), 'utf8');
  return [...text.matchAll(/path:\s*'([^']+)'/g)].map((m) => m[1]);
}

/** @param {string} buildDir @param {string} route */
function routeExists(buildDir, route) {
  const rel = route === '/' ? 'index.html' : `${route.replace(/^\//, '')}/index.html`;
  return existsSync(join(buildDir, rel)) || existsSync(join(buildDir, `${route.replace(/^\//, '')}.html`));
}

/** @param {string} cmd @param {string[]} a */
function version(cmd, a) {
  try {
    return execFileSync(cmd, a, {encoding: 'utf8'}).trim();
  } catch {
    return 'unknown';
  }
}

/** @typedef {{kind: string, label: string, site: string, path: string}} Page a page measured on one site */

/** @type {Record<string, any>} */
const results = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    chromium: version(CHROME_PATH, ['--version']),
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  },
  options: {runs, pages: args.pages, scale, withReference, sections: [...sections], query: args.query},
  reference: withReference
    ? {template: `create-docusaurus@${TEMPLATE_VERSION} classic --typescript`, searchPlugin: 'hashed: true'}
    : null,
  /** @type {Record<string, any>} */
  build: {},
  /** @type {{kind: string, label: string, site: string, path: string, mobile?: any}[]} */
  pages: [],
  /** @type {any[]} */
  bytes: [],
  /** @type {any[]} */
  lighthouse: [],
  /** @type {any} */
  search: null,
  /** @type {any} */
  scale: null,
};

function save() {
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

async function main() {
  mkdirSync(workDir, {recursive: true});
  /** @type {{name: 'ours' | 'reference', dir: string}[]} */
  const sites = [{name: 'ours', dir: repoDir}];
  if (withReference) sites.push({name: 'reference', dir: prepareReference(workDir, repoDir, {fresh: args.fresh, log})});

  // 1. Builds: cold and warm, alternating sites so machine load hits both alike.
  for (const site of sites) results.build[site.name] = {cold: [], warm: []};
  if (sections.has('build')) {
    for (let i = 0; i < runs; i++) {
      for (const site of sites) {
        log(`build ${site.name}: cold ${i + 1}/${runs}`);
        results.build[site.name].cold.push(
          await buildSite(site.dir, {cold: true, logFile: join(workDir, `build-${site.name}.log`)}),
        );
        log(`build ${site.name}: warm ${i + 1}/${runs}`);
        results.build[site.name].warm.push(
          await buildSite(site.dir, {cold: false, logFile: join(workDir, `build-${site.name}.log`)}),
        );
      }
    }
  } else {
    for (const site of sites) {
      if (!existsSync(join(site.dir, 'build', 'index.html'))) {
        log(`build ${site.name}: no build yet, building once`);
        await buildSite(site.dir, {cold: false, logFile: join(workDir, `build-${site.name}.log`)});
      }
    }
  }
  for (const site of sites) {
    const b = results.build[site.name];
    Object.assign(b, {
      coldSeconds: median(b.cold.map((/** @type {{seconds: number}} */ r) => r.seconds)),
      warmSeconds: median(b.warm.map((/** @type {{seconds: number}} */ r) => r.seconds)),
      peakRssBytes:
        b.cold.length + b.warm.length
          ? Math.max(...[...b.cold, ...b.warm].map((/** @type {{peakRssBytes: number}} */ r) => r.peakRssBytes))
          : null,
      ...buildFacts(join(site.dir, 'build')),
    });
  }
  save();

  // 2. Pages to compare.
  const wanted = args.pages.split(',').map((s) => s.trim());
  const kinds = wanted.includes('all') ? Object.keys(PAGE_KINDS) : wanted.filter((k) => !k.startsWith('/'));
  for (const k of kinds) {
    if (!(k in PAGE_KINDS))
      fail(`--pages: unknown page "${k}" (${Object.keys(PAGE_KINDS).join(', ')}, all, or a path such as /faq)`);
  }
  for (const k of kinds) {
    const kind = PAGE_KINDS[/** @type {keyof typeof PAGE_KINDS} */ (k)];
    if (!routeExists(join(repoDir, 'build'), kind.ours)) {
      log(`pages: this site has no ${kind.ours}; "${k}" left out`);
      continue;
    }
    results.pages.push({kind: k, label: kind.label, site: 'ours', path: kind.ours});
    if (withReference) results.pages.push({kind: k, label: kind.label, site: 'reference', path: kind.ref});
  }
  const extra = wanted.includes('all') ? contractRoutes() : wanted.filter((k) => k.startsWith('/'));
  if (extra.length) {
    const listed = new Set(
      results.pages.filter((/** @type {Page} */ p) => p.site === 'ours').map((/** @type {Page} */ p) => p.path),
    );
    for (const route of extra) {
      if (!listed.has(route)) results.pages.push({kind: route, label: 'route', site: 'ours', path: route});
    }
  }

  // 3. First-load bytes and Lighthouse, each site behind `serve`.
  if (sections.has('bytes') || sections.has('lighthouse')) {
    for (const site of sites) {
      const server = await serveBuild(join(site.dir, 'build'));
      const chrome = await launchChrome();
      try {
        const pages = results.pages.filter((/** @type {Page} */ p) => p.site === site.name);
        if (sections.has('bytes')) {
          for (const p of pages) {
            log(`first load ${site.name} ${p.path}`);
            const samples = [];
            for (let i = 0; i < runs; i++)
              samples.push(await firstLoad(chrome.browser, server.url + p.path, {mobile: true}));
            results.bytes.push({
              kind: p.kind,
              label: p.label,
              site: site.name,
              path: p.path,
              ...medianLoad(samples),
              requests: samples[0].list,
            });
          }
          save();
        }
        if (sections.has('lighthouse')) {
          for (const p of pages) {
            for (const formFactor of /** @type {const} */ (['mobile', 'desktop'])) {
              const samples = [];
              const discarded = [];
              for (let i = 0; i < runs; i++) {
                log(`lighthouse ${site.name} ${p.path} ${formFactor} ${i + 1}/${runs}`);
                let sample = await lighthouseRun(chrome.port, server.url + p.path, formFactor);
                // Lighthouse's benchmark index measures the CPU it got. On a shared machine
                // another process can take most of it for a while; such a run says
                // nothing about the page, so it is run again (at most twice).
                for (let retry = 0; retry < 2 && isBusy(sample.benchmarkIndex); retry++) {
                  log(
                    `  machine busy (benchmark index ${sample.benchmarkIndex} < ${BUSY_SHARE} x ${bestBenchmarkIndex}), running again`,
                  );
                  discarded.push(sample);
                  await new Promise((r) => setTimeout(r, 5000));
                  sample = await lighthouseRun(chrome.port, server.url + p.path, formFactor);
                }
                samples.push(sample);
              }
              results.lighthouse.push({
                kind: p.kind,
                label: p.label,
                site: site.name,
                path: p.path,
                formFactor,
                runs: samples,
                discardedBusyRuns: discarded,
                ...medianScores(samples),
              });
              save();
            }
          }
        }
      } finally {
        await chrome.close();
        await server.stop();
      }
    }
  }

  // 4. Search on a phone: the first search, from the first keystroke, on each site behind nginx, and at --scale N.
  if (sections.has('search')) {
    const nginx = nginxBinary() !== null;
    results.search = {
      query: args.query,
      referenceQuery: REFERENCE_QUERY,
      keyDelayMs: SEARCH_KEY_DELAY_MS,
      emulation: PHONE,
      server: nginx ? 'nginx with deploy/nginx.conf' : 'serve (nginx not installed)',
      sites: {},
      scale: null,
    };
    const measure = async (
      /** @type {string} */ label,
      /** @type {string} */ buildDir,
      /** @type {string} */ page,
      /** @type {boolean} */ ours,
      /** @type {string} */ query,
      /** @type {string | undefined} */ box = undefined,
    ) => {
      const server = nginx ? await serveNginx(buildDir, repoDir) : await serveBuild(buildDir);
      const chrome = await launchChrome();
      const samples = [];
      try {
        for (let i = 0; i < runs; i++) {
          log(`search ${label}: "${query}" on an emulated phone ${i + 1}/${runs}`);
          samples.push(
            await searchOnPhone(chrome.browser, server.url + page, {
              query,
              keyDelayMs: SEARCH_KEY_DELAY_MS,
              timeoutMs: 60_000,
              marked: ours,
              ...(box ? {box} : {}),
            }),
          );
        }
      } finally {
        await chrome.close();
        await server.stop();
      }
      return {query, ...summarizeSearch(page, samples)};
    };
    for (const site of sites) {
      const ours = site.name === 'ours';
      results.search.sites[site.name] = await measure(
        site.name,
        join(site.dir, 'build'),
        CONTENT_PAGE[site.name],
        ours,
        ours ? args.query : REFERENCE_QUERY,
      );
    }
    // The home page's own box: the index loads when the page is idle, before anyone taps.
    results.search.home = await measure(
      'ours, home page box',
      join(repoDir, 'build'),
      '/',
      true,
      args.query,
      '#home-search',
    );
    save();
    if (scale !== null) {
      results.search.scale = {articles: scale, sites: {}};
      for (const site of sites) {
        const dir = await scaledBuild(site, scale);
        results.search.scale.sites[site.name] = {
          ...(await measure(
            `${site.name} at --scale ${scale}`,
            join(dir, 'build'),
            CONTENT_PAGE[site.name],
            site.name === 'ours',
            args.query,
          )),
          ...(({searchIndex, searchIndexHeadingsTier}) => ({searchIndex, searchIndexHeadingsTier}))(
            buildFacts(join(dir, 'build')),
          ),
        };
        save();
      }
    }
  }

  // 5. Scale: N synthetic articles in a copy of each site.
  if (scale !== null && sections.has('scale')) {
    results.scale = {articles: scale, query: args.query, cpuSlowdown: 4, keyDelayMs: 100, sites: {}};
    for (const site of sites) {
      const copyDir = join(workDir, `scale-${site.name}`);
      log(`scale ${site.name}: copying with ${scale} synthetic articles`);
      // This site: docs/clients/ and docs/operators/, next to the real guides;
      // the reference: docs/generated/clients/ and docs/generated/operators/.
      const {words} = scaledCopy(
        site.dir,
        copyDir,
        site.name === 'ours' ? '' : 'generated',
        scale,
        writeSyntheticArticles,
      );
      log(`scale ${site.name}: cold build`);
      const build = await buildSite(copyDir, {cold: true, logFile: join(workDir, `build-scale-${site.name}.log`)});
      writeFileSync(stampFile(site.name), JSON.stringify(scaleStamp(site.dir, scale)));
      const facts = buildFacts(join(copyDir, 'build'));
      const server = await serveBuild(join(copyDir, 'build'));
      const chrome = await launchChrome();
      const page = site.name === 'ours' ? '/clients/troubleshooting' : '/docs/intro';
      const searches = [];
      try {
        for (let i = 0; i < runs; i++) {
          log(`scale ${site.name}: search "${args.query}" under 4x CPU slowdown ${i + 1}/${runs}`);
          searches.push(
            await searchLatency(chrome.browser, server.url + page, {
              query: args.query,
              keyDelayMs: 100,
              rate: 4,
              timeoutMs: 60_000,
            }),
          );
        }
      } finally {
        await chrome.close();
        await server.stop();
      }
      results.scale.sites[site.name] = {
        words,
        page,
        coldBuildSeconds: build.seconds,
        peakRssBytes: build.peakRssBytes,
        ...facts,
        searches,
        firstResultMs: median(searches.map((s) => s.firstResultMs)),
        sinceFirstKeyMs: median(searches.map((s) => s.sinceFirstKeyMs)),
        allKeystrokesKept: searches.every((s) => s.keystrokesKept),
      };
      save();
    }
  }

  results.finishedAt = new Date().toISOString();
  save();
  printReport(results);
  console.log(`\nFigures written to ${relative(process.cwd(), resultsFile)}`);
}

/** Milliseconds between keystrokes in the search section (a quick typist on a phone). */
const SEARCH_KEY_DELAY_MS = 100;

/**
 * The query typed on the reference site: its template docs say nothing of
 * PDFs, and a list that never shows a suggestion has no time to measure. The
 * scaled copies of both sites share the synthetic articles, so both take
 * `--query` there.
 */
const REFERENCE_QUERY = 'create a page';

/** The content page the search section starts from, per site. */
const CONTENT_PAGE = /** @type {const} */ ({ours: '/clients/troubleshooting', reference: '/docs/intro'});

/**
 * Medians of the search section's runs, and every run.
 * @param {string} page
 * @param {any[]} samples
 */
function summarizeSearch(page, samples) {
  return {
    page,
    runs: samples,
    firstSuggestionMs: median(samples.map((s) => s.firstSuggestionMs)),
    wholeQueryMs: median(samples.map((s) => s.wholeQueryMs)),
    bytes: {
      index: median(samples.map((s) => s.bytes.index)),
      other: median(samples.map((s) => s.bytes.other)),
      total: median(samples.map((s) => s.bytes.total)),
    },
    keystrokesKept: samples.filter((s) => s.keystrokesKept).length,
    worker: [...new Set(samples.map((s) => s.worker))].join(' | '),
  };
}

/** @param {string} name */
function stampFile(name) {
  return join(workDir, `scale-${name}.stamp.json`);
}

/**
 * What a scaled build was made from: the article count and the site's
 * sources (Git HEAD and the diff of the working tree), so a later run can
 * tell whether it may reuse it.
 * @param {string} dir @param {number} articles
 */
function scaleStamp(dir, articles) {
  const git = (/** @type {string[]} */ a) => {
    try {
      return execFileSync('git', a, {cwd: dir, encoding: 'utf8', maxBuffer: 64 * 2 ** 20});
    } catch {
      return '';
    }
  };
  return {articles, head: git(['rev-parse', 'HEAD']).trim(), diff: String(git(['diff', 'HEAD']).length)};
}

/**
 * The scaled copy of a site, built: the one the scale section of this run (or
 * an earlier run, from the same sources) built, or a new one.
 * @param {{name: string, dir: string}} site @param {number} articles
 */
async function scaledBuild(site, articles) {
  const copyDir = join(workDir, `scale-${site.name}`);
  const stamp = JSON.stringify(scaleStamp(site.dir, articles));
  const built = existsSync(join(copyDir, 'build', 'index.html'));
  if (built && existsSync(stampFile(site.name)) && readFileSync(stampFile(site.name), 'utf8') === stamp) {
    log(`search at --scale ${articles}: reusing the scaled build of ${site.name}`);
    return copyDir;
  }
  log(`search at --scale ${articles}: copying ${site.name} with ${articles} synthetic articles and building it`);
  scaledCopy(site.dir, copyDir, site.name === 'ours' ? '' : 'generated', articles, writeSyntheticArticles);
  await buildSite(copyDir, {cold: true, logFile: join(workDir, `build-scale-${site.name}.log`)});
  writeFileSync(stampFile(site.name), stamp);
  return copyDir;
}

/** A Lighthouse run whose benchmark index is below this share of the best seen ran on a busy machine. */
const BUSY_SHARE = 0.6;
let bestBenchmarkIndex = 0;

/**
 * Whether a Lighthouse run's benchmark index says the machine was busy:
 * below {@link BUSY_SHARE} of the best index seen in this bench run.
 * @param {number | null} index
 */
function isBusy(index) {
  if (index == null) return false;
  bestBenchmarkIndex = Math.max(bestBenchmarkIndex, index);
  return index < BUSY_SHARE * bestBenchmarkIndex;
}

/**
 * Median per figure of several first-load samples.
 * @param {Record<string, any>[]} samples
 */
function medianLoad(samples) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const group of ['js', 'css', 'total', 'prefetched']) {
    out[group] = {};
    for (const field of ['requests', 'rawBytes', 'gzipBytes'])
      out[group][field] = median(samples.map((s) => s[group][field]));
  }
  return out;
}

/**
 * Median per figure of several Lighthouse runs.
 * @param {Record<string, any>[]} samples
 */
function medianScores(samples) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const field of [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcpMs',
    'tbtMs',
    'cls',
    'benchmarkIndex',
  ]) {
    out[field] = median(samples.map((s) => s[field]));
  }
  out.failedAudits = [...new Set(samples.flatMap((s) => s.failedAudits))];
  return out;
}

main().catch((e) => {
  save();
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
