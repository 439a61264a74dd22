package anonymize

import (
	"math/bits"
	"sync"
	"unicode/utf8"
)

// Round speed12: the shared lookups the rules make at every token, with
// the same answers and fewer memory reads. The output is byte for byte the
// same.

// villageIndex is an open-addressing hash set over the names of a
// villageList: one hash of the asked string and, on average, about one
// probe and one comparison in the blob, instead of the eighteen probes of
// a binary search over 256k names (each a cache miss in a 3 MB blob,
// about 4 % of the CPU time of de-identifying reports-dev).
type villageIndex struct {
	seed uint64
	// slots hold a name's index + 1 in the list (0: empty), at its hash
	// and, on collision, at the next free slot (linear probing)
	slots []uint32
	mask  uint64
}

// buildVillageIndex returns the index of v's names. The table has at
// least twice as many slots as names, so probe runs stay short.
func buildVillageIndex(v *villageList) *villageIndex {
	n := 1
	for n < 2*len(v.off) {
		n <<= 1
	}
	x := &villageIndex{seed: 0x5D1A6E3B, slots: make([]uint32, n), mask: uint64(n - 1)}
	for i := range v.off {
		h := wordHash(x.seed, v.name(i)) & x.mask
		for x.slots[h] != 0 {
			h = (h + 1) & x.mask
		}
		x.slots[h] = uint32(i) + 1
	}
	return x
}

// has reports whether w is one of v's names, v being the list x indexes.
func (x *villageIndex) has(v *villageList, w string) bool {
	h := wordHash(x.seed, w) & x.mask
	for {
		k := x.slots[h]
		if k == 0 {
			return false
		}
		// v.name(k-1) == w, without searching the blob for the name's end:
		// the name is w when the blob holds w there and then ends the line
		o := int(v.off[k-1])
		if e := o + len(w); e <= len(v.blob) && v.blob[o:e] == w && (e == len(v.blob) || v.blob[e] == '\n') {
			return true
		}
		h = (h + 1) & x.mask
	}
}

// spanCharRec holds the span tagger's weights of one character value for
// its three character templates: spCh0 (entries 0-2), spChM1 (3-5) and
// spChP1 (6-8), each the hashed entry emissions reads, so a rune's three
// character features cost three reads of records that neighbouring runes
// share instead of three hashes into the whole weight table.
type spanCharRec [3 * nTags]int16

// spanCharTable returns the character records of m for every value below
// U+10000.
func spanCharTable(m *PersonTagger) []spanCharRec {
	t := make([]spanCharRec, 1<<16)
	for v := range t {
		for j, k := range [3]int{spCh0, spChM1, spChP1} {
			h := int(fhash(m.bits, uint32(k), uint32(v))) * nTags
			copy(t[v][j*nTags:], m.q[h:h+nTags])
		}
	}
	return t
}

// classRanks is charClassTab in 12 KB instead of 512 KB: of the 64K
// characters only about three hundred belong to a class, so newTokText,
// which asks at every character, reads a bit set that stays in the
// first-level cache (a set bit's rank among the set bits then indexes the
// classes of the class characters) instead of one word of a table far
// larger than the cache.
type classRanks struct {
	bits  runeBits                // the characters with a class
	rank  [len(runeBits{})]uint16 // set bits before each word of bits
	class []charClass             // by rank
}

// classRankTab returns charClassTab as classRanks, built on first use.
var classRankTab = sync.OnceValue(func() *classRanks {
	t := charClassTab()
	c := &classRanks{}
	for r, m := range t {
		if m != 0 {
			c.bits.set(rune(r))
		}
	}
	n := 0
	for w := range c.bits {
		c.rank[w] = uint16(n)
		n += bits.OnesCount64(c.bits[w])
	}
	c.class = make([]charClass, 0, n)
	for _, m := range t {
		if m != 0 {
			c.class = append(c.class, m)
		}
	}
	return c
})

// of returns the classes of r, a character below U+10000 (charClassTab's
// entry).
func (c *classRanks) of(r uint16) charClass {
	w := c.bits[r>>6]
	b := uint64(1) << (r & 63)
	if w&b == 0 {
		return 0
	}
	return c.class[int(c.rank[r>>6])+bits.OnesCount64(w&(b-1))]
}

