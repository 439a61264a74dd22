#!/usr/bin/env python3
"""check.py: label checks for a BIO file of our own writing (gen.py's output).

Usage: python3 check.py FILE.bio
Fails on a malformed line, an I- tag that does not continue a span of its own type, or a sentence given
twice; lists every PER string (two characters or more) that also occurs untagged in another sentence of
the file, so a made-up name that is an ordinary word can be reviewed.
"""
import sys
from collections import Counter


def sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            ln = ln.rstrip("\n")
            if not ln:
                if sent:
                    yield sent
                sent = []
                continue
            parts = ln.split(" ")
            if len(parts) != 2 or len(parts[0]) != 1:
                sys.exit("%s:%d: malformed line" % (path, n))
            sent.append((parts[0], parts[1]))
    if sent:
        yield sent


def main():
    path = sys.argv[1]
    sents = list(sentences(path))
    seen, names, bad = set(), Counter(), 0
    for s in sents:
        text = "".join(c for c, _ in s)
        if text in seen:
            sys.exit("repeated sentence: " + text)
        seen.add(text)
        prev = "O"
        cur = ""
        for c, t in s:
            if t.startswith("I-") and prev[2:] != t[2:]:
                sys.exit("I- without its B-: " + text)
            if t == "B-PER":
                if cur:
                    names[cur] += 1
                cur = c
            elif t == "I-PER":
                cur += c
            else:
                if cur:
                    names[cur] += 1
                cur = ""
            prev = t
        if cur:
            names[cur] += 1
    plain = []
    for s in sents:
        plain.append("".join(c if t == "O" else "\x00" for c, t in s))
    for name in sorted(names):
        if len(name) < 2:
            continue
        hits = [p for p in plain if name in p]
        if hits:
            bad += 1
            print("PER %s also untagged in %d sentences, e.g. %s" % (name, len(hits), hits[0].replace("\x00", "_")))
    pers = sum(names.values())
    print("%d sentences, %d PER spans (%d distinct), %d without a person; %d names also untagged" % (
        len(sents), pers, len(names), sum(1 for s in sents if all(t != "B-PER" for _, t in s)), bad), file=sys.stderr)


if __name__ == "__main__":
    main()
