// @ts-check
/**
 * Preparing and building the two sites: this one and the reference (the
 * Docusaurus classic TypeScript template with the same search plugin),
 * timing each build and sampling the memory of its process tree.
 */
import {spawn, spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';

/** The Docusaurus version of the reference template; must match this site's. */
export const TEMPLATE_VERSION = '3.10.2';

/**
 * Runs a command to completion, streaming nothing; throws with the output's
 * tail when it fails.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{cwd: string, env?: NodeJS.ProcessEnv}} opts
 */
export function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, {cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20});
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed in ${opts.cwd} (exit ${r.status}):\n${out}`);
  }
  return r.stdout;
}

/**
 * Creates (or reuses) the reference site in `dir`: `create-docusaurus@3.10.2
 * classic --typescript`, with this site's npm `overrides` (the @swc/html pin
 * that lets npm install here) and the same version of
 * @easyops-cn/docusaurus-search-local, configured with `hashed: true`, the
 * option this site also uses. Installed with `npm install`.
 *
 * @param {string} workDir bench/.work
 * @param {string} repoDir this repository
 * @param {{fresh: boolean, log: (s: string) => void}} opts
 * @returns {string} the reference site's folder
 */
export function prepareReference(workDir, repoDir, {fresh, log}) {
  const dir = join(workDir, 'ref');
  const ours = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8'));
  const searchVersion = JSON.parse(
    readFileSync(join(repoDir, 'node_modules/@easyops-cn/docusaurus-search-local/package.json'), 'utf8'),
  ).version;
  const marker = join(dir, '.bench-ready');
  const key = JSON.stringify({TEMPLATE_VERSION, searchVersion, overrides: ours.overrides});
  if (!fresh && existsSync(marker) && readFileSync(marker, 'utf8') === key) {
    log(`reference: reusing ${relative(repoDir, dir)} (--fresh to regenerate)`);
    return dir;
  }
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(workDir, {recursive: true});
  log(`reference: npx create-docusaurus@${TEMPLATE_VERSION} ref classic --typescript`);
  run('npx', ['--yes', `create-docusaurus@${TEMPLATE_VERSION}`, 'ref', 'classic', '--typescript', '--skip-install'], {
    cwd: workDir,
  });
  const pkgFile = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.dependencies['@docusaurus/core'] !== TEMPLATE_VERSION) {
    throw new Error(
      `reference template has @docusaurus/core ${pkg.dependencies['@docusaurus/core']}, expected ${TEMPLATE_VERSION}`,
    );
  }
  pkg.overrides = {...(pkg.overrides ?? {}), ...(ours.overrides ?? {})};
  pkg.dependencies['@easyops-cn/docusaurus-search-local'] = searchVersion;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

  const configFile = join(dir, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8');
  const patched = config.replace(
    /\n {2}themeConfig:/,
    `\n  themes: [['@easyops-cn/docusaurus-search-local', {hashed: true}]],\n\n  themeConfig:`,
  );
  if (patched === config) throw new Error('reference: could not add the search plugin to docusaurus.config.ts');
  writeFileSync(configFile, patched);

  log('reference: npm install (the template, the search plugin, the same overrides)');
  run('npm', ['install', '--no-audit', '--no-fund'], {cwd: dir});
  writeFileSync(marker, key);
  return dir;
}

/**
 * A copy of a site for the scale benchmark, with `count` synthetic articles
 * under `docs/<articlesDir>/{clients,operators}/`. Its `node_modules` is a
 * folder of symlinks to the original's packages, so the copy installs
 * nothing and keeps its own build cache.
 *
 * @param {string} siteDir the site to copy
 * @param {string} copyDir where to put the copy (replaced)
 * @param {string} articlesDir folder under docs/ for the articles
 * @param {number} count
 * @param {(dir: string, n: number) => {words: number}} write writes the articles
 */
export function scaledCopy(siteDir, copyDir, articlesDir, count, write) {
  rmSync(copyDir, {recursive: true, force: true});
  const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', 'bench', 'test-results', 'playwright-report']);
  mkdirSync(copyDir, {recursive: true});
  for (const name of readdirSync(siteDir)) {
    if (skip.has(name)) continue;
    cpSync(join(siteDir, name), join(copyDir, name), {recursive: true});
  }
  const modules = join(copyDir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(siteDir, 'node_modules'))) {
    if (name === '.cache') continue;
    symlinkSync(join(siteDir, 'node_modules', name), join(modules, name));
  }
  const {words} = write(join(copyDir, 'docs', articlesDir), count);
  return {dir: copyDir, words};
}

/**
 * Sum of the resident memory (bytes) of a process and all its descendants,
 * read from /proc (Linux).
 * @param {number} rootPid
 */
function treeRss(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = /** @type {number} */ (stack.pop());
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Builds a site with `docusaurus build`, timing it (wall clock, seconds) and
 * sampling the resident memory of the build's process tree every 100 ms
 * (peak, bytes). `cold` first removes build/, .docusaurus/ and the bundler
 * cache (node_modules/.cache); a warm build keeps them.
 *
 * @param {string} dir the site
 * @param {{cold: boolean, logFile: string}} opts
 * @returns {Promise<{seconds: number, peakRssBytes: number}>}
 */
export async function buildSite(dir, {cold, logFile}) {
  if (cold) {
    for (const d of ['build', '.docusaurus', 'node_modules/.cache'])
      rmSync(join(dir, d), {recursive: true, force: true});
  }
  const bin = join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'build'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(logFile, output);
  if (code !== 0) {
    throw new Error(
      `docusaurus build failed in ${dir} (exit ${code}); log: ${logFile}\n${output.split('\n').slice(-20).join('\n')}`,
    );
  }
  return {seconds, peakRssBytes: peak};
}

/**
 * What a build contains: HTML pages, and the search index files with their
 * raw and gzip sizes.
 * @param {string} buildDir
 */
export function buildFacts(buildDir) {
  /** @param {string} d @returns {string[]} */
  const walk = (d) =>
    readdirSync(d).flatMap((n) => {
      const f = join(d, n);
      return statSync(f).isDirectory() ? walk(f) : [f];
    });
  const all = walk(buildDir);
  const sizes = (/** @type {string[]} */ files) => ({
    files: files.map((f) => relative(buildDir, f)),
    rawBytes: files.reduce((s, f) => s + statSync(f).size, 0),
    gzipBytes: files.reduce((s, f) => s + gzipSync(readFileSync(f), {level: 6}).length, 0),
  });
  const indexes = all.filter((f) => /search-index.*\.json$/.test(f));
  // This site also writes a headings tier of its index (src/plugins/search-index): counted apart.
  const tier = (/** @type {string} */ f) => /search-index-headings-/.test(f);
  return {
    htmlPages: all.filter((f) => f.endsWith('.html')).length,
    searchIndex: sizes(indexes.filter((f) => !tier(f))),
    searchIndexHeadingsTier: sizes(indexes.filter(tier)),
  };
}
