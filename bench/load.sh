#!/usr/bin/env bash
# Load benchmark for `huibao serve` (issue 6): CLIENTS concurrent clients
# upload a ~1 MB PDF to POST /api/v1/analyze for DURATION against one server
# on this machine; prints status counts, p50/p95 latency, throughput and the
# server's peak RSS, and fails on any 5xx other than 503 busy.
#
#   bench/load.sh                      # 50 clients, 60 s
#   CLIENTS=10 DURATION=10s bench/load.sh
#   PDF=some.pdf bench/load.sh         # another file
#
# The PDF is made at run time by joining copies of the example report
# (../shared/examples/talent-work-briefing.pdf) with qpdf (Debian package qpdf).
# Extra flags for the server go in SERVE_FLAGS (e.g. "--workers 4 --queue 16").
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60s}
ADDR=${ADDR:-127.0.0.1:18181}
work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/huibao" ./cmd/huibao
go build -o "$work/load" ./bench/load

pdf=${PDF:-}
if [[ -z "$pdf" ]]; then
  src=../shared/examples/talent-work-briefing.pdf
  [[ -f "$src" ]] || { echo "load.sh: $src not found; set PDF=" >&2; exit 2; }
  size=$(stat -c %s "$src")
  n=$(( (1048576 + size - 1) / size ))
  copies=()
  # Distinct file names, or qpdf shares the pages and fonts of repeats.
  for i in $(seq "$n"); do cp "$src" "$work/part$i.pdf"; copies+=("$work/part$i.pdf"); done
  qpdf --empty --pages "${copies[@]}" -- "$work/report-1mb.pdf"
  pdf="$work/report-1mb.pdf"
fi

"$work/huibao" serve --addr "$ADDR" --db "$work/load.db" ${SERVE_FLAGS:-} 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do
  curl -fsS "http://$ADDR/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://$ADDR/readyz" >/dev/null || { echo "server not ready"; cat "$work/server.log"; exit 1; }

echo "server: huibao serve ${SERVE_FLAGS:-} ($(nproc) cores)"
status=0
"$work/load" -url "http://$ADDR/api/v1/analyze" -file "$pdf" -clients "$CLIENTS" -duration "$DURATION" -pid "$server" || status=$?
curl -fsS "http://$ADDR/metrics" | grep -E '^huibao_pipeline_stage_duration_seconds_(sum|count)' || true
kill -TERM "$server"; wait "$server" || true; server=""
echo "server log lines: $(wc -l <"$work/server.log"), levels: $(grep -o '"level":"[A-Z]*"' "$work/server.log" | sort | uniq -c | tr '\n' ' ')"
exit $status
