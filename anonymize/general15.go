package anonymize

import (
	"math/bits"
	"strings"
)

// general15.go: leak classes found by the synthetic sweep (sweep_test.go),
// fixed for the class rather than for one string:
//   - villages and communities whose stem is in the embedded village
//     gazetteer but that gojieba cut into pieces or glued to the word
//     before (北|那|社区, 赴尉|家庄|社区, 浅水|村);
//   - people named by a surname and a kinship title (国|阿姨, 修|大爷), or
//     by 老/小 and a surname that gojieba left as one unknown word (老冉/x).

// general15 adds the findings of this file's recognizers to fs. It runs
// after the keep filters: each recognizer carries its own guards.
func general15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = overMasks15(tt, fs)
	nounNames15(tt, fs)
	if tt.mayHold('村') || tt.mayHold2('社', '区') {
		us := gazetteerUnits15(tt, fs)
		fs = addWhole(replaceStemPersons15(fs, us), us)
	}
	fs = addWhole(fs, kinPersons15(tt, fs))
	fs = addWhole(fs, gluedFullNames15(tt, fs))
	fs = addWhole(fs, placeShorts15(tt, fs))
	fs = addWhole(fs, unknownNames15(tt, fs))
	if tt.mayHold('籍') {
		fs = addWhole(fs, nativePlaces15(tt, fs))
	}
	return fs
}

// unitGlue15 are the prepositions and verbs gojieba glues to the first
// character of a place after them (赴尉|家庄社区, 从阳|由村).
var unitGlue15 = runeBitsOf("在赴到至从向与和及经以由驻对将把给为往去自于")

// unitConj15 join two places when they stand alone before the unit word
// (乡镇|和|社区).
var unitConj15 = runeBitsOf("和与及或并同跟暨")

// categoryStems15 are words that name a kind of village or community, not
// one: some are also real village names, so the gazetteer alone does not
// tell them apart (电商村, 书香社区, 和美村).
var categoryStems15 = wordSet(`沿边 沿海 沿江 沿河 抵边 老区 电商 淘宝 网红 明星 清廉 廉洁 书香 长寿 和美 宜居 宜业 星级 五星 四星 三星 二星 一星 新设 先锋 红旗 标杆 示范 样板 康养 研学 旅居 民宿 文旅 非遗 特色 数字 智慧 未来 共富 善治 平安 法治 幸福 美丽 生态 绿色 低碳 零碳 卫生 健康 文明 和谐 小康 富裕 红色 传统 历史 边境 移民 搬迁 安置 易地 合并 撤并 中心 保留 集聚 城郊 城中 空心 空壳 涣散 薄弱 后进 先进 结对 帮扶 对口 驻点 联系 脱贫 贫困 重点 一般 试点 达标 创建 旅游 无毒 党建 乡贤 善美 文化 森林 园林 生态园 花园 田园 工业 农业 商贸 物流 渔业 牧业 林业 茶叶 水果 蔬菜 养殖 种植 光伏 旅游业 新型 农民 居民 城市 城镇 农村 街道 小区 楼宇 园区 景区 社区 乡村 村庄 村组 行政 自然`)

// unitSuffix15 returns the rune length of the unit word a token begins
// with — 村 (村, 村民, 村党委 …) or 社区 — or 0.
func unitSuffix15(w string) int {
	switch {
	case w == "村" || w == "社区":
		return runeLen(w)
	case len(w) > len("村") && w[:len("村")] == "村":
		switch w[len("村"):] {
		case "民", "党委", "党支部", "支部", "委会", "两委", "委", "集体", "级":
			return 1
		}
	case len(w) > len("社区") && w[:len("社区")] == "社区":
		return 2
	}
	return 0
}

