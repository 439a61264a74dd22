package anonymize

import "strings"

// landmarkEnds end the name of a lake, river, hill or hamlet (天子湖,
// 西汉水, 金坑, 大毛界, 田头寨).
var landmarkEnds = runeSet(`湖河江水溪泉山岭峰坑寨界岛湾滩沟坪垭`)

// landmarkEndBits holds landmarkEnds as bits (see mayHaveRune).
var landmarkEndBits = runeMapBits(landmarkEnds)

// landmarkKindWords follow the name of a landscape feature and say what
// of it is meant: its basin, its terraces, the park or zone named after it.
var landmarkKindWords = []string{"流域", "梯田", "风景区", "景区", "工业园", "产业园", "开发区", "园区", "片区", "水库", "湿地", "观景台", "公园", "度假区", "电站", "大桥", "隧道"}

// landmarksBeforeKind finds the names of landscape features that gojieba
// reads as ordinary words (西汉|水, 天子|湖, 金|坑) where a word for what
// of them is meant follows (西汉水流域, 金坑梯田景区, 天子湖现代工业园,
// …至大毛界观景台), and the place a road starts from before 至 (田头寨至…):
// two or three Han characters ending in a landmark character, starting a
// word after a clause's start or a verb, none a grammatical character, the
// whole no frequent word.
func landmarksBeforeKind(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcLandmarkEnd == 0 {
		return nil // (speed7b.go: no landmark's last character in the text)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	add := func(s, e int, ev string, road bool) bool {
		glued := s > 0 && (tt.runes[s-1] == '至' || tt.runes[s-1] == '到') // 至大毛界/x
		if s < 0 || e > n || !tt.tokStart(s) && !glued || overlapsFirm(fs, tt.off[s], tt.off[e]) || overlapsAny(out, tt.off[s], tt.off[e]) {
			return false
		}
		if villageDeterminers[tt.runes[s]] || numeralRune(tt.runes[s]) {
			return false
		}
		for _, r := range tt.runes[s:e] {
			if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) {
				return false
			}
		}
		w := tt.sub(s, e)
		if l.common[w] || genericVillagePrefix[w] {
			return false
		}
		if s > 0 && isHan(tt.runes[s-1]) && !glued && !road {
			// a verb, 至/到, or a modifier word may stand before it, not
			// the rest of a longer name
			p := tt.toks[tt.tokOf[s-1]]
			if p.end != s || !(p.pos == "v" || p.word == "至" || p.word == "到" || p.word == "和" || p.word == "与") {
				return false
			}
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: 3})
		return true
	}
	for e := tt.nextAt(rcLandmarkEnd, 1) + 1; e < n; e = tt.nextAt(rcLandmarkEnd, e) + 1 { // (speed7b.go: after the characters of the class only)
		if r := tt.runes[e-1]; !mayHaveRune(&landmarkEndBits, r) || !landmarkEnds[r] {
			continue
		}
		rest := tt.text[tt.off[e]:tt.off[min(n, e+6)]] // (the same characters' bytes in a valid text)
		if tt.invalid {
			rest = string(tt.runes[e:min(n, e+6)])
		}
		modern := strings.HasPrefix(rest, "现代")
		kind := ""
		for _, k := range landmarkKindWords {
			if strings.HasPrefix(rest, k) || modern && strings.HasPrefix(rest[len("现代"):], k) { // (HasPrefix(rest, "现代"+k) without the concatenation)
				kind = k
				break
			}
		}
		if kind == "" {
			continue
		}
		if e < n && !tt.tokStart(e) {
			// the kind word glued to the name's end (汉水流域/ns): the word
			// must end with the kind
			if t := tt.toks[tt.tokOf[e]]; !strings.HasSuffix(t.word, kind) || t.end-e != runeLen(kind) {
				continue
			}
		}
		for _, ln := range []int{3, 2} {
			s := e - ln
			if s < 0 {
				continue
			}
			if !add(s, e, "landmark,kind-after:"+kind, false) && !placeEndsAt(fs, tt.off[e], tt.off[s]) {
				continue
			}
			// the road's other end: 田头寨|至|大毛界观景台
			if s >= 4 && (tt.runes[s-1] == '至' || tt.runes[s-1] == '到') && landmarkEnds[tt.runes[s-2]] {
				for _, ln2 := range []int{3, 2} {
					if add(s-1-ln2, s-1, "landmark,road-from", true) {
						break
					}
				}
			}
			break
		}
	}
	return out
}

// overlapsFirm reports whether a finding that the default policy masks
// (not a generic one) overlaps bytes [s, e).
func overlapsFirm(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if !f.generic && f.Start < e && s < f.End {
			return true
		}
	}
	return false
}

// placeEndsAt reports whether a place found already ends at byte e and
// covers byte s (至大毛岭 found whole).
func placeEndsAt(fs []Finding, e, s int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && f.End == e && f.Start <= s {
			return true
		}
	}
	return false
}
