package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep17c: ordinary phrases of the older development
// sets that a recognizer masked, each kept by its class:
//   - a cooperative, family farm or service centre named by generic words
//     alone: who runs it (农牧民, 农民), its grade (示范性), its trade
//     (生态畜牧业, 民族手工艺), its function (居家养老服务, 智能化育秧) or the
//     produce it grows (黄桃家庭农场) — a kind, not a name; after a place
//     (青山镇红岩村|生态畜牧业合作社) the finding is cut back to the place
//     (genericKindBody17c);
//   - a settlement, shop or sight named by its grade or style alone
//     (“网红村”, 美丽屋场, 徽派古村, 网红店): the words praise a kind, they
//     name none (gradeKind17c);
//   - a ranking title of towns and counties (全国|千强镇, 百强县): a number,
//     强 and a level word name no place (rankingTitle17c);
//   - a folk title in quotes read as a name (“土专家”“田秀才”): a quoted
//     item beside a quoted folk title, whose given part is an ordinary word,
//     is a title too (quotedFolkTitle17c);
//   - a national great river read as a river before a reach (黄河|平罗段):
//     the reach names the place, 黄河 stays readable here and in the terms
//     it begins elsewhere in the text (黄河流域…先行区, 水利部黄河水利委员会)
//     (nationalRiverReach17c); the same river with a verb's complement or a
//     particle glued before it (守护好|黄河, read as a river 好黄河)
//     (nationalRiverGlued17c);
//   - a national ministry read as a place or a body's name: alone (交通运输部
//     before 旅游公路), with a national institute's kind (交通运输部|规划研究院),
//     or a ministry's designation after it (农业农村部|定点市场)
//     (ministryBody17c).

// keep17c drops the findings of fs that are ordinary phrases of the classes
// above and cuts a place's generic cooperative back to the place.
func keep17c(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding17c)
}

func keepFinding17c(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	switch {
	case (f.Type == LOCATION || f.Type == ORG) && gradeKind17c(f):
		return f, true
	case f.Type == LOCATION && rankingTitle17c(f.Text):
		return f, true
	case f.Type == PERSON && quotedFolkTitle17c(tt.text, f):
		return f, true
	case f.Type == LOCATION && (nationalRiverReach17c(f) || nationalRiverGlued17c(f)):
		return f, true
	case ministryBody17c(tt.text, f):
		// a national body, kept readable by the default policy and masked
		// by the strict one (Policy.Strict), as the other national bodies
		f.generic = true
		return f, false
	case f.Type == ORG:
		return genericKindBody17c(f)
	}
	return f, false
}

// ------------------------------------------------------------ generic kinds

// genericKinds17c are the kinds of body that generic words may name (a
// cooperative, a family farm, a centre); longest first.
var genericKinds17c = []string{"合作社联合社", "专业合作社", "家庭农场", "联合社", "合作社", "中心"}

// genericWords17c are the words a cooperative, farm or centre of no name is
// described by: who runs it, its grade, its trade or function, and the
// common produce a farm grows. A name's own stem (稻丰, 红岩) is none of
// them, so a named body stays masked.
var genericWords17c = wordSet(`农民 农牧民 牧民 渔民 农户 妇女 青年 巾帼 残疾人 家庭 村民 群众
专业 示范性 示范 标准化 规范化 省级 市级 县级 国家级 村级 乡村 村集体 集体 股份 股份经济 经济
生态 畜牧业 畜牧 养殖 种植 种养 农业 林业 渔业 农机 植保 农资 民族 手工艺 手工 传统 特色 现代
居家 社区 养老 服务 照料 日间 综合 便民 公共 智能化 智能 数字化 育秧 育苗 烘干 冷链 仓储 加工
电商 电子商务 物流 联合 劳务 用水 土地 粮食 蔬菜 果蔬 水果 茶叶 中药材 食用菌 生猪 肉牛 奶牛
牛羊 肉羊 家禽 蜜蜂 黄桃 柑橘 苹果 葡萄 草莓 猕猴桃 花卉 苗木 稻米 水稻`)

// genericStem17c reports whether stem is made of genericWords17c alone,
// read longest word first.
func genericStem17c(stem string) bool {
	return madeOf17c(stem, genericWords17c)
}

