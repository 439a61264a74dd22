package anonymize

import (
	"strings"
	"sync"
)

// Round speed7a: the person pipeline (findPersons and what it calls) does
// the same work with less of it: evidence kept as flags until a candidate
// is kept, per-text tables computed once and shared by the rules.

// personEv is the evidence scorePerson finds for one candidate span, as
// flags in the order scorePerson notes them, with the role word before
// and the title after the span: String joins it into the evidence text
// only for the candidates that are kept.
type personEv struct {
	flags       uint16
	role, title string // the words of evRoleBefore and evTitleAfter
}

// The evidence flags of personEv, in the order of their texts.
const (
	evNameShaped uint16 = 1 << iota
	evCommonWord
	evJiebaNR
	evUnknownWord
	evListItem
	evRoleBefore
	evSpeaker
	evTitleAfter
	evWordHead
	evGivenIsWord1
	evRunOn
	evGivenIsWord2
	evNRSurname
)

// evTexts are the texts of the flags without a word.
var evTexts = [...]string{"name-shaped-word", "common-word", "jieba:nr", "unknown-word", "list-item", "role-before:", "speaker", "title-after:", "word+head", "given-is-word", "run-on", "given-is-word", "jieba:nr-surname"}

// String returns the evidence as scorePerson reports it:
// "surname+given" and the texts of the flags, joined by commas.
func (ev personEv) String() string {
	if ev.flags == 0 {
		return "surname+given"
	}
	var b strings.Builder
	b.Grow(64)
	b.WriteString("surname+given")
	for k, t := range evTexts {
		if ev.flags&(1<<k) == 0 {
			continue
		}
		b.WriteByte(',')
		b.WriteString(t)
		switch uint16(1) << k {
		case evRoleBefore:
			b.WriteString(ev.role)
		case evTitleAfter:
			b.WriteString(ev.title)
		}
	}
	return b.String()
}

// The person classes of a token (tokText.personToks): whether its word is
// a role a name follows or a title after a name, each in the two forms
// the rules ask (a bit test on the edge character that is true for any
// character outside the Basic Multilingual Plane, as mayEnd and mayStart,
// or false for those, as runeBits.has), and whether it is a verb of
// saying (asked only of role words).
const (
	ptRoleMay    uint8 = 1 << iota // mayEnd(&roleEndLast, w) && (rolesBefore[w] || hasRoleSuffix(w))
	ptRoleHas                      // roleEndLast.has(lastRune(w)) && (rolesBefore[w] || hasRoleSuffix(w))
	ptTitleMay                     // mayStart(&rolesAfterFirst, w) && rolesAfter[w]
	ptTitleHas                     // rolesAfterFirst.has(firstRuneOf(w)) && rolesAfter[w]
	ptSaying                       // ptRoleMay and verbsOfSaying[w]
	ptDone                         // the classes are computed
	ptRoleNoun                     // mayEnd(&roleNounsLast, w) && roleNouns[w]
	ptPersonNoun                   // mayEnd(&personNounsLast, w) && personNouns[w]
)

// personToks returns the person classes of tt's tokens, computing them on
// the first call for the text: the tagger, the scorer and the report
// rules ask them of the same tokens, each once instead of with its own
// map lookups.
func (tt *tokText) personToks() []uint8 {
	if len(tt.ptok) == len(tt.toks) && (len(tt.toks) == 0 || tt.ptok[0]&ptDone != 0) {
		return tt.ptok
	}
	if cap(tt.ptok) >= len(tt.toks) {
		tt.ptok = tt.ptok[:len(tt.toks)]
	} else {
		tt.ptok = make([]uint8, len(tt.toks))
	}
	edges := len(tt.tokLast) == len(tt.toks) && len(tt.tokFirst) == len(tt.toks)
	for k := range tt.toks {
		w := tt.toks[k].word
		last, first := rune(0), rune(0)
		if edges {
			last, first = tt.tokLast[k], tt.tokFirst[k]
		} else { // a tokText built without tokEdges (tests)
			last, first = lastRune(w), firstRuneOf(w)
		}
		c := personTokClass(w, first, last)
		tt.ptok[k] = c
	}
	return tt.ptok
}

