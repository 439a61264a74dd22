package anonymize

// This file holds round keep22: kinds of village named by an ordinary
// word (数字村, 智慧村, 美丽村, 卫生村 …) stay readable where a report counts
// or lists them as kinds, whichever recognizer (a rule or the span
// tagger) read one as a place. It is a class rule, not a word list: the
// word before 村 is any frequent ordinary word of two characters, and the
// context makes it a kind.

// numerals22 are the characters of a count (3个, 十二个, 两个, 几个).
var numerals22 = runeBitsOf("0123456789０１２３４５６７８９一二三四五六七八九十两百千万几多")

// countLead22 may stand between a list of kinds and its count: each,
// together, and so on, all (各3个, 共5个, 等120个, 均1个).
var countLead22 = runeBitsOf("各共等均")

// measures22 are the measure words of a count of villages (个, 家, 处).
var measures22 = runeBitsOf("个家处批所座")

// listJoin22 join two items of a list (、, 和, 及, 与).
var listJoin22 = runeBitsOf("、和及与")

// keep22 drops the place findings that are a kind of village counted or
// listed as a kind (评选数字村、智慧村各3个, 建成卫生村15个, 培育3个美丽村):
// see villageKindAt22.
func keep22(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 || !tt.mayHold('村') {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && len(f.Text) == 9 && lastRune(f.Text) == '村' {
			if s := tt.runeAt(f.Start); s >= 0 && tt.runeAt(f.End) == s+3 && villageKindAt22(tt, s) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// villageItem22 reports whether runes [s, s+3) are an ordinary word of two
// Han characters and 村 (智慧村), and whether that word is ordinary: a
// frequent word of the lexicon, no gazetteer place, and not opened by a
// determiner (各, 该, 每: villageDeterminers). What stands glued before
// the run (城关镇|光明村, a village after its town) is villageKindAt22's.
func villageItem22(tt *tokText, s int) (item, ordinary bool) {
	if s < 0 || s+3 > len(tt.runes) || tt.runes[s+2] != '村' || !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) {
		return false, false
	}
	stem := tt.sub(s, s+2)
	lx := getLexicon()
	_, place := lx.places[stem]
	return true, lx.common[stem] && !place && !villageDeterminers[tt.runes[s]]
}

// villageKindAt22 reports whether the village of runes [s, s+3) is a kind
// of village: it is an item of a run of such items joined by list words
// (数字村、智慧村), every item of the run is an ordinary word and 村, the
// run begins a clause or follows a verb or a count, and a count follows
// the run (各3个, 15个, 等120个) or stands right before its item (3个智慧村).
// A count that is itself of villages (等3个村) makes the items named
// villages, and so does an item that is no ordinary word (李庄村).
func villageKindAt22(tt *tokText, s int) bool {
	first, ok := villageRunFirst22(tt, s)
	if !ok {
		return false
	}
	// the run's last item
	last := s
	for last+7 <= len(tt.runes) && listJoin22.has(tt.runes[last+3]) {
		item, ok := villageItem22(tt, last+4)
		if !item {
			break
		}
		if !ok {
			return false
		}
		last += 4
	}
	if first >= 1 && isHan(tt.runes[first-1]) {
		// a Han character glued before the run: a verb, a count word or
		// a noun of no place (建成|, 评选|, 个|, 命名|, which gojieba tags
		// a noun) leads a kind; a place or anything else (城关镇|, 该|)
		// may lead a named village
		if t := &tt.toks[tt.tokOf[first-1]]; t.end != first || !(verbTags[t.pos] || t.pos == "q" || t.pos == "m" || t.pos == "n" && t.n() >= 2 && sufClass(tt.runes[first-1])&sufPlace == 0) {
			return false
		}
	}
	return countAfter22(tt, last+3) || countBefore22(tt, s)
}

// villageRunFirst22 returns where the run of kinds of village joined by
// list words that ends with the item at rune s begins (数字村、智慧村: the
// first item's start); ok is false when the item at s, or one before it in
// the run, is no ordinary word and 村 (a named village).
func villageRunFirst22(tt *tokText, s int) (first int, ok bool) {
	if _, ok := villageItem22(tt, s); !ok {
		return s, false
	}
	first = s
	for first >= 4 && listJoin22.has(tt.runes[first-1]) {
		item, ok := villageItem22(tt, first-4)
		if !item {
			break
		}
		if !ok {
			return first, false
		}
		first -= 4
	}
	return first, true
}

// countAfter22 reports whether a count of kinds begins at rune i: an
// optional 各/共/等/均, numerals and a measure word, no 村 after it (等3个村
// counts named villages; 光明村2024年 is a year).
func countAfter22(tt *tokText, i int) bool {
	n := len(tt.runes)
	if i < n && countLead22.has(tt.runes[i]) {
		i++
	}
	j := i
	for j < n && numerals22.has(tt.runes[j]) {
		j++
	}
	if j == i {
		return false
	}
	if j >= n || !measures22.has(tt.runes[j]) {
		return false // a year or a figure (光明村2024年), no count of kinds
	}
	j++
	return j >= n || tt.runes[j] != '村'
}

// countBefore22 reports whether a count with its measure word stands right
// before rune s (3个|智慧村, 两个|).
func countBefore22(tt *tokText, s int) bool {
	return s >= 2 && measures22.has(tt.runes[s-1]) && numerals22.has(tt.runes[s-2])
}
