#!/usr/bin/env python3
"""eval_persons.py runs `huibao eval deid --show` of one binary over report
sets and prints, per set, identifiers masked, ordinary phrases kept, and
how many of the leaked identifiers are persons of the set's reviewed list
(testdata/report-persons/SET.txt; sets without a list print "-"). Only
counts are printed, never the leaked strings.

  python3 scripts/report-bio/eval_persons.py BIN DIR...
"""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNSEEN = re.compile(r"^deid-own(3[7-9]|[4-9]\d|\d{3,})$")


def persons(base):
    path = os.path.join(ROOT, "testdata", "report-persons", base + ".txt")
    if not os.path.exists(path):
        return None
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                # the must_mask form: context marks dropped (郑+书记 -> 郑书记)
                out.add(re.sub(r"\s+", "", line.replace(">", "").replace("+", "")))
    return out


def main():
    binary, dirs = sys.argv[1], sys.argv[2:]
    tot = [0, 0, 0, 0, 0]
    print("%-14s %9s %9s %14s" % ("set", "masked", "kept", "persons leaked"))
    for d in dirs:
        base = os.path.basename(d.rstrip("/"))
        if UNSEEN.match(base):
            sys.exit("eval_persons: refusing the unseen set " + base)
        out = subprocess.run([binary, "eval", "deid", "--show", d], capture_output=True, text=True, check=False).stdout
        masked = re.search(r"identifiers masked: (\d+)/(\d+)", out)
        kept = re.search(r"ordinary phrases kept: (\d+)/(\d+)", out)
        plist = persons(base)
        leaks = [re.sub(r"\s+", "", m) for m in re.findall(r"leaked:\s+\S+:\s+(.*)", out)]
        pl = "-" if plist is None else str(sum(1 for x in leaks if x in plist))
        print("%-14s %4s/%-4s %4s/%-4s %14s" % (base, masked.group(1), masked.group(2), kept.group(1), kept.group(2), pl))
        tot[0] += int(masked.group(1)); tot[1] += int(masked.group(2))
        tot[2] += int(kept.group(1)); tot[3] += int(kept.group(2))
        tot[4] += 0 if pl == "-" else int(pl)
    print("%-14s %4d/%-4d %4d/%-4d %14d" % ("total", tot[0], tot[1], tot[2], tot[3], tot[4]))


if __name__ == "__main__":
    main()
