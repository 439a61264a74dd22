package anonymize

import (
	"math"
	"math/bits"
	"sync"
)

// Round speed9b: the person scorer (scorePersonsSub) leaves out the work
// on spans that cannot reach any threshold: the score of a span is a sum
// of terms, most of them penalties, so an upper bound of what the terms
// still to come can add tells, after the cheap ones, that a span stays
// below every threshold, and then the word and context lookups are not
// made. A span left out so would have been dropped anyway: the output is
// the same.

// noFloor is the floor of scorePersonEvFloor that leaves nothing out.
var noFloor = math.Inf(-1)

// boundSlack keeps the bounds clear of rounding: the bound sums the same
// terms as the score in another order.
const boundSlack = 1e-9

// Upper bounds of the positive terms of scorePersonEvFloor still to come
// when the bound is taken: a list item's separators (1); a role vouching
// for a word inside the name (1).
const (
	maxListBonus   = 1.0
	maxInsideBonus = 1.0
)

// scoreBoundBelow reports whether the span [s, e) with surname length sl,
// whose score after the surname and token terms is score and whose
// context adds ctx, surely ends below floor: it adds the given-name terms
// (exactly as scored), ctx, and the largest value each other positive
// term can take (the penalties as 0).
func scoreBoundBelow(tt *tokText, s, sl, e int, score, ctx float64, nameTag, exact bool, insideWords int, floor float64) bool {
	ub := score
	for _, r := range tt.runes[s+sl : e] {
		g, ok := givenOfRune(r)
		if !ok {
			g = -4
		}
		ub += clamp(g, -4, 3)
	}
	if nameTag {
		ub += max(nrBonus3, nrBonus2)
	}
	if exact && tt.toks[tt.tokOf[s]].pos == "x" {
		ub += max(xBonus3, xBonus2)
	}
	ub += maxListBonus + ctx
	if ctx >= 3 && insideWords > 0 {
		ub += maxInsideBonus
	}
	if loneNRMay(tt, s, sl, e) {
		ub += nrSurnameBonus
	}
	return ub < floor-boundSlack
}

// loneNRMay reports whether scorePersonEvFloor may find the surname tagged
// nr on its own (loneNR), leaving out the test of the surname's
// statistics.
func loneNRMay(tt *tokText, s, sl, e int) bool {
	st := &tt.toks[tt.tokOf[s]]
	return sl == 1 && st.start == s && st.n() == 1 && st.pos == "nr" && e-s >= 2
}

// personCls is a set of the person rules' trigger classes of characters
// (tokText.pcls): a rule whose first test needs a character of its class
// returns at once for a text that holds none (most texts hold no 同志,
// 院士 or 等).
type personCls uint32

// The classes of personCls, each the characters a rule's first test
// needs in the text.
const (
	pcComrade       personCls = 1 << iota // personOnlyTitlesFirst (nameBeforeComrade)
	pcAcademic                            // academicTitlesFirst (nameBeforeAcademicTitle)
	pcLead                                // leadVerbsFirst (personBeforeLead)
	pcMember                              // memberLast (memberLists)
	pcClosed                              // kinPairsFirst and 等 (closedNameLists)
	pcFamiliar                            // 老, 小 (familiarAfterPersonNoun)
	pcRen                                 // 人 (nameClosedAfterRole's 负责|人)
	pcShi                                 // 是 (subjectIsPerson)
	pcTitleFirst                          // personTitleFirst (surnameTitles, reportTitleRefs, by position)
	pcCompoundFirst                       // the compound surnames' first characters (reportTitleRefs, scorePersonsSub, by position)
	pcSurname                             // the surnames (scorePersonsSub, by position)
	pcJapaneseFirst                       // the Japanese surnames' first characters (findJapaneseNames, by position)
	pcPos           personCls = 1 << 30   // tokText.ppos holds the positions
	pcDone          personCls = 1 << 31   // the classes are computed
	pcAll           personCls = 1<<30 - 1 // every class: a character above the Basic Multilingual Plane
)

