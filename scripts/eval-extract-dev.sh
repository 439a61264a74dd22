#!/usr/bin/env bash
# Measures extraction fidelity on real report text: converts
# ../shared/data/reports-dev/docs/*.txt with LibreOffice into DOC, DOCX, ODT
# and RTF in a temporary directory and runs `huibao eval extract --raw` on
# them against the original text (--raw: the sources keep their inline
# watermarks, which cleaning would remove). Nothing is written to the repo.
# Needs soffice (Debian: libreoffice-writer-nogui). Run from the repo root.
# Usage: scripts/eval-extract-dev.sh [N]   (first N documents, default all)
set -euo pipefail
n=${1:-30}
src=../shared/data/reports-dev/docs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/eval"
for f in $(ls "$src"/*.txt | head -n "$n"); do
  b=dev$(basename "$f" .txt)
  cp "$f" "$tmp/in/$b.txt"
  cp "$f" "$tmp/eval/$b.source.txt"
done
for fmt in doc docx odt rtf; do
  soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
    --infilter="Text (encoded):UTF8" --convert-to "$fmt" --outdir "$tmp/eval" "$tmp"/in/*.txt >/dev/null 2>&1
done
go run ./cmd/huibao eval extract --raw "$tmp/eval"
