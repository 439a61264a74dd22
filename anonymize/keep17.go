package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep17: generic local bodies read as named
// organisations or places (教育集团, 街道人民调解委员会, the 乡镇 of 全县现有
// 乡镇卫生院) and crop diseases or insects read as persons (黄龙病, 熊蜂):
// a level word and a kind of body name every body of that
// kind, none in particular, and stay readable.

// levelPrefixes17 name a level of local government or a tier, no place
// (not 乡 or 镇 alone: 乡卫生院 reads as one township's clinic).
var levelPrefixes17 = []string{"街道", "乡镇", "社区", "村级", "基层", "县级", "两个", "各"}

// genericBodies17 are kinds of body that a level word may precede.
var genericBodies17 = wordSet(`教育集团 医疗集团 医共体 人民调解委员会 调解委员会 卫生院 中心卫生院 供销社 供销合作社 幼儿园 中心幼儿园 卫生室 文化站 综合文化站 便民服务中心 文体广场 文化广场 海洋牧场`)

// wholeArea17 begin a span that speaks of a whole area (全县现有乡镇).
var wholeArea17 = []string{"全县", "全市", "全区", "全镇", "全乡", "全省", "全州"}

// keep17 drops from fs (and cuts a place + generic body such as
// 长宁镇文体广场 down to its place) the persons that end like a crop disease or an
// insect (黄龙病, 熊蜂), the organisations whose text is only level words
// and a generic kind of body, and the places that begin with a whole
// area (全县现有乡镇).
func keep17(fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && runeLen(f.Text) <= 3 && strings.ContainsRune("病虫菌蜂螨蛾", lastRune(f.Text)) {
			continue // 黄龙病, 熊蜂: a crop disease or an insect, no name
		}
		if f.Type == ORG && genericBody17(f.Text) {
			continue
		}
		if f.Type == ORG {
			if k := placeHeadOfBody17(f.Text); k > 0 {
				// 长宁镇|文体广场: the place is the name, the body a kind
				f.Type, f.Text, f.End = LOCATION, f.Text[:k], f.Start+k
				f.Evidence += ",place-of-generic-body17"
			}
		}
		if f.Type == LOCATION && strings.Contains(f.Evidence, "generic-body") && hasAnyPrefix13(f.Text, wholeArea17) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// genericBody17 reports whether s is level words and a generic body.
func genericBody17(s string) bool {
	for {
		if genericBodies17[s] {
			return true
		}
		cut := false
		for _, p := range levelPrefixes17 {
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				s, cut = s[len(p):], true
				break
			}
		}
		if !cut {
			return false
		}
	}
}

// placeHeadOfBody17 returns the byte length of the place that begins s
// when the rest is a generic body (长宁镇文体广场, 河湾区供销社), else 0.
func placeHeadOfBody17(s string) int {
	if !mayEnd(&genericBodies17Last, s) {
		return 0 // no body's last character ends s (speed9a.go), so no body ends it
	}
	if utf8.ValidString(s) {
		// the same answer without the rune slice and the strings built
		// from it (speed9a): in valid text they are s's own bytes
		n := utf8.RuneCountInString(s)
		k := 0
		for b, r := range s {
			if k >= 2 && k < n-2 && (r == '镇' || r == '乡' || r == '区' || r == '县' || r == '市') {
				if e := b + utf8.RuneLen(r); genericBodies17[s[e:]] {
					return e
				}
			}
			k++
		}
		return 0
	}
	rs := []rune(s)
	for k := 2; k < len(rs)-2; k++ {
		if strings.ContainsRune("镇乡区县市", rs[k]) && genericBodies17[string(rs[k+1:])] {
			return len(string(rs[:k+1]))
		}
	}
	return 0
}