// gazetteerUnits15 finds a village or community named by a stem of two or
// three characters from the village gazetteer right before 村 or 社区,
// when gojieba's cut hides it: the stem starts a token or follows a glued
// preposition (赴|尉家庄), and is no common word nor a kind of village
// (示范, 电商).
func gazetteerUnits15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	v := getVillages()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		suf := unitSuffix15(t.word)
		var e int // the rune after the unit word
		switch {
		case suf > 0:
			e = t.start + suf
		case t.pos == "x" && t.n() >= 3 && (tt.tokLast[k] == '村' || t.n() >= 4 && tt.sub(t.end-2, t.end) == "社区"):
			// one unknown word: 老和村/x, 从常家洼社区/x
			e = t.end
			suf = 1
			if tt.runes[e-1] == '区' {
				suf = 2
			}
		default:
			continue
		}
		us := e - suf // the unit word's first rune
		if us < 2 || isMaskRune(tt.runes[us-1]) {
			continue
		}
		for L := 3; L >= 2; L-- {
			s := us - L
			if s < 0 {
				continue
			}
			if !(tt.tokStart(s) || s > 0 && tt.tokStart(s-1) && unitGlue15.has(tt.runes[s-1]) && tt.tokenAt(s-1) != nil && tt.tokenAt(s-1).end > s) {
				continue
			}
			stem := tt.sub(s, us)
			if !allHan(stem) || !v.has(stem) || l.common[stem] || genericVillagePrefix[stem] || categoryStems15[stem] {
				continue
			}
			if stemNumberRunes.has(tt.runes[s]) && (stemNumberRunes.has(tt.runes[s+1]) || tt.runes[s+1] == '个') {
				continue // 三个|村, 二十|村: a count
			}
			if functionRuneBits.has(tt.runes[s]) || tt.runes[us-1] == tt.runes[us] {
				continue // 前村|村: the unit word's own character ends no stem
			}
			if lt := tt.tokenAt(us - 1); unitConj15.has(tt.runes[us-1]) && (lt == nil || lt.n() == 1) {
				continue // 乡镇|和|社区: a conjunction before the unit word
			}
			bs, be := tt.off[s], tt.off[us+min(suf, 2)]
			whole := t.word == "村" || t.word == "社区"
			if !whole && t.pos != "x" {
				be = tt.off[us] // 彭店子|村民: the stem alone, 村民 stays readable
			}
			if coveredGen15(fs, bs, be) {
				break
			}
			if overlapsSure14(fs, bs, be) && !placeInside15(fs, bs, be) {
				if !whole || !personIsStem15(fs, bs, tt.off[us]) {
					break
				}
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "village-gazetteer-stem+" + tt.sub(us, us+min(suf, 2)), Score: 4})
			break
		}
	}
	return out
}

// personIsStem15 reports whether the only sure finding overlapping bytes
// [s, e) is a person spanning exactly the stem (宗和|社区: gojieba's
// surname reading of a gazetteer stem right before 社区 or 村).
func personIsStem15(fs []Finding, s, e int) bool {
	found := false
	for _, f := range fs {
		if f.generic || !(s < f.End && f.Start < e) {
			continue
		}
		if f.Type != PERSON || f.Start != s || f.End != e {
			return false
		}
		found = true
	}
	return found
}

// replaceStemPersons15 drops the person findings that a village finding of
// out covers exactly (宗和 of 宗和社区), so that addWhole takes the village.
func replaceStemPersons15(fs, out []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		drop := false
		for _, g := range out {
			if f.Type == PERSON && !f.generic && f.Start == g.Start && f.End < g.End && g.Type == LOCATION {
				drop = true
				break
			}
		}
		if !drop {
			kept = append(kept, f)
		}
	}
	return kept
}

// placeInside15 reports whether every finding of fs that overlaps bytes
// [s, e) is a place inside it (北 of 北那社区 read as a place alone).
func placeInside15(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if s < f.End && f.Start < e && !f.generic && (f.Type != LOCATION || f.Start < s || f.End > e) {
			return false
		}
	}
	return true
}

