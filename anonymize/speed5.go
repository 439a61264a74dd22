package anonymize

import (
	"sync"
	"unicode/utf8"
)

// The rare halves of the character helpers of text.go and fastpath.go
// (lastRune, firstRuneOf, mayEnd, mayStart): each helper decodes its common
// case itself, a character of three bytes with a lead byte E1–EC (all of
// CJK), and hands everything else here, with the answers it gave before.

// lastRuneSlow is lastRune for a string that does not end in a character
// of three bytes with a lead byte E1–EC.
func lastRuneSlow(s string) rune {
	if n := len(s); n >= 3 && s[n-3]&0xF0 == 0xE0 && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		r := rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRuneSlow is firstRuneOf for a string that does not begin with a
// character of three bytes with a lead byte E1–EC.
func firstRuneSlow(s string) rune {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Character sets that replace strings.ContainsRune over a constant string
// (which encodes the character and searches the string for it) and map
// lookups made at every character, on the hot paths of the recognizers:
// the same answers, as one bit test (the sets hold only characters of the
// Basic Multilingual Plane, where runeBits answers exactly).
var (
	riverKindRunes      = runeBitsOf("河江湖溪")            // madeUpRivers, gluedLandmarks
	regionCapitalFirst  = runeBitsOf("台港澳")             // regionCapital
	regionCapitalSecond = runeBitsOf("资商胞")             // regionCapital
	chineseNumeralRunes = runeBitsOf("一二三四五六七八九十百千万两几") // numeralRune
	// minorityPrefixNames and countedListOneParts test every character
	// against these maps: mayHaveRune first
	minorityNamePrefixBits = runeMapBits(minorityNamePrefixes)
	countNumeralBits       = runeCountBits(countNumerals)
)

// runeCountBits returns the characters of the Basic Multilingual Plane
// that m maps to a value other than 0, for mayHaveRune.
func runeCountBits(m map[rune]int) (b runeBits) {
	for r, v := range m {
		if v != 0 {
			b.set(r)
		}
	}
	return
}

// tokEdges fills tokFirst and tokLast for the tokens of tt.
func (tt *tokText) tokEdges() {
	tt.tokFirst = reuse(tt.tokFirst, len(tt.toks))
	tt.tokLast = reuse(tt.tokLast, len(tt.toks))
	first, last := tt.tokFirst[:len(tt.toks)], tt.tokLast[:len(tt.toks)]
	for k := range tt.toks {
		w := tt.toks[k].word
		// firstRuneOf(w) and lastRune(w), their common case (a character
		// of three bytes with a lead byte E1–EC) decoded here without the
		// calls (speed7b)
		if n := len(w); n >= 3 {
			if c0, c1, c2 := w[0], w[1], w[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				first[k] = rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			} else {
				first[k] = firstRuneSlow(w)
			}
			if c0, c1, c2 := w[n-3], w[n-2], w[n-1]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				last[k] = rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			} else {
				last[k] = lastRuneSlow(w)
			}
			continue
		}
		first[k], last[k] = firstRuneOf(w), lastRune(w)
	}
	tt.tokFirst, tt.tokLast = first, last
}

// startMay is mayStart(b, tt.toks[k].word), from the first character
// decoded once.
func (tt *tokText) startMay(b *runeBits, k int) bool {
	r := uint32(tt.tokFirst[k])
	return r >= 1<<16 || b[r>>6]&(1<<(r&63)) != 0 // (a negative rune is a large uint32)
}

// endMay is mayEnd(b, tt.toks[k].word), from the last character decoded
// once.
func (tt *tokText) endMay(b *runeBits, k int) bool {
	r := uint32(tt.tokLast[k])
	return r >= 1<<16 || b[r>>6]&(1<<(r&63)) != 0
}

// runeSig returns the signature of tokText.sig for the characters rs.
func runeSig(rs []rune) (sig [16]uint64) {
	for _, r := range rs {
		sig[r>>6&15] |= 1 << (uint32(r) & 63)
	}
	return
}

// mayContain reports whether the text may contain s: false only when a
// character of s is in no place of the text, so that
// tt.mayContain(s) && strings.Contains(tt.text, s) is
// strings.Contains(tt.text, s) without the search through a text that
// lacks one of the characters. (A valid character in a string of bytes is
// always decoded as itself, so the text's characters hold every character
// of s that the text contains; s must be valid UTF-8, or the answer is
// true.)
func (tt *tokText) mayContain(s string) bool {
	// the leading characters of three bytes with a lead byte E1–EC (all
	// of CJK), stepping through s itself (speed12)
	for len(s) >= 3 {
		c0, c1, c2 := s[0], s[1], s[2]
		if c0-0xE1 >= 0x0C || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			break
		}
		r := uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)
		if tt.sig[r>>6&15]&(1<<(r&63)) == 0 {
			return false
		}
		s = s[3:]
	}
	for i := 0; i < len(s); {
		// (for range s, a CJK character decoded here without a call, as
		// decodeRune does: speed9a)
		var r rune
		w := 3
		if t := s[i:]; len(t) >= 3 && t[0]-0xE1 < 0x0C && t[1]&0xC0 == 0x80 && t[2]&0xC0 == 0x80 {
			r = rune(t[0]&0x0F)<<12 | rune(t[1]&0x3F)<<6 | rune(t[2]&0x3F)
		} else {
			r, w = utf8.DecodeRuneInString(t)
		}
		if r == utf8.RuneError {
			return true
		}
		if tt.sig[r>>6&15]&(1<<(uint32(r)&63)) == 0 {
			return false
		}
		i += w
	}
	return true
}

