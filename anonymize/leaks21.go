package anonymize

import "strings"

// This file holds round leaks21: classes behind the misses of the ninth
// session's unseen sets, each recognised by the words around the name
// rather than by the name:
//   - a speaker line's name of a surname alone and a two-character given
//     name, spaced apart after a role (市长  甲 乙丙);
//   - a stream named before its riverside works or scenery (…河滨河公园,
//     …河风光带), also when its stem opens with a numeral word (九曲);
//   - quoted names side by side (“甲”“乙”两家) when one of them is a
//     body or place already found;
//   - a named area, port zone or park right after its place (…街道|X片区,
//     …港区|X作业区) or after a work verb when its stem is no word of
//     gojieba's (依托|X城创业园), and the same stem before another kind;
//   - a heritage site named by a place and an old work (X古铜矿遗址);
//   - a word gojieba cannot read right before a landmark's kind (X湿地);
//   - an item of a list of subdistricts, townships or villages beside one
//     of the same kind (…街道、X街道; …乡、X乡; …村至X村);
//   - a farmer of a crop (柚农, 椒农) before his name, however gojieba cuts
//     the two apart;
//   - the start of a route (X至Y高速) whose end is a place, when X is a
//     county's short form that is also an ordinary word.
// A name found so is masked wherever it stands in the text.

// leaks21 adds the findings of this round to the findings fs of one text.
func leaks21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = leaks24(tt, leaks22(tt, fs)) // leaks22.go: the next round, run first; leaks24.go: the round after it
	var out []Finding
	if tt.spaceMay() { // hasSpace(tt.text) (speed15.go)
		out = append(out, spacedGivenAfterRole21(tt, fs)...)
	}
	if tt.mayHold('河') || tt.mayHold('江') || tt.mayHold('溪') {
		out = append(out, streamsBeforeShore21(tt, fs)...)
	}
	if tt.mayHold('“') && tt.mayHold('”') {
		out = append(out, quotedBrands21(tt, fs)...)
	}
	if tt.mayHold('区') || tt.mayHold('园') {
		out = append(out, namedZones21(tt, fs)...)
	}
	if tt.mayHold('古') && (tt.mayHold2('遗', '址') || tt.mayHold2('窑', '址')) {
		out = append(out, oldWorkSites21(tt, fs)...)
	}
	if tt.mayHold2('湿', '地') || tt.mayHold2('草', '原') {
		out = append(out, unreadBeforeLandmark21(tt, fs)...)
	}
	if tt.mayHold('、') || tt.mayHold('至') {
		out = append(out, listedDivisions21(tt, fs)...)
	}
	if (tt.mayHold('小') || tt.mayHold('老')) && addressSig21.any(tt) {
		out = append(out, addressedFamiliar21(tt, fs)...)
	}
	if tt.mayHold2('简', '称') {
		out = append(out, declaredNames21(tt, fs)...)
	}
	if tt.mayHold2('公', '司') {
		out = append(out, firmBrandHeads21(tt, fs)...)
	}
	if tt.mayHold('至') {
		out = append(out, routeStartShorts21(tt, fs)...)
	}
	if tt.mayHold('的') && relativeVerbSig21.any(tt) {
		out = append(out, namesAfterRelative21(tt, fs)...)
	}
	if tt.mayHold('等') && (tt.mayHold2('品', '牌') || tt.mayHold2('企', '业')) {
		out = append(out, brandListItems21(tt, fs)...)
	}
	if tt.mayHold('向') || tt.mayHold('于') {
		out = append(out, prepSurnameAfterNoun21(tt, fs)...)
	}
	if tt.mayHold('农') {
		out = append(out, cropFarmerNames21(tt, fs)...)
	}
	if tt.mayHold('、') && (tt.mayHold('名') || tt.mayHold('位')) {
		names := countedNames21(tt, fs)
		fs = dropUnder21(fs, names)
		out = append(out, names...)
	}
	if len(out) == 0 {
		return leaks25(tt, fs) // leaks25.go: the round after leaks24, on what this round found (…片区、X街)
	}
	return leaks25(tt, add19(dropGenericUnder21(fs, out), everywhere17(tt, out)))
}

// spacedGivenAfterRole21 finds a name written as a surname, one to three
// spaces and a two-character given name after a role and its padding, as
// speaker lines and by-lines write it (县长  甲 乙丙): the surname stands
// as a token of its own, the given name ends the line or a clause, and
// neither holds a grammatical character. spacedAfterRole (person_report.go)
// reads only names whose every character stands apart.
func spacedGivenAfterRole21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end+4 > n || !spaceRune(tt.runes[t.end]) {
			continue
		}
		if !tt.roleTok(t) && !personNouns[t.word] {
			continue
		}
		s := t.end
		for j := 0; j < 3 && s < n && spaceRune(tt.runes[s]); j++ {
			s++
		}
		if s+4 > n || !l.isSurname(tt.runes[s]) || tt.toks[tt.tokOf[s]].n() != 1 || !spaceRune(tt.runes[s+1]) {
			continue
		}
		g := s + 1
		for j := 0; j < 3 && g < n && spaceRune(tt.runes[g]); j++ {
			g++
		}
		if creditRune33(tt, g) {
			continue // no given name before the credit (甲  摄)
		}
		e := g + 2
		if e <= n && creditRune33(tt, e-1) {
			e-- // a credit ends a one-character given name (甲  乙摄: credit33.go)
		}
		if e > n || e < n && isHan(tt.runes[e]) && !creditRune33(tt, e) {
			continue // the given name runs on into a word (甲 乙丙主持)
		}
		score := 0.0
		ok := true
		for _, r := range tt.runes[g:e] {
			if !isHan(r) || functionRunes[r] || givenStop[r] || hardStop[r] {
				ok = false
				break
			}
			score += clamp(l.given[r], -4, 3)
		}
		if !ok || score < -4 || l.common[tt.sub(g, e)] && score < 0 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,role-before:" + t.word + ",leaks21", Score: contextScore + 1})
	}
	return out
}

