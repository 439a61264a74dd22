#!/usr/bin/env python3
"""pipeline_cmp.py compares pipeline.sh runs: the sets whose scores differ
between the runs, and the totals over the held-out sets (HELDOUT, as in
pipeline.sh, plus reports-dev) and over the sets the report BIO trained on.

  python3 scripts/report-bio/pipeline_cmp.py [-dir OUT] NAME...
"""
import os
import sys

HELDOUT = os.environ.get("HELDOUT", "span-train1 span-train2 deid-own31 deid-own32 deid-own33 deid-own34 deid-own35 deid-own36").split() + ["reports-dev"]


def main():
    args = sys.argv[1:]
    d = os.environ.get("OUT", "/tmp/report-bio-pipeline")
    if args[:1] == ["-dir"]:
        d, args = args[1], args[2:]
    rows = {}
    for n in args:
        with open(os.path.join(d, n + ".eval")) as f:
            for line in f:
                p = line.split()
                if len(p) == 3:
                    rows.setdefault(p[0], {})[n] = (p[1], p[2])
    print("%-13s" % "set" + "".join("%20s" % n for n in args))
    tot = {}
    for s, vals in rows.items():
        if len(set(vals.values())) > 1:
            print("%-13s" % s + "".join("%20s" % ("%s %s" % vals.get(n, ("-", "-"))) for n in args))
        g = "held-out" if s in HELDOUT else "trained"
        for n in args:
            if n not in vals:
                continue
            m, k = vals[n]
            a = tot.setdefault((g, n), [0, 0, 0, 0])
            for i, x in enumerate(m.split("/") + k.split("/")):
                a[i] += int(x)
    for g in ("held-out", "trained"):
        print("%-13s" % g + "".join("%20s" % ("%d/%d %d/%d" % tuple(tot.get((g, n), [0, 0, 0, 0]))) for n in args))


if __name__ == "__main__":
    main()
