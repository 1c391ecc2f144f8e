import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {getDeepLink} from '../../src/data/deepLinks';
import {buildSite, copySite, removeTempDirs, tempDir} from './site';

/**
 * A registered heading whose generated id differs from its explicit one, so
 * that removing the explicit id really removes the target ("Do I need an
 * account or a password?" would become `#do-i-need-an-account-or-a-password`),
 * and that no page links to (a linked anchor would trip Docusaurus's own
 * broken-anchor check first, before ours).
 */
const ENTRY = 'client.faq.do-i-need-an-account';

describe('npm run build', () => {
  afterAll(removeTempDirs);

  it(`fails naming the entry when a registered heading id is removed (${ENTRY})`, () => {
    const site = tempDir('build');
    copySite(site);
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

    const {status, output} = buildSite(site);
    expect(status, output).not.toBe(0);
    expect(output).toContain('Deep-link targets missing from the build');
    expect(output).toContain(
      `deep link "${ENTRY}" (/clients/faq#${link.anchor}): no element with id "${link.anchor}" in ${join('clients', 'faq', 'index.html')}`,
    );
    // Only that entry is reported: the rest of the copy is intact.
    expect(output.match(/- deep link "/g)).toHaveLength(1);
  });
});
