#!/usr/bin/env python3
"""sum_tables.py sums the per-set train-person PERSON tables written by
measure.sh (DIR/SET.RECIPE.txt) into one micro-averaged table per recipe:
correct, predicted and caught names are recovered from each set's P, R,
caught and gold count, added over the sets, and turned back into rates.

  python3 scripts/report-bio/sum_tables.py DIR [COMBINATION...]
"""
import collections
import os
import sys


def main():
    d = sys.argv[1]
    want = sys.argv[2:]
    tot = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0])  # gold, correct, predicted, caught, sets
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".txt"):
            continue
        recipe = fn.rsplit(".", 2)[1]
        gold = None
        with open(os.path.join(d, fn)) as f:
            for line in f:
                p = line.split()
                if p and p[0] == "gold":
                    gold = int(p[1])
                if len(p) == 9 and p[4] == "PERSON" and gold:
                    key = (recipe, "%s/%s@%s/%s" % (p[0], p[1], p[2], p[3]))
                    P, R, C = float(p[5]), float(p[6]), float(p[8])
                    correct = R * gold
                    t = tot[key]
                    t[0] += gold
                    t[1] += correct
                    t[2] += correct / P if P > 0 else 0
                    t[3] += C * gold
                    t[4] += 1
    print("%-6s %-28s %5s %5s %6s %6s %6s" % ("recipe", "combination", "sets", "gold", "P", "R", "caught"))
    for (recipe, combo), t in sorted(tot.items()):
        if want and combo not in want:
            continue
        print("%-6s %-28s %5d %5d %6.3f %6.3f %6.3f" % (recipe, combo, t[4], t[0], t[1] / t[2] if t[2] else 0, t[1] / t[0], t[3] / t[0]))


if __name__ == "__main__":
    main()
