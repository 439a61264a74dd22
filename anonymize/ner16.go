package anonymize

import "strings"

// This file holds round ner16: false person spans of news text, where a
// word of the person's shape (a surname character first, a word gojieba
// tags nr or nrt) is something else. ner16 runs after shapes15
// (anonymize.go), so that the spans of the person rounds before it are
// all there to review:
//
//   - two-character words gojieba's dictionary tags nr, with no role,
//     title or list beside them and a weak given-name score
//     (ordinaryNRWord16): one that ends in a kind of place is that place
//     (孔府), one after a function-word surname at a clause's start is the
//     end of a longer name (和|万春); the rest stay masked as persons (桂冠
//     included: dropping them left real names readable);
//   - transliterated words that are places or things by what follows:
//     an item of a list closed by 等 and a kind of place (甲、乙等城市),
//     a document named after its place (甲决议), an index (甲指数), a craft
//     in quotes before 号 (“甲”号) (translitThing16);
//   - adverbs read as surnames: 越 of 越A越B, 都 before a modal verb
//     (都要, 都能), 连 of 连…都/也 (adverbSpan16);
//   - transliterated names cut short, the rest of the name a word gojieba
//     made up of transliteration characters (赫里斯|坚科) (translitRest16);
//   - a surname and the honorific 老 before a verb, trimmed to the surname
//     (吕老|去) (honorific16);
//   - of the nr words turned down, a function-word surname at a clause's
//     start takes the word as its given name (和|万春) (clauseSurname16),
//     a word inside a longer name stays masked (partOfName16), one that
//     ends in a kind of place is that place (孔府), and one before a body's
//     kind is the body's trade name (夏布|工艺品厂) (bodyKindAfter16);
//   - 张 as a measure word (那张|小巧) (measureWord16), verbs and adjectives
//     read as names (戴上, 廉洁, 罗|各大) (verbSpan16), ordinary words
//     gojieba tags nrt (科普, 托人) (nrtWord16).

// ner16 reviews the person findings of one text by the classes above: it
// drops, trims, extends or retypes them, and turns a person right before
// a place of a list (place-list16) into the first part of that place.
func ner16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON {
			out = append(out, f)
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s {
			out = append(out, f)
			continue
		}
		if g, ok := honorific16(tt, f, s, e); ok {
			out = append(out, g)
			continue
		}
		if ordinaryNRWord16(tt, f, s, e) && !bodyKindAfter16(tt, e) {
			if g, ok := clauseSurname16(tt, f, s, e); ok {
				out = append(out, g)
			} else if z := tt.runes[e-1]; !partOfName16(tt, s, e) && (placeKindEnd.has(z) || strongPlaceEnd.has(z) || z == '宫' || z == '城') {
				// an nr word that ends in a kind of place or building is
				// that place (孔府, 洪湖, 王宫): masked as a place
				out = append(out, asPlace(f, "nr-place16"))
			} else {
				// any other such word stays masked as a person: dropping
				// it (桂冠, 陶醉) raised precision on the development file
				// but left real names readable there (郎平 twice, 梁 and 祝
				// of 梁祝: caught 0.948 → 0.943), and a leak is the worse
				// error
				out = append(out, f)
			}
			continue
		}
		if measureWord16(tt, f, s) || adverbSpan16(tt, f, s, e) || verbSpan16(tt, f, s, e) || nrtWord16(tt, f, s) {
			continue
		}
		if g, keep, ok := translitThing16(tt, f, s, e); ok {
			if keep {
				out = append(out, g)
			}
			continue
		}
		out = append(out, translitRest16(tt, f, s, e))
	}
	// a person right before a place of such a list is the first part of
	// the same place name (雷西斯|滕西亚等城市); nothing to do in a text
	// with no such place (nearly all)
	listed := false
	for k := range out {
		if g := &out[k]; g.Type == LOCATION && strings.Contains(g.Evidence, "place-list16") {
			listed = true
			break
		}
	}
	for k := 0; listed && k < len(out); k++ {
		f := &out[k]
		if f.Type != PERSON || strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") {
			continue
		}
		for j := range out {
			if g := &out[j]; g.Type == LOCATION && g.Start == f.End && strings.Contains(g.Evidence, "place-list16") {
				*f = asPlace(*f, "place-list16")
				break
			}
		}
	}
	return out
}

