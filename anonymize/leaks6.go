package anonymize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Rules of the sixth round: names that county reports write in places the
// other recognizers do not look — a one-part Mongolian or Tibetan name in
// a list a count of people closes, a Hui surname right after a role, an
// autonomous prefecture's or county's short form with 州/县, a river
// gojieba made up a word for, a scenic area's own name, a landmark's
// "first under heaven" nickname, a brand after the place a firm is
// registered in, a pastoral village before 嘎查 — and ordinary words of
// the genre that read as names or places: programmes and campaign slogans,
// slogans of working hours, structures before a verb of works, a people's
// crafts, crops listed after a verb of development, a disease's short
// name, a point's numbering word before 村, a virtue noun that is a city's
// short form, and lists broken by a clause.

// countUnits follow the numeral of a count of people (3名, 两位, 5人).
var countUnits = runeSet(`名位人个`)

// peopleCountAt returns where the count of people that begins at rune i
// ends (等3名教师, 两位同志, 5人, 等人), and whether it holds 等 (then the
// list may name fewer people than the count) and the count itself (0 when
// it is not a plain number). It returns -1 when no count of people
// begins at i.
func peopleCountAt(tt *tokText, i int) (end int, etc bool, cnt int) {
	n := len(tt.runes)
	j := i
	if j < n && tt.runes[j] == '等' {
		etc = true
		j++
	}
	k := j
	for k < n && (isDigitRune(tt.runes[k]) || mayHaveRune(&countNumeralBits, tt.runes[k]) && countNumerals[tt.runes[k]] > 0 || tt.runes[k] == '一') {
		k++
	}
	if k == j {
		if etc && k < n && tt.runes[k] == '人' {
			return k + 1, true, 0 // 等人
		}
		if etc && k < n && tt.tokStart(k) {
			if w := tt.toks[tt.tokOf[k]].word; mayStart(&closedListNounsFirst, w) && closedListNouns[w] || mayStart(&countedPersonNounsFirst, w) && countedPersonNouns[w] {
				return k + runeLen(w), true, 0 // 等教师, 等同志
			}
		}
		return -1, false, 0
	}
	if k >= n || !countUnitBits.has(tt.runes[k]) {
		return -1, false, 0
	}
	unit := tt.runes[k]
	cnt = 0
	for _, r := range tt.runes[j:k] {
		switch {
		case isDigitRune(r):
			if r >= '０' {
				r = r - '０' + '0'
			}
			cnt = cnt*10 + int(r-'0')
		case k-j == 1 && countNumerals[r] > 0:
			cnt = countNumerals[r]
		default:
			cnt = 0 // 二十, 十二: never the size of a short list of names
		}
	}
	k++
	if unit == '人' {
		return k, etc, cnt
	}
	// 名/位/个 need a word for people after them (3名教师, 两位同志), or
	// after one word that qualifies them (10名|优秀|牧民)
	if k < n && tt.tokStart(k) {
		if a := tt.toks[tt.tokOf[k]]; a.n() == 2 && (a.pos == "a" || a.pos == "b" || a.pos == "an") && a.end < n {
			k = a.end
		}
	}
	rest := string(tt.runes[k:min(n, k+6)])
	for ln := min(len(rest), 18); ln > 0; ln-- {
		if ln < len(rest) && !utf8.RuneStart(rest[ln]) {
			continue // a character cut in two is no word of the sets: no lookups (speed18)
		}
		if w := rest[:ln]; countedPersonNouns[w] || closedListNouns[w] || personNouns[w] {
			return k + runeLen(w), etc, cnt
		}
	}
	return -1, false, 0
}

