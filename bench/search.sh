#!/bin/sh
# bench/search.sh: PostgreSQL search latency before and after a change,
# side by side in one run on the same 10,000-report corpus.
#
#   HUIBAO_BENCH_POSTGRES='postgres://huibao:huibao@localhost:5432/huibao_test?sslmode=disable' bench/search.sh [BASE]
#
# Builds bench/searchbench at git revision BASE (default 766a495, the
# search before migration 0003) and from the working tree. Fills two
# schemas with the same synthetic corpus through the base binary (FILL
# reports, default 10000; FILL=0 reuses the schemas), then opens the
# second with the new binary, which migrates it (timed). After VACUUM
# ANALYZE it alternates base and new, ROUNDS times (default 3), Q queries
# per kind each time (default 100; searchbench draws the same queries
# every run), and prints the median over rounds of each p50 and p95.
# Alternating rounds spread the load of a shared machine over both sides.
set -eu
pg=${HUIBAO_BENCH_POSTGRES:?set HUIBAO_BENCH_POSTGRES to a PostgreSQL DSN}
base=${1:-766a495}
fill=${FILL:-10000}
rounds=${ROUNDS:-3}
q=${Q:-100}
s_old=${OLD_SCHEMA:-searchbench_base}
s_new=${NEW_SCHEMA:-searchbench_new}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

with_schema() { # DSN with search_path set to $1
  case "$pg" in *\?*) echo "$pg&search_path=$1" ;; *) echo "$pg?search_path=$1" ;; esac
}

mkdir "$work/base"
git -C "$root" archive "$base" | tar -x -C "$work/base"
(cd "$work/base" && go build -o "$work/sb_base" ./bench/searchbench)
(cd "$root" && go build -o "$work/sb_new" ./bench/searchbench)

if [ "$fill" -gt 0 ]; then
  for s in "$s_old" "$s_new"; do
    psql -q "$pg" -c "DROP SCHEMA IF EXISTS $s CASCADE" -c "CREATE SCHEMA $s"
    "$work/sb_base" -db "$(with_schema "$s")" -fill "$fill" -n 1 -shared "$root/../shared" | head -1
  done
  start=$(date +%s.%N)
  "$work/sb_new" -db "$(with_schema "$s_new")" -n 1 >/dev/null
  echo "migrating $s_new to the new schema: $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s (with one query per kind)"
fi
for s in "$s_old" "$s_new"; do
  psql -q "$pg" -c "VACUUM ANALYZE $s.paragraphs" -c "VACUUM ANALYZE $s.reports"
done

for r in $(seq "$rounds"); do
  "$work/sb_base" -db "$(with_schema "$s_old")" -n "$q" | sed "s/^/base $r: /" >>"$work/out"
  "$work/sb_new" -db "$(with_schema "$s_new")" -n "$q" | sed "s/^/new $r: /" >>"$work/out"
done
cat "$work/out"
echo
echo "median over $rounds rounds ($q queries per kind each), wall ms:"
printf '%-22s %10s %10s %10s %10s\n' query "base p50" "new p50" "base p95" "new p95"
for k in "one word + category" "two words + category" "one word" "phrase + year"; do
  med() { # median of column $2 (from the end) for side $1
    grep "^$1 [0-9]*: $k  " "$work/out" | awk -v c="$2" '{print $(NF-c)}' | sort -n |
      awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  }
  printf '%-22s %10s %10s %10s %10s\n' "$k" "$(med base 5)" "$(med new 5)" "$(med base 4)" "$(med new 4)"
done