// kinAfter15 are one-character kinship titles that gojieba glues to the
// surname before them (印婶/x).
var kinAfter15 = runeBitsOf("婶叔伯嫂姨")

// kinSurnameStop15 are parts of speech a one-character token has when it
// is no surname in front of a kinship title (两|位|大爷, 向|大爷, 和|阿姨).
var kinSurnameStop15 = wordSet(`p c u uj ul uz uv ud ug r m q mq d f y e o`)

// surnameNouns15 are common surnames that are also everyday nouns, so
// that 老 or 小 before them makes an ordinary word (老钱 old funds, 老路,
// 小车) as often as a person.
var surnameNouns15 = runeBitsOf("钱路房车金石马牛龙林江黄白毛花叶田山谷米包关宫门井海云区党单水油桥树药酒菜院店城站厂矿兵乡")

// personAfter15 follow a familiar reference to a person (老揭|家里,
// 老桂|拉着).
var personAfter15 = wordSet(`家 家里 家中 一家 说 讲 笑 告诉 拉着 笑着 说道 常说 夫妇 老两口`)

// kinPersons15 finds people named by a common surname and a kinship title
// (国阿姨, 修大爷: the surname its own token before the title), a surname
// glued to a one-character title (印婶/x), or 老/小 and a common surname
// that gojieba left as one unknown word (老冉/x, 小邓/x).
func kinPersons15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	add := func(s, e int, ev string) {
		bs, be := tt.off[s], tt.off[e]
		if coveredGen15(fs, bs, be) || overlapsSure14(fs, bs, be) && !placeInside15(fs, bs, be) {
			return
		}
		out = append(out, Finding{Type: PERSON, Text: tt.text[bs:be], Start: bs, End: be, Evidence: ev, Score: 3})
	}
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.end-t.start != 1 && t.pos != "x" {
			continue // every case below needs one character (老, 小 among them) or a made-up word (speed9a)
		}
		switch {
		case t.n() == 1 && k+1 < len(tt.toks) && tt.startMay(&kinTitlesFirst, k+1) && kinTitles[tt.toks[k+1].word]: // (speed8.go)
			r := tt.runes[t.start]
			if !commonSurname15(l, r) || kinSurnameStop15[t.pos] || !isHan(r) {
				continue
			}
			if k > 0 && tt.toks[k-1].n() == 1 && isHan(tt.runes[tt.toks[k-1].start]) && !functionRuneBits.has(tt.runes[tt.toks[k-1].start]) {
				continue // a single character before: the surname may end a word gojieba cut (…|国|阿姨)
			}
			add(t.start, tt.toks[k+1].end, "surname+kinship-title")
		case (t.word == "老" || t.word == "小") && k+2 < len(tt.toks) && tt.toks[k+1].n() == 1 && personAfter15[tt.toks[k+2].word]:
			// 老|都|家里: the surname its own token, a word of people after
			if commonSurname15(l, tt.runes[t.end]) {
				add(t.start, t.end+1, "老/小+surname")
			}
		case t.pos == "x" && t.n() >= 3 && t.n() <= 4 && (tt.runes[t.start] == '老' || tt.runes[t.start] == '小') && personAfter15[tt.sub(t.start+2, t.end)]:
			// 老桂拉着/x: the surname and the verb after it in one word
			if commonSurname15(l, tt.runes[t.start+1]) {
				add(t.start, t.start+2, "老/小+surname")
			}
		case t.pos == "x" && t.n() == 2:
			a, b := tt.runes[t.start], tt.runes[t.start+1]
			switch {
			case a == '老' || a == '小':
				if commonSurname15(l, b) && (!surnameNouns15.has(b) || k+1 < len(tt.toks) && personAfter15[tt.toks[k+1].word]) {
					add(t.start, t.end, "老/小+surname")
				}
			case kinAfter15.has(b):
				if commonSurname15(l, a) {
					add(t.start, t.end, "surname+kinship-title")
				}
			}
		}
	}
	return out
}

