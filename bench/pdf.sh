#!/bin/sh
# Times huibao's PDF extraction against poppler's pdftotext on the same
# files, side by side in one run (best of N runs each; ratio = huibao /
# pdftotext, target <= 2). huibao runs in-process (parse, layout,
# paragraphs, cleaning); pdftotext includes its process start, as a user
# running it would pay. Usage: bench/pdf.sh [N] [FILE.pdf...]
set -eu
cd "$(dirname "$0")/.."
N=${1:-5}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
	set -- testdata/extract/pdf-farm.chromium.pdf testdata/extract/pdf-science.chromium.pdf \
		testdata/extract/pdf-long.cairo.pdf testdata/extract/pdf-science.aes256.pdf \
		testdata/extract/pdf-twice.pdfunite.pdf testdata/extract/pdf-town.lo-pdfa.pdf
	[ -f ../shared/examples/talent-work-briefing.pdf ] && set -- "$@" ../shared/examples/talent-work-briefing.pdf
fi
go run ./bench/pdfbench -n "$N" "$@"
