package anonymize

import (
	"strings"
	"unicode/utf8"

	"huibao/segment"
)

// Word-shape guards on person names (round nerp), developed on the news
// development file peoples_daily_dev.txt and checked on every report set.
//
// gojieba's dictionary tags many ordinary words nr (玉兰树, 吉普车, 海王星,
// 金水河), its HMM glues a surname-like character to a place suffix
// (崔马镇), and names run into the words around them. nerPersonGuard, run
// at the end of findPersons, reviews each person finding:
//   - bounds: a name spelled with a bracketed character takes its closing
//     bracket (袁（日希）); a transliterated or dotted name sheds a glued
//     verb before it (令|欣妮), a phrase before it (外国专家|马丁·格罗斯),
//     a title (…|先生) or a function character after it (…延科|均); it
//     takes a two-character transliterated neighbour (帕斯|特拉纳) or a
//     dash-joined second part (约翰—格伦);
//   - kinds: a dotted name ending in a place or institution suffix, a
//     transliterated name before a place suffix or a facility word, a
//     three-character span ending in a town or county suffix or in a
//     river or mountain suffix after a dictionary word, a country's side
//     (巴方), a country or foreign place the tagger alone read as a name
//     (阿根廷) become places or organisations, so they stay masked; a team
//     (…队) becomes an organisation;
//   - non-names, when no role, title or list vouches for them: a
//     dictionary word before a kind-of-thing suffix (玉兰|树), a frequent
//     word before a function character (封锁|之), a country and 人, a
//     numeral-led or repeated transliteration (一人, 太多太多), a party's
//     side (男方) are dropped; a name before a thing called after it keeps
//     the name only (尤伯|杯, 伏羲|氏).
// nrWordNames adds words gojieba lists as names after a role (strict
// policy only), and personOverWeakPlaces (called from findAll) lets a
// sure name win over a doubtful place or an army reading around it
// (下岗职工|潘卫军). Everything is rune-set and map lookups; a dictionary
// lookup (one gojieba call on two characters) runs only for the few
// three-character findings that end in a suffix character.

// kindEnd name kinds of things: a dictionary word before one is a
// modifier of the thing (玉兰树, 吉普车, 双刃剑, 白皮书, 籍 as in 江西籍).
var kindEnd = runeBitsOf("树车剑球枝茶书传果鸟鱼酒船舰炮枪刀灯塔桥楼亭台宫殿馆籍曲剧舞歌画")

// placeKindEnd name natural places, buildings and heavenly bodies: a
// dictionary word before one makes a place name (金水河, 玉皇顶, 蓬莱阁,
// 海王星).
var placeKindEnd = runeBitsOf("星河江湖海山岭原顶滩阁府寺庙洞岛湾谷坡泉池塘溪涧岩崖")

// strongPlaceEnd are administrative and settlement suffixes no given name
// ends in: a three-character span ending in one is a place (伍德县).
var strongPlaceEnd = runeBitsOf("县镇乡村堡屯寨")

// namedAfterEnd name things called after a person: a cup or prize, a clan
// or school, a poem, a tomb, a statue (尤伯杯, 伏羲氏, 徐渭诗).
var namedAfterEnd = runeBitsOf("杯奖氏诗词墓祠像碑")

// vouched reports whether a finding's evidence shows context beside the
// name (a role, a title, a list, a conjunction with a name, a speaker
// line, a political formula): the word-shape guards leave such names be.
func vouched(ev string) bool {
	ev = strings.Replace(ev, "title-after:说", "", 1) // a verb of saying, not a title
	for _, k := range [...]string{"role-", "title-after", "speaker", "list", "coordinated", "formula", "person-noun", "saying-after", "verb-after"} {
		if strings.Contains(ev, k) {
			return true
		}
	}
	return false
}

// guardedEvidence reports whether a finding comes from the scorer's
// surname-and-given-name or transliterated-name reading or from the
// learned tagger alone: the findings the word-shape guards review.
func guardedEvidence(ev string) bool {
	return strings.HasPrefix(ev, "surname+given") || ev == "tagger" || strings.HasPrefix(ev, "transliterated")
}