// countedListOneParts finds the names of a list of people that a count of
// people or 等 and a word for people closes (甲、乙、丙3名教师, 甲、乙和丙等5人,
// 甲、乙、丙等教师) when some item is no surname-and-given name — a
// one-part Mongolian or Tibetan name (其其格, 卓玛): once every other item
// is a name found already (two at least, or one when the count says
// exactly how many there are), the remaining items of two to four Han
// characters (five for a minority name) are names too, unless they are
// frequent words, places, roles or words of the genre. Without such names
// beside them, items that all read as minority names (minorityShaped) are
// names too (斯琴高娃、其木格等同志).
func countedListOneParts(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextAt(rcCount, 2); i < n; i = tt.nextAt(rcCount, i+1) { // (speed7b.go: the characters of the class only)
		r := tt.runes[i]
		if r != '等' && !isDigitRune(r) && (!mayHaveRune(&countNumeralBits, r) || countNumerals[r] == 0) {
			continue
		}
		if !isHan(tt.runes[i-1]) || numeralRune(tt.runes[i-1]) || isDigitRune(tt.runes[i-1]) {
			continue
		}
		end, etc, cnt := peopleCountAt(tt, i)
		if end < 0 {
			continue
		}
		// the items, last first
		type span struct{ b, e int }
		var items []span
		e := i
		for {
			b := e
			for b > 0 && e-b < 5 && isHan(tt.runes[b-1]) && !listJoiners[tt.runes[b-1]] {
				b--
			}
			if b > 0 && listJoiners[tt.runes[b-1]] && e-b >= 2 && (e-b <= 4 || minorityShaped(tt, b, e)) {
				items = append(items, span{b, e})
				e = b - 1
				continue
			}
			// the first item: a name found already that ends here
			first := -1
			for _, f := range fs {
				if f.Type == PERSON && !f.generic && f.Evidence != "tagger" && f.End == tt.off[e] && f.Start < f.End {
					if fb := tt.runeAt(f.Start); fb >= 0 && e-fb >= 2 && e-fb <= 4 {
						first = fb
					}
				}
			}
			if first < 0 && e-b >= 2 && (e-b <= 4 || minorityShaped(tt, b, e)) && (b == 0 || !isHan(tt.runes[b-1])) {
				first = b // the list opens the text or a clause (：甲、乙、丙3名…)
			}
			if first < 0 {
				// or stands right after a role or a word for people
				// (教师|甲、乙、丙3名…)
				for ln := 4; ln >= 2 && first < 0; ln-- {
					if p := tt.tokenBefore(e - ln); e-ln > 0 && p != nil && p.end == e-ln && (personRoleToken(p) || personNouns[p.word] || staffNoun(p)) {
						first = e - ln
					}
				}
			}
			if first >= 0 {
				items = append(items, span{first, e})
			}
			break
		}
		if len(items) < 2 || cnt > 0 && (!etc && cnt != len(items) || etc && cnt < len(items)) {
			continue
		}
		known := 0
		var rest []span
		for _, it := range items {
			if ruleCoversPerson(fs, tt.off[it.b], tt.off[it.e]) {
				known++
			} else {
				rest = append(rest, it)
			}
		}
		exact := cnt > 0 && !etc && cnt == len(items)
		if len(rest) == 0 {
			continue
		}
		if known < 2 && !(known >= 1 && exact) || len(rest) > known {
			// without names found beside them, every item must read as a
			// Mongolian, Tibetan or Uyghur name (斯琴高娃、其木格等同志)
			shaped := true
			for _, it := range rest {
				shaped = shaped && minorityShaped(tt, it.b, it.e)
			}
			if !shaped {
				continue
			}
		}
		l := getLexicon()
		for _, it := range rest {
			w := tt.sub(it.b, it.e)
			ok := true
			for _, r := range tt.runes[it.b:it.e] {
				if hardStop[r] && r != '其' || isMaskRune(r) || !isHan(r) {
					ok = false
				}
			}
			if !ok || l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] || personNouns[w] {
				continue
			}
			if last := tt.runes[it.e-1]; placeEndings[last] || villageWords[last] {
				continue
			}
			if d := tt.toks[tt.tokOf[it.b]]; d.start == it.b && d.end == it.e && (d.pos == "v" || d.pos == "a" || d.pos == "vn" || d.pos == "d") {
				continue // a verb or an adjective is no item of a list of names
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[it.b], End: tt.off[it.e], Evidence: "counted-list,one-part-name", Score: contextScore})
		}
		i = end - 1
	}
	return out
}

// rareRoleSurnames are surnames of the Hui and other peoples of the
// north-west that the surname table leaves out because the character is
// an ordinary word or a piece of one (冶金, 者, 把): only right after a
// role or a title do they begin a name (院长冶某某).
var rareRoleSurnames = runeBitsOf(`冶者哈把虎铁海撒喇妥拜脱朵敏尕纳穆麻`)

// rareSurnameAfterRole finds a name of a rare surname of rareRoleSurnames
// and one or two given-name characters right after a role or a title
// (卫生院院长冶某某获评…): the given name holds no grammatical character,
// its characters together are commoner in given names than in running
// text (none much rarer), and it ends where a word of gojieba's begins.
func rareSurnameAfterRole(tt *tokText) []Finding {
	if tt.runeCls&rcRareRoleSurname == 0 {
		return nil // (speed7b.go: no such surname in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		s := t.end
		if s+2 > n || !rareRoleSurnames.has(tt.runes[s]) {
			continue
		}
		if !personWordBefore(t) {
			continue
		}
		if a := tt.toks[tt.tokOf[s]]; a.start == s && a.n() >= 2 {
			switch a.pos {
			case "v", "vn", "vd", "vi", "a", "ad", "an", "d", "p", "c", "m", "t":
				continue // 游客|纳凉: a verb gojieba knows, no surname
			}
		}
		// after a word for a person that is no role (游客, 村民), only a
		// name of three characters: two are too often a word (游客|纳凉/nr)
		title := personRoleToken(t) || roleNouns[t.word]
		for _, ln := range []int{2, 1} {
			e := s + 1 + ln
			if ln == 1 && !title || e > n || e < n && !tt.tokStart(e) && isHan(tt.runes[e]) {
				continue
			}
			ok, sum := true, 0.0
			for _, r := range tt.runes[s+1 : e] {
				if !isHan(r) || givenStop[r] || functionRuneBits.has(r) || hardStop[r] || isMaskRune(r) || l.given[r] <= -1 {
					ok = false
				}
				sum += l.given[r]
			}
			ok = ok && sum > 0
			w := tt.sub(s, e)
			if !ok || l.common[w] || l.common[tt.sub(s+1, e)] && ln == 1 || l.places[w] > 0 || l.short[w] != "" || genreWords[w] {
				continue
			}
			if last := tt.runes[e-1]; placeEndings[last] || villageWords[last] {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "rare-surname,role-before:" + t.word, Score: contextScore})
			break
		}
	}
	return out
}

// autonomousSuffixes are the one-character suffixes a report writes after
// an autonomous prefecture's, county's or banner's short form instead of
// its full name (海北州 for 海北藏族自治州, 大通县 for …回族土族自治县).
var autonomousSuffixes = map[rune]string{'州': "自治州", '县': "自治县", '旗': "自治旗"}

