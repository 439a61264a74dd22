package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round leaks23: classes behind the misses of the tenth
// session's unseen sets, each recognised by the words around the name
// rather than by the name:
//   - a natural area or protected area named before its kind (X沙地,
//     X戈壁, X石林, X国家级自然保护区, X国家森林公园, X旅游度假区,
//     X灌区) when the stem is no ordinary word or kind;
//   - the two ends of a road or the items of a list that end with the
//     same kind of hamlet or village (X屯至Y屯, X寨、Y寨), whatever
//     gojieba glued to the kind (屯至/x);
//   - a quoted name of a lodging, eatery or camp before its kind with a
//     word of style between (“…”精品民宿), or after its kind (民宿“…”),
//     and a quoted trademark before its product (“…”大米商标);
//   - a firm's brand before a trade word gojieba glued to the next word
//     (…|五金制品|有限公司): the brand alone names the firm (org.go);
//   - the name after a signature label and its colon (述职人：…, 执笔：…)
//     at the end of a line, whatever its characters, and a name between a
//     word for a kind of person and a verb of saying gojieba glued to the
//     name's end (村民…|腊说/x);
//   - the last item of a list of persons, after a person found and
//     before the predicate (…、X被评为), whatever gojieba makes of it;
//   - a township or town of the gazetteer whose name is an ordinary word
//     between a preposition of place and a verb (在X镇创办);
//   - a city's or county's short form before a person of that origin
//     (X客商, X籍);
//   - an estate a developer built (…置业有限公司开发的X项目), whatever
//     words its name is made of;
//   - the other end of a tourist route whose one end is a place found
//     (X—Y旅游线路);
//   - a person right after a calling in 员 (普查员, 调查员) or a chief of
//     a responsibility system (林长, 河长, 路长), however gojieba cuts the
//     name.
// A name found so is masked wherever it stands in the text.