// dictPOS returns gojieba's tag of w when gojieba reads w, standing alone,
// as one word of its dictionary; "" when it cuts w or makes the word up
// (x) or no segmenter is at hand.
func dictPOS(w string) string {
	seg, err := segment.Default()
	if err != nil || seg == nil {
		return ""
	}
	ts := seg.Tag(w)
	if len(ts) != 1 || ts[0].Word != w || ts[0].POS == "x" || ts[0].POS == "eng" || ts[0].POS == "m" {
		return ""
	}
	return ts[0].POS
}

// segmented reports whether gojieba cut tt (an Anonymizer without a
// segmenter gives one x token per character): dictPOS must not load
// gojieba for an Anonymizer that was made without it.
func segmented(tt *tokText) bool {
	for _, t := range tt.toks {
		if t.n() > 1 || t.pos != "x" {
			return true
		}
	}
	return false
}

// nerPersonGuard applies the word-shape guards to the PERSON findings of
// one text: it drops, retypes or trims the findings described above and
// returns the rest unchanged, in order.
func nerPersonGuard(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON {
			out = append(out, f)
			continue
		}
		f = guardBounds(tt, f)
		if strings.HasPrefix(f.Evidence, "dot-name") {
			f = dotNameKind(f)
		} else if runeLen(f.Text) >= 3 && lastRune(f.Text) == '队' && !hasSpace(f.Text) {
			// a team (海狮队): no given name ends in 队
			f.Type, f.label = ORG, "机构"
			f.Evidence += ",team"
		}
		if f.Type != PERSON {
			out = append(out, f)
			continue
		}
		if nationality(tt, f) || notTranslitShape(f) {
			continue // whatever stands beside it
		}
		f = joinTranslitPair(tt, f, fs)
		f = joinDashName(tt, f, fs)
		if g, ok := translitPlace(tt, f); ok {
			out = append(out, g)
			continue
		}
		if f.Evidence == "tagger" && isForeignPlace(f.Text) {
			// the tagger alone read a country or a foreign place as a
			// name (阿根廷将开辟…): the place it is, still masked
			out = append(out, asPlace(f, "foreign-place"))
			continue
		}
		if !guardedEvidence(f.Evidence) || vouched(f.Evidence) {
			out = append(out, f)
			continue
		}
		if runOnWord(tt, f) {
			continue
		}
		if g, ok := kindByNext(tt, f); ok {
			out = append(out, g)
			continue
		}
		if side, country := aSide(f); side {
			if country {
				// a country's side: a country, which only the strict
				// policy masks (the country's one character alone would
				// be masked all through the document)
				f = asPlace(f, "country-side")
				f.generic = true
				out = append(out, f)
			}
			continue
		}
		g, keep := guardSuffix(tt, f)
		if keep {
			out = append(out, g)
		}
	}
	return unknownWordReadings(tt, nrWordNames(tt, out))
}

// landformWords follow a made-up word that names the landform (松岭|平原);
// routeWords follow the far end of a road or route (…至|花溪|旅游环线).
var (
	landformWords = wordSet(`平原 草原 盆地 高原`)
	routeWords    = wordSet(`旅游环线 旅游专线 旅游公路 公路 环线 专线 线路 连接线 高速 铁路`)
)

