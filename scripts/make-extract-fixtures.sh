#!/usr/bin/env bash
# Regenerates testdata/extract (all but the pdf-* fixtures) from the report
# texts in scripts/make-extract-fixtures/*.fix, which are our own writing.
# Needs Go; the DOC/ODT/RTF/DOCX conversions need LibreOffice
# (Debian: apt-get install -y libreoffice-writer-nogui) and are skipped
# without it. Run from the repository root.
set -euo pipefail
out=testdata/extract
mkdir -p "$out"
go run ./scripts/make-extract-fixtures "$out" scripts/make-extract-fixtures/*.fix
if ! command -v soffice >/dev/null; then
  echo "soffice not found: skipping the LibreOffice conversions" >&2
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for fix in scripts/make-extract-fixtures/*.fix; do
  name=$(basename "$fix" .fix)
  fmts="doc odt rtf docx"
  # LibreOffice's RTF export drops text boxes: no RTF copy of reports with one.
  grep -q '^\[box\]' "$fix" && fmts="doc odt docx"
  for fmt in $fmts; do
    soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
      --convert-to "$fmt" --outdir "$tmp/$fmt" "$out/$name.docx" >/dev/null
    case $fmt in
      doc|odt) cp "$tmp/$fmt/$name.$fmt" "$out/$name.$fmt" ;;
      *) cp "$tmp/$fmt/$name.$fmt" "$out/$name.lo.$fmt" ;;
    esac
  done
done
ls -l "$out"
