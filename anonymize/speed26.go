package anonymize

// Speed work of the nineteenth session (speed26): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed26_test.go compares each helper
// with the code it replaces.

// featureEndMemo26 is featureEndAt22 for the features15 gazetteer g,
// remembered per rune of tt: features15, leak18c's gluedFeatures18c and
// place18w's sitesBeforeBodies18w each ask it at nearly every character
// that begins a name of the gazetteer, the same text, the same answer
// (about 3.7 M instructions per reports-dev pass, two thirds of them
// asked again). The memo lives in tt (featEnd, emptied by reset) and
// holds the answer plus one, 0 where the rune was not yet asked.
func featureEndMemo26(tt *tokText, g *featureGaz15, s int) int {
	n := len(tt.runes)
	if len(tt.featEnd) != n {
		tt.featEnd = reuse(tt.featEnd, n)[:n]
		clear(tt.featEnd)
	}
	if v := tt.featEnd[s]; v != 0 {
		return int(v) - 1
	}
	e := featureEndAt30(tt, g, s) // speed30.go: only the lengths of the names that may begin here
	tt.featEnd[s] = int32(e) + 1
	return e
}

// clauseStarts26 returns the runes of tt that open a clause, in order:
// the first and every one right after a character of stop19. titleRefsOf
// (pers15's and ner17's titles) and titleRefs18p each walked every
// character testing the one before against stop19 (about 1.3 M
// instructions per reports-dev pass for the two of titleRefsOf, 1 M for
// titleRefs18p, which tested the surname first); the starts are read once
// per text and kept in tt (clauseAt, emptied by reset).
func (tt *tokText) clauseStarts26() []int32 {
	if tt.clauseOK {
		return tt.clauseAt
	}
	rs := tt.runes
	at := tt.clauseAt[:0]
	if len(rs) > 0 {
		at = append(at, 0)
	}
	for s := 1; s < len(rs); s++ {
		if stop19.has(rs[s-1]) {
			at = append(at, int32(s))
		}
	}
	tt.clauseAt, tt.clauseOK = at, true
	return at
}

// tourHeadsByLast26 is the table of tourSiteHeads16 (which never
// changes): tourSites16 finds the heads of its festivals, halls and
// scenic areas in one walk over the text (it searched the text for each of
// its 34 heads, about 0.6 M instructions per reports-dev pass).
var tourHeadsByLast26 = newKindsByLast21(tourSiteHeads16)

// transitByLast26 is the table of transitKinds18b (which never changes):
// transitLines18b finds its line kinds in one walk over the text (it
// searched the text for each of its eleven kinds, about 0.4 M
// instructions per reports-dev pass with the rule).
var transitByLast26 = newKindsByLast21(transitKinds18b)

// The tables of the lists that abbr15's visitPlaces15 and
// committeePlaces15 and persons17late search every text for, word by word
// (visitAims15, committees15, roles17late, which never change): each list
// found in one walk over the text.
var (
	visitAimsByLast26  = newKindsByLast21(visitAims15)
	committeesByLast26 = newKindsByLast21(committees15)
	rolesByLast26      = newKindsByLast21(roles17late)
)
