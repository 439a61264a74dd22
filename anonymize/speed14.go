package anonymize

// Speed, fourteenth round: the person, place and organisation rule stages
// skip, with one test on a token's first and last character and its tag,
// the tokens none of their readings can start from. Each test is the
// union of the first tests of the readings it stands for, so the
// findings are unchanged (speed14_test.go compares with every token
// taken).

// orgTokIdle reports whether findOrgs' loop surely finds nothing at
// token k: its last character ends no suffix (nor 长, bodyWordAt's own
// case), its first begins no standalone body (bodyPrefixAt), and it is
// not a word of two or more characters tagged nt, j or nz or beginning
// like a well-known abbreviation. Those are the first tests of every
// reading of the loop, which a token failing them all leaves without a
// finding and without a suffix, so the loop continues.
func orgTokIdle(tt *tokText, k int) bool {
	t := &tt.toks[k]
	if last := tt.tokLast[k]; orgLastBits.has(last) || tt.startMay(&bodyFirst, k) || tt.runes[t.end-1] != last && suffixLast.has(tt.runes[t.end-1]) {
		return false
	}
	return t.end-t.start < 2 || t.pos != "nt" && t.pos != "j" && t.pos != "nz" && !abbrevFirst.has(tt.runes[t.start])
}

// orgLastBits holds the last characters of the suffixes (suffixLast) and
// 长, bodyWordAt's own case: orgTokIdle's first test, one look-up for
// both.
var orgLastBits = func() runeBits {
	b := suffixLast
	b.set('长')
	return b
}()
