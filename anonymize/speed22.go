package anonymize

import (
	"sync"
	"unicode/utf8"
)

// Speed work of the sixteenth session (speed22): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed22_test.go compares each helper
// with the code it replaces.

// featureGate22 holds the second and last characters of the names of the
// features15 gazetteer: a name of the text starts where g.first holds the
// character, goes on with one of second and ends with one of last
// (mayHaveRune: a character above the Basic Multilingual Plane always
// may).
type featureGate22 struct {
	second, last runeBits
}

var featureGate22Of = sync.OnceValue(func() *featureGate22 {
	fg := &featureGate22{}
	for name := range featureGazetteer15().kind {
		rs := []rune(name)
		fg.second.set(rs[1])
		fg.last.set(rs[len(rs)-1])
	}
	return fg
})

// featureEnd22 returns the end (in runes) of the longest name of the
// gazetteer g that starts at rune s of tt, of two characters or more, or 0
// when none does: the loop of features15 over the lengths, longest first,
// which looked every length up in g.kind, asks the map only of a length
// whose last character ends some name, and none when the second character
// is no name's second (features15 was about 5 M instructions per
// reports-dev pass, 3.5 M of it in the map lookups).
func featureEnd22(tt *tokText, g *featureGaz15, s int) int {
	n := len(tt.runes)
	if s+1 >= n {
		return 0
	}
	if g == featureGazetteer15() {
		return featureEndMemo26(tt, g, s)
	}
	return featureEndAt22(tt, g, s)
}

// featureEndAt22 is featureEnd22 without speed26's memo.
func featureEndAt22(tt *tokText, g *featureGaz15, s int) int {
	n := len(tt.runes)
	fg := featureGate22Of()
	if !mayHaveRune(&fg.second, tt.runes[s+1]) {
		return 0
	}
	for l := min(g.maxLen, n-s); l >= 2; l-- {
		if !mayHaveRune(&fg.last, tt.runes[s+l-1]) {
			continue
		}
		if _, ok := g.kind[tt.text[tt.off[s]:tt.off[s+l]]]; ok {
			return s + l
		}
	}
	return 0
}

// rankEndsMay22 reports false where rankEnds15(tt, q) is surely false:
// rankEnds15 needs padding, a colon or the 名 of 第N名 right before q.
// rankNames15 asked surnameAny15 (seven bit sets) at every character
// before rankEnds15 (rankNames15 was 2.2 M instructions per reports-dev
// pass, surnameAny15 1.4 M of it).
func rankEndsMay22(tt *tokText, q int) bool {
	if q <= 0 || q > len(tt.runes) {
		return false
	}
	r := tt.runes[q-1]
	return spaceRune(r) || r == '：' || r == ':' || r == '名'
}

// goVerbFirst22 holds the first characters of goVerbs15.
var goVerbFirst22 = func() (b runeBits) {
	for _, v := range goVerbs15 {
		r, _ := firstRune(v)
		b.set(r)
	}
	return
}()

// goVerbMay22 reports false where no verb of goVerbs15 can begin at rune
// p of tt: the character there begins none (one bit test). townAfterRole15
// asked isRoleWord (four map lookups) of every token before it looked for
// the verb after it (townAfterRole15 was 2.5 M instructions per
// reports-dev pass).
func goVerbMay22(tt *tokText, p int) bool {
	return p < len(tt.runes) && mayHaveRune(&goVerbFirst22, tt.runes[p])
}

// firstRunes22 and lastRunes22 hold the first and the last characters of
// the words of ws (mayHaveRune: a character above the Basic Multilingual
// Plane always may).
func firstRunes22(ws []string) (b runeBits) {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		b.set(r)
	}
	return
}

func lastRunes22(ws []string) (b runeBits) {
	for _, w := range ws {
		r, _ := utf8.DecodeLastRuneInString(w)
		b.set(r)
	}
	return
}

// prefixCands22 returns ws when w may begin with one of its words (w's
// first character is in first, the first characters of ws), else nil;
// suffixCands22 likewise for the ends. A loop over the result tries the
// words only where one may match; no word of ws may be empty.
func prefixCands22(w string, ws []string, first *runeBits) []string {
	if w == "" {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(w); !mayHaveRune(first, r) {
		return nil
	}
	return ws
}

func suffixCands22(w string, ws []string, last *runeBits) []string {
	if w == "" {
		return nil
	}
	if r, _ := utf8.DecodeLastRuneInString(w); !mayHaveRune(last, r) {
		return nil
	}
	return ws
}

// urbanCommitteeLast22 and urbanTrimVerbFirst22 gate urbanTrim15's two
// loops, which tried three committees and 34 verbs on every place and body
// found (urbanTrim15 was 1.9 M instructions per reports-dev pass).
var (
	urbanCommitteeLast22 = lastRunes22(urbanCommittees15)
	urbanTrimVerbFirst22 = firstRunes22(urbanTrimVerbs15)
)

// roleEndMay22 is the first test of roleEndAt33(tt, q): a role word may
// end right before q (its last character is in roleLast33). visitNames15
// asked surname15 (a call and the lexicon's once-guard) at every character
// of every text before roleEndAt33 made this bit test (visitNames15 was
// 2.2 M instructions per reports-dev pass).
func roleEndMay22(tt *tokText, q int) bool {
	return q >= 2 && q <= len(tt.runes) && mayHaveRune(&roleLast33, tt.runes[q-1])
}

// listIntroLast22 holds the last characters of listNames15's intro words.
var listIntroLast22 = unionBits(lastRunes22(listIntrosStrong15), lastRunes22(listIntrosWeak15))

// listIntroMay22 reports false where no intro word of listNames15 can end
// right before rune s: the character before s ends none (one bit test).
// listNames15 asked commaWithin15 (a walk over up to five characters) at
// every character of every text with a 、 before it looked for the intro
// (listNames15 was 2.2 M instructions per reports-dev pass).
func listIntroMay22(tt *tokText, s int) bool {
	return s > 0 && s <= len(tt.runes) && mayHaveRune(&listIntroLast22, tt.runes[s-1])
}

// roleNames34May22 reports false where roleNames34 surely finds no name at
// rune s: it needs a word of roles34 (roleBefore34) or a role word of
// roleEndAt33 right before s, and both tests begin with a bit test on the
// character before s (roles34Last, roleLast33). roleNames34 asked its
// three surname sets at every character of every text first (roleNames34
// was 2.5 M instructions per reports-dev pass).
func roleNames34May22(tt *tokText, s int) bool {
	if s < 1 || s > len(tt.runes) {
		return false
	}
	r := tt.runes[s-1]
	return roles34Last.has(r) || mayHaveRune(&roleLast33, r)
}
