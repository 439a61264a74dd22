package anonymize

import (
	"math/bits"
	"sync"
)

// Ninth-session speed work on the rules after findPersons: one character
// mask per text instead of two, and rules that return at once or step
// from one character of their class to the next.

// The trigger characters of speed6.go as character classes: the upper 32
// bits of charClass hold tokText.trig's bits, so newTokText fills both
// from its one table lookup per character. A character above the Basic
// Multilingual Plane sets only the lower 32 bits (rcAll): the trigger
// bits stay exact, as speed6 made them.
const (
	rcDi      = charClass(trigDi) << 32     // 第
	rcDuan    = charClass(trigDuan) << 32   // 段
	rcTrigCun = charClass(trigCun) << 32    // 村
	rcHe      = charClass(trigHe) << 32     // 河
	rcZhi     = charClass(trigZhi) << 32    // 至
	rcJi      = charClass(trigJi) << 32     // 级
	rcShan    = charClass(trigShan) << 32   // 山
	rcHao     = charClass(trigHao) << 32    // 号
	rcPai     = charClass(trigPai) << 32    // 牌
	rcJiShop  = charClass(trigJiShop) << 32 // 记
	rcWei     = charClass(trigWei) << 32    // 位
	rcJia     = charClass(trigJia) << 32    // 家
	rcRen     = charClass(trigRen) << 32    // 人
)

// trigClassSets are the one-character sets behind the trigger classes,
// for charClassSets.
func trigClassSets() (sets []struct {
	bit charClass
	set *runeBits
}) {
	i := 0
	for _, c := range trigChars {
		b := runeBitsOf(string(c))
		sets = append(sets, struct {
			bit charClass
			set *runeBits
		}{charClass(1) << (32 + i), &b})
		i++
	}
	return sets
}

// personNouns17pLast holds the last characters of personNouns17p, for
// afterPersonNoun17p's look-up at every token.
var personNouns17pLast = lastRuneBits(personNouns17p)

// functionRuneBits is functionRunes as a bit set: one bit test instead of
// a map lookup at every character the rules ask about (functionRunes
// holds characters of the Basic Multilingual Plane only, so the answers
// are the map's; TestSpeed9aRuneSets checks every character).
var functionRuneBits = runeMapBits(functionRunes)

// placeStart reports whether a gazetteer full form may begin at rune i:
// a Han character that begins place names, and a pair of characters some
// place name begins with (the test findLocations and gluedFullNames15
// make at every character).
func placeStart(l *lexicon, tt *tokText, i int) bool {
	r := tt.runes[i]
	return l.placeFirstHan.has(r) && i+1 < len(tt.runes) && l.hasPlacePair(r, tt.runes[i+1]) // (isHan(r) && l.placeFirst.has(r) in one test)
}

// nextPlaceStart returns the first rune at or after i where placeStart
// holds, or len(tt.runes): the test is made once per character of a text,
// on first use, and kept as a bit set that the rules step through.
func (tt *tokText) nextPlaceStart(l *lexicon, i int) int {
	n := len(tt.runes)
	if !tt.placeAtOK {
		words := n/64 + 1
		tt.placeAt = reuse(tt.placeAt, words)[:words]
		clear(tt.placeAt)
		// placeStart(l, tt, j) at every j, its two tests written out
		// (placeStart is too large for the inliner: speed15)
		rs := tt.runes[:n]
		for j := 0; j+1 < n; j++ {
			if r := rs[j]; l.placeFirstHan.has(r) && l.hasPlacePair(r, rs[j+1]) {
				tt.placeAt[j>>6] |= 1 << (j & 63)
			}
		}
		tt.placeAtOK = true
	}
	i = max(i, 0)
	w := i >> 6
	if w >= len(tt.placeAt) {
		return n
	}
	x := tt.placeAt[w] &^ (1<<(uint(i)&63) - 1)
	for x == 0 {
		if w++; w >= len(tt.placeAt) {
			return n
		}
		x = tt.placeAt[w]
	}
	return min(w<<6+bits.TrailingZeros64(x), n)
}

// rcQu is the class of 区, recorded by position (functionStem15): the
// first bit after speed7b's classes.
const rcQu charClass = rcColon << 1

// quRune9a is the set behind rcQu.
var quRune9a = runeBitsOf("区")

// Two more classes by position, for countyShortsInContext15b's walks.
const (
	rcAfter15b   charClass = rcQu << 1 // afterFirst15b: the first characters of the words after a county's short form
	rcMotion15b  charClass = rcQu << 2 // motionLast15b: the last characters of the verbs of motion before one
	rcNumeral17  charClass = rcQu << 3 // 一 … 十 (numberedFacilities17)
	rcRoleEnd15b charClass = rcQu << 4 // 人, 者, 员 (rolePersons15b)
)

// roleEnd15bRunes is the set behind rcRoleEnd15b.
var roleEnd15bRunes = runeBitsOf("人者员")

// numeralRunes17 is the set behind rcNumeral17.
var numeralRunes17 = runeBitsOf("一二三四五六七八九十")