// commonSurname15 reports whether r is a common surname (log prior 0 in
// the lexicon's surname table), the test each recognizer here makes.
func commonSurname15(l *lexicon, r rune) bool {
	pr, ok := l.surname[r]
	return ok && pr == 0
}

// rightGlue15 are particles and prepositions gojieba glues to the last
// character of a place before them (昭君|镇为, …县的).
var rightGlue15 = runeBitsOf("为的和与及至到等在是也都已将以共")

// leftEdge15 reports whether rune i may begin a place: a token starts
// there, or the token starting one rune before is a glued preposition and
// the place's first character (以金堆/x, 赴尉/x).
func leftEdge15(tt *tokText, i int) bool {
	if tt.tokStart(i) {
		return true
	}
	if i < 1 || !unitGlue15.has(tt.runes[i-1]) || !tt.tokStart(i-1) {
		return false
	}
	t := tt.tokenAt(i - 1)
	return t != nil && t.end > i && t.pos == "x"
}

// rightEdge15 reports whether rune e may end a place: a token starts
// there, the text ends, or gojieba glued a particle to the place's last
// character (镇为/x).
func rightEdge15(tt *tokText, e int) bool {
	if e >= len(tt.runes) || tt.tokStart(e) {
		return true
	}
	t := tt.tokenAt(e - 1)
	return t != nil && t.end == e+1 && t.start >= e-2 && rightGlue15.has(tt.runes[e]) && t.pos == "x"
}

// gluedFullNames15 finds gazetteer full names of three characters or
// more (counties, towns, townships) that gojieba glued to a preposition
// before them or a particle after them (以金堆|镇, 昭君|镇为), or whose
// first word it read as a numeral (千户|镇): the full form with its level
// is evidence enough once both edges are word edges.
func gluedFullNames15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextPlaceStart(l, 0); i+3 <= n; i = tt.nextPlaceStart(l, i+1) { // (isHan, placeFirst and hasPlacePair: speed9a.go)
		r := tt.runes[i]
		if r >= 1<<16 || !leftEdge15(tt, i) {
			continue
		}
		lens := l.placeLens[r] & (1<<min(n-i+1, 32) - 1)
		for ; lens>>3 != 0; lens &^= 1 << (bits.Len32(lens) - 1) {
			e := i + bits.Len32(lens) - 1
			if !l.placeLast.has(tt.runes[e-1]) || !rightEdge15(tt, e) {
				continue
			}
			bs, be := tt.off[i], tt.off[e]
			if coveredGen15(fs, bs, be) {
				break
			}
			name := tt.sub(i, e)
			lv, ok := l.place(name)
			if !ok || lv < 3 {
				continue
			}
			stem := shortPlace(name)
			if stem == "" || genericPlaceStems[stem] || genericZoneStem(stem) || l.common[name] || categoryStems15[stem] {
				continue
			}
			if l.common[stem] && !properStem15(tt, i, i+runeLen(stem)) {
				continue // 重点镇, 示范乡: a kind of town
			}
			if st := tt.tokenAt(i); st != nil && st.start == i && st.end == i+runeLen(stem) && verbTags15[st.pos] || buildVerbs15[stem] {
				continue // 新建|镇卫生院: a verb before the level word
			}
			if overlapsSure14(fs, bs, be) && !placeInside15(fs, bs, be) {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: name, Start: bs, End: be, Evidence: "gazetteer,glued-edges", Score: 6})
			i = e - 1
			break
		}
	}
	return out
}

// verbTags15 are gojieba's tags of verbs, adjectives and adverbs: a
// town's stem read as one of them is more likely the word (新建, 扩建).
var verbTags15 = wordSet(`v vn vd a ad an d p c`)

