package anonymize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// notNameWordFilter holds every word of the sets scorePerson asks about a
// whole candidate span before scoring it (countries, foreign places,
// transliterated words that are no person's, roles, titles, foreign
// roles, title references): a span it does not hold is in none of them,
// so one filter probe spares the seven map lookups of most candidates.
var notNameWordFilter = sync.OnceValue(func() *stringFilter {
	f := newStringFilter()
	pl := getPersonLexicon()
	for _, m := range []map[string]bool{countries, pl.foreignPlaces, pl.translitWords, rolesBefore, rolesAfter, foreignRoles, titleRefs} {
		for w := range m {
			f.add(w)
		}
	}
	return f
})

// notNameWord is notForeignName(w) || isRoleWord(w), asking the filter
// first.
func notNameWord(w string) bool {
	if !notNameWordFilter().mayHave(w) {
		return len(w) >= len("官") && w[len(w)-len("官"):] == "官" // isRoleWord's suffix test
	}
	return notForeignName(w) || isRoleWord(w)
}

// spanString is string(tt.runes[s:e]) without building it: the text's
// own bytes, which are the same unless the span holds a byte of broken
// UTF-8 (decoded as U+FFFD).
func spanString(tt *tokText, s, e int) string {
	if !tt.invalid {
		return tt.sub(s, e) // valid UTF-8: its characters encode to its own bytes
	}
	for _, r := range tt.runes[s:e] {
		if r == utf8.RuneError {
			return string(tt.runes[s:e])
		}
	}
	return tt.sub(s, e)
}

// bankBranchFirst holds the first characters of bankBranches.
var bankBranchFirst = func() (b runeBits) {
	for _, w := range bankBranches {
		b.set(firstRuneOf(w))
	}
	return
}()

// branchWordsAt returns, for each word of bankBranches, the byte offsets
// where it occurs in tt's text, in order (nil when none does): what a strings.Index loop over
// the text finds for each word (none of them overlaps itself, and a word
// of valid UTF-8 starts on a character), from one pass over the
// characters instead of one search per word.
func branchWordsAt(tt *tokText) [][]int {
	var hits [][]int
	for i, r := range tt.runes {
		if !mayHaveRune(&bankBranchFirst, r) {
			continue
		}
		rest := tt.text[tt.off[i]:]
		for bi, b := range bankBranches {
			if strings.HasPrefix(rest, b) {
				if hits == nil {
					hits = make([][]int, len(bankBranches))
				}
				hits[bi] = append(hits[bi], tt.off[i])
			}
		}
	}
	return hits
}

// nameStat holds the name statistics of one character of the Basic
// Multilingual Plane that the rule scorer adds up for every candidate: the
// values of the lexicon's surname, first and given maps and the person
// lexicon's last and mid maps (0 where a map lacks the character; has
// says which of given, last and mid hold it). One array read instead of
// five map lookups.
type nameStat struct {
	surname, first, given, last, mid float64
	has                              uint8 // hasGiven, hasLast, hasMid
}

const (
	hasGiven = 1 << iota
	hasLast
	hasMid
)

// nameStats is the nameStat of every character below U+10000.
var nameStats = sync.OnceValue(func() []nameStat {
	l, pl := getLexicon(), getPersonLexicon()
	st := make([]nameStat, 1<<16)
	for r, v := range l.surname {
		if r >= 0 && r < 1<<16 {
			st[r].surname = v
		}
	}
	for r, v := range l.first {
		if r >= 0 && r < 1<<16 {
			st[r].first = v
		}
	}
	for r, v := range l.given {
		if r >= 0 && r < 1<<16 {
			st[r].given, st[r].has = v, st[r].has|hasGiven
		}
	}
	for r, v := range pl.last {
		if r >= 0 && r < 1<<16 {
			st[r].last, st[r].has = v, st[r].has|hasLast
		}
	}
	for r, v := range pl.mid {
		if r >= 0 && r < 1<<16 {
			st[r].mid, st[r].has = v, st[r].has|hasMid
		}
	}
	return st
})

