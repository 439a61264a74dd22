#!/bin/sh
# Regenerates the PDF fixtures in testdata/extract from the committed
# source texts (our own writing, one paragraph per line). Tests use the
# committed PDFs and never need these tools.
#
# Needs: chromium, python3 with cairo + PangoCairo (Debian: python3-cairo,
# python3-gi, gir1.2-pango-1.0), fonts-noto-cjk, fonts-wqy-zenhei, qpdf,
# pdftoppm (poppler-utils).
set -eu
cd "$(dirname "$0")/.."
D=testdata/extract
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PY=/usr/bin/python3

cat $D/pdf-farm.source.txt $D/pdf-science.source.txt $D/pdf-town.source.txt > $D/pdf-long.source.txt

# 1. Chromium print-to-PDF. Noto Sans CJK is written as Type 3 fonts with a
#    ToUnicode map; WenQuanYi Zen Hei as CID TrueType. The Noto variant keeps
#    Chromium's default header/footer (date, title, file URL, "1/2").
$PY scripts/make-pdf-fixtures-html.py "$D/pdf-farm.source.txt" "Noto Sans CJK SC" runin > "$T/farm.html"
$PY scripts/make-pdf-fixtures-html.py "$D/pdf-science.source.txt" "WenQuanYi Zen Hei" plain > "$T/science.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/prof" \
	--print-to-pdf="$D/pdf-farm.chromium.pdf" "file://$T/farm.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/prof" --no-pdf-header-footer \
	--print-to-pdf="$D/pdf-science.chromium.pdf" "file://$T/science.html" 2>/dev/null

# 2. cairo/pango: CID-keyed fonts, A6 pages with a running header, a
#    footer watermark and "- N -" page numbers; the long one has 15+ pages.
$PY scripts/make-pdf-fixtures-cairo.py "$D/pdf-long.source.txt" "$D/pdf-long.cairo.pdf" a6

# 3. Encryption and PDF 2.0 variants of a small file (qpdf). The empty user
#    password opens all but the last.
S=$D/pdf-science.chromium.pdf
qpdf --allow-weak-crypto --encrypt "" owner 40 -- "$S" "$D/pdf-science.rc4-40.pdf"
qpdf --encrypt "" owner 128 --use-aes=y -- "$S" "$D/pdf-science.aes128.pdf"
qpdf --encrypt "" owner 256 -- "$S" "$D/pdf-science.aes256.pdf"
qpdf --force-version=2.0 "$S" "$D/pdf-science.v20.pdf"
qpdf --encrypt secret owner 256 -- "$S" "$T/locked.pdf" && cp "$T/locked.pdf" testdata/pdf/locked-user-password.pdf

# 4. No ToUnicode: the WenQuanYi (CID TrueType) file with every /ToUnicode
#    key renamed (same length, so offsets stay valid) is read through the
#    font program's own cmap; the same done to a cairo file (CID CFF, no
#    cmap) needs OCR; and an image-only scan.
qpdf --qdf --object-streams=disable "$D/pdf-science.chromium.pdf" "$T/sci-qdf.pdf"
sed 's|/ToUnicode|/ToUnicodX|g' "$T/sci-qdf.pdf" > "$T/sci-nomap.pdf"
qpdf "$T/sci-nomap.pdf" "$D/pdf-science.ttf-no-tounicode.pdf" || test $? -eq 3
head -n 4 $D/pdf-science.source.txt > "$T/short.txt"
$PY scripts/make-pdf-fixtures-cairo.py "$T/short.txt" "$T/short.pdf" a4
qpdf --qdf --object-streams=disable "$T/short.pdf" "$T/town-qdf.pdf"
sed 's|/ToUnicode|/ToUnicodX|g' "$T/town-qdf.pdf" > "$T/town-nomap.pdf"
qpdf "$T/town-nomap.pdf" testdata/pdf/no-unicode-map.pdf || test $? -eq 3
pdftoppm -r 150 -gray -png -f 1 -l 1 -x 0 -y 0 -W 1240 -H 700 -singlefile "$D/pdf-science.chromium.pdf" "$T/scan"
$PY scripts/make-pdf-fixtures-cairo.py "$T/scan.png" testdata/pdf/scan-image-only.pdf image
ls -l $D/pdf-* testdata/pdf/
