import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {getDeepLink} from '../../src/data/deepLinks';

const ROOT = join(__dirname, '..', '..');
/** Generated or installed folders that the copy leaves out (node_modules is linked instead). */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'bench']);

/**
 * A registered heading whose generated id differs from its explicit one, so
 * that removing the explicit id really removes the target ("Do I need an
 * account or a password?" would become `#do-i-need-an-account-or-a-password`),
 * and that no page links to (a linked anchor would trip Docusaurus's own
 * broken-anchor check first, before ours).
 */
const ENTRY = 'client.faq.do-i-need-an-account';

describe('npm run build', () => {
  const site = mkdtempSync(join(tmpdir(), 'support-center-build-'));
  afterAll(() => rmSync(site, {recursive: true, force: true}));

  it(`fails naming the entry when a registered heading id is removed (${ENTRY})`, () => {
    cpSync(ROOT, site, {recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0])});
    symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
    // The docs show their last update from Git, so the copy is a repository of its own.
    for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'copy']]) {
      const git = spawnSync('git', args, {cwd: site, encoding: 'utf8'});
      expect(git.status, `git ${args.join(' ')}: ${git.stderr}`).toBe(0);
    }

    const link = getDeepLink(ENTRY);
    const doc = join(site, 'docs', 'clients', 'faq.md');
    const before = readFileSync(doc, 'utf8');
    const after = before.replace(` {/* #${link.anchor} */}`, '');
    expect(after, 'the heading id to remove is in the doc').not.toBe(before);
    expect(before, 'no page links to the anchor').not.toMatch(new RegExp(`\\(#${link.anchor}\\)`));
    writeFileSync(doc, after);

    const result = spawnSync(
      process.execPath,
      [join(site, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--no-minify'],
      {
        cwd: site,
        encoding: 'utf8',
        // Keep the temporary build out of the real site's persistent bundler cache (node_modules is shared).
        env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production'},
        timeout: 280_000,
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.error, output).toBeUndefined();
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Deep-link targets missing from the build');
    expect(output).toContain(
      `deep link "${ENTRY}" (/clients/faq#${link.anchor}): no element with id "${link.anchor}" in ${join('clients', 'faq', 'index.html')}`,
    );
    // Only that entry is reported: the rest of the copy is intact.
    expect(output.match(/- deep link "/g)).toHaveLength(1);
  });
});
