package anonymize

import "math"

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
