package anonymize

import (
	"strings"
)

// This file holds the recognizers and guards added for the misses of the
// eleventh own-writing check set (testdata/deid-own11), each for a class
// of text rather than a string: the titles of the heads of banners and
// leagues (旗长, 盟长) and of village doctors (村医) before a name, a
// university named after a broad region (西北大学), a gazetteer town whose
// stem gojieba tags as a proper word or abbreviation (六合|镇), a tomb or
// temple gojieba knows as a place word (…陵, …寺); and guards against
// ordinary words read as names: a cooperative named only by its produce
// and the work done on it (腊肉加工合作社, whose "short form" 腊肉 would
// mask 老腊肉).

// rolesBefore9 are titles missing from rolesBefore: the heads of the
// banners and leagues of Inner Mongolia and their deputies, the heads of
// autonomous prefectures, and the doctors of villages and schools.
var rolesBefore9 = wordSet(`帮扶户 脱贫户 监测户 低保户 五保户 农户 旗长 副旗长 盟长 副盟长 州长 副州长 苏木达 嘎查达 村医 乡医 校医 乡村医生 村卫生员
	大户 种植大户 养殖大户 种粮大户 传承人 非遗传承人 创业青年 返乡青年 护林员 网格员 保洁员 护河员 护路员 信息员 讲解员 带头人`)

func init() {
	for w := range rolesBefore9 {
		rolesBefore[w] = true
		roleEndLast.set(lastRune(w)) // the bit test before rolesBefore lookups
		roleLast33.set(lastRune(w))  // roleEndAt33's gate: built before this init ran (嘎查达, 苏木达 were missing)
	}
}

// leaks9 adds what the recognizers of this file find in one text to its
// findings fs.
func leaks9(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	add := func(out []Finding) {
		for _, f := range out {
			if !overlapsOutside(fs, f.Start, f.End) {
				fs = append(fs, f)
			}
		}
	}
	fs = ordinaryReadings9(tt, fs)
	extendSiteLeft(tt, fs)
	extendMongolianTails(tt, fs)
	add(tailedElementsAfterRole(tt, fs))
	if us := mongolianUnits(tt, fs); len(us) > 0 {
		// a "name" read into the unit's word (红岩嘎|查) gives way
		fs = dropGuessesCrossing(fs, func(f Finding) bool { return crossesUnit(us, f) })
		add(us)
	}
	add(landmarkPlaceWords(tt, fs))
	add(ordinaryWordVillagesInContext(tt, fs))
	add(namesAfterGluedRole(tt))
	if st := riverTownStretches(tt, fs); len(st) > 0 {
		// a "name" read across the town's suffix and 段 (霞|阳镇段) gives way
		fs = dropGuessesCrossing(fs, func(f Finding) bool { return crossesTownStretch(st, f) })
		add(st)
	}
	return fs
}

// dropGuessesCrossing removes, in place, the person findings below a
// deny-list score (100) that crosses reports: guesses that a place found
// since has shown to be pieces of its name.
func dropGuessesCrossing(fs []Finding, crosses func(Finding) bool) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON || f.Score >= 100 || !crosses(f) {
			kept = append(kept, f)
		}
	}
	return kept
}

// broadRegions are the parts of the country a university may be named
// after (西北大学, 华中农业大学 is named by 华中 and its trade).
var broadRegions = wordSet(`西北 东北 西南 东南 华东 华南 华北 华中 中南 江南 岭南 中原 关中`)

// regionUniversity reports whether inner, the part before the suffix suf
// inside one word gojieba tags as an organisation, is a broad region and
// suf a university's: such a university is a proper name (西北大学), while
// the generic ones are named by a kind (老年大学, 开放大学).
func regionUniversity(suf string, inner []rune) bool {
	if suf != "大学" && suf != "学院" || len(inner) < 2 {
		return false
	}
	return broadRegions[string(inner[:2])]
}

// properStemPOS are gojieba's tags of words that are names or
// abbreviations rather than ordinary words.
var properStemPOS = wordSet(`j nz nr nrt nrfg`)

