package classify

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"
)

// cueSet matches a cue pattern fast. Patterns that denote a finite set of
// strings (alternations, optional parts, small character classes) are
// expanded into literals and found with strings.Index, which is many
// times faster than Go's regexp on long alternations; other patterns run
// as regexps, gated by literals one of which must occur.
type cueSet struct {
	lits    []string
	byFirst map[rune][]string // literals by their first rune, longest first
	re      *regexp.Regexp
	gates   []string
}

func newCueSet(pattern string, gates ...string) *cueSet {
	c := &cueSet{re: regexp.MustCompile(pattern), gates: gates}
	if re, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if lits, ok := expand(re.Simplify(), 4000); ok {
			c.lits, c.re = lits, nil
			c.byFirst = map[rune][]string{}
			for _, l := range lits {
				if l == "" {
					continue
				}
				r, _ := utf8.DecodeRuneInString(l)
				c.byFirst[r] = append(c.byFirst[r], l)
			}
			for _, ls := range c.byFirst {
				sort.Slice(ls, func(i, j int) bool { return len(ls[i]) > len(ls[j]) })
			}
		}
	}
	return c
}

// find returns the first match (by position) or nil.
func (c *cueSet) find(s string) []int {
	if c.re != nil {
		if len(c.gates) > 0 {
			hit := false
			for _, g := range c.gates {
				if strings.Contains(s, g) {
					hit = true
					break
				}
			}
			if !hit {
				return nil
			}
		}
		return c.re.FindStringIndex(s)
	}
	for i, r := range s {
		for _, l := range c.byFirst[r] {
			if strings.HasPrefix(s[i:], l) {
				return []int{i, i + len(l)}
			}
		}
	}
	return nil
}

// all returns the non-overlapping matches, earliest first, preferring the
// longest literal at each position.
func (c *cueSet) all(s string) [][2]int {
	var out [][2]int
	if c.re != nil {
		for _, l := range c.re.FindAllStringIndex(s, -1) {
			out = append(out, [2]int{l[0], l[1]})
		}
		return out
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		adv := w
		if ls := c.byFirst[r]; ls != nil {
			for _, l := range ls {
				if strings.HasPrefix(s[i:], l) {
					out = append(out, [2]int{i, i + len(l)})
					adv = len(l)
					break
				}
			}
		}
		i += adv
	}
	return out
}

// last returns the match that ends last, or nil.
func (c *cueSet) last(s string) []int {
	if c.re != nil {
		all := c.re.FindAllStringIndex(s, -1)
		if len(all) == 0 {
			return nil
		}
		return all[len(all)-1]
	}
	var best []int
	for i, r := range s {
		for _, l := range c.byFirst[r] {
			if strings.HasPrefix(s[i:], l) && (best == nil || i+len(l) > best[1]) {
				best = []int{i, i + len(l)}
			}
		}
	}
	return best
}

// count returns how many distinct, non-overlapping literal matches s has,
// up to max.
func (c *cueSet) count(s string, max int) int {
	if c.re != nil {
		return len(c.re.FindAllStringIndex(s, max))
	}
	n := 0
	for i := 0; i < len(s) && n < max; {
		r, w := utf8.DecodeRuneInString(s[i:])
		adv := w
		for _, l := range c.byFirst[r] {
			if strings.HasPrefix(s[i:], l) {
				n++
				adv = len(l)
				break
			}
		}
		i += adv
	}
	return n
}

