package anonymize

import "unicode/utf8"

// Speed work of the twentieth session (speed27): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed27_test.go compares each helper
// with the code it replaces.

// roleLast19 holds the last character of every role of roleTails19 and 员,
// 人 and 师, the characters a role token of roleBefore19 ends in: without
// one of them right before rune j roleBefore19 is false. framedNames19,
// clippedNames19 and listedRoleNames19p ask it at nearly every Han
// character, and it looked up four substrings in roleTails19 each time.
var roleLast19 = func() runeBits {
	b := runeBitsOf("员人师")
	for w := range roleTails19 {
		r := []rune(w)
		b.set(r[len(r)-1])
	}
	return b
}()

// listedRoleNext19p holds the characters listedRoleNames19p's frame opens
// with after a name: 、 and the first characters of sharedVerbs19p. Without
// one three characters after rune j the frame fails whatever the role and
// the span, so the loop tests it before roleBefore19 and framedSpan19.
var listedRoleNext19p = func() runeBits {
	b := runeBitsOf("、")
	for _, w := range sharedVerbs19p {
		b.set(firstRuneOf(w))
	}
	return b
}()

// firmTradeByLast27 and schoolKindsByLast27 are the one-walk tables of
// firmTradeWords19 and schoolKinds19 (which never change): tradeFirms19
// and schools19 find their kinds' stems in one walk (stemsBeforeKinds19
// searched the text once for each of the 46 trade words and 3 kinds).
var (
	firmTradeByLast27   = newKindsByLast21(firmTradeWords19)
	schoolKindsByLast27 = newKindsByLast21(schoolKinds19)
)

// zonesByLast27 is the table of zoneWords19 (which never changes): zones19
// finds its 11 zone words in one walk (it searched the text for each).
var zonesByLast27 = newKindsByLast21(zoneWords19)

// functionWorksMay27 reports false when functionWorks19(w) is surely
// false: a function work is an action character, an object character and a
// kind (拦砂坝), so w opens with an action of worksActions19 and an object
// of worksObjects19. keep19 asks genericWorks19 of every place and body,
// and placeWorks19 of each of their suffixes, and functionWorks19 tried
// each of its 35 kinds as a suffix first.
func functionWorksMay27(w string) bool {
	a, n := utf8.DecodeRuneInString(w)
	if !worksActions19.has(a) {
		return false
	}
	o, _ := utf8.DecodeRuneInString(w[n:])
	return worksObjects19.has(o)
}

// yardMaterialFirst27 holds the first characters of yardMaterials19: a
// material yard (矸石堆场) opens with one, or materialYard19 is false.
var yardMaterialFirst27 = func() (b runeBits) {
	for _, m := range yardMaterials19 {
		b.set(firstRuneOf(m))
	}
	return
}()

// firstRunes27 returns up to the first four characters of s, decoded as
// []rune(s) decodes them: tradeMarkets19f reads the three characters after
// each 中国 and the fourth, and made runes of the whole rest of the text for
// each (quadratic in a long text that names 中国 often).
func firstRunes27(s string) []rune {
	rs := make([]rune, 0, 4)
	for _, r := range s {
		if len(rs) == 4 {
			break
		}
		rs = append(rs, r)
	}
	return rs
}

// gluedKindFirst27 holds the first characters of the kinds of
// gluedKinds19: gluedKindAt19, asked after every masked division at each
// of four stem lengths, compared each kind with the text first.
var gluedKindFirst27 = func() (b runeBits) {
	for _, k := range gluedKinds19 {
		b.set(firstRuneOf(k.kind))
	}
	return
}()
