package anonymize

import "strings"

// This file holds round leaks14: gazetteer places that gojieba cut so that
// no recognizer read them — a township whose stem and 乡 or 镇 are two
// words (六合|乡), a full name whose first character a preposition took
// (在内|良乡), a village after a route whose 至 was glued to the village
// before (…村至|上方|村) — a city's short form after a word of origin
// (来自|海口) and a preposition that is also a surname read as a person
// with the place after it (从|拉萨); and persons whose surname gojieba glued
// to the person noun before them (茶农|田|大姐, 老兵|马德才、…).

// leaks14 adds the findings of this round to the findings fs of one text.
func leaks14(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHold('乡') || tt.mayHold('镇') {
		fs = addWhole(fs, splitStemTowns14(tt, fs))
	}
	fs = addWhole(fs, prepGluedPlaces14(tt, fs))
	if tt.mayHold('村') {
		fs = addWhole(fs, routeVillages14(tt, fs))
	}
	fs = citiesAfterOrigin14(tt, fs)
	if tt.mayHold('景') {
		fs = scenicInPark14(tt, fs)
	}
	if tt.mayHold('“') {
		fs = addWhole(fs, routePairs14(tt, fs))
	}
	fs = addWhole(fs, gluedSurnamePersons14(tt, fs))
	if tt.mayHold('、') {
		fs = addWhole(fs, kindSiblings14(tt, fs))
		fs = addWhole(fs, passedPlaces14(tt, fs))
	}
	if tt.mayHold('的') {
		fs = addWhole(fs, routeDestinations14(tt, fs))
	}
	if tt.mayHold2('社', '区') || tt.mayHold('村') || tt.mayHold3('居', '委', '会') {
		fs = addWhole(fs, unitsAfterTown14(tt, fs))
	}
	return fs
}

// townLevels14 are the levels a split township ends in.
var townLevels14 = map[string]bool{"乡": true, "镇": true}

// routeRunes14 join two places in a route (…乡至…村).
var routeRunes14 = runeBitsOf("至到")

// placeFindingAt14 reports whether fs holds a place finding that is not
// doubtful and starts at byte b (ends at byte b when end is set), and
// whether its text ends in a township or village level.
func placeFindingAt14(fs []Finding, b int, end bool) (found, settlement bool) {
	for _, f := range fs {
		if f.Type != LOCATION || f.generic {
			continue
		}
		if !end && f.Start == b || end && f.End == b {
			found = true
			if strings.ContainsRune("乡镇村县", lastRune(f.Text)) {
				settlement = true
			}
		}
	}
	return
}

// splitStemTowns14 finds townships that gojieba cut into a two-character
// word and their level standing alone (六合|乡, 桥上|乡): the stem's word
// may be an abbreviation, a word of position or even a common word, so the
// text must show the place — a list beside another township or village
// (…乡、…镇), a route to another place (…乡至…村), or a stem the gazetteer
// knows as a township's short form.
func splitStemTowns14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		if !tt.startMay(&townLevels14First, k) {
			continue // (speed7b.go: no level word starts so)
		}
		t, p := tt.toks[k], tt.toks[k-1]
		if !townLevels14[t.word] || p.n() != 2 || !allHan(p.word) {
			continue
		}
		if classStems[p.word] || genericVillagePrefix[p.word] || toponymStemStop.has(tt.runes[p.start]) || adminLevelRunes13.has(tt.runes[p.start]) ||
			adminLevelRunes13.has(tt.runes[p.end-1]) || functionRuneBits.has(tt.runes[p.start]) || p.pos == "v" || p.pos == "p" || p.pos == "c" || p.pos == "r" || p.pos == "m" {
			continue
		}
		s, e := tt.off[p.start], tt.off[t.end]
		if overlapsSure14(fs, s, e) {
			continue
		}
		ok := false
		if full, sok := l.shortOf(p.word); sok && strings.HasSuffix(full, "镇") || sok && strings.HasSuffix(full, "乡") {
			ok = true // the stem names a township elsewhere in the gazetteer
		}
		if !ok && t.end+1 < len(tt.runes) {
			r := tt.runes[t.end]
			if _, set := placeFindingAt14(fs, tt.off[t.end+1], false); set && (r == '、' || routeRunes14.has(r)) {
				ok = true // …乡、…镇 / …乡至…村
			}
		}
		if !ok && p.start >= 1 && tt.runes[p.start-1] == '、' {
			if _, set := placeFindingAt14(fs, tt.off[p.start-1], true); set {
				ok = true // …镇、…乡
			}
		}
		if ok {
			out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "split-stem-town", Score: 4})
		}
	}
	return out
}

