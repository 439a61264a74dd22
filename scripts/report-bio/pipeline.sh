#!/bin/sh
# pipeline.sh: what retraining the person tagger on report BIO does to the
# whole pipeline. Trains the person models (train-person -k 0 -use COMBO)
# on the development file, ner-own1/2 and the report BIO files of REP
# (default testdata/ner-rep) except the HELDOUT sets, builds huibao with
# them in a scratch copy of the tracked sources (the worktree's
# anonymize/data stays as it is), and writes `huibao eval deid` of every
# development set (span-train1/2, deid-own … deid-own36, reports-dev) to
# OUT/NAME.eval, one "set masked kept" line each. NAME "shipped" builds the
# committed models unchanged (no training). Compare runs with
# pipeline_cmp.py.
#
#   sh scripts/report-bio/pipeline.sh NAME [train-person flags...]
# e.g.
#   sh scripts/report-bio/pipeline.sh shipped
#   sh scripts/report-bio/pipeline.sh x -report-weight 0.5
#   REP=/tmp/rep-o sh scripts/report-bio/pipeline.sh o     # report_bio.py bio -no-ignore -out /tmp/rep-o …
#   REP=none sh scripts/report-bio/pipeline.sh own         # the shipped recipe retrained (reproduces "shipped")
#
# Environment: OUT (default /tmp/report-bio-pipeline), REP, COMBO (default
# union/-16.0@0.00/0.50, the shipped combination since newsp11), HELDOUT (default
# "span-train1 span-train2 deid-own31 deid-own32 deid-own33 deid-own34
# deid-own35 deid-own36": sets whose BIO never trains, so their scores are
# held out, like reports-dev's).
set -eu
name=$1; shift
out=${OUT:-/tmp/report-bio-pipeline}
rep=${REP:-testdata/ner-rep}
combo=${COMBO:-union/-16.0@0.00/0.50}
heldout=${HELDOUT:-span-train1 span-train2 deid-own31 deid-own32 deid-own33 deid-own34 deid-own35 deid-own36}
root=$(pwd)
mkdir -p "$out/$name"
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git ls-files -z | grep -zv '^testdata/' | tar --null -T - -cf - | tar -xf - -C "$src"
if [ "$name" != shipped ]; then
	go build -o "$out/train-person" ./scripts/train-person
	report=
	if [ "$rep" != none ]; then
		for f in "$rep"/*.bio; do
			b=$(basename "$f" .bio)
			case " $heldout " in *" $b "*) continue ;; esac
			report=${report:+$report,}$f
		done
	fi
	"$out/train-person" -k 0 -use "$combo" -extra testdata/ner-own1/news.bio,testdata/ner-own2/news.bio -rescore-extra testdata/ner-own3/news.bio -report "$report" \
		-out "$out/$name/person_model.bin.gz" -rescore-out "$out/$name/person_rescorer.bin.gz" "$@" >"$out/$name/train.log" 2>&1
	cp "$out/$name/person_model.bin.gz" "$out/$name/person_rescorer.bin.gz" "$src/anonymize/data/"
fi
(cd "$src" && go build -o "$out/hb-$name" ./cmd/huibao)
for d in testdata/span-train1 testdata/span-train2 testdata/deid-own testdata/deid-own[2-9] testdata/deid-own[12][0-9] testdata/deid-own3[0-6] ../shared/data/reports-dev; do
	[ -d "$d" ] || continue
	o=$("$out/hb-$name" eval deid "$d" 2>&1)
	m=$(echo "$o" | grep "identifiers masked" | awk '{print $3}')
	k=$(echo "$o" | grep "phrases kept" | awk '{print $4}')
	echo "$(basename "$d") $m $k"
done >"$out/$name.eval"
cd "$root"
echo "wrote $out/$name.eval"
