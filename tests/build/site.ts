/**
 * Helpers of the build tests: a copy of the site in a temporary folder (the
 * checkout's node_modules linked, generated folders left out) and a real
 * `docusaurus build` in it. Each build takes 10 to 60 seconds.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';

/** The checkout. */
export const ROOT = join(__dirname, '..', '..');

/** Generated or installed folders that a copy leaves out (node_modules is linked instead). */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'bench']);

/** Temporary folders made by {@link tempDir}, removed by {@link removeTempDirs}. */
const made: string[] = [];

/** A new empty temporary folder, named after `what`. */
export function tempDir(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), `support-center-${what}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made (for `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** Copies the checkout's working tree (without .git and generated folders) into `site`. */
export function copySite(site: string): void {
  cpSync(ROOT, site, {recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0])});
}

/**
 * Runs `docusaurus build` in `site`, with this checkout's node_modules
 * linked in, outside the real site's persistent bundler cache.
 *
 * @returns the exit status and the whole output.
 */
export function buildSite(site: string, env: Record<string, string> = {}): {status: number | null; output: string} {
  if (!existsSync(join(site, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  const result = spawnSync(
    process.execPath,
    [join(site, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--no-minify'],
    {
      cwd: site,
      encoding: 'utf8',
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production', ...env},
      timeout: 280_000,
    },
  );
  return {status: result.status, output: `${result.error ?? ''}\n${result.stdout}\n${result.stderr}`};
}
