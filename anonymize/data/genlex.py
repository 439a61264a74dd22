"""genlex.py derives chars.txt.gz, the per-character statistics the PERSON
recognizer scores names with.

Sources: gojieba's dictionary (MIT, segment/dict/jieba.dict.utf8.gz) and the
DEVELOPMENT NER file peoples_daily_dev.txt (../shared/data/ner). Never the
*_test files. Output columns: char, given (how often the char is a given-name
character in names whose first character is a listed surname), first (how
often it starts such a name), translit (how often it occurs in transliterated
foreign names), general (frequency-weighted occurrences in all dictionary
words). Only counts are kept, no words or sentences.

Usage (repository root): python3 anonymize/data/genlex.py
"""
import gzip, os, sys
from collections import Counter

root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(root))
surnames = set()
compound = set()
for line in open(os.path.join(root, "surnames.txt"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    tier, *names = line.split()
    if tier == "compound":
        compound.update(names)
    else:
        surnames.update(names)

given, first, translit, general = Counter(), Counter(), Counter(), Counter()

def add_name(name, w):
    if name[:2] in compound and len(name) >= 3:
        first[name[:2]] += w
        for ch in name[2:]:
            given[ch] += w
        return True
    if name[0] in surnames and 2 <= len(name) <= 3:
        first[name[0]] += w
        for ch in name[1:]:
            given[ch] += w
        return True
    return False

with gzip.open(os.path.join(repo, "segment", "dict", "jieba.dict.utf8.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        w, freq, tag = parts[0], int(parts[1]), parts[2]
        for ch in w:
            general[ch] += freq
        if tag in ("nr", "nrfg") and len(w) == 3:
            add_name(w, 1)
        elif tag == "nrt" and len(w) >= 3:
            for ch in w:
                translit[ch] += 1

# GENLEX_DEV names another development BIO file (a fold's training side,
# scripts/train-person/foldlex.sh); GENLEX_OUT another output directory.
dev = os.environ.get("GENLEX_DEV") or os.path.join(repo, "..", "shared", "data", "ner", "peoples_daily_dev.txt")
if "test" in os.path.basename(dev):
    sys.exit("genlex: refusing a test file")
root = os.environ.get("GENLEX_OUT") or root
spans, cur = [], ""
for line in open(dev, encoding="utf-8"):
    p = line.split()
    if len(p) != 2:
        if cur:
            spans.append(cur)
        cur = ""
        continue
    ch, t = p
    if t == "B-PER":
        if cur:
            spans.append(cur)
        cur = ch
    elif t == "I-PER":
        cur += ch
    else:
        if cur:
            spans.append(cur)
        cur = ""
for s in spans:
    if "·" in s or not add_name(s, 3):
        if len(s) >= 2:
            for ch in s.replace("·", ""):
                translit[ch] += 3

# Common two- and three-character words (frequency >= 300; >= 1000 for words
# tagged as places): a pattern or short form that is one of them is an ordinary word
# unless the document names the full form.
common = []
with gzip.open(os.path.join(repo, "segment", "dict", "jieba.dict.utf8.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) == 3 and 2 <= len(parts[0]) <= 3 and int(parts[1]) >= 300:
            # place words of middling frequency (江河, 永安) are marked: only
            # town short forms treat them as ordinary words
            mid = parts[2] == "ns" and int(parts[1]) < 1000
            common.append(parts[0] + ("\tns" if mid else ""))
def write_gz(name, text):
    """Writes a gzip file without a timestamp, so reruns change nothing."""
    with open(os.path.join(root, name), "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0) as z:
            z.write(text.encode("utf-8"))


# Ordinary two-character words (not names or places, frequency >= 50): a
# candidate name whose given part is one of them (雷|阵雨) needs more evidence.
ordinary = []
with gzip.open(os.path.join(repo, "segment", "dict", "jieba.dict.utf8.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) == 3 and len(parts[0]) == 2 and int(parts[1]) >= 50 and not parts[2].startswith("nr") and parts[2] not in ("ns", "nz"):
            ordinary.append(parts[0])
write_gz("ordinary.txt.gz", "\n".join(sorted(set(ordinary))) + "\n")

write_gz("common.txt.gz", "\n".join(sorted(set(common))) + "\n")

chars = set(given) | set(translit) | set(first)
write_gz("chars.txt.gz", "".join(f"{ch}\t{given[ch]}\t{first[ch]}\t{translit[ch]}\t{general[ch]}\n" for ch in sorted(chars)))
print(len(chars), "chars", sum(given.values()), "given", sum(general.values()), "general", file=sys.stderr)

# Position statistics (namepos.txt.gz): how often a character ends a name
# (the names counted above: gojieba's nr words and the development file's
# gold names) against how often, weighted by frequency, it ends or begins an
# ordinary dictionary word of two or more characters. A character that
# mostly ends ordinary nouns (章, 杯, 车) makes a poor last name character.
name_last, name_mid = Counter(), Counter()
word_last, word_first = Counter(), Counter()

def add_pos(name, w):
    sl = 2 if name[:2] in compound and len(name) >= 3 else 1
    if name[0] not in surnames and sl == 1:
        return
    g = name[sl:]
    if not 1 <= len(g) <= 2:
        return
    name_last[g[-1]] += w
    if len(g) == 2:
        name_mid[g[0]] += w

with gzip.open(os.path.join(repo, "segment", "dict", "jieba.dict.utf8.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        w, freq, tag = parts[0], int(parts[1]), parts[2]
        if tag in ("nr", "nrfg") and len(w) == 3:
            add_pos(w, 1)
        elif not tag.startswith("nr") and len(w) >= 2:
            word_last[w[-1]] += freq
            word_first[w[0]] += freq
for s in spans:
    if "·" not in s:
        add_pos(s, 3)
pchars = set(name_last) | set(name_mid)
write_gz("namepos.txt.gz", "".join(f"{ch}\t{name_last[ch]}\t{name_mid[ch]}\t{word_last[ch]}\t{word_first[ch]}\n" for ch in sorted(pchars)))
