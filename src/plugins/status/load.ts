/**
 * Reads the status folder (`status/`, or the folder named by
 * `SUPPORT_CENTER_STATUS_DIR`) and builds the published status files from it:
 * `status.json`, `status.schema.json` and the Atom feed `status.atom`. Shared
 * by the build plugin and `npm run status` (no Docusaurus here).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {isAbsolute, join, relative, resolve} from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {Feed} from 'feed';
import {parseStatusFile, StatusFileError} from '../../data/status.schema';
import {STATUS_RULES, type StatusEntry} from '../../data/statusComponents';
import {supportConfig} from '../../data/supportConfig';
import {SEVERITY_LABELS} from '../../data/statusComponents';
import {buildStatusDocument, STATUS_FILES, type StatusDocument} from '../../facts/status';
import {statusDocumentSchema, statusJsonSchema} from './schemas';

/** Files of the folder that are not entries: the on-call template. */
const NOT_ENTRIES = new Set(['README.md']);

/**
 * The status folder: `SUPPORT_CENTER_STATUS_DIR` (absolute, or relative to
 * `siteDir`) when set, else `<siteDir>/status`.
 */
export function statusFolder(siteDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env[STATUS_RULES.folderEnv];
  if (dir) return isAbsolute(dir) ? dir : resolve(siteDir, dir);
  return join(siteDir, STATUS_RULES.folder);
}

/**
 * Reads and validates every `*.md` of the folder but `README.md`. YAML is
 * read with its core schema, so instants stay strings (Luxon parses them
 * with their offset). A missing folder has no entries.
 *
 * @param label How messages name the folder, e.g. `status`.
 * @throws {StatusFileError} naming every bad file and field, one per line; also on a duplicate id.
 */
export function readStatusFolder(dir: string, label = 'status'): StatusEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md') && !NOT_ENTRIES.has(n));
  } catch {
    return [];
  }
  const problems: string[] = [];
  const entries: StatusEntry[] = [];
  for (const name of names.sort()) {
    const file = `${label}/${name}`;
    try {
      const {data, content} = matter(readFileSync(join(dir, name), 'utf8'), {
        engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object},
      });
      entries.push(parseStatusFile(file, data, content));
    } catch (error) {
      problems.push(error instanceof StatusFileError ? error.message : `${file}: (file): ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new StatusFileError(`Invalid status files:\n${problems.join('\n')}`);
  return entries;
}

/** How a folder is named in messages: relative to the site when inside it. */
export function folderLabel(siteDir: string, dir: string): string {
  const rel = relative(siteDir, dir);
  return rel && !rel.startsWith('..') ? rel : dir;
}

/**
 * The status document of the site's config at `now`, checked against its
 * own schema (drift between builder and schema fails the build).
 *
 * @param siteUrl The site's URL with its base URL, e.g. `https://help.example.com/`.
 */
export function statusDocument(entries: readonly StatusEntry[], siteUrl: string, now: number): StatusDocument {
  const doc = buildStatusDocument(
    entries,
    {
      name: `${supportConfig.organization.name} status`,
      siteUrl,
      timeZone: supportConfig.timeZone,
      availability: supportConfig.availability,
    },
    now,
  );
  statusDocumentSchema.parse(doc);
  return doc;
}

/**
 * The Atom feed (RFC 4287) of the document's incident and maintenance
 * updates, newest first: one entry per update, linking to the entry on the
 * status page.
 */
export function statusAtom(doc: StatusDocument, siteUrl: string): string {
  const base = siteUrl.replace(/\/?$/, '/');
  const feed = new Feed({
    id: doc.page.url,
    title: doc.page.name,
    link: doc.page.url,
    updated: new Date(doc.page.updated_at),
    generator: false,
    copyright: supportConfig.organization.name,
    feedLinks: {atom: `${base}${STATUS_FILES.feed}`},
  });
  const all = [...doc.incidents, ...doc.scheduled_maintenances, ...doc.history];
  const items = all.flatMap((e) =>
    e.incident_updates.map((u) => ({
      title: `${'severity' in e ? SEVERITY_LABELS[e.severity] : 'Maintenance'}: ${e.name} (${u.status.replace('_', ' ')})`,
      id: `${e.shortlink}@${u.created_at}`,
      link: e.shortlink,
      date: new Date(u.created_at),
      description: u.body,
    })),
  );
  items.sort((a, b) => b.date.getTime() - a.date.getTime()).forEach((item) => feed.addItem(item));
  return feed.atom1();
}

/** The three published files, by name relative to the build folder. */
export function statusFiles(doc: StatusDocument, siteUrl: string): Record<string, string> {
  return {
    [STATUS_FILES.document]: `${JSON.stringify(doc, null, 2)}\n`,
    [STATUS_FILES.schema]: `${JSON.stringify(statusJsonSchema(), null, 2)}\n`,
    [STATUS_FILES.feed]: statusAtom(doc, siteUrl),
  };
}
