package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round leaks13: the places with no gazetteer entry that
// the general toponym recognizer of toponym.go finds, added to a text's
// findings without hiding a longer or other finding; and the guard that
// keeps a class of places readable whichever recognizer read it as a
// place (步行街, 农村公路); list items that share a kind of area put
// after the last one (…、…山景区); names in quotes before a business or a
// mark (“…”农家乐, “…”商标).

// leaks13 adds to the findings fs of one text the places of toponyms13.
func leaks13(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = dropClassPlaces13(tt, fs)
	var add []Finding
	for _, f := range toponyms13(tt, fs) {
		if f.generic && overlapsAny(fs, f.Start, f.End) || sameSpan13(fs, f) {
			continue // a doubtful place never displaces a finding; an equal span is found already
		}
		add = append(add, f)
	}
	fs = addWhole(fs, add)
	if tt.mayHold('、') {
		fs = addWhole(fs, sharedKindItems13(tt, fs))
	}
	if tt.mayHold('纪') || tt.mayHold('址') || tt.mayHold2('陈', '列') {
		fs = addWhole(fs, eventPlaces13(tt, fs))
	}
	if tt.mayHold('”') {
		fs = addWhole(fs, quotedBusinesses13(tt))
	}
	return fs
}

// sameSpan13 reports whether fs holds a finding with f's span that is not
// doubtful (a doubtful one gives way to a sure reading of the same span).
func sameSpan13(fs []Finding, f Finding) bool { return sameSpanSure14(fs, f.Start, f.End) }

// compoundKinds13 are ordinary words for a road or bridge that end in a
// geographic kind (公路, 道路): a class stem before them (农村|公路,
// 高速|公路) makes a class of roads.
var compoundKinds13 = []string{"公路", "道路", "马路", "线路", "大桥", "公园", "广场"}

// dropClassPlaces13 drops the place findings, of any recognizer, that are
// a class stem (classStems) and a kind of street, square, park or
// structure: 步行街, 美食街, 农村公路, 石拱坝 name a kind of street, road or
// dam, not a place, unless a house number follows (新建路28号: an
// address). A kind word that is also a town's short form (山塘) is the
// kind where it stands alone; the town's full form in the document still
// masks it everywhere.
func dropClassPlaces13(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && f.Score < 100 && classPlace13(f.Text) && !houseNumberAt(tt.text[f.End:]) {
			continue
		}
		if f.Type == LOCATION && f.Score < 100 && landmarkKinds[f.Text] && strings.HasPrefix(f.Evidence, "gazetteer-short") {
			continue // 山塘 read as the short form of 山塘镇: the kind of pond
		}
		out = append(out, f)
	}
	return out
}

// classPlace13 reports whether name is a class stem and a geographic kind
// (步行|街, 高速|公路).
func classPlace13(name string) bool {
	r := lastRune(name)
	if !toponymKindLast.has(r) {
		return false
	}
	byLast := classKindsByLast13() // (the kinds of each list this test passes, speed9a.go)
	for _, ks := range [2][]string{byLast[r], byLast[-1]} {
		for _, k := range ks {
			// (villages and landforms of a class are other guards' work:
			// classKindsByLast13 holds no such kind)
			if stem, ok := strings.CutSuffix(name, k); ok && stem != "" && (classStems[stem] || classEdge13(stem)) {
				return true
			}
		}
	}
	return false
}

// sharedKinds13 are kinds of area that a list puts once, after its last
// item, for every item (…、…山景区: both are scenic areas).
var sharedKinds13 = []string{"景区", "风景区", "景点", "自然保护区", "保护区", "森林公园", "湿地公园", "地质公园", "旅游区", "度假区"}

// sharedKindItems13 finds the list items before a place that a shared
// kind of area follows (推进|驼X、天X山|景区): two to four Han characters
// in words that gojieba read as a name, could not read or read as a noun
// it seldom sees (no frequent word, no class stem), with a list comma
// after them and a separator, a verb or the text's start before them.
func sharedKindItems13(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, f := range fs {
		if f.Type != LOCATION || f.generic {
			continue
		}
		rest := tt.text[f.End:]
		shared := hasAnyPrefix13(rest, sharedKinds13)
		s := tt.runeAt(f.Start)
		if !shared || s < 3 {
			continue
		}
		// walk back over the items before f
		for s >= 3 && tt.runes[s-1] == '、' {
			e := s - 1
			// the words back from the comma, four characters at most:
			// names, words gojieba made up, nouns and single characters
			b := e
			for b > 0 && e-b < 4 {
				t := tt.tokenBefore(b)
				if t == nil || t.end != b || e-t.start > 4 || !hanName11(tt, t.start, t.end) {
					break
				}
				ok := false
				switch t.pos {
				case "x", "ns", "nz", "nr", "nrt", "j", "n", "ng", "zg", "s", "g":
					ok = !l.common[t.word] || t.n() == 1
				}
				if !ok {
					break
				}
				b = t.start
			}
			if e-b < 2 || l.common[tt.sub(b, e)] || classStems[tt.sub(b, e)] || overlapsAny(fs, tt.off[b], tt.off[e]) {
				break
			}
			// the item begins after a separator, a verb or the text's start
			if p := tt.tokenBefore(b); p != nil && !listItemEdge[tt.runes[b-1]] && p.pos != "v" && p.pos != "p" && !toponymLocatives[p.word] {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, e), Start: tt.off[b], End: tt.off[e], Evidence: "shared-kind-list", Score: 3})
			s = b
		}
	}
	return out
}

