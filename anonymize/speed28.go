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

// tourPhrase28 is tourPhrase16(tt.text, f), walking back over tt's runes
// where tourPhrase16 decoded the text: keepFinding16 asks it for every
// finding, four steps back each, each step decoding the character before
// (DecodeLastRuneInString) and the one at p (tourModAt23; fixture: about
// 0.9 M instructions per pass). A text that is not valid UTF-8, or a tt
// without its rune tables (a test's literal), takes tourPhrase16.
func tourPhrase28(tt *tokText, f Finding) bool {
	text := tt.text
	if tt.invalid || len(tt.b2r) != len(text)+1 || len(tt.off) != len(tt.runes)+1 {
		return tourPhrase16(text, f)
	}
	start := f.Start
	if v := firstPrefix(f.Text, routeVerbs16); v != "" && len(f.Text) > len(v) {
		start += len(v)
	}
	if start < 0 || start > len(text) {
		return tourPhrase16(text, f)
	}
	i := int(tt.b2r[start])
	if tt.off[i] != start { // (not at a character's first byte)
		return tourPhrase16(text, f)
	}
	for back := 0; back <= 3; back++ {
		if i < len(tt.runes) && tourModFirst16.has(tt.runes[i]) {
			p := tt.off[i]
			if n, ok := tourPhraseLen16(text[p:]); ok && p+n >= f.End {
				return true
			}
		}
		if i == 0 {
			break
		}
		i--
	}
	return false
}
