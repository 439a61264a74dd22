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
	e := featureEndAt22(tt, g, s)
	tt.featEnd[s] = int32(e) + 1
	return e
}