// shoreWords21 follow a particular stream's name: its riverside works
// and scenery (…河滨河公园, …江风光带).
var shoreWords21 = []string{"滨河", "滨江", "滨溪", "风光带", "景观带", "生态廊道"}

// measureRunes21 follow a numeral in a count, not in a name (一条河,
// 两处溪): a stem of a numeral and one of them names no stream.
var measureRunes21 = runeBitsOf("条处段座个些片道几多两一二三四五六七八九十百千万")

// streamsBeforeShore21 finds a stream named by two or three characters
// before 河, 江 or 溪 and a word of its riverside works or scenery
// (，…河|滨河公园, 、…河风光带), where the name may begin after a stop, a
// place or a verb, however gojieba cut it (…|水河|滨河). A stem may open
// with a numeral word when a measure does not follow it (九曲河, not 一条河).
func streamsBeforeShore21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, w := range shoreWords21 {
		if !tt.mayContain(w) {
			continue // (a character of it is nowhere in the text)
		}
		for _, a := range occurrences19(tt, w) {
			k := a - 1
			if k < 2 || !waterKinds20.has(tt.runes[k]) {
				continue
			}
			for ln := 2; ln <= 3; ln++ {
				s := k - ln
				if s < 0 || !before20(tt, fs, s) {
					continue
				}
				stem := tt.sub(s, k)
				if !plainStem19(tt, s, k) || stemNot20[stem] || classStems[stem] || riverGenericStems[stem] || genericPlaceStems[stem] || toponymStemStop.has(tt.runes[s]) {
					break
				}
				if strings.ContainsRune("一二三四五六七八九十两几多第", tt.runes[s]) && measureRunes21.has(tt.runes[s+1]) {
					break
				}
				if l.common[stem+string(tt.runes[k])] || nationalWaters14[stem+string(tt.runes[k])] || startsWithin19(fs, tt.off[s], tt.off[k+1]) {
					break
				}
				out = append(out, found19(tt, LOCATION, s, k+1, "stream-before-shore21"))
				break
			}
		}
	}
	return out
}

// quote21 is one quoted stretch: runes [s, e) inside the marks.
type quote21 struct{ s, e int }

// quotes21 returns the quoted stretches of one to eight characters.
func quotes21(tt *tokText) []quote21 {
	var qs []quote21
	n := len(tt.runes)
	for _, o := range occurrences19(tt, "“") {
		for c := o + 1; c < n && c-o <= 9; c++ {
			if tt.runes[c] == '”' {
				if c > o+1 {
					qs = append(qs, quote21{o + 1, c})
				}
				break
			}
			if tt.runes[c] == '“' {
				break
			}
		}
	}
	return qs
}

// brandAfter21 follow a brand's quoted name (“…”工夫茶, “…”等…品牌).
var brandAfter21 = []string{"品牌", "牌", "商标", "系列", "工夫茶", "红茶", "绿茶", "白茶", "黑茶", "茶叶", "大米", "香米", "贡米", "白酒", "米酒", "黄酒", "酱油", "蜂蜜", "腊肉", "火腿"}

// plainQuote21 reports whether a quoted stretch may be a name: two to
// six Han characters, no particle or punctuation, no frequent word whole.
func plainQuote21(tt *tokText, q quote21) bool {
	return q.e-q.s >= 2 && q.e-q.s <= 6 && plainStem19(tt, q.s, q.e) && !getLexicon().common[tt.sub(q.s, q.e)]
}

// afterSpan21 runs after the span tagger: quoted names side by side
// (“甲”“乙”, “甲”、“乙”) of which one is a body or place the rules or the
// tagger found whole are all of its kind (“…小院”“…树下”两家民宿).
func afterSpan21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 || !tt.mayHold2('”', '“') && !tt.mayHold3('”', '、', '“') {
		return fs
	}
	qs := quotes21(tt)
	var out []Finding
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && (qs[j].s-1 == qs[j-1].e+1 || qs[j].s-1 == qs[j-1].e+2 && tt.runes[qs[j-1].e+1] == '、') {
			j++
		}
		if j-i >= 2 {
			typ := Type("")
			for _, q := range qs[i:j] {
				for k := range fs {
					f := &fs[k]
					if (f.Type == ORG || f.Type == LOCATION) && sure21(f) && f.Start == tt.off[q.s] && f.End == tt.off[q.e] {
						typ = f.Type
					}
				}
			}
			if typ != "" {
				for _, q := range qs[i:j] {
					if plainQuote21(tt, q) {
						out = append(out, found19(tt, typ, q.s, q.e, "quoted-sibling21"))
					}
				}
			}
		}
		i = j
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}

// quotedBrands21 finds a brand quoted before its product or 品牌 (“…”工夫茶,
// “…”等…品牌), made of characters gojieba reads one by one, as made-up
// names are (a slogan of dictionary words, “生态茶乡”品牌, is no such name).
func quotedBrands21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, q := range quotes21(tt) {
		if !plainQuote21(tt, q) || q.e-q.s > 4 {
			continue
		}
		single := true
		for i := q.s; i < q.e; i++ {
			if t := tt.tokenAt(i); t.n() > 1 && t.pos != "x" {
				single = false
				break
			}
		}
		if !single {
			continue
		}
		c := q.e + 1
		rest := tt.text[tt.off[min(c, len(tt.runes))]:]
		brand := hasAnyPrefix13(rest, brandAfter21)
		if !brand && strings.HasPrefix(rest, "等") {
			// “…”等县域电商品牌: 品牌 within the clause after 等
			for k := c + 1; k < len(tt.runes) && k-c <= 10 && isHan(tt.runes[k]); k++ {
				if strings.HasPrefix(tt.text[tt.off[k]:], "品牌") {
					brand = true
					break
				}
			}
		}
		if brand {
			out = append(out, found19(tt, ORG, q.s, q.e, "quoted-brand21"))
		}
	}
	return out
}

