package anonymize

import (
	"math/bits"
	"sync"
	"sync/atomic"
)

// Speed work of the twenty-first session (speed30): every change here
// keeps what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed30_test.go compares each changed
// function with the code it replaced.

// framedNameMay30 reports false where framedNames20p's frame around a
// name of three characters surely fails, from the two characters beside it:
// before it a host word (主人, 掌柜: 人 or 柜) or a role of roleBefore19
// (roleLast19), after it 在, 等 (countTail20p) or a framed verb's first
// character (workVerbAt19). framedNames20p asked surnameAny15 (seven bit
// sets) and the stop sets at every Han character first (2.7 M
// instructions per reports-dev pass), where two bit tests tell.
// b is the character before the name, a the one after it.
func framedNameMay30(b, a rune) bool {
	return (b == '人' || b == '柜' || roleLast19.has(b)) && (a == '在' || a == '等' || framedVerbFirst19.has(a))
}

// featureLens30 holds, for the names of the features15 gazetteer, bit l
// set in the entry of pairHash30 of a name's first two characters for
// each length l (in characters) of the names that begin with them: the
// lengths at which a name may end, given where it begins.
type featureLens30 [1 << 14]uint32

// pairHash30 hashes two characters to an entry of featureLens30.
func pairHash30(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA6B) >> 18
}

// featureLens30Of builds the table of the features15 gazetteer on first
// use, or nil when a name is too long for a bit of the entry (none is).
var featureLens30Of = sync.OnceValue(func() *featureLens30 {
	t := new(featureLens30)
	for name := range featureGazetteer15().kind {
		rs := []rune(name)
		if len(rs) >= 32 {
			return nil
		}
		t[pairHash30(rs[0], rs[1])] |= 1 << len(rs)
	}
	return t
})

// featureEndAt30 is featureEndAt22 for the features15 gazetteer g (the
// only one featureEndMemo26 asks it for), rune s+1 inside the text: it
// tries, longest first, only the lengths of the names that may begin with
// runes s and s+1 (featureLens30), where featureEndAt22 tried every
// length from the longest name's down to 2, each with a bit test and many
// with a map lookup (featureEndAt22 was about 1.4 M instructions per
// reports-dev pass, 12,000 calls).
func featureEndAt30(tt *tokText, g *featureGaz15, s int) int {
	t := featureLens30Of()
	if t == nil {
		return featureEndAt22(tt, g, s)
	}
	rs := tt.runes
	m := t[pairHash30(rs[s], rs[s+1])]
	if k := len(rs) - s; k < 31 {
		m &= 1<<(k+1) - 1 // no name runs past the text's end
	}
	fg := featureGate22Of()
	for m != 0 {
		l := bits.Len32(m) - 1
		m &^= 1 << l
		if !mayHaveRune(&fg.last, rs[s+l-1]) {
			continue
		}
		if _, ok := g.kind[tt.text[tt.off[s]:tt.off[s+l]]]; ok {
			return s + l
		}
	}
	return 0
}

// lastHit30 is a rune of a text that ends a word of some kindsByLast21
// table: its index and the bits of the tables (lastMask30).
type lastHit30 struct {
	i int32
	m uint16
}

// lastMask30 has, for each character, the bits of the kindsByLast21
// tables with a word that ends in it: set by register30 as package
// initialisation builds the tables. kindTables30 counts the tables.
var (
	lastMask30    [1 << 16]uint16
	kindTables30  int
	kindsSealed30 atomic.Bool
)

// register30 gives table t a bit of lastMask30 and sets it for its words'
// last characters; a table beyond the sixteenth, or one built after a
// text was walked (kindsSealed30), gets none (id -1) and walks every rune.
func register30(t *kindsByLast21) {
	t.id = -1
	if kindsSealed30.Load() || kindTables30 >= 16 {
		return
	}
	t.id = kindTables30
	kindTables30++
	for _, g := range t.groups {
		lastMask30[g.r] |= 1 << t.id
	}
}

// lastHits30 returns the runes of tt that end a word of some
// kindsByLast21 table, in order, with the tables' bits, found on first
// use. Eleven tables each walked every rune of every text (the
// kindsByLast21 walks were about 2.8 M instructions per reports-dev
// pass); now one walk finds the runes for all of them.
func (tt *tokText) lastHits30() []lastHit30 {
	if tt.lastOK {
		return tt.lastAt
	}
	if !kindsSealed30.Load() {
		kindsSealed30.Store(true)
	}
	at := tt.lastAt[:0]
	for i, r := range tt.runes {
		if uint32(r) < 1<<16 {
			if m := lastMask30[r]; m != 0 {
				at = append(at, lastHit30{int32(i), m})
			}
		}
	}
	tt.lastAt, tt.lastOK = at, true
	return at
}

// endingAt30 appends to dst every word of t that ends at rune i of rs,
// whose character is one of t's last characters: the body of the walk of
// kindsByLast21.hits.
func (t *kindsByLast21) endingAt30(rs []rune, i int, dst []siteHit19) []siteHit19 {
	r := rs[i]
	kg := &t.groups[t.slot[uint32(r)%uint32(len(t.slot))]]
kinds:
	for _, k := range kg.kinds {
		w := t.runes[k]
		e := i + 1 - len(w)
		if e < 0 {
			continue
		}
		for j := 0; j < len(w)-1; j++ {
			if rs[e+j] != w[j] {
				continue kinds
			}
		}
		dst = append(dst, siteHit19{k, int32(e)})
	}
	return dst
}

// bankWorkFirst30 holds the first characters of bankWorks20l: without one
// at rune k no works word begins there. waterfrontWorks20l compared each
// of the six words with the text, counting its length twice, at every
// character of a text that holds 堤 (about 1.1 M instructions per
// reports-dev pass in four texts); now it asks firstPrefix only where a
// word may begin. The words are all of two characters, so a word the text
// holds at byte off[k] is exactly the runes k and k+1.
var bankWorkFirst30 = firstRuneBitsOf(bankWorks20l)

// placedKindFirst30 holds the first characters of placedBodyKinds20's
// kinds: placedBodies20 tried the 24 kinds (strings.HasPrefix each) after
// stems of two and three characters after every place of the text (0.8 M
// instructions per reports-dev pass, 1.2 M on the fixture); now only where
// a kind may begin.
var placedKindFirst30 = func() runeBits {
	var b runeBits
	for _, k := range placedBodyKinds20 {
		b.set(firstRuneOf(k[0]))
	}
	return b
}()

// midWordsByLast30 and tradeWordsByLast30 are the one-walk tables of
// midWords20 and tradeWords19 (which never change): midSites20 and
// tradeHouses19 searched the text once per word (occurrences19: about
// 0.4 and 0.3 M instructions per fixture pass in the calls alone).
var (
	midWordsByLast30   = newKindsByLast21(midWords20)
	tradeWordsByLast30 = newKindsByLast21(tradeWords19)
)
