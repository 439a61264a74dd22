package anonymize

import "strings"

// This file holds round leaks16: transliterated names whose part before
// the dot was read as a place (阿曼·…, a country; 吐尔洪·…, a township's
// short form).

// leaks16 adds the findings of this round to the findings fs of one text.
func leaks16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHoldNameDot() {
		fs = replaceInside16(fs, dotPlaceHeads16(tt, fs))
	}
	return fs
}

// dotPlaceHeads16 finds a transliterated name joined by a name dot whose
// part before the dot a recognizer read as a place (a country, a
// township's short form): a place never stands right before a name dot,
// so the place finding and the part after the dot are one person's name.
// The part after the dot is its first word (gojieba reads name parts as
// nouns: 木合) and the single characters and name or transliteration words
// after it, up to a function character or another word (积极参与), and
// at most five characters.
func dotPlaceHeads16(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := 2; i+2 < n; i++ {
		if !isNameDot(tt.runes[i]) || !isHan(tt.runes[i+1]) {
			continue
		}
		covered := false
		s := -1
		for _, f := range fs {
			if f.Type == PERSON && f.Start < tt.off[i] && f.End > tt.off[i] {
				covered = true
			}
			if (f.Type == LOCATION || f.Type == PERSON) && f.End == tt.off[i] {
				if fs := tt.runeAt(f.Start); fs >= 0 && i-fs >= 2 && i-fs <= 4 {
					s = fs
				}
			}
		}
		if covered || s < 0 {
			continue
		}
		e := i + 1
		for j := i + 1; j < n && e-(i+1) < 5; {
			t := tt.tokenAt(j)
			if t == nil || t.start != j || j > i+1 && !hanName11(tt, t.start, t.start+1) || !allHanRunes(tt.runes[t.start:t.end]) {
				break
			}
			last := tt.runes[t.end-1]
			if t.n() == 1 {
				if j > i+1 && functionRunes[last] || dotStop[last] {
					break
				}
			} else if t.n() == 2 && (functionRunes[last] || dotStop[last]) {
				e = t.end - 1 // a speech verb glued to the name's end (依|明说)
				break
			} else if functionRunes[last] || dotStop[last] || j > i+1 && !(nameWordPOS15(t.pos) || translitRun15(tt, t.start, t.end)) {
				break
			}
			j = t.end
			e = j
		}
		if e-(i+1) < 2 || e-(i+1) > 5 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name,place-head16", Score: 5})
	}
	return out
}

// replaceInside16 adds the findings of out to fs, each replacing the
// findings that lie inside its span (the head of a name read as a place
// or as a name of its own); one that overlaps a finding running past its
// span is left out.
func replaceInside16(fs, out []Finding) []Finding {
	for _, f := range out {
		clash := false
		for _, g := range fs {
			if g.Start < f.End && f.Start < g.End && (g.Start < f.Start || g.End > f.End) {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		kept := fs[:0]
		for _, g := range fs {
			if !(g.Start < f.End && f.Start < g.End) {
				kept = append(kept, g)
			}
		}
		fs = append(kept, f)
	}
	return fs
}

var _ = strings.HasPrefix