// unknownWordReadings reads words gojieba made up (x) or lists as other
// proper nouns (nz) by what stands around them, where the learned
// tagger's guess used to be the only evidence: an item of three or four
// characters in a list of names joined by 、, with two or more persons
// found after it, is a person (成员|巴图孟和|、张三、李四); a made-up word
// of two or three characters before a landform is its place (松岭|平原);
// a made-up word after 至 or 到, or glued to it, before a route word is
// the route's far end (灵山|至花溪|旅游环线), a place. No frequent or function word, place or foreign name
// qualifies, and nothing found overlaps.
func unknownWordReadings(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.toks)
	for k := 0; k < n; k++ {
		t := &tt.toks[k] // (a pointer: no copy of each token; speed10)
		if t.pos != "x" && t.pos != "nz" || t.n() < 2 || t.n() > 4 || !allHanRunes(tt.runes[t.start:t.end]) {
			continue
		}
		f0, e0 := tt.off[t.start], tt.off[t.end]
		switch next := tt.tokenAt(t.end); {
		case t.n() >= 3 && next != nil && next.word == "、":
			if functionRunes[tt.runes[t.start]] || functionRunes[tt.runes[t.end-1]] || l.common[t.word] || l.places[t.word] > 0 || notNameWord(t.word) || overlapsAny(fs, f0, e0) {
				continue
			}
			if namesInList(tt, fs, t.end) >= 2 {
				fs = append(fs, Finding{Type: PERSON, Text: t.word, Start: f0, End: e0, Evidence: "unknown-word,list-of-names", Score: contextScore})
			}
		case t.pos == "x" && t.n() <= 3 && next != nil && landformWords[next.word]:
			if l.common[t.word] || functionRunes[tt.runes[t.start]] || overlapsAny(fs, f0, tt.off[next.end]) {
				continue
			}
			fs = append(fs, Finding{Type: LOCATION, Text: tt.sub(t.start, next.end), Start: f0, End: tt.off[next.end], Evidence: "unknown-word,landform-after:" + next.word, Score: 2})
		case t.pos == "x" && next != nil && routeWords[routeAt(tt, t.end)]:
			s := t.start // the far end, after 至 or 到 glued to it or standing before it
			if r := tt.runes[t.start]; r == '至' || r == '到' {
				s++
			} else if b := tt.tokenBefore(t.start); b == nil || b.word != "至" && b.word != "到" {
				continue
			}
			w := tt.sub(s, t.end)
			if t.end-s < 2 || l.common[w] || functionRunes[tt.runes[s]] || overlapsAny(fs, tt.off[s], e0) {
				continue
			}
			fs = append(fs, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: e0, Evidence: "unknown-word,route-end", Score: 2})
		}
	}
	return fs
}

// routeAt returns the route word (routeWords) that begins at rune i, made
// of one token or of two (旅游|环线), or "".
func routeAt(tt *tokText, i int) string {
	a := tt.tokenAt(i)
	if a == nil || a.start != i {
		return ""
	}
	if routeWords[a.word] {
		return a.word
	}
	if b := tt.tokenAt(a.end); b != nil && routeWords[a.word+b.word] {
		return a.word + b.word
	}
	return ""
}

// namesInList counts the person findings of fs in the list that goes on
// at rune i with 、: each item a whole finding between two marks.
func namesInList(tt *tokText, fs []Finding, i int) int {
	c := 0
	for i < len(tt.runes) && tt.runes[i] == '、' {
		next := -1
		for _, f := range fs {
			if f.Type == PERSON && f.Start == tt.off[i+1] {
				next = tt.runeAt(f.End)
				break
			}
		}
		if next < 0 {
			break
		}
		c++
		i = next
	}
	return c
}

// nrWordFloor is the least rule score (scorePerson) of a three-character
// word gojieba's dictionary lists as a name for nrWordNames to add it.
var nrWordFloor = -4.0