// zoneKinds21 end the names of an area, a port's zone or a park.
var zoneKinds21 = []string{"片区", "作业区", "物流园", "创业园", "产业园", "工业园", "科技园"}

// zoneWords21 name a zone that holds named parts (…港区|X作业区).
var zoneWords21 = wordSet(`港区 园区 开发区 新区 高新区 经开区 工业园区 产业园区`)

// zoneWorkVerbs21 come before a zone's name (依托|X城创业园).
var zoneWorkVerbs21 = wordSet(`扩大 支持 依托 打造 建设 推进`)

// zoneGeneric21 are no stem of a named area or park: kinds of area and of
// industry (老旧片区, 物流产业园, 现代农业产业园).
var zoneGeneric21 = wordSet(`老旧 棚改 棚户 低洼 易涝 内涝 积水 危旧 征收 改造 拆迁 重点 核心 中心 城中村 老城 新城 主城 城区 城市 城乡 农业 现代农业 工业 产业 物流 商贸 电商 科技 文化 旅游 文旅 数字 智慧 食品 医药 生物 新能源 新材料 装备 制造 创业 创新 孵化 农产品 特色 示范 生态 循环 循环经济 绿色 光伏 冷链 仓储 港口 航空 临空 临港 综合 省级 市级 县级 国家级 各 全 本 该 这个 这些 多个 一批 部分 其他 相关 周边 沿线 开发区 园区 片区`)

// zoneStemOK21 reports whether runes s..e may be the stem of a named area.
func zoneStemOK21(tt *tokText, s, e int) bool {
	if e-s < 2 || e-s > 5 || !plainStem19(tt, s, e) {
		return false
	}
	stem := tt.sub(s, e)
	if zoneGeneric21[stem] || stemNot20[stem] || classStems[stem] || siblingGeneric11[stem] || toponymStemStop.has(tt.runes[s]) || villageDeterminers[tt.runes[s]] || tt.runes[s] == '等' {
		return false
	}
	for k := s; k < e; {
		t := tt.toks[tt.tokOf[k]]
		if zoneGeneric21[t.word] && t.end <= e || strings.HasPrefix(t.pos, "v") && t.pos != "vn" || t.pos == "m" || t.pos == "q" || t.pos == "r" {
			return false // a kind of industry inside (…物流|产业园) or a verb, count or pronoun
		}
		k = t.end
	}
	return true
}

// namedZones21 finds an area, a port's zone or a park named by two to
// five characters before its kind (片区, 作业区, 物流园, 创业园, 产业园):
//   - right after a place or body the rules found, or after a zone of it
//     (…街道|X片区, …|港区|X作业区): there any stem but a kind names it;
//   - right after a work verb, when a word of the stem is one gojieba
//     cannot read or an abbreviation (依托|X石油城创业园, 扩大|京X协作产业园).
//
// The same stem before another kind of zone is the same place's
// (X作业区 … X物流园).
func namedZones21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	var stems []string
	for _, kind := range zoneKinds21 {
		if !tt.mayContain(kind) {
			continue // (a character of it is nowhere in the text)
		}
		for _, k := range occurrences19(tt, kind) {
			for ln := 2; ln <= 5; ln++ {
				s := k - ln
				if s < 0 {
					break
				}
				if !zoneStemOK21(tt, s, k) {
					continue
				}
				afterPlace := placeEnds19(tt, fs, s)
				if !afterPlace && s >= 2 {
					for zl := 2; zl <= 4 && !afterPlace; zl++ {
						if z := s - zl; z > 0 && zoneWords21[tt.sub(z, s)] && placeEnds19(tt, fs, z) {
							afterPlace = true
						}
					}
				}
				// a park after its place needs a stem word gojieba cannot
				// read, as after a verb: …镇|食用菌产业园 names the park by
				// its industry, a kind
				park := strings.HasSuffix(kind, "园")
				ok := afterPlace && !park && !adjectiveIn21(tt, s, k)
				if !ok && (afterPlace || verbBefore19(tt, s) || tt.tokStart(s) && s > 0 && zoneWorkVerbs21[tt.tokenBefore(s).word]) {
					for i := s; i < k; {
						t := tt.toks[tt.tokOf[i]]
						if (t.pos == "x" && t.n() >= 2 || t.pos == "j" || t.pos == "ns" && t.n() == 1) && !l.common[t.word] && t.start >= s && t.end <= k {
							ok = true
						}
						i = t.end
					}
				}
				if !ok || startsWithin19(fs, tt.off[s], tt.off[k]) {
					continue
				}
				out = append(out, found19(tt, LOCATION, s, k+runeLen(kind), "named-zone21"))
				stems = append(stems, tt.sub(s, k))
				break
			}
		}
	}
	// the same stem before another kind of zone
	for _, stem := range stems {
		for _, s := range occurrences19(tt, stem) {
			e := s + runeLen(stem)
			kind := firstPrefix(tt.text[tt.off[min(e, len(tt.runes))]:], zoneKinds21)
			if kind == "" || overlapsAny(out, tt.off[s], tt.off[e]) || startsWithin19(fs, tt.off[s], tt.off[e]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, e+runeLen(kind), "named-zone21,again"))
		}
	}
	return out
}