// personClsTab returns the classes of every character of the Basic
// Multilingual Plane, built on first use (after every init has filled the
// rules' word sets).
var personClsTab = sync.OnceValue(func() *[1 << 16]personCls {
	t := new([1 << 16]personCls)
	add := func(c personCls, b *runeBits) {
		for i, w := range b {
			for ; w != 0; w &= w - 1 {
				t[i*64+bits.TrailingZeros64(w)] |= c
			}
		}
	}
	add(pcComrade, &personOnlyTitlesFirst)
	add(pcAcademic, &academicTitlesFirst)
	add(pcLead, &leadVerbsFirst)
	add(pcMember, &memberLast)
	add(pcClosed, &kinPairsFirst)
	t['等'] |= pcClosed
	t['老'] |= pcFamiliar
	t['小'] |= pcFamiliar
	t['人'] |= pcRen
	t['是'] |= pcShi
	add(pcTitleFirst, &personTitleFirst)
	add(pcCompoundFirst, &getTaggerLex().compoundFirst)
	add(pcSurname, &getLexicon().surnameBits)
	add(pcJapaneseFirst, &getPersonLexicon().jpFirst)
	return t
})

// mayHavePerson reports false when no character of tt is in class c, so
// that the rule of c finds nothing in it. A text that is not valid UTF-8
// (whose tokens' words may decode otherwise than its characters) and one
// with a character above the Basic Multilingual Plane (which the rules'
// bit tests let through) hold every class.
func (tt *tokText) mayHavePerson(c personCls) bool {
	if tt.pcls&pcDone == 0 {
		tt.personClasses()
	}
	return tt.pcls&c != 0
}

// The position sets of tokText.ppos: the characters i where surnameTitles
// goes on (a title's first character at i+1, or 老 or 小 at i-1), where
// reportTitleRefs does (a compound surname's first character at i, or a
// title's first character at i+1), where scorePersonsSub does (a surname
// or a compound surname's first character at i) and where
// findJapaneseNames does (a Japanese surname's first character at i).
const (
	posSurnameTitle = iota
	posTitleRef
	posSurname
	posJapanese
	posMemberLast // (memberLists: a character of memberLast)
)

// personClasses computes tt.pcls and, for a text short enough, tt.ppos
// (left empty otherwise).
func (tt *tokText) personClasses() {
	m := pcDone
	n := len(tt.runes)
	if tt.invalid {
		tt.pcls = m | pcAll
		tt.ppos = [5][8]uint64{}
		return
	}
	tab := personClsTab()
	byPos := n <= len(tt.ppos[0])*64
	tt.ppos = [5][8]uint64{}
	for k, r := range tt.runes {
		if uint32(r) >= 1<<16 {
			tt.pcls = m | pcAll
			tt.ppos = [5][8]uint64{} // (no positions: personPosFrom's fast path finds none)
			return
		}
		c := tab[r]
		m |= c
		if !byPos || c&(pcTitleFirst|pcFamiliar|pcCompoundFirst|pcSurname|pcJapaneseFirst|pcMember) == 0 {
			continue
		}
		if c&pcTitleFirst != 0 && k > 0 {
			tt.ppos[posSurnameTitle][(k-1)>>6] |= 1 << ((k - 1) & 63)
			tt.ppos[posTitleRef][(k-1)>>6] |= 1 << ((k - 1) & 63)
		}
		if r == '老' || r == '小' {
			if k+1 < n {
				tt.ppos[posSurnameTitle][(k+1)>>6] |= 1 << ((k + 1) & 63)
			}
		}
		if c&pcCompoundFirst != 0 {
			tt.ppos[posTitleRef][k>>6] |= 1 << (k & 63)
		}
		if c&(pcCompoundFirst|pcSurname) != 0 {
			tt.ppos[posSurname][k>>6] |= 1 << (k & 63)
		}
		if c&pcJapaneseFirst != 0 {
			tt.ppos[posJapanese][k>>6] |= 1 << (k & 63)
		}
		if c&pcMember != 0 {
			tt.ppos[posMemberLast][k>>6] |= 1 << (k & 63)
		}
	}
	if byPos {
		m |= pcPos
	}
	tt.pcls = m
}

