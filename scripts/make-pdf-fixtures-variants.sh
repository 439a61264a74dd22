#!/bin/sh
# Regenerates the PDF fixtures that stand for real-world producers beyond
# those of make-pdf-fixtures.sh, from committed fixtures and source texts
# (our own writing). Tests use the committed files and never need these
# tools; TestPDFProducerRewrites and TestPDFLibreOfficeExports make more
# variants at run time.
#
# Needs: pdfunite (poppler-utils), soffice (LibreOffice Writer), python3.
set -eu
cd "$(dirname "$0")/.."
D=testdata/extract
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# 1. pdfunite: two copies of one report (Chromium, then its PDF 2.0
#    rewrite). pdfunite writes a trailer /Size below the highest object
#    number, which once lost the page tree.
pdfunite $D/pdf-science.chromium.pdf $D/pdf-science.v20.pdf $D/pdf-twice.pdfunite.pdf
cat $D/pdf-science.source.txt $D/pdf-science.source.txt > $D/pdf-twice.source.txt

# 2. LibreOffice Writer, PDF/A-2b with a structure tree (tagged), from a
#    flat ODT: justified paragraphs, first lines indented two characters.
python3 - "$D/pdf-town.source.txt" "$T/town.fodt" <<'PY'
import sys
from xml.sax.saxutils import escape
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
body = "".join('<text:p text:style-name="P1">%s</text:p>\n' % escape(l) for l in lines)
open(sys.argv[2], "w", encoding="utf-8").write("""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.847cm" fo:text-align="justify"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style></office:automatic-styles>
<office:body><office:text>
%s</office:text></office:body></office:document>
""" % body)
PY
soffice --headless --norestore "-env:UserInstallation=file://$T/profile" \
	--convert-to 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
	--outdir "$T" "$T/town.fodt" >/dev/null
cp "$T/town.pdf" $D/pdf-town.lo-pdfa.pdf
ls -l $D/pdf-twice.* $D/pdf-town.*
