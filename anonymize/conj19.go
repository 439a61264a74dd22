package anonymize

import "strings"

// This file holds the lead's keep class conj19: a conjunction read as the
// first character of a town's short form between two levels of
// government (…街道|和村|社区两级, …镇|和村|干部). 和村镇, 与村 and the like
// are real towns, so the gazetteer's short forms hold 和村; between a
// masked division or a level word and a level's continuation the two
// characters are "and" + "village". It runs right after keep37
// (anonymize.go).

// conjunctions19 open such a reading.
var conjunctions19 = map[rune]bool{'和': true, '与': true, '及': true, '或': true}

// levelEnds19 end the place or level word before the conjunction (X街道,
// X镇, 乡, 县, 区, 市).
var levelEnds19 = map[rune]bool{'道': true, '镇': true, '乡': true, '县': true, '区': true, '市': true}

// levelTails19 follow 村 (or 社区, 组) where it is the village level, not a
// name's last character: 村社区, 村两级, 村干部, 村居, 村级, 村组, 村委, 村民,
// 村党组织, 村集体.
var levelTails19 = []string{"社区", "两级", "三级", "干部", "居", "级", "组", "委", "民", "党", "集体", "一级", "、"}

// conj19 drops a place finding of two characters that is a conjunction and
// the level character 村 standing between a level word and a level's
// continuation.
func conj19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "村") {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && conjLevel19(tt, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// conjLevel19 reports f as 和村 (a conjunction and 村) between a level word
// and a level's continuation.
func conjLevel19(tt *tokText, f Finding) bool {
	r := []rune(f.Text)
	if len(r) != 2 || !conjunctions19[r[0]] || r[1] != '村' || f.Start <= 0 {
		return false
	}
	s := tt.runeAt(f.Start)
	if s <= 0 || !levelEnds19[tt.runes[s-1]] {
		return false
	}
	rest := tt.text[f.End:]
	for _, t := range levelTails19 {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}
