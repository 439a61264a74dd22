package anonymize

import "strings"

// This file holds round leaks32: classes behind the leaks of deid-own61 …
// 66, each recognised by the shape of the line or the words around the
// name rather than by the name. leaks32 runs right after persons13, after
// every keep filter but keep21, so that no filter that keeps the ordinary
// word again undoes it:
//
//   - a padded name in a speaker, member or by-line line (成员：甲  乙丙
//     丁  戊, 通讯员  甲  乙, 县长  甲  乙, 、甲  乙、): the line pads the
//     surname apart from the given name, and the reading of
//     spacedAfterColon28 takes only the first name after a colon
//     (paddedNames32).
//
// A name found so is masked wherever it stands in the text.

// leaks32 adds the findings of this round to fs.
func leaks32(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayContain("  ") || tt.mayContain("　") || tt.mayContain(" ") {
		out = append(out, paddedNames32(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	fs = dropSpacedCovered32(fs, out)
	return add19(fs, everywhere28(tt, out))
}

// paddedLine32 is the longest line (in characters) read as a speaker,
// member or by-line line: such lines list names, a story's sentence does
// not pad them.
const paddedLine32 = 80

// padBefore32 may stand right before a padded name: the line's start is
// handled apart; a colon, a list comma or padding.
var padBefore32 = runeBitsOf("：:、，,； 　")

// padAfter32 may stand right after a padded name besides padding and the
// line's end: a list comma, a bracket with the person's post, a stop.
var padAfter32 = runeBitsOf("、，,；;（(。")

// paddedNames32 finds in a short line that lists people (a colon, a role
// or by-line word, or a name already found) every surname (single or
// compound) followed by one to three spaces and a one- or two-character
// given name, standing between padding, a colon or a list comma and
// padding, a list comma, a bracket or the line's end. A surname and given
// name that make an ordinary word together (组  长, 项  目, 和  平) or are
// followed by a colon (姓  名：) are a padded heading, unless a name the
// rules found stands next to them across a list comma (、甲乙丙、和  平、).
func paddedNames32(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	if n > paddedLine32 {
		return nil
	}
	l := getLexicon()
	people := false // the line lists people
	for _, r := range tt.runes {
		if r == '：' || r == ':' {
			people = true
			break
		}
	}
	// (a role's lookups only while no colon has said so, and up to the
	// first role: speed19)
	for k := 0; k < len(tt.toks) && !people; k++ {
		if paddingRole28(tt, &tt.toks[k]) {
			people = true
		}
	}
	for k := range fs {
		if fs[k].Type == PERSON {
			people = true
		}
	}
	if !people {
		return nil
	}
	personEndsAt := func(b int) bool {
		for k := range fs {
			if fs[k].Type == PERSON && fs[k].End == b {
				return true
			}
		}
		return false
	}
	personStartsAt := func(b int) bool {
		for k := range fs {
			if fs[k].Type == PERSON && fs[k].Start == b {
				return true
			}
		}
		return false
	}
	// afterRole reports whether rune s follows a role or by-line word
	// and its padding (通讯员  甲  乙, 县长  甲  乙).
	afterRole := func(s int) bool {
		b := s
		for b > 0 && spaceRune(tt.runes[b-1]) {
			b--
		}
		if b == s || b == 0 {
			return false
		}
		k := tt.tokAt13(b - 1)
		if k < 0 {
			return false
		}
		t := &tt.toks[k]
		return t.end == b && paddingRole28(tt, t)
	}
	solid := unspaced32(fs)
	var out []Finding
	for s := 0; s+2 < n; s++ {
		if s > 0 && !padBefore32.has(tt.runes[s-1]) {
			continue
		}
		sl := 0
		if s+2 < n && l.isCompound(tt.sub(s, s+2)) && spaceRune(tt.runes[s+2]) {
			sl = 2
		} else if spaceRune(tt.runes[s+1]) && isHan(tt.runes[s]) && (l.isSurname(tt.runes[s]) || extraSurnames13.has(tt.runes[s]) || afterRole(s) || s > 0 && tt.runes[s-1] == '、' && personEndsAt(tt.off[s-1])) {
			sl = 1 // a rare surname the table lacks (岩, 寻) after a role's padding or beside a listed name
		}
		if sl == 0 {
			continue
		}
		g, e := paddedGiven28(tt, s+sl)
		if e == g || e < n && !spaceRune(tt.runes[e]) && !padAfter32.has(tt.runes[e]) && !creditRune33(tt, e) {
			continue // no given name, or it runs on into a word or a colon (姓  名：); a credit may follow (甲  乙摄: credit33.go)
		}
		// A padded heading spells one word over its padding (合  计  单  位):
		// the character before the surname's padding or after a one-character
		// given name's padding makes an ordinary word with it.
		if padWord32(tt, s, -1) || e-g == 1 && padWord32(tt, e-1, +1) {
			continue
		}
		// A name the rules found across a list comma on either side.
		listed := s > 0 && tt.runes[s-1] == '、' && personEndsAt(tt.off[s-1]) ||
			e+1 < n && tt.runes[e] == '、' && personStartsAt(tt.off[e+1])
		word := tt.sub(s, s+sl) + tt.sub(g, e)
		if !listed {
			if l.common[word] || e-g == 2 && l.common[tt.sub(g, e)] { // 鲁 明 担任: a verb after a padded name
				continue
			}
			ok := true
			for _, r := range tt.runes[g:e] {
				if functionRunes[r] || givenStop[r] || hardStop[r] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
		}
		if overlapsEdge18(solid, tt.off[s], tt.off[e]) || overlapsEdge18(out, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-name,leaks32", Score: contextScore + 1})
	}
	return out
}

// dropSpacedCovered32 drops a spaced person reading of an earlier round
// that padded names of out cover character by character (戚  晓|红  焦  立|军
// read as one name across two padded names): the two names replace it.
func dropSpacedCovered32(fs, out []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && strings.ContainsAny(f.Text, " 　") && coveredHan32(f, out) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// coveredHan32 reports whether every Han character of f lies inside one
// of out.
func coveredHan32(f Finding, out []Finding) bool {
	some := false
	for i, r := range f.Text {
		if !isHan(r) {
			continue
		}
		b := f.Start + i
		in := false
		for _, g := range out {
			if g.Start <= b && b < g.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
		some = true
	}
	return some
}

// unspaced32 returns fs without its spaced person readings, which padded
// names may cut across (dropSpacedCovered32 then drops them).
func unspaced32(fs []Finding) []Finding {
	var out []Finding
	for _, f := range fs {
		if !(f.Type == PERSON && strings.ContainsAny(f.Text, " 　")) {
			out = append(out, f)
		}
	}
	return out
}

// padWord32 reports whether the Han character of rune i and the next Han
// character across padding in direction d (-1 before, +1 after) make an
// ordinary word: the two are one padded heading word (合  计, 单  位).
func padWord32(tt *tokText, i, d int) bool {
	j := i + d
	k := 0
	for j >= 0 && j < len(tt.runes) && spaceRune(tt.runes[j]) {
		j += d
		k++
	}
	if k == 0 || j < 0 || j >= len(tt.runes) || !isHan(tt.runes[j]) {
		return false
	}
	w := string([]rune{tt.runes[i], tt.runes[j]})
	if d < 0 {
		w = string([]rune{tt.runes[j], tt.runes[i]})
	}
	return getLexicon().common[w]
}
