package anonymize

// Speed round 28: answers asked again for every finding of a text, kept
// once per text.

// The lists whose sigAny28 answer a text keeps (bits of tokText.sigMemo).
const (
	sigBreeds28   = iota // transBreedsSig20 (breedMay20)
	sigBranches28        // ethnicBranchesSig20 (branchMay20)
)

// sigAny28 is l.any(tt) for the list numbered i above, asked once per
// text: keepFinding33 asks breedMay20 and branchMay20 for every finding
// of every text, each walking the bits of its 27 or 23 words, the same
// text, the same answer (fixture: about 1.9 M instructions per pass).
// The memo lives in tt (sigMemo, emptied by reset); the text's signature
// is set once by newTokText and never changes after.
func (tt *tokText) sigAny28(i uint, l sigList16) bool {
	if tt.sigMemo&(1<<i) == 0 {
		tt.sigMemo |= 1 << i
		if l.any(tt) {
			tt.sigMemo |= 1 << (i + 8)
		}
	}
	return tt.sigMemo&(1<<(i+8)) != 0
}
