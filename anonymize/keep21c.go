package anonymize

import "strings"

// This file holds round keep21c (the twenty-first session's third keep
// round): a thing read as a person.
//
// Class: a material, a ware, a crop, a tree or a food whose first character
// is a surname (柴|窑, 高|岭土, 古|柏群, 蒲|公英) is read by the surname
// tables as surname + given name. The "given name" ends in a character of
// a kind of thing (窑 土 石 烯 梨 树 林 群 茶 花 …) and the word stands in a
// frame of things: glued before how it is made, mined, grown, counted or
// kept (…烧制, …储量, …年产量, …保护, …9800余株), or glued after a verb or
// word of such doing (复原古法|…, 盛产|…, 出土|…). A person's name has
// neither frame: it is followed by what the person does (带领, 主持, 说)
// and preceded by a role, and a role or title in the evidence keeps it
// (weakPerson20). Once one occurrence stands in such a frame, the same
// word elsewhere in the document is the same thing (古梨树老化).
//
// keep21c runs right after keep37 (anonymize.go).

// thingEndRunes21c end the name of a kind of thing: wares and kilns,
// earths, stones and minerals, fruit, trees and groves, teas, flowers and
// herbs, fungi, foods of dough or skin.
var thingEndRunes21c = runeBitsOf("窑瓷陶土石岩矿烯墨梨杏桃枣柿椒树林柏松樟槐群茶皮粉花英草菌菇笋竹藤参")

// thingTails21c follow a thing, glued, when it is made, mined, grown,
// counted, priced or kept; none follows a person's name in a report.
var thingTails21c = []string{
	// wares and kilns
	"烧制", "烧造", "窑址", "瓷片", "瓷器", "技艺",
	// materials
	"储量", "资源", "矿区", "矿山", "开采量", "深加工", "制品", "新材料", "走向世界",
	// trees and crops
	"树龄", "古树", "名录", "年产量", "产量", "亩产", "产业", "种植面积", "种植基地",
	"基地", "品种", "价格", "收购价", "加工厂", "加工企业", "采摘园", "采摘节", "盛花期", "长势",
	// keeping: only as a noun phrase, never the bare verb a person does
	// (甲乙丙保护了落水儿童)
	"保护提升", "保护工程", "保护名录", "保护利用", "保护修复", "保护项目", "保护范围", "挂牌保护",
}

// thingOpeners21c end the words right before a thing: a verb of making,
// finding, growing or keeping things, or a thing's quality.
var thingOpeners21c = []string{"古法", "复原", "出土", "盛产", "特产", "栽培", "种植", "开采", "烧制", "修复", "管护", "名贵", "野生"}

// thingPerson21c reports whether f is a thing of the class above: a
// person finding of weak evidence only, of two or three characters, ending
// in a thing's kind character, of which one occurrence in the document's
// texts stands glued before a thing's tail or a count of things, or glued
// after a verb of things. Every occurrence in every text is tried: a name
// found in one paragraph is masked in all, and the word's frame may be in
// another paragraph (古梨树老化 … 古梨树9800余株).
func thingPerson21c(texts []string, f Finding) bool {
	if f.Type != PERSON || !weakPerson20(f.Evidence) {
		return false
	}
	if n := runeLen(f.Text); n < 2 || n > 3 || !thingEndRunes21c.has(lastRune(f.Text)) {
		return false
	}
	for _, text := range texts {
		for i := 0; i < len(text); {
			k := strings.Index(text[i:], f.Text)
			if k < 0 {
				break
			}
			s, e := i+k, i+k+len(f.Text)
			if thingFrame21c(text[:s], text[e:]) {
				return true
			}
			i = e
		}
	}
	return false
}

// thingFrame21c reports whether before and after frame a thing.
func thingFrame21c(before, after string) bool {
	return firstPrefix(after, thingTails21c) != "" || farmCount20(after) || hanCount21c(after) || hasSuffixAny18w(before, thingOpeners21c)
}

// hanNumerals21c write a count in characters (两座, 三百株, 一万一千株).
var hanNumerals21c = runeBitsOf("一二两三四五六七八九十百千万余几数")

// hanCount21c reports whether s opens with a count in characters and a
// farm or work unit (两座, 四十六株, 八百亩).
func hanCount21c(s string) bool {
	i := 0
	for _, r := range s {
		if !hanNumerals21c.has(r) {
			break
		}
		i += len(string(r))
	}
	return i > 0 && firstPrefix(s[i:], farmUnits20) != ""
}

// keep21c drops the person findings of fs that are things of the class
// above: a weak-evidence person finding of a thing's shape any of whose
// occurrences in the document's texts stands in a thing's frame.
func keep21c(tt *tokText, fs []Finding, texts []string) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	things := map[string]bool{}
	for _, f := range fs {
		if f.Score >= 100 || f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
			continue
		}
		if thingPerson21c(texts, f) {
			things[f.Text] = true
		}
	}
	if len(things) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Score < 100 && f.Type == PERSON && things[f.Text] && weakPerson20(f.Evidence) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}
