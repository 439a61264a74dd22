package anonymize

import (
	"math/bits"
	"sync"
)

// Seventh-session speed work on the rules after findPersons: bit sets of
// the first or last characters of the word sets the rules look tokens up
// in at every token, so that a token whose character is in no word of a
// set skips the map lookup (a string hash and a probe) with one bit test.
// Each set is built from the word set itself at package initialisation,
// after the set (init functions that add words to a set later must not
// add to these; TestSpeed7bFilters checks every word of every set).

// First characters of the word sets of leaks14.go.
var (
	townLevels14First  = firstRuneBits(townLevels14)  // splitStemTowns14
	originWords14First = firstRuneBits(originWords14) // citiesAfterOrigin14
	passWords14First   = firstRuneBits(passWords14)   // passedPlaces14
)

// gluedPersonNouns14Last holds the last characters of gluedPersonNouns14,
// for gluedSurnamePersons14's look-up of the words before a surname.
var gluedPersonNouns14Last = lastRuneBits(gluedPersonNouns14)

// bodyWordAt is bodyWord(w) for findOrgs' loop over every token, where w
// is the word of token k unless findOrgs joined it to the tokens before
// (kLeft < k-1): a word whose last character is neither 长 nor a
// suffix's last one is no body word, the first test bodyWord makes,
// without the call (and for token k's own word, without decoding it).
func bodyWordAt(tt *tokText, k, kLeft int, w string) string {
	r := tt.tokLast[k]
	if kLeft != k-1 {
		r = lastRune(w)
	}
	if r != '长' && !suffixLast.has(r) {
		return ""
	}
	return bodyWord(w)
}

// bodyPrefixAt is bodyPrefix(w) for findOrgs' loop over every token, as
// bodyWordAt is bodyWord: a word that begins with no standalone body's
// first character has none of them in front, the first test bodyPrefix
// makes.
func bodyPrefixAt(tt *tokText, k, kLeft int, w string) string {
	if kLeft == k-1 && !tt.startMay(&bodyFirst, k) || kLeft != k-1 && !mayStart(&bodyFirst, w) {
		return ""
	}
	return bodyPrefix(w)
}

// nationalModels13Last holds the last characters of nationalModels13, for
// nationalModel13's look-ups of a finding and the words after it.
var nationalModels13Last = lastRuneBits(nationalModels13)

// Character classes: a rule that fires only at a character of one set
// (a landmark's last character, a minority name's first) finds nothing
// in a text without any, and returns at once when the text's class mask
// (tokText.runeCls, set by newTokText from charClassTab) lacks the set's
// bit. The mask is exact for the characters of the Basic Multilingual
// Plane; a character above it sets every bit (the rules' maps may hold
// such characters where their bit sets cannot).
type charClass uint64

// The bits of tokText.runeCls, one per character set.
const (
	rcLandmarkEnd     charClass = 1 << iota // landmarkEndBits (landmarksBeforeKind)
	rcSightFirst                            // sightFirst (placesBeforeSights)
	rcRegionCapital                         // regionCapitalFirst (regionCapital)
	rcRiverKind                             // riverKindRunes (madeUpRivers, gluedLandmarks)
	rcMinorityPrefix                        // minorityNamePrefixBits (minorityPrefixNames)
	rcTombTemple                            // tombTempleEnds (landmarkPlaceWords)
	rcMinorityFirst                         // minorityFirst (minorityElementsAfterRole, tailedElementsAfterRole)
	rcSouthernSurname                       // southernSurnames13 (minorityNamesAfterRole13)
	rcScenicKind                            // scenicKindBits10 (scenicNamesBeforeKind)
	rcRareRoleSurname                       // rareRoleSurnames (rareSurnameAfterRole)
	rcGroup                                 // 组, 屯 (groupListItems, villageGroups)
	rcTownLevel                             // 乡, 镇 (townsGluedToVillage11, ordinaryStemTowns, landformVillages)
	rcRoute                                 // routeRunes14 (routeDestinations14)
	rcQuote                                 // “, " and 「 (quotedUniSpans)
	rcGluedRoleLast                         // gluedRoleLast (namesAfterGluedRole, by position)
	rcPersonNounLast                        // personNounLast (namesGluedToPersonNoun, by position)
	rcToponymKind                           // toponymKindLast (toponyms13, by position)
	rcAutonomous                            // 州, 县, 旗 (autonomousShortForms, by position)
	rcCount                                 // 等, digits, countNumerals (countedListOneParts, by position)
	rcTownWord                              // 镇, 乡, 道 (ordinaryWordTowns, by position)
	rcVillageTown                           // 村, 镇, 乡 (landformVillages, by position)
	rcDa                                    // 大 (uniAbbrevSpans, by position)
	rcDun                                   // 、 (four list rules, by position)
	rcCun                                   // 村 (three village rules, by position)
	rcRiver11                               // riverRunes11 (leaks11's rivers, by position)
	rcColon                                 // ：, : (leaks11's speakers, by position)
	rcAll             charClass = 1<<32 - 1 // a character above the Basic Multilingual Plane (not the trigger classes of speed9a.go)
)