// autonomousShortForms finds the short form of an autonomous prefecture,
// county or banner followed by its one-character suffix (…州, …县, …旗),
// standing as words of their own, which no other rule finds when gojieba
// tags the short form as neither a place nor a name (海北/s|州) or the
// short form is an ordinary word (互助县 of 互助土族自治县).
func autonomousShortForms(tt *tokText, found []Finding) []Finding {
	stems := autonomousStems()
	n := len(tt.runes)
	var out []Finding
	for j := tt.nextAt(rcAutonomous, 2); j < n; j = tt.nextAt(rcAutonomous, j+1) { // (speed7b.go: the characters of the class only)
		switch tt.runes[j] {
		case '州', '县', '旗':
		default:
			continue // most characters: no map lookup
		}
		suf := autonomousSuffixes[tt.runes[j]]
		if j+1 < n && isHan(tt.runes[j+1]) && !tt.tokStart(j+1) {
			continue
		}
		for ln := min(j, 4); ln >= 2; ln-- {
			s := j - ln
			if s > 0 && isHan(tt.runes[s-1]) && !tt.tokStart(s) {
				continue
			}
			full, ok := stems[tt.sub(s, j)]
			if !ok || !strings.HasSuffix(full, suf) || overlapsFirm(found, tt.off[s], tt.off[j+1]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, j+1), Start: tt.off[s], End: tt.off[j+1], Evidence: "gazetteer-short+" + string(tt.runes[j]) + ":" + full, Score: 4})
			break
		}
	}
	return out
}

// placeStem reports whether w is a place's name or the short form of one
// (西和 of 西和县): a conjunction character inside it is part of the name.
func placeStem(w string) bool {
	l := getLexicon()
	if _, ok := l.place(w); ok {
		return true
	}
	_, ok := l.shortOf(w)
	return ok
}

// waterWords follow a river's or lake's name and speak of its water, its
// course or its banks (…河出境断面, …江流域, …湖水质).
var waterWords = wordSet(`出境 入境 断面 出境断面 水质 流域 干流 支流 上游 中游 下游 沿岸 两岸 沿线 河道 河段 岸线 水系 水位 流量 水体 清淤 入河口 入湖口 水域 河床 堤防 堤岸`)

// madeUpRivers finds the rivers, streams and lakes of one character and
// its suffix that gojieba made up a word for (州河/x) before a word of
// their water or their banks (州河|出境断面): names, though their first
// character is a common one, which the patterns leave alone.
func madeUpRivers(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcRiverKind == 0 {
		return nil // (speed7b.go: no 河, 江, 湖 or 溪 in the text)
	}
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.pos != "x" || t.n() != 2 || !riverKindRunes.has(tt.runes[t.start+1]) {
			continue
		}
		if r := tt.runes[t.start]; !isHan(r) || functionRuneBits.has(r) || numeralRune(r) || genericPlaceStems[string(r)] || isMaskRune(r) {
			continue
		}
		a := tt.tokenAt(t.end)
		if a == nil || a.start != t.end || !waterWords[a.word] || overlapsAny(found, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "made-up-river,water-after:" + a.word, Score: 3})
	}
	return out
}

var (
	autonomousOnce sync.Once
	autonomousMap  map[string]string
)

// autonomousStems maps the short form of every autonomous prefecture,
// county and banner of the gazetteer (海北, 互助) to its full name, built
// once from the lexicon's places; ordinary words are kept as short forms
// here, since only the suffix after them is looked for.
func autonomousStems() map[string]string {
	autonomousOnce.Do(func() {
		l := getLexicon()
		m := map[string]string{}
		for name := range l.places {
			if !strings.Contains(name, "自治") {
				continue
			}
			s := shortPlace(name)
			if runeLen(s) < 2 || s == name || genericPlaceStems[s] || nationalTerms[s] {
				continue
			}
			if old, ok := m[s]; !ok || name < old {
				m[s] = name
			}
		}
		autonomousMap = m
	})
	return autonomousMap
}

// dropLeadingPlaces drops the words that name a province, a city or a
// county (浙江, 金华市, 锡林浩特市) from the head of an organisation's words,
// as long as two words stay: the brand comes after the place the firm is
// registered in. After a county it is kept when the text writes it with
// the first character of the trade word after it again (雷山县|银球|茶业 and
// “银球茶”): then the firm is named after the county's product, no brand.
func dropLeadingPlaces(text string, words []string) []string {
	l := getLexicon()
	county := false
	for len(words) > 2 {
		w := words[0]
		lv, full := l.place(w)
		short, isShort := l.shortOf(w)
		if full && lv >= 1 && lv <= 3 {
			county = county || lv == 3
		} else if isShort && l.places[short] >= 1 && l.places[short] <= 3 {
			county = county || l.places[short] == 3
		} else {
			break
		}
		words = words[1:]
	}
	if county && len(words) >= 2 {
		r, _ := firstRune(words[1])
		if strings.Count(text, words[0]+string(r)) > 1 {
			return nil // a product of the county's (银球茶), no brand
		}
	}
	return words
}

// scenicKinds end the name of a scenic or holiday area (…旅游区, …景区,
// …度假区), longest first.
var scenicKinds = []string{"风景名胜区", "旅游度假区", "自然保护区", "旅游景区", "森林公园", "地质公园", "湿地公园", "国家公园", "旅游区", "风景区", "度假区", "保护区", "景区"}

