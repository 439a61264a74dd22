package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round late17k2: ordinary nature words that a recognizer
// masked as names, each kept by its class:
//   - a species of plant or animal read as a person's name or a place
//     (白枕鹤 by surname+given, 闽楠 by the tagger, 格木 as a list item,
//     梅花鹿 as the stem of a reserve's name) where the clause says it is a
//     species: a species word follows it, directly or at the end of its
//     list (…、X等候鸟, X、Y等国家重点保护野生植物, X资源普查, 野生X种群,
//     X幼崽), or 野生 stands before it (speciesContext17k). A text masked
//     as a place (a reserve's stem) is kept when any of its occurrences
//     has that context; a person's name only at its own position;
//   - an ecosystem or landform common noun that the gazetteer or jieba
//     holds as a place (红树林, 珊瑚礁, 海草床, 冰湖) standing alone, not
//     before a facility's kind word (habitatNoun17k).
//
// species17k runs right after keep37 (anonymize.go).

// speciesWords17k are words that name what the preceding item is: a
// group of animals or plants, a survey of it, its young. Those that also
// head a group of people (野生动物|保护志愿者) are checked for a people
// word after them (peopleAfterSpecies17k).
var speciesWords17k = []string{
	"候鸟", "鸟类", "水鸟", "珍禽", "野生植物", "野生动物", "保护植物", "保护动物",
	"珍稀植物", "珍稀动物", "濒危植物", "濒危动物", "植物", "动物", "树种", "乡土树种",
	"资源普查", "种群", "幼崽", "幼鸟", "古树群", "古树",
}

// speciesQualifiers17k may stand between 等 and the species word.
var speciesQualifiers17k = []string{
	"国家一级重点保护", "国家二级重点保护", "国家一级保护", "国家二级保护", "国家重点保护",
	"珍稀濒危", "重点保护", "珍稀", "濒危", "珍贵",
}

// peopleAfterSpecies17k are words after a species word that make the
// phrase a group of people (李楠等野生动物保护志愿者): then the item
// may be a person, and it stays masked.
var peopleAfterSpecies17k = []string{
	"保护", "志愿", "专家", "监测员", "巡护", "研究", "爱好", "协会", "救助", "工作", "人员", "同志", "队", "员",
}

// facilityAfterSpecies17k are kinds of a facility or area that a species
// word heads (候鸟监测站, 植物园, 动物园): the item before it may be a place.
var facilityAfterSpecies17k = []string{"监测站", "站", "园", "所", "馆", "保护区", "基地", "中心", "小镇", "村"}

// placeKindEnds17k are last characters of a place's name by its kind.
const placeKindEnds17k = "省市县区镇乡村旗州盟街路湖河江山岛港湾岭峰沟坡洲屯寨庄寺庙观塔宫祠殿阁楼桥园场坝堡关门"

func species17k(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	text := tt.text
	kept := fs[:0]
	for _, f := range fs {
		if f.Score >= 100 || f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			kept = append(kept, f)
			continue
		}
		if speciesFinding17k(text, f) || habitatNoun17k(text, f) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// speciesFinding17k reports whether f is a species by its clause.
func speciesFinding17k(text string, f Finding) bool {
	if f.Type != PERSON && f.Type != LOCATION {
		return false
	}
	n := utf8.RuneCountInString(f.Text)
	if n < 2 || n > 4 || !allHan17k(f.Text) {
		return false
	}
	// a place's kind at the end makes it a place (良田镇|植物园村, 报恩寺|古树名木)
	if last, _ := utf8.DecodeLastRuneInString(f.Text); strings.ContainsRune(placeKindEnds17k, last) {
		return false
	}
	if speciesContext17k(text, f.Start, f.End) {
		return true
	}
	if f.Type != LOCATION {
		return false
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], f.Text)
		if j < 0 {
			break
		}
		s := i + j
		if s != f.Start && speciesContext17k(text, s, s+len(f.Text)) {
			return true
		}
		i = s + len(f.Text)
	}
	return false
}

// speciesContext17k reports whether the text at [s,e) is a species by its
// clause: 野生 before it, or a species word after it or after the rest of
// its list.
func speciesContext17k(text string, s, e int) bool {
	if strings.HasSuffix(text[:s], "野生") {
		return true
	}
	rest := text[e:]
	if speciesTail17k(rest) {
		return true
	}
	// the rest of an enumeration: 、Y、Z (han items of up to 6 characters);
	// the species word may be glued to the last item (X、闽楠资源普查)
	for strings.HasPrefix(rest, "、") {
		r := rest[len("、"):]
		k, n := 0, 0
		for k < len(r) {
			c, w := utf8.DecodeRuneInString(r[k:])
			if !isHan17k(c) || c == '等' || c == '的' || c == '和' || c == '与' {
				break
			}
			k += w
			n++
			if n >= 2 && n <= 4 && speciesTail17k(r[k:]) {
				return true
			}
		}
		if k == 0 || n > 6 {
			return false
		}
		rest = r[k:]
		if speciesTail17k(rest) {
			return true
		}
	}
	return false
}

// speciesTail17k reports whether rest starts with a species word, after
// an optional 等 and qualifier, that does not head a group of people.
func speciesTail17k(rest string) bool {
	rest = strings.TrimPrefix(rest, "等")
	for _, q := range speciesQualifiers17k {
		if strings.HasPrefix(rest, q) {
			rest = rest[len(q):]
			break
		}
	}
	for _, w := range speciesWords17k {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		after := rest[len(w):]
		for _, p := range peopleAfterSpecies17k {
			if strings.HasPrefix(after, p) {
				return false
			}
		}
		for _, p := range facilityAfterSpecies17k {
			if strings.HasPrefix(after, p) {
				return false
			}
		}
		return true
	}
	return false
}

// habitatNouns17k are ecosystem and landform common nouns that the
// gazetteer or jieba holds as places.
var habitatNouns17k = map[string]bool{
	"红树林": true, "珊瑚礁": true, "海草床": true, "冰湖": true, "盐沼": true, "滩涂": true,
}

// facilityAfterHabitat17k are kinds that make a habitat noun a named
// place's stem (红树林公园, 红树林站).
var facilityAfterHabitat17k = []string{"公园", "景区", "站", "街道", "社区", "村", "路", "大道", "小区", "酒店", "码头"}

func habitatNoun17k(text string, f Finding) bool {
	if f.Type != LOCATION || !habitatNouns17k[f.Text] {
		return false
	}
	after := text[f.End:]
	for _, k := range facilityAfterHabitat17k {
		if strings.HasPrefix(after, k) {
			return false
		}
	}
	return true
}

func isHan17k(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

func allHan17k(s string) bool {
	for _, r := range s {
		if !isHan17k(r) {
			return false
		}
	}
	return s != ""
}