// buildVerbs15 take a township's body as their object (新建|镇卫生院,
// 撤并|乡): some are also the stems of real towns.
var buildVerbs15 = wordSet(`新建 扩建 改建 重建 新设 组建 建成 筹建 创建 撤并 合并 新增 撤销 设立 增设 搬迁 迁建`)

// properStem15 reports whether runes [s, e) are one token that gojieba
// tagged as a name or a numeral phrase (昭君/nrt, 千户/m), not as an
// ordinary word.
func properStem15(tt *tokText, s, e int) bool {
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e {
		return false
	}
	switch t.pos {
	case "nr", "nrt", "nrfg", "ns", "nz", "m", "x", "j":
		return true
	}
	return false
}

// shortLeft15 are the words that put a place right after them: motion,
// origin, partnership and location verbs and prepositions.
var shortLeft15 = wordSet(`赴 到 至 在 从 向 与 同 经 途经 前往 来自 去 往 驻 到达 抵达 销往 远销 发往 飞往 通往 开往 直达 落户 对口 援 支援 帮扶 联合 参照 借鉴 承接 引进 包括 以 由 地处 位于 及 和 对接 携手 会同 联手 走进 走访 考察 赶赴 奔赴 回到 返回 来到 进驻 覆盖 辐射 毗邻 邻近 连接 连通 对标 学习 服务`)

// shortRight15 are the words that follow a place in report sentences.
var shortRight15 = wordSet(`的 等 等地 和 及 与 境内 一带 片区 地区 各级 客商 考察 出发 转运 签订 签约 结对 援建 投资 产业 举办 设立 输送 挂职 方面 东部 西部 南部 北部 中部 周边 为 开展 召开 举行 调研 参加 市民 群众 游客 籍 至 到 段 两地 三地 四地 多地 市场 企业 商会 分公司 办事处 务工 打工 就业 专家 团队 考察团 代表团 党委 政府 经验 做法 模式 对口 方向 以东 以西 以南 以北 之间 一线 沿线 段 等市 等县 等省`)

// shortNameTags15 are the tags gojieba gives a city's or county's short
// form when it does not know it as a place (孝感/n, 平凉/a, 新余/b, 宁蒗/nrt,
// 正定/d, 五常/t, 三台/m): with a place word on each side such a token is the
// place.
var shortNameTags15 = wordSet(`n nr nrt nrfg nz a b d t m s j x vn`)

// placeShorts15 finds the short forms of prefectures and counties (孝感,
// 平凉, 宁蒗) that gojieba read as another word, when a place word stands
// on each side (赴|孝感|考察, 承接|平凉|产业转移, 在|崇仁|设立): the token is
// the short form whole, or the short form split into single characters
// (道|外); a frequent word is taken only with a noun or name tag (合肥/n, not
// 开封/v or 大同/d).
func placeShorts15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := 0; k < len(tt.toks); k++ {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if !isHan(tt.runes[t.start]) || !l.shortFirst.has(tt.runes[t.start]) {
			continue
		}
		if t.start+1 >= len(tt.runes) || !l.hasShortPair(tt.runes[t.start], tt.runes[t.start+1]) {
			continue // no short form of two characters or more begins so, and a shorter one is no candidate (speed9a)
		}
		// the candidate: one token, or two or three single characters
		s, e, last := t.start, t.end, k
		if t.n() == 1 && s+1 < len(tt.runes) && l.hasShortPair(tt.runes[s], tt.runes[s+1]) { // (speed8.go: no short form begins with the pair, none is looked up)
			for j := k + 1; j < len(tt.toks) && j <= k+2 && tt.toks[j].n() == 1 && isHan(tt.runes[tt.toks[j].start]); j++ {
				if _, ok := l.shortOf(tt.sub(s, tt.toks[j].end)); ok {
					e, last = tt.toks[j].end, j
				}
			}
		}
		w := tt.sub(s, e)
		full, ok := l.shortOf(w)
		if !ok || e-s < 2 || l.places[full] > 3 || t.pos == "ns" && last == k {
			continue
		}
		if genericPlaceStems[w] || nationalTerms[w] || countries[w] || oldTownWords[w] || categoryStems15[w] {
			continue
		}
		if last == k && !shortNameTags15[t.pos] || l.common[w] && !(last == k && (t.pos == "n" || t.pos == "nr" || t.pos == "nrt" || t.pos == "nz" || t.pos == "s")) {
			continue
		}
		if !(k == 0 || shortLeft15[tt.toks[k-1].word] || isPunctTok15(tt, k-1) && tt.runes[tt.toks[k-1].start] != '、') {
			continue
		}
		if !(last+1 >= len(tt.toks) || shortRight15[tt.toks[last+1].word] || isPunctTok15(tt, last+1) && tt.runes[tt.toks[last+1].start] != '、') {
			continue
		}
		bs, be := tt.off[s], tt.off[e]
		if coveredGen15(fs, bs, be) || overlapsAny(fs, bs, be) && !placeInside15(fs, bs, be) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: bs, End: be, Evidence: "gazetteer-short-in-place-context:" + full, Score: 4})
		k = last
	}
	return out
}