// oldWorkKinds21 end the name of a heritage site (…古铜矿遗址, …古窑址).
var oldWorkKinds21 = []string{"遗址", "窑址"}

// oldWorkSites21 finds a heritage site named by a place of two or three
// characters, 古 and the old work (X古铜矿遗址, X古窑址), however gojieba
// cut the place and 古 (…山古|铜矿): the place begins where a name may.
func oldWorkSites21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range oldWorkKinds21 {
		if !tt.mayContain(kind) {
			continue // (a character of it is nowhere in the text)
		}
		for _, a := range occurrences19(tt, kind) {
			g := -1
			for d := 1; d <= 4 && a-d >= 0; d++ {
				if tt.runes[a-d] == '古' {
					g = a - d
					break
				}
			}
			if g < 2 || !plainStem19(tt, g, a) {
				continue
			}
			for ln := 2; ln <= 3; ln++ {
				s := g - ln
				if s < 0 || !before20(tt, fs, s) {
					continue
				}
				stem := tt.sub(s, g)
				if !plainStem19(tt, s, g) || stemNot20[stem] || classStems[stem] || siblingGeneric11[stem] || toponymStemStop.has(tt.runes[s]) || villageDeterminers[tt.runes[s]] {
					break
				}
				if startsWithin19(fs, tt.off[s], tt.off[g]) || !nounStem21(tt, s, g) {
					break
				}
				out = append(out, found19(tt, LOCATION, s, a+runeLen(kind), "old-work-site21"))
				break
			}
		}
	}
	return out
}

// landmarkKinds21 follow a landmark's name (…湿地, …草原).
var landmarkKinds21 = []string{"湿地", "草原"}

// unreadBeforeLandmark21 finds a word of two to four characters that
// gojieba cannot read (tagged x) right before a landmark's kind, where a
// name may begin (。X湿地保护修复): a made-up word there is the
// landmark's own name.
func unreadBeforeLandmark21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range landmarkKinds21 {
		if !tt.mayContain(kind) {
			continue // (a character of it is nowhere in the text)
		}
		for _, k := range occurrences19(tt, kind) {
			if !tt.tokStart(k) {
				continue
			}
			// the stem: the tokens before the kind, back to a stop, each
			// one gojieba cannot read (x), a transliteration (nrt) or one
			// character, two to four characters in all
			s := k
			for s > 0 && k-s < 4 {
				t := tt.tokenBefore(s)
				if t == nil || !isHan(tt.runes[t.start]) || !(t.pos == "x" || t.pos == "nrt" || t.n() == 1) || stemStop19.has(tt.runes[t.start]) {
					break
				}
				s = t.start
			}
			if k-s < 2 || k-s > 4 || tt.tokenAt(s).n() == 1 && tt.tokenAt(k-1).n() == 1 && k-s == 2 {
				continue // two characters read one by one: a qualifier and a word (全|县)
			}
			if !plainStem19(tt, s, k) || !before20(tt, fs, s) || getLexicon().common[tt.sub(s, k)] || startsWithin19(fs, tt.off[s], tt.off[k]) || overlapsAny(fs, tt.off[s], tt.off[k]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k, "unread-before-landmark21"))
		}
	}
	return out
}

// divisionKinds21 end the items of a list of divisions.
var divisionKinds21 = []string{"街道", "乡", "镇", "村"}

// notAfterKind21 make a kind character part of a longer word (乡村, 镇区,
// 村民): no division ends there.
var notAfterKind21 = map[string]*runeBits{
	"乡": ptrBits(runeBitsOf("村镇亲贤土愁情里间音")),
	"镇": ptrBits(runeBitsOf("区域长级街")),
	"村": ptrBits(runeBitsOf("民级庄落寨镇")),
}

func ptrBits(b runeBits) *runeBits { return &b }

// divisionKindOf returns the kind (divisionKinds21) a place's text ends
// with, or "".
func divisionKindOf(text string) string {
	for _, k := range divisionKinds21 {
		if strings.HasSuffix(text, k) {
			return k
		}
	}
	return ""
}

// listedDivisions21 finds an item of a list of subdistricts, townships,
// towns or villages beside a place of the same kind the rules found
// (…街道、X街道; …回族乡、X乡; …镇X村、…村; …村至X村): a stem of two to
// four characters that is no kind of village (文明村) nor a word of scope,
// between the list's joiner (、, or 至 for a road's ends) and the kind.
func listedDivisions21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	item := func(s, e int, kind string) {
		stem := tt.sub(s, e)
		if !plainStem19(tt, s, e) || stemNot20[stem] || classStems[stem] && kind != "街道" || siblingGeneric11[stem] || zoneGeneric21[stem] || villageKindWords[stem+kind] || toponymStemStop.has(tt.runes[s]) || villageDeterminers[tt.runes[s]] && !(numeralRune(tt.runes[s]) && !measureRunes21.has(tt.runes[s+1])) {
			return
		}
		ke := e + runeLen(kind)
		if ke < n {
			if b := notAfterKind21[kind]; b != nil && b.has(tt.runes[ke]) {
				return
			}
		}
		if t := tt.tokenAt(e); t != nil && t.start < e {
			return // the kind's first character ends a word of the stem (城|乡, 小|镇 are caught by the stem's length)
		}
		if getLexicon().common[stem+kind] || overlapsSure21(fs, tt.off[s], tt.off[ke]) || overlapsAny(out, tt.off[s], tt.off[ke]) {
			return
		}
		out = append(out, found19(tt, LOCATION, s, ke, "listed-division21"))
	}
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || !sure21(f) {
			continue
		}
		kind := divisionKindOf(f.Text)
		if kind == "" {
			continue
		}
		fs0, fe := tt.runeAt(f.Start), tt.runeAt(f.End)
		if fs0 < 0 || fe < 0 {
			continue
		}
		// the item after it: …街道、X街道 (…村至X村 for villages and towns)
		if fe+3 < n && (tt.runes[fe] == '、' || tt.runes[fe] == '至' && kind != "街道") {
			s := fe + 1
			for ln := 2; ln <= 4 && s+ln < n; ln++ {
				if strings.HasPrefix(tt.text[tt.off[s+ln]:], kind) {
					item(s, s+ln, kind)
					break
				}
			}
		}
		// the item before it: X村、…村, where X begins after a place
		if fs0 >= 3 && tt.runes[fs0-1] == '、' {
			e := fs0 - 1 - runeLen(kind)
			if e > 0 && tt.sub(e, fs0-1) == kind {
				for ln := 2; ln <= 4 && e-ln >= 0; ln++ {
					if s := e - ln; placeEnds19(tt, fs, s) {
						item(s, e, kind)
						break
					}
				}
			}
		}
	}
	return out
}

