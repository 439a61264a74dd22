#!/bin/sh
# train-figures.sh prints every paragraph-classification figure the
# classify rounds report, in one run, from the repository root:
# reports-dev held out per document (with and without headings), the own
# check sets with the shipped model (with and without headings) and the
# misses with -v. The speed figure is separate:
#   go test ./classify -run XXX -bench StructureClassify -benchtime 60x
#   sh scripts/train-figures.sh [-v]
set -e
bin=${TMPDIR:-/tmp}/hb-figures-$$
go build -o "$bin" ./cmd/huibao
trap 'rm -f "$bin"' EXIT
dev=../shared/data/reports-dev
acc() { "$bin" eval classify "$@" | sed -n 's/^paragraph accuracy: //p'; }
if [ -d "$dev" ]; then
	echo "reports-dev held-out:           $(acc --holdout "$dev")"
	echo "reports-dev held-out stripped:  $(acc --holdout --strip-headings "$dev")"
fi
for s in ${OWN:-classify/testdata/own*}; do
	printf '%-32s%s   stripped: %s\n' "$(basename "$s"):" "$(acc "$s")" "$(acc --strip-headings "$s")"
done
if [ "$1" = "-v" ]; then
	[ -d "$dev" ] && "$bin" eval classify --holdout -v "$dev" | sed -n '/misses/,$p'
	[ -d "$dev" ] && "$bin" eval classify --holdout --strip-headings -v "$dev" | sed -n '/misses/,$p' | grep -v 'not found'
	for s in classify/testdata/own*; do "$bin" eval classify -v "$s" | sed -n '/misses/,$p'; "$bin" eval classify --strip-headings -v "$s" | sed -n '/misses/,$p'; done
fi