// scenicDescWords describe a scenic area between its own name and its
// kind (…雨林文化旅游区, …生态旅游区): they are no part of its name.
var scenicDescWords = wordSet(`花海 漂流 植物园 雨林 热带雨林 文化 生态 旅游 森林 温泉 湿地 山水 民俗 红色 休闲 农业 观光 康养 度假 田园 乡村 景观 风情 风光 滨海 海滨 峡谷 草原 冰雪 国家级 省级 国家 旅游度假 生态旅游 文化旅游 主题 公园 湖泊 溶洞 古镇 古村`)

// scenicAreaNames finds the distinctive name of a scenic or holiday area
// (呀|诺达|雨林文化旅游区 → 呀诺达): the two to four characters before the
// kind and the words that describe it, standing after a clause's start, a
// verb or a preposition, at least one of them a word gojieba does not know
// (made up, a name or a lone character), none a frequent word as a whole.
func scenicAreaNames(tt *tokText, found []Finding) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if r := tt.tokLast[k]; r != '区' && r != '园' {
			continue // every kind ends in 区 or 园
		}
		kind := firstSuffix(t.word, scenicKinds)
		if kind == "" {
			continue
		}
		// the kind may end a longer word (雨林文化旅游区/x)
		e := t.end - runeLen(kind)
		if e > t.start && !scenicDescWords[tt.sub(t.start, e)] {
			continue
		}
		ti := k - 1
		if e > t.start {
			e = t.start
		}
		for ti >= 0 && scenicDescWords[tt.toks[ti].word] {
			e = tt.toks[ti].start
			ti--
		}
		// the name: whole tokens before e, two to four characters
		s := e
		madeUp := false
		for ti >= 0 && e-tt.toks[ti].start <= 4 {
			p := tt.toks[ti]
			r0 := tt.runes[p.start]
			// a one-character verb after a made-up word is a piece of
			// it (嘎隆/x|拉/v)
			cutVerb := p.pos == "v" && p.n() == 1 && ti > 0 && tt.toks[ti-1].pos == "x" && tt.toks[ti-1].end == p.start
			if !isHan(r0) || functionRuneBits.has(r0) || isMaskRune(r0) || genreWords[p.word] || scenicDescWords[p.word] || p.pos == "v" && !cutVerb || p.pos == "p" || p.pos == "m" || p.pos == "c" || p.pos == "u" || p.pos == "uj" || p.pos == "r" || p.pos == "d" || p.pos == "f" {
				break
			}
			if p.n() == 1 || !p.dictWord() || p.pos == "nz" || p.pos == "nr" || p.pos == "nrt" || p.pos == "y" {
				madeUp = true
			}
			s = p.start
			ti--
		}
		if e-s < 2 || !madeUp {
			continue
		}
		if s > 0 && isHan(tt.runes[s-1]) {
			// a verb or a preposition may stand before it, not the rest
			// of a longer word
			if p := tt.toks[tt.tokOf[s-1]]; p.pos != "v" && p.pos != "p" && p.pos != "c" {
				continue
			}
		}
		w := tt.sub(s, e)
		if l.common[w] || genreWords[w] || nationalTerms[w] || genericVillagePrefix[w] || overlapsFirm(found, tt.off[s], tt.off[e]) || e >= n || genreReading(tt, s, e) != "" || countHead18(tt.runes[s:e]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "scenic-area,kind-after:" + kind, Score: 3})
	}
	return out
}

// firstRegions are the regions a landmark's nickname calls it the first
// of (江南第一家, 天下第一泉, 华夏第一村).
var firstRegions = wordSet(`江南 江北 天下 华夏 中华 中国 神州 岭南 塞北 塞上 西北 东北 西南 东南 华东 华南 华北 华中 中原 关中 关东 齐鲁 巴蜀 荆楚 燕赵 江淮 湖湘 三秦 陇上 海内 世界 亚洲 长江 黄河 淮河 珠江`)

// firstKinds are what such a nickname says the landmark is (…第一家,
// …第一泉, …第一村).
var firstKinds = runeSet(`家村泉关山楼桥街镇寨洞峡瀑塔寺庄湖园峰门府祠堂`)

// firstCopulas stand before a ranking that is no nickname (成为西北第一家
// 上市的…, 是华东第一家…).
var firstCopulas = wordSet(`成为 是 为 系 列 属 居 位居 位列 排名 排 首个 唯一`)

// landmarkNicknames finds a landmark's "first under heaven" nickname (江南
// 第一家, 天下第一泉): a region, 第一 and a word for a place, closed by a
// preposition, a punctuation mark or the text's end, and not after a
// verb of ranking (成为西北第一家…企业 is a ranking, no name). The
// nickname names one place, so it is masked as one.
func landmarkNicknames(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcDi == 0 {
		return nil // no 第 in the text (speed6.go)
	}
	n := len(tt.runes)
	var out []Finding
	for i := 2; i+3 < n; i++ {
		if tt.runes[i] != '第' || tt.runes[i+1] != '一' || !firstKinds[tt.runes[i+2]] {
			continue
		}
		s := i - 2
		if !firstRegions[tt.sub(s, i)] || !tt.tokStart(s) {
			continue
		}
		e := i + 3
		if e < n && isHan(tt.runes[e]) {
			a := tt.tokenAt(e)
			if a == nil || a.start != e {
				continue
			}
			switch {
			case (a.pos == "p" || a.pos == "c") && a.n() == 1, a.pos == "uj", a.pos == "f":
				// 为, 以, 和, 的, 内: a preposition or a particle, not
				// a verb of what the first one did (…第一家|通过认证)
			default:
				if !strings.HasSuffix(a.word, "景区") && !strings.HasSuffix(a.word, "景点") {
					continue
				}
			}
		}
		if b := tt.tokenBefore(s); b != nil && b.end == s && firstCopulas[b.word] {
			continue
		}
		if overlapsFirm(found, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "landmark-nickname", Score: 3})
	}
	return out
}