// nrWordNames adds, as doubtful names (masked by the strict policy only),
// the three-character words gojieba's dictionary tags as personal names
// (金正日/nz) that begin with a surname, stand after a role or before a
// title, and that the scorer left below its threshold because the word
// is also a frequent one: gojieba's name list and the role together are
// better evidence than that coincidence. Without a role beside them such
// words are mostly ordinary (雷阵雨/nr, 许可证/nr). Kind and place
// suffixes still rule (guardSuffix).
func nrWordNames(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	ps := tt.personPos(posSurname) // (speed9b.go)
	for k := 0; k < len(tt.toks); k++ {
		if ps != nil {
			// to the token of the next surname: no token between begins
			// with one (speed10)
			i := nextPos(ps, tt.toks[k].start)
			if i >= len(tt.runes) {
				break
			}
			k = tt.tokOf[i]
		}
		t := &tt.toks[k]
		if t.n() != 3 || !(t.pos == "nr" || t.pos == "nrfg" || t.pos == "nz") || !l.isSurname(tt.runes[t.start]) {
			continue
		}
		// a role before or a title after, as scorePerson reads them,
		// before the dearer checks
		b, a := tt.tokenBefore(t.start), tt.tokenAt(t.end)
		pt := tt.personToks()                                                                             // (speed7a.go)
		roleBefore := b != nil && pt[tt.tokIndex(b)]&ptRoleMay != 0                                       // mayEnd(&roleEndLast, b.word) && (rolesBefore[b.word] || hasRoleSuffix(b.word))
		titleAfter := a != nil && a.start == t.end && a.word != "说" && pt[tt.tokIndex(a)]&ptTitleMay != 0 // mayStart(&rolesAfterFirst, a.word) && rolesAfter[a.word]
		if !roleBefore && !titleAfter {
			continue
		}
		f0, e0 := tt.off[t.start], tt.off[t.end]
		if overlapsAny(fs, f0, e0) {
			continue
		}
		sc, ev, ok := scorePerson(tt, t.start, 1, t.end)
		if !ok || sc < nrWordFloor || !strings.Contains(ev, "role-before") && !strings.Contains(strings.Replace(ev, "title-after:说", "", 1), "title-after") {
			continue
		}
		f := Finding{Type: PERSON, Text: t.word, Start: f0, End: e0, Evidence: ev + ",nr-word,doubtful", Score: sc, generic: true}
		if g, keep := guardSuffix(tt, f); keep && g.Type == PERSON && g.End == f.End {
			fs = append(fs, g)
		}
	}
	return fs
}

