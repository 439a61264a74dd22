package anonymize

import "strings"

// villageDeterminers begin a phrase that counts or picks villages (各村,
// 所有村, 两村), never a village's name.
var villageDeterminers = runeSet(`各全本该每我其此某几多所这那一二三四五六七八九十两个诸`)

// townVillageSuffixes end a village's name after its town (…镇新华村,
// …苏木…嘎查), longest first.
var townVillageSuffixes = []string{"社区", "嘎查", "村", "屯"}

// villagesAfterTown finds villages whose name is an ordinary word (新华,
// 胜利, 光明) right after a town found as a place (大兴沟镇新华村), and the
// villages listed after that one with 、: two or three name characters
// and a village suffix that ends a word of gojieba's, no verb or
// grammatical word among them (镇|包村干部 and 镇|各村 stay readable).
func villagesAfterTown(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION {
			continue
		}
		r := lastRune(f.Text)
		if r != '镇' && r != '乡' && !strings.HasSuffix(f.Text, "街道") && !strings.HasSuffix(f.Text, "苏木") {
			continue
		}
		e := tt.runeAt(f.End)
		for e > 0 && e < n {
			next := -1
			for _, ln := range []int{2, 3} {
				b, c := e, e+ln
				if c >= n {
					break
				}
				suf := ""
				for _, s := range townVillageSuffixes {
					if strings.HasPrefix(string(tt.runes[c:min(n, c+2)]), s) {
						suf = s
						break
					}
				}
				if suf == "" {
					continue
				}
				end := c + runeLen(suf)
				if villageDeterminers[tt.runes[b]] || !tt.tokStart(b) || end < n && !tt.tokStart(end) || !noVerbOrFunction(tt, b, c) {
					continue
				}
				ok := true
				for _, x := range tt.runes[b:c] {
					if !isHan(x) || functionRunes[x] || isMaskRune(x) || listStopBits.has(x) {
						ok = false
					}
				}
				stem := tt.sub(b, c)
				if !ok || genericVillagePrefix[stem] || overlapsAny(fs, tt.off[b], tt.off[end]) && !coversExactly(fs, tt.off[b], tt.off[end]) {
					continue
				}
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, end), Start: tt.off[b], End: tt.off[end], Evidence: "village-after-town", Score: 4})
				next = end
				break
			}
			if next < 0 || next >= n || tt.runes[next] != '、' {
				break
			}
			e = next + 1
		}
	}
	return out
}

// coversExactly reports whether a finding spans exactly bytes [s, e).
func coversExactly(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start == s && f.End == e {
			return true
		}
	}
	return false
}