// properStemTown reports whether the gazetteer town or township between
// runes i and best is written as a word gojieba tags as a proper word or
// an abbreviation (六合/j) and its suffix as a word of its own (镇): a
// stem that is no ordinary word (中心镇, 重点镇 are tagged n) names the
// town even when the stem is frequent.
func properStemTown(tt *tokText, i, best int) bool {
	if best-i != 3 || !strings.ContainsRune("镇乡", tt.runes[best-1]) {
		return false
	}
	t := tt.tokenAt(i)
	if t == nil || t.start != i || t.end != best-1 || !properStemPOS[t.pos] {
		return false
	}
	s := tt.tokenAt(best - 1)
	return s != nil && s.start == best-1 && s.end == best
}

// tombTempleEnds end the names of tombs, temples and towers that gojieba
// knows as place words (…陵, …寺, …庙, …祠, …塔).
var tombTempleEnds = runeBitsOf("陵寺庙祠塔")

// genericLandmarks are such words that name a kind, not one place.
var genericLandmarks = wordSet(`寺庙 宗庙 祠庙 佛塔 宝塔 灯塔 铁塔 水塔 丘陵 山陵 家庙 古塔 古寺 古庙 祖庙 祖祠 宗祠 烈士陵`)

// landmarkPlaceWords finds the tombs and temples gojieba tags as place
// words (炎帝陵/ns): three characters or more ending in a landmark's kind
// character, no ordinary word of the lexicon. The doubtful place finding
// of the same word, kept by the default policy, is made a name in fs.
func landmarkPlaceWords(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcTombTemple == 0 {
		return nil // (speed7b.go: no 陵, 寺, 庙, 祠 or 塔 in the text)
	}
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.n() < 3 || t.n() > 6 || t.pos != "ns" || !tombTempleEnds.has(tt.runes[t.end-1]) {
			continue
		}
		if genericLandmarks[t.word] || l.common[t.word] || !allHan(t.word) {
			continue
		}
		s, e, same := tt.off[t.start], tt.off[t.end], false
		for j := range fs {
			if f := &fs[j]; f.Start == s && f.End == e && f.Type == LOCATION && f.generic {
				// gojieba's doubtful place word (jieba:ns-doubtful) is this
				// landmark: the default policy masks it
				f.generic, f.Evidence, same = false, f.Evidence+",landmark-place-word", true
			}
		}
		if same || overlapsAny(fs, s, e) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "landmark-place-word", Score: 4})
	}
	return out
}

// gluedRoles are person titles gojieba often cuts across (村医 in
// 东安村|村医|付长林 becomes 村村|医付|长林, 传承人 becomes 承|人龙): they
// are looked for by character.
var gluedRoles = []string{"村医", "乡医", "校医", "村卫生员", "传承人", "创业青年", "返乡青年", "帮扶户", "脱贫户", "监测户", "低保户", "养殖户", "种植户"}

// gluedRoleLast holds the last characters of gluedRoles.
var gluedRoleLast = runeBitsOf("医员人年户")

// namesAfterGluedRole finds a three-character name (surname and two
// given-name characters, one of them seen in given names) right after a
// title of gluedRoles, where the name is no dictionary word and a word of gojieba's dictionary, a punctuation
// mark or the end of the text follows.
func namesAfterGluedRole(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for b := tt.nextAt(posGluedRoleLast, 1) + 1; b+3 <= n; b = tt.nextAt(posGluedRoleLast, b) + 1 { // (speed7b.go: after the characters of the class only)
		if !gluedRoleLast.has(tt.runes[b-1]) || !l.isSurname(tt.runes[b]) {
			continue
		}
		role := false
		for _, r := range gluedRoles {
			if rl := runeLen(r); rl <= b && tt.sub(b-rl, b) == r {
				role = true
				break
			}
		}
		if !role {
			continue
		}
		c := b + 3
		if !plainName(tt, b, c) || !gluedNameEnd(tt, c) {
			continue
		}
		if t := tt.tokenAt(b); t.start == b && t.end == c && t.dictWord() && t.pos != "nr" {
			continue // one word of the dictionary (文明号), no name
		}
		w := tt.sub(b, c)
		if l.common[w] || l.places[w] > 0 || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] || !givenLike(tt.runes[b+1]) && !givenLike(tt.runes[b+2]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "surname+given,glued-role-before", Score: contextScore})
	}
	return out
}