// nrWordMinScore16 is the least rule score of a two-character word gojieba
// tags nr for ner16 to leave it alone as a name: 柳青 (2.0),
// 鲁宾 (2.4) and 张骞 (3.0) reach it, 桂冠 (1.0), 陶醉 (1.6), 苏铁 (0.5) and
// 连贯 (0.2) do not.
const nrWordMinScore16 = 2.0

// ordinaryNRWord16 reports a finding that is one two-character word
// gojieba's dictionary tags nr, found on that tag alone (evidence
// surname+given,jieba:nr, no role, title, list or speaker beside it) with
// a score below nrWordMinScore16: words gojieba's dictionary lists as nr
// that are often ordinary words (桂冠, 陶醉, 荣膺, 贺信, 苏铁) and sometimes
// names (郎平). ner16 reads such a word as a place or as part of a longer
// name where the text says so, and otherwise leaves it masked.
func ordinaryNRWord16(tt *tokText, f Finding, s, e int) bool {
	if e-s != 2 || strings.TrimSuffix(f.Evidence, ",doubtful") != "surname+given,jieba:nr" || f.Score >= nrWordMinScore16 {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e || t.pos != "nr" {
		return false
	}
	return !nationalLeaders[f.Text]
}

// clauseSurname16 extends a two-character nr word that ordinaryNRWord16
// turned down over the surname before it when that surname begins the
// clause or stands alone after a space (，和|万春还…, 通讯员  把|红霞): a
// conjunction or preposition that is also a surname (和, 把, 向) cannot
// stand first in a clause, so it is the surname of a three-character name.
// Class: names of a function-word surname at a clause's start.
func clauseSurname16(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if s < 1 || !surnameAny15(getLexicon(), tt.runes[s-1]) {
		return f, false
	}
	if s >= 2 && isHan(tt.runes[s-2]) {
		return f, false
	}
	if b := tt.tokenAt(s - 1); b == nil || b.start != s-1 || b.end != s {
		return f, false
	}
	g := trimTo(tt, f, s-1, e, "clause-surname16")
	g.generic = false
	return g, true
}

// partOfName16 reports an nr word that ordinaryNRWord16 turned down but
// that is, by what stands around it, part of a longer name, which a mask
// on the word keeps unreadable: a Han character standing alone before it
// (a rare surname: 拓|海燕 after a by-line's spaces), a quoted name it is
// part of (“稻香|田舍”), a noun right after it that it names (鲁班|红木,
// 朱子|故里; not a name after it: 孔府|孔庙/nr).
func partOfName16(tt *tokText, s, e int) bool {
	if s >= 1 && isHan(tt.runes[s-1]) && (s < 2 || !isHan(tt.runes[s-2])) {
		return true
	}
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		if r := tt.runes[k]; r == '“' || r == '《' {
			if k < s-1 {
				return true // 《|…|甲乙 or “|…|甲乙: a longer title or name
			}
			break
		} else if !isHan(r) {
			break
		}
	}
	if e < len(tt.runes) && isHan(tt.runes[e]) && tt.runes[e] != '的' {
		if a := tt.tokenAt(e); a != nil && a.start == e && strings.HasPrefix(a.pos, "n") && !nameTagged(a.pos) {
			return true
		}
	}
	return false
}

// placeKinds16 are kinds of place that close a list of places after 等
// (甲、乙等大、中城市, 甲等4个村庄, 甲、乙等国).
var placeKinds16 = []string{"城市", "国家", "地区", "村庄", "村镇", "城镇", "港口", "岛屿", "省份", "小镇", "国", "地", "省", "州", "市", "县", "岛", "港", "村"}