// programmeWords end the name a report gives a programme, a campaign or a
// working method, often in quotes (“金穗工程”, “春风行动”).
var programmeWords = []string{"工程", "计划", "行动", "项目", "工作法", "模式", "品牌", "活动", "专项行动"}

// launchVerbs launch or carry out a programme named after them (实施…工程,
// 开展…行动).
var launchVerbs = wordSet(`实施 启动 开展 推进 推行 打造 落实 深化 深入实施 组织实施 创建 争创 入选 纳入 列入 参与 参加 开启 部署`)

// worksVerbs name building or repair work done on a structure (危桥改造,
// 病房加固): the word before one is the structure, no person.
var worksVerbs = wordSet(`改造 整治 加固 维修 修缮 拆除 排查 治理 改建 重建 新建 翻修 除险加固`)

// listDevVerbs stand before a list of crops, breeds or products that a
// genre head closes (发展红毛丹、山兰稻种植).
var listDevVerbs = wordSet(`发展 推广 引进 培育 扩大 主打 形成 做大 做强 种植 栽培 试种 引种 壮大 打造`)

// craftChars end the name of a people's craft, dress, medicine or art
// after the people's name (黎锦, 苗银, 藏医, 侗戏, 壮锦).
var craftChars = runeSet(`锦绣染银陶医药歌舞戏剧服饰毯布纸鼓笛画雕茶酒绣`)

// sloganEnds stand on both sides of 加 in a slogan of working hours
// (五加二: five workdays and the weekend, 白加黑: day and night).
var sloganEnds = runeSet(`一二三四五六七八九十两白黑昼夜晴雨早晚日月`)

// ethnicStems are the peoples' names without 族 (黎, 土家, 维吾尔).
var ethnicStems = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range ethnicGroups {
		m[strings.TrimSuffix(g, "族")] = true
	}
	return m
}()

// genreReading6 says why runes [s, e) of a name-like span read as an
// ordinary word of the genre, or "": a programme's name in quotes (“金穗
// 工程”) or after a verb that launches it (实施|金穗|工程), a structure before a verb of works and a count (危桥|改造6座), a
// slogan of working hours (白加黑), a people's craft (黎锦), or an item of a
// list of crops that a verb of development opens and a genre head closes
// (发展红毛丹、山兰稻种植).
func genreReading6(tt *tokText, s, e int) string {
	n := len(tt.runes)
	if b := tt.tokenBefore(s); b != nil && b.end == s && launchVerbs[b.word] && e < n && tt.tokStart(e) {
		// 实施|金穗|工程: a programme launched, named without quotes
		for _, w := range programmeWords {
			if x := e + runeLen(w); strings.HasPrefix(tt.text[tt.off[e]:], w) && (x >= n || tt.tokStart(x)) {
				return "programme-name" // 工程, not 工程师
			}
		}
	}
	if s > 0 && strings.ContainsRune("“‘《「\"", tt.runes[s-1]) {
		j := e
		for j < n && j-e <= 4 && isHan(tt.runes[j]) {
			j++
		}
		if j < n && strings.ContainsRune("”’》」\"", tt.runes[j]) {
			for _, w := range programmeWords {
				if strings.HasSuffix(tt.sub(e, j), w) {
					return "programme-name"
				}
			}
		}
	}
	for p := max(s, 1); p <= e && p+1 < n; p++ {
		// the span holds 加 or ends right before it (昼加|夜, 昼|加夜)
		if tt.runes[p] == '加' && p-1 >= s-1 && sloganEnds[tt.runes[p-1]] && sloganEnds[tt.runes[p+1]] && e-s <= 3 {
			return "work-hours-slogan"
		}
	}
	if a := tt.tokenAt(e); e < n && a != nil && a.start == e && worksVerbs[a.word] {
		if j := a.end; j == n || !isHan(tt.runes[j]) || numeralRune(tt.runes[j]) || isDigitRune(tt.runes[j]) || strings.HasPrefix(string(tt.runes[j:min(n, j+2)]), "工程") || strings.HasPrefix(string(tt.runes[j:min(n, j+2)]), "项目") {
			return "works-object"
		}
	}
	if e-s >= 2 && e-s <= 4 && craftChars[tt.runes[e-1]] && ethnicStems[tt.sub(s, e-1)] {
		return "ethnic-craft"
	}
	if e < n && tt.runes[e] == '、' {
		// forward over the list to its head
		head := false
		for j := e + 1; j < n && j-e <= 16; j++ {
			r := tt.runes[j]
			if r == '、' {
				continue
			}
			if !isHan(r) {
				break
			}
			if tt.runes[j-1] != '、' && tt.tokStart(j) && genreHeads[tt.toks[tt.tokOf[j]].word] {
				head = true
				break
			}
		}
		if head {
			// back over the list to the verb that opens it
			i := s
			for i > 0 && s-i <= 16 && (tt.runes[i-1] == '、' || isHan(tt.runes[i-1])) {
				if tt.tokStart(i) && i > 0 {
					if b := tt.tokenBefore(i); b != nil && b.end == i && listDevVerbs[b.word] {
						return "crop-list"
					}
				}
				i--
			}
		}
	}
	return ""
}