// gluedNameEnd reports whether a name may end at rune e: the text ends, a
// non-Han character or one of 说, 家, 等, 和, 与 follows, or a word of two
// characters or more of gojieba's dictionary begins there.
func gluedNameEnd(tt *tokText, e int) bool {
	if e >= len(tt.runes) || !isHan(tt.runes[e]) || strings.ContainsRune("说家等和与", tt.runes[e]) {
		return true
	}
	t := tt.tokenAt(e)
	return t != nil && t.start == e && t.n() >= 2 && t.dictWord() && t.pos != "x"
}

// tradeActivities are the kinds of work a cooperative named only by its
// produce does with it (腊肉|加工|合作社).
var tradeActivities = wordSet(`加工 种植 养殖 销售 营销 生产 收购 储藏 烘干 包装 流通 经营 购销 产销`)

// produceTradeName reports whether w, the part of a cooperative's name
// before its suffix, is an ordinary word followed by a kind of work on it
// (腊肉加工, 茶叶种植): such a cooperative is named by its trade alone.
func produceTradeName(w string) bool {
	rs := []rune(w)
	if len(rs) < 4 || len(rs) > 6 {
		return false
	}
	act := string(rs[len(rs)-2:])
	head := string(rs[:len(rs)-2])
	if !tradeActivities[act] {
		return false
	}
	l := getLexicon()
	return (genreWords[head] || produceWords[head] || l.common[head]) && l.places[head] == 0 && l.short[head] == ""
}

// ordinaryWordPOS are gojieba's tags of ordinary words: no name, place,
// organisation, abbreviation or made-up word.
var ordinaryWordPOS = wordSet(`n v vn a an ad d l i f s b vd z`)

// shortFormOnlyInWords reports whether the short form s of the place full
// stands in the document's texts only inside full itself and inside
// ordinary words of gojieba's dictionary (水口 of 水口镇 in 取水口), at least
// once in such a word: the short form is then no name in that document, and
// masking it everywhere would take the ordinary word with it. A short form
// that stands alone even once stays masked.
func shortFormOnlyInWords(tts []*tokText, s, full string) bool {
	// (a place named n times is asked n times: shortFormGuard remembers)
	n := runeLen(s)
	inWord := false
	for _, tt := range tts {
		if tt == nil {
			continue
		}
		text := tt.text
		for off := 0; off < len(text); {
			j := strings.Index(text[off:], s)
			if j < 0 {
				break
			}
			b := off + j
			off = b + len(s)
			if strings.HasPrefix(text[b:], full) {
				continue // the full name, masked as such
			}
			r := tt.runeAt(b)
			if r < 0 {
				return false
			}
			t := tt.tokenAt(r)
			if t == nil || t.n() <= n || t.start == r && t.end == r+n || !ordinaryWordPOS[t.pos] || t.end < r+n {
				return false
			}
			inWord = true
		}
	}
	return inWord
}

// shortFormGuard answers shortFormOnlyInWords for the texts of one
// document, each short form and full name once.
type shortFormGuard struct {
	tts  []*tokText
	memo map[[2]string]bool
}

// only is shortFormOnlyInWords(g.tts, s, full), remembered.
func (g *shortFormGuard) only(s, full string) bool {
	k := [2]string{s, full}
	if v, ok := g.memo[k]; ok {
		return v
	}
	if g.memo == nil {
		g.memo = map[[2]string]bool{}
	}
	v := shortFormOnlyInWords(g.tts, s, full)
	g.memo[k] = v
	return v
}

// riverEnds end the names of rivers written before the towns they pass.
var riverEnds = runeBitsOf("水河江溪")

// stretchLead reports whether a river-and-town stretch may begin at rune
// b: the text begins there or a punctuation mark or list comma stands
// before it.
func stretchLead(tt *tokText, b int) bool {
	return b == 0 || strings.ContainsRune("、，。；：\n ", tt.runes[b-1])
}

