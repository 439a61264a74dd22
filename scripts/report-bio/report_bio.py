#!/usr/bin/env python3
"""report_bio.py turns our own labelled county reports into PERSON training
data for the learned person tagger (issue 4).

A set is a directory testdata/SET with docs/NN.txt and gold/NN.json
(must_mask: every identifier of every kind). Two steps:

  python3 scripts/report-bio/report_bio.py propose [-hb BIN] SET...
      proposes the person strings of each set's must_mask by rules (surname
      table anonymize/data/surnames.txt, no place/org/shop suffix, the
      surname+title form, dotted names, and the PERSON findings of the
      pipeline's own audit when -hb names a huibao binary), and prints them
      with every unproposed short must_mask string, so the annotator reads
      both. With -write it writes testdata/report-persons/SET.txt unless it
      exists (the reviewed list is then edited by hand and committed).

  python3 scripts/report-bio/report_bio.py bio [-out DIR] [-person-sentences] [-no-ignore] SET...
      reads the reviewed list testdata/report-persons/SET.txt and writes
      testdata/ner-rep/SET.bio: one sentence per line of text split after
      。！？；, one "char TAG" line per character, every occurrence of a
      listed person B-PER/I-PER, every occurrence in a document of a string
      of that document's must_mask that is no listed person (a place, body,
      shop, number) X, "ignored": neither a person nor "not a person"
      (anonymize.ReadTrainingBIO; an occurrence touching a person is left
      O), everything else O. -no-ignore writes O instead of X (the old
      files). -person-sentences keeps only sentences naming a person (an
      experiment: fewer place and firm names taught as "not a person");
      -out writes elsewhere.

List format: one person string per line, as written in the text (spaces
inside a spaced name are kept: a name listed spaced matches only where it
is written spaced, one listed unspaced matches any spacing). A surname+title reference is written "郑+书记": only the part
before "+" is labelled, and only where the part after it follows; likewise
"老>刘" labels 刘 only after 老, and "副镇长>文明" keeps a name that is also
an ordinary word (文明) to the one place it names a person. Lines starting
with # are comments.

Spaces: the BIO reader (anonymize.ReadBIO) splits on white space, so a
space character cannot be a token; like the news file and ner-own, the
written sentences carry no white space: a spaced name 王 建 兵 is written
as the three characters 王建兵 (B-PER I-PER I-PER).

Only our own sets: the unseen check sets deid-own37 … are refused.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TESTDATA = os.path.join(ROOT, "testdata")
UNSEEN = re.compile(r"^deid-own(3[7-9]|[4-9]\d|\d{3,})$")

TITLES = ["书记", "副书记", "县长", "副县长", "局长", "副局长", "主任", "副主任", "镇长", "乡长", "部长", "市长",
          "区长", "所长", "院长", "校长", "经理", "老师", "师傅", "董事长", "支书", "主席", "站长", "队长",
          "组长", "科长", "处长", "社长", "会长", "行长", "馆长", "老板", "大姐", "大哥", "阿姨", "大爷",
          "厂长", "总", "工", "医生", "委员", "理事长", "秘书长", "村长", "同志", "专家", "教授", "博士"]
# last characters that end places, organisations, shops and facilities but
# (almost) never a person's given name
STRONG_SUFFIX = set("县市区州盟旗省镇乡村组屯寨街路道巷桥站港湾岛局司厂店社院校馆场园所处部委厅队室坊铺楼阁寺庙宫号牌")
# last characters of places that are also common given-name characters
# (韦明山, 郑华山): proposed only with the audit's PERSON finding
WEAK_SUFFIX = set("山峰岭岩洞峡谷沟坡坪坝塘湖河江溪泉海滩城堡关口井田林庄苑居府堂轩斋亭茶米酒果菜粮蜜油")


def surnames():
    single, compound = set(), set()
    with open(os.path.join(ROOT, "anonymize", "data", "surnames.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "compound":
                compound.update(parts[1:])
            else:
                single.update(p for p in parts[1:] if len(p) == 1)
    return single, compound


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def compact(s):
    return re.sub(r"\s+", "", s)


def set_dir(name):
    base = os.path.basename(name.rstrip("/"))
    if UNSEEN.match(base):
        sys.exit("report_bio: refusing the unseen check set " + base)
    if "shared" in os.path.abspath(name).split(os.sep):
        sys.exit("report_bio: our own sets only, not " + name)
    d = name if os.path.isdir(name) and os.sep in name else os.path.join(TESTDATA, base)
    if not os.path.isdir(os.path.join(d, "docs")):
        sys.exit("report_bio: no docs/ in " + d)
    return base, d


def docs(d):
    for fn in sorted(os.listdir(os.path.join(d, "docs"))):
        if not fn.endswith(".txt"):
            continue
        nn = fn[:-4]
        gold = os.path.join(d, "gold", nn + ".json")
        if not os.path.exists(gold):
            continue
        with open(os.path.join(d, "docs", fn), encoding="utf-8") as f:
            text = f.read()
        with open(gold, encoding="utf-8") as f:
            g = json.load(f)
        yield nn, os.path.join(d, "docs", fn), text, g.get("must_mask", [])


def rule(s, single, compound, others, aud):
    """Returns (proposed form or None, reason). others: the set's other
    must_mask strings (spaceless); aud: the audit's PERSON texts."""
    c = compact(s)
    for t in sorted(TITLES, key=len, reverse=True):
        if c.endswith(t) and len(c) > len(t):
            head = c[: -len(t)]
            if head in compound or head in single:
                return head + "+" + t, "surname+title"
    if "·" in c or "•" in c:
        if all(is_han(x) or x in "·•" for x in c):
            return s, "dotted"
        return None, "dotted-not-han"
    if not all(is_han(x) for x in c):
        return None, "not-han"
    if not 2 <= len(c) <= 4:
        return None, "length"
    if c[-1] in STRONG_SUFFIX:
        return None, "suffix:" + c[-1]
    longer = [o for o in others if o != c and o.startswith(c) and o[-1] in STRONG_SUFFIX | WEAK_SUFFIX]
    if longer and c not in aud:
        return None, "short-form-of:" + longer[0]
    if c[-1] in WEAK_SUFFIX and c not in aud:
        return None, "weak-suffix:" + c[-1]
    if c[:2] in compound and len(c) >= 3:
        return s, "compound-surname"
    if len(c) == 4 and c not in aud:
        return None, "four-without-compound-surname"
    if c[0] in single:
        return s, "surname" if len(c) == 3 or c in aud else "surname-two"
    if c in aud:
        return s, "audit"
    return None, "no-surname"


