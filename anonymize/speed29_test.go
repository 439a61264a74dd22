package anonymize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Reference copies of the code speed29 replaced: each test below compares
// the new code with them on the development texts and random texts.

// practiceTailRef35 is practiceTail35 before speed29: the whole rest of
// the text searched.
func practiceTailRef35(text string, f Finding) (Finding, bool, bool) {
	for _, p := range practices35 {
		i := strings.Index(text[f.Start:], p)
		if i < 0 || f.Start+i >= f.End {
			continue
		}
		e := f.Start + i + len(p)
		if r, _ := utf8.DecodeRuneInString(text[e:]); r == '道' || r == '路' || strings.HasPrefix(text[e:], "古道") {
			return f, false, false
		}
		if i == 0 {
			return f, true, false
		}
		f.Text, f.End = f.Text[:i], f.Start+i
		f.Evidence += ",practice-tail35"
		return f, false, true
	}
	return f, false, false
}

// TestPracticeTail29: practiceTail35, searching only where a practice
// would start inside the finding, answers as before speed29.
func TestPracticeTail29(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, practices35, []string{"转", "山", "湖", "道", "古道", "路", "雍错", "玛旁"})
	yes := 0
	speed23Spans(t, 30, pieces, func(text string, s, e int) {
		f := Finding{Type: LOCATION, Start: s, End: e, Text: text[s:e], Evidence: "gazetteer"}
		g1, d1, c1 := practiceTail35(text, f)
		g2, d2, c2 := practiceTailRef35(text, f)
		if g1 != g2 || d1 != d2 || c1 != c2 {
			t.Fatalf("%q [%d,%d): practiceTail35 %v %v %v, before speed29 %v %v %v", text, s, e, g1, d1, c1, g2, d2, c2)
		}
		if d2 || c2 {
			yes++
		}
	})
	if yes < 500 {
		t.Fatalf("only %d practices: the test does not test", yes)
	}
}
