#!/usr/bin/env bash
# The serving benchmark (not a test): wrk on loopback against one feed of `cortege serve`, 200 and 304 responses,
# and, in the same run, Radicale serving the same calendar from its own storage. See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${BENCH_CONNECTIONS:-200}
SECONDS_RUN=${BENCH_SECONDS:-10}
THREADS=${BENCH_THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is missing: make deps-bench" >&2; exit 2; }
python3 -c "import radicale" 2>/dev/null || { echo "radicale is missing: make deps-python" >&2; exit 2; }
swift build -c release --static-swift-stdlib --product cortege >"${TMPDIR:-/tmp}/cortege-bench-build.log" 2>&1 || { tail -20 "${TMPDIR:-/tmp}/cortege-bench-build.log" >&2; exit 2; }
BIN=.build/release/cortege
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

mkdir -p "$WORK/plans"
cp samples/*.yaml "$WORK/plans/" && cp -r samples/registry "$WORK/plans/" && cp -r calendars "$WORK/calendars"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 1 200); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

CPORT=$(port)
"$BIN" serve "$WORK/plans" --secret-file "$WORK/secret" --port "$CPORT" --now 2030-01-01T00:00 2>"$WORK/serve.log" &
PIDS+=($!)
wait_port "$CPORT"
FEED=$("$BIN" feeds "$WORK/plans" --secret-file "$WORK/secret" --base-url "http://127.0.0.1:$CPORT" --format json |
    python3 -c 'import json,sys; print(next(l["ics"] for l in json.load(sys.stdin) if l["visit"]=="mi-971-2026-12-04" and l["audience"]=="staff"))')
curl -s "$FEED" >"$WORK/feed.ics"
ETAG=$(curl -sI "$FEED" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# Radicale: the same calendar PUT into a collection of its filesystem storage, served without authentication.
RPORT=$(port)
cat >"$WORK/radicale.conf" <<CONF
[server]
hosts = 127.0.0.1:$RPORT
[auth]
type = none
[rights]
type = authenticated
[storage]
filesystem_folder = $WORK/radicale
[logging]
level = warning
CONF
python3 -m radicale --config "$WORK/radicale.conf" 2>"$WORK/radicale.log" &
PIDS+=($!)
wait_port "$RPORT"
RURL="http://127.0.0.1:$RPORT/bench/feed/"
curl -s -o /dev/null -w "radicale PUT %{http_code}\n" -X PUT -u bench:x -H "Content-Type: text/calendar" \
    --data-binary @"$WORK/feed.ics" "$RURL"
RETAG=$(curl -sI -u bench:x "$RURL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cmp -s <(curl -s "$FEED" | grep -c BEGIN:VEVENT) <(curl -s -u bench:x "$RURL" | grep -c BEGIN:VEVENT) ||
    echo "warning: Radicale holds another number of events" >&2

run() {  # name url [header]
    local name=$1 url=$2 header=${3:-}
    local args=(-t "$THREADS" -c "$CONNECTIONS" -d "${SECONDS_RUN}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    [[ "$url" == *"$RPORT"* ]] && args+=(-H "Authorization: Basic $(printf bench:x | base64)")
    local out
    out=$(wrk "${args[@]}" "$url")
    local rps p99 non2xx status
    rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
    p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out")
    local curl_args=(-s -o /dev/null -w "%{http_code}")
    [ -n "$header" ] && curl_args+=(-H "$header")
    [[ "$url" == *"$RPORT"* ]] && curl_args+=(-u bench:x)
    status=$(curl "${curl_args[@]}" "$url")
    printf "%-26s status %s  %10s req/s  p99 %8s  non-2xx/3xx %s\n" "$name" "$status" "$rps" "$p99" "${non2xx:-0}"
    echo "$rps" >"$WORK/rps-$name"
}

echo "one feed of $(wc -c <"$WORK/feed.ics") bytes, $(grep -c BEGIN:VEVENT "$WORK/feed.ics") events; wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_RUN}s on loopback"
run cortege-200 "$FEED"
run cortege-304 "$FEED" "If-None-Match: $ETAG"
run radicale-200 "$RURL"
run radicale-304 "$RURL" "If-None-Match: $RETAG"
python3 - "$WORK" <<'PY'
import sys
w = sys.argv[1]
r = {n: float(open(f"{w}/rps-{n}").read()) for n in ("cortege-200", "cortege-304", "radicale-200", "radicale-304")}
print(f"ratio 200: cortege / radicale = {r['cortege-200'] / r['radicale-200']:.1f}x")
print(f"ratio 304: cortege / radicale = {r['cortege-304'] / r['radicale-304']:.1f}x")
PY
