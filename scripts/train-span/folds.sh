#!/bin/bash
# folds.sh — score the span tagger and guard on eight held-out folds: the
# eleventh session's five (README: "Operating point (eleventh session, branch
# spanrt)"), deid-own49 … 54, deid-own55 … 60 and deid-own61 … 66 (the
# eleventh, twelfth and thirteenth sessions' unseen sets, development sets
# since they were scored).
# Each fold is trained on every other development set and scored at every
# -biases × -guard-mins point; one training at a time, niced. Run from the
# repository root:  scripts/train-span/folds.sh [OUTDIR] [FOLD…]   (folds F1 … F8)
set -euo pipefail
out=${1:-/tmp/train-span-folds}; shift || true
folds=${*:-F1 F2 F3 F4 F5 F6 F7 F8}
mkdir -p "$out"
S=ordinary,ordinary-word,ordinary-bare,ordinary-margin,no-suffix,accepted
all=(testdata/deid-own)
for i in $(seq 2 66); do all+=("testdata/deid-own$i"); done
all+=(../shared/data/reports-dev)
for i in $(seq 1 35); do all+=("testdata/span-train$i"); done
held_of() {
	case $1 in
	F1) echo testdata/span-train1 testdata/span-train2 ;;
	F2) echo testdata/span-train25 testdata/span-train26 ;;
	F3) for i in $(seq 37 42); do echo testdata/deid-own$i; done ;;
	F4) for i in $(seq 43 48); do echo testdata/deid-own$i; done ;;
	F5) echo testdata/span-train27 testdata/span-train28 testdata/span-train29 ;;
	F6) for i in $(seq 49 54); do echo testdata/deid-own$i; done ;;
	F7) for i in $(seq 55 60); do echo testdata/deid-own$i; done ;;
	F8) for i in $(seq 61 66); do echo testdata/deid-own$i; done ;;
	esac
}
go build -o "$out/train-span" ./scripts/train-span
for f in $folds; do
	held=($(held_of "$f"))
	train=()
	for d in "${all[@]}"; do
		skip=
		for h in "${held[@]}"; do [ "$d" = "$h" ] && skip=1; done
		[ -z "$skip" ] && train+=("$d")
	done
	tl=$(IFS=,; echo "${train[*]}"); hl=$(IFS=,; echo "${held[*]}")
	echo "== $f: held out ${held[*]##*/}" >&2
	nice -n 10 "$out/train-span" -soft "$S" -biases "${BIASES:-0,30}" -guard-mins "${MINS:-0.5,0.6,0.7,0.8}" \
		-train "$tl" -heldout "$hl" >"$out/$f.log" 2>&1
	grep -E '^(rules alone|hand guards|bias )' "$out/$f.log" | sed "s/^/$f  /"
done