// isPunctTok15 reports whether token k is punctuation (a clause edge).
func isPunctTok15(tt *tokText, k int) bool {
	if k < 0 || k >= len(tt.toks) {
		return true
	}
	t := tt.toks[k]
	return t.n() == 1 && strings.ContainsRune("，。；：！？、（）()“”‘’《》", tt.runes[t.start])
}

// coveredGen15 reports whether a sure finding of fs already spans bytes
// [s, e): the recognizers here add nothing to it (the audit keeps the
// evidence that found it first).
func coveredGen15(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if !f.generic && f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}

// nameLeftGlue15 are prepositions gojieba glues to a two-character name
// after them into one unknown word (对蒙客/x, 由时坚/x).
var nameLeftGlue15 = runeBitsOf("对由向和与给把被让请同跟替为")

// nameRight15 follow a person's name in report sentences.
var nameRight15 = wordSet(`等 说 讲 同志 一起 介绍 表示 认为 告诉 带领 主持 负责 反映 主动 先后 多次 家 家中 一家 夫妇 老人 一行 传达 出席 讲话 指出 强调 要求 汇报 发言 荣获 获得 当选 担任 任 兼任 捐款 捐赠 走访 看望 慰问 牵头 协调 提出 带头 分管 联系 包保 作 做 代表 同意 签字 笑 笑着说 感慨 回忆`)

// unknownNames15 finds two-character names that gojieba left as one
// unknown word (时坚/x, 辜姝/x), or glued to the preposition or the person
// noun before them (对|费世/x, 脱贫户|应兴 cut 脱贫|户应兴/x): a common
// surname and a character used in given names, with a clause edge, a
// preposition or a person noun before and a verb of people (传达, 负责),
// 等, 同志 or a clause edge after (not an object's verb: 危桥|改造).
func unknownNames15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.pos != "x" || t.n() < 2 || t.n() > 3 || !allHan(t.word) {
			continue
		}
		s := t.start
		left := k == 0 || isPunctTok15(tt, k-1) || tt.toks[k-1].pos == "p" || tt.toks[k-1].pos == "c" || personNouns[tt.toks[k-1].word]
		if t.n() == 3 {
			g := tt.runes[s]
			switch {
			case nameLeftGlue15.has(g):
			case k > 0 && personNouns[tt.toks[k-1].word+string(g)]:
			default:
				continue
			}
			s++
			left = true
		}
		if !left {
			continue
		}
		sur, given := tt.runes[s], tt.runes[s+1]
		if !commonSurname15(l, sur) || l.given[given] < 0.5 || functionRuneBits.has(given) {
			continue
		}
		if k+1 < len(tt.toks) {
			nx := tt.toks[k+1]
			if !(nameRight15[nx.word] || isPunctTok15(tt, k+1) && tt.runes[nx.start] != '、' && tt.runes[nx.start] != '“') {
				continue
			}
		}
		bs, be := tt.off[s], tt.off[t.end]
		if coveredGen15(fs, bs, be) || overlapsSure14(fs, bs, be) {
			continue // a doubtful reading of the same name gives way
		}
		out = append(out, Finding{Type: PERSON, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "surname+given,unknown-word-in-context", Score: 3})
	}
	return out
}

