#!/usr/bin/env bash
# Browser tests against the production build (run `npm run build` first).
#
# With nginx installed (Debian's `nginx`; .ci/run installs it), the build is
# served by nginx with deploy/nginx.conf, as in production, and the whole
# Playwright suite runs against it, including tests/nginx.spec.ts (headers,
# caching, gzip, CSP, 404 page, trailing slashes). nginx runs as the current
# user from a temporary prefix on a free loopback port, and is stopped at the end.
#
# The event log of deploy/nginx.conf is written to the temporary prefix and its path exported as
# SUPPORT_CENTER_EVENT_LOG (tests/feedback.spec.ts reads it).
#
# Without nginx the suite runs against `docusaurus serve` (playwright.config.ts)
# and the nginx-only tests are left out, with a warning; under CI (CI=true) a
# missing nginx is an error. E2E_SERVER=docusaurus forces `docusaurus serve`.
#
# Extra arguments go to `playwright test`.
set -euo pipefail
cd "$(dirname "$0")/.."

nginx_bin="$(command -v nginx || true)"
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi

if [ "${E2E_SERVER:-}" = "docusaurus" ] || [ -z "$nginx_bin" ]; then
  if [ -z "$nginx_bin" ] && [ "${E2E_SERVER:-}" != "docusaurus" ]; then
    if [ -n "${CI:-}" ]; then
      echo "tests/e2e.sh: nginx not found; CI must test the production host (apt-get install nginx)" >&2
      exit 1
    fi
    echo "tests/e2e.sh: WARNING: nginx not found, testing with docusaurus serve; the nginx tests (tests/nginx.spec.ts) do not run" >&2
  fi
  exec npx playwright test "$@"
fi

if [ ! -f build/index.html ]; then
  echo "tests/e2e.sh: build/index.html missing: run npm run build first" >&2
  exit 1
fi

prefix="$(mktemp -d "${TMPDIR:-/tmp}/support-center-nginx.XXXXXX")"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
root="$(pwd)/build"

# The site config exactly as deployed, with only its listen and root lines replaced.
site="$prefix/support-center.conf"
listen_lines="$(grep -cE '^\s*listen\s' deploy/nginx.conf || true)"
root_lines="$(grep -cE '^\s*root\s' deploy/nginx.conf || true)"
if [ "$listen_lines" != 1 ] || [ "$root_lines" != 1 ]; then
  echo "tests/e2e.sh: deploy/nginx.conf must have exactly one listen and one root line (has $listen_lines and $root_lines)" >&2
  exit 1
fi
# The reader-feedback event log (its production path) goes to the temporary prefix; the tests read it from
# SUPPORT_CENTER_EVENT_LOG.
event_log_lines="$(grep -cE '^\s*access_log\s+\S+\s+support_center_events;' deploy/nginx.conf || true)"
if [ "$event_log_lines" != 1 ]; then
  echo "tests/e2e.sh: deploy/nginx.conf must have exactly one event log line (access_log PATH support_center_events;), has $event_log_lines" >&2
  exit 1
fi
export SUPPORT_CENTER_EVENT_LOG="$prefix/logs/events.log"
sed -E -e "s#^(\s*)listen\s.*#\1listen 127.0.0.1:$port;#" -e "s#^(\s*)root\s.*#\1root $root;#" \
  -e "s#^(\s*)access_log\s+\S+\s+support_center_events;#\1access_log $SUPPORT_CENTER_EVENT_LOG support_center_events;#" \
  deploy/nginx.conf >"$site"

mime=/etc/nginx/mime.types
[ -f "$mime" ] || { echo "tests/e2e.sh: $mime not found" >&2; exit 1; }
mkdir -p "$prefix/logs" "$prefix/tmp"
{
  # As root (CI), nginx would hand its workers to `nobody`, who may not read the checkout.
  if [ "$(id -u)" = 0 ]; then echo "user root;"; fi
  cat <<EOF
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
EOF
} >"$prefix/nginx.conf"

stop_nginx() {
  if [ -f "$prefix/nginx.pid" ]; then
    kill "$(cat "$prefix/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -f "$prefix/nginx.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$prefix"
}
trap stop_nginx EXIT

"$nginx_bin" -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf" -t -q
"$nginx_bin" -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf"
for _ in $(seq 1 50); do
  if node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  sleep 0.2
done

echo "== browser tests against nginx (deploy/nginx.conf) at http://127.0.0.1:$port"
status=0
BASE_URL="http://127.0.0.1:$port" E2E_HOST=nginx npx playwright test "$@" || status=$?
if [ "$status" != 0 ] && [ -s "$prefix/logs/error.log" ]; then
  echo "== nginx error log" >&2
  tail -n 50 "$prefix/logs/error.log" >&2
fi
exit "$status"