// roleNounLastBits returns the last characters of the words that
// roleOrPersonNounEndsAt looks up (rolesBefore, isRoleWord's sets and its
// 官, personNouns, quotedPersonNouns), built on first use, after every
// init has added its words.
var roleNounLastBits = sync.OnceValue(func() *runeBits {
	b := new(runeBits)
	for _, m := range []map[string]bool{rolesBefore, rolesAfter, foreignRoles, titleRefs, personNouns, quotedPersonNouns} {
		for w, ok := range m {
			if ok {
				b.set(lastRune(w))
			}
		}
	}
	b.set('官')
	return b
})

// nameDotRunes are the dots between the parts of a transliterated name
// (isNameDot).
var nameDotRunes = runeBitsOf("·•・．‧")

// decodeRune is utf8.DecodeRuneInString, decoding a character of three
// bytes with a lead byte E1–EC (all of CJK) itself.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		if c0, c1, c2 := s[0], s[1], s[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// edgeInAddOrder returns edge's character and reports whether edgePiece
// reads the entities in the order they were added (addOrder, skipping those
// whose runeSig lacks the character) instead of order: when edge is one
// whole character and no entity was added after finish. (Before speed16b
// it read a table of the entities holding each character, built by finish
// for every document: the entities of addOrder that hold edge, in that
// order. An entity without edge has no piece that begins or ends with it,
// and edgePiece's search for edge in it finds nothing, so reading all of
// addOrder, or those whose signature has edge's bit, picks the same piece
// and entity.)
func (r *Redaction) edgeInAddOrder(edge string) (rune, bool) {
	c, n := utf8.DecodeRuneInString(edge)
	return c, !(c == utf8.RuneError && n <= 1 || n != len(edge) || r.addOrder == nil || len(r.addOrder) != len(r.order))
}

// runeOffsets appends to buf the byte offset of each character of w and
// len(w), so that w[offs[i]:offs[e]] is string([]rune(w)[i:e]); nil when w
// is not valid UTF-8 (where the two differ).
func runeOffsets(w string, buf []int) []int {
	if !utf8.ValidString(w) {
		return nil
	}
	for i := range w {
		buf = append(buf, i)
	}
	return append(buf, len(w))
}