// kindVerbs15 are verbs that end in an organisation's kind character
// (举|办, 进|军, 建|厂): after a place they make no organisation's name.
var kindVerbs15 = wordSet(`举办 主办 承办 兴办 开办 创办 协办 合办 联办 筹办 停办 督办 进军 参军 从军 建院 办学 建校 办厂 建厂 进厂 建社`)

// adHocGroups15 are delegations and working groups named after where they
// come from (…客商考察团): no organisation of their own.
var adHocGroups15 = wordSet(`考察团 代表团 观摩团 访问团 慰问团 调研组 工作组 督导组 检查组 采购团`)

// locativeHeads15 begin an area's description, never a proper stem
// (镇|一带山高坡陡 read as the mountain 一带山).
var locativeHeads15 = []string{"一带", "周边", "境内", "沿线", "附近", "区域", "片区", "之间", "一线", "地区", "周围", "四周", "以东", "以西", "以南", "以北", "境外"}

// overMasks15 corrects four readings the sweep found to swallow ordinary
// words around a name, always keeping the name masked:
//   - an organisation whose kind word is the end of a verb (…举|办), comes
//     after 为 (…村为|中心) or ends an ad hoc delegation (…客商考察团) is
//     dropped when a place finding inside it keeps the name masked;
//   - a toponym whose stem begins with a locative word (一带|山) is dropped;
//   - a three-character name ending in 说 or 讲 before a colon or comma
//     loses the verb (狄吉|说：);
//   - a surname read with 家中/家里 as a given name (老|聂家中) becomes the
//     surname with the 老/小 before it.
func overMasks15(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		switch {
		case f.Type == ORG && strings.HasPrefix(f.Evidence, "org-suffix:") && notAnOrg15(tt, f) > 0:
			if placeWithin15(fs, f) {
				continue
			}
			// no place found inside: the part before the verb or 为 is
			// the place when it ends like one (大佛镇|为中心)
			ne := notAnOrg15(tt, f)
			if ne-tt.runeAt(f.Start) >= 2 && placeSuffixRunes[tt.runes[ne-1]] {
				f.Type, f.End, f.label = LOCATION, tt.off[ne], ""
				f.Text = tt.text[f.Start:f.End]
				f.Evidence += ",place-before-verb"
			}
		case f.Type == LOCATION && strings.HasPrefix(f.Evidence, "toponym:") && hasAnyPrefix13(f.Text, locativeHeads15):
			continue
		case f.Type == PERSON && runeLen(f.Text) == 3:
			rs := []rune(f.Text)
			next := tt.text[f.End:]
			if (rs[2] == '说' || rs[2] == '讲') && (next == "" || strings.ContainsRune("：:，,“", firstRuneSlow(next))) {
				f.End -= len(string(rs[2]))
				f.Text = string(rs[:2])
				f.Evidence += ",speech-verb-trimmed"
			} else if g := string(rs[1:]); g == "家中" || g == "家里" {
				f.End = f.Start + len(string(rs[0]))
				f.Text = string(rs[0])
				if r := lastRuneSlow(tt.text[:f.Start]); r == '老' || r == '小' {
					f.Start -= len(string(r))
					f.Text = string(r) + f.Text
				}
				f.Evidence += ",home-word-trimmed"
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// notAnOrg15 returns the rune where an org-suffix finding's name part
// ends when its kind word is the end of a verb (举|办), follows 为 (为|中心),
// or ends an ad hoc delegation (…客商|考察团), and 0 otherwise.
func notAnOrg15(tt *tokText, f Finding) int {
	suf := strings.TrimPrefix(f.Evidence, "org-suffix:")
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || suf == "" {
		return 0
	}
	ss := e - runeLen(suf)
	if ss <= s {
		return 0
	}
	if t := tt.tokenAt(ss); t != nil && t.start < ss && t.start > s && t.end == e && (kindVerbs15[t.word] || adHocGroups15[t.word]) {
		if p := tt.tokenAt(t.start - 1); adHocGroups15[t.word] && p != nil && p.start > s && p.word == "客商" {
			return p.start // 湖北|客商|考察团
		}
		return t.start
	}
	if p := tt.tokenAt(ss - 1); p != nil && p.end == ss && p.start > s && p.pos == "p" {
		return p.start
	}
	if p := tt.tokenAt(ss - 1); p != nil && p.end == ss && p.pos == "x" && ss-1 > s && tt.runes[ss-1] == '为' {
		return ss - 1 // 大佛|镇为|中心: 为 glued to the place
	}
	return 0
}

// placeWithin15 reports whether fs holds a sure place finding inside f's
// span that is not f itself.
func placeWithin15(fs []Finding, f Finding) bool {
	for _, g := range fs {
		if g.Type == LOCATION && !g.generic && g.Start >= f.Start && g.End <= f.End && (g.Start != f.Start || g.End != f.End) {
			return true
		}
	}
	return false
}

// nativePlaces15 finds a place glued by gojieba to 籍 after it, the word
// for where people come from (广东籍/nr, 四川籍务工人员): the part before 籍
// is a gazetteer name or short form.
func nativePlaces15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.n() < 3 || tt.tokLast[k] != '籍' {
			continue
		}
		w := tt.sub(t.start, t.end-1)
		_, short := l.shortOf(w)
		if lv, ok := l.place(w); !(ok && lv > 0) && !short {
			continue
		}
		if nationalTerms[w] || genericPlaceStems[w] {
			continue
		}
		bs, be := tt.off[t.start], tt.off[t.end-1]
		if coveredGen15(fs, bs, be) || overlapsSure14(fs, bs, be) && !placeInside15(fs, bs, be) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: bs, End: be, Evidence: "gazetteer,before-籍", Score: 5})
	}
	return out
}