// nameStatTab is nameStats() as an array, behind a sync.Once whose fast
// path inlines (a sync.OnceValue's function is a call per character).
func nameStatTab() *[1 << 16]nameStat {
	nameStatOnce.Do(func() { nameStatArr = (*[1 << 16]nameStat)(nameStats()) })
	return nameStatArr
}

var (
	nameStatOnce sync.Once
	nameStatArr  *[1 << 16]nameStat
)

// surnameOfRune is getLexicon().surname[r].
func surnameOfRune(r rune) float64 {
	if r >= 0 && r < 1<<16 {
		return nameStatTab()[r].surname
	}
	return getLexicon().surname[r]
}

// firstOfRune is getLexicon().first[r].
func firstOfRune(r rune) float64 {
	if r >= 0 && r < 1<<16 {
		return nameStatTab()[r].first
	}
	return getLexicon().first[r]
}

// givenOfRune is getLexicon().given[r] with its presence.
func givenOfRune(r rune) (float64, bool) {
	if r >= 0 && r < 1<<16 {
		s := &nameStatTab()[r]
		return s.given, s.has&hasGiven != 0
	}
	v, ok := getLexicon().given[r]
	return v, ok
}

// lastOfRune is getPersonLexicon().last[r] with its presence.
func lastOfRune(r rune) (float64, bool) {
	if r >= 0 && r < 1<<16 {
		s := &nameStatTab()[r]
		return s.last, s.has&hasLast != 0
	}
	v, ok := getPersonLexicon().last[r]
	return v, ok
}

// midOfRune is getPersonLexicon().mid[r] with its presence.
func midOfRune(r rune) (float64, bool) {
	if r >= 0 && r < 1<<16 {
		s := &nameStatTab()[r]
		return s.mid, s.has&hasMid != 0
	}
	v, ok := getPersonLexicon().mid[r]
	return v, ok
}

// firstRuneBits returns the first characters of the words of m, for
// mayStart.
func firstRuneBits(m map[string]bool) (b runeBits) {
	for w := range m {
		b.set(firstRuneOf(w))
	}
	return
}

// mayStart reports whether w may be a word whose first character is in b
// (built by firstRuneBits): false only when w begins with a character of
// the Basic Multilingual Plane that is not in b (the empty word begins
// with utf8.RuneError, which firstRuneBits records for an empty key).
func mayStart(b *runeBits, w string) bool {
	if len(w) >= 3 {
		if c0, c1, c2 := w[0], w[1], w[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			// a character of three bytes, decoded here as firstRuneOf does
			r := uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)
			return b[r>>6]&(1<<(r&63)) != 0
		}
	}
	r := firstRuneSlow(w)
	return r < 0 || r >= 1<<16 || b.has(r)
}

// leadVerbsFirst holds the first characters of leadVerbs.
var leadVerbsFirst = firstRuneBits(leadVerbs)

// The characters scorePerson tests a span's edges against, as bit sets
// (strings.ContainsRune over the same characters walked the string on
// every call): a numeral or ordinal before the span, a count ending it, an
// ordinary noun's last character, a place's.
var (
	scoreNumeralBefore = runeBitsOf("一二三四五六七八九十两百千万几第")
	scoreCountEnd      = runeBitsOf("一二三四五六七八九十两百千万几")
	scoreNounEnd       = runeBitsOf("感性度率型式者们界类量费款税价额局处部会院所站厂店场园路街制法案品物业机器具件")
	scorePlaceEnd      = runeBitsOf("乡村镇县区市省州屯寨庄堡营湾沟坪")
)

// The first characters of trigger words the report rules look for at
// every token, for mayStart before the map lookup.
var (
	kinPairsFirst          = firstRuneBits(kinPairs)
	academicTitlesFirst    = firstRuneBits(academicTitles)
	personOnlyTitlesFirst  = firstRuneBits(personOnlyTitles)
	landmarkLocativesFirst = firstRuneBits(landmarkLocatives) // newTokText, at every two-character word
)

// closerStart reports the characters that can begin what closes a name in
// nameClosedAfterRole: 同志, 说, a bracket or the line's end (every case of
// its closed switch but the text's end).
func closerStart(r rune) bool {
	return r == '同' || r == '说' || r == '（' || r == '(' || r == '\n'
}