// overlapsSure14 reports whether a finding of fs that is not doubtful
// overlaps bytes [s, e): overlapsFirm under the name the later rounds call.
func overlapsSure14(fs []Finding, s, e int) bool { return overlapsFirm(fs, s, e) }

// gluedPreps14 are prepositions gojieba may glue to a place's first
// character (在内|良乡, 从化|…): 在, 从, 向, 于, 往, 赴, 至, 到.
var gluedPreps14 = runeBitsOf("在从向于往赴至到")

// prepGluedPlaces14 finds gazetteer full names of three characters or more
// whose first character gojieba glued to the preposition before it (在内|
// 良乡): the name must end where a word ends and the glued word be only
// the preposition and that character.
func prepGluedPlaces14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.n() != 2 || !gluedPreps14.has(tt.runes[t.start]) || !isHan(tt.runes[t.start+1]) || k+1 >= len(tt.toks) {
			continue
		}
		i := t.start + 1
		best := 0
		for e := min(len(tt.runes), i+8); e >= i+3; e-- {
			if !tt.tokStart(e) && e != len(tt.runes) {
				continue
			}
			if lv, ok := l.place(tt.sub(i, e)); ok && lv > 0 {
				best = e
				break
			}
		}
		if best == 0 {
			continue
		}
		s, e := tt.off[i], tt.off[best]
		if overlapsSure14(fs, s, e) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "gazetteer,preposition-glued", Score: 5})
	}
	return out
}

// routeVillages14 finds the village at the end of a route whose 至 gojieba
// glued to the place before (…村至|上方|村): two characters and a lone 村
// after …村至, …镇至 or …乡至 name a village whatever their word.
func routeVillages14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		t, p := tt.toks[k], tt.toks[k-1]
		if t.word != "村" || p.n() != 2 || !allHan(p.word) || p.start < 2 {
			continue
		}
		if !routeRunes14.has(tt.runes[p.start-1]) || !strings.ContainsRune("村镇乡", tt.runes[p.start-2]) || tt.tokStart(p.start-1) {
			continue // the route word must be glued to the place before (村至), else findLocations reads it
		}
		if genericVillagePrefix[p.word] || classStems[p.word] || toponymStemStop.has(tt.runes[p.start]) || l.common[p.word+"村"] {
			continue
		}
		s, e := tt.off[p.start], tt.off[t.end]
		if overlapsSure14(fs, s, e) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "pattern:村,route-glued", Score: 3})
	}
	return out
}

// originWords14 say where someone or something comes from or goes to: a
// city's short form after them is the city (来自|海口, 从|拉萨|赶来).
var originWords14 = wordSet(`来自 远赴 奔赴 前往 赶赴 飞赴 赴 从 自 途经 返回 回到 飞往 销往 运往 发往`)

// originLoose14 are the origin words that also begin ordinary phrases (从
// 长远看): the short form after them must be followed by a word of
// movement, 的 or punctuation.
var originLoose14 = wordSet(`从 自 赴`)

// originAfter14 may follow a place after 从 or 自.
var originAfter14 = runeBitsOf("的赶来到至出返回运发飞引调、，。；")