// sure21 reports whether a finding is neither generic (a kind kept
// readable) nor a weak guess (weak19).
func sure21(f *Finding) bool { return !f.generic && !weak19(f) }

// overlapsSure21 reports whether a finding of fs that is neither generic
// nor a weak guess overlaps bytes s..e.
func overlapsSure21(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e && sure21(f) {
			return true
		}
	}
	return false
}

// dropGenericUnder21 drops the generic findings (a kind of body kept
// readable, 街道社区卫生服务中心) that overlap a name of out: the name is
// masked, the rest of the kind stays readable as text.
func dropGenericUnder21(fs, out []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.generic && overlapsAny(out, f.Start, f.End) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// nounStem21 reports whether the tokens that lie wholly inside runes
// s..e are no verbs, adverbs, prepositions, pronouns or counts (加强|古…).
func nounStem21(tt *tokText, s, e int) bool {
	return !tokenInside21(tt, s, e, func(t *tok) bool {
		return strings.HasPrefix(t.pos, "v") && t.pos != "vn" || strings.HasPrefix(t.pos, "d") || t.pos == "p" || t.pos == "r" || t.pos == "m" || t.pos == "q" || t.pos == "c" || t.pos == "u"
	})
}

// tokenInside21 reports whether a token that lies wholly inside runes
// s..e satisfies is.
func tokenInside21(tt *tokText, s, e int, is func(t *tok) bool) bool {
	for i := s; i < e; {
		t := &tt.toks[tt.tokOf[i]]
		if t.start >= s && t.end <= e && is(t) {
			return true
		}
		i = t.end
	}
	return false
}

// dotFirstPart21 returns, for a confirmed transliterated name written
// with a dot (X·Y), its first part alone: a person's own name, by which
// the report refers to the person later (X书记, X说). The part must be of
// two or more Han characters and no frequent word, place or role.
func dotFirstPart21(f Finding) []Finding {
	if f.Type != PERSON || f.generic || f.Score < 2 {
		return nil
	}
	i := strings.IndexAny(f.Text, "·•・")
	if i <= 0 {
		return nil
	}
	p := f.Text[:i]
	if runeLen(p) < 2 || !allHan(p) {
		return nil
	}
	l := getLexicon()
	if l.common[p] || getPersonLexicon().ordinary[p] || l.places[p] > 0 || l.short[p] != "" || nationalTerms[p] || isRoleWord(p) {
		return nil
	}
	return []Finding{{Type: PERSON, Text: p, Evidence: "element-of-named-person,dot-first21", Score: f.Score}}
}

// addressRunes21 are verbs of turning to a person (找, 叫, 问) that gojieba
// may glue to a familiar reference after them (找小周/x); addressList21
// holds them one by one, for the text's signature.
const addressChars21 = "找叫喊问请让跟陪谢帮"

var addressRunes21 = runeBitsOf(addressChars21)

var addressList21 = strings.Split(addressChars21, "")

// closeRunes21 close a familiar reference that is a verb's object.
var closeRunes21 = runeBitsOf("，。！？；、”")

// addressedFamiliar21 finds 小 or 老 and a surname as the object of a verb
// of turning to a person, closed by punctuation (有事找小周，…), however
// gojieba cut the verb and the reference: the person the text calls by
// surname. A frequent word (小康, 老实) is none.
func addressedFamiliar21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	at := append(occurrences19(tt, "小"), occurrences19(tt, "老")...)
	for _, c := range at {
		i := c + 1 // (the text's 小 and 老 only, not every character)
		if c < 1 || i+1 >= n || !addressRunes21.has(tt.runes[i-2]) || !closeRunes21.has(tt.runes[i+1]) {
			continue
		}
		r := tt.runes[i]
		if !l.isSurname(r) || l.first[r] < 1 || l.common[tt.sub(i-1, i+1)] || overlapsAny(fs, tt.off[i-1], tt.off[i+1]) {
			continue
		}
		if t := tt.tokenAt(i - 2); t.end > i+1 || t.start < i-3 {
			continue // the verb ends a longer word (寻找, 申请 are fine; 小 inside another word is not)
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i-1, i+1), Start: tt.off[i-1], End: tt.off[i+1], Evidence: "familiar-surname,addressed21", Score: contextScore})
	}
	return out
}

// prepSurnames21 are surnames that are also prepositions (向, 于): after
// a word for a person, before a name gojieba tags as one, they begin the
// name (退役军人|向|X返乡), which afterPersonNoun17p passes by as a
// preposition.
var prepSurnames21 = runeBitsOf("向于")

