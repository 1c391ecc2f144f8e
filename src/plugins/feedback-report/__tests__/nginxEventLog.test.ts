import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';

/** deploy/nginx.conf, which serves the event beacon and writes the log that `./parse.ts` reads. */
const CONF = readFileSync(join(__dirname, '..', '..', '..', '..', 'deploy', 'nginx.conf'), 'utf8');

describe('the event log of deploy/nginx.conf', () => {
  it('logs the time and the query string only: no IP address, user agent, cookie or referer', () => {
    const format = /^log_format support_center_events escape=json '(.*)';$/m.exec(CONF);
    expect(format, 'log_format support_center_events').not.toBeNull();
    expect(format![1]).toBe('{"time":"$time_iso8601","args":"$args"}');
    expect(new Set(format![1]!.match(/\$\w+/g))).toEqual(new Set(['$time_iso8601', '$args']));
  });

  it('answers the config event path with empty_gif, logged there only, never cached', () => {
    const path = supportConfig.feedback.eventPath;
    const location = new RegExp(`location = ${path.replace(/\./g, '\\.')} \\{([^}]*\\{[^}]*\\}[^}]*|[^}]*)\\}`).exec(
      CONF,
    );
    expect(location, `location = ${path}`).not.toBeNull();
    const body = location![1]!;
    expect(body).toMatch(/^\s*empty_gif;$/m);
    expect(body).toMatch(/^\s*access_log \S+ support_center_events;$/m);
    // The server's headers (CSP and the rest) stay: no add_header in the location.
    expect(body).not.toMatch(/add_header/);
    expect(CONF).toMatch(new RegExp(`^\\s*${path.replace(/\./g, '\\.')}\\s+"no-store";$`, 'm'));
    expect(CONF.match(/^\s*access_log\s+\S+\s+support_center_events;$/gm)).toHaveLength(1);
  });
});
