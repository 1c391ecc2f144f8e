#!/usr/bin/env bash
# Browser tests against the production build (run `npm run build` first).
#
# With nginx installed (Debian's `nginx`; .ci/run installs it), the build is
# served by nginx with deploy/nginx.conf, as in production, and the whole
# Playwright suite runs against it, including tests/nginx.spec.ts (headers,
# caching, gzip, CSP, 404 page, trailing slashes). nginx runs as the current
# user from a temporary prefix on a free loopback port, and is stopped at the end.
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

stop_nginx() {
  if [ -f "$prefix/nginx.pid" ]; then
    kill "$(cat "$prefix/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -f "$prefix/nginx.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$prefix"
}
trap stop_nginx EXIT

# The site config exactly as deployed, with only its listen and root lines and the event log's path replaced
# (tests/serve-nginx.sh). The event log's path is exported for tests/feedback.spec.ts.
port="$(bash tests/serve-nginx.sh build "$prefix")"
export SUPPORT_CENTER_EVENT_LOG="$prefix/logs/events.log"

echo "== browser tests against nginx (deploy/nginx.conf) at http://127.0.0.1:$port"
status=0
BASE_URL="http://127.0.0.1:$port" E2E_HOST=nginx npx playwright test "$@" || status=$?
if [ "$status" != 0 ] && [ -s "$prefix/logs/error.log" ]; then
  echo "== nginx error log" >&2
  tail -n 50 "$prefix/logs/error.log" >&2
fi
exit "$status"