// leaks23 adds the findings of this round to the findings fs of one text.
func leaks23(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if areaKindSig23.any(tt) {
		areas := areasBeforeKind23(tt, fs)
		fs = dropPersonsAcross23(fs, areas)
		out = append(out, areas...)
	}
	if (tt.mayHold('至') || tt.mayHold('到') || tt.mayHold('、')) && hamletKindSig23.any(tt) {
		pairs := hamletPairs23(tt, fs)
		fs = dropKindHeaded23(fs, pairs)
		out = append(out, pairs...)
	}
	if tt.mayHold('“') && tt.mayHold('”') {
		out = append(out, quotedVenues23(tt, fs)...)
	}
	if tt.mayHold('：') || strings.IndexByte(tt.text, ':') >= 0 {
		out = append(out, labelNames23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if tt.mayHold('说') {
		out = append(out, gluedSpeakers23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if tt.mayHold('、') {
		out = append(out, listedAfterPerson23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if tt.mayHold('镇') || tt.mayHold('乡') {
		out = append(out, townsAtVerb23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if originNounSig23.any(tt) {
		out = append(out, citiesOfOrigin23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if tt.mayHold2('开', '发') || tt.mayHold3('建', '设', '的') {
		out = append(out, developerEstates23(tt, fs)...)
	}
	if (tt.mayHold('—') || tt.mayHold('-')) && tt.mayHold('线') {
		out = append(out, routeEnds23(tt, fs)...)
	}
	if tt.mayHold('员') || tt.mayHold('长') {
		out = append(out, callingPersons23(tt, append(fs[:len(fs):len(fs)], out...))...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// areaKind23 is a kind of natural or protected area; proper says whether
// the stem before it must show a name's word (a place, a name or an
// unknown word of gojieba's): the weaker kinds (灌区, 峡谷) also follow
// ordinary words (智慧灌区, 高山峡谷).
type areaKind23 struct {
	kind   string
	proper bool
}

// areaKinds23 are the kinds, longest first, so that a level or 国家 before
// a park is part of the kind, not of the stem.
var areaKinds23 = []areaKind23{
	{"国家级自然保护区", false}, {"省级自然保护区", false}, {"自然保护区", false},
	{"国家森林公园", false}, {"国家湿地公园", true}, {"国家地质公园", true}, {"国家沙漠公园", false}, {"国家公园", true},
	{"旅游度假区", false}, {"森林公园", true}, {"地质公园", true},
	{"沙地", false}, {"戈壁", false}, {"石林", false}, {"沙漠", true}, {"冰川", true}, {"大峡谷", true}, {"峡谷", true},
	{"灌区", true},
}

// areaKindList23 holds the kinds' texts for mayContainAny21.
var areaKindList23 = func() []string {
	var ks []string
	for _, k := range areaKinds23 {
		ks = append(ks, k.kind)
	}
	return ks
}()

// areaStemWords23 are no stem of a named area: kinds, levels and words
// of size, use or state before an area's kind (智慧灌区, 全国沙漠).
var areaStemWords23 = wordSet(`国家 国家级 省级 市级 县级 州级 自治区级 世界 全国 全省 全市 全县 全州 全域 智慧 现代 现代化 生态 高效 节水 数字 万亩 千亩 大中型 中型 大型 小型 重点 新建 老 新 原 该 本 各 其 这 那 此 沿 周边 流动 半流动 固定 半固定 荒漠 沙化 退化 高山 深山 热带 亚热带 温带 寒带 城市 郊野 湿地 森林 地质 自然 天然 人工 国有 集体 大 小 著名 知名 风景 旅游 高原 平原 山地 沿海`)

// areaStemStop are the parts of speech that end a stem going back from its
// kind: verbs of two characters or more, prepositions, conjunctions,
// particles, adverbs, pronouns, numerals, measures and localities.
func areaStemStop23(t *tok) bool {
	switch {
	case t.pos == "v" || t.pos == "vn" || t.pos == "vd":
		return t.n() > 1 || levelStop12.has(firstRuneOf(t.word))
	case t.pos == "p" || t.pos == "c" || t.pos == "d" || t.pos == "r" || t.pos == "m" || t.pos == "q" || t.pos == "f" || t.pos == "t":
		return true
	case strings.HasPrefix(t.pos, "u") || t.pos == "a" || t.pos == "ad":
		return true
	}
	return false
}

// dropPersonsAcross23 drops the persons of fs that run from inside an
// area's stem into the kind after it (X吉|戈壁 read as a name): the kind
// is no given name.
func dropPersonsAcross23(fs, areas []Finding) []Finding {
	return dropCrossing23(fs, areas, func(f, a Finding) bool {
		return f.Type == PERSON && f.Start >= a.Start && f.Start < a.End && f.End > a.End
	})
}

// dropCrossing23 returns, in a new slice (fs itself is left as it was),
// the findings of fs for which cross holds with none of by.
func dropCrossing23(fs, by []Finding, cross func(f, b Finding) bool) []Finding {
	if len(by) == 0 {
		return fs
	}
	kept := fs[:0:0]
outer:
	for _, f := range fs {
		for _, b := range by {
			if cross(f, b) {
				continue outer
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// overlapsOutside23 reports whether a sure finding of fs (sure21) covers
// a character of bytes [s, e) and reaches outside them: one wholly inside
// gives way to the longer name (add19).
func overlapsOutside23(fs []Finding, s, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.Start < e && s < f.End && !(f.Start >= s && f.End <= e) && sure21(f) && !(f.Type == PERSON && f.Start >= s) {
			return true
		}
	}
	return false
}

// nameTok23 reports whether a token reads as part of a name: a place, a
// person, a name of another kind, an abbreviation, a word gojieba does not
// know, or one character standing alone.
func nameTok23(t *tok) bool {
	switch t.pos {
	case "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x", "eng":
		return true
	}
	return t.n() == 1
}

// areasBeforeKind23 finds the stem of a natural or protected area named
// before its kind (X沙地, X戈壁越野赛, X国家级自然保护区, X国家公园,
// X旅游度假区, X灌区): the one to four tokens, two to six characters,
// right before the kind, back to a verb, a function word, a level or a
// place found (the stem then starts after it). The stem is masked, the
// kind stays readable. A stem that is an ordinary word (大熊猫国家公园)
// or a kind, size or level word (智慧灌区, 省级湿地公园) is none; before a
// weaker kind one of the stem's tokens must read as a name.
func areasBeforeKind23(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, ak := range areaKinds23 {
		if !tt.mayContain(ak.kind) {
			continue
		}
		for _, k := range occurrences19(tt, ak.kind) {
			if k < 2 || overlapsAny(out, tt.off[k], tt.off[min(n, k+1)]) {
				continue
			}
			if (tt.sub(k-2, k) == "国家" || k >= 3 && strings.HasSuffix(tt.sub(k-3, k), "级")) || ak.kind == "峡谷" && tt.runes[k-1] == '大' {
				continue // the longer kind (…国家公园 of …国家森林公园 is not here; 省级 before 森林公园)
			}
			s, proper := k, false
			if !tt.tokStart(k) {
				// the kind glued to the stem's end (X沙地/ns): the token must
				// end with the kind or run on past it
				t := tt.tokenAt(k)
				if t == nil || t.end-t.start > 8 {
					continue
				}
				s = t.start
				proper = nameTok23(t) // (x among them)
			}
			for s > 0 && k-s < 6 {
				t := tt.tokenBefore(s)
				if t == nil || t.end != s || !allHan(t.word) {
					break
				}
				if areaStemStop23(t) || areaStemWords23[t.word] || toponymLocatives[t.word] || overlapsOutside23(fs, tt.off[t.start], tt.off[k]) {
					// one character of a function word right after a verb or
					// preposition opens the name (推进|则|岔石林)
					if k-s == 1 && t.n() == 1 && t.start > 0 {
						if p := tt.tokenBefore(t.start); p != nil && p.end == t.start && (p.pos == "v" || p.pos == "p") && p.n() > 1 {
							s = t.start
						}
					}
					break
				}
				if k-t.start > 6 {
					break
				}
				if t.pos == "x" && t.n() == 2 && toponymHeadStop.has(tt.runes[t.start]) && s < k {
					// a preposition glued to the name's head (对茅|荆坝…)
					s = t.start + 1
					proper = true
					break
				}
				proper = proper || nameTok23(t)
				s = t.start
			}
			if k-s < 2 || k-s > 6 {
				continue
			}
			stem := tt.sub(s, k)
			if l.common[stem] || areaStemWords23[stem] || classStems[stem] || nationalTerms[stem] || toponymStemStop.has(tt.runes[s]) {
				continue
			}
			if ak.proper && !proper {
				continue
			}
			if overlapsOutside23(fs, tt.off[s], tt.off[k]) {
				continue
			}
			e := k
			if last := tt.tokenBefore(k); last != nil && last.end == k && last.start >= s && last.n() >= 2 && last.pos == "n" && last.dictWord() {
				// a stem ending in a thing's name (…金丝猴|国家公园) names
				// the area only with its kind: the thing stays readable
				// elsewhere
				e = k + runeLen(ak.kind)
			}
			if ak.kind == "大峡谷" {
				e = k + runeLen(ak.kind) // (X大峡谷 is the canyon's whole name; 大 is no stem's end)
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "area-before-kind23:" + ak.kind, Score: 3})
		}
	}
	return out
}

// chiefs23 are the chiefs of a responsibility system (林长制, 河长制): a
// post held by a named person, whose name follows the title (林长甲乙).
var chiefs23 = wordSet(`林长 河长 湖长 路长 田长 山长 街长 巷长 楼长 栋长 网格长 链长 片长 库长 塘长 渠长 警长 岸长 滩长 组长 屯长 寨长`)

// callingStop23 are words in 员 that are no calling a person is named by:
// verbs, collective words and members of a body (动员, 全员, 人员, 党员).
var callingStop23 = wordSet(`动员 全员 满员 减员 裁员 超员 扩员 增员 定员 缺员 冗员 成员 会员 党员 团员 学员 社员 队员 职员 官员 雇员 演员 议员 要员 大员 海员 兵员 病员 伤员 生员 复员 人员 委员 专员 随员 组员 教职员 工作人员`)

// callingPersons23 finds a person right after a calling in 员 (普查员,
// 调查员, 防疫员) or a chief of a responsibility system (林长, 河长): a
// surname and one or two given characters, however gojieba cut them
// (罗/j 春生/n, 郑/ns 建华/nz), ending the text, a clause or a word
// before the predicate — the same form as after a role noun in 人/者/员
// (rolePersons15b), for any calling of the kind rather than a list. The
// calling is one word of gojieba's ending in 员 (no verb, no member of a
// body) or a chief's title, with or without a level before it.
func callingPersons23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	roleEnd := tt.roleEnd15b
	var out []Finding
	try := func(i int) {
		// i is the calling's last character
		if i+2 >= n || !tt.tokEnd(i+1) {
			return
		}
		t := tt.tokenAt(i)
		if t == nil || t.n() < 2 || t.pos == "v" || t.pos == "vn" {
			return
		}
		w := t.word
		if tt.runes[i] == '长' {
			if !chiefs23[w] && !(t.n() > 2 && chiefs23[tt.sub(i-1, i+1)]) {
				return
			}
		} else if callingStop23[w] || roleNouns15b[w] {
			return // (after-role: rolePersons15b)
		}
		if roleStops15b.has(tt.runes[i+1]) {
			return // (the predicate's adverb: 乘务员|都要)
		}
		if f, ok := nameFinding15b(tt, fs, i+1, roleEnd, "after-calling23:"+tt.sub(i-1, i+1)); ok && !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	for _, r := range []string{"员", "长"} {
		if !tt.mayContain(r) {
			continue
		}
		for _, i := range occurrences19(tt, r) {
			try(i)
		}
	}
	return out
}

// hamletKindList23 end the names of hamlets and villages joined in pairs.
var hamletKindList23 = []string{"屯", "村", "寨", "组", "庄"}

// hamletKinds23 holds hamletKindList23 as a set of characters.
var hamletKinds23 = runeBitsOf(strings.Join(hamletKindList23, ""))

// hamletJoiners23 join the two ends of a road or two list items.
var hamletJoiners23 = runeBitsOf("至到、")

// hamletStemOK23 reports whether runes [s, e) may be a hamlet's stem: two
// or three Han characters, no function character after the first, no
// ordinary word, word of scope, class or kind of village.
func hamletStemOK23(tt *tokText, s, e int, kind rune) bool {
	if s < 0 || e-s < 2 || e-s > 3 {
		return false
	}
	if tt.runes[s] == '那' { // (a function character gojieba reads alone: 那|吉)
		if !plainStem19(tt, s+1, e) {
			return false
		}
	} else if !plainStem19(tt, s, e) {
		return false
	}
	stem := tt.sub(s, e)
	if getLexicon().common[stem] || stemNot20[stem] || classStems[stem] || siblingGeneric11[stem] || areaStemWords23[stem] || villageKindWords[stem+string(kind)] ||
		(toponymStemStop.has(tt.runes[s]) || villageDeterminers[tt.runes[s]]) && tt.runes[s] != '那' || adminLevelRunes13.has(tt.runes[e-1]) {
		// (那 opens many hamlets' names in the south-west, 那坡屯; 那个,
		// 那些 are ordinary words)
		return false
	}
	// the stem starts a word: the text's start, punctuation, or a token
	// boundary after a verb or preposition
	if s == 0 || !isHan(tt.runes[s-1]) {
		return true
	}
	if !tt.tokStart(s) {
		return false
	}
	if t := tt.tokenAt(s); t.pos == "x" && t.end-s <= e-s+1 {
		return true // a word gojieba does not know opens it (板烂|屯至)
	}
	p := tt.tokenBefore(s)
	return p != nil && (p.pos == "v" || p.pos == "p" || p.pos == "c" || hamletJoiners23.has(tt.runes[s-1]))
}

// hamletPairs23 finds two hamlets or villages joined as a road's ends or
// as list items (X屯至Y屯, X寨、Y寨, X庄到Y庄): the same kind character
// ends both, each after a stem of two or three characters that is no
// ordinary word (hamletStemOK23). The pair names two particular places:
// a kind shared across a joiner is no kind of village (文明村至…).
func hamletPairs23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	// keep adds an end that no sure reading crosses, or that only readings
	// cut across its kind cross (kindHeadedAt23)
	keep := func(f Finding) {
		if !overlapsOutside23(fs, f.Start, f.End) || kindHeadedAt23(fs, f) {
			out = append(out, f)
		}
	}
	for _, j := range []string{"至", "到", "、"} {
		if !tt.mayContain(j) {
			continue
		}
		for _, i := range occurrences19(tt, j) {
			if i < 3 || i+3 >= n {
				continue
			}
			kind := tt.runes[i-1]
			if !hamletKinds23.has(kind) {
				continue
			}
		lengths:
			for ln := 2; ln <= 3; ln++ {
				ke := i + 1 + ln
				if ke >= n || tt.runes[ke] != kind {
					continue
				}
				if !hamletStemOK23(tt, i+1, ke, kind) {
					continue
				}
				second := found19(tt, LOCATION, i+1, ke+1, "hamlet-pair23")
				if placeEndsAt(fs, tt.off[i], tt.off[i-1]) {
					// the first item is a place found already (…屯、X屯);
					// one that starts inside a word gojieba does not know
					// takes the word's head (弄|烂屯 of 弄烂/x 屯至/x)
					for lb := 3; lb >= 2; lb-- {
						if t := tt.tokenAt(i - 1 - lb); t != nil && t.start == i-1-lb && t.pos == "x" && !placeEndsAt(fs, tt.off[i], tt.off[t.start]) && hamletStemOK23(tt, i-1-lb, i-1, kind) {
							out = append(out, found19(tt, LOCATION, i-1-lb, i, "hamlet-pair23"))
							break
						}
					}
					keep(second)
					break
				}
				for lb := 3; lb >= 2; lb-- {
					if hamletStemOK23(tt, i-1-lb, i-1, kind) {
						keep(found19(tt, LOCATION, i-1-lb, i, "hamlet-pair23"))
						keep(second)
						break lengths
					}
				}
			}
		}
	}
	return out
}

// kindHeadedAt23 reports whether every sure finding of fs that overlaps
// f and reaches outside it starts inside f, after its first character,
// and runs on past its end (屯|通屯 of …屯通屯道路, 吉屯通屯 of 那吉屯通屯路):
// a reading that the pair shows cut across the hamlet's kind.
func kindHeadedAt23(fs []Finding, f Finding) bool {
	any := false
	for i := range fs {
		g := &fs[i]
		if g.Start < f.End && f.Start < g.End && !(g.Start >= f.Start && g.End <= f.End) && sure21(g) {
			if !acrossEnd23(*g, f) {
				return false
			}
			any = true
		}
	}
	return any
}

// acrossEnd23 reports whether g starts inside f after its first
// character and ends past f's end.
func acrossEnd23(g, f Finding) bool {
	return g.Start > f.Start && g.Start < f.End && g.End > f.End
}

// dropKindHeaded23 drops the findings that cut across the kind ending a
// hamlet of pairs (屯通屯 after X屯): acrossEnd23.
func dropKindHeaded23(fs, pairs []Finding) []Finding {
	return dropCrossing23(fs, pairs, acrossEnd23)
}

// venueKinds23 are the kinds of a lodging, eatery, farm stay or camp that
// one owner runs under a name of its own.
var venueKinds23 = []string{"民宿集群", "民宿", "客栈", "酒店", "宾馆", "农家乐", "农家小院", "山庄", "度假村", "露营地", "营地", "餐厅", "饭店", "酒楼", "茶馆", "茶楼", "咖啡馆", "书屋", "驿站"}

// venueStyles23 may stand between a venue's quoted name and its kind
// (“…”精品民宿).
var venueStyles23 = []string{"精品", "特色", "主题", "高端", "乡村", "生态", "网红", "星级", "品牌"}

// programmeAfter23 make a quoted phrase a programme or slogan, not a
// venue's name (民宿“…”工程).
var programmeAfter23 = []string{"工程", "行动", "计划", "模式", "项目", "活动", "服务", "品牌", "理念", "战略", "机制", "标准"}

// quotedVenues23 finds a lodging, eatery or camp named in quotes of two to
// six characters (plainQuote21) before its kind with a word of style
// between (“…”精品民宿, “…”主题民宿集群), or right after its kind (民宿
// “…”主人), and a trademark quoted before its product and 商标 (“…”大米
// 商标): such names point to one owner. A quoted phrase before a
// programme word (民宿“…”工程) is none.
func quotedVenues23(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, q := range quotes21(tt) {
		if !plainQuote21(tt, q) {
			continue
		}
		s, e := tt.off[q.s], tt.off[q.e]
		before := tt.text[:s-len("“")]
		after := tt.text[e+len("”"):]
		if hasAnyPrefix13(after, programmeAfter23) {
			continue
		}
		venue := hasAnySuffix14(before, venueKinds23)
		if st := firstPrefix(after, venueStyles23); st != "" && hasAnyPrefix13(after[len(st):], venueKinds23) {
			venue = true
		}
		if !venue {
			// a trademark: “…”, a product of one to three characters, 商标
			p := after
			for k := 0; k < 3 && !venue; k++ {
				r, w := utf8.DecodeRuneInString(p)
				if !isHan(r) {
					break
				}
				p = p[w:]
				venue = strings.HasPrefix(p, "商标")
			}
		}
		if !venue || overlapsEdge18(fs, s, e) || adjectiveIn21(tt, q.s, q.e) || !quotedName24(getLexicon(), tt.text[s:e]) {
			continue // (an adjective makes a quoted judgement: 民宿农家乐“小散弱”; a campaign word a programme: 农家乐“提质升级”, leaks24.go)
		}
		out = append(out, Finding{Type: ORG, Text: tt.text[s:e], Start: s, End: e, Evidence: "quoted-venue23", Score: contextScore, label: "企业"})
	}
	return out
}

// gluedTrade23 reports whether w is a trade word glued to an ordinary word
// by gojieba (五金|制品, 塑料|包装): an industry word then an industry or
// frequent word. After a made-up brand it is the firm's trade, so the
// brand alone is the firm's short form (orgShortForms).
func gluedTrade23(w string) bool {
	l := getLexicon()
	for i := range w {
		if i == 0 {
			continue
		}
		if industryWords[w[:i]] && (industryWords[w[i:]] || l.common[w[i:]]) {
			return true
		}
	}
	return false
}

// signLabels23 head a line that signs a report or names who answers for it
// (述职人：…, 执笔：…): the name after the colon is a person's.
var signLabels23 = wordSet(`述职人 汇报人 报告人 发言人 填报人 联系人 审核人 审批人 签发人 执笔人 撰稿人 记录人 主持人 承办人 经办人 负责人 制表人 统计人 讲述人 申报人 述责人 述廉人 执笔 撰稿 供稿 审核 签发 审稿 记录 整理 校对 摄影 主讲 讲解 作者`)

// nameTailStop23 end an organisation or place, never a person's name.
var nameTailStop23 = runeBitsOf("局委办院校司社村镇乡县市区州省会部厅站所中队组处科室团")

// labelNameEnds23 may end a name after a signature label, besides a space
// and the text's end.
var labelNameEnds23 = runeBitsOf("、，。；\n（(")

// labelNames23 finds the name after a signature label and its colon (述职人：
// …) that runs to the end of the text, a space, a list comma or an end of
// clause: two to four Han characters, no function character, no ordinary
// word, no body's or place's ending. Items of a list after the label
// (执笔：甲、乙) are names too.
func labelNames23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for _, c := range []string{"：", ":"} {
		if !strings.Contains(tt.text, c) {
			continue
		}
		for _, i := range occurrences19(tt, c) {
			label := ""
			for b := max(0, i-3); b <= i-2; b++ {
				if signLabels23[tt.sub(b, i)] && (b == 0 || !isHan(tt.runes[b-1]) || tt.tokStart(b)) {
					label = tt.sub(b, i)
					break
				}
			}
			if label == "" {
				continue
			}
			s := i + 1
			for s < n && spaceRune(tt.runes[s]) {
				s++
			}
			for s < n {
				e := s
				for e < n && e-s < 5 && isHan(tt.runes[e]) && !functionRuneBits.has(tt.runes[e]) {
					e++
				}
				if e-s < 2 || e-s > 4 || e < n && !(spaceRune(tt.runes[e]) || labelNameEnds23.has(tt.runes[e])) {
					break
				}
				w := tt.sub(s, e)
				if l.common[w] || nameTailStop23.has(tt.runes[e-1]) || ordinaryWordsOnly23(tt, s, e) || overlapsOutside23(fs, tt.off[s], tt.off[e]) {
					break
				}
				out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "after-label23:" + label, Score: contextScore})
				if e >= n || tt.runes[e] != '、' {
					break
				}
				s = e + 1
			}
		}
	}
	return out
}

// speakerTailStop23 end a manner or an adverb before 说 (高兴地说, 笑着说,
// 也说), never a name.
var speakerTailStop23 = runeBitsOf("地得着也又都还就才再便却只正常笑")

// gluedSpeakers23 finds a name between a word for a kind of person
// (personNouns17p) and 说, when gojieba glued the name's last character to
// 说 (村民|木然|腊说): two or three Han characters, no function character,
// no ordinary word whole, before 说 and a colon, comma or quotation mark.
func gluedSpeakers23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, i := range occurrences19(tt, "说") {
		if i+1 >= n || !(tt.runes[i+1] == '：' || tt.runes[i+1] == '，' || tt.runes[i+1] == '“' || tt.runes[i+1] == ':') {
			continue
		}
		if t := tt.tokenAt(i); t == nil || t.start == i || t.pos != "x" {
			continue // 说 stands alone (the rules for names before a verb of saying read it) or ends a word (评说, 据说)
		}
		for ln := 2; ln <= 3; ln++ {
			s := i - ln
			if s < 2 || !tt.tokStart(s) {
				continue
			}
			p := tt.tokenBefore(s)
			if p == nil || p.end != s || !personNouns17p[p.word] {
				continue
			}
			if !plainHan23(tt.runes[s:i]) || speakerTailStop23.has(tt.runes[i-1]) || adjectiveIn21(tt, s, i) || getLexicon().common[tt.sub(s, i)] || ordinaryWordsOnly23(tt, s, i) || overlapsOutside23(fs, tt.off[s], tt.off[i]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, i), Start: tt.off[s], End: tt.off[i], Evidence: "glued-speaker23:" + p.word, Score: contextScore})
			break
		}
	}
	return out
}

// plainHan23 reports whether rs are all Han characters, none a function
// character.
func plainHan23(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) || functionRuneBits.has(r) {
			return false
		}
	}
	return true
}

// ordinaryWordsOnly23 reports whether runes [s, e) are wholly made of
// ordinary words of two characters or more that gojieba knows and does
// not tag as a name (会议|纪要): a phrase, no name.
func ordinaryWordsOnly23(tt *tokText, s, e int) bool {
	for k := s; k < e; {
		t := tt.tokenAt(k)
		if t == nil || t.start != k || t.end > e || t.n() < 2 || !t.dictWord() || nameTagged15b(t.pos) || t.pos == "j" || t.pos == "ns" {
			return false
		}
		k = t.end
	}
	return true
}

// listEndStops23 may follow the last name of a list of persons: the
// predicate's opening (被评为, 等3人, 分别, 均, 同志).
var listEndStops23 = []string{"被", "等", "同志", "分别", "均", "都", "荣获", "获得", "获评", "入选", "当选", "两位", "两名", "二人", "三人", "，", "。", "；"}

// listedAfterPerson23 finds the item after a list comma that follows a
// person found (甲、X被评为…): two to four Han characters up to a word of
// listEndStops23, no function character, no ordinary words only, no
// body's or place's ending. Names of minorities that gojieba reads as
// characters (旦|正|加) are found so.
func listedAfterPerson23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, i := range occurrences19(tt, "、") {
		if i+3 >= n || !personEnds23(fs, tt.off[i]) {
			continue
		}
		s := i + 1
		for ln := 2; ln <= 4 && s+ln < n; ln++ {
			e := s + ln
			if !hasAnyPrefix13(tt.text[tt.off[e]:], listEndStops23) {
				continue
			}
			w := tt.sub(s, e)
			if !plainHan23(tt.runes[s:e]) || getLexicon().common[w] || nameTailStop23.has(tt.runes[e-1]) || ordinaryWordsOnly23(tt, s, e) || adjectiveIn21(tt, s, e) || overlapsAny(fs, tt.off[s], tt.off[e]) || !tt.tokStart(s) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "listed-after-person23", Score: contextScore})
			break
		}
	}
	return out
}

// personEnds23 reports whether a person finding of fs, no weak guess,
// ends at byte b.
func personEnds23(fs []Finding, b int) bool {
	for i := range fs {
		if f := &fs[i]; f.Type == PERSON && f.End == b && !weak19(f) && !f.generic {
			return true
		}
	}
	return false
}

// townsAtVerb23 finds a township or town of the gazetteer whose stem is an
// ordinary word (启蒙|镇, 公平|镇) between a preposition or verb of place
// (在, 到, 赴, 位于) and a verb or 的: the sentence puts something in that
// place. The stem is no kind, scope or level word (在中心镇建设…).
func townsAtVerb23(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, k := range []string{"镇", "乡"} {
		if !tt.mayContain(k) {
			continue
		}
		for _, i := range occurrences19(tt, k) {
			if i+1 >= n {
				continue
			}
			for ln := 2; ln <= 3; ln++ {
				s := i - ln
				if s < 1 || !tt.tokStart(s) || !tt.tokStart(i) && !tt.tokStart(i+1) {
					continue
				}
				stem := tt.sub(s, i)
				if t := tt.tokenAt(s); t.end == i+1 && t.dictWord() && (classStems[tt.sub(i-1, i+1)] || l.common[tt.sub(i-1, i+1)]) {
					continue // one word of gojieba's ending in a kind word (小|城镇): a kind, no name
				}
				if l.places[stem+k] != 4 || l.common[stem+k] || classStems[stem] || stemNot20[stem] || areaStemWords23[stem] || siblingGeneric11[stem] {
					continue
				}
				p := tt.tokenBefore(s)
				if p == nil || p.end != s || !toponymLocatives[p.word] {
					continue
				}
				a := tt.tokenAt(i + 1)
				if a == nil || a.start != i+1 || !(a.pos == "v" || a.word == "的") {
					continue
				}
				if overlapsAny(fs, tt.off[s], tt.off[i+1]) {
					continue
				}
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, i+1), Start: tt.off[s], End: tt.off[i+1], Evidence: "gazetteer,town-at-verb23", Score: 3})
				break
			}
		}
	}
	return out
}