// citiesAfterOrigin14 finds the short forms of cities and provinces
// (levels 1 and 2 of the gazetteer) after a word of origin even when
// gojieba took them for ordinary words or names (海口/s, 拉萨/nrt), and
// drops the person readings that took a preposition which is also a
// surname for the name's head (从|拉萨 read as 从拉萨).
func citiesAfterOrigin14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var add []Finding
	for k := 1; k < len(tt.toks); k++ {
		if !tt.startMay(&originWords14First, k-1) {
			continue // (speed7b.go: no origin word starts so)
		}
		t, p := tt.toks[k], tt.toks[k-1]
		if t.n() < 2 || !originWords14[p.word] || !allHan(t.word) {
			continue
		}
		full, ok := l.shortOf(t.word)
		if !ok || l.places[full] > 2 || l.places[full] < 1 || genericPlaceStems[t.word] || nationalTerms[t.word] {
			continue
		}
		if originLoose14[p.word] && t.end < len(tt.runes) && !originAfter14.has(tt.runes[t.end]) {
			continue
		}
		s, e := tt.off[t.start], tt.off[t.end]
		// a person reading made of the preposition and the place
		kept := fs[:0]
		for _, f := range fs {
			if f.Type == PERSON && f.Start == tt.off[p.start] && f.End == e && p.n() == 1 {
				continue
			}
			kept = append(kept, f)
		}
		fs = kept
		if overlapsSure14(fs, s, e) {
			continue
		}
		add = append(add, Finding{Type: LOCATION, Text: t.word, Start: s, End: e, Evidence: "gazetteer-short:" + full + ",after-origin", Score: 4})
	}
	return addWhole(fs, add)
}

// gluedPersonNouns14 are the person nouns of personNouns and a few more
// (老兵, 老战士) that may stand right before a name.
var gluedPersonNouns14 = func() map[string]bool {
	m := wordSet(`老兵 老战士 老干部 老模范 退役军人 乡贤 能人 代表 教练员 驻村队员 第一书记`)
	for w := range personNouns {
		m[w] = true
	}
	return m
}()

// gluedSurnamePersons14 finds a person whose surname gojieba glued to the
// last character of the person noun before it (茶农|田大姐 cut 茶|农田|
// 大姐, 老兵|马德才 cut 老|兵马|德才): a kinship title after the surname
// (大姐, 大爷), or a given name of one or two characters that ends before a
// list comma or a name already found, makes the reference.
func gluedSurnamePersons14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	ps := tt.personPos(posSurname) // (speed9b.go)
	for k := 0; k < len(tt.toks); k++ {
		if ps != nil {
			// to the token of the next surname after a token's first
			// character: no token between ends with one (speed10)
			i := nextPos(ps, tt.toks[k].start+1)
			if i >= n {
				break
			}
			k = tt.tokOf[i]
		}
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.n() != 2 || t.start < 1 || !l.isSurname(tt.runes[t.end-1]) {
			continue
		}
		i := t.end - 1 // the surname
		noun := false
		for b := max(0, i-4); b <= i-2 && mayHaveRune(&gluedPersonNouns14Last, tt.runes[i-1]); b++ { // (speed7b.go: the nouns' last characters)
			if gluedPersonNouns14[tt.sub(b, i)] && tt.tokStart(b) {
				noun = true
				break
			}
		}
		if !noun {
			continue
		}
		e := 0
		if k+1 < len(tt.toks) && kinTitles[tt.toks[k+1].word] {
			e = tt.toks[k+1].end // 田大姐
		} else {
			for c := i + 3; c >= i+2; c-- {
				if c > n || !allHan(tt.sub(i+1, c)) || !tt.tokStart(c) && c != n {
					continue
				}
				if c < n && tt.runes[c] != '、' {
					continue
				}
				if c < n {
					if !personFindingAt14(fs, tt.off[c+1]) {
						continue
					}
				}
				given := tt.sub(i+1, c)
				if l.common[given] && runeLen(given) == 1 || functionRuneBits.has(tt.runes[i+1]) {
					continue
				}
				e = c
				break
			}
		}
		if e == 0 {
			continue
		}
		s, en := tt.off[i], tt.off[e]
		if overlapsSure14(fs, s, en) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.text[s:en], Start: s, End: en, Evidence: "surname-glued-to-person-noun", Score: 3})
	}
	return out
}

