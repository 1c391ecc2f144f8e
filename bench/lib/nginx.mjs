// @ts-check
/**
 * Serves a build folder with nginx and this site's production configuration
 * (deploy/nginx.conf, only its `listen` and `root` lines replaced), as
 * tests/e2e.sh does: gzip, caching headers and Content-Security-Policy as in
 * production. nginx runs as the current user from a temporary prefix.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {freePort, waitForServer} from './browser.mjs';

/** The nginx binary, or null when nginx is not installed. */
export function nginxBinary() {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    const r = spawnSync(candidate, ['-v'], {encoding: 'utf8'});
    if (r.status === 0) return candidate;
  }
  return null;
}

/**
 * @param {string} buildDir the build to serve
 * @param {string} repoDir this repository (for deploy/nginx.conf)
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function serveNginx(buildDir, repoDir) {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx is not installed (apt-get install nginx)');
  const prefix = mkdtempSync(join(tmpdir(), 'support-center-bench-nginx-'));
  const port = await freePort();
  const site = readFileSync(join(repoDir, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^(\s*)listen\s.*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s.*$/m, `$1root ${buildDir};`);
  writeFileSync(join(prefix, 'site.conf'), site);
  mkdirSync(join(prefix, 'logs'));
  mkdirSync(join(prefix, 'tmp'));
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  client_body_temp_path ${prefix}/tmp/client_body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const args = ['-p', prefix, '-e', join(prefix, 'logs', 'error.log'), '-c', join(prefix, 'nginx.conf')];
  const started = spawnSync(bin, args, {encoding: 'utf8'});
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, 50);
  return {
    url,
    stop: async () => {
      const pidFile = join(prefix, 'nginx.pid');
      if (existsSync(pidFile)) {
        process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
        for (let i = 0; i < 50 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
      }
      rmSync(prefix, {recursive: true, force: true});
    },
  };
}
