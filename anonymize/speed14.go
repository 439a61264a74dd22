package anonymize

import (
	"strings"
	"unicode/utf8"
)

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

// spacedRunIndex is spacedRun.FindAllStringIndex(text, -1): the runs of
// single Han characters with one to three spaces (ASCII or ideographic)
// between each two, leftmost first and each as long as it goes, found
// from the spaces instead of by the regular expression at every
// character. A run begins with the Han character before a space; the
// chain then takes, while it can, the next one to three spaces and the
// Han character after them.
func spacedRunIndex(text string) [][]int {
	var out [][]int
	for i := 0; i < len(text); {
		q := nextSpace(text, i)
		if q < 0 {
			break
		}
		r, w := utf8.DecodeLastRuneInString(text[:q])
		if q-w < i || !isHan(r) {
			i = q + spaceLen(text, q)
			continue
		}
		if end := spacedChain(text, q); end > q {
			out = append(out, []int{q - w, end})
			i = end
			continue
		}
		i = q + spaceLen(text, q)
	}
	return out
}

// spacedChain returns where the chain of spaced Han characters that
// begins with the spaces at p ends: after the last Han character that
// one to three spaces lead to, or p when none does.
func spacedChain(text string, p int) int {
	end := p
	for {
		k := 0
		for k < 3 && p < len(text) {
			n := spaceLen(text, p)
			if n == 0 {
				break
			}
			p += n
			k++
		}
		if k == 0 {
			return end
		}
		r, w := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) {
			return end // (also after a fourth space: fewer leave a space next)
		}
		p += w
		end = p
	}
}

// spaceLen returns the length of the space (' ' or '　') at text[p:], 0
// when none begins there.
func spaceLen(text string, p int) int {
	if text[p] == ' ' {
		return 1
	}
	if strings.HasPrefix(text[p:], "　") {
		return len("　")
	}
	return 0
}

// nextSpace returns the index of the first space (' ' or '　') in text
// at or after i, or -1.
func nextSpace(text string, i int) int {
	a := strings.IndexByte(text[i:], ' ')
	s := text[i:]
	if a >= 0 {
		s = s[:a] // an ideographic space can only come first before it
	}
	if b := strings.Index(s, "　"); b >= 0 {
		return i + b
	}
	if a >= 0 {
		return i + a
	}
	return -1
}