// occupationNouns15 name people by their work; a name right after one is
// the person's (退休教师|练州).
var occupationNouns15 = wordSet(`教师 医生 护士 村医 乡医 民警 辅警 律师 会计 厨师 司机 工程师 农技员 技术员 讲解员 保安 快递员 外卖员 电工 焊工 木匠 瓦匠 石匠 铁匠 绣娘 非遗传承人 传承人 匠人 退役军人 老兵 乡贤 能人 致富带头人 大学生 研究生 博士 硕士`)

// nounNames15 takes back a tagger's name that leaks8 set aside as an
// attribute before a noun (练州|义务) when gojieba knew no word for it and a
// person noun stands right before it (退休教师|练州): the noun says who.
func nounNames15(tt *tokText, fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !f.generic || !strings.HasPrefix(f.Evidence, "tagger") || !strings.HasSuffix(f.Evidence, ",ordinary-phrase-l8") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 1 || e < 0 {
			continue
		}
		t := tt.tokenAt(s)
		if t == nil || t.start != s || t.end != e || t.pos != "x" || e-s < 2 || e-s > 3 {
			continue
		}
		if p := tt.tokenAt(s - 1); p != nil && p.end == s && (personNouns[p.word] || occupationNouns15[p.word]) {
			f.generic = false
			f.Evidence = strings.TrimSuffix(f.Evidence, ",ordinary-phrase-l8") + ",after-person-noun"
		}
	}
}