// personPos returns position set p of tt (posSurnameTitle, …), or nil
// when the text has none, and then a rule must visit every character.
func (tt *tokText) personPos(p int) *[8]uint64 {
	if tt.pcls&pcDone == 0 {
		tt.personClasses()
	}
	if tt.pcls&pcPos == 0 {
		return nil
	}
	return &tt.ppos[p]
}

// nextPos returns the first position at or after i of the position set
// ps, or 512 when there is none (a text with position sets has at most
// 512 characters), or i itself when i is 512 or more.
func nextPos(ps *[8]uint64, i int) int {
	if uint(i) >= 8*64 {
		return i
	}
	if x := ps[uint(i)>>6] >> (uint(i) & 63); x != 0 {
		return i + bits.TrailingZeros64(x)
	}
	for w := uint(i)>>6 + 1; w < 8; w++ {
		if ps[w] != 0 {
			return int(w)<<6 + bits.TrailingZeros64(ps[w])
		}
	}
	return 8 * 64
}

// personToksAny returns the union of the person classes of tt's tokens
// (personToks): a rule that needs a role word can return at once for a
// text without one (two texts in three of the report excerpts).
func (tt *tokText) personToksAny() uint8 {
	if tt.ptAny == 0 {
		var a uint8
		for _, c := range tt.personToks() {
			a |= c
		}
		tt.ptAny = a // (0 again for a text without tokens)
	}
	return tt.ptAny
}

// roleNounWithRen reports whether a token of tt is followed by 人 and
// makes a word of roleNouns with it (负责|人), nameClosedAfterRole's role
// word that is no token of its own.
func roleNounWithRen(tt *tokText) bool {
	if !tt.mayHavePerson(pcRen) {
		return false
	}
	for i := 1; i < len(tt.runes); i++ {
		if tt.runes[i] != '人' {
			continue
		}
		if t := &tt.toks[tt.tokOf[i-1]]; t.end == i && roleNouns[t.word+"人"] {
			return true
		}
	}
	return false
}

// personEdgeTab returns, for every character of the Basic Multilingual
// Plane, which of personToks' edge tests it passes: bit 0 roleEndLast,
// 1 roleNounsLast and 2 personNounsLast (as a word's last character), 3
// rolesAfterFirst (as its first); and bits 4 to 7 whether it begins a
// word of leadVerbs, of kinPairs (or is 等), of academicTitles, of
// personOnlyTitles (pwLead … below, shifted by 4), and bit 8 whether it
// ends a word of roleTitleLast. Built on first use, after every init has
// added its words and characters.
var personEdgeTab = sync.OnceValue(func() *[1 << 16]uint16 {
	t := new([1 << 16]uint16)
	for i, b := range []*runeBits{&roleEndLast, &roleNounsLast, &personNounsLast, &rolesAfterFirst, &leadVerbsFirst, &kinPairsFirst, &academicTitlesFirst, &personOnlyTitlesFirst, &roleTitleLast} {
		for j, w := range b {
			for ; w != 0; w &= w - 1 {
				t[j*64+bits.TrailingZeros64(w)] |= 1 << i
			}
		}
	}
	t['等'] |= 1 << (4 + pwClosed)
	return t
})

// The token sets of tokText.pwset: the tokens whose first character may
// begin a word of leadVerbs (personBeforeLead), of kinPairs or 等 and 等人
// (closedNameLists), of academicTitles (nameBeforeAcademicTitle), of
// personOnlyTitles (nameBeforeComrade); whose last character is one of
// roleTitleLast (contextForeignNames); of two to six characters tagged
// nrt or nr, or x with three or more (findForeignNames); of one
// character tagged r (pronounSurnameName).
const (
	pwLead = iota
	pwClosed
	pwAcademic
	pwComrade
	pwForeignCtx
	pwForeign
	pwPronoun
)