// personFindingAt14 reports whether fs holds a person finding starting at
// byte b.
func personFindingAt14(fs []Finding, b int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == b {
			return true
		}
	}
	return false
}

// siblingKinds14 are the geographic kinds whose places reports list side
// by side each with its own kind (…河、…河; …山林区、…山林区).
var siblingKinds14 = runeBitsOf("河江湖溪渠山岭峰岩坪塘泉潭")

// siblingTails14 may follow the kind of each item alike (…山林区、…山林区).
var siblingTails14 = []string{"林区", "景区", "流域", "沿线", "水库", "片区", ""}

// kindSiblings14 finds a list item right after a place that ends in the
// same geographic kind and takes the same tail word (荥X河、经河; 爷X山林区、
// 黄花山林区): one to three Han characters and the kind, where the stem is
// no function character and the item no ordinary word (山河, 江湖).
func kindSiblings14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION || f.generic {
			continue
		}
		ke := tt.runeAt(f.End)
		if ke < 1 || ke >= n {
			continue
		}
		kind := tt.runes[ke-1]
		if !siblingKinds14.has(kind) {
			continue
		}
		for _, tail := range siblingTails14 {
			tl := runeLen(tail)
			if ke+tl >= n || tt.sub(ke, ke+tl) != tail || tt.runes[ke+tl] != '、' {
				continue
			}
			s := ke + tl + 1
			for L := 1; L <= 3 && s+L+tl < n+1; L++ {
				e := s + L + 1 // stem and kind
				if e > n || tt.runes[e-1] != kind || tt.sub(e, min(n, e+tl)) != tail {
					continue
				}
				stem := tt.sub(s, e-1)
				item := tt.sub(s, e)
				if !allHan(stem) || functionRuneBits.has(tt.runes[s]) || toponymStemStop.has(tt.runes[s]) || classStems[stem] || l.common[item] || collectiveKinds13[item] || isMaskRune(tt.runes[s]) {
					break
				}
				if tl == 0 && e < n && !tt.tokStart(e) && isHan(tt.runes[e]) {
					continue // the kind begins a longer word (…河道): not this length
				}
				bs, be := tt.off[s], tt.off[e]
				if !overlapsSure14(fs, bs, be) {
					out = append(out, Finding{Type: LOCATION, Text: item, Start: bs, End: be, Evidence: "list-sibling-kind:" + string(kind), Score: 3})
				}
				break
			}
			break
		}
	}
	return out
}

// routeEnds14 follow the end of a route named before them: the road or
// line that runs there (…至五X坪的产业路, …至湫X组的道路).
var routeRoads14 = []string{"道路", "公路", "产业路", "通组路", "通村路", "连接线", "路段", "路"}

// routeDestinations14 finds the place at the end of a route (至|X坪|的|
// 产业路, 至|X组|的|道路): two or three Han characters and a geographic kind
// of toponym.go right after 至 or 到, then 的 and a word for the road. A
// class stem (安置, 产业) or an ordinary word makes no name.
func routeDestinations14(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcRoute == 0 {
		return nil // (speed7b.go: no 至 or 到 in the text)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextAt(rcRoute, 1); i+4 < n; i = tt.nextAt(rcRoute, i+1) { // (speed7b.go: the characters of the class only)
		if !routeRunes14.has(tt.runes[i]) || !isHan(tt.runes[i-1]) {
			continue
		}
		s := i + 1
		for e := s + 3; e <= min(n-1, s+5); e++ {
			if tt.runes[e] != '的' {
				continue
			}
			if !hasAnyPrefix13(tt.text[tt.off[e+1]:], routeRoads14) {
				break
			}
			kind := firstSuffix(tt.sub(s, e), toponymKindsByLast[tt.runes[e-1]])
			if kind == "" {
				break
			}
			stem := tt.sub(s, e-runeLen(kind))
			if runeLen(stem) < 2 || !allHan(stem) || classStems[stem] || genericVillagePrefix[stem] || l.common[stem] && !tt.tokStart(s+runeLen(stem)) ||
				l.common[tt.sub(s, e)] || toponymStemStop.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[s]) || functionRuneBits.has(tt.runes[s]) {
				break
			}
			bs, be := tt.off[s], tt.off[e]
			if !overlapsSure14(fs, bs, be) {
				out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "route-end:" + kind, Score: 3})
			}
			break
		}
	}
	return out
}