// originNouns23 are persons named by where they come from or trade
// (X客商, X籍): the word before them is a place.
var originNouns23 = []string{"客商", "籍", "商会", "老乡", "游客", "投资商", "企业家"}

// citiesOfOrigin23 finds the short form of a city or county of the
// gazetteer (大连 of 大连市) right before a person of that origin (X客商,
// X籍): gojieba may read the short form as another word (大连/d). The
// short form must begin a word after a preposition, a conjunction, a verb,
// a comma or the text's start.
func citiesOfOrigin23(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, w := range originNouns23 {
		if !tt.mayContain(w) {
			continue
		}
		for _, c := range occurrences19(tt, w) {
			if !tt.tokStart(c) {
				continue
			}
			for ln := 3; ln >= 2; ln-- {
				s := c - ln
				if s < 0 || !tt.tokStart(s) {
					continue
				}
				stem := tt.sub(s, c)
				full := l.short[stem]
				if full == "" || l.places[full] > 3 || l.places[full] < 2 || stemNot20[stem] {
					continue
				}
				if s > 0 && isHan(tt.runes[s-1]) {
					p := tt.tokenBefore(s)
					if p == nil || !(p.pos == "p" || p.pos == "c" || p.pos == "v") {
						continue
					}
				}
				if overlapsAny(fs, tt.off[s], tt.off[c]) {
					continue
				}
				out = append(out, Finding{Type: LOCATION, Text: stem, Start: tt.off[s], End: tt.off[c], Evidence: "gazetteer-short:" + full + ",origin23", Score: 3})
				break
			}
		}
	}
	return out
}