// prepSurnameAfterNoun21 finds a name of a surname that is also a
// preposition and a given name gojieba tags as a name (nr), right after a
// word for a kind of person (personNouns17p).
func prepSurnameAfterNoun21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		s := t.end
		if s+2 >= n || !prepSurnames21.has(tt.runes[s]) || !tt.endMay(&personNouns17pLast, k) || !personNouns17p[t.word] {
			continue
		}
		g := tt.tokenAt(s + 1)
		if w := tt.tokenAt(s); w.start == s && w.n() >= 2 && w.n() <= 3 && nameTagged15b(w.pos) {
			g = w // gojieba read the whole name (于X/nr)
		} else if g == nil || g.start != s+1 || g.n() < 1 || g.n() > 2 || !nameTagged15b(g.pos) {
			continue
		}
		if !nameEnd17p(tt, g.end) {
			continue
		}
		if overlapsSure21(fs, tt.off[s], tt.off[g.end]) && !ruleCoversPerson(fs, tt.off[s+1], tt.off[g.end]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, g.end), Start: tt.off[s], End: tt.off[g.end], Evidence: "name-after:" + t.word + ",prep-surname21", Score: contextScore})
	}
	return out
}

// cropRunes21 are crops whose growers a report names X农 (柚农, 椒农).
var cropRunes21 = runeBitsOf("柚茶果菜椒蔗桔橘药瓜烟棉花蚕梨桃稻粮菇莓枣杏柿笋薯蕉桑麻豆参芒李杨")

// cropFarmerNames21 finds a name right after a grower of a crop (…镇柚农|X说),
// however gojieba cuts the grower's word and the name (柚|农黄|大军): a
// surname and one or two given characters that end where a name may end.
func cropFarmerNames21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "农") {
		s := k + 1
		if k < 1 || s+2 > n || !cropRunes21.has(tt.runes[k-1]) || surnameLen17p(tt, s, n) == 0 {
			continue
		}
		if t := tt.tokenAt(k - 1); t.start != k-1 && t.end <= k {
			continue // the crop character ends a longer word (务|农, 助|农)
		}
		if k >= 2 && isHan(tt.runes[k-2]) && !placeEnds19(tt, fs, k-1) && tt.tokenAt(k-2).end != k-1 {
			continue
		}
		for ln := 3; ln >= 2; ln-- {
			e := s + ln
			if e > n || !nameEnd17p(tt, e) || !nameSpan17p(tt, s, e, false) {
				continue
			}
			if overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-after:" + tt.sub(k-1, k+1) + ",crop-farmer21", Score: contextScore})
			break
		}
	}
	return out
}

// countedNames21 finds the names of a list closed by an exact count of
// people (甲、乙两名同志, 甲、乙、丙3位老师) when every item is a surname and
// one or two given characters and the count equals the number of items:
// the first item begins right after the word before it (执法大队|甲、…),
// and readings that cross an item's edge (乙|两名 read as a name, a place
// read in 乙) give way.
func countedNames21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	units := append(occurrences19(tt, "名"), occurrences19(tt, "位")...)
	for _, u := range units {
		i := u - 1 // the numeral before 名 or 位 (the units only, not every character)
		if i < 3 {
			continue
		}
		r := tt.runes[i]
		if !isDigitRune(r) && (!mayHaveRune(&countNumeralBits, r) || countNumerals[r] == 0) {
			continue
		}
		end, etc, cnt := peopleCountAt(tt, i)
		if end < 0 || etc || cnt < 2 {
			continue
		}
		type span struct{ b, e int }
		var items []span
		e := i
		ok := true
		for len(items) < cnt {
			b := e
			for b > 0 && e-b < 4 && isHan(tt.runes[b-1]) && tt.runes[b-1] != '、' {
				b--
			}
			last := len(items) == cnt-1
			if last {
				// the first item: a surname and one or two given characters
				switch {
				case e-3 >= 0 && surnameLen17p(tt, e-3, n) == 1 && (e-3 == 0 || !isHan(tt.runes[e-4]) || tt.tokStart(e-3)):
					b = e - 3
				case e-2 >= 0 && surnameLen17p(tt, e-2, n) == 1 && tt.tokStart(e-2):
					b = e - 2
				default:
					ok = false
				}
			} else if b == 0 || tt.runes[b-1] != '、' {
				ok = false
			}
			if !ok || e-b < 2 || e-b > 3 || surnameLen17p(tt, b, n) != 1 || !nameSpan17p(tt, b, e, true) {
				ok = false
				break
			}
			items = append(items, span{b, e})
			e = b - 1
		}
		if !ok || len(items) != cnt {
			continue
		}
		for _, it := range items {
			for k := range fs {
				if f := &fs[k]; f.Type == ORG && !f.generic && f.Start < tt.off[it.e] && f.End > tt.off[it.b] {
					ok = false // a body's name holds the item
				}
			}
		}
		if !ok {
			continue
		}
		for _, it := range items {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it.b, it.e), Start: tt.off[it.b], End: tt.off[it.e], Evidence: "counted-list21", Score: contextScore})
		}
	}
	return out
}

