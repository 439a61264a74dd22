#!/usr/bin/env bash
# Byte-identity check for speed work on de-identification: runs
# `huibao analyze --audit --format json` under both policies over
# ../shared/data/reports-dev/docs, testdata/deid-own*/docs and testdata/leak,
# and `huibao eval ner` on the People's Daily development file, then saves
# (first run) or compares (later runs) every output byte for byte.
#
#   bench/anonymize-identical.sh save /tmp/s5-base      # before any change
#   bench/anonymize-identical.sh check /tmp/s5-base     # after each change: exit 1 on any difference
#
# All files of a policy go through one process, so a cache that carries state
# from one document to the next shows up as a difference too.
set -euo pipefail
mode=${1:?save|check} dir=${2:?output directory}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=$(mktemp -d)/huibao
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/huibao
out=$dir
[ "$mode" = save ] && mkdir -p "$dir" || { out=$(mktemp -d); trap 'rm -rf "$(dirname "$bin")" "$out"' EXIT; }
files=(../shared/data/reports-dev/docs/* testdata/deid-own*/docs/* testdata/leak/*)
for p in default strict; do
	"$bin" analyze --audit --format json --policy "$p" "${files[@]}" >"$out/analyze-$p.jsonl" || true
done
"$bin" eval ner ../shared/data/ner/peoples_daily_dev.txt >"$out/ner-dev.txt"
if [ "$mode" = check ]; then
	st=0
	for f in analyze-default.jsonl analyze-strict.jsonl ner-dev.txt; do
		if cmp -s "$dir/$f" "$out/$f"; then echo "same: $f"; else echo "DIFFERENT: $f"; st=1; fi
	done
	exit $st
fi
wc -l "$out"/*
