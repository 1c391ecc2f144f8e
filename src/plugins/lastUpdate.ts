/**
 * Where the docs' "Last updated" dates come from, for `future.experimental_vcs`
 * of the Docusaurus config (Docusaurus 3.10's hook for the version control
 * system it reads file dates from).
 *
 * - In a Git checkout with history for `docs/` (a clone, shallow ones too):
 *   Git, as Docusaurus does by default (`default-v1`).
 * - Without Git history (a source archive from `git archive`, a release
 *   tarball, a container build context): the date in the environment
 *   variable {@link LAST_UPDATED_ENV} for every page, when it is set, else no
 *   date at all. By default Docusaurus fails there ("Unable to read Git info").
 *
 * Build time only (Node.js).
 *
 * @module
 */
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {DateTime} from 'luxon';
import type {VcsConfig, VcsPreset} from '@docusaurus/types';

/** The environment variable with the last-updated date of a build without Git history: an ISO 8601 date or date-time. */
export const LAST_UPDATED_ENV = 'SUPPORT_CENTER_LAST_UPDATED';

/** Whether `siteDir` is in a Git work tree that has at least one commit touching `docs/`. */
export function hasGitHistory(siteDir: string): boolean {
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', join(siteDir, 'docs')], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  return git.status === 0 && /^\d+\s*$/.test(git.stdout) && git.stdout.trim() !== '';
}

/**
 * The VCS setting for the site.
 *
 * @param siteDir - the site's folder (the Docusaurus config's directory).
 * @param env - the environment (default `process.env`).
 * @returns `'default-v1'` with Git history; else a VCS that gives every file
 *   the date of {@link LAST_UPDATED_ENV}, or `'disabled'` (no dates) when the
 *   variable is not set.
 * @throws {Error} naming the variable when it is set but is not an ISO 8601
 *   date, such as `2026-11-30` or `2026-11-30T12:00:00Z`.
 */
export function lastUpdateVcs(
  siteDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): VcsPreset | VcsConfig {
  if (hasGitHistory(siteDir)) return 'default-v1';
  const value = env[LAST_UPDATED_ENV]?.trim();
  if (!value) return 'disabled';
  const date = DateTime.fromISO(value, {zone: 'utc'});
  if (!date.isValid) {
    throw new Error(
      `${LAST_UPDATED_ENV}="${value}" is not an ISO 8601 date such as 2026-11-30 (${date.invalidExplanation})`,
    );
  }
  const info = {timestamp: date.toMillis(), author: ''};
  return {
    initialize: () => undefined,
    getFileCreationInfo: async (_filePath: string) => info,
    getFileLastUpdateInfo: async (_filePath: string) => info,
  };
}
