#!/usr/bin/env bash
# Instructions per iteration of structure + classification + quantities
# (classify's BenchmarkClassifyQuantities: reports-dev and the example, or
# the built-in test report), counted by valgrind's cachegrind. Unlike CPU
# time the count hardly moves when other processes share the machine, so
# it tells a few per cent of a speed optimisation from noise. Compare two
# commits with it; the issue's figure stays the side-by-side cpu-ratio of
#   go test ./classify -run XXX -bench StructureClassify -benchtime 60x
#
#   bench/classify-instructions.sh              # ours, and gojieba tagging the same text
#   bench/classify-instructions.sh 'BenchmarkClassifyQuantities$'
#
# Needs valgrind (apt-get install -y valgrind). Each benchmark runs with one
# iteration and with eleven; the difference over ten is one iteration,
# without start-up (loading gojieba, the model, the cue tables). GOGC=off
# no asynchronous preemption and one P (no idle threads spinning for work)
# keep the count steady.
set -euo pipefail
cd "$(dirname "$0")/../classify"
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install -y valgrind)" >&2; exit 1; }
bin=$(mktemp -d)/classify.test
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" .
count() { # benchmark, iterations
	GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$bin" -test.run XXX -test.bench "$1" -test.benchtime "$2" 2>&1 |
		awk '/I *refs/ {gsub(",", "", $NF); print $NF}'
}
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=('BenchmarkClassifyQuantities$' 'BenchmarkTagBenchText$')
for b in "${benches[@]}"; do
	one=$(count "$b" 1x)
	eleven=$(count "$b" 11x)
	awk -v b="$b" -v one="$one" -v eleven="$eleven" 'BEGIN { printf "%-32s %8.1f M instructions per iteration\n", b, (eleven - one) / 10 / 1e6 }'
done