// guardBounds mends the bounds of a person finding: a name written with a
// character spelled out in brackets (袁（日希）) takes its closing bracket;
// a transliterated or dotted name of four characters or more sheds a title
// it swallowed (汉斯·迪尚德|先生) or a last function character never seen
// in transliterated names (…延科|均, 鲁西亚努|小); a dotted name sheds a
// phrase or a word for a person glued before it (外国专家|马丁·格罗斯).
func guardBounds(tt *tokText, f Finding) Finding {
	if i := strings.LastIndex(f.Text, "（"); i >= 0 && !strings.Contains(f.Text[i:], "）") && strings.HasPrefix(tt.text[f.End:], "）") && runeLen(f.Text[i:]) <= 3 {
		f.End += len("）")
		f.Text = tt.text[f.Start:f.End]
		return f
	}
	if !strings.HasPrefix(f.Evidence, "dot-name") && !strings.HasPrefix(f.Evidence, "transliterated") {
		return f
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 3 {
		return f
	}
	if strings.HasPrefix(f.Evidence, "transliterated") && nameHeadStop.has(tt.runes[s]) && getLexicon().translitN[tt.runes[s]] < 3 {
		// a verb or preposition glued before the name (令|欣嘉)
		return trimTo(tt, f, s+1, e, "head-cut")
	}
	if e-s < 4 {
		return f
	}
	if h := tt.tokenAt(s); strings.HasPrefix(f.Evidence, "dot-name") && h.start == s && h.n() >= 2 && h.end+2 <= e && !isNameDot(tt.runes[h.end]) && !isNameDot(tt.runes[h.end+1]) &&
		(h.pos == "l" || h.pos == "i" || personWordBefore(h) || getLexicon().common[h.word]) {
		// a phrase or a word for a person glued before the first name
		// (外国专家|马丁·格罗斯): no part of the name
		f = trimTo(tt, f, h.end, e, "head-cut")
		s = h.end
	}
	for k := 2; k <= 3; k++ {
		if e-s-k >= 3 && !isNameDot(tt.runes[e-k-1]) && personTitles[tt.sub(e-k, e)] {
			return trimTo(tt, f, s, e-k, "title-cut")
		}
	}
	if z := tt.runes[e-1]; nameTailStop.has(z) && getLexicon().translitN[z] == 0 && !isNameDot(tt.runes[e-2]) {
		return trimTo(tt, f, s, e-1, "tail-cut")
	}
	return f
}

// nameHeadStop are causative verbs, prepositions and conjunctions that
// stand before a name and begin no transliterated name (令|欣嘉, 向|…).
var nameHeadStop = runeBitsOf("令让使叫把被给向对和与跟同将从在于为由")

// nameTailStop are adverbs, particles, pronouns and adjectives that follow
// a name in a sentence and end no transliterated name (…延科|均获得,
// 鲁西亚努|小角度); guardBounds cuts one off only when no transliterated
// name of gojieba's has it either.
var nameTailStop = runeBitsOf("均都也又就还才等将和与及或在是的了着过小大自曾已便即则亦仍皆共各每该此这那说称向对被把从于为以")

// dotNameKind retypes a dotted foreign name that ends in a place suffix
// (尼·伯尔切斯库|镇) or an institution's (乔治·梅森|大学): the finding is the
// place or the organisation named after someone, and stays masked.
func dotNameKind(f Finding) Finding {
	if suf, _ := orgSuffix(f.Text); suf != "" && runeLen(suf) >= 2 && runeLen(f.Text) > runeLen(suf)+2 {
		f.Type, f.label = ORG, orgLabel(f.Text, false)
		f.Evidence += ",org-suffix"
		return f
	}
	if r := lastRune(f.Text); strongPlaceEnd.has(r) || r == '市' || r == '州' || r == '省' {
		return asPlace(f, "place-suffix")
	}
	return f
}

// joinTranslitPair extends a person finding made of transliteration
// characters over a two-character word of such characters right before
// or after it (帕斯|特拉纳, 赫里斯|坚科): gojieba cut one foreign name in two
// and the part left outside would stay readable. joinTransliterated
// (person.go) takes in one-character neighbours only. The neighbour is a
// word gojieba made up or tags as a name, no frequent word, foreign place
// or known non-name, and overlaps no other finding.
func joinTranslitPair(tt *tokText, f Finding, fs []Finding) Finding {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 2 || e-s > 4 || strings.ContainsAny(f.Text, "·•・．‧") || !translitLooking(tt, s, e) {
		return f
	}
	l := getLexicon()
	pair := func(t *tok) bool {
		if t == nil || t.n() != 2 || !(t.pos == "x" || nameTagged(t.pos)) || !translitLooking(tt, t.start, t.end) {
			return false
		}
		return !l.common[t.word] && !notForeignName(t.word) && l.places[t.word] == 0 && !countries[t.word] && !overlapsAny(fs, tt.off[t.start], tt.off[t.end])
	}
	ns, ne := s, e
	if b := tt.tokenBefore(s); b != nil && b.end == s && pair(b) {
		ns = b.start
	} else if a := tt.tokenAt(e); a != nil && a.start == e && pair(a) {
		ne = a.end
	}
	if ns == s && ne == e || notForeignName(tt.sub(ns, ne)) {
		return f
	}
	return trimTo(tt, f, ns, ne, "translit-pair")
}

// countrySides are the one-character short forms of countries that name
// a side with 方 (巴方, 美方); partySides name parties (男方, 校方, 甲方).
var (
	countrySides = runeBitsOf("中美日英法德俄韩朝巴以印越泰菲澳加意荷伊土埃叙约黎苏蒙缅柬古秘智墨")
	partySides   = runeBitsOf("甲乙丙丁男女警军校院厂官敌资劳买卖双对我他")
)

// aSide reports a two-character span that is a side in talks or a
// dispute, a country's or a party's short form and 方 (巴方拒绝), which
// gojieba may not know and the tagger may read as a name; country says
// whether the short form is a country's.
func aSide(f Finding) (side, country bool) {
	r, n := utf8.DecodeRuneInString(f.Text)
	if f.Text[n:] != "方" {
		return false, false
	}
	return countrySides.has(r) || partySides.has(r), countrySides.has(r)
}

// numeralRunes begin counts, not foreign names (党委书记|一人兼任).
var numeralRunes = runeBitsOf("一二三四五六七八九十两百千万几")

// notTranslitShape reports a transliterated span that cannot be a foreign
// name by its shape: it begins with a numeral (一人), or it is a word said
// twice (太多太多).
func notTranslitShape(f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "transliterated") {
		return false
	}
	rs := []rune(f.Text)
	if len(rs) == 0 || numeralRunes.has(rs[0]) {
		return true
	}
	h := len(rs) / 2
	return len(rs) >= 4 && len(rs)%2 == 0 && string(rs[:h]) == string(rs[h:])
}

