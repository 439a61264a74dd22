package anonymize

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

// bodyWordOf is bodyWord(w) for findOrgs' loop over every token: a word
// whose last character is neither 长 nor a suffix's last one is no body
// word, the first test bodyWord makes, without the call.
func bodyWordOf(w string) string {
	if r := lastRune(w); r != '长' && !suffixLast.has(r) {
		return ""
	}
	return bodyWord(w)
}

// bodyPrefixOf is bodyPrefix(w) for findOrgs' loop over every token: a
// word that begins with no standalone body's first character has none of
// them in front, the first test bodyPrefix makes, without the call.
func bodyPrefixOf(w string) string {
	if !mayStart(&bodyFirst, w) {
		return ""
	}
	return bodyPrefix(w)
}

// nationalModels13Last holds the last characters of nationalModels13, for
// nationalModel13's look-ups of a finding and the words after it.
var nationalModels13Last = lastRuneBits(nationalModels13)