// riverTownStretches finds the stretches of rivers named by the river and
// the town they pass (…水|某某镇段、…河|某某乡段), a clause or list item of
// their own: the river, two to four characters ending in 水, 河, 江 or 溪,
// and the town, a stem of two or three characters and 镇 or 乡. Where both
// splits fit, the one whose town the gazetteer knows, else the
// three-character town, is taken. Both are returned as places; a town
// found already is left as it is.
func riverTownStretches(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcDuan == 0 {
		return nil // no 段 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for c := 5; c < n; c++ {
		if tt.runes[c] != '段' || tt.runes[c-1] != '镇' && tt.runes[c-1] != '乡' {
			continue
		}
		best, bestK := -1, 0
		for b := c - 4; b >= c-8 && b >= 0; b-- {
			if !stretchLead(tt, b) || !plainStem(tt, b, c) {
				continue
			}
			for k := 2; k <= 4; k++ {
				town := c - b - k // runes of the town with its suffix
				if town < 3 || town > 4 || !riverEnds.has(tt.runes[b+k-1]) {
					continue
				}
				river, name := tt.sub(b, b+k), tt.sub(b+k, c)
				stem := tt.sub(b+k, c-1)
				if l.common[river] || l.common[stem] || genericVillagePrefix[stem] || getPersonLexicon().ordinary[river] {
					continue
				}
				score := 1
				if l.places[name] > 0 || hasFinding(fs, LOCATION, tt.off[b+k], tt.off[c]) {
					score = 3
				} else if town == 3 {
					score = 2
				}
				if score > best {
					best, bestK = score, k
				}
			}
			if best > 0 {
				m := b + bestK
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, m), Start: tt.off[b], End: tt.off[m], Evidence: "river-of-stretch", Score: 3})
				if !hasFinding(fs, LOCATION, tt.off[m], tt.off[c]) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(m, c), Start: tt.off[m], End: tt.off[c], Evidence: "town-of-stretch", Score: 3})
				}
				break
			}
		}
	}
	return out
}

// hasFinding reports whether fs holds a finding of type typ spanning
// exactly bytes [s, e).
func hasFinding(fs []Finding, typ Type, s, e int) bool {
	for _, f := range fs {
		if f.Type == typ && f.Start == s && f.End == e {
			return true
		}
	}
	return false
}

// crossesTownStretch reports whether f overlaps a town of st, found by
// riverTownStretches, and runs past it (阳镇段 over 霞阳镇).
func crossesTownStretch(st []Finding, f Finding) bool {
	for _, t := range st {
		if t.Evidence == "town-of-stretch" && f.Start < t.End && t.Start < f.End && (f.Start < t.Start || f.End > t.End) {
			return true
		}
	}
	return false
}

// genericTownKinds are kinds of town a report plans for (中心镇建设,
// 重点镇): the gazetteer holds towns of these names, but a report means
// the kind.
var genericTownKinds = wordSet(`中心镇 中心乡 重点镇 重点乡 特色镇 建制镇 示范镇 小城镇 中心集镇 重点集镇 工业重镇 商贸重镇`)

// stretchPreps are prepositions a place pattern may take in as the first
// character of a town's name (至|岳坝镇, 经|某某乡).
var stretchPreps = runeBitsOf("至到经往赴由")

// motionRunes are verbs of going before an administrative unit (来县,
// 到村, 回乡), which the learned tagger may read as a surname and a given
// name.
var motionRunes = runeBitsOf("来到去回返赴进驻下")

// unitRunes are administrative units a verb of going may take.
var unitRunes = runeBitsOf("县市乡镇村省区州旗")