// packedFast holds packedTables' tables laid out with power-of-two strides
// in fixed-size arrays, so that packedEmissions forms each index from a
// few shifts of values it slides along the text, and the compiler needs
// no bounds check: the same packed entries at other places.
type packedFast struct {
	lex18, lex20 [1 << 8]uint64  // sp<<4|g, s<<4|gn
	lex19        [1 << 12]uint64 // sp2<<8|gp<<4|g
	lex38        [1 << 10]uint64 // cp<<8|s<<4|f
	tok          [1 << 13]uint64 // pc<<7|wlen<<4|wpos<<2|cp
	prev, next   [1 << 8]uint64  // pc<<2|wpos
	role         [1 << 12]uint64 // roles<<6|cpos[i]<<4|cp<<2|cpos[i+2]
	sep          [1 << 11]uint64 // cp<<9|cls[i]<<6|cls[i+1]<<3|cls[i+2]
	misc         [1 << 7]uint64  // cp<<5|clen<<2|comp
}

// buildPackedFast lays out p's tables as packedFast, or returns nil when a
// value range does not fit its field (more tags than six bits hold).
func buildPackedFast(p *packedTables) *packedFast {
	const nl = nLexCodes
	if nl > 16 || nPosCodes > 64 {
		return nil
	}
	f := new(packedFast)
	at := func(t []uint64, i int) uint64 { // (a table shorter than its model's values is left 0 beyond)
		if i < len(t) {
			return t[i]
		}
		return 0
	}
	for a := range nl {
		for b := range nl {
			f.lex18[a<<4|b] = at(p.lex18, a*nl+b)
			f.lex20[a<<4|b] = at(p.lex20, a*nl+b)
			for c := range nl {
				f.lex19[a<<8|b<<4|c] = at(p.lex19, (a*nl+b)*nl+c)
			}
		}
	}
	for cp := range 3 {
		for s := range nl {
			for x := range nl {
				f.lex38[cp<<8|s<<4|x] = at(p.lex38, (cp*nl+s)*nl+x)
			}
		}
		for a := range 7 {
			for b := range 7 {
				for c := range 7 {
					f.sep[cp<<9|a<<6|b<<3|c] = at(p.sep, cp*343+a*49+b*7+c)
				}
			}
		}
		for cl := range 7 {
			for comp := range 4 {
				f.misc[cp<<5|cl<<2|comp] = at(p.misc, (cp*7+cl)*4+comp)
			}
		}
		for roles := range 64 {
			for a := range 3 {
				for c := range 3 {
					f.role[roles<<6|a<<4|cp<<2|c] = at(p.role, roles*27+a*9+cp*3+c)
				}
			}
		}
	}
	for pc := range nPosCodes {
		for wpos := range 4 {
			f.prev[pc<<2|wpos] = at(p.prev, pc*4+wpos)
			f.next[pc<<2|wpos] = at(p.next, pc*4+wpos)
			for wlen := range 6 {
				for cp := range 3 {
					f.tok[pc<<7|wlen<<4|wpos<<2|cp] = at(p.tok, ((pc*4+wpos)*6+wlen)*3+cp)
				}
			}
		}
	}
	return f
}

// wordHash hashes s with seed for the string filters and the village
// index: the words asked are short (two to four characters, six to twelve
// bytes), so a few loads of eight bytes and two multiplications, inline,
// replace maphash's call into the runtime. Any hash gives the same
// answers (a filter only spares lookups; the index compares the names);
// this one spreads short words over both halves of the result, which the
// filters' two probes use.
func wordHash(seed uint64, s string) uint64 {
	const m1, m2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
	h := seed ^ uint64(len(s))*m1
	n := len(s)
	switch {
	case n >= 8:
		for b := s; len(b) > 8; b = b[8:] {
			h = (h ^ le64(b)) * m2
			h ^= h >> 31
		}
		// the last eight bytes, overlapping the block before unless the
		// length is a multiple of eight
		h ^= le64(s[n-8:])
	case n >= 4:
		h ^= uint64(le32(s)) | uint64(le32(s[n-4:]))<<32
	case n > 0:
		h ^= uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h *= m1
	h ^= h >> 32
	h *= m2
	h ^= h >> 29
	return h
}

// le64 and le32 read the first eight and four bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// placeSuffixesByLast lists placeSuffixes by their last character, each
// list in placeSuffixes' order, so that shortPlace tries only the
// suffixes a name can end with (the first that matches is the same).
var placeSuffixesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, suf := range placeSuffixes {
		r, _ := utf8.DecodeLastRuneInString(suf)
		m[r] = append(m[r], suf)
	}
	return m
}()

// listMarks holds the characters listItems acts on: clause breaks
// (clauseBreak) and item separators; at any other character it only
// steps on, which one bit test now decides.
var listMarks = func() (b runeBits) {
	for r := rune(0); r < 1<<16; r++ {
		if clauseBreak(r) {
			b.set(r)
		}
	}
	for _, r := range "、 \t　" {
		b.set(r)
	}
	return
}()
