#!/usr/bin/env bash
# Scale benchmark of the corpus (issue 7): generate N reports (default
# 10,000, ~100 MB, mixed formats) from ../shared at run time, ingest them
# into SQLite (wall time, CPU time, peak RSS), search them (p50/p95 for one-
# and two-word queries with a category filter), then the same into
# PostgreSQL, and finally two ingest processes on the same input into one
# PostgreSQL, with claims and without (--no-claims): no duplicates either
# way, about half the pipeline work each with claims.
#
#   bench/ingest.sh [N]
#   HUIBAO_BENCH_POSTGRES=postgres://user:pass@localhost/db bench/ingest.sh 2000
#
# PostgreSQL steps run when HUIBAO_BENCH_POSTGRES is set; the script creates
# and drops its own schemas there. Needs /usr/bin/time (Debian: time) and
# psql (postgresql-client) for the PostgreSQL steps.
set -euo pipefail
N=${1:-10000}
WORKERS=${WORKERS:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${HUIBAO_SHARED:-$root/../shared}
work=$(mktemp -d /tmp/huibao-bench.XXXXXX)
pg=${HUIBAO_BENCH_POSTGRES:-}
schemas=()
cleanup() {
  for s in "${schemas[@]}"; do psql -q "$pg" -c "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
go build -o "$work/huibao" ./cmd/huibao
go build -o "$work/ingestgen" ./bench/ingestgen
go build -o "$work/searchbench" ./bench/searchbench
echo "== generate $N reports"
"$work/ingestgen" -n "$N" -out "$work/in" -shared "$shared"
echo "input on disk: $(du -sh "$work/in" | cut -f1)"

# run_ingest LABEL DSN: one timed ingest, prints wall, CPU, RSS and counts.
run_ingest() {
  local label=$1 dsn=$2
  /usr/bin/time -v "$work/huibao" ingest --workers "$WORKERS" --db "$dsn" --json "$work/in" \
    >"$work/$label.json" 2>"$work/$label.time" || true
  local wall user sys rss
  wall=$(grep 'Elapsed (wall clock)' "$work/$label.time" | awk '{print $NF}')
  user=$(grep 'User time' "$work/$label.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/$label.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/$label.time" | awk '{print $NF}')
  echo "$label: wall $wall, cpu $(echo "$user + $sys" | bc) s, peak RSS $((rss / 1024)) MB"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("failures"); print("  summary:", d)' "$work/$label.json" 2>/dev/null \
    || head -c 400 "$work/$label.json"
}

echo "== SQLite"
run_ingest sqlite "$work/corpus.db"
echo "  database: $(du -sh "$work/corpus.db" | cut -f1)"
"$work/searchbench" -db "$work/corpus.db" -n 200

if [ -z "$pg" ]; then
  echo "== PostgreSQL skipped: set HUIBAO_BENCH_POSTGRES=postgres://user:pass@host/db"
  exit 0
fi
with_schema() { # DSN with search_path set to $1
  case "$pg" in *\?*) echo "$pg&search_path=$1" ;; *) echo "$pg?search_path=$1" ;; esac
}
s1=huibao_bench_$$_a
s2=huibao_bench_$$_b
schemas=("$s1" "$s2")
psql -q "$pg" -c "CREATE SCHEMA $s1" -c "CREATE SCHEMA $s2"

echo "== PostgreSQL"
run_ingest postgres "$(with_schema "$s1")"
psql -q "$pg" -c "VACUUM ANALYZE $s1.paragraphs" >/dev/null
"$work/searchbench" -db "$(with_schema "$s1")" -n 200

# two_ingesters LABEL SCHEMA [FLAGS]: two ingest processes on the same input
# into one schema at once; prints each one's counts and CPU time (the
# pipeline work it did) and checks the corpus for duplicates.
two_ingesters() {
  local label=$1 schema=$2
  shift 2
  echo "== PostgreSQL, two ingest processes on the same input ($label)"
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/$label.t1" "$work/huibao" ingest --workers "$WORKERS" --db "$(with_schema "$schema")" --json "$@" "$work/in" >"$work/$label.p1.json" 2>/dev/null &
  local p1=$!
  /usr/bin/time -f "%U %S" -o "$work/$label.t2" "$work/huibao" ingest --workers "$WORKERS" --db "$(with_schema "$schema")" --json "$@" "$work/in" >"$work/$label.p2.json" 2>/dev/null &
  local p2=$!
  wait $p1 || true
  wait $p2 || true
  end=$(date +%s.%N)
  echo "  both done in $(echo "$end - $start" | bc) s"
  python3 - "$work/$label.p1.json" "$work/$label.p2.json" "$work/$label.t1" "$work/$label.t2" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for k in ("ingested", "duplicate", "failed", "skipped"):
    print(f"  {k}: {a[k]} + {b[k]} = {a[k] + b[k]}")
cpu = [sum(map(float, open(p).read().split()[-2:])) for p in sys.argv[3:5]]
print(f"  CPU s: {cpu[0]:.1f} + {cpu[1]:.1f} = {sum(cpu):.1f}")
PY
  psql -At "$pg" -c "SELECT 'stored reports: ' || count(*) || ', distinct SHA-256: ' || count(DISTINCT sha256) FROM $schema.reports" \
    -c "SELECT 'reports with a paragraph count that does not match their rows: ' || count(*) FROM $schema.reports r WHERE r.paragraphs <> (SELECT count(*) FROM $schema.paragraphs p WHERE p.report_id = r.id)" \
    -c "SELECT 'ingest log: ' || string_agg(status || ' ' || n, ', ') FROM (SELECT status, count(*) n FROM $schema.ingest_log GROUP BY 1 ORDER BY 1) l"
}
s3=huibao_bench_$$_c
schemas+=("$s3")
psql -q "$pg" -c "CREATE SCHEMA $s3"
two_ingesters claims "$s2"
two_ingesters no-claims "$s3" --no-claims