// diseaseWords follow the short name of a disease or an epidemic (新冠|
// 肺炎疫情): the characters before one name the disease, no village.
var diseaseWords = wordSet(`肺炎 疫情 病毒 疫苗 感染 流感 病例 毒株`)

// stemWordReading reports a village stem (runes [s, e)) that reads as an
// ordinary word where it stands: a genre reading of genreReading6 (“金穗
// 工程”), or the head of a disease's name (新冠|肺炎).
func stemWordReading(tt *tokText, s, e int) bool {
	if a := tt.tokenAt(e); a != nil && a.start == e && diseaseWords[a.word] {
		return true
	}
	return genreReading6(tt, s, e) != ""
}

// enumeratorWord reports the words that number the points of a paragraph
// (一是, 三是, 第二, 其三): they begin the point, never a place's name
// (三是|村集体经济…).
func enumeratorWord(w string) bool {
	if n := runeLen(w); n < 2 || n > 3 {
		return false // (before the rune slice: speed9a)
	}
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 3 {
		return false
	}
	switch {
	case rs[len(rs)-1] == '是' || rs[len(rs)-1] == '要' || rs[len(rs)-1] == '为':
		for _, r := range rs[:len(rs)-1] {
			if !numeralRune(r) {
				return false
			}
		}
		return true
	case rs[0] == '第' || rs[0] == '其':
		for _, r := range rs[1:] {
			if !numeralRune(r) {
				return false
			}
		}
		return true
	}
	return false
}

// abstractHeads follow a noun of virtue or custom to make a compound of
// culture (孝义文化, 忠义精神), not a place's culture.
var abstractHeads = wordSet(`文化 精神 美德 传统 品格 品质 家风 门风 民风 之风 风尚 故事 典故 传说 思想 理念 教育 之道 情怀 美名`)

// ordinaryNounShort reports a short form of a county-level city or a
// county that gojieba reads as an ordinary noun of its dictionary (孝义/n)
// heading a compound of culture or virtue (孝义|文化): the noun, not the
// place. A place word before it (浙江|孝义) or a full name or place
// suffix beside it keeps it a place; so does a short form that is not
// tagged n (those are read as before).
func ordinaryNounShort(tt *tokText, k int) bool {
	t := tt.toks[k]
	if k+1 >= len(tt.toks) || !abstractHeads[tt.toks[k+1].word] || tt.toks[k+1].start != t.end {
		return false
	}
	if k > 0 {
		if p := tt.toks[k-1]; p.end == t.start && (p.pos == "ns" || placeStem(p.word)) {
			return false
		}
	}
	return true
}

// brokenListAt returns the index of the first middle item of an
// enumeration that holds a clause — more than five characters with a verb,
// adverb or preposition of two characters or more after its start
// (新政镇、响水镇|发展|红毛丹、山兰稻种植) — or 0 when there is none. Such an
// item ends one list and begins another: the places before the verb say
// nothing of what the items after it are.
func brokenListAt(tt *tokText, items []listItem) int {
	for k := 1; k+1 < len(items); k++ {
		s, e := tt.runeAt(items[k].s), tt.runeAt(items[k].e)
		if s < 0 || e-s <= 5 {
			continue
		}
		for ti := tt.tokOf[s]; ti < len(tt.toks) && tt.toks[ti].start < e; ti++ {
			t := tt.toks[ti]
			if t.start > s && t.end <= e && t.n() >= 2 {
				switch t.pos {
				case "v", "vn", "vd", "d", "p":
					return k
				}
			}
		}
	}
	return 0
}

// ruleCoversPerson reports a person finding of the rules (not the tagger's
// alone, which findPersons may still drop) spanning exactly bytes [s, e).
func ruleCoversPerson(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == s && f.End == e && !f.generic && f.Evidence != "tagger" {
			return true
		}
	}
	return false
}

// minorityShaped reports whether runes [s, e) read as a Tibetan, Uyghur
// or Mongolian name: it begins with an element of minorityNameParts
// (斯琴|高娃, 其木格) or is made of transliteration characters alone.
func minorityShaped(tt *tokText, s, e int) bool {
	for ln := min(4, e-s); ln >= 2; ln-- {
		if minorityNameParts[tt.sub(s, s+ln)] {
			return true
		}
	}
	return translitLooking(tt, s, e)
}

// shortReadsAsWord reports a place's short form at token k that reads as
// an ordinary word where it stands: a noun of virtue heading a compound of
// culture (ordinaryNounShort), a programme's name (实施|金桥|工程), or a
// crop, tree or breed of the genre (杨梅 of 杨梅区, genreWords) that
// gojieba does not tag as a place.
func shortReadsAsWord(tt *tokText, k int) bool {
	t := tt.toks[k]
	if t.pos == "n" && ordinaryNounShort(tt, k) {
		return true
	}
	if genreReading6(tt, t.start, t.end) == "programme-name" {
		return true // 实施|金桥|工程: a programme's name, though a town's short form
	}
	return t.pos != "ns" && genreWords[t.word]
}