// ordinaryReadings9 corrects findings that read ordinary text as names:
// an organisation whose name begins with an enumerator (一是|基层卫生院,
// 三是|县医院) is judged without it, a kind of town (中心镇) or a unit word
// of Inner Mongolia alone (各苏木, a township's short form too) is generic, a
// place pattern that took in the preposition before the town (至|岳坝镇)
// loses it, a "person" of two characters that is a verb of going and an
// administrative unit (来县) is no person, and a name of three characters
// ending in 作 or 做 before a speech (常青|作|说明) loses the verb.
func ordinaryReadings9(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Score >= 100 || f.generic {
			continue
		}
		switch f.Type {
		case ORG:
			if genericLocalBody(f.Text) {
				f.generic = true
				f.Evidence += ",generic-local-body"
				break
			}
			b := tt.runeAt(f.Start)
			e := tt.runeAt(f.End)
			if b < 0 || e < 0 {
				break
			}
			if strings.HasPrefix(f.Evidence, "brand+industry") && e < len(tt.runes) && tt.tokStart(e) {
				// 闽兴|食品|投资|2亿元: the verb before an amount is what the
				// firm does, no part of its name
				if l, a := tt.tokenBefore(e), tt.tokenAt(e); l != nil && l.start > b+1 && (l.pos == "v" || l.pos == "vn") && (a.pos == "m" || tt.runes[e] >= '0' && tt.runes[e] <= '9' || numeralRune(tt.runes[e])) {
					f.End, f.Text = tt.off[l.start], tt.sub(b, l.start)
					f.Evidence += ",verb-dropped"
					break
				}
			}
			t := tt.tokenAt(b)
			if t == nil || t.start != b || t.end >= e || !enumeratorWord(t.word) {
				break
			}
			f.Start, f.Text = tt.off[t.end], tt.sub(t.end, e)
			if !properAfterEnumerator(tt, t.end, e) {
				f.generic = true
				f.Evidence += ",after-enumerator"
			}
		case LOCATION:
			if (genericTownKinds[f.Text] || f.Text == "苏木" || f.Text == "嘎查") && strings.HasPrefix(f.Evidence, "gazetteer") {
				f.generic = true
				f.Evidence += ",kind-of-town"
				break
			}
			if !strings.HasPrefix(f.Evidence, "pattern:") {
				break
			}
			b := tt.runeAt(f.Start)
			e := tt.runeAt(f.End)
			if b < 0 || e-b < 4 || !stretchPreps.has(tt.runes[b]) || b > 0 && isHan(tt.runes[b-1]) && !tt.tokEnd(b) {
				break
			}
			old := f.Start
			f.Start, f.Text = tt.off[b+1], tt.sub(b+1, e)
			f.Evidence += ",preposition-dropped"
			for j := range fs {
				// a shorter pattern from the preposition (至|岳坝 of 至岳坝|镇)
				if g := &fs[j]; j != k && g.Type == LOCATION && g.Start == old && g.End < f.End && strings.HasPrefix(g.Evidence, "pattern:") {
					g.generic = true
					g.Evidence += ",inside-preposition-place"
				}
			}
		case PERSON:
			if b, e := tt.runeAt(f.Start), tt.runeAt(f.End); b >= 0 && e == b+3 && e < len(tt.runes) && (tt.runes[e-1] == '作' || tt.runes[e-1] == '做') && tt.tokStart(e) && speechNouns[tt.tokenAt(e).word] {
				// 副县长常青|作|说明: the verb of the speech is no part of the name
				f.End, f.Text = tt.off[e-1], tt.sub(b, e-1)
				f.Evidence += ",verb-dropped"
				break
			}
			b := tt.runeAt(f.Start)
			if b < 0 || tt.runeAt(f.End) != b+2 || !motionRunes.has(tt.runes[b]) || !unitRunes.has(tt.runes[b+1]) {
				break
			}
			f.generic = true
			f.Evidence += ",verb-of-going"
		}
	}
	// the pieces of a generic local body (益农 of 益农信息社) are no names
	for k := range fs {
		if g := fs[k]; g.Type == ORG && strings.HasSuffix(g.Evidence, ",generic-local-body") {
			for j := range fs {
				if f := &fs[j]; j != k && f.Score < 100 && !f.generic && f.Start >= g.Start && f.End <= g.End {
					f.generic = true
					f.Evidence += ",in-generic-local-body"
				}
			}
		}
	}
	return fs
}

// properAfterEnumerator reports whether runes [b, e), an organisation's
// name after an enumerator, still name one body: a place, a word gojieba
// tags as a name or made up, a Latin word, or a mask.
func properAfterEnumerator(tt *tokText, b, e int) bool {
	if containsPlace(tt.sub(b, e)) || hasMaskRune(tt.sub(b, e)) {
		return true
	}
	for i := b; i < e; {
		t := tt.tokenAt(i)
		if t == nil {
			return false
		}
		switch t.pos {
		case "ns", "nr", "nrt", "nrfg", "nz", "x", "j", "eng":
			return true
		}
		i = t.end
	}
	return false
}

// siteKinds follow the name of a scenic site or park (…景区, …公园).
var siteKinds = wordSet(`景区 风景区 风景名胜区 旅游区 度假区 旅游度假区 公园 森林公园 湿地公园 地质公园 景点 漂流`)

