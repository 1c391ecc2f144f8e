import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {DEEP_LINKS} from '../../data/deepLinks';
import {supportConfig} from '../../data/supportConfig';
import {aggregate} from './aggregate';
import {readLogFiles} from './parse';
import {renderHtml, renderSummary} from './render';

/** Where the HTML report goes without `--out` (gitignored). */
export const DEFAULT_REPORT_FILE = 'feedback-report.html';

/**
 * Local Docusaurus plugin, command line only: `docusaurus feedback-report
 * LOGFILE... [--out FILE]` (`npm run report -- LOGFILE...`) reads the
 * reader-feedback event logs of nginx (plain or gzipped, in any number;
 * `./parse.ts`), computes the report (`./aggregate.ts`, with the registry's
 * titles and `supportConfig.feedback`'s threshold and minimum votes), writes
 * the self-contained HTML report (`./render.ts`) and prints the summary.
 * Exits with status 1 when a file cannot be read; bad lines are counted, not fatal.
 */
export default function feedbackReportPlugin(context: LoadContext): Plugin {
  return {
    name: 'feedback-report',
    extendCli(cli) {
      cli
        .command('feedback-report <logFiles...>')
        .description('Write the reader-feedback report (HTML) from nginx event logs, plain or .gz, and print a summary')
        .option('--out <file>', `the HTML file to write (default: ${DEFAULT_REPORT_FILE})`)
        .action((logFiles: string[], options: {out?: string}) => {
          try {
            const log = readLogFiles(logFiles.map((f) => resolve(f)));
            const report = aggregate(log, {
              links: DEEP_LINKS,
              helpfulThreshold: supportConfig.feedback.helpfulThreshold,
              minVotes: supportConfig.feedback.minVotes,
            });
            const out = resolve(context.siteDir, options.out ?? DEFAULT_REPORT_FILE);
            writeFileSync(out, renderHtml(report, new Date().toISOString()));
            process.stdout.write(renderSummary(report));
            console.log(`\n[feedback-report] ${out}`);
          } catch (e) {
            console.error(`[feedback-report] ${(e as Error).message}`);
            process.exitCode = 1;
          }
        });
    },
  };
}