def audit_persons(hb, paths):
    """PERSON texts the pipeline masks (strict policy), per file, from one
    run of huibao analyze --audit over all the files."""
    out = subprocess.run([hb, "analyze", "--format", "json", "--policy", "strict", "--audit"] + paths,
                         capture_output=True, text=True, check=False).stdout
    found = {p: set() for p in paths}
    for line in out.splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        key = next((p for p in paths if os.path.basename(p) == (rec.get("source") or {}).get("name", "")), None)
        if key is None:
            continue
        for a in rec.get("audit") or []:
            if a.get("type") == "PERSON":
                found[key].add(compact(a.get("text", "")))
    return found


def propose(args):
    hb, write, sets = None, False, []
    it = iter(args)
    for a in it:
        if a == "-hb":
            hb = next(it)
        elif a == "-write":
            write = True
        else:
            sets.append(a)
    single, compound = surnames()
    for name in sets:
        base, d = set_dir(name)
        proposed, lines = [], []
        all_docs = list(docs(d))
        auds = audit_persons(hb, [x[1] for x in all_docs]) if hb else {}
        for nn, path, _, mm in all_docs:
            aud = auds.get(path, set())
            others = {compact(x) for x in mm}
            for s in mm:
                form, why = rule(s, single, compound, others, aud)
                if form is not None and compact(s) in aud:
                    why += ",audit"
                if form is not None:
                    proposed.append(form)
                    lines.append("%s %s  + %s  [%s]" % (base, nn, form, why))
                elif len(compact(s)) <= 6:
                    lines.append("%s %s  - %s  [%s]" % (base, nn, s, why))
        print("\n".join(lines))
        seen, uniq = set(), []
        for p in proposed:
            if p not in seen:
                seen.add(p)
                uniq.append(p)
        print("%s: %d proposed" % (base, len(uniq)))
        if write:
            os.makedirs(os.path.join(TESTDATA, "report-persons"), exist_ok=True)
            out = os.path.join(TESTDATA, "report-persons", base + ".txt")
            if os.path.exists(out):
                print("  kept existing", out)
            else:
                with open(out, "w", encoding="utf-8") as f:
                    f.write("# persons of testdata/%s (must_mask), reviewed by hand\n" % base)
                    f.write("\n".join(uniq) + "\n")


def read_list(base):
    path = os.path.join(TESTDATA, "report-persons", base + ".txt")
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            items.append(line)
    return items


def split_item(item):
    """before>NAME+after -> (before, name, after); before and after optional."""
    before, _, rest = item.rpartition(">")
    name, _, after = rest.partition("+")
    return compact(before), compact(name), compact(after)


