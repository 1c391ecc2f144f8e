import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {hasGitHistory, LAST_UPDATED_ENV, lastUpdateVcs} from '../lastUpdate';

const ROOT = join(__dirname, '..', '..', '..');

describe('lastUpdateVcs', () => {
  const archive = mkdtempSync(join(tmpdir(), 'support-center-archive-'));
  mkdirSync(join(archive, 'docs'));
  afterAll(() => rmSync(archive, {recursive: true, force: true}));

  it('reads dates from Git in this checkout', () => {
    expect(hasGitHistory(ROOT)).toBe(true);
    expect(lastUpdateVcs(ROOT, {})).toBe('default-v1');
  });

  it('leaves dates out in a folder without Git history', () => {
    expect(hasGitHistory(archive)).toBe(false);
    expect(lastUpdateVcs(archive, {})).toBe('disabled');
  });

  it(`gives every file the date of ${LAST_UPDATED_ENV} in a folder without Git history`, async () => {
    const vcs = lastUpdateVcs(archive, {[LAST_UPDATED_ENV]: '2026-11-30'});
    if (typeof vcs === 'string') throw new Error(`expected a VCS config, got ${vcs}`);
    const expected = {timestamp: Date.UTC(2026, 10, 30), author: ''};
    await expect(vcs.getFileLastUpdateInfo(join(archive, 'docs', 'a.md'))).resolves.toEqual(expected);
    await expect(vcs.getFileCreationInfo(join(archive, 'docs', 'a.md'))).resolves.toEqual(expected);
  });

  it(`rejects a ${LAST_UPDATED_ENV} that is not a date, naming the variable`, () => {
    expect(() => lastUpdateVcs(archive, {[LAST_UPDATED_ENV]: 'last tuesday'})).toThrow(
      /^SUPPORT_CENTER_LAST_UPDATED="last tuesday" is not an ISO 8601 date such as 2026-11-30/,
    );
  });
});
