// Package leakcheck gives the leak tests of every output path (CLI, API,
// report) one way to look for a number identifier however an output
// printed it.
package leakcheck

// DigitWindow returns, for an identifier with nine digits or more (a
// phone, QQ, resident ID or bank card), eight of its digits from the second
// on. They find the number written as a float too, as a quantity's value
// would print it (1.3859471026e+10, 350425199001011260). Shorter
// identifiers give nothing: eight digits would be no longer than they are.
func DigitWindow(id string) []string {
	var ds []byte
	for i := 0; i < len(id); i++ {
		if id[i] >= '0' && id[i] <= '9' {
			ds = append(ds, id[i])
		}
	}
	if len(ds) < 9 {
		return nil
	}
	return []string{string(ds[1:9])}
}