// placeListAfter16 reports whether runes from e on continue a list of
// places: list items (、乙丙) up to 等, then up to four characters of
// number, measure or size (4个, 大、中), then a kind of place (城市); a
// one-character kind (等国, 等地) only before punctuation, 的 or 区, not as
// the first character of a longer word (等地方财政, 等市场).
func placeListAfter16(tt *tokText, e int) bool {
	n := len(tt.runes)
	k := e
	for k < n && k-e <= 24 && tt.runes[k] != '等' {
		r := tt.runes[k]
		if r != '、' && !isHan(r) {
			return false
		}
		if r != '、' && tt.runes[k-1] == '、' {
			// the next item is no clause: a verb ends the list
			if t := tt.tokenAt(k); t != nil && t.start == k && strings.HasPrefix(t.pos, "v") {
				return false
			}
		}
		k++
	}
	if k >= n || tt.runes[k] != '等' {
		return false
	}
	for j := k + 1; j < n && j <= k+5; j++ {
		rest := tt.sub(j, min(n, j+2))
		for _, w := range placeKinds16 {
			if !strings.HasPrefix(rest, w) {
				continue
			}
			z := j + runeLen(w)
			if len(w) > 3 || z >= n || !isHan(tt.runes[z]) || tt.runes[z] == '的' || tt.runes[z] == '区' {
				return true
			}
		}
		r := tt.runes[j]
		if !(r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十几多个座大中小、", r)) {
			return false
		}
	}
	return false
}

// placeDocs16 are documents and rounds named after the place they were
// agreed in (阿鲁巴决议, 奥斯陆协议, 乌拉圭回合).
var placeDocs16 = wordSet(`决议 协议 协定 条约 公约 回合 议定书`)

// translitThing16 reviews a transliterated finding by what stands beside
// it; ok reports whether it applies, keep whether the returned finding
// stays. Classes: an item of a list of places (甲、乙等城市, 在甲等4个村庄)
// is a place; a name before a document of a place (甲决议) is a place;
// a name before 指数 is the company of an index (masked as a body); a
// name in quotes before 号 is a craft or a ship (“甲”号), not masked.
func translitThing16(tt *tokText, f Finding, s, e int) (Finding, bool, bool) {
	ev := strings.ReplaceAll(f.Evidence, "title-after:等", "")
	if strings.Contains(ev, "role-") || strings.Contains(ev, "title-") || strings.Contains(ev, "speaker") {
		return f, false, false
	}
	if e < len(tt.runes) && (tt.runes[e] == '、' || tt.runes[e] == '等') && placeListAfter16(tt, e) {
		// (whatever found it: 滕西亚 of 雷西斯滕西亚 was read as a
		// surname and a given name; a list of persons ends in 等人,
		// 等同志, not in a kind of place)
		return asPlace(f, "place-list16"), true, true
	}
	if !strings.HasPrefix(f.Evidence, "transliterated") {
		return f, false, false
	}
	a := tt.tokenAt(e)
	if a != nil && a.start == e {
		if placeDocs16[a.word] {
			return asPlace(f, "place-document16"), true, true
		}
		if a.word == "指数" {
			// the index's company (道琼斯|指数) stays masked, as a body
			f.Type, f.label = ORG, "机构"
			f.Evidence += ",index16"
			return f, true, true
		}
	}
	if s > 0 && e+1 < len(tt.runes) && tt.runes[s-1] == '“' && tt.runes[e] == '”' && tt.runes[e+1] == '号' {
		return f, false, true
	}
	return f, false, false
}

// modal16 are the modal and aspect verbs, negations and motion verbs that
// follow the adverb 都 (都要, 都能, 都会, 都可, 都应, 都得, 都已, 都将, 都不,
// 都来, 都去) (class: 都 read as a surname; one set for adverbSpan16 here
// and falsePerson16's 同志|都要 in pers16.go, which had a copy of their
// own: 都来/都去 of the one and 都该/都不/都没 of the other now serve both).
var modal16 = runeBitsOf("要能会可应得已将该把在是有不没来去")