def pattern(item):
    """Regex for a list item: group 1 is the labelled part."""
    before, name, after = split_item(item)
    gap = r"[ \t\u3000]*"
    raw = item.rpartition(">")[2].partition("+")[0].strip()
    if re.search(r"\s", raw):
        # listed spaced (王 建 兵, 朱  海燕): matches where written spaced
        # alike, with any amount of space at each gap
        body = r"[ \t\u3000]+".join(re.escape(t) for t in raw.split())
    else:
        # listed unspaced: any spacing (the list holds the spaced form too
        # when the text writes it so)
        body = gap.join(re.escape(c) for c in name)
    rx = "(" + body + ")"
    if before:
        rx = gap.join(re.escape(c) for c in before) + gap + rx
    if after:
        rx += "(?=" + gap + gap.join(re.escape(c) for c in after) + ")"
    return re.compile(rx)


SENT_END = "。！？；"


def sentences(line):
    out, cur = [], []
    for ch in line:
        cur.append(ch)
        if ch in SENT_END:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def label(sent, pats):
    tags = ["O"] * len(sent)
    # longer names first; a character keeps its first label
    for p in pats:
        for m in p.finditer(sent):
            a, b = m.span(1)
            if any(t != "O" for t in tags[a:b]):
                continue
            first = True
            for i in range(a, b):
                if sent[i].isspace():
                    continue
                tags[i] = "B-PER" if first else "I-PER"
                first = False
    return tags


def person_forms(items):
    """The spaceless must_mask forms a list item stands for: its name
    alone and with its before/after context."""
    out = set()
    for x in items:
        before, name, after = split_item(x)
        out.update({name, before + name, name + after, before + name + after})
    return out


def ignore_strings(mm, forms):
    """The spaceless must_mask strings of a document that are no person,
    longest first."""
    return sorted({compact(x) for x in mm if compact(x) and compact(x) not in forms}, key=len, reverse=True)


def mark_ignored(chars, tags, ign):
    """Tags X every occurrence in chars (spaceless) of a string of ign
    whose characters are all O; returns how many occurrences."""
    text = "".join(chars)
    n = 0
    for w in ign:
        start = text.find(w)
        while start >= 0:
            end = start + len(w)
            if all(t == "O" for t in tags[start:end]):
                for i in range(start, end):
                    tags[i] = "X"
                n += 1
            start = text.find(w, start + 1)
    return n


def bio(args):
    outdir, person_only, ignore, sets = os.path.join(TESTDATA, "ner-rep"), False, True, []
    it = iter(args)
    for a in it:
        if a == "-out":
            outdir = next(it)
        elif a == "-person-sentences":
            person_only = True
        elif a == "-no-ignore":
            ignore = False
        else:
            sets.append(a)
    for name in sets:
        base, d = set_dir(name)
        items = read_list(base)
        pats = [pattern(x) for x in sorted(items, key=lambda x: (len(split_item(x)[1]), len(x)), reverse=True)]
        os.makedirs(outdir, exist_ok=True)
        out = os.path.join(outdir, base + ".bio")
        nsent = nper = nign = 0
        unused = set(items)
        forms = person_forms(items)
        with open(out, "w", encoding="utf-8") as f:
            for _, _, text, mm in docs(d):
                ign = ignore_strings(mm, forms) if ignore else []
                for line in text.splitlines():
                    for sent in sentences(line):
                        tags = label(sent, pats)
                        rows = [(c, t) for c, t in zip(sent, tags) if not c.isspace()]
                        if not rows or person_only and all(t == "O" for _, t in rows):
                            continue
                        if ign:
                            chars, ts = [c for c, _ in rows], [t for _, t in rows]
                            nign += mark_ignored(chars, ts, ign)
                            rows = list(zip(chars, ts))
                        for c, t in rows:
                            f.write("%s %s\n" % (c, t))
                        f.write("\n")
                        nsent += 1
                        nper += sum(1 for _, t in rows if t == "B-PER")
                for x in list(unused):
                    if pattern(x).search(text):
                        unused.discard(x)
        print("%s: %d sentences, %d listed persons, %d person mentions, %d ignored mentions -> %s" % (base, nsent, len(items), nper, nign, os.path.relpath(out, ROOT)))
        for x in sorted(unused):
            print("  not found in the text:", x)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("propose", "bio"):
        sys.exit(__doc__)
    if sys.argv[1] == "propose":
        propose(sys.argv[2:])
    else:
        bio(sys.argv[2:])


if __name__ == "__main__":
    main()
