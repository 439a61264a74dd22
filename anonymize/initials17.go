package anonymize

import "strings"

// This file holds round late17b's doc-level class of county and banner
// initials: a county or banner whose name before its kind has three
// characters or more, a transliteration as a rule (托克托县, 阿鲁科尔沁旗),
// is called in its own documents by its first character and the kind
// (托县, 阿旗). The gazetteer's one short form per name (托克托,
// 阿鲁科尔沁) and abbr15's list miss the form. countyInitials17 is hooked
// in Analyze beside kindStems16, for a masked place and for the place a
// masked body is named after (托克托县 of 托克托县委).

// initialKinds17 are the kinds a county's initial form keeps.
var initialKinds17 = []string{"县", "旗"}

// initialNextNot17 make the kind character the start of a longer word
// (托县城 would be 托|县城 of another reading; 县委 and 旗委 stay the
// form's committee, but the form before them is then the body's, and
// committeePlaces15's).
var initialNextNot17 = runeBitsOf("城域级")

// countyInitials17 returns, for a county or banner name of a stem of three
// characters or more (no autonomous county, whose short form is its first
// two characters: 大厂回族自治县 → 大厂, never 大县), its initial form when
// that form stands bounded in one of the document's texts: after a stop
// or a word's end, the kind no start of a longer word (class: customary
// initial short forms of transliterated counties and banners).
func countyInitials17(tts []*tokText, name string) []Finding {
	var kind, stem string
	for _, k := range initialKinds17 {
		if s, ok := strings.CutSuffix(name, k); ok {
			kind, stem = k, s
			break
		}
	}
	rs := []rune(stem)
	if len(rs) < 3 || !allHan(stem) || strings.Contains(stem, "自治") || strings.ContainsAny(stem, "族县市区州旗") {
		return nil
	}
	if lv, ok := getLexicon().place(name); !ok || lv != 3 {
		return nil // (a county or banner of the gazetteer only)
	}
	head := rs[0]
	if numeralRune(head) || toponymStemStop.has(head) || functionRuneBits.has(head) {
		return nil
	}
	form := string(head) + kind
	if getLexicon().common[form] || genericPlaceStems[form] {
		return nil // 大县, 全县: ordinary words
	}
	for _, tt := range tts {
		if tt == nil || !tt.mayContain(form) {
			continue
		}
		for _, k := range indexAll16(tt, form) {
			e := k + 2
			if e < len(tt.runes) && initialNextNot17.has(tt.runes[e]) {
				continue
			}
			if k > 0 && isHan(tt.runes[k-1]) && !abbrStop15.has(tt.runes[k-1]) && !tt.tokStart(k) {
				continue // (the initial ends a longer word: 依托|县城)
			}
			if e < len(tt.runes) && !tt.tokStart(e) && tt.tokStart(k+1) {
				continue // (the kind starts a longer word: 托|县里)
			}
			return []Finding{{Type: LOCATION, Text: form, Evidence: "county-initial17", Score: contextScore + 1}}
		}
	}
	return nil
}