// adverbSpan16 reports a span that begins with a character that is here
// an adverb, not a surname. Class: 越 of the comparative 越A越B (越大越好);
// 都 ("all") before a modal verb (同志都要到, 职工都能得到); 连 ("even") of
// 连…都/也 (连吹来的秋风都…, 连正常水平都…).
func adverbSpan16(tt *tokText, f Finding, s, e int) bool {
	if strings.Contains(f.Evidence, "role-before:") && !strings.Contains(f.Evidence, "doubtful") && tt.runes[s] != '连' {
		return false
	}
	n := len(tt.runes)
	switch tt.runes[s] {
	case '越':
		for k := s + 1; k < n && k <= s+4; k++ {
			if tt.runes[k] == '越' {
				return true
			}
		}
	case '都':
		return s+1 < n && modal16.has(tt.runes[s+1])
	case '连':
		// 连 + the word it stresses + 都/也 in the same clause
		if s+1 < n && (tt.runes[s+1] == '续' || tt.runes[s+1] == '同') {
			return false
		}
		for k := e; k < n && k <= s+12; k++ {
			r := tt.runes[k]
			if r == '，' || r == '。' || r == '；' || r == '！' || r == '？' {
				return false
			}
			if r == '都' || r == '也' {
				return true
			}
		}
	}
	return false
}

