package anonymize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Speed, sixteenth round (the rule stage): the helpers the rules call for
// every kind word and every text answer with less work, the same answers.

// indexAll16 returns the rune positions where kind starts in tt, the
// leftmost occurrence first and each search resuming after the last
// match's end, as a loop of strings.Index does; it looks for kind's last
// byte instead of its first. In Chinese text the first byte of a
// character is one of a handful of lead bytes (E4–E9 hold nearly all of
// CJK), so strings.Index stops at nearly every character to compare; the
// last byte of a three-byte character takes 64 values, and the search
// stops about once in a hundred bytes.
func indexAll16(tt *tokText, kind string) []int {
	n := len(kind)
	if n == 0 {
		return occurrencesByIndex(tt, kind)
	}
	var at []int
	text, last := tt.text, kind[n-1]
	for p := n - 1; p < len(text); {
		j := strings.IndexByte(text[p:], last)
		if j < 0 {
			break
		}
		p += j
		if c := p - (n - 1); text[c:p+1] == kind {
			at = append(at, tt.runeAt(c))
			p += n // the next match begins after this one's end
			continue
		}
		p++
	}
	return at
}

// occurrencesByIndex is indexAll16 as a loop of strings.Index (the
// reference of the tests).
func occurrencesByIndex(tt *tokText, kind string) []int {
	var at []int
	for b := 0; b < len(tt.text); {
		k := strings.Index(tt.text[b:], kind)
		if k < 0 {
			break
		}
		at = append(at, tt.runeAt(b+k))
		b += k + len(kind)
	}
	return at
}

// mayHold2 is mayContain for a kind of the two characters a and b: false
// when the text surely lacks one of them. With constant characters it
// inlines to two bit tests, where mayContain decodes its string at every
// call; the rules ask it about their kind words tens of thousands of
// times per reports-dev pass (mayHold does the same for one character).
func (tt *tokText) mayHold2(a, b rune) bool {
	return tt.mayHold(a) && tt.mayHold(b)
}

// zu16 ends every people's name of ethnicGroups (…族).
const zu16 = "族"

// firstEthnicGroup16 returns where in s the people of ethnicGroups begins
// that beforeEthnicGroup cuts at, or -1: of each people its first
// occurrence in s, if two characters at least stand before it, the
// earliest. Every people's name ends in 族, so its occurrences end where
// 族 occurs: the search visits the few places of 族 in s and compares
// each people's name before them, where a loop of strings.Index searched
// s once for each of the 56 peoples (firstEthnicGroupByIndex, the
// tests' reference).
func firstEthnicGroup16(s string) int {
	if len(ethnicGroups) > 64 {
		return firstEthnicGroupByIndex(s) // (more peoples than seen has bits)
	}
	best := -1
	var seen uint64 // the peoples whose first occurrence was met
	for b := 0; ; {
		j := strings.Index(s[b:], zu16)
		if j < 0 {
			return best
		}
		end := b + j + len(zu16)
		for gi, g := range ethnicGroups {
			if seen&(1<<gi) != 0 || len(g) > end || s[end-len(g):end] != g {
				continue
			}
			seen |= 1 << gi
			if i := end - len(g); (best < 0 || i < best) && utf8.RuneCountInString(s[:i]) >= 2 {
				best = i
			}
		}
		b = end
	}
}

// firstEthnicGroupByIndex is firstEthnicGroup16 as the loop of
// strings.Index it replaced.
func firstEthnicGroupByIndex(s string) int {
	best := -1
	for _, g := range ethnicGroups {
		if i := strings.Index(s, g); i >= 0 && (best < 0 || i < best) && utf8.RuneCountInString(s[:i]) >= 2 {
			best = i
		}
	}
	return best
}

// sigList16 holds, for each word of a list, the signature bits of its
// characters (a character r is bit r&1023 of tokText.sig), so that
// any(tt) answers mayContainAny21(tt, list) with a few bit tests per
// word where mayContain decoded each word at each call; the rules ask it
// of every text, for lists of up to some forty kind words.
type sigList16 [][]uint16

// sigListOf returns the sigList16 of the words ws, decoding each as
// mayContain does: it answers true once it meets a broken sequence or
// U+FFFD, so a word's bits stop before the first of them.
func sigListOf(ws []string) sigList16 {
	l := make(sigList16, len(ws))
	for i, w := range ws {
		l[i] = []uint16{}
		for _, r := range w {
			if r == utf8.RuneError {
				break
			}
			l[i] = append(l[i], uint16(uint32(r)&1023))
		}
	}
	return l
}

// any is mayContainAny21(tt, ws) for the list ws that l was made of:
// whether a word of it may be in the text.
func (l sigList16) any(tt *tokText) bool {
	for _, bits := range l {
		ok := true
		for _, b := range bits {
			if tt.sig[b>>6]&(1<<(b&63)) == 0 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// The sigList16 of the kind lists the rules ask mayContainAny21 about.
var (
	addressSig21      = sigListOf(addressList21)
	relativeVerbSig21 = sigListOf(relativeVerbList21)
	areaKindSig23     = sigListOf(areaKindList23)
	hamletKindSig23   = sigListOf(hamletKindList23)
	originNounSig23   = sigListOf(originNouns23)
	speechAfterSig24  = sigListOf(speechAfter24)
)

// gluedNounLast16 holds the last characters of the words of
// personNouns17p and personListNouns18, built on first use (after every
// init): gluedPersonNounNames18 looks the token before a made-up word and
// that word's first character up in both sets, a string built and two
// look-ups at every such token, which no word can answer unless it ends
// in one of these characters (mayHaveRune: every character above the
// Basic Multilingual Plane passes).
var gluedNounLast16 = sync.OnceValue(func() *runeBits {
	b := new(runeBits)
	for _, set := range []map[string]bool{personNouns17p, personListNouns18} {
		for w := range set {
			b.set(lastRune(w))
		}
	}
	return b
})