// madeOf17c reports whether stem is made of words of set alone, read
// longest word first; an empty stem is not.
func madeOf17c(stem string, set map[string]bool) bool {
	return stem != "" && madeOfWords(stem, func(w string) bool { return set[w] })
}

// madeOfWords reports whether stem is made of words that in accepts alone,
// read longest word first (an empty stem is). keep17c's, keepk17's and
// keep18a's stem readers all read this way, each with its own word sets.
func madeOfWords(stem string, in func(string) bool) bool {
	for stem != "" {
		n := 0
		for k := len(stem); k > 0; k-- {
			if (k == len(stem) || utf8.RuneStart(stem[k])) && in(stem[:k]) {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		stem = stem[n:]
	}
	return true
}

// genericKindBody17c reads an organisation ending in a generic kind: a
// stem of generic words alone (农牧民专业合作社, 智能化育秧中心) is dropped;
// a place ending in a level word before such a stem (青山镇红岩村|生态畜牧业
// 合作社) keeps the place alone. A stem of one character (茶|合作社) is too
// short to tell, and stays.
func genericKindBody17c(f Finding) (Finding, bool) {
	if r, _ := utf8.DecodeLastRuneInString(f.Text); !mayHaveRune(&genericKindLast29, r) { // (no kind's last character ends f: speed29.go)
		return f, false
	}
	for _, kind := range genericKinds17c {
		stem, ok := strings.CutSuffix(f.Text, kind)
		if !ok {
			continue
		}
		if runeLen(stem) >= 2 && genericStem17c(stem) {
			return f, true
		}
		// the longest generic tail after a place's level word
		for i := range stem {
			if i == 0 || !placeLevelEnds21.has(prevRune17c(stem, i)) {
				continue
			}
			tail := stem[i:]
			if runeLen(stem[:i]) >= 3 && runeLen(tail) >= 2 && genericStem17c(tail) {
				g := f
				// (the label goes with the type: a firm's 企业 label left
				// on the place wrote 〔企业N〕 for 青山镇红岩村)
				g.Type, g.Text, g.End, g.label = LOCATION, stem[:i], f.Start+i, ""
				g.Evidence += ",place-of-generic-kind17c"
				return g, false
			}
		}
		return f, false
	}
	return f, false
}

// prevRune17c is the rune of s that ends before byte i.
func prevRune17c(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// ------------------------------------------------------------ grade kinds

// gradeKinds17c are the kinds of settlement, shop and sight that reports
// grade by a word of praise or style; longest first.
var gradeKinds17c = []string{"打卡点", "打卡地", "古村落", "古村", "村落", "屋场", "小镇", "街区", "村", "店"}

// gradeWords17c are the words of praise, grade and style such kinds take
// (网红村, 美丽屋场, 精品村, 徽派古村); a place's or shop's own stem is none.
// Words that are also common villages' own names (幸福村, 文明村, 明星村,
// 富裕村, 新村) are left out: a village so named stays masked.
var gradeWords17c = wordSet(`网红 美丽 和美 宜居 宜业 精品 示范 样板 康养 特色 数字 智慧 徽派 苏派 闽派 京派 海派`)

// gradeKind17c reports a name that is grade words and a gradeKinds17c kind
// alone (网红村, 美丽屋场, 徽派古村, 网红店), found by no gazetteer (a real
// place of that name stays masked).
func gradeKind17c(f Finding) bool {
	if strings.HasPrefix(f.Evidence, "gazetteer") {
		return false
	}
	s := f.Text
	// (the first kind s ends in, its last byte compared first: firstSuffix,
	// speed24; none where no kind's last character ends s: speed29.go)
	if r, _ := utf8.DecodeLastRuneInString(s); !mayHaveRune(&gradeKindLast29, r) {
		return false
	}
	if kind := firstSuffix(s, gradeKinds17c); kind != "" {
		stem := s[:len(s)-len(kind)]
		return runeLen(stem) >= 2 && madeOf17c(stem, gradeWords17c)
	}
	return false
}

// ------------------------------------------------------------ ranking titles

// rankingTitle17c reports a ranking title of places (千强镇, 百强县, 50强
// 县): numerals, 强 and one level word.
func rankingTitle17c(s string) bool {
	// (speed29: every title ends in 强 and one three-byte level character)
	if len(s) < 6 || s[len(s)-6:len(s)-3] != "强" {
		return false
	}
	num, ok := strings.CutSuffix(s, "强镇")
	if !ok {
		for _, lv := range []string{"强县", "强乡", "强区", "强市", "强村", "强旗"} {
			if num, ok = strings.CutSuffix(s, lv); ok {
				break
			}
		}
	}
	if !ok || num == "" {
		return false
	}
	for _, r := range num {
		if !strings.ContainsRune("一二三四五六七八九十百千万0123456789", r) {
			return false
		}
	}
	return true
}

// ------------------------------------------------------------ folk titles

// folkTitles17c are the folk titles of rural experts and craftsmen that
// reports write in quotes, one beside another (“土专家”“田秀才”).
var folkTitles17c = []string{"土专家", "土秀才", "田把式", "新农人", "乡创客", "农创客", "领头雁", "能工巧匠", "致富带头人", "种田能手", "养殖能手", "乡土专家", "技术能手", "农技明白人", "明白人"}

// quotedFolkTitle17c reports a person read on a whole quoted item (“田秀才”)
// whose given part is an ordinary word, next to a quoted folk title
// (“土专家”“田秀才”, “田秀才”“土专家”).
func quotedFolkTitle17c(text string, f Finding) bool {
	if !strings.Contains(f.Evidence, "given-is-word") {
		return false
	}
	before, after := text[:f.Start], text[f.End:]
	if !strings.HasSuffix(before, "“") || !strings.HasPrefix(after, "”") {
		return false
	}
	before, after = strings.TrimSuffix(before, "“"), strings.TrimPrefix(after, "”")
	for _, t := range folkTitles17c {
		if strings.HasSuffix(before, "“"+t+"”") || strings.HasSuffix(before, "“"+t+"”、") ||
			strings.HasPrefix(after, "“"+t+"”") || strings.HasPrefix(after, "、“"+t+"”") {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ national rivers

// nationalRiverReach17c reports a national great river (nationalWaters14:
// 黄河, 长江) found by riverReaches17 before a reach's place, or again
// elsewhere: the reach is the place a report names; the river is national.
func nationalRiverReach17c(f Finding) bool {
	return strings.HasPrefix(f.Evidence, "river-reach17") && nationalWaters14[f.Text]
}

// riverGlue17c are the characters a pattern glues before a national river:
// a verb's complement (守护好, 保护好) and particles (把, 对, 与, 和, 沿).
var riverGlue17c = runeBitsOf("好把对与和及在沿向从")

// nationalRiverGlued17c reports a river found by its pattern whose text is
// one of riverGlue17c and a national great river (好黄河, 把长江).
func nationalRiverGlued17c(f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "pattern:") {
		return false
	}
	r, n := utf8.DecodeRuneInString(f.Text)
	return riverGlue17c.has(r) && nationalWaters14[f.Text[n:]]
}

// ------------------------------------------------------------ ministries

// ministryKinds17c are the kinds of the national institutes and commissions
// a ministry runs (交通运输部规划研究院, 水利部黄河水利委员会).
var ministryKinds17c = []string{"规划研究院", "科学研究院", "研究院", "研究所", "规划院", "设计院", "规划设计研究院", "干部学院", "水利委员会", "管理局", "研究中心", "信息中心", "监测中心"}

// ministryBody17c reports a finding that is a national ministry alone, a
// ministry and one of its institutes' kinds (with at most a national
// river's name between: 水利部|黄河|水利委员会), or a designation right after a
// ministry (农业农村部|定点市场).
func ministryBody17c(text string, f Finding) bool {
	// (the first ministry f begins with, its third byte compared first:
	// firstPrefix, speed24)
	if r, _ := utf8.DecodeRuneInString(f.Text); !mayHaveRune(&ministryFirst29, r) {
		// (speed29: no ministry's first character opens f, so no
		// ministry does; the designation below is asked as before)
	} else if m := firstPrefix(f.Text, ministries24); m != "" {
		rest := f.Text[len(m):]
		if rest == "" {
			return true
		}
		for w := range nationalWaters14 {
			if r, ok := strings.CutPrefix(rest, w); ok {
				rest = r
				break
			}
		}
		for _, k := range ministryKinds17c {
			if rest == k {
				return true
			}
		}
		return false
	}
	if hasAnyPrefix16b(f.Text, "定点", "指定", "认定") && hasAnySuffix14(text[:f.Start], ministries24) {
		return true
	}
	return false
}