// joinDashName extends a transliterated name over a dash and a second
// part of two to four transliteration characters after it (约翰—格伦):
// older news joins a foreign given name and surname with a dash where
// newer text writes a dot. The second part must overlap no other finding.
func joinDashName(tt *tokText, f Finding, fs []Finding) Finding {
	if !strings.HasPrefix(f.Evidence, "transliterated") {
		return f
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	n := len(tt.runes)
	if s < 0 || e-s < 2 || e+3 > n || tt.runes[e] != '—' && tt.runes[e] != '－' {
		return f
	}
	if e+1 < n && tt.runes[e+1] == tt.runes[e] {
		return f // a double dash sets off a clause
	}
	l := getLexicon()
	k := e + 1
	for k < n && k-e-1 < 5 && strongTranslit(l, tt.runes[k]) {
		k++
	}
	if k-e-1 < 2 || k-e-1 > 4 || k < n && isHan(tt.runes[k]) && strongTranslit(l, tt.runes[k]) || overlapsAny(fs, tt.off[e+1], tt.off[k]) {
		return f
	}
	if notForeignName(tt.sub(e+1, k)) {
		return f
	}
	return trimTo(tt, f, s, k, "dash-name")
}

// facilityWords follow the name of a place or of what stands on it
// (伊丽莎白|体育馆, 多福|农庄): a transliterated name before one names the
// place, not a person there.
var facilityWords = wordSet(`体育馆 体育场 体育中心 广场 机场 大街 街 公园 森林 港 岛 湖 河 山 庄园 农庄 农场 酒店 饭店 宾馆 大厦 大桥 车站 码头 海峡 半岛 群岛 山脉 平原 盆地 高原 沙漠 地区 境内`)

// translitPlace reads a transliterated finding as a place when what
// follows says so: a word gojieba made up or knows as a place that ends
// in a place suffix (莱克|伍德县, 奥格朗|德州) is the rest of the place
// name and joins it; a facility or landform word (伊丽莎白|体育馆) makes
// the finding a place. A role before the name keeps it a person.
func translitPlace(tt *tokText, f Finding) (Finding, bool) {
	if !strings.HasPrefix(f.Evidence, "transliterated") || strings.Contains(f.Evidence, "role-") {
		return f, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	a := tt.tokenAt(e)
	if s < 0 || a == nil || a.start != e {
		return f, false
	}
	if r := lastRune(a.word); (a.pos == "x" || a.pos == "ns") && a.n() >= 2 && a.n() <= 4 && (strongPlaceEnd.has(r) || r == '州' || r == '市' || r == '省') {
		return asPlace(trimTo(tt, f, s, a.end, "place-rest"), "place-suffix"), true
	}
	if facilityWords[a.word] {
		return asPlace(f, "facility-after"), true
	}
	return f, false
}

// regionWords follow a place, never a person (黄淮|北部, …|流域);
// schoolWords follow a school's short name (…|师生).
var (
	regionWords = wordSet(`北部 南部 东部 西部 中部 东北部 西北部 东南部 西南部 北端 南端 地区 流域 一带 沿岸 沿海 以南 以北 以东 以西 腹地 全境`)
	schoolWords = wordSet(`师生 学子 校友 校园 校区 全校`)
)

// kindByNext retypes a person finding by the word right after it: a part
// of a region (黄淮|北部) makes it a place, teachers and students of a
// school (…|师生) make it the school's short name. Both stay masked.
func kindByNext(tt *tokText, f Finding) (Finding, bool) {
	e := tt.runeAt(f.End)
	a := tt.tokenAt(e)
	if e < 0 || a == nil || a.start != e {
		return f, false
	}
	switch {
	case regionWords[a.word]:
		return asPlace(f, "region-after"), true
	case schoolWords[a.word]:
		f.Type, f.label = ORG, "机构"
		f.Evidence += ",school-after"
		return f, true
	}
	return f, false
}

// nationality reports a transliterated span that is a country's name and
// 人 after it (罗马尼亚|人): a people, not a person.
func nationality(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "transliterated") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	for k := 2; k <= 5 && s >= 0 && s+k < len(tt.runes) && s+k <= e; k++ {
		if tt.runes[s+k] == '人' && countries[tt.sub(s, s+k)] {
			return true
		}
	}
	return false
}

// runOnWord reports a three-character span that is a frequent ordinary
// word and a function character after it (封锁|之): the surname-looking
// character begins the word, not a name.
func runOnWord(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s != 3 || !functionRunes[tt.runes[e-1]] {
		return false
	}
	return getLexicon().common[tt.sub(s, e-1)]
}

// guardSuffix reviews a three-character name by its last character; it
// returns the finding as it should stand and whether it stays a finding.
func guardSuffix(tt *tokText, f Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s != 3 {
		return f, true
	}
	z := tt.runes[e-1]
	kind, place, strong, named := kindEnd.has(z), placeKindEnd.has(z), strongPlaceEnd.has(z), namedAfterEnd.has(z)
	if !kind && !place && !strong && !named {
		return f, true
	}
	if b := tt.tokenBefore(s); b != nil && b.end == s && personWordBefore(b) {
		return f, true // a word for a person before it (返乡青年|白雪峰)
	}
	if strong {
		return asPlace(f, "place-suffix"), true
	}
	var pos string // gojieba's tag of the first two characters as one word
	if h := tt.tokenAt(s); h.start == s && h.end == e-1 {
		if h.dictWord() {
			pos = h.pos
		}
	} else if segmented(tt) {
		pos = dictPOS(tt.sub(s, e-1))
	}
	switch {
	case named:
		if pos == "" || nameTagged(pos) {
			// a name before a cup, a clan, a poem (尤伯|杯, 伏羲|氏, 徐渭|诗)
			return trimTo(tt, f, s, e-1, "named-after"), true
		}
		return f, false // an ordinary word before it (高脚|杯)
	case pos == "" && kind && tt.tokenAt(e-1).start == e-1 && tt.tokenAt(e-1).n() == 1 && tt.tokenAt(e-1).pos == "n" && tt.tokenBefore(e-1).pos == "x":
		// a made-up word and a kind noun gojieba reads on its own: a
		// product named after its place (玉峰|茶); the place stays masked
		g := trimTo(tt, f, s, e-1, "place-of-product")
		g.Type = LOCATION
		return g, true
	case pos == "":
		return f, true // no dictionary word before the suffix (李肇|星)
	case pos == "ns":
		// a place before a kind word (江西|籍): the place is masked
		g := trimTo(tt, f, s, e-1, "place-before-kind")
		g.Type = LOCATION
		return g, true
	case place && tt.tokenAt(e-1).end == e+1 && festivalTail17.has(tt.runes[e]):
		// the suffix begins a festival's word gojieba read on (梅花|海节
		// of 黄梅花海节): no place ends inside it (class: a place cut out
		// of a festival's name, half of the word before it left). Only a
		// festival's tail: a place glued to the next place (黄龙岛|峙岙渔港,
		// gojieba 岛峙) stays one.
		return f, false
	case place:
		return asPlace(f, "word+place-suffix"), true // 金水|河
	default:
		return f, false // 玉兰|树, 吉普|车
	}
}

// festivalTail17 end a festival's or a fair's word (花海|节, 灯|会).
var festivalTail17 = runeBitsOf("节会")

// nameTagged reports gojieba's person-name tags.
func nameTagged(pos string) bool { return pos == "nr" || pos == "nrfg" || pos == "nrt" }

// asPlace turns a person finding into a place finding of the same span:
// it stays masked, under the type its shape gives it.
func asPlace(f Finding, why string) Finding {
	f.Type = LOCATION
	f.Evidence += "," + why
	return f
}

// trimTo narrows finding f to runes [s, e) of tt.
func trimTo(tt *tokText, f Finding, s, e int, why string) Finding {
	f.Start, f.End = tt.off[s], tt.off[e]
	f.Text = tt.text[f.Start:f.End]
	f.Evidence += "," + why
	return f
}

// weakOrgSuffix are organisation suffixes that a person's name stands
// before as an office (刘延宇|办公室) or that end a given name (郑全军,
// 吴军).
var weakOrgSuffix = wordSet(`军 办公室`)

// weakOverName reports whether a place or organisation finding rests on
// evidence a personal name inside it outweighs: gojieba's doubtful place
// tag or its nz tag, or an organisation suffix a name stands before. (Place
// patterns such as …路 and …河 are left alone: in reports they are roads
// and rivers far more often than names.)
func weakOverName(g Finding) bool {
	if g.Score >= 100 {
		return false // deny lists rule
	}
	switch ev := g.Evidence; {
	case g.Type == LOCATION && ev == "jieba:ns-doubtful", g.Type == ORG && ev == "jieba:nz":
		return true
	case g.Type == ORG && (strings.HasPrefix(ev, "org-suffix:") || strings.HasPrefix(ev, "generic-body:")):
		return weakOrgSuffix[ev[strings.IndexByte(ev, ':')+1:]]
	}
	return false
}

// strongName reports a person finding of the scorer, the transliterated
// reading or the tagger whose evidence or score makes it a name rather
// than part of a place or organisation around it: a role before or a
// title after (a doubtful name too), a word for a person before it, a
// name gojieba lists, or a rule score of a sure name.
func strongName(tt *tokText, f Finding) bool {
	if f.Type != PERSON || !guardedEvidence(f.Evidence) {
		return false
	}
	if vouched(f.Evidence) {
		return true // a doubtful name too: the role outweighs a doubtful place
	}
	if f.generic {
		return false
	}
	if b := tt.tokenBefore(tt.runeAt(f.Start)); b != nil && personWordBefore(b) {
		return true // 工作人员|吴军
	}
	return strings.Contains(f.Evidence, "jieba:nr") || f.Score >= contextScore
}

// holds reports whether weak finding g is no more than person finding p
// inside it: the same span; or a name that ends in 军 with words for a
// person before it (下岗职工|潘维军); or the name and the suffix right
// after it (刘延宇|办公室, 巴克|海军).
func holds(g, p Finding) bool {
	if p.Start == g.Start && p.End == g.End {
		return true
	}
	if g.Type != ORG || g.Evidence == "jieba:nz" {
		return false
	}
	suf := g.Evidence[strings.IndexByte(g.Evidence, ':')+1:]
	if suf == "军" {
		return p.End == g.End
	}
	return p.Start == g.Start && p.End+len(suf) == g.End
}

// personOverWeakPlaces drops the places and organisations of one text
// (weakOverName) that hold a sure personal name (strongName): 江建国/ns
// after 记者, 郑全军 read as an army, 下岗职工潘维军 read as a unit, 刘延宇
// 办公室. The name is then found as the person it is; the words around it
// in the dropped span (下岗职工, 办公室) were never identifiers.
func personOverWeakPlaces(tt *tokText, fs []Finding) []Finding {
	var names []int
	for k, f := range fs {
		if strongName(tt, f) {
			names = append(names, k)
		}
	}
	if len(names) == 0 {
		return fs
	}
	out := fs[:0]
	for _, g := range fs {
		if g.Type != PERSON && weakOverName(g) {
			held := false
			for _, k := range names {
				if p := fs[k]; p.Start >= g.Start && p.End <= g.End && p.End > p.Start && holds(g, p) {
					held = true
					break
				}
			}
			if held {
				continue
			}
		}
		out = append(out, g)
	}
	return out
}