// expand lists the strings a finite pattern matches, or ok=false.
func expand(re *syntax.Regexp, limit int) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture:
		return expand(re.Sub[0], limit)
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 20 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, len(out) <= limit
	case syntax.OpQuest:
		sub, ok := expand(re.Sub[0], limit)
		if !ok {
			return nil, false
		}
		return append([]string{""}, sub...), true
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			sub, ok := expand(s, limit)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
			if len(out) > limit {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			sub, ok := expand(s, limit)
			if !ok {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(sub))
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			if len(next) > limit {
				return nil, false
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// cueIndex finds the hits of several literal cue sets in one pass over a
// text: a bitmap of possible first runes lets most characters through
// with one bit test, and a table by first rune (a map past the BMP) gives
// the literals that may start at a character.
type cueIndex struct {
	n     int
	slot  [1 << 16]uint16 // by first rune below 1<<16: 1 + index into lists, 0 for none
	lists [][]cueLit      // per set, longest first
	wide  map[rune][]cueLit
	bits  [1 << 10]uint64 // first runes, hashed to 16 bits
}

type cueLit struct {
	set int
	s   string
	// next holds the three bytes after the first rune (the second
	// character of a Chinese cue), when the literal has them: comparing
	// them with the text's rejects most literals without a call
	next  uint32
	long  bool // len(s) >= first rune + 3 bytes, and next is set
	width int  // byte length of the first rune
}

// next3 packs the three bytes of s from i.
func next3(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16
}

func newCueIndex(sets ...[]string) *cueIndex {
	x := &cueIndex{n: len(sets), wide: map[rune][]cueLit{}}
	first := map[rune][]cueLit{}
	for k, lits := range sets {
		for _, l := range lits {
			if l == "" {
				continue
			}
			r, w := utf8.DecodeRuneInString(l)
			cl := cueLit{set: k, s: l, width: w}
			if len(l) >= w+3 {
				cl.next, cl.long = next3(l, w), true
			}
			first[r] = append(first[r], cl)
			h := uint32(r) & 0xFFFF
			x.bits[h>>6] |= 1 << (h & 63)
		}
	}
	for r, ls := range first {
		sort.SliceStable(ls, func(i, j int) bool { return len(ls[i].s) > len(ls[j].s) })
		if r < 0 || r >= 1<<16 {
			x.wide[r] = ls
			continue
		}
		x.lists = append(x.lists, ls)
		x.slot[r] = uint16(len(x.lists))
	}
	return x
}

// at returns the literals whose first rune is r.
func (x *cueIndex) at(r rune) []cueLit {
	if r >= 0 && r < 1<<16 {
		if k := x.slot[r]; k != 0 {
			return x.lists[k-1]
		}
		return nil
	}
	return x.wide[r]
}

// runeAt decodes the rune at byte i of s like utf8.DecodeRuneInString,
// with the three-byte sequences of Chinese text decoded inline.
func runeAt(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if (b >= 0xE1 && b <= 0xEC || b >= 0xEE) && b <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		// a three-byte sequence that cannot be overlong or a surrogate
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scan returns, for each set, its non-overlapping hits in text.
func (x *cueIndex) scan(text string) [][][2]int {
	out := make([][][2]int, x.n)
	var nextBuf [16]int
	next := nextBuf[:0]
	if x.n <= len(nextBuf) {
		next = nextBuf[:x.n]
	} else {
		next = make([]int, x.n)
	}
	for i := 0; i < len(text); {
		// runeAt, inlined by hand
		r, w := rune(text[i]), 1
		if b := text[i]; b >= utf8.RuneSelf {
			if (b >= 0xE1 && b <= 0xEC || b >= 0xEE) && b <= 0xEF && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				r, w = rune(b&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
			} else {
				r, w = utf8.DecodeRuneInString(text[i:])
			}
		}
		h := uint32(r) & 0xFFFF
		if x.bits[h>>6]&(1<<(h&63)) != 0 {
			var follow uint32
			if i+w+3 <= len(text) {
				follow = next3(text, i+w)
			}
			for _, l := range x.at(r) {
				if l.long && (l.next != follow || i+len(l.s) > len(text)) {
					// the second character differs (or the text ends)
					continue
				}
				if next[l.set] <= i && strings.HasPrefix(text[i:], l.s) {
					out[l.set] = append(out[l.set], [2]int{i, i + len(l.s)})
					next[l.set] = i + len(l.s)
				}
			}
		}
		i += w
	}
	return out
}

// firstHits stores in out[k] the first hit of set k in text (a zero span
// when there is none), without allocating.
func (x *cueIndex) firstHits(text string, out [][2]int) {
	found := 0
	for i := 0; i < len(text) && found < len(out); {
		r, w := runeAt(text, i)
		h := uint32(r) & 0xFFFF
		if x.bits[h>>6]&(1<<(h&63)) != 0 {
			for _, l := range x.at(r) {
				if l.set < len(out) && out[l.set][1] == 0 && strings.HasPrefix(text[i:], l.s) {
					out[l.set] = [2]int{i, i + len(l.s)}
					found++
				}
			}
		}
		i += w
	}
}
