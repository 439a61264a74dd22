#!/bin/bash
# foldlex.sh — 5-fold cross-validation of the person pipeline with lexicon
# counts that never saw the held-out block (twelfth session, branch newsp12).
#
# `train-person -k 5` trains the tagger and rescorer without the held-out
# block, but the character statistics every fold reads (chars.txt.gz,
# namepos.txt.gz) count the gold names of the whole development file
# (anonymize/data/genlex.py, weight 3 each): a held-out name's characters,
# and rules that lean on them (joinTransliterated's 亚斯特|任|布斯基, whose 任
# counts as a transliteration character only through that very name), are
# partly seen. Here each fold gets its own counts, derived by genlex.py from
# the fold's training side alone, embedded in a train-person binary of its
# own; the binary trains on that side and scores and lists the errors of the
# held-out block (-score, -errors). Blocks are the contiguous blocks of
# train-person -k 5 (the same sentences).
#
#	scripts/train-person/foldlex.sh OUTDIR [COMBO]
#
# COMBO is the combination to score and list (default: the shipped one,
# union/-16.0@0.00/0.50). OUTDIR gets fold*-train.bio, fold*-held.bio,
# lex*/ (the counts), tp-lex* (binaries), score*.txt and errors*.txt, and
# the pooled figures are printed (counts recovered from each fold's rates
# and gold count: exact for blocks of fewer than 500 names). The embedded
# data files are put back byte for byte afterwards. Run from the
# repository root.
set -euo pipefail
out=${1:?usage: foldlex.sh OUTDIR [COMBO]}
combo=${2:-union/-16.0@0.00/0.50}
dev=../shared/data/ner/peoples_daily_dev.txt
mkdir -p "$out"
out=$(cd "$out" && pwd)
python3 - "$dev" "$out" <<'EOF'
import sys
src, out = sys.argv[1], sys.argv[2]
sents, cur = [], []
for line in open(src, encoding="utf-8"):
    if line.split():
        cur.append(line if line.endswith("\n") else line + "\n")
    elif cur:
        sents.append(cur)
        cur = []
if cur:
    sents.append(cur)
n, k = len(sents), 5
with open(f"{out}/gold.txt", "w") as g:
    for f in range(k):
        lo, hi = f * n // k, (f + 1) * n // k
        with open(f"{out}/fold{f}-train.bio", "w", encoding="utf-8") as o:
            o.write("".join("".join(s) + "\n" for s in sents[:lo] + sents[hi:]))
        with open(f"{out}/fold{f}-held.bio", "w", encoding="utf-8") as o:
            o.write("".join("".join(s) + "\n" for s in sents[lo:hi]))
        g.write("%d\n" % sum(l.split()[1] == "B-PER" for s in sents[lo:hi] for l in s))
EOF
bak=$(mktemp -d)
cp anonymize/data/chars.txt.gz anonymize/data/namepos.txt.gz "$bak"/
restore() { cp "$bak"/chars.txt.gz "$bak"/namepos.txt.gz anonymize/data/; rm -rf "$bak"; }
trap restore EXIT
for f in 0 1 2 3 4; do
	mkdir -p "$out/lex$f"
	GENLEX_DEV="$out/fold$f-train.bio" GENLEX_OUT="$out/lex$f" python3 anonymize/data/genlex.py 2>/dev/null
	cp "$out/lex$f"/chars.txt.gz "$out/lex$f"/namepos.txt.gz anonymize/data/
	go build -o "$out/tp-lex$f" ./scripts/train-person
done
restore
trap - EXIT
mode=${combo%%@*}
bias=${mode#*/}
th=""
if [[ $combo == *@* ]]; then th=${combo#*@}; fi
args=(-out "" -rescore-out "" -extra testdata/ner-own1/news.bio,testdata/ner-own2/news.bio -rescore-extra testdata/ner-own3/news.bio)
for f in 0 1 2 3 4; do
	sargs=(-modes "scorer/0.0,$combo" -biases "$bias")
	if [ -n "$th" ]; then sargs+=(-rescore "${th%/*}" -rescore-add "${th#*/}"); fi
	"$out/tp-lex$f" "${args[@]}" -dev "$out/fold$f-train.bio" -score "$out/fold$f-held.bio" "${sargs[@]}" -brief >"$out/score$f.txt"
	"$out/tp-lex$f" "${args[@]}" -dev "$out/fold$f-train.bio" -score "$out/fold$f-held.bio" -errors "$combo" >"$out/errors$f.txt"
done
python3 - "$out" <<'EOF'
import sys
out = sys.argv[1]
gold = [int(x) for x in open(f"{out}/gold.txt")]
tot = {}
for f in range(5):
    for line in open(f"{out}/score{f}.txt"):
        p = line.split()
        if len(p) == 9 and p[4] == "PERSON":
            P, R, C = float(p[5]), float(p[6]), float(p[8])
            g = gold[f]
            corr = round(R * g)
            t = tot.setdefault(f"{p[0]}/{p[1]}@{p[2]}/{p[3]}", [0, 0, 0, 0])
            t[0] += g
            t[1] += round(corr / P) if P else 0
            t[2] += corr
            t[3] += round(C * g)
for key, (g, pr, c, ca) in tot.items():
    print(f"{key:28s} gold {g} predicted {pr} correct {c} caught {ca}: P {c / pr:.3f} R {c / g:.3f} caught {ca / g:.3f}")
EOF
