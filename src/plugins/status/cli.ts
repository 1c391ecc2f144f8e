/**
 * `npm run status [-- --build <dir>]`: posts the status without a rebuild.
 * Re-reads the status folder (`status/`, or `SUPPORT_CENTER_STATUS_DIR`),
 * validates it, and rewrites in the build folder (default `build/`):
 * `status.json`, `status.schema.json`, `status.atom`, and the view inside
 * `status/index.html` (what the page shows without JavaScript), each with its
 * `.gz` beside it (nginx serves `gzip_static`). Prints what it wrote and how
 * long it took. Loads no Docusaurus.
 *
 * Exit status 1 with the validation message on an invalid file (nothing is written).
 */
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {STATUS_FILES} from '../../facts/status';
import {renderStatusView, replaceStatusView} from '../../components/StatusPage/render';
import {precompressFile} from '../deploy/precompress';
import {folderLabel, readStatusFolder, statusDocument, statusFiles, statusFolder} from './load';
import {PUBLIC_FILES} from '../../facts/publicData';

/** Writes `text` to `file`, then its `.gz` (or removes a stale `.gz` of a file too small to compress). */
function writeWithGzip(file: string, text: string): void {
  writeFileSync(file, text);
  if (!precompressFile(file) && existsSync(`${file}.gz`)) rmSync(`${file}.gz`);
}

function main(argv: readonly string[]): void {
  const started = performance.now();
  const siteDir = resolve(__dirname, '..', '..', '..');
  const at = argv.indexOf('--build');
  const outDir = resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : join(siteDir, 'build'));
  const page = join(outDir, STATUS_FILES.page);
  if (!existsSync(page)) throw new Error(`${page} not found: run npm run build first, or pass --build <dir>`);
  const dir = statusFolder(siteDir);
  const entries = readStatusFolder(dir, folderLabel(siteDir, dir));
  // The build's own site URL and base URL, as published in deep-links.json (no Docusaurus config load).
  const links = JSON.parse(readFileSync(join(outDir, PUBLIC_FILES.deepLinks), 'utf8')) as {
    siteUrl: string;
    baseUrl: string;
  };
  const siteUrl = `${links.siteUrl.replace(/\/$/, '')}${links.baseUrl}`;
  const doc = statusDocument(entries, siteUrl, Date.now());
  const html = replaceStatusView(
    readFileSync(page, 'utf8'),
    renderStatusView(doc, {now: Date.parse(doc.generated_at)}),
  );
  for (const [name, text] of Object.entries(statusFiles(doc, siteUrl))) writeWithGzip(join(outDir, name), text);
  writeWithGzip(page, html);
  const ms = performance.now() - started;
  console.log(
    `status: ${entries.length} entries, ${doc.incidents.length} open incidents, ${doc.scheduled_maintenances.length} maintenances; ` +
      `"${doc.status.description}"; wrote ${[...Object.keys(statusFiles(doc, siteUrl)), STATUS_FILES.page].join(', ')} ` +
      `(and .gz) in ${outDir} in ${Math.round(ms)} ms`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
