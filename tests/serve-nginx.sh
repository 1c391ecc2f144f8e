#!/usr/bin/env bash
# Starts nginx with deploy/nginx.conf serving ROOT, as the current user, from the
# temporary folder PREFIX (created if missing), on a free loopback port, and
# prints that port. Stop it with `kill "$(cat PREFIX/nginx.pid)"`.
#
#   bash tests/serve-nginx.sh ROOT PREFIX
#
# The site config is deploy/nginx.conf exactly as deployed, with only its one
# `listen` and one `root` line replaced, and the path of its one event log
# (`access_log ... support_center_events;`) moved to PREFIX/logs/events.log. Used by tests/e2e.sh (the build) and
# tests/status.spec.ts (a copy of the build with fixture incidents, so the
# other specs never see them).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(cd "$1" && pwd)"
prefix="$2"
mkdir -p "$prefix"

nginx_bin="$(command -v nginx || true)"
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
[ -n "$nginx_bin" ] || { echo "tests/serve-nginx.sh: nginx not found" >&2; exit 1; }

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")"

site="$prefix/support-center.conf"
listen_lines="$(grep -cE '^\s*listen\s' deploy/nginx.conf || true)"
root_lines="$(grep -cE '^\s*root\s' deploy/nginx.conf || true)"
if [ "$listen_lines" != 1 ] || [ "$root_lines" != 1 ]; then
  echo "tests/serve-nginx.sh: deploy/nginx.conf must have exactly one listen and one root line (has $listen_lines and $root_lines)" >&2
  exit 1
fi
# The reader-feedback event log (its production path) goes to PREFIX/logs/events.log.
event_log_lines="$(grep -cE '^\s*access_log\s+\S+\s+support_center_events;' deploy/nginx.conf || true)"
if [ "$event_log_lines" != 1 ]; then
  echo "tests/serve-nginx.sh: deploy/nginx.conf must have exactly one event log line (access_log PATH support_center_events;), has $event_log_lines" >&2
  exit 1
fi
sed -E -e "s#^(\s*)listen\s.*#\1listen 127.0.0.1:$port;#" -e "s#^(\s*)root\s.*#\1root $root;#" \
  -e "s#^(\s*)access_log\s+\S+\s+support_center_events;#\1access_log $prefix/logs/events.log support_center_events;#" \
  deploy/nginx.conf >"$site"

mime=/etc/nginx/mime.types
[ -f "$mime" ] || { echo "tests/serve-nginx.sh: $mime not found" >&2; exit 1; }
mkdir -p "$prefix/logs" "$prefix/tmp"
{
  # As root (CI), nginx would hand its workers to `nobody`, who may not read the checkout.
  if [ "$(id -u)" = 0 ]; then echo "user root;"; fi
  cat <<CONF
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 256; }
http {
  include $mime;
  default_type application/octet-stream;
  sendfile on;
  access_log $prefix/logs/access.log;
  client_body_temp_path $prefix/tmp/client_body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  include $site;
}
CONF
} >"$prefix/nginx.conf"

"$nginx_bin" -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf" -t -q
"$nginx_bin" -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf"
for _ in $(seq 1 50); do
  if node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  sleep 0.2
done
echo "$port"