// developerEnds23 end the name of a property developer.
var developerEnds23 = []string{"置业有限公司", "房地产开发有限公司", "房地产有限公司", "地产有限公司", "置业公司", "房地产公司", "地产公司", "置业集团", "地产集团", "房地产集团", "置业", "地产"}

// developedBy23 join a developer to what it built.
var developedBy23 = []string{"开发建设的", "开发的", "建设的", "承建的", "打造的"}

// estateKinds23 end an estate's or its project's name.
var estateKinds23 = []string{"项目", "小区", "楼盘", "花园", "家园", "公馆"}

// estateGeneric23 are no estate's name: kinds of housing and programmes.
var estateGeneric23 = wordSet(`安置 安置房 棚改 保障房 保障性住房 公租房 廉租房 商品房 住宅 房地产 地产 商住 商业 综合体 一期 二期 三期 改造 旧改 城中村改造 人才公寓 回迁 回迁房 拆迁安置 保交楼 烂尾楼`)

// developerEstates23 finds the estate that a developer found as an
// organisation built (…置业有限公司开发的X项目, X小区): two to six Han
// characters between the verb and the estate's kind, which is no kind of
// housing or programme. An estate's name is often made of ordinary
// auspicious words; the developer before it shows it is a name.
func developerEstates23(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || f.generic || !hasAnySuffix14(f.Text, developerEnds23) {
			continue
		}
		rest := tt.text[f.End:]
		v := firstPrefix(rest, developedBy23)
		if v == "" {
			continue
		}
		s := tt.runeAt(f.End + len(v))
		if s < 0 {
			continue
		}
		for e := s + 2; e <= s+6 && e < len(tt.runes); e++ {
			if !isHan(tt.runes[e-1]) {
				break
			}
			if !hasAnyPrefix13(tt.text[tt.off[e]:], estateKinds23) {
				continue
			}
			w := tt.sub(s, e)
			if estateGeneric23[w] || !plainStem19(tt, s, e) || overlapsOutside23(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "estate-of-developer23", Score: 3})
			break
		}
	}
	return out
}

