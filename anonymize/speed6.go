package anonymize

import "unicode/utf8"

// Sixth-session speed work: tables that let the hot loops skip what
// cannot match, with the same answers as the loops they guard.

// cjkStarts lists the entities of a finished Redaction by their first
// character when that character is one of three bytes with a lead byte
// E1–EC (all of CJK), for Redaction.scan: at such a character of a text
// only the entities beginning with it can match, and a 4096-bit filter of
// those first characters skips most characters with one bit test. ok is
// false (and scan takes its byte-wise path everywhere) unless every entity
// is valid UTF-8: an entity that is not could match from inside a
// character or be one byte long.
type cjkStarts struct {
	ok     bool
	filter [64]uint64
	// lists[c]: the entities beginning with c, in the order of
	// Redaction.lists (longest first), so the first match is the same
	lists map[rune][]*entity
}

// build fills c from r's finished lists.
func (c *cjkStarts) build(r *Redaction) {
	*c = cjkStarts{}
	for _, e := range r.order {
		if !utf8.ValidString(e.text) {
			return
		}
	}
	c.ok = true
	c.lists = map[rune][]*entity{}
	for _, es := range r.lists {
		for _, e := range es {
			if len(e.text) < 3 {
				continue
			}
			c0, c1, c2 := e.text[0], e.text[1], e.text[2]
			if c0-0xE1 >= 0x0C || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
				continue
			}
			x := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			c.filter[x>>6&63] |= 1 << (x & 63)
			c.lists[x] = append(c.lists[x], e)
		}
	}
}

// Trigger characters: a rule that reads a text only at one character
// (…村, …段, …号) finds nothing in a text without it, and returns at once
// when the text's trigger mask (tokText.trig, set by newTokText) lacks
// that character's bit. The mask is exact: bit i is set when the text
// holds the i-th character of trigChars.
const trigChars = "第段村河至级山号牌记位"

// The bits of tokText.trig, one per character of trigChars, in order.
const (
	trigDi     uint32 = 1 << iota // 第 (landmarkNicknames)
	trigDuan                      // 段 (placeStretches, riverTownStretches)
	trigCun                       // 村 (villagesBeforeBody, ordinaryWordVillages, ordinaryWordVillagesInContext)
	trigHe                        // 河 (riversBeforeStretch)
	trigZhi                       // 至 (roadSectionStems11)
	trigJi                        // 级 (areasBeforeLevel12)
	trigShan                      // 山 (mountainBrands12)
	trigHao                       // 号 (streetAddresses)
	trigPai                       // 牌 (quotedBrands)
	trigJiShop                    // 记 (surnameShops)
	trigWei                       // 位 (countedListNames)
)

// trigRunes holds the characters of trigChars, one bit test per character
// of a text before the search for its bit.
var trigRunes = runeBitsOf(trigChars)

// trigMask returns the trigger mask of the characters rs.
func trigMask(rs []rune) (m uint32) {
	for _, r := range rs {
		if trigRunes.has(r) {
			i := 0
			for _, c := range trigChars {
				if c == r {
					m |= 1 << i
					break
				}
				i++
			}
		}
	}
	return m
}