// quoteProgrammeWords follow the quoted slogan that names a campaign or a
// programme (“万企兴万村”行动, “双培双带”活动).
var quoteProgrammeWords = []string{"行动", "活动", "工程", "计划", "建设", "创建", "模式", "工作法", "品牌", "项目", "工作", "机制", "战略"}

// inProgrammeQuote reports whether bytes [s, e) lie inside a quoted slogan
// of at most ten characters that a word for a campaign or a programme
// follows (“万企兴万村”行动), and hold a verb or a numeral of the slogan
// (兴, 万, 培): such words are no names. A name standing whole in the
// quotes (“美丽石门村”建设) holds neither.
func inProgrammeQuote(tt *tokText, s, e int) bool {
	rs, re := tt.runeAt(s), tt.runeAt(e)
	if rs < 0 || re <= rs {
		return false
	}
	slogan := false
	for ti := tt.tokOf[rs]; ti < len(tt.toks) && tt.toks[ti].start < re; ti++ {
		if p := tt.toks[ti].pos; p == "v" || p == "m" {
			slogan = true
		}
	}
	if !slogan {
		return false
	}
	n := len(tt.runes)
	o := rs - 1
	for o >= 0 && rs-o <= 10 && tt.runes[o] != '“' && tt.runes[o] != '”' {
		o--
	}
	if o < 0 || tt.runes[o] != '“' {
		return false
	}
	c := re
	for c < n && c-o <= 11 && tt.runes[c] != '”' && tt.runes[c] != '“' {
		c++
	}
	if c >= n || tt.runes[c] != '”' || c-o-1 > 10 {
		return false
	}
	rest := tt.text[tt.off[c+1]:]
	for _, w := range quoteProgrammeWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// dropProgrammeQuotes drops the places found by a pattern alone (…村,
// …镇) inside a quoted slogan that names a campaign (“万企兴万村”行动).
func dropProgrammeQuotes(tt *tokText, fs []Finding) []Finding {
	if !strings.Contains(tt.text, "”") {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && strings.HasPrefix(f.Evidence, "pattern:") && inProgrammeQuote(tt, f.Start, f.End) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// textOf returns tt's text, or def when tt is nil.
func textOf(tt *tokText, def string) string {
	if tt == nil {
		return def
	}
	return tt.text
}

// gachaVillages finds the villages of Inner Mongolia's pastures, named
// before 嘎查 (宝日希勒嘎查, 乌兰嘎查村): the two to five characters of whole
// words of gojieba's before it, none a grammatical word, a verb or a
// numeral, are the village's name with 嘎查 (and 村 after it). 各嘎查 and
// 嘎查村 alone name no village.
func gachaVillages(tt *tokText, found []Finding) []Finding {
	if !tt.mayHold2('嘎', '查') || !strings.Contains(tt.text, "嘎查") {
		return nil
	}
	n := len(tt.runes)
	var out []Finding
	for j := 2; j+1 < n; j++ {
		if tt.runes[j] != '嘎' || tt.runes[j+1] != '查' {
			continue
		}
		e := j + 2
		if e < n && tt.runes[e] == '村' {
			e++
		}
		// whole tokens before j, or the made-up head of a token that
		// swallowed 嘎查 (各嘎查/x)
		s := j
		for ti := tt.tokOf[j-1]; ti >= 0; ti-- {
			p := tt.toks[ti]
			if p.end > j || j-p.start > 5 {
				break
			}
			r0 := tt.runes[p.start]
			if !isHan(r0) || functionRuneBits.has(r0) || isMaskRune(r0) || genericVillagePrefix[p.word] || clauseBreak(r0) {
				break
			}
			switch p.pos {
			case "v", "p", "c", "u", "uj", "d", "r", "m", "f", "q":
				if p.n() > 1 || p.pos != "v" {
					ti = -1
					continue
				}
			}
			s = p.start
		}
		if j-s < 2 || !tt.tokStart(s) || villageDeterminers[tt.runes[s]] {
			continue // 全旗|嘎查村: a determiner, no name
		}
		w := tt.sub(s, j)
		if getLexicon().common[w] || genericVillagePrefix[w] || overlapsFirm(found, tt.off[s], tt.off[j]) && !placeEndsAt(found, tt.off[j], tt.off[s]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "pattern:嘎查", Score: 4})
		j = e - 1
	}
	return out
}

// genericZoneStem reports the stem of a zone the gazetteer lists under a
// generic name (旅游度假 of 旅游度假区): four characters or more, every
// two of them a frequent word or a word that describes a scenic area.
func genericZoneStem(stem string) bool {
	rs := []rune(stem)
	if len(rs) < 4 || len(rs)%2 != 0 {
		return false
	}
	l := getLexicon()
	for i := 0; i < len(rs); i += 2 {
		w := string(rs[i : i+2])
		if !l.common[w] && !scenicDescWords[w] {
			return false
		}
	}
	return true
}

// namesBetweenNames finds the item of an enumeration that stands between
// two names found already (甲、其其格、乙) and reads as a name of its own:
// a Mongolian, Tibetan or Uyghur name (minorityShaped), or one word of two
// or three characters gojieba made up or tagged as a name. Frequent words,
// places, roles and words of the genre stay.
func namesBetweenNames(tt *tokText, fs []Finding) []Finding {
	if !strings.Contains(tt.text, "、") {
		return nil
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for b := tt.nextAt(rcDun, 0) + 1; b < n; b = tt.nextAt(rcDun, b) + 1 { // (speed7b.go: after the characters of the class only)
		if tt.runes[b-1] != '、' {
			continue
		}
		e := b
		for e < n && e-b <= 5 && isHan(tt.runes[e]) && tt.runes[e] != '、' {
			e++
		}
		if e >= n || tt.runes[e] != '、' || e-b < 2 || e-b > 5 {
			continue
		}
		if !ruleCoversPersonEnding(fs, tt.off[b-1]) || !ruleCoversPersonStarting(fs, tt.off[e+1]) || overlapsRulePerson(fs, tt.off[b], tt.off[e]) {
			continue
		}
		w := tt.sub(b, e)
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] || personNouns[w] {
			continue
		}
		ok := minorityShaped(tt, b, e)
		if !ok && e-b <= 3 && tt.tokStart(b) && tt.tokOf[b] == tt.tokOf[e-1] && tt.toks[tt.tokOf[b]].end == e {
			switch tt.toks[tt.tokOf[b]].pos {
			case "x", "nr", "nrt", "nrfg", "nz":
				ok = true
			}
		}
		if ok {
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[e], Evidence: "list-item,between-names", Score: contextScore})
		}
	}
	return out
}