// townUnits14 are the units a town or township is divided into, whose
// names follow the town's own (…镇|X社区, …街道|X社区).
var townUnits14 = []string{"社区", "居委会", "村"}

// unitsAfterTown14 finds the community or village named right after its
// town or subdistrict (…镇玲珑X社区): two or three Han characters, however
// gojieba cut them (an adjective, a surname), then the unit; no class stem
// (老旧, 中心), ordinary word or level character begins or is the stem.
func unitsAfterTown14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION || f.generic || !(strings.HasSuffix(f.Text, "镇") || strings.HasSuffix(f.Text, "乡") || strings.HasSuffix(f.Text, "街道")) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 1 || s >= n || !tt.tokStart(s) {
			continue
		}
		for L := 3; L >= 2; L-- {
			ks := s + L
			unit := ""
			for _, u := range townUnits14 {
				if ks+runeLen(u) <= n && tt.sub(ks, ks+runeLen(u)) == u {
					unit = u
					break
				}
			}
			e := ks + runeLen(unit)
			if unit == "" || e < n && !tt.tokStart(e) || tt.tokStart(ks) == false {
				continue
			}
			stem := tt.sub(s, ks)
			if !hanName11(tt, s, ks) || classStems[stem] || classStems[tt.sub(s, s+2)] || genericVillagePrefix[stem] || l.common[stem] && L == 2 ||
				adminLevelRunes13.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[ks-1]) || toponymStemStop.has(tt.runes[s]) || bodyEndRunes13.has(tt.runes[ks-1]) {
				continue
			}
			bs, be := tt.off[s], tt.off[e]
			if !overlapsSure14(fs, bs, be) {
				out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "unit-after-town:" + unit, Score: 3})
			}
			break
		}
	}
	return out
}

// passWords14 lead a list of the places a route or river passes (途经|…、…).
var passWords14 = wordSet(`途经 经过 流经 穿越 游览 串联 连接 串起`)

// passKinds14 end the names of the sights a route passes.
var passKinds14 = runeBitsOf("河江湖溪渠山岭峰岩坪塘泉潭洞峡谷湾寺塔桥")

// passedPlaces14 finds the places a route passes, listed after a word of
// passing (途经|鸳鸯X湖、响X河，): two or more items of two or three Han
// characters and a geographic kind, joined by list commas and closed by
// punctuation, are all names; an ordinary word (江湖, 山河) or a class stem
// among them spoils the list.
func passedPlaces14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if !tt.startMay(&passWords14First, k) || !passWords14[t.word] {
			continue
		}
		var items [][2]int
		s := t.end
		ok := true
		for s < n {
			e := s
			for e < n && isHan(tt.runes[e]) && e-s <= 5 {
				e++
			}
			if e-s < 3 || e-s > 4 || e >= n || !strings.ContainsRune("、，。；,;", tt.runes[e]) {
				ok = false
				break
			}
			stem, item := tt.sub(s, e-1), tt.sub(s, e)
			if !passKinds14.has(tt.runes[e-1]) || !hanName11(tt, s, e) || classStems[stem] || l.common[item] || collectiveKinds13[tt.sub(e-2, e)] ||
				toponymStemStop.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[s]) || sceneryPair(tt.runes[s:e]) {
				ok = false
				break
			}
			items = append(items, [2]int{s, e})
			if tt.runes[e] != '、' {
				break
			}
			s = e + 1
		}
		if !ok || len(items) < 2 {
			continue
		}
		for _, it := range items {
			bs, be := tt.off[it[0]], tt.off[it[1]]
			if !overlapsSure14(fs, bs, be) {
				out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "passed-list:" + t.word, Score: 3})
			}
		}
	}
	return out
}