// dropUnder21 drops the findings that overlap a name of names and are
// persons or places (readings that cross the name's edge); bodies stay.
func dropUnder21(fs, names []Finding) []Finding {
	if len(names) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != ORG && overlapsAny(names, f.Start, f.End) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// adjectiveIn21 reports whether a token that lies wholly inside runes
// s..e is an adjective (低洼/a): a quality, no name, before a kind of area.
func adjectiveIn21(tt *tokText, s, e int) bool {
	return tokenInside21(tt, s, e, func(t *tok) bool { return t.pos == "a" || t.pos == "ad" || t.pos == "an" })
}

// declaredNames21 finds a body's full name and the short form it declares
// in the bracket after it (…种植专业合作社（简称“…合作社”）): the
// declaration makes both names, even where the keep filters read the full
// name as a kind of body (a produce cooperative). The full name runs back
// from the bracket to a stop or a place the rules found, at most thirty
// characters, and ends in a body's suffix; the short form is the quoted
// two to eight Han characters after 简称.
func declaredNames21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "简称") {
		p := k - 1
		if p >= 0 && tt.runes[p] == '下' && p >= 2 && tt.sub(p-1, p+1) == "以下" {
			p -= 2
		}
		if p < 2 || tt.runes[p] != '（' && tt.runes[p] != '(' {
			continue
		}
		q := k + 2
		for q < n && (tt.runes[q] == '为' || tt.runes[q] == '：' || tt.runes[q] == ':') {
			q++
		}
		if q >= n || tt.runes[q] != '“' {
			continue
		}
		qe := q + 1
		for qe < n && qe-q <= 9 && tt.runes[qe] != '”' {
			qe++
		}
		if qe >= n || tt.runes[qe] != '”' || qe-q-1 < 2 || qe-q-1 > 8 || !allHan(tt.sub(q+1, qe)) {
			continue
		}
		short := tt.sub(q+1, qe)
		if nationalTerms[short] || notShortForms[short] || getLexicon().common[short] {
			continue
		}
		// the full name before the bracket
		b := p
		for b > 0 && p-b < 30 && isHan(tt.runes[b-1]) && !stop19.has(tt.runes[b-1]) && !(b < p && sureEnds21(tt, fs, b)) {
			if t := tt.tokenBefore(b); b < p && t.end == b && (strings.HasPrefix(t.pos, "v") && !nameVerbs[t.word] || t.pos == "p" || t.pos == "c" || t.pos == "d") {
				break // a verb or preposition before the name (依托|…有限公司)
			}
			b--
		}
		full := tt.sub(b, p)
		if suf, _ := orgSuffix(full); suf == "" || runeLen(full)-runeLen(suf) < 2 {
			continue
		}
		if genericLevel[tt.runes[b]] {
			continue // the county's own body (县国有…有限公司（简称“县…公司”）): a kind every county has
		}
		// a body the rules found whole before the bracket keeps its own
		// short forms (orgShortForms); only a name they found in part or
		// judged a kind is this rule's
		whole := false
		for i := range fs {
			if f := &fs[i]; f.Type == ORG && sure21(f) && f.End == tt.off[p] && f.Start <= tt.off[b] {
				whole = true
			}
		}
		if whole {
			continue
		}
		out = append(out, found19(tt, ORG, b, p, "declared-full-name21"))
		if !coveredSure21(fs, tt.off[q+1], tt.off[qe]) {
			out = append(out, found19(tt, ORG, q+1, qe, "declared-short-form21"))
		}
	}
	return out
}

// coveredSure21 reports whether one finding of fs that is neither generic
// nor weak covers bytes s..e whole.
func coveredSure21(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start <= s && f.End >= e && sure21(f) {
			return true
		}
	}
	return false
}

// sureEnds21 reports whether a place or body that is neither generic nor
// weak ends right before rune s.
func sureEnds21(tt *tokText, fs []Finding, s int) bool {
	b := tt.off[s]
	for i := range fs {
		if f := &fs[i]; f.End == b && f.Start < b && (f.Type == LOCATION || f.Type == ORG) && sure21(f) {
			return true
		}
	}
	return false
}

// firmBrandHeads21 finds a company whose made-up brand gojieba cut so
// that its first one or two characters stand as words of their own (a
// verb, 重庆|筑|垫建设工程有限公司) between the place and the firm the rules
// found from its second character: the firm is the place, those
// characters and the rest, as when the brand is read whole; left outside,
// the brand's head (and the short form made of the brand) stays readable.
func firmBrandHeads21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || !sure21(f) || !strings.Contains(f.Text, "公司") {
			continue
		}
		s := tt.runeAt(f.Start)
		if s < 3 || tt.tokenAt(s).n() != 1 || !tt.tokStart(s) {
			continue // the firm's first word is no lone character of a brand
		}
		for g := 1; g <= 2; g++ {
			h := s - g
			if h < 2 || !plainStem19(tt, h, s) || functionRunes[tt.runes[h]] || !tt.tokStart(h) {
				break
			}
			p := -1
			for k := range fs {
				if q := &fs[k]; q.Type == LOCATION && sure21(q) && q.End == tt.off[h] {
					p = tt.runeAt(q.Start)
				}
			}
			if p < 0 {
				continue
			}
			out = append(out, Finding{Type: ORG, Text: tt.sub(p, tt.runeAt(f.End)), Start: tt.off[p], End: f.End, Evidence: f.Evidence + ",brand-head21", Score: f.Score, label: f.label})
			break
		}
	}
	return out
}

// routeStartShorts21 finds the start of a route named by its two ends
// (X至Y高速公路) when the end Y is a place the rules found and X, two or
// three characters from a word's start, is a county's or city's short
// form in the gazetteer that is also an ordinary word (全州: the whole
// prefecture), which the short-form rules leave readable alone.
func routeStartShorts21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, z := range occurrences19(tt, "至") {
		if z < 2 || z+1 >= len(tt.runes) {
			continue
		}
		end := false
		for i := range fs {
			if f := &fs[i]; f.Type == LOCATION && sure21(f) && f.Start == tt.off[z+1] {
				end = true
			}
		}
		if !end {
			continue
		}
		for ln := 2; ln <= 3 && z-ln >= 0; ln++ {
			s := z - ln
			x := tt.sub(s, z)
			if !tt.tokStart(s) || !plainStem19(tt, s, z) || l.short[x] == "" && !l.shortAll[x] || nationalTerms[x] || stemNot20[x] || townWords19[x] || genericPlaceStems[x] || overlapsSure21(fs, tt.off[s], tt.off[z]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, z, "route-start-short21"))
			break
		}
	}
	return out
}