// personWordSet returns token set c of tt (pwLead …), or nil when
// fillPersonToks did not record it, and then a rule must visit every
// token.
func (tt *tokText) personWordSet(c int) *[8]uint64 {
	if !tt.ptSet || len(tt.ptok) != len(tt.toks) {
		return nil
	}
	return &tt.pwset[c]
}

// fillPersonToks computes tt's person classes (personToks) when they are
// not yet: one table lookup for each of a token's edge characters, and
// only for the few tokens whose edges pass, the word lookups of
// personToks. A text built without tokEdges or not valid UTF-8 is left to
// personToks.
func (tt *tokText) fillPersonToks() {
	if len(tt.ptok) == len(tt.toks) && (len(tt.toks) == 0 || tt.ptok[0]&ptDone != 0) {
		return
	}
	if tt.invalid || len(tt.tokLast) != len(tt.toks) || len(tt.tokFirst) != len(tt.toks) {
		return
	}
	if cap(tt.ptok) >= len(tt.toks) {
		tt.ptok = tt.ptok[:len(tt.toks)]
	} else {
		tt.ptok = make([]uint8, len(tt.toks))
	}
	tab := personEdgeTab()
	tt.ptset = [8]uint64{}
	tt.pwset = [7][8]uint64{}
	tt.ptSet = len(tt.toks) <= len(tt.ptset)*64
	for k := range tt.toks {
		last, first := tt.tokLast[k], tt.tokFirst[k]
		le := uint16(0x107) // (a character above the plane, or negative, may pass every test)
		if uint32(last) < 1<<16 {
			le = tab[last] & 0x107
		}
		fe := uint16(0xF8)
		if uint32(first) < 1<<16 {
			fe = tab[first] & 0xF8
		}
		if tt.ptSet {
			ws := fe>>4 | le>>8<<pwForeignCtx
			if t := &tt.toks[k]; t.end-t.start == 1 {
				if t.pos == "r" {
					ws |= 1 << pwPronoun
				}
			} else if n := t.end - t.start; n <= 6 && (t.pos == "nrt" || t.pos == "nr" || t.pos == "x" && n >= 3) {
				ws |= 1 << pwForeign
			}
			for ; ws != 0; ws &= ws - 1 {
				tt.pwset[bits.TrailingZeros16(ws)][k>>6] |= 1 << (k & 63)
			}
		}
		e := uint8(le&7 | fe&8)
		if e == 0 {
			tt.ptok[k] = ptDone
			continue
		}
		c := personTokClass(tt.toks[k].word, first, last) // personToks' tests, for this token
		tt.ptok[k] = c
		if c != ptDone && tt.ptSet {
			tt.ptset[k>>6] |= 1 << (k & 63)
		}
	}
}

// personTokFrom returns the first token at or after k whose person
// classes hold any class (a role word, a title, a role or person noun),
// or len(tt.toks) when there is none; ok is false when fillPersonToks did
// not record them, and then a rule must visit every token.
func (tt *tokText) personTokFrom(k int) (int, bool) {
	if !tt.ptSet || len(tt.ptok) != len(tt.toks) {
		return k, false
	}
	w := k >> 6
	if k < 0 || w >= len(tt.ptset) {
		return max(k, len(tt.toks)), true
	}
	x := tt.ptset[w] &^ (1<<(uint(k)&63) - 1)
	for x == 0 {
		if w++; w >= len(tt.ptset) {
			return len(tt.toks), true
		}
		x = tt.ptset[w]
	}
	return min(w<<6+bits.TrailingZeros64(x), len(tt.toks)), true
}

// noNameFrom reports whether scorePersonEv rejects every span from rune i
// with a surname of sl runes, from tests that do not depend on the span's
// end: the surname stands inside a word gojieba read (a token that begins
// before i and is no short made-up word, which the span would cross), or
// no character, or one that is no Han character or a masking one, follows
// it.
func noNameFrom(tt *tokText, i, sl int) bool {
	if t := &tt.toks[tt.tokOf[i]]; t.start < i && (t.pos != "x" || t.n() > 4) {
		return true
	}
	return i+sl >= len(tt.runes) || !isHan(tt.runes[i+sl]) || isMaskRune(tt.runes[i+sl])
}
