/**
 * Precompressed copies of the build's text files, for nginx's `gzip_static`
 * (`deploy/nginx.conf`): each large text file gets a `.gz` beside it,
 * compressed once at the highest level, so the server sends it as it is
 * instead of compressing the search index and the pages on every request
 * (measured before: 39.5 requests/s for the search index with on-the-fly gzip
 * against 465 without compression).
 *
 * Node.js only. A tool that rewrites a file of the build later (such as
 * `npm run status`) calls {@link precompressFile} for it, or the server would
 * send the stale `.gz`.
 *
 * @module
 */
import {readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync, constants} from 'node:zlib';

/** File extensions of text worth compressing (what `gzip_types` of deploy/nginx.conf lists). */
export const PRECOMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.ics', '.atom'];

/** Smallest file that gets a `.gz`, in bytes: below it the gzip header outweighs the saving. */
export const MIN_PRECOMPRESSED_BYTES = 1024;

/** Whether a file of the build should have a `.gz` copy. */
export function isPrecompressed(file: string, size: number): boolean {
  return size >= MIN_PRECOMPRESSED_BYTES && PRECOMPRESSED_EXTENSIONS.some((ext) => file.endsWith(ext));
}

/**
 * Writes (or removes) the `.gz` copy of one file: compressed at level 9 with
 * the file's modification time, or removed when the file no longer needs one.
 *
 * @param file - absolute path of a file in the build.
 * @returns whether a `.gz` copy now exists.
 */
export function precompressFile(file: string): boolean {
  const stat = statSync(file);
  const target = `${file}.gz`;
  if (!isPrecompressed(file, stat.size)) {
    rmSync(target, {force: true});
    return false;
  }
  writeFileSync(target, gzipSync(readFileSync(file), {level: constants.Z_BEST_COMPRESSION}));
  utimesSync(target, stat.atime, stat.mtime);
  return true;
}

/**
 * Precompresses every text file of a build folder (see {@link isPrecompressed}).
 *
 * @param dir - the build folder, for example `build/`.
 * @returns how many files were compressed, and their bytes before and after.
 */
export function precompressTree(dir: string): {files: number; bytes: number; compressedBytes: number} {
  const totals = {files: 0, bytes: 0, compressedBytes: 0};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (!name.endsWith('.gz') && precompressFile(full)) {
        totals.files += 1;
        totals.bytes += stat.size;
        totals.compressedBytes += statSync(`${full}.gz`).size;
      }
    }
  };
  walk(dir);
  return totals;
}
