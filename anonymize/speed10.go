package anonymize

import "sync/atomic"

// Round speed10: rule loops that visit every token step over the tokens
// their rule provably cannot fire at, found from a cheaper test made once
// per text. The output is byte for byte the same.

// brandToks appends to buf, in ascending order, the indices of the tokens
// of tt whose word is a brand-industry word (brandIndustry), the word
// findOrgs' brand + industry rule needs at most four tokens after the
// brand it names.
func brandToks(tt *tokText, buf []int) []int {
	for k := range tt.toks {
		if tt.startMay(&brandIndustryFirst, k) && brandIndustry[tt.toks[k].word] {
			buf = append(buf, k)
		}
	}
	return buf
}

// brandReach is how far after its brand token the brand + industry rule
// reads its brand-industry word: two single characters as the brand (one
// more token) and up to two industry words between.
const brandReach = 4

// sigAny reports whether tt may hold a character of the signature s (of
// runeSig): false only when no character of tt shares a signature bit
// with one of s, so that a rule that needs one of those characters finds
// nothing in tt.
func sigAny(tt *tokText, s *[16]uint64) bool {
	var m uint64
	for i := range s {
		m |= tt.sig[i] & s[i]
	}
	return m != 0
}

// roleListSurnamesSig is the signature of roleListSurnames' characters,
// for namesAfterRoleL7.
var roleListSurnamesSig = runeSig([]rune(roleListSurnameChars))

// daSig and bookTitleSig are the signatures of 大 (which ends every match
// of quotedUniSpans) and of 《 (which opens every match of
// pressTitleSpans): a text without the character's bit has no match.
var (
	daSig        = runeSig([]rune("大"))
	bookTitleSig = runeSig([]rune("《"))
)

// lexLoaded is the lexicon once getLexicon has loaded it: its callers
// (rules ask it at every token) read one pointer instead of calling into
// sync.Once.
var lexLoaded atomic.Pointer[lexicon]

// loadLexiconOnce loads the lexicon on getLexicon's first call (once,
// whoever calls) and records it in lexLoaded.
func loadLexiconOnce() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon(); lexLoaded.Store(lex) })
	return lex
}

// speechFirst15b holds the first characters of speechVerbs15b: a speech
// verb can begin at a character only if it is one of them (hasPrefixAt15b
// compares the text from the character's first byte, which decodes to
// the character).
var speechFirst15b = func() (b runeBits) {
	for _, w := range speechVerbs15b {
		b.set(firstRuneOf(w))
	}
	return
}()