// extendSiteLeft widens a place found inside a site's name (青|龙潭|景区,
// where 龙潭 is a district's short form) to the one character before it
// when gojieba cut that character off as a word of its own at the start
// of a clause or list item: the site's name is masked whole, none of it
// stays readable.
func extendSiteLeft(tt *tokText, fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || f.generic || f.Score >= 100 {
			continue
		}
		b, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if b < 1 || e < 0 || e >= len(tt.runes) || !tt.tokStart(b) || !tt.tokStart(e) {
			continue
		}
		if a := tt.tokenAt(e); a == nil || !siteKinds[a.word] {
			continue
		}
		p := tt.tokenAt(b - 1)
		if p == nil || p.n() != 1 || !isHan(tt.runes[b-1]) || functionRuneBits.has(tt.runes[b-1]) || givenStop[tt.runes[b-1]] || !stretchLead(tt, b-1) {
			continue
		}
		f.Start, f.Text = tt.off[b-1], tt.sub(b-1, e)
		f.Evidence += ",site-head"
	}
}

// mongolianTails are the one-character endings Mongolian names put after
// an element (宝音|图, 苏|和, 额尔|敦 are written so): after an element
// found as a name, the tail belongs to it.
var mongolianTails = runeBitsOf("图尔勒格夫")

// tailEndAt reports whether a name may end at rune e, after its tail: the
// text ends, a non-Han character follows, or a verb, preposition or
// conjunction that names are followed by (说, 带领, 和, 等).
func tailEndAt(tt *tokText, e int) bool {
	if e >= len(tt.runes) || !isHan(tt.runes[e]) {
		return true
	}
	if strings.ContainsRune("说讲带和与等被在是为到从及介表指", tt.runes[e]) {
		return true
	}
	t := tt.tokenAt(e)
	return t != nil && t.start == e && (t.pos == "v" || t.pos == "p" || t.pos == "c")
}

// extendMongolianTails widens a minority name found as an element (宝音)
// over the tail character after it (宝音|图说 → 宝音图) when a name may end
// right after the tail: no piece of the name stays readable.
func extendMongolianTails(tt *tokText, fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !strings.Contains(f.Evidence, "minority") {
			continue
		}
		e := tt.runeAt(f.End)
		if e < 0 || e >= len(tt.runes) || !mongolianTails.has(tt.runes[e]) || !tailEndAt(tt, e+1) || overlapsOutside(fs, f.Start, tt.off[e+1]) {
			continue
		}
		f.End, f.Text = tt.off[e+1], tt.text[f.Start:tt.off[e+1]]
		f.Evidence += ",name-tail"
	}
}

// tailedElementsAfterRole finds a Mongolian name of an element and a tail
// character (宝音|图) right after a role or a person noun (嘎查达, 牧民),
// which minorityElementsAfterRole leaves because the tail follows the
// element.
func tailedElementsAfterRole(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcMinorityFirst == 0 {
		return nil // (speed7b.go: no minority name part's first character in the text)
	}
	n := len(tt.runes)
	var out []Finding
	for b := tt.nextAt(posMinorityFirst, 2); b+2 < n; b = tt.nextAt(posMinorityFirst, b+1) { // (speed7b.go: the characters of the class only)
		if !minorityFirst.has(tt.runes[b]) || !roleOrPersonNounEndsAt(tt, b) {
			continue
		}
		for ln := 4; ln >= 2; ln-- {
			c := b + ln
			if c >= n || !minorityNameParts[tt.sub(b, c)] || !mongolianTails.has(tt.runes[c]) || !tailEndAt(tt, c+1) {
				continue
			}
			if overlapsAny(fs, tt.off[b], tt.off[c+1]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(b, c+1), Start: tt.off[b], End: tt.off[c+1], Evidence: "minority-name-part,name-tail,role-before", Score: contextScore})
			b = c
			break
		}
	}
	return out
}

