import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** Generated or installed folders that the copy leaves out (node_modules is linked instead). */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'bench']);

/**
 * The support-calendar plugin stops `docusaurus build` on a config whose
 * holidays contradict the rules, naming the field, before anything is
 * bundled. (Which contradictions, and their messages, are unit-tested in
 * `src/plugins/support-calendar/__tests__/load.test.ts`; here, that the
 * build really stops.)
 */
describe('npm run build', () => {
  const site = mkdtempSync(join(tmpdir(), 'support-center-calendar-'));
  afterAll(() => rmSync(site, {recursive: true, force: true}));

  it('fails naming the field when a removal names a day that is no holiday of the rules', () => {
    cpSync(ROOT, site, {recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0])});
    symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
    // 3 March is never a US federal holiday; this year is always in the calendar's window.
    const date = `${new Date().getUTCFullYear()}-03-03`;
    const file = join(site, 'src', 'data', 'supportConfig.ts');
    const before = readFileSync(file, 'utf8');
    const after = before.replace('    removals: [],', `    removals: [{date: '${date}'}],`);
    expect(after, 'the config has an empty removals list to fill').not.toBe(before);
    writeFileSync(file, after);

    const result = spawnSync(
      process.execPath,
      [join(site, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--no-minify'],
      {
        cwd: site,
        encoding: 'utf8',
        env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production'},
        timeout: 280_000,
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.error, output).toBeUndefined();
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Invalid support config:');
    expect(output).toContain(
      `- supportConfig.holidays.removals[0].date: ${date} is not a holiday of the rules (US public, bank): nothing to remove`,
    );
  });
});
