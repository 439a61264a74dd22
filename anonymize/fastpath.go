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
