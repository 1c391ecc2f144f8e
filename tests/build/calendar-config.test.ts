import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {buildSite, copySite, removeTempDirs, tempDir} from './site';

/**
 * The support-calendar plugin stops `docusaurus build` on a config whose
 * holidays contradict the rules, naming the field, before anything is
 * bundled. (Which contradictions, and their messages, are unit-tested in
 * `src/plugins/support-calendar/__tests__/load.test.ts`; here, that the
 * build really stops.)
 */
describe('npm run build', () => {
  afterAll(removeTempDirs);

  it('fails naming the field when a removal names a day that is no holiday of the rules', () => {
    const site = tempDir('calendar');
    copySite(site);
    // 3 March is never a US federal holiday; this year is always in the calendar's window.
    const date = `${new Date().getUTCFullYear()}-03-03`;
    const file = join(site, 'src', 'data', 'supportConfig.ts');
    const before = readFileSync(file, 'utf8');
    const after = before.replace('    removals: [],', `    removals: [{date: '${date}'}],`);
    expect(after, 'the config has an empty removals list to fill').not.toBe(before);
    writeFileSync(file, after);

    const {status, output} = buildSite(site);
    expect(status, output).not.toBe(0);
    expect(output).toContain('Invalid support config:');
    expect(output).toContain(
      `- supportConfig.holidays.removals[0].date: ${date} is not a holiday of the rules (US public, bank): nothing to remove`,
    );
  });
});
