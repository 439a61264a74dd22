package anonymize

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