// parkWords14 end the name of a park or reserve that holds scenic areas
// (…国家森林公园|天X景区).
var parkWords14 = []string{"公园", "保护区", "风景区", "风景名胜区", "景区", "林场"}

// scenicInPark14 makes sure the doubtful place words of gojieba (ns) that
// name a scenic area inside a park or after a place (…国家森林公园|天X|景区):
// the word, 景区 or 景点 after it, and a park's word or a place right before.
func scenicInPark14(tt *tokText, fs []Finding) []Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || !f.generic || !strings.HasPrefix(f.Evidence, "jieba:ns") || runeLen(f.Text) < 2 {
			continue
		}
		if toponymKinds[f.Text] != 0 || classStems[f.Text] || landmarkKinds[f.Text] {
			continue // …|古镇|景区: a kind of place, not its name
		}
		rest := tt.text[f.End:]
		if !strings.HasPrefix(rest, "景区") && !strings.HasPrefix(rest, "景点") && !strings.HasPrefix(rest, "风景区") {
			continue
		}
		before := tt.text[:f.Start]
		park := hasAnySuffix14(before, parkWords14)
		if sure, _ := placeFindingAt14(fs, f.Start, true); sure {
			park = true
		}
		if park {
			f.generic = false
			f.Score = 3
			f.Evidence += ",scenic-in-park"
		}
	}
	return fs
}

// hasAnySuffix14 reports whether s ends with one of ws.
func hasAnySuffix14(s string, ws []string) bool {
	return firstSuffix(s, ws) != ""
}

// routeDashes14 join the two ends of a named tourist route (…—…).
var routeDashes14 = runeBitsOf("—－-~～")

// routePairs14 finds the other end of a route named by its two ends in
// quotes before a word for a route (“钱X源—根X佛国”旅游线路): when one end
// holds a place, the other (two to five Han characters between the dash
// and the quote) is a place too.
func routePairs14(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	if tt.runeCls&rcQuote == 0 {
		return out // no “ in the text (speed7b.go's class; speed10)
	}
	for i := 1; i+2 < n; i++ {
		if tt.runes[i] != '“' {
			continue
		}
		j := i + 1
		for j < n && j-i <= 14 && tt.runes[j] != '”' {
			j++
		}
		if j >= n || tt.runes[j] != '”' || !hasAnyPrefix13(tt.text[tt.off[j+1]:], []string{"旅游线路", "精品线路", "旅游线", "精品线", "线路", "游线"}) {
			continue
		}
		d := i + 1
		for d < j && !routeDashes14.has(tt.runes[d]) {
			d++
		}
		ae := d
		for ae > i+1 && routeDashes14.has(tt.runes[ae-1]) {
			ae--
		}
		bs := d
		for bs < j && routeDashes14.has(tt.runes[bs]) {
			bs++
		}
		if d >= j || ae-(i+1) < 2 || j-bs < 2 || j-bs > 5 || ae-(i+1) > 5 {
			continue
		}
		ends := [2][2]int{{i + 1, ae}, {bs, j}}
		for k, e := range ends {
			o := ends[1-k]
			if !overlapsPlace14(fs, tt.off[o[0]], tt.off[o[1]]) || !hanName11(tt, e[0], e[1]) || sameSpanSure14(fs, tt.off[e[0]], tt.off[e[1]]) {
				continue
			}
			s, en := tt.off[e[0]], tt.off[e[1]]
			out = append(out, Finding{Type: LOCATION, Text: tt.text[s:en], Start: s, End: en, Evidence: "route-pair", Score: 3})
		}
	}
	return out
}

// overlapsPlace14 reports whether a sure place finding of fs overlaps
// bytes [s, e).
func overlapsPlace14(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && s < f.End && f.Start < e {
			return true
		}
	}
	return false
}

// sameSpanSure14 reports whether fs holds a finding of bytes [s, e) that
// is not doubtful (a place inside the span gives way to the whole, as
// addWhole does).
func sameSpanSure14(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start == s && f.End == e && !f.generic {
			return true
		}
	}
	return false
}
