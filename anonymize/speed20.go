package anonymize

// Speed work of the fifteenth session (speed20): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed20_test.go compares each helper
// with the code it replaces.

// roles34Last holds the last character of every word of roles34, and
// roles34Len each word's length in runes, both built once at package
// initialisation (roles34 never changes).
var (
	roles34Last = lastRuneBitsOf(roles34)
	roles34Len  = runeLens20(roles34)
)

// runeLens20 returns runeLen of each word of ws.
func runeLens20(ws []string) []int {
	ns := make([]int, len(ws))
	for i, w := range ws {
		ns[i] = runeLen(w)
	}
	return ns
}

// roleBefore34 reports whether a word of roles34 ends right before rune s
// (s ≥ 1): one bit test on the character before s, then the words'
// lengths read from roles34Len, where roleNames34 counted the runes of its
// fifteen role words at every surname of every text (4.1 M instructions
// per reports-dev pass in runeLen alone).
func roleBefore34(tt *tokText, s int) bool {
	if !roles34Last.has(tt.runes[s-1]) {
		return false
	}
	for i, w := range roles34 {
		if k := roles34Len[i]; s >= k && tt.sub(s-k, s) == w {
			return true
		}
	}
	return false
}
