package anonymize

import "strings"

// This file holds round b15: names of deid-own67 … 72 that leaks34 and
// leaks22 read from a person's context but lost on the way, each fixed by
// its class:
//
//   - an honour-list line with one space between the name and the
//     person's village (甲乙丙 某镇某村党员): the pipeline folds a line's
//     padding to one space, so leaks34's two spaces never reach it
//     (oneSpaceListName15);
//   - a name leaks34 reads from its context (a list line, a role it lacks:
//     领队, 传承人) under a doubtful person reading or a generic body's span
//     (工作队领队甲乙丙带队 read as one generic body): those readings are
//     not masked, and they hid the name from leaks34 (persons15);
//   - a spaced name of a list line whose chain runs into the level of the
//     body after it (甲 乙 县|教育局): the level belongs to the body
//     (levelHead15 and lineStart15, used by leaks22).

// oneSpaceListName15 reports whether the name at runes [s, e), which
// begins a line before one space, may be read as an honour-list name: it
// is no ordinary word of the lexicon, nor opens with one (高质量 推进…),
// and does not end in a place's tail (王庄村 …).
func oneSpaceListName15(tt *tokText, s, e int) bool {
	l := getLexicon()
	name := tt.sub(s, e)
	if l.common[name] || l.common[tt.sub(s, s+2)] || personNouns[tt.sub(s+1, e)] || isRoleWord(name) {
		return false
	}
	if t := tt.toks[tt.tokOf[s]]; t.start == s && t.end == e && t.dictWord() && !strings.HasPrefix(t.pos, "nr") {
		return false // one word of the dictionary (高质量), no name
	}
	return !placeLevelEnds21.has(tt.runes[e-1])
}

// persons15 adds the names that leaks34's list-line and role readings find
// once the findings that are not masked (generic ones: doubtful persons,
// generic bodies) are set aside; those findings give way to the name.
func persons15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var sure []Finding
	for _, f := range fs {
		if !f.generic {
			sure = append(sure, f)
		}
	}
	if len(sure) == len(fs) {
		return fs // nothing set aside: leaks34 saw the same findings
	}
	var out []Finding
	if tt.mayContain(" ") || tt.mayContain("\u3000") {
		out = append(out, listLineNames34(tt, sure)...)
	}
	out = append(out, roleNames34(tt, sure)...)
	if len(out) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, g := range fs {
		if g.generic && overlapsAny(out, g.Start, g.End) {
			continue
		}
		kept = append(kept, g)
	}
	return add19(kept, everywhere28(tt, out))
}

// levelRunes15 are the levels that open a generic body's name (县|教育局,
// 镇|卫生院).
var levelRunes15 = runeBitsOf("县市区乡镇旗")

// levelHead15 reports whether the character at i is a level glued to the
// Han text after it while the characters before it are spaced apart (甲 乙
// 县教育局): the level opens the body, it ends no spaced name.
func levelHead15(tt *tokText, i int) bool {
	return i+1 < len(tt.runes) && levelRunes15.has(tt.runes[i]) && isHan(tt.runes[i+1])
}

// lineStart15 reports whether rune i begins the text or a line (leaks22:
// a spaced two-character name whose chain levelHead15 cut before a level,
// 甲 乙 县|教育局, is read only when it opens a line).
func lineStart15(tt *tokText, i int) bool {
	return i == 0 || tt.runes[i-1] == '\n'
}
