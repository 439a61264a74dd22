#!/usr/bin/env bash
# Instructions per document set of the de-identification benchmarks, counted
# by valgrind's cachegrind: unlike CPU time, the count hardly moves when other
# processes share the machine, so it can tell a 1% change of a speed
# optimisation from noise. It is no substitute for overhead-x-tag (cache
# misses cost time the count does not show); use it to compare two commits.
#
#   bench/anonymize-instructions.sh            # reports-dev and the fixture, each de-identified and tagged
#   bench/anonymize-instructions.sh 'BenchmarkAnonymizeReports$'
#   N=50 BIN=/tmp/old.test bench/anonymize-instructions.sh   # another commit's test binary
#
# Needs valgrind (apt-get install -y valgrind). Each benchmark runs once with
# one iteration and once with N+1 (N=10, or $N); the difference over N is
# one iteration's count, without the start-up (loading gojieba and the
# lexicons). GOGC=off and no asynchronous preemption keep the count steady;
# what still varies is the start-up (tables built in map order), about 30 M
# instructions from run to run, so one iteration's count moves by about
# 30/N M: use N=50 to compare steps of 1 M (N=50 bench/anonymize-instructions.sh).
set -euo pipefail
cd "$(dirname "$0")/../anonymize"
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install -y valgrind)" >&2; exit 1; }
if [ -n "${BIN:-}" ]; then
	bin=$(realpath "$BIN") # a test binary built from another commit (go test -c), run here for ../shared
else
	bin=$(mktemp -d)/anonymize.test
	trap 'rm -rf "$(dirname "$bin")"' EXIT
	go test -c -o "$bin" .
fi
count() { # benchmark, iterations
	GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$bin" -test.run XXX -test.bench "$1" -test.benchtime "$2" 2>&1 |
		awk '/I *refs/ {gsub(",", "", $NF); print $NF}'
}
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=('BenchmarkAnonymizeReports$' 'BenchmarkTagReports$' 'BenchmarkAnonymize$' 'BenchmarkTag$')
n=${N:-10}
for b in "${benches[@]}"; do
	one=$(count "$b" 1x)
	many=$(count "$b" $((n + 1))x)
	awk -v b="$b" -v one="$one" -v many="$many" -v n="$n" 'BEGIN { printf "%-32s %8.1f M instructions per iteration\n", b, (many - one) / n / 1e6 }'
done