// personTokClass returns the person classes of word w, whose first and
// last characters are first and last (ptDone and the classes it is in).
func personTokClass(w string, first, last rune) uint8 {
	c := uint8(ptDone)
	if r := last; uint32(r) >= 1<<16 || roleEndLast.has(r) {
		if rolesBefore[w] || hasRoleSuffix(w) {
			c |= ptRoleMay
			if roleEndLast.has(r) {
				c |= ptRoleHas
			}
			if verbsOfSaying[w] {
				c |= ptSaying
			}
		}
	}
	if mayHaveRune(&roleNounsLast, last) && roleNouns[w] {
		c |= ptRoleNoun
	}
	if mayHaveRune(&personNounsLast, last) && personNouns[w] {
		c |= ptPersonNoun
	}
	if r := first; uint32(r) >= 1<<16 || rolesAfterFirst.has(r) {
		if rolesAfter[w] {
			c |= ptTitleMay
			if rolesAfterFirst.has(r) {
				c |= ptTitleHas
			}
		}
	}
	return c
}

// tokIndex returns the index of token t of tt (t points into tt.toks).
func (tt *tokText) tokIndex(t *tok) int {
	return tt.tokOf[t.start]
}

// roleTok is personRoleToken(t) for a token t of tt, from the person
// classes.
func (tt *tokText) roleTok(t *tok) bool {
	return t != nil && tt.personToks()[tt.tokIndex(t)]&(ptRoleMay|ptSaying) == ptRoleMay
}

// spanFilter is a Bloom filter of the words of a set as character
// sequences (two probes from one hash of the characters into about 16
// bits per word, between 2^12 and 2^20 bits, so that the filter of a small
// set stays in the cache): a span of a text whose characters it does not
// hold is surely not in the set, without building the span's string or
// hashing its bytes.
type spanFilter struct {
	bits []uint64
	mask uint64 // the number of bits less one (a power of two)
}

// spanHash mixes a sequence of characters.
func spanHash(rs []rune) uint64 {
	h := uint64(len(rs)) * 0x9E3779B97F4A7C15
	for _, r := range rs {
		h = (h ^ uint64(uint32(r))) * 0xFF51AFD7ED558CCD
	}
	return h ^ h>>31
}

// newSpanFilter returns the filter of the words m holds as true.
func newSpanFilter(m map[string]bool) *spanFilter {
	n := uint64(1 << 12)
	for n < 1<<20 && n < 16*uint64(len(m)) {
		n <<= 1
	}
	f := &spanFilter{bits: make([]uint64, n/64), mask: n - 1}
	for w, ok := range m {
		if !ok {
			continue
		}
		h := spanHash([]rune(w))
		p, q := h&f.mask, h>>32&f.mask
		f.bits[p>>6] |= 1 << (p & 63)
		f.bits[q>>6] |= 1 << (q & 63)
	}
	return f
}

// may reports false when the word of the characters rs is surely not in
// the set. (A span's string, string(rs) or spanString, is valid UTF-8 that
// decodes to rs, so a word equal to it was added as rs.)
func (f *spanFilter) may(rs []rune) bool {
	h := spanHash(rs)
	p, q := h&f.mask, h>>32&f.mask
	return f.bits[p>>6]&(1<<(p&63)) != 0 && f.bits[q>>6]&(1<<(q&63)) != 0
}

// The span filters of the lexicon's frequent words and the person
// lexicon's ordinary words, built on first use (neither map changes after
// it is loaded).
var (
	commonSpans    = sync.OnceValue(func() *spanFilter { return newSpanFilter(getLexicon().common) })
	ordinarySpans  = sync.OnceValue(func() *spanFilter { return newSpanFilter(getPersonLexicon().ordinary) })
	compoundSpans  = sync.OnceValue(func() *spanFilter { return newSpanFilter(getLexicon().compound) })
	jpSurnameSpans = sync.OnceValue(func() *spanFilter { return newSpanFilter(getPersonLexicon().jpSurnames) })
	// notNameSpans holds the words of notNameWordFilter (fastpath.go),
	// read on first use, after every init has added its words
	notNameSpans = sync.OnceValue(func() *spanFilter {
		pl := getPersonLexicon()
		all := map[string]bool{}
		for _, m := range []map[string]bool{countries, pl.foreignPlaces, pl.translitWords, rolesBefore, rolesAfter, foreignRoles, titleRefs} {
			for w := range m {
				all[w] = true // (as notNameWordFilter: every key, whatever its value)
			}
		}
		return newSpanFilter(all)
	})
)