// charClassSets are the sets behind the bits of charClass.
func charClassSets() []struct {
	bit charClass
	set *runeBits
} {
	return append([]struct {
		bit charClass
		set *runeBits
	}{
		{rcLandmarkEnd, &landmarkEndBits}, {rcSightFirst, &sightFirst}, {rcRegionCapital, &regionCapitalFirst},
		{rcRiverKind, &riverKindRunes}, {rcMinorityPrefix, &minorityNamePrefixBits}, {rcTombTemple, &tombTempleEnds},
		{rcMinorityFirst, &minorityFirst}, {rcSouthernSurname, &southernSurnames13}, {rcScenicKind, &scenicKindBits10},
		{rcRareRoleSurname, &rareRoleSurnames}, {rcGroup, &groupRunes7b}, {rcTownLevel, &townLevelRunes7b},
		{rcRoute, &routeRunes14}, {rcQuote, &openQuoteRunes7b},
		{rcGluedRoleLast, &gluedRoleLast}, {rcPersonNounLast, &personNounLast},
		{rcToponymKind, &toponymKindLast}, {rcAutonomous, &autonomousRunes7b}, {rcCount, &countRunes7b},
		{rcTownWord, &townWordRunes7b}, {rcVillageTown, &villageTownRunes7b}, {rcDa, &daRune7b},
		{rcDun, &dunRune7b}, {rcCun, &cunRune7b}, {rcRiver11, &riverRunes11}, {rcColon, &colonRunes7b},
	}, append(append(trigClassSets(), posClassSets9a()...), cueClassSets()...)...)
}

// charClassTab returns the classes of every character of the Basic
// Multilingual Plane, built on first use, after every init.
var charClassTab = sync.OnceValue(func() *[1 << 16]charClass {
	t := new([1 << 16]charClass)
	for _, c := range charClassSets() {
		for i, w := range c.set { // (the set bits only)
			for ; w != 0; w &= w - 1 {
				t[i*64+bits.TrailingZeros64(w)] |= c.bit
			}
		}
	}
	return t
})

// charClassOf returns the classes of r: every class above the Basic
// Multilingual Plane (and for a negative r).
func charClassOf(t *[1 << 16]charClass, r rune) charClass {
	if uint32(r) >= 1<<16 {
		return rcAll
	}
	return t[r]
}

// The character sets of classes that no rule keeps as a bit set itself.
var (
	groupRunes7b       = runeBitsOf("组屯")
	townLevelRunes7b   = runeBitsOf("乡镇")
	openQuoteRunes7b   = runeBitsOf("“\"「")
	autonomousRunes7b  = runeBitsOf("州县旗")
	townWordRunes7b    = runeBitsOf("镇乡道")
	villageTownRunes7b = runeBitsOf("村镇乡")
	daRune7b           = runeBitsOf("大")
	dunRune7b          = runeBitsOf("、")
	cunRune7b          = runeBitsOf("村")
	colonRunes7b       = runeBitsOf("：:")
	// countRunes7b: what countedListOneParts counts from (等, digits,
	// the count numerals)
	countRunes7b = func() runeBits {
		b := runeBitsOf("等0123456789０１２３４５６７８９")
		for r, v := range countNumerals {
			if v != 0 {
				b.set(r)
			}
		}
		return b
	}()
)

// Classes by position: for some classes newTokText also records where in
// the text their characters stand (tokText.pos, by the class's bit), so
// that a rule that tests every character for one of them visits only
// those (nextAt).
const posClasses = rcMinorityFirst | rcGluedRoleLast | rcPersonNounLast | rcToponymKind | rcAutonomous | rcCount |
	rcTownWord | rcVillageTown | rcLandmarkEnd | rcDa | rcRiverKind | rcDun | rcCun | rcRiver11 | rcColon |
	rcSouthernSurname | rcRoute | rcMinorityPrefix | rcScenicKind | rcQu | rcAfter15b | rcMotion15b | rcNumeral17 | rcRoleEnd15b

// The classes recorded by position, under the names the rules use.
const (
	posMinorityFirst  = rcMinorityFirst
	posGluedRoleLast  = rcGluedRoleLast
	posPersonNounLast = rcPersonNounLast
)

// clearPos makes tt.pos empty bit sets for a text of up to n runes,
// clearing only the words an earlier text may have set (speed12: of the
// classes it held, up to its last rune; posDirty, posDirtyCls).
func (tt *tokText) clearPos(n int) {
	words := n/64 + 1
	d := min(tt.posDirty, words)
	for x := uint32(posClasses); x != 0; x &= x - 1 {
		p := bits.TrailingZeros32(x)
		tt.pos[p] = reuse(tt.pos[p], words)[:words]
		if tt.posDirtyCls&(1<<p) != 0 {
			clear(tt.pos[p][:min(d, len(tt.pos[p]))])
		}
	}
	if tt.posDirty <= words {
		// every set word was cleared (the rest of each set is zero)
		tt.posDirty, tt.posDirtyCls = 0, 0
	}
}

// markPos records rune k in the position sets of its classes m.
func (tt *tokText) markPos(m charClass, k int) {
	bit := uint64(1) << (k & 63)
	for x := uint32(m & posClasses); x != 0; x &= x - 1 {
		tt.pos[bits.TrailingZeros32(x)][k>>6] |= bit
	}
}

// nextAt returns the first rune at or after i in class c (one of
// posClasses), or len(tt.runes) when there is none. Every rune of the class is
// recorded (and every rune above the Basic Multilingual Plane): a loop
// that tests each rune for the class may step from one to the next.
func (tt *tokText) nextAt(c charClass, i int) int {
	// (written to stay within the inliner's budget, so that the rules'
	// loops step without a call: speed15)
	bs := tt.pos[bits.TrailingZeros32(uint32(c))]
	i = max(i, 0)
	w, x := i>>6, uint64(0)
	if w < len(bs) {
		x = bs[w] &^ (1<<(uint(i)&63) - 1)
	}
	for x == 0 {
		if w++; w >= len(bs) {
			return len(tt.runes)
		}
		x = bs[w]
	}
	return min(w<<6+bits.TrailingZeros64(x), len(tt.runes))
}
