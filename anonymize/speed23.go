package anonymize

import "unicode/utf8"

// Speed work of the seventeenth session (speed23): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed23_test.go compares each helper
// with the code it replaces.

// tourModFirst16 holds the first characters of tour16's modifiers
// (tourMods16): a generic tourism phrase can begin only at one of them, so
// tourPhrase16 asks tourPhraseLen16 (its 37 prefixes) only there.
var tourModFirst16 = firstRunesOf24(tourMods16)

// tourModAt23 reports whether a modifier of tourMods16 may begin at byte p
// of text (its first character is one of tourModFirst16).
func tourModAt23(text string, p int) bool {
	if p >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return tourModFirst16.has(r)
}

// regionalLast16 holds the last characters of the regional forms
// (regionalForms16: 戏 剧 曲 腔 调 子), regionalFormMax16 the length in
// bytes of the longest form.
var regionalLast16, regionalFormMax16 = func() (b runeBits, m int) {
	for _, o := range regionalForms16 {
		r, _ := utf8.DecodeLastRuneInString(o)
		b.set(r)
		m = max(m, len(o))
	}
	return
}()

// honourVerbFirst23 holds the first characters of honourVerbs16:
// honourNames16 reads a role before a surname (honourRoleAt16, its costly
// part: about 3 M instructions per reports-dev pass) only where one of them
// follows the name, as its verb test (hasAnyPrefix13) asks later anyway.
var honourVerbFirst23 = firstRunesOf24(honourVerbs16)