// ruleCoversPersonEnding reports a person finding of the rules ending at
// byte e.
func ruleCoversPersonEnding(fs []Finding, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.End == e && !f.generic && f.Evidence != "tagger" {
			return true
		}
	}
	return false
}

// ruleCoversPersonStarting reports a person finding of the rules starting
// at byte s.
func ruleCoversPersonStarting(fs []Finding, s int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == s && !f.generic && f.Evidence != "tagger" {
			return true
		}
	}
	return false
}

// overlapsRulePerson reports a person finding of the rules (not the
// tagger's alone) overlapping bytes [s, e).
func overlapsRulePerson(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start < e && s < f.End && f.Evidence != "tagger" {
			return true
		}
	}
	return false
}

// levelHeads and levelTails make the phrases that name a whole
// administrative area by its level after a determiner (全旗, 各盟, 本州):
// the tagger reads some of them as names.
var levelHeads, levelTails = runeBitsOf("全各本该我"), runeBitsOf("县市区镇乡旗盟州省村")

// taggerOrdinary reports a span the tagger alone calls a name that is an
// ordinary phrase: a determiner and an administrative level (全旗), or
// words of a quoted campaign slogan (inProgrammeQuote).
func taggerOrdinary(tt *tokText, f Finding) bool {
	if rs := []rune(f.Text); len(rs) == 2 && levelHeads.has(rs[0]) && levelTails.has(rs[1]) {
		return true
	}
	return inProgrammeQuote(tt, f.Start, f.End)
}

// minorityNameAfterPersonWord finds a Tibetan, Uyghur or Mongolian name
// of one element or more of minorityNameParts right after a word for a
// person or a role (牧民|其其格|家里, 村医|卓玛): minorityNames needs two
// elements in a row, which one-part names never have. The name ends where
// a word of gojieba's begins and is no frequent word.
func minorityNameAfterPersonWord(tt *tokText) []Finding {
	if tt.runeCls&rcMinorityFirst == 0 {
		return nil // (speed7b.go: no minority name part's first character in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		s := t.end
		if s+2 > n || !minorityFirst.has(tt.runes[s]) || !minoritySecond.has(tt.runes[s+1]) {
			continue
		}
		if !personWordBefore(t) {
			continue
		}
		e := s
		for parts := 0; parts < 3; parts++ {
			ln := 0
			for c := 4; c >= 2; c-- {
				if e+c <= n && minorityNameParts[tt.sub(e, e+c)] {
					ln = c
					break
				}
			}
			if ln == 0 {
				break
			}
			e += ln
		}
		if e == s || e < n && isHan(tt.runes[e]) && !tt.tokStart(e) {
			continue
		}
		w := tt.sub(s, e)
		if l.common[w] || l.places[w] > 0 || genreWords[w] {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "minority-name-parts,after:" + t.word, Score: contextScore})
	}
	return out
}

// piecedBrand returns a firm's brand that gojieba cut into a character and
// a name-like word after the place the firm is registered in (广东|粤|顺达|
// 物流股份有限公司 → 粤顺达), when trade and ordinary words alone follow it;
// "" otherwise. words are the firm's words after that place.
func piecedBrand(tt *tokText, f Finding, words []string) string {
	if tt == nil || len(words) < 3 || runeLen(words[0]) != 1 || runeLen(words[1]) < 2 {
		return ""
	}
	l := getLexicon()
	for _, w := range words[2:] {
		if !genreWords[w] && !industryWords[w] && !l.common[w] {
			return ""
		}
	}
	brand := words[0] + words[1]
	if !allHan(brand) || l.common[brand] || genreWords[brand] || industryWords[brand] || nationalTerms[brand] {
		return ""
	}
	// the second piece is a word gojieba does not know as an ordinary one
	for _, t := range tt.toks {
		if tt.off[t.start] >= f.Start && tt.off[t.end] <= f.End && t.word == words[1] {
			switch t.pos {
			case "x", "nz", "nr", "nrt", "nrfg", "j":
				return brand
			}
			return ""
		}
	}
	return ""
}

// personWordBefore reports a token after which a name stands: a role or
// title, a word for a person or a kind of person (村医, 致富带头人).
func personWordBefore(t *tok) bool {
	return personRoleToken(t) || personNouns[t.word] || staffNoun(t) || roleNouns[t.word] || kindsOfPerson[t.word]
}