// routeKinds23 follow the two ends of a tourist route (X—Y旅游线路).
var routeKinds23 = []string{"旅游线路", "精品线路", "旅游环线", "旅游线", "精品线", "线路", "游线", "环线"}

// routeEnds23 finds the end of a tourist route written X—Y and a kind of
// route, when the other end is a place found (九X—…溪旅游线路): the two to
// four Han characters on the other side of the dash, back to a verb, a
// preposition or punctuation, or on to the kind. A stem of ordinary words
// only is none.
func routeEnds23(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, d := range []string{"—", "-"} {
		if !tt.mayContain(d) {
			continue
		}
		for _, i := range occurrences19(tt, d) {
			j := i + 1
			for j < n && (tt.runes[j] == '—' || tt.runes[j] == '-') {
				j++
			}
			// the place after the dash, found, then the route's kind
			var right *Finding
			for k := range fs {
				if g := &fs[k]; g.Type == LOCATION && sure21(g) && g.Start == tt.off[min(j, n)] {
					right = g
				}
			}
			rightEnd := -1
			if right != nil {
				rightEnd = right.End
			} else {
				// a landmark of two to four characters before the kind
				// (…溪|旅游线路), which the span tagger may find later
				for e := j + 2; e <= j+4 && e < n; e++ {
					if landmarkEnds[tt.runes[e-1]] && hasAnyPrefix13(tt.text[tt.off[e]:], routeKinds23) && plainStem19(tt, j, e) {
						rightEnd = tt.off[e]
						break
					}
				}
			}
			if rightEnd >= 0 && hasAnyPrefix13(tt.text[rightEnd:], routeKinds23) {
				e := i
				s := e
				for s > 0 && e-s < 4 {
					t := tt.tokenBefore(s)
					if t == nil || t.end != s || !allHan(t.word) || t.pos == "v" || t.pos == "p" || t.pos == "c" || strings.HasPrefix(t.pos, "u") || e-t.start > 4 {
						break
					}
					s = t.start
				}
				if e-s >= 2 && plainStem19(tt, s, e) && !ordinaryWordsOnly23(tt, s, e) && !getLexicon().common[tt.sub(s, e)] && !overlapsOutside23(fs, tt.off[s], tt.off[e]) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "route-end23", Score: 3})
				}
			}
		}
	}
	return out
}