// tradeWords21 end a brand's name in a list of brands (…光学, …眼镜)
// besides the industry words of org.go.
var tradeWords21 = wordSet(`眼镜 光学 镜业 镜片 视光 服饰 鞋业 灯饰 五金 卫浴 洁具 门业 窗业 家纺 箱包 玩具 文具 珠宝 首饰 茶业 酒业 食品 电子 科技 机械 汽配`)

// brandListItems21 finds the items of a list of brands closed by 等 and
// 品牌 or 企业 (甲光学、乙眼镜等一批本土品牌): an item that is a brand
// of two or three characters, read as more than one word and no frequent
// word, before a trade word is a firm's name.
func brandListItems21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, d := range occurrences19(tt, "等") {
		closed := false
		for k := d + 1; k < n && k-d <= 9 && isHan(tt.runes[k]); k++ {
			if rest := tt.text[tt.off[k]:]; strings.HasPrefix(rest, "品牌") || strings.HasPrefix(rest, "企业") {
				closed = true
				break
			}
		}
		if !closed || d < 4 {
			continue
		}
		e := d
		for items := 0; items < 6 && e >= 4; items++ {
			b := e
			for b > 0 && e-b < 8 && isHan(tt.runes[b-1]) && tt.runes[b-1] != '、' {
				b--
			}
			listed := b > 0 && tt.runes[b-1] == '、' || items > 0
			if listed {
				if f, ok := brandListItem21(tt, fs, l, b, e); ok {
					out = append(out, f)
				}
			}
			if b == 0 || tt.runes[b-1] != '、' {
				break
			}
			e = b - 1
		}
	}
	return out
}

// brandListItem21 reads the item at runes b..e of a list of brands: a
// stem of two or three characters and a two-character trade word.
func brandListItem21(tt *tokText, fs []Finding, l *lexicon, b, e int) (Finding, bool) {
	t0 := e - 2
	w := tt.sub(t0, e)
	if !tradeWords21[w] && !industryWords[w] && !brandIndustry[w] {
		return Finding{}, false
	}
	s := b
	if t0-s < 2 || t0-s > 3 {
		return Finding{}, false
	}
	stem := tt.sub(s, t0)
	if !plainStem19(tt, s, t0) || l.common[stem] || industryWords[stem] || genreWords[stem] || l.places[stem] > 0 {
		return Finding{}, false
	}
	if t := tt.tokenAt(s); t.start == s && t.end == t0 && t.dictWord() && t.pos != "nz" {
		return Finding{}, false // one dictionary word: a kind (高端|眼镜)
	}
	if !tt.tokStart(s) || !tt.tokStart(t0) || crossesSure21(fs, tt.off[s], tt.off[e]) {
		return Finding{}, false
	}
	return Finding{Type: ORG, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "brand-list21", Score: 3, label: "企业"}, true
}

// crossesSure21 reports whether a finding of fs that is neither generic
// nor weak overlaps bytes s..e without lying inside them.
func crossesSure21(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e && !(f.Start >= s && f.End <= e) && sure21(f) {
			return true
		}
	}
	return false
}

// relativeVerbList21 open a clause that says what a person runs
// (经营…的X说); relativeVerbs21 is the same as a set.
var relativeVerbList21 = strings.Fields(`经营 开办 创办 承包 开设 负责 管理 开着 办起`)

var relativeVerbs21 = wordSet(strings.Join(relativeVerbList21, " "))

// mayContainAny21 reports whether the text may contain one of ws (the
// character signature's test, speed5.go).
func mayContainAny21(tt *tokText, ws []string) bool {
	for _, w := range ws {
		if tt.mayContain(w) {
			return true
		}
	}
	return false
}

// speakVerbs21 follow a person quoted (…的X说).
var speakVerbs21 = wordSet(`说 表示 介绍 告诉 坦言 感慨 笑着说 算了一笔账`)

// namesAfterRelative21 finds a name of three characters between a clause
// that says what the person runs and a verb of speaking (经营…小院的|X|说),
// whatever its surname: a regional surname the table lacks (a character
// gojieba reads as a count or a noun) and a two-character given name.
func namesAfterRelative21(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, d := range occurrences19(tt, "的") {
		s := d + 1
		if s+4 > n || !tt.tokStart(s) || tt.tokenAt(s).n() != 1 || !tt.tokStart(s+1) || tt.tokenAt(s+1).n() != 2 {
			continue
		}
		e := s + 3
		if !plainStem19(tt, s, e) || functionRunes[tt.runes[s]] || chineseNumeralRunes.has(tt.runes[s]) || !tt.tokStart(e) {
			continue
		}
		if a := tt.tokenAt(e); a == nil || !speakVerbs21[a.word] {
			continue
		}
		rel := false
		for k := d - 1; k >= 0 && d-k <= 10 && isHan(tt.runes[k]); k-- {
			if t := tt.tokenAt(k); t.start == k && relativeVerbs21[t.word] {
				rel = true
				break
			}
		}
		if !rel || getLexicon().common[tt.sub(s, e)] || overlapsSure21(fs, tt.off[s], tt.off[e]) && !ruleCoversPerson(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-after-relative21", Score: contextScore})
	}
	return out
}
