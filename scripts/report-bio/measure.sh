#!/bin/sh
# measure.sh: leave-one-set-out PERSON scores of the learned person tagger
# on our own report sets (testdata/ner-rep), trained with the shipped
# recipe's extra files (ner-own1/2, recipe "own") and with those plus every
# other report BIO file (recipe "rep"; never the scored one). Writes one
# train-person table per set and recipe into OUT, then sums them
# (scripts/report-bio/sum_tables.py). The BIO files are derived, not
# committed: make them first with
#   python3 scripts/report-bio/report_bio.py bio $(ls testdata/report-persons | sed 's/.txt$//')
#
#   sh scripts/report-bio/measure.sh OUT [EXTRA-AUGMENT] SET...
# e.g.
#   sh scripts/report-bio/measure.sh /tmp/rep-loo -1 span-train1 span-train2
#   RECIPES=rep sh scripts/report-bio/measure.sh /tmp/rep-aug0 0 span-train1  # one recipe only
set -eu
out=$1; aug=$2; shift 2
mkdir -p "$out"
go build -o "$out/train-person" ./scripts/train-person
own=testdata/ner-own1/news.bio,testdata/ner-own2/news.bio
for s in "$@"; do
	case "$s" in deid-own3[7-9]|deid-own[4-9][0-9]|deid-own[0-9][0-9][0-9]*) echo "refusing the unseen set $s" >&2; exit 2 ;; esac
	rep=$(ls "${REP:-testdata/ner-rep}"/*.bio | grep -v "/$s.bio\$" | tr '\n' ',' | sed 's/,$//')
	gold=$(grep -c 'B-PER' "testdata/ner-rep/$s.bio")
	for r in ${RECIPES:-own rep}; do
		report=
		[ "$r" = rep ] && report=$rep
		# shellcheck disable=SC2086
		{ echo "gold $gold"; "$out/train-person" -out "" -rescore-out "" -extra "$own" -report "$report" -extra-augment "$aug" \
			-score "testdata/ner-rep/$s.bio" -biases=-16,0,16,32 -rescore 0.1,0.2,0.3 -rescore-add 0.5,0.7 -brief ${FLAGS:-} 2>&1; } >"$out/$s.$r.txt"
	done
	echo "$s done"
done
