package anonymize

// This file holds the lead's class zone19: a county's or a prefecture
// city's short form right before a development zone's word (祁东|经开区,
// 衡东|高新区), read on the characters. The segmenter glues the short
// form's last character to the zone word when the two make a word (衡|东经|
// 开区: 东经 is longitude), so no token starts where the zone's name ends
// and the short-form rules, which read tokens, miss it. It runs right after
// roleNames16 (anonymize.go).

// zoneWords19 are the words of a development zone a county's name stands
// before, longest first.
var zoneWords19 = []string{"经济技术开发区", "高新技术产业开发区", "经济开发区", "经开区", "高新区", "开发区", "工业园区", "工业园", "产业园区", "产业园", "综保区"}

// zones19 masks the short form of a county-level or prefecture-level place
// (a gazetteer short form of a level 2 or 3 name, not an ordinary word)
// that stands right before a zone word and that no finding covers.
func zones19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 || !(tt.mayHold('区') || tt.mayHold('园')) {
		return fs
	}
	l := getLexicon()
	var out []Finding
	for _, h := range zonesByLast27.hits(tt, nil) { // (each word's occurrences in the list's order, in one walk: speed27.go)
		p := int(h.e)
		for n := 3; n >= 2; n-- {
			b := p - n
			if b < 0 || !allHanRunes(tt.runes[b:p]) || tt.runeCovered(fs, b) || tt.runeCovered(fs, p-1) {
				continue
			}
			x := tt.sub(b, p)
			if l.common[x] || genericPlaceStems[x] {
				continue
			}
			full, ok := l.shortOf(x)
			if !ok {
				continue
			}
			if lv, ok := l.place(full); !ok || lv < 2 || lv > 3 {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: x, Start: tt.off[b], End: tt.off[p], Evidence: "zone-short-form,zone19", Score: 4})
			break
		}
	}
	if len(out) == 0 {
		return fs
	}
	return addWhole(fs, out)
}
