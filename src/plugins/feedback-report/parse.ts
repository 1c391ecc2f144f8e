/**
 * Reading the reader-feedback event log that nginx writes
 * (`deploy/nginx.conf`, `log_format support_center_events`): one JSON object
 * per line, `{"time":"<ISO 8601 instant with offset>","args":"<query string>"}`,
 * the query string as `src/facts/events.ts` encodes it. Lines are parsed
 * strictly; a bad line is counted and described, never fatal. Rotated files
 * may be gzipped (`.gz`, as logrotate's `compress` writes them).
 *
 * @module
 */
import {readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {DateTime} from 'luxon';
import * as z from 'zod';
import {decodeEvent, type FeedbackEvent} from '../../facts/events';

/** One event of the log, with when it happened. */
export interface LoggedEvent {
  /** The logged instant, ISO 8601 as nginx wrote it (`$time_iso8601`, with the server's offset). */
  readonly time: string;
  /** Its ISO week, for example `2026-W49` (ISO 8601 week date, in the logged offset). */
  readonly week: string;
  readonly event: FeedbackEvent;
}

/** A line that could not be read, for the report. */
export interface BadLine {
  /** The file it came from, as given. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** Why, in words. */
  readonly reason: string;
}

/** What a set of log files holds. */
export interface ParsedLog {
  readonly events: LoggedEvent[];
  readonly bad: BadLine[];
  /** Non-empty lines read. */
  readonly lines: number;
}

const lineSchema = z.object({time: z.string(), args: z.string()}).strict();

/**
 * One line of the log.
 *
 * @returns the event, or `{error}` saying why the line is not one. Never throws.
 * @example
 * ```ts
 * parseLogLine('{"time":"2026-12-02T10:15:00+00:00","args":"v=1&t=ask&q=refund"}');
 * // => {time: '2026-12-02T10:15:00+00:00', week: '2026-W49', event: {type: 'ask', query: 'refund'}}
 * ```
 */
export function parseLogLine(line: string): LoggedEvent | {readonly error: string} {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return {error: 'not JSON'};
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) return {error: 'not an object with exactly "time" and "args" strings'};
  const {time, args} = parsed.data;
  const instant = DateTime.fromISO(time, {setZone: true});
  if (!instant.isValid || !/[+-]\d\d:\d\d$|Z$/.test(time)) return {error: 'time is not an ISO 8601 instant'};
  const event = decodeEvent(args);
  if ('error' in event) return {error: event.error};
  return {time, week: `${instant.weekYear}-W${String(instant.weekNumber).padStart(2, '0')}`, event};
}

/**
 * Parses the text of log files, in the order given.
 *
 * @param files - each file's name (for bad-line messages) and text.
 */
export function parseLogText(files: readonly {readonly name: string; readonly text: string}[]): ParsedLog {
  const events: LoggedEvent[] = [];
  const bad: BadLine[] = [];
  let lines = 0;
  for (const {name, text} of files) {
    text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      lines++;
      const result = parseLogLine(line);
      if ('error' in result) bad.push({file: name, line: i + 1, reason: result.error});
      else events.push(result);
    });
  }
  return {events, bad, lines};
}

/**
 * Reads log files from disk, plain or gzipped (by the `.gz` name or the gzip magic bytes).
 *
 * @throws {Error} when a file cannot be read or a `.gz` file is not valid gzip (naming the file).
 */
export function readLogFiles(paths: readonly string[]): ParsedLog {
  return parseLogText(
    paths.map((name) => {
      const bytes = readFileSync(name);
      const gzipped = name.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b);
      try {
        return {name, text: (gzipped ? gunzipSync(bytes) : bytes).toString('utf8')};
      } catch (e) {
        throw new Error(`${name}: not a gzip file (${(e as Error).message})`, {cause: e});
      }
    }),
  );
}
