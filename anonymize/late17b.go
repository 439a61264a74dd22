package anonymize

import "strings"

// This file holds round late17b's rules hooked right after roleNames16
// (anonymize.go). Classes:
//
//   - reservoir siblings (reservoirSiblings17b): a lake, river or pond of a
//     stem of its own next to a masked reservoir in a list (X水库和|日月湖,
//     X水库、|青石潭): placeSiblings16b's water group, whose members end in
//     one character, knew no 水库.

// reservoirSiblingEnds17b end a water body listed after a reservoir.
var reservoirSiblingEnds17b = runeBitsOf("河江湖溪泉海潭塘荡淀")

// reservoirSiblings17b adds the water bodies listed next to a masked
// reservoir (see the file's comment): a member of three or four characters
// ending in a water kind or 水库, placeCandidate16b's small place (no
// ordinary word: 水库和|小河 stays readable).
func reservoirSiblings17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := range fs {
		f := &fs[i]
		if f.generic || weak19(f) || !(f.Type == LOCATION || f.Type == ORG) {
			continue
		}
		e := tt.runeAt(f.End)
		if e >= 0 && !strings.HasSuffix(f.Text, "水库") {
			// the place a reservoir is named after, the kind left to a
			// later rule (宁远|水库和…)
			if !strings.HasPrefix(tt.text[tt.off[e]:], "水库") {
				continue
			}
			e += 2
		}
		if e < 0 || e+4 > n || !placeListSeps16b.has(tt.runes[e]) {
			continue
		}
		c := e + 1
		for l := 4; l >= 3; l-- {
			if c+l > n {
				continue
			}
			end := tt.sub(c+l-1, c+l)
			if !reservoirSiblingEnds17b.has(tt.runes[c+l-1]) && !(end == "库" && tt.runes[c+l-2] == '水') {
				continue
			}
			if t := tt.tokenAt(c + l - 1); t != nil && t.start == c+l-1 && t.end > c+l && t.pos != "x" {
				continue // (the kind starts a longer word: …|湖区, …|河道; gojieba's unknown 湖是/x is none)
			}
			if placeCandidate16b(tt, fs, c, c+l, false) && !overlapsAny(out, tt.off[c], tt.off[c+l]) {
				out = append(out, found19(tt, LOCATION, c, c+l, "late17b,reservoir-sibling"))
				break
			}
		}
	}
	return out
}

// late17b adds the findings of this round to fs, each also wherever its
// name stands again in the text.
func late17b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayContain("水库") {
		out = append(out, reservoirSiblings17b(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}