// businessKinds13 are private businesses and marks that a quoted name
// stands before (“…”农家乐, “…”商标).
var businessKinds13 = []string{"商标", "农家乐", "民宿", "客栈", "饭店", "餐馆", "餐厅", "酒店", "酒家", "门店", "超市", "专卖店", "茶庄", "酒坊"}

// quotedBusinesses13 finds a name in quotes right before a business kind
// or 商标 (“…”农家乐, 注册“…”商标): the name of a private business or a
// registered mark, masked as an organisation. A frequent word in quotes
// (“农家乐”) is no name.
func quotedBusinesses13(tt *tokText) []Finding {
	var out []Finding
	text := tt.text
	for end := range closingQuotes(text) {
		if !hasAnyPrefix13(text[end+len("”"):], businessKinds13) {
			continue
		}
		st, name, ok := quotedName13(text, end)
		if !ok {
			continue
		}
		out = append(out, Finding{Type: ORG, Text: name, Start: st, End: end, Evidence: "quoted-business", Score: 4, label: "企业"})
	}
	return out
}

// quotedName13 returns the name between the last “ before end and end when
// it reads as a name: two to eight Han characters, not a frequent word, no
// particle, conjunction or comma inside.
func quotedName13(text string, end int) (st int, name string, ok bool) {
	open := strings.LastIndex(text[:end], "“")
	if open < 0 {
		return 0, "", false
	}
	st = open + len("“")
	name = text[st:end]
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 8 || !allHan(name) || getLexicon().common[name] || strings.ContainsAny(name, "的了是和与及在，、") {
		return 0, "", false
	}
	return st, name, true
}

// classEdge13 reports a stem of three characters or more that begins or
// ends with a class stem (浆砌|石拱, 红色|旅游).
func classEdge13(stem string) bool {
	rs := []rune(stem)
	return len(rs) >= 3 && (classStems[string(rs[:2])] || classStems[string(rs[len(rs)-2:])])
}

// eventWords13 are events that a memorial names after the place where
// they happened (…战役纪念馆, …起义旧址).
var eventWords13 = []string{"战役", "战斗", "起义", "暴动", "会议", "大捷", "会师", "突围", "阻击战", "保卫战"}

// memorialKinds13 follow an event's name (…战役|纪念馆).
var memorialKinds13 = []string{"纪念馆", "纪念碑", "纪念园", "纪念亭", "旧址", "遗址", "陈列馆"}

// eventPlaces13 finds the place an event and its memorial are named after
// (梨X口|战役|纪念馆): two to four Han characters in words of a name, a
// noun, a measure or single characters right before the event word, no
// frequent word or class stem; the place is masked, the event and the
// memorial stay readable.
func eventPlaces13(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, ev := range eventWords13 {
		for i := 0; tt.mayContain(ev); { // (speed5.go: no search for a word whose characters the text lacks)
			j := strings.Index(tt.text[i:], ev)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(ev)
			memorial := hasAnyPrefix13(tt.text[i:], memorialKinds13)
			e := tt.runeAt(at)
			if !memorial || e < 2 || !tt.tokStart(e) {
				continue
			}
			b := e
			for b > 0 && e-b < 4 {
				t := tt.tokenBefore(b)
				if t == nil || t.end != b || e-t.start > 4 || !hanName11(tt, t.start, t.end) {
					break
				}
				switch t.pos {
				case "x", "ns", "nz", "nr", "nrt", "j", "n", "ng", "q", "s", "m":
				default:
					t = nil
				}
				if t == nil {
					break
				}
				b = t.start
			}
			if e-b < 2 || l.common[tt.sub(b, e)] || classStems[tt.sub(b, e)] || overlapsAny(fs, tt.off[b], tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, e), Start: tt.off[b], End: tt.off[e], Evidence: "event-memorial", Score: 3})
		}
	}
	return out
}