// genericLocalBodies are bodies every county or township has, named by
// their kind alone (融媒体中心, 城投集团), and national programmes' outlets
// (益农信息社): gojieba may glue the level's character to their first
// word (县融|媒体|中心), which made them read as named.
var genericLocalBodies = wordSet(`融媒体中心 城投公司 城投集团 农投公司 农投集团 交投公司 交投集团 文旅集团 文旅公司 水投公司 水投集团 国投公司 国投集团 旅投公司 旅投集团 建投公司 建投集团 供销社 供销合作社 信用社 农村信用社 医共体 疾控中心 妇幼保健院 中医院 政务服务中心 便民服务中心 新时代文明实践中心 新时代文明实践所 新时代文明实践站 综治中心 社会治理中心 益农信息社 电商服务中心 电子商务公共服务中心 物流配送中心 公共资源交易中心 不动产登记中心 退役军人服务站 退役军人服务中心 农技站 农经站 林业站 水利站 畜牧站 财政所 司法所 派出所 卫生院 中心卫生院 敬老院 养老院 幸福院 农商行 村镇银行`)

// genericLocalBody reports whether an organisation's name w is a body of
// genericLocalBodies, alone or after one character of its level (县, 市,
// 区, 旗, 乡, 镇: 县融媒体中心, 县城投集团).
func genericLocalBody(w string) bool {
	if genericLocalBodies[w] {
		return true
	}
	r, size := firstRune(w)
	return strings.ContainsRune("县市区旗乡镇", r) && genericLocalBodies[w[size:]]
}

// mongolianUnitNames are the villages (嘎查) and townships (苏木) of
// Inner Mongolia, written after their names.
var mongolianUnitNames = []string{"嘎查", "苏木"}

// unitHeadPOS are gojieba's tags of the words a unit's name is made of.
var unitHeadPOS = wordSet(`x nr nrt nrfg ns n nz j ng`)

// mongolianUnits finds the villages and townships of Inner Mongolia by
// their unit word (红岩嘎查, 哈达图苏木): the name is the made-up head of a
// word gojieba glued to the unit (红岩嘎查/x), or the two to five
// characters of name-like words before it, or of a list item after a
// unit of the same kind; a determiner (各, 全) or an ordinary word names no
// unit.
func mongolianUnits(tt *tokText, fs []Finding) []Finding {
	if !(tt.mayHold2('嘎', '查') && strings.Contains(tt.text, "嘎查")) && !(tt.mayHold2('苏', '木') && strings.Contains(tt.text, "苏木")) {
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for j := 2; j+1 < n; j++ {
		unit := ""
		for _, u := range mongolianUnitNames {
			if r, _ := firstRune(u); tt.runes[j] == r && tt.sub(j, j+2) == u {
				unit = u
			}
		}
		if unit == "" {
			continue
		}
		e := j + 2
		if unit == "嘎查" && e < n && tt.runes[e] == '村' {
			e++
		}
		s := j
		if t := tt.tokenAt(j); t.start < j {
			// the head gojieba glued to the unit (红岩嘎查/x)
			if t.pos == "x" && j-t.start >= 2 && j-t.start <= 5 {
				s = t.start
			}
		} else {
			for ti := tt.tokOf[j-1]; ti >= 0; ti-- {
				p := tt.toks[ti]
				if j-p.start > 5 || !unitHeadPOS[p.pos] || !isHan(tt.runes[p.start]) || functionRuneBits.has(tt.runes[p.start]) || clauseBreak(tt.runes[p.start]) {
					break
				}
				if p.n() == 1 && p.pos != "x" && p.pos != "ng" && p.pos != "n" {
					break
				}
				s = p.start
			}
		}
		if j-s < 2 {
			// a list item after a unit of the same kind (巴彦嘎查、哈日根台嘎查),
			// whose characters gojieba read one by one
			for k := j - 2; k >= j-5 && k >= 2; k-- {
				if tt.runes[k] == '、' {
					if tt.sub(k-2, k) == unit || unit == "嘎查" && k >= 3 && tt.sub(k-3, k) == "嘎查村" {
						s = k + 1
					}
					break
				}
			}
		}
		if j-s < 2 || villageDeterminers[tt.runes[s]] || !plainStem(tt, s, j) {
			continue
		}
		w := tt.sub(s, j)
		if l.common[w] || genericVillagePrefix[w] || isRoleWord(w) {
			continue
		}
		if !hasFinding(fs, LOCATION, tt.off[s], tt.off[e]) {
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "mongolian-unit:" + unit, Score: 4})
		}
		j = e - 1
	}
	return out
}

