package anonymize

import (
	"sync"
	"unicode/utf8"
)

// Speed, seventeenth round (the rule stage): the rules added in the
// twelfth session ask their costliest tests only where something can
// fire, with the same answers.

// The last characters a name of each of keep26's kinds of body can end
// in: a level word before the kind (afterLevels21) leaves the name's
// last character unchanged, so a name that ends in none of them is no
// kind of that class, whatever its level words.
var (
	chiefOffice26Last = runeBitsOf("室办") // …长制办公室, …长办
	alliance26Last    = unionBits(lastRuneBitsOf(alliances26), lastRuneBits(allianceParts26))
	// describedKind26: a kindOfBody21 or serviceKinds26 after modifiers
	described26Last = unionBits(unionBits(kindBodies21Last, genericBodies17Last), lastRuneBits(serviceKinds26))
	zone26Last      = lastRuneBitsOf(zoneBodies26) // zoneCommittee26: …党工委, …管委会
)

// levelKind26 reports afterLevels21(w, chiefOffice26) ||
// afterLevels21(w, allianceBody26) || afterLevels21(w, describedKind26)
// || afterLevels21(w, zoneCommittee26): one walk over the level words
// instead of four, and of the four tests only those whose kinds can end
// in w's last character (bodyKind26 asks it of every organisation).
func levelKind26(w string) bool {
	r := lastRune(w)
	chief, alliance, described, zone := chiefOffice26Last.has(r), alliance26Last.has(r), described26Last.has(r), zone26Last.has(r)
	if !chief && !alliance && !described && !zone {
		return false
	}
	for {
		if chief && chiefOffice26(w) || alliance && allianceBody26(w) || described && describedKind26(w) || zone && zoneCommittee26(w) {
			return true
		}
		p := firstPrefix(w, kindLevels21)
		if p == "" || len(p) == len(w) {
			return false
		}
		w = w[len(p):]
	}
}

// lastRuneBitsOf is lastRuneBits for a list of words.
func lastRuneBitsOf(ws []string) (b runeBits) {
	for _, w := range ws {
		b.set(lastRune(w))
	}
	return
}

// firstRuneBitsOf returns the set of the first characters of ws: it is
// firstRunesOf24 (leaks24.go, firstRuneOf decodes as
// utf8.DecodeRuneInString), kept under this name for leaks15b.go.
func firstRuneBitsOf(ws []string) runeBits { return firstRunesOf24(ws) }

// unionBits returns the characters of a or b.
func unionBits(a, b runeBits) runeBits {
	for i := range a {
		a[i] |= b[i]
	}
	return a
}

// townShorts17 are the short forms shortTowns12 can take: those of the
// lexicon's short forms whose full name is a level-4 township, town or
// street office (townName12), with their first characters and the hash
// bits of their first two (as lexicon.shortPairs for all short forms).
// Most short forms are a county's, a city's or a village's: a token that
// begins none of a town's is passed over before shortTownAt12's lookups.
type townShorts17 struct {
	full  map[string]string // short form → its town's full name
	first runeBits
	pairs []uint64
}

// hasPair reports whether a town's short form may begin with a, b.
func (ts *townShorts17) hasPair(a, b rune) bool {
	h := placePairHash(a, b)
	return ts.pairs[h>>6]&(1<<(h&63)) != 0
}

// getTownShorts17 builds townShorts17 from the lexicon on first use.
var getTownShorts17 = sync.OnceValue(func() *townShorts17 {
	l := getLexicon()
	ts := &townShorts17{full: map[string]string{}, pairs: make([]uint64, placePairBits/64)}
	for s, f := range l.short {
		if l.places[f] != 4 || !townName12(f) {
			continue
		}
		ts.full[s] = f
		r0, w := utf8.DecodeRuneInString(s)
		ts.first.set(r0)
		if w < len(s) {
			r1, _ := utf8.DecodeRuneInString(s[w:])
			h := placePairHash(r0, r1)
			ts.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	return ts
})
