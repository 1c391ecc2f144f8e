import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {LAST_UPDATED_ENV} from '../../src/plugins/lastUpdate';

const ROOT = join(__dirname, '..', '..');

/** Runs `docusaurus build` in `site` (node_modules linked to this checkout's) and returns its status and output. */
function build(site: string, env: Record<string, string> = {}): {status: number | null; output: string} {
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  const result = spawnSync(
    process.execPath,
    [join(site, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--no-minify'],
    {
      cwd: site,
      encoding: 'utf8',
      // Keep the temporary build out of the real site's persistent bundler cache (node_modules is shared).
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production', ...env},
      timeout: 280_000,
    },
  );
  return {status: result.status, output: `${result.error ?? ''}\n${result.stdout}\n${result.stderr}`};
}

/**
 * The build works wherever the source does: from `git archive` output (a
 * release tarball, a container build context, no `.git`) and from a shallow
 * clone. Docusaurus reads "Last updated" dates from Git and, by default,
 * fails without it; `src/plugins/lastUpdate.ts` takes the date from
 * SUPPORT_CENTER_LAST_UPDATED then, or leaves it out. Each case is a real
 * build of the committed tree (HEAD), about a minute each.
 */
describe('npm run build outside a full Git checkout', () => {
  const dirs: string[] = [];
  const temp = (name: string): string => {
    const dir = mkdtempSync(join(tmpdir(), `support-center-${name}-`));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, {recursive: true, force: true})));

  it(`builds from git archive output, with the date of ${LAST_UPDATED_ENV} as every page's last update`, () => {
    const site = temp('archive');
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], {cwd: ROOT, maxBuffer: 256 * 1024 * 1024});
    execFileSync('tar', ['-x', '-C', site], {input: tar});
    expect(existsSync(join(site, '.git')), 'an archive has no .git').toBe(false);
    const {status, output} = build(site, {[LAST_UPDATED_ENV]: '2026-11-30'});
    expect(status, output).toBe(0);
    const contact = readFileSync(join(site, 'build', 'contact', 'index.html'), 'utf8');
    // React separates the text parts with a comment: "Last updated<!-- --> on <b><time …>Nov 30, 2026</time>".
    expect(contact).toMatch(/Last updated(?:<!-- -->)? on <b><time[^>]*>Nov 30, 2026</);
  });

  it('builds from a shallow clone, with dates from its history', () => {
    const site = join(temp('shallow'), 'site');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, site]);
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: site, encoding: 'utf8'}).trim()).toBe(
      'true',
    );
    const {status, output} = build(site);
    expect(status, output).toBe(0);
    expect(readFileSync(join(site, 'build', 'contact', 'index.html'), 'utf8')).toMatch(
      /Last updated(?:<!-- -->)? on <b><time datetime="?\d{4}-\d{2}-\d{2}T/,
    );
  });
});