// translitRest16 extends a transliterated-shaped person cut short by
// gojieba (赫里斯|坚科/x): when the word right after it is one gojieba made
// up (x) that begins with one to three characters that occur in
// transliterations (mean score at least 1, none below -1, up to a function
// character: 坚科|为), and the name and they are at most seven characters,
// they are the rest of the name. Class: foreign names that gojieba's
// dictionary knows only in part.
func translitRest16(tt *tokText, f Finding, s, e int) Finding {
	if e-s < 2 || strings.Contains(f.Evidence, "dot-name") {
		return f
	}
	l := getLexicon()
	mean := func(rs []rune) float64 {
		sc := 0.0
		for _, r := range rs {
			v, ok := l.translit[r]
			if !ok {
				v = -4
			}
			sc += clamp(v, -4, 3)
		}
		return sc / float64(len(rs))
	}
	if mean(tt.runes[s:e]) < translitThreshold {
		return f
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.pos != "x" {
		return f
	}
	// the word's characters up to a function character gojieba's HMM
	// glued on (坚科|为)
	z := a.start
	for z < a.end && isHan(tt.runes[z]) && !givenStopBits.has(tt.runes[z]) {
		z++
	}
	if z == a.start || z-a.start > 3 || z-s > 7 {
		return f
	}
	for _, r := range tt.runes[a.start:z] {
		if v, ok := l.translit[r]; !ok || v < -1 {
			return f
		}
	}
	// (the rest's characters are rarer in transliterations than the
	// name's: 坚 of 赫里斯|坚科 scores below zero)
	if mean(tt.runes[a.start:z]) < 1 {
		return f
	}
	return trimTo(tt, f, s, z, "translit-rest16")
}

// verbPOS16 are gojieba's tags of verbs, adjectives and adverbs (class: a
// dictionary verb or adjective read as a name, verbSpan16: 公布, 廉洁).
var verbPOS16 = wordSet(`v vn vd vi a ad an d`)

// complement16 are directional complements, which end a verb (戴上, 拿下,
// 走出, 送去, 错过) and almost never a given name.
var complement16 = runeBitsOf("上下出去过")

// verbSpan16 reports a person finding that is a verb or an adjective.
// Classes: a two-character word gojieba's dictionary knows as a verb or an
// adjective (公布, 廉洁) that only the strict policy's doubtful reading
// or no context at all made a name; a span of a surname-looking verb and
// a directional complement (戴上, 拿下) that gojieba did not know, with no
// role or title beside it; such a span with a determiner or particle inside
// its given name (罗|各大), found by a list at most.
func verbSpan16(tt *tokText, f Finding, s, e int) bool {
	ev := f.Evidence
	if !strings.HasPrefix(ev, "surname+given") {
		return false
	}
	context := strings.Contains(ev, "role-before:") || strings.Contains(ev, "title-after:") || strings.Contains(ev, "speaker")
	if t := tt.tokenAt(s); e-s == 2 && t != nil && t.start == s && t.end == e && verbPOS16[t.pos] && (!context || strings.HasSuffix(ev, ",doubtful")) {
		return true
	}
	// (only a span gojieba did not know: a list item it knew is a word
	// of its own, and so is any other known span)
	if context || !strings.Contains(ev, "unknown-word") {
		return false
	}
	if (e-s == 2 || e-s == 3) && complement16.has(tt.runes[e-1]) && tt.runes[s+1] != '老' {
		return true
	}
	for _, r := range tt.runes[s+1 : e] {
		if function16.has(r) {
			return true
		}
	}
	return false
}

// function16 are determiners, particles and auxiliaries that never stand
// in a given name (not the date characters of givenStop: 邝日容).
var function16 = runeBitsOf("各每该的了是在把被将都就又还们吗呢吧啊着这那些么谁啥")

// honorific16 trims a span of a surname, the honorific 老 and a verb
// (吕老|去, 王老|下) to the surname, the name the text gives. Class: 老
// after a surname, a respectful way to name an old person, read as a
// given name with the verb after it.
func honorific16(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || tt.runes[s+1] != '老' || !complement16.has(tt.runes[e-1]) || !strings.Contains(f.Evidence, "unknown-word") {
		return f, false
	}
	return trimTo(tt, f, s, s+1, "honorific16"), true
}

// bodyKindAfter16 reports a body's kind in the word of gojieba's that
// starts at rune e, right after an nr word (夏布|工艺品厂, 甲乙|公司): the
// nr word is then the trade name of a body, and stays masked whatever its
// ordinary sense (class: ordinaryNRWord16's words as trade names).
func bodyKindAfter16(tt *tokText, e int) bool {
	a := tt.tokenAt(e)
	if a == nil || a.start != e {
		return false
	}
	if strings.HasSuffix(a.word, "公司") || strings.HasSuffix(a.word, "合作社") || strings.HasSuffix(a.word, "集团") {
		return true
	}
	return a.n() >= 2 && strings.ContainsRune("厂店社馆坊", lastRune(a.word)) || strings.HasSuffix(a.word, "银行")
}

// nrtOrdinary16 are ordinary words that gojieba's dictionary tags nrt, as
// if transliterated names: phrases of 人 (令人, 托人, 恩人), of reverence and
// thanks (崇拜, 崇尚, 多谢, 拜托), and words of science and description
// (科普, 纳米, 休克, 默契, 朗朗).
var nrtOrdinary16 = wordSet(`二人 令人 托人 恩人 宜人 丽人 舍人 换人 家里人 登基 称王 崇拜 崇高 崇尚 拜佛 拜托 多谢 夸赞 施舍 勒索 勾勒 勒马
	约莫 多达 希罕 新奇 新颜 默契 休克 科普 纳米 路基 凉亭 灵芝 御膳 旭日 彼岸 中庸 圣贤 豪杰 威武 盖世 入世 在世 朗朗 保姆 始祖`)

// nrtWord16 reports a transliterated finding that begins with one of
// nrtOrdinary16 as a word of gojieba's (科普|一条街, 托人|买). Class:
// ordinary words gojieba tags nrt.
func nrtWord16(tt *tokText, f Finding, s int) bool {
	if !strings.HasPrefix(f.Evidence, "transliterated") || strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") {
		return false
	}
	t := tt.tokenAt(s)
	return t != nil && t.start == s && t.pos == "nrt" && nrtOrdinary16[t.word]
}

// measureWord16 reports a finding that begins with 张 after a demonstrative
// or a numeral (那张|小巧的门票, 一张|白纸): the measure word, not the
// surname, unless a role or title stands beside the span. Class: 张 as a
// measure word.
func measureWord16(tt *tokText, f Finding, s int) bool {
	if s < 1 || tt.runes[s] != '张' || strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") || strings.Contains(f.Evidence, "speaker") {
		return false
	}
	b := tt.runes[s-1]
	if !strings.ContainsRune("这那哪每几一两二三四五六七八九十百整半", b) && !(b >= '0' && b <= '9') {
		return false
	}
	// a word of its own before it (这|张, 一|张) or glued (那张/r)
	t := tt.tokenAt(s)
	return t != nil && (t.start == s || t.start == s-1 && t.end == s+1)
}