// compoundSpan is getLexicon().compound[spanString(tt, s, e)], asking the
// filter first.
func compoundSpan(tt *tokText, s, e int) bool {
	return compoundSpans().may(tt.runes[s:e]) && getLexicon().compound[spanString(tt, s, e)]
}

// jpSurnameSpan is getPersonLexicon().jpSurnames[spanString(tt, s, e)],
// asking the filter first.
func jpSurnameSpan(tt *tokText, s, e int) bool {
	return jpSurnameSpans().may(tt.runes[s:e]) && getPersonLexicon().jpSurnames[spanString(tt, s, e)]
}

// notNameSpan is notNameWord(spanString(tt, s, e)) for a span of at least
// one character, asking the filter of the characters first.
func notNameSpan(tt *tokText, s, e int) bool {
	if !notNameSpans().may(tt.runes[s:e]) {
		return tt.runes[e-1] == '官' // isRoleWord's suffix test (the span's string ends in 官 when its last character is 官)
	}
	w := spanString(tt, s, e)
	return notForeignName(w) || isRoleWord(w)
}

// commonSpan is getLexicon().common[spanString(tt, s, e)], asking the
// filter first.
func commonSpan(tt *tokText, s, e int) bool {
	return commonSpans().may(tt.runes[s:e]) && getLexicon().common[spanString(tt, s, e)]
}

// ordinarySpan is getPersonLexicon().ordinary[spanString(tt, s, e)],
// asking the filter first.
func ordinarySpan(tt *tokText, s, e int) bool {
	return ordinarySpans().may(tt.runes[s:e]) && getPersonLexicon().ordinary[spanString(tt, s, e)]
}

// personTitleSpan is personTitles[spanString(tt, s, e)] for a span of at
// least one character, testing its first character first (personTitleFirst
// holds the first character of every title; personTitles never changes).
func personTitleSpan(tt *tokText, s, e int) bool {
	return mayHaveRune(&personTitleFirst, tt.runes[s]) && personTitles[spanString(tt, s, e)]
}

// mayHold reports false when the text surely does not hold character r
// (its signature lacks r's bit), as mayContain for one character.
func (tt *tokText) mayHold(r rune) bool {
	return tt.sig[uint32(r)>>6&15]&(1<<(uint32(r)&63)) != 0
}

// mayHoldNameDot reports false when the text surely holds no name dot
// (isNameDot: · • ・ ． ‧).
func (tt *tokText) mayHoldNameDot() bool {
	return tt.mayHold('·') || tt.mayHold('•') || tt.mayHold('・') || tt.mayHold('．') || tt.mayHold('‧')
}

// posCodeTab holds posCodeOf(strHash(s)) for the tags of one or two
// lowercase ASCII letters, which are nearly all of gojieba's tags (built
// at package initialisation, after posSlots, which it reads).
var posCodeTab = func() (t [27 * 27]uint8) {
	for a := 1; a < 27; a++ {
		for b := 0; b < 27; b++ {
			s := string(rune('a' - 1 + a))
			if b > 0 {
				s += string(rune('a' - 1 + b))
			}
			t[a*27+b] = posCodeOf(strHash(s))
		}
	}
	return
}()

// posCode is posCodeOf(strHash(pos)), from the table for the tags of one
// or two lowercase letters.
func posCode(pos string) uint8 {
	switch len(pos) {
	case 1:
		if a := pos[0] - 'a' + 1; a-1 < 26 {
			return posCodeTab[int(a)*27]
		}
	case 2:
		a, b := pos[0]-'a'+1, pos[1]-'a'+1
		if a-1 < 26 && b-1 < 26 {
			return posCodeTab[int(a)*27+int(b)]
		}
	}
	return posCodeOf(strHash(pos))
}