// posClassSets9a are the sets behind the classes by position of this
// file, for charClassSets.
func posClassSets9a() []struct {
	bit charClass
	set *runeBits
} {
	return []struct {
		bit charClass
		set *runeBits
	}{{rcQu, &quRune9a}, {rcAfter15b, &afterFirst15b}, {rcMotion15b, &motionLast15b}, {rcNumeral17, &numeralRunes17}, {rcRoleEnd15b, &roleEnd15bRunes}}
}

// isCompound reports whether w is a compound surname, asking the first
// character's bit before the map.
func (l *lexicon) isCompound(w string) bool {
	return mayStart(&l.compoundFirst, w) && l.compound[w]
}

// First and last characters of word sets the rules look up at every
// token or character, for a bit test before the map lookup.
var (
	contactRoles15Last      = lastRuneBits(contactRoles15)      // contactNames15
	sloganModifiers15First  = firstRuneBits(sloganModifiers15)  // kindSlogan15
	wellKnownAbbrevLast     = lastRuneBits(wellKnownAbbrev)     // findOrgs
	closedListNounsFirst    = firstRuneBits(closedListNouns)    // peopleCountAt
	countedPersonNounsFirst = firstRuneBits(countedPersonNouns) // peopleCountAt
	roleNouns15bFirst       = firstRuneBits(roleNouns15b)       // rolePersons15b
	genericBodies17Last     = lastRuneBits(genericBodies17)     // placeHeadOfBody17
)

// countUnitBits is countUnits as a bit set (peopleCountAt).
var countUnitBits = runeMapBits(countUnits)

// The cues of leaks11's recognizers as character classes in the upper
// bits after the trigger classes, exact like them (no bit for a character
// above the Basic Multilingual Plane): leaks11 reads which recognizers
// have their cue in the text from the text's class mask instead of a pass
// of its own over the characters.
const (
	rcCue11River    charClass = 1 << (32 + 13 + iota) // 河江溪 (riversBeforeCourse11)
	rcCue11List                                       // 、 (listSiblingsOfKind11)
	rcCue11Town                                       // 镇乡县区村
	rcCue11ID                                         // 身 (namesBeforeIDLabel11)
	rcCue11Colon                                      // ：: (namesInContactLine11)
	rcCue11Museum                                     // 馆 (namedMuseums11)
	rcCue11Kind                                       // 古老关城 (namesAfterTownBeforeKind11)
	rcCue11Speech                                     // 说介告表感算 (villagerNamesBeforeSpeech11)
	rcCue11Pass                                       // passRunes11 (passesBeforeScenicKind11)
	rcCue11Landform                                   // landformRunes11 (landformHamletsBeforeSite11)
	rcCue11Province                                   // provinceAbbr11 (provinceParts11)
)

// trigBits is the part of the upper half of charClass that holds
// tokText.trig.
const trigBits = 1<<13 - 1

// cueClassSets are the sets behind leaks11's cue classes, for
// charClassSets.
func cueClassSets() []struct {
	bit charClass
	set *runeBits
} {
	of := func(s string) *runeBits { b := runeBitsOf(s); return &b }
	return []struct {
		bit charClass
		set *runeBits
	}{
		{rcCue11River, of("河江溪")}, {rcCue11List, of("、")}, {rcCue11Town, of("镇乡县区村")}, {rcCue11ID, of("身")},
		{rcCue11Colon, of("：:")}, {rcCue11Museum, of("馆")}, {rcCue11Kind, of("古老关城")}, {rcCue11Speech, of("说介告表感算")},
		{rcCue11Pass, &passRunes11}, {rcCue11Landform, &landformRunes11}, {rcCue11Province, &provinceAbbr11},
	}
}

// classKindsByLast13 holds, for each last character, the kinds of
// toponymKindsByLast that classPlace13 tests — those of no class, streets,
// markets and structures, in their order — and under -1 those of
// compoundKinds13: the class of each kind looked up once, not at every
// finding. Built on first use, after every init.
var classKindsByLast13 = sync.OnceValue(func() map[rune][]string {
	keep := func(ks []string) []string {
		var out []string
		for _, k := range ks {
			if c := toponymKinds[k]; c == 0 || c == topoStreet || c == topoMarket || c == topoStructure {
				out = append(out, k)
			}
		}
		return out
	}
	m := map[rune][]string{-1: keep(compoundKinds13)}
	for r, ks := range toponymKindsByLast {
		m[r] = keep(ks)
	}
	return m
})

// landformFirst15 holds the first characters of landform15 and
// landformAmbiguous15 (landformRun15).
var landformFirst15 = func() runeBits {
	b := firstRuneBits(landform15)
	for w := range landformAmbiguous15 {
		b.set(firstRuneOf(w))
	}
	return b
}()

// firstRunesOf returns the first character of each of ws, in order.
func firstRunesOf(ws []string) []rune {
	rs := make([]rune, len(ws))
	for i, w := range ws {
		rs[i] = firstRuneOf(w)
	}
	return rs
}

// The first characters of strongAfter15b and weakAfter15b, by index, for
// countyShortsInContext15b: a word whose first character is not the
// text's there does not begin there.
var (
	strongAfterFirst15b = firstRunesOf(strongAfter15b)
	weakAfterFirst15b   = firstRunesOf(weakAfter15b)
)