// crossesUnit reports whether f, a person, overlaps a unit of us and runs
// past its start (红岩嘎 over 红岩嘎查) or into it from outside.
func crossesUnit(us []Finding, f Finding) bool {
	for _, u := range us {
		if f.Start < u.End && u.Start < f.End && (f.Start < u.Start || f.End > u.End || f.End < u.End) {
			return true
		}
	}
	return false
}

// buildVerbsNS are verbs of building gojieba may tag as places (新建/ns).
var buildVerbsNS = wordSet(`新建 新增 建成 完成 实施 推进 打造 开展 成立 获评 荣获`)

// ordinaryWordVillagesInContext finds villages named with a frequent word
// (光明村, 团结村) where ordinaryWordVillages has no evidence: as items of a
// list of such villages
// (团结村、胜利村), or opening a sentence before a verb of building gojieba
// tags as a place (新建/ns). A title a village wins (文明村, 明星村) stays.
func ordinaryWordVillagesInContext(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcTrigCun == 0 {
		return nil // no 村 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	village := func(j int) bool { // an ordinary-word village ends with 村 at j
		s := j - 2
		if s < 0 || tt.runes[j] != '村' || !tt.tokStart(s) {
			return false
		}
		stem := tt.sub(s, j)
		return allHan(stem) && l.common[stem] && !genericVillagePrefix[stem] && !villageHonours[stem] && !villageDeterminers[tt.runes[s]]
	}
	var out []Finding
	for j := tt.nextAt(rcCun, 2); j < n; j = tt.nextAt(rcCun, j+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[j] != '村' || !village(j) {
			continue
		}
		s, e := j-2, j+1
		if overlapsAny(fs, tt.off[s], tt.off[e]) {
			continue
		}
		evidence := false
		// (before the village's committees villagesBeforeBody finds it)
		// a list of such villages: the item before or after is one too
		if !evidence && e+3 < n && tt.runes[e] == '、' && village(e+3) {
			evidence = true
		}
		if !evidence && s >= 2 && tt.runes[s-1] == '、' && village(s-2) {
			evidence = true
		}
		if !evidence && (s == 0 || strings.ContainsRune("。！？；\n", tt.runes[s-1])) {
			if a := tt.tokenAt(e); a != nil && a.start == e && a.pos == "ns" && buildVerbsNS[a.word] {
				evidence = true
			}
		}
		if evidence {
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "ordinary-word-village,context", Score: 3})
		}
	}
	return out
}

// speechNouns follow 作 or 做 after a speaker's name (作|说明, 做|报告).
var speechNouns = wordSet(`说明 报告 发言 讲话 部署 总结 表态 表态发言 动员 点评 交流发言 典型发言 工作报告 述职 汇报 指示 批示 重要讲话 主题发言 辅导报告`)

// laterReferenceForms returns the forms by which a report may refer again
// to a person it named in full, beyond givenNameForms: the second element
// of a minority name of two two-character elements (顿珠 of 扎西顿珠, an
// element that is no ordinary word, place or role), and a given name that
// is an ordinary word with 同志 after it (建国同志 after 王建国), which
// givenNameForms leaves because 建国 alone is a word. They are masked
// wherever they stand in the document.
func laterReferenceForms(f Finding) []Finding {
	if g := dotFirstPart21(f); g != nil { // leaks21.go: 买买提书记 after X·Y
		return g
	}
	if f.Type != PERSON || f.generic || f.Score < 2 || !allHan(f.Text) {
		return nil
	}
	rs := []rune(f.Text)
	l := getLexicon()
	if len(rs) == 4 && minorityNameParts[string(rs[:2])] && minorityNameParts[string(rs[2:])] {
		second := string(rs[2:])
		if l.common[second] || getPersonLexicon().ordinary[second] || l.places[second] > 0 || l.short[second] != "" || isRoleWord(second) {
			return nil
		}
		return []Finding{{Type: PERSON, Text: second, Evidence: "element-of-named-person", Score: f.Score}}
	}
	if s := surnameOf(f.Text); s != "" {
		if g := strings.TrimPrefix(f.Text, s); runeLen(g) == 2 && (l.common[g] || getPersonLexicon().ordinary[g]) {
			return []Finding{{Type: PERSON, Text: g + "同志", Evidence: "given-name-of-named-person,comrade", Score: f.Score}}
		}
	}
	return nil
}
