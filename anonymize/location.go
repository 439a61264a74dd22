package anonymize

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// nationalTerms are kept by the default policy: they name the country as a
// whole, not a place below the national level.
var nationalTerms = wordSet(`中国 中华 全国 国家 中华人民共和国 祖国 华夏 神州 内地 大陆 海外 国内 国外 境外 境内 全球 世界 亚洲 欧洲 非洲 美洲 拉美 北美 南美 大洋洲 东亚 东南亚 中东 西方 东方 南方 北方 中原 中西部 东部 西部 中部 东北 西北 西南 东南 华北 华东 华南 华中 长江经济带 粤港澳大湾区 大湾区 京津冀 长三角 珠三角`)

// countries lists foreign countries (and their usual short names); the
// default policy keeps them, being national-level names.
var countries = wordSet(`美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 俄 苏联 印度 巴基斯坦 越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 蒙古 哈萨克斯坦
	吉尔吉斯斯坦 塔吉克斯坦 乌兹别克斯坦 土库曼斯坦 阿富汗 伊朗 伊拉克 叙利亚 土耳其 以色列 巴勒斯坦 约旦 沙特 沙特阿拉伯 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚
	意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 捷克 匈牙利 奥地利 希腊 乌克兰 白俄罗斯 塞尔维亚 罗马尼亚 保加利亚 爱尔兰 加拿大 墨西哥
	巴西 阿根廷 智利 秘鲁 古巴 委内瑞拉 哥伦比亚 澳大利亚 新西兰 斯里兰卡 孟加拉 孟加拉国 尼泊尔 不丹 阿联酋 卡塔尔 科威特 阿尔及利亚 摩洛哥 利比亚 苏丹
	南斯拉夫 阿尔巴尼亚 克罗地亚 斯洛文尼亚 斯洛伐克 立陶宛 拉脱维亚 爱沙尼亚 格鲁吉亚 亚美尼亚 阿塞拜疆 冰岛 卢森堡 梵蒂冈 欧盟 联合国`)

func isCountry(w string) bool { return countries[w] }

// genericPlaceStems are stems of administrative names that are ordinary
// words (城区, 新区) and so never recognised alone.
var genericPlaceStems = wordSet(`城 郊 矿 新 市 林 开发 高新 经济 工业 园 城关 中心 老城 新城 东 西 南 北 中 上 下 前 后 左 右 内 外 河 江 山 湖 海`)

// oldTownWords are ordinary words for an old town or village that are
// also the short forms of real places (古镇 of 古镇镇): alone they are the
// ordinary word (古镇保护, 古城墙); the full form is still a place.
var oldTownWords = wordSet(`古镇 古城 古村 古寨 老街 古街`)

// genericVillagePrefix are words before 村/镇/社区 that make a class, not
// a name (贫困村, 全村, 示范镇).
var genericVillagePrefix = wordSet(`嘎查 全 各 本 该 旧 原 现 整 我 你 他 每 此 其 某 新 老 大 小 一 两 二 三 四 五 六 七 八 九 十 几 多 个 乡 城 农 山 边 邻 外 内 进 驻 出 回 在 到 与 和 及 的 了 是 为 对 向 从
	贫困 行政 自然 示范 重点 中心 美丽 文明 新农 空心 试点 特色 旅游 小康 先进 模范 样板 生态 卫生 移民 搬迁 民族 少数民族 产粮 城中 城乡 城镇 乡镇 集镇 建制 农业 工业
	全县 全市 全区 全镇 全乡 全省 本县 本市 该县 该市 我县 我市 我区 我镇 我乡 各县 各市 各区 各镇 各乡 贫困县 重点县 百强 经济 强 弱 传统 历史文化 名 古 非贫困 深度贫困
	硬化 水泥 柏油 沥青 通村 通组 组组 村组 入户 田间 机耕 产业 生产 旅游 环湖 环山 主干 通 修 建 新建 改建 扩建 道 公 马 大马 小 山区 平原 高速 国道 省道 县道 乡道 专用 林区 库区 景区 园区 厂区 矿区 校区 小区 片区 辖区 城区 郊区 社 边远 偏远 周围
	帮扶 结对 联系 包抓 共建 党建 先锋 红旗 五星 星级 达标 合格 软弱涣散 后进 典型 一般 相关 周边 附近 所在 当地 本地 外地 异地 基层 社区 街道 县 市 区 镇 村 省 州`)

// landmarkKinds are kinds of bridges, wells, ponds and reservoirs that end
// like a landmark's name (廊桥, 木拱廊桥, 风雨桥, 山塘, 病险水库): heritage,
// farm and water-works words, no place.
var landmarkKinds = wordSet(`廊桥 木拱廊桥 石拱廊桥 木廊桥 风雨桥 拱桥 石拱桥 木拱桥 古桥 吊桥 浮桥 索桥 铁索桥 便桥 漫水桥 过水桥 人行桥 危桥 古井 山塘 水塘 山坪塘 古塘
	病险水库 小型水库 中型水库 大型水库 骨干水库 备用水库 应急水库 山塘水库 河湖水库 病险山塘`)

// villageVerbHeads are verbs, prepositions and determiners that take 村,
// 镇 or 乡 as their object rather than name one (包村干部, 返还给村集体,
// 驻村, 进村入户, 各村, 报乡党政办): a single one before the suffix makes no place.
var villageVerbHeads = runeSet("包给到在进入出回下驻联帮挂离返留住各每本全该此邻某跨整同报交送由经被对")

// villageSuffixes end a place name made by pattern (方东村, 城关镇).
var villageSuffixes = []string{"快速通道", "快速路", "高速公路", "连接线", "大桥", "隧道", "经济开发区", "开发区", "工业园区", "产业园区", "工业园", "产业园", "园区", "示范区", "新区", "农场", "林场", "牧场", "村", "庄", "镇", "乡", "社区", "街道", "屯", "寨", "县", "区", "市", "州", "省",
	"水库", "大道", "公路", "电站", "电厂", "广场", "公园", "景区", "码头", "河", "江", "湖", "山", "岭", "阁", "塔", "寺", "庙", "桥", "路", "街", "峡", "洞", "湾", "岛", "溪", "泉", "坝", "渠", "港"}

// streetSlotWords stand right before a subdistrict's name: prepositions
// and conjunctions that take a place (在|园林街道, 和|园林街道).
var streetSlotWords = wordSet(`在 到 于 由 从 向 至 对 和 与 及 同 将 包括 涉及 所辖 下辖 位于 地处 落户`)

// wordNamedStreet reports whether the two-character noun p before 街道
// names the subdistrict though it is an ordinary word (园林街道, 文化街道):
// a plain noun, not a word for a class of places (社区, 城区), standing
// where a place's name begins: after a preposition that takes a place,
// punctuation, the text's start, or a county or city.
func wordNamedStreet(tt *tokText, p tok) bool {
	if p.n() != 2 || p.pos != "n" || !allHan(p.word) || genericVillagePrefix[p.word] || rolesBefore[p.word] {
		return false
	}
	if p.start == 0 || strings.ContainsRune("、，,：:；;（(“\"\n 　", tt.runes[p.start-1]) {
		return true
	}
	b := tt.tokenBefore(p.start)
	if b == nil {
		return false
	}
	if streetSlotWords[b.word] {
		return true
	}
	if r := lastRune(b.word); b.n() >= 2 && (r == '县' || r == '市' || r == '区') && getLexicon().places[b.word] > 0 {
		return true
	}
	return false
}

// landmark reports suffixes of rivers, roads and sights, which need a
// stronger name part than villages.
func landmark(suf string) bool {
	switch suf {
	case "村", "镇", "乡", "社区", "街道", "屯", "寨", "县", "区", "市", "州", "省", "庄":
		return false
	}
	return true
}

// coordinatedPlaces finds short place forms that are ordinary words too
// (水口) when joined by 和/与/及/、 to a place already found (水口和镇隆): a
// gazetteer short form in such company names a place.
func coordinatedPlaces(tt *tokText, found []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	isPlaceTok := func(k int) bool {
		s, e := tt.off[tt.toks[k].start], tt.off[tt.toks[k].end]
		for i := range found {
			if f := &found[i]; f.Type == LOCATION && f.Start == s && f.End == e { // (a pointer: no copy of each finding)
				return true
			}
		}
		return false
	}
	for k := 1; k+1 < len(tt.toks); k++ {
		switch tt.toks[k].word {
		case "和", "与", "及", "、", "同":
		default:
			continue
		}
		for _, pair := range [][2]int{{k - 1, k + 1}, {k + 1, k - 1}} {
			c, other := tt.toks[pair[0]], pair[1]
			if c.n() < 2 || c.n() > 4 || !isPlaceTok(other) || !l.shortAll[c.word] || l.common[c.word] && !prefectureShort(c.word) || overlapsAny(found, tt.off[c.start], tt.off[c.end]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: c.word, Start: tt.off[c.start], End: tt.off[c.end], Evidence: "gazetteer-short,coordinated", Score: 3})
		}
	}
	return append(out, sameSuffixSiblings(tt, append(found, out...))...)
}

// prefectureShort reports the short form of a province or prefecture
// (恩施 of 恩施土家族苗族自治州), which stays a place beside another even
// when it is a frequent word.
func prefectureShort(w string) bool {
	l := getLexicon()
	full, ok := l.shortOf(w)
	return ok && l.places[full] <= 2
}

// siblingSuffixes end roads, rivers and landmarks that reports list side
// by side (金塔路、莲花路; 百都河、那布河).
var siblingSuffixes = runeSet("路街巷河江湖溪渠岭山寨坪湾沟洞")

// sameSuffixSiblings finds a place joined by 、/和/与/及 to a place already
// found that ends in the same road, river or landmark character (金塔路、
// 莲花路): two to four characters ending on a word boundary, however
// gojieba reads them (莲花路/n, 那/r 布/nr 河/ns).
func sameSuffixSiblings(tt *tokText, found []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	var firm []Finding // what a doubtful reading (那布河 as a name) does not block
	firmSet := false   // firm is gathered on the first call of ok (most texts need none)
	boundary := func(i int) bool { return i == n || i == 0 || tt.toks[tt.tokOf[i-1]].end == i }
	ok := func(s, e int) bool {
		if !firmSet {
			for _, f := range found {
				if !f.generic {
					firm = append(firm, f)
				}
			}
			firmSet = true
		}
		w := tt.sub(s, e)
		if !allHan(w) || hasMaskRune(w) || overlapsAny(firm, tt.off[s], tt.off[e]) || overlapsAny(out, tt.off[s], tt.off[e]) {
			return false
		}
		prefix := tt.sub(s, e-1)
		if genericVillagePrefix[prefix] || l.common[prefix] && e-s == 2 || e-s == 2 && l.common[w] || landmarkKinds[w] {
			return false
		}
		for _, r := range tt.runes[s : e-1] {
			if r != '那' && (functionRuneBits.has(r) || listStopBits.has(r)) {
				return false
			}
		}
		return boundary(s) && boundary(e)
	}
	for _, f := range found {
		if f.Type != LOCATION {
			continue
		}
		fs, fe := tt.runeAt(f.Start), tt.runeAt(f.End)
		if fs < 0 || fe < 0 || fe-fs < 2 {
			continue
		}
		suf := tt.runes[fe-1]
		if suf == '村' || strings.HasSuffix(f.Text, "社区") {
			// a landmark inside the village named right after it, up to
			// the list's next item (念井村|桃花岭、): that landmark is a place
			for e := fe + 3; e <= min(n, fe+4); e++ {
				if strings.ContainsRune("岭坪湾沟坡寨洼塘坝岗垭", tt.runes[e-1]) && (e == n || strings.ContainsRune("、，。；", tt.runes[e])) && ok(fe, e) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(fe, e), Start: tt.off[fe], End: tt.off[e], Evidence: "pattern:" + string(tt.runes[e-1]) + ",in-village", Score: 3})
					break
				}
			}
			if suf == '村' {
				out = append(out, villageSiblings(tt, found, fs, fe)...)
			}
			continue
		}
		if !siblingSuffixes[suf] {
			continue
		}
		// after it: 、X…suf
		if fe < n && strings.ContainsRune("、和与及", tt.runes[fe]) {
			for e := fe + 3; e <= min(n, fe+5); e++ {
				if tt.runes[e-1] == suf && ok(fe+1, e) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(fe+1, e), Start: tt.off[fe+1], End: tt.off[e], Evidence: "pattern:" + string(suf) + ",sibling", Score: 3})
					break
				}
			}
		}
		// before it: X…suf、
		if fs > 2 && strings.ContainsRune("、和与及", tt.runes[fs-1]) && tt.runes[fs-2] == suf {
			for s := fs - 3; s >= max(0, fs-5); s-- {
				if ok(s, fs-1) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, fs-1), Start: tt.off[s], End: tt.off[fs-1], Evidence: "pattern:" + string(suf) + ",sibling", Score: 3})
					break
				}
			}
		}
	}
	return out
}

// listItemEdge are the characters around a whole item of a list.
var listItemEdge = runeSet("、，,；;：:。（(）)")

// villageSiblings finds the villages listed right before or after village
// [fs, fe) whose names are ordinary words (本洞村、大年村、贝江村): a whole
// list item of two or three Han characters and 村, a separator on both
// sides, no grammatical character, no class word (贫困村, 各村) and no
// finding inside.
func villageSiblings(tt *tokText, found []Finding, fs, fe int) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	whole := func(s, e int) bool {
		if !(s == 0 || listItemEdge[tt.runes[s-1]]) || !(e == n || listItemEdge[tt.runes[e]]) || tt.runes[e-1] != '村' || villageDeterminers[tt.runes[s]] {
			return false
		}
		for _, r := range tt.runes[s : e-1] {
			if !isHan(r) || isMaskRune(r) || functionRuneBits.has(r) {
				return false
			}
		}
		prefix := tt.sub(s, e-1)
		return !genericVillagePrefix[prefix] && !l.common[tt.sub(s, e)] && !overlapsAny(found, tt.off[s], tt.off[e])
	}
	if fe < n && tt.runes[fe] == '、' {
		for e := fe + 4; e <= min(n, fe+5); e++ {
			if whole(fe+1, e) {
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(fe+1, e), Start: tt.off[fe+1], End: tt.off[e], Evidence: "pattern:村,sibling", Score: 3})
				break
			}
		}
	}
	if fs >= 4 && tt.runes[fs-1] == '、' {
		for s := fs - 4; s >= max(0, fs-5); s-- {
			if whole(s, fs-1) {
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, fs-1), Start: tt.off[s], End: tt.off[fs-1], Evidence: "pattern:村,sibling", Score: 3})
				break
			}
		}
	}
	return out
}

// findLocations finds place names: administrative names from the
// gazetteer (full forms anywhere, short forms as whole words), place words
// gojieba knows (ns), and ××村/××镇/××社区 patterns.
func findLocations(tt *tokText) []Finding {
	l := getLexicon()
	var out []Finding
	n := len(tt.runes)
	// 1. gazetteer full forms, longest match.
	chainEnd := -1 // where the last full form ended: the next may begin there mid-word (西和县|长道镇, cut 县长|道)
	// (from one character where a place name may begin to the next:
	// every place name has two characters at least, speed9a.go)
	for i := tt.nextPlaceStart(l, 0); i < n; i = tt.nextPlaceStart(l, i+1) {
		best := 0
		var lens uint32
		if r := tt.runes[i]; r < 1<<16 {
			lens = l.placeLens[r]
		}
		// the longest place name starting here: the lengths names with
		// this first character have, longest first, within the text and
		// the longest name's bytes
		for lens &= 1<<min(n-i+1, 32) - 1; lens>>2 != 0; lens &^= 1 << (bits.Len32(lens) - 1) {
			e := i + bits.Len32(lens) - 1
			if tt.off[e]-tt.off[i] > l.maxPlace || !l.placeLast.has(tt.runes[e-1]) {
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
		name := tt.sub(i, best)
		if best-i >= 3 && !tt.tokStart(best) && stemThenGluedSuffix(tt, i, best) {
			chainEnd = best // 古宜|镇江|峰街: the town's suffix began gojieba's next word
			out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[i], End: tt.off[best], Evidence: "gazetteer,glued-suffix", Score: 6})
			i = best - 1
			continue
		}
		if verbCounty(tt, i, best) {
			continue // 并会同|县住建局: the verb 会同 before a county's bureau
		}
		body := bodyFollows(tt, best)
		if best-i < 4 && !((tt.tokStart(i) || i == chainEnd || gluedStart(tt, i)) && (tt.tokStart(best) || gluedSuffix(tt, best-1) || roleGlued(tt, best-1) || body || gluedRareWord(tt, i, best))) {
			continue // 振兴乡 inside 乡村振兴: not on word boundaries
		}
		stem := shortPlace(name)
		if stem == "" || genericPlaceStems[stem] || (l.common[stem] || l.common[name] || genericZoneStem(stem)) && l.places[name] >= 4 {
			// a two-character or generic full form (东区, 新区) only as its own ns word
			if t := tt.tokenAt(i); (t == nil || t.start != i || t.end != best || t.pos != "ns") && !(body && tt.tokStart(i) && stem != "" && !genericPlaceStems[stem]) && !properStemTown(tt, i, best) && !wordCounty13(tt, i, best) {
				continue
			}
		}
		out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[i], End: tt.off[best], Evidence: "gazetteer", Score: 6})
		chainEnd = best
		i = best - 1
	}
	// 2. tokens: short forms and ns words.
	gaz := sortedSpans{fs: out} // the full forms: sorted, disjoint (speed8.go)
	nGaz := len(out)
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.n() < 2 {
			continue
		}
		// a short form may begin with the word's first two characters
		// (asked once, the runes already decoded)
		shortMay := l.shortFirst.has(tt.runes[t.start]) && l.hasShortPair(tt.runes[t.start], tt.runes[t.start+1])
		if t.pos != "ns" && (t.pos != "x" || t.n() != 3) && !shortMay {
			continue // none of the readings below (speed9a: before the overlap tests; speed15: a word of no other reading needs a short form's first two characters)
		}
		if gaz.overlaps(tt.off[t.start], tt.off[t.end]) || overlapsAny(out[nGaz:], tt.off[t.start], tt.off[t.end]) {
			continue
		}
		if t.end < n && tt.runes[t.end] == '之' && honorificTitle(tt, *t) { // (之乡, 之都 follow a title)
			continue // 中国长寿之乡: a county's title, not a place
		}
		if t.pos == "x" && t.n() == 3 && strings.ContainsRune("至到和与及", tt.runes[t.end-1]) {
			// a short form glued to the preposition after it (西和至|礼县)
			w := tt.sub(t.start, t.end-1)
			if full, ok := l.shortOf(w); ok && !l.common[w] && !genericPlaceStems[w] && !nationalTerms[w] {
				out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[t.start], End: tt.off[t.end-1], Evidence: "gazetteer-short:" + full, Score: 4})
				continue
			}
		}
		if !shortMay {
			// no short form starts with these characters
		} else if full, ok := l.shortOf(t.word); ok && (t.pos == "ns" || t.pos == "x" || l.places[full] <= 3 && !l.common[t.word] && (t.pos == "n" || t.pos == "nz" || t.pos == "nr" || t.pos == "j" || t.pos == "v" || t.pos == "vn")) && !genericPlaceStems[t.word] && !oldTownWords[t.word] && !sloganHead(tt, k) && !shortReadsAsWord(tt, k) {
			st := t.start
			if numeralHead(tt, k) {
				st-- // 三|溪口提灌站: the numeral begins the place's name
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(st, t.end), Start: tt.off[st], End: tt.off[t.end], Evidence: "gazetteer-short:" + full, Score: 4})
			continue
		}
		if t.pos == "ns" && plausiblePlaceWord(t.word) {
			out = append(out, Finding{Type: LOCATION, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "jieba:ns", Score: 3})
			continue
		}
		if t.pos == "ns" && allHan(t.word) {
			// gojieba calls it a place but it may be an ordinary word
			// (美丽, 深度): only the strict policy masks it
			out = append(out, Finding{Type: LOCATION, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "jieba:ns-doubtful", Score: 1, generic: true})
			continue
		}
		_ = k
	}
	// 3. village names without their suffix (梓源, 大许): a stem from the
	// gazetteer's village list that gojieba could not read as a word of its
	// own (single characters, or a word it made up or tagged as a name).
	out = append(out, villageStems(tt, out)...)
	out = append(out, quotedPlaces(tt)...)
	// 4. ××村 patterns.
	for k := range tt.toks {
		t := &tt.toks[k]
		suf := ""
		lr := tt.tokLast[k]
		if !villageLast.has(lr) {
			continue
		}
		for _, s := range villageSuffixesByLast[lr] {
			if strings.HasSuffix(t.word, s) {
				suf = s
				break
			}
		}
		if suf == "" {
			continue
		}
		sufRunes := runeLen(suf)
		var s int
		if t.n() > sufRunes {
			// the suffix is inside the token (方东村): the token must be
			// made up or a place word, not an ordinary noun (农村).
			if t.pos != "x" && t.pos != "ns" && t.pos != "nr" && t.pos != "nz" && (getLexicon().common[t.word] || t.pos != "n" || suf != "村" && suf != "屯" && suf != "寨") {
				continue
			}
			if t.pos != "x" && t.pos != "ns" && t.pos != "nr" && t.pos != "nz" && landmark(suf) {
				continue
			}
			s = t.start
			// single characters or a short numeral before it (方|东村, 三道|关村)
			for k2 := k - 1; k2 >= 0 && t.start-tt.toks[k2].start <= 2; k2-- {
				p := tt.toks[k2]
				r0 := tt.runes[p.start]
				if k2 == k-1 && villageHead(p, *t, r0) {
					s = p.start // 马|家村, 五里|墩村: the name's own head, never a bare 家村
					break
				}
				if !isHan(r0) || listStopBits.has(r0) || genericVillagePrefix[p.word] {
					break
				}
				if !(p.n() == 1 && p.pos != "p" && p.pos != "c" && p.pos != "u" && p.pos != "r" && p.pos != "d" || p.pos == "m" && p.n() == 2 && r0 != '第' && r0 != '每' && r0 != '一' && !getLexicon().common[p.word]) {
					break
				}
				s = p.start
			}
		} else {
			// the suffix stands alone: take the weak tokens before it.
			s = t.start
			for k2 := k - 1; k2 >= 0 && (t.start-tt.toks[k2].start <= 3 || k2 == k-2 && tt.toks[k-1].n() == 2 && tt.toks[k-1].pos == "n" &&
				tt.toks[k2].n() == 2 && (tt.toks[k2].pos == "x" || tt.toks[k2].pos == "ns")); k2-- {
				p := tt.toks[k2]
				nounOK := k2 == k-1 && p.n() == 2 && (p.pos == "n" || p.pos == "nz") && !getLexicon().common[p.word] && (suf == "县" || suf == "镇" || suf == "乡" || suf == "村" || landmark(suf)) && !(p.pos == "n" && parkSuffixes[suf]) ||
					k2 == k-1 && clanPlace(p.word) && (suf == "村" || suf == "庄" || suf == "屯" || suf == "寨" || suf == "镇" || suf == "乡" || suf == "社区") ||
					k2 == k-1 && suf == "街道" && wordNamedStreet(tt, p)
				// an ordinary noun between a made-up name and the suffix
				// (梓源|民国|村): part of the village's name
				bridge := k2 == k-1 && p.n() == 2 && p.pos == "n" && k2 > 0 && (suf == "村" || suf == "庄" || suf == "寨" || suf == "屯") &&
					(tt.toks[k2-1].pos == "x" && tt.toks[k2-1].n() >= 2 || tt.toks[k2-1].pos == "ns") && allHan(tt.toks[k2-1].word)
				if !(p.weak() || p.pos == "ns" || p.pos == "nz" || nounOK || bridge) || !isHan(tt.runes[p.start]) || isMaskRune(tt.runes[p.start]) {
					break
				}
				if genericVillagePrefix[p.word] || nameStopBits.has(tt.runes[p.start]) {
					break
				}
				if p.n() == 1 && genericVillagePrefix[p.word] {
					break
				}
				if p.n() == 1 && (p.pos == "p" || p.pos == "c" || p.pos == "v" && motionVerbs.has(tt.runes[p.start])) {
					break // 坡月村|至|百魔洞: a preposition joins two places, it names none
				}
				s = p.start
			}
			if s < t.start && s > 0 {
				s = wordTailStart(tt, s, t.start)
			}
			if s == t.start && k >= 3 && tt.toks[k-1].n() == 2 && allHan(tt.toks[k-1].word) && (tt.toks[k-2].word == "至" || tt.toks[k-2].word == "到") &&
				strings.ContainsRune("村镇乡", lastRune(tt.toks[k-3].word)) && !genericVillagePrefix[tt.toks[k-1].word] && !getLexicon().common[tt.toks[k-1].word+suf] {
				// a road from one village to another (车步村至|修建|村): the
				// second name is a place whatever its word (修建/v)
				s = tt.toks[k-1].start
			}
			if s == t.start && suf == "村" && k+1 < len(tt.toks) && (tt.toks[k+1].word == "至" || tt.toks[k+1].word == "到") && t.start >= 2 && tt.tokStart(t.start-2) {
				// a list item naming a road's start (、坡|月|村至|百魔洞):
				// the two characters before 村 are the village's name
				s2 := t.start - 2
				good := s2 == 0 || strings.ContainsRune("、，,：:（(", tt.runes[s2-1])
				for _, r := range tt.runes[s2:t.start] {
					good = good && isHan(r) && !functionRuneBits.has(r) && !orgLeftStop[r] && !isMaskRune(r)
				}
				if good && !genericVillagePrefix[tt.sub(s2, t.start)] && !getLexicon().common[tt.sub(s2, t.start)] {
					s = s2
				}
			}
			if s == t.start {
				continue
			}
		}
		if s > 0 && t.end-sufRunes-s >= 3 && strings.ContainsRune("县镇乡", tt.runes[s]) && isHan(tt.runes[s-1]) && !tt.tokStart(s+1) {
			// a town's suffix glued to the village's head (南坝|镇石|坎子|村):
			// the suffix ends the town before it, the village starts after it
			if p := tt.tokenBefore(s); p != nil && p.n() >= 2 && p.n() <= 3 && (p.pos == "x" || p.pos == "ns" || p.pos == "nz") && allHan(p.word) && !getLexicon().common[p.word] {
				ps, pe := tt.off[p.start], tt.off[s+1]
				out = append(out, Finding{Type: LOCATION, Text: tt.text[ps:pe], Start: ps, End: pe, Evidence: "pattern:" + string(tt.runes[s]), Score: 3})
			}
			s++
		}
		prefix := tt.sub(s, t.end-sufRunes)
		if pr := []rune(prefix); len(pr) >= 2 && getLexicon().common[string(pr[:2])] && getLexicon().places[prefix] == 0 && getLexicon().short[prefix] == "" && t.n() > sufRunes {
			continue // 文明|城市, 美丽|乡村: an ordinary word before the suffix
		}
		if genericVillagePrefix[prefix] || runeLen(prefix) < 1 || !allHan(prefix) || sloganTown(tt, s, prefix, suf) || honourSought(tt, s, prefix) || enumeratorWord(prefix) {
			continue
		}
		if runeLen(prefix) == 1 && (givenStop[[]rune(prefix)[0]] || villageVerbHeads[[]rune(prefix)[0]] && (suf == "村" || suf == "镇" || suf == "乡") || suf != "村" && suf != "镇" && suf != "乡" && !((landmark(suf) || suf == "州") && getLexicon().isRare([]rune(prefix)[0]))) {
			continue
		}
		if landmark(suf) && (getLexicon().common[prefix] || getLexicon().common[prefix+suf] || landmarkKinds[prefix+suf]) {
			continue
		}
		if landmark(suf) && chiefAfter(tt, t.end) {
			continue // 抓河|长制, 县级河长: the river-chief system, no river
		}
		if strings.HasPrefix(prefix, "×") {
			continue
		}
		if strings.ContainsAny(prefix, "和与及的") && !placeStem(prefix) {
			continue // 部|和|省, 和|恒山: a conjunction is no part of a name
		}
		if landmark(suf) && sceneryPair(tt.runes[s:t.end]) {
			continue // 绿水青山, 金山银山: a set phrase of scenery, no mountain
		}
		st, en := tt.off[s], tt.off[t.end]
		if startsInsidePlace(out, st, en) {
			continue // 背|荫河镇公路: the gazetteer town is whole, the road its own
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[st:en], Start: st, End: en, Evidence: "pattern:" + suf, Score: 3})
	}
	out = append(out, gluedLandmarks(tt, out)...)
	out = append(out, branchPlaces(tt, out)...)
	out = append(out, villageGroups(tt, out)...)
	out = append(out, residentialCompounds(tt)...)
	out = append(out, regionCapital(tt, out)...)
	out = append(out, ordinaryWordTowns(tt, out)...)
	out = append(out, streetAddresses(tt, out)...)
	out = append(out, placesBeforeSights(tt, out)...)
	out = append(out, villagesBeforeBody(tt, out)...)
	out = append(out, groupListItems(tt, out)...)
	out = append(out, ordinaryWordVillages(tt, out)...)
	out = append(out, autonomousShortForms(tt, out)...)
	out = append(out, madeUpRivers(tt, out)...)
	out = append(out, scenicAreaNames(tt, out)...)
	out = append(out, landmarkNicknames(tt, out)...)
	out = append(out, gachaVillages(tt, out)...)
	return dropProgrammeQuotes(tt, dropSceneryPairs(tt, joinOrphans(tt, out)))
}

// numeralHead reports a lone numeral character right before token k (三|
// 溪口, 两|河口) after no other numeral or measure: the head of a place's
// name, which a count would not stand before without a measure word.
func numeralHead(tt *tokText, k int) bool {
	if k == 0 {
		return false
	}
	p := tt.toks[k-1]
	if p.n() != 1 || p.end != tt.toks[k].start || !strings.ContainsRune("一二三四五六七八九十两", tt.runes[p.start]) {
		return false
	}
	if k >= 2 {
		switch tt.toks[k-2].pos {
		case "m", "q", "p", "d":
			return false // 第三, 共三, 投资三
		}
		if b := tt.toks[k-2].word; b == "第" || b == "共" || b == "前" || b == "这" || b == "那" {
			return false
		}
	}
	return true
}

// chiefAfter reports 长 at rune i closing a chief's title (河长制, 湖长办,
// 河长12名): the river, lake or forest chief system after its suffix.
func chiefAfter(tt *tokText, i int) bool {
	n := len(tt.runes)
	if i >= n || tt.runes[i] != '长' {
		return false
	}
	return i+1 == n || !isHan(tt.runes[i+1]) || strings.ContainsRune("制办、，。；：", tt.runes[i+1])
}

// honourVerbs come before a title a village strives for or wins (争创
// 明星村, 评为文明村).
var honourVerbs = wordSet(`争创 创建 创成 评为 获评 命名为 建成 打造 争当 创`)

// honourSought reports a village title (villageHonours) after a verb of
// striving or winning, or in a list right after one (争创明星村、文明村).
func honourSought(tt *tokText, s int, prefix string) bool {
	if !villageHonours[prefix] || s == 0 {
		return false
	}
	b := tt.tokenBefore(s)
	if b != nil && b.end == s && honourVerbs[b.word] {
		return true
	}
	// a second title in the list: 、 after the first one's 村
	if tt.runes[s-1] == '、' && s >= 4 {
		for j := s - 2; j >= max(0, s-5); j-- {
			if bb := tt.tokenBefore(j); bb != nil && bb.end == j && honourVerbs[bb.word] {
				return true
			}
		}
	}
	return false
}

// sloganVerbs end the slogans that read like a town (农业稳镇, 工业强镇,
// 文旅兴镇, 生态美乡).
var sloganVerbs = runeSet("强稳兴富美活立优靓安治")

// sloganTown reports a slogan that ends like a town: an ordinary noun of
// two characters, a verb or adjective of sloganVerbs, then 镇 or 乡
// (农业稳镇, 工业强镇, 文旅兴镇), which no gazetteer town is named.
func sloganTown(tt *tokText, s int, prefix, suf string) bool {
	if suf != "镇" && suf != "乡" {
		return false
	}
	l := getLexicon()
	if lv, ok := l.place(prefix + suf); ok && lv > 0 {
		return false
	}
	rs := []rune(prefix)
	head := ""
	switch {
	case len(rs) == 1 && sloganVerbs[rs[0]]:
		// the noun is the token before (农业|稳镇)
		if p := tt.tokenBefore(s); p != nil && p.n() == 2 && (p.pos == "n" || p.pos == "vn") {
			head = p.word
		}
	case len(rs) == 3 && sloganVerbs[rs[2]]:
		head = string(rs[:2]) // 文|旅|兴|镇
	}
	return head != "" && allHan(head) && l.places[head] == 0 && !l.shortAll[head] && (l.common[head] || !clanPlace(head))
}

// sloganHead reports a short form gojieba tagged a name (惠民/nr) that a
// single character completes into a list item (促发展、惠民生、): a
// verb-object slogan, no place.
func sloganHead(tt *tokText, k int) bool {
	t := tt.toks[k]
	if t.pos != "nr" || k+1 >= len(tt.toks) || k == 0 {
		return false
	}
	nx := tt.toks[k+1]
	if nx.n() != 1 || !isHan(tt.runes[nx.start]) || strings.ContainsRune("县市区镇乡村州旗盟路街人籍", tt.runes[nx.start]) {
		return false
	}
	before, after := tt.runes[t.start-1], rune(0)
	if nx.end < len(tt.runes) {
		after = tt.runes[nx.end]
	}
	return strings.ContainsRune("、，,", before) && (after == 0 || strings.ContainsRune("、，,。；", after))
}

// stemThenGluedSuffix reports a township [i, e) whose stem is whole words
// of gojieba's and whose 镇 or 乡 begins the next word (古宜|镇江|峰街, where
// 镇江 reads as a city): the stem is no frequent word, and the suffix is
// the town's.
func stemThenGluedSuffix(tt *tokText, i, e int) bool {
	l := getLexicon()
	r := tt.runes[e-1]
	if r != '镇' && r != '乡' || !tt.tokStart(i) || !tt.tokStart(e-1) || tt.toks[tt.tokOf[e-1]].end <= e {
		return false
	}
	if lv, _ := l.place(tt.sub(i, e)); lv < 4 {
		return false
	}
	stem := tt.sub(i, e-1)
	return !l.common[stem] && !genericPlaceStems[stem] && !genericVillagePrefix[stem]
}

// streetEnds end a street's name before its house number.
var streetEnds = runeSet("路街巷弄道")

// streetAddresses finds the street of an address (…镇江峰街88号, 幸福路18号):
// two to four Han characters and 路, 街, 巷, 弄 or 大道 before a house
// number and 号, starting after a place, a separator, a grammatical
// character (位于|) or the text's start.
// The '号' indexes the search.
func streetAddresses(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcHao == 0 {
		return nil // no 号 in the text (speed6.go)
	}
	n := len(tt.runes)
	var out []Finding
	for j := 3; j < n; j++ {
		if tt.runes[j] != '号' {
			continue
		}
		k := j
		for k > 0 && (isDigitRune(tt.runes[k-1]) || tt.runes[k-1] == '-') {
			k--
		}
		if k == j || k < 3 || !streetEnds[tt.runes[k-1]] || tt.runes[k-1] == '道' && tt.runes[k-2] != '大' {
			continue
		}
		e := k
		s := e - 1
		for s > 0 && e-s < 6 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) && !isMaskRune(tt.runes[s-1]) && !placeEndsAtRune(tt, found, s) {
			s--
		}
		if e-s < 3 || !(s == 0 || placeEndsAtRune(tt, found, s) || tt.tokStart(s) && (!isHan(tt.runes[s-1]) || functionRuneBits.has(tt.runes[s-1]))) {
			continue
		}
		if overlapsFirm(found, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "address-street", Score: 4})
	}
	return out
}

// isDigitRune reports ASCII and fullwidth digits.
func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// placeEndsAtRune reports a place finding, not a doubtful one, that ends
// at rune i.
func placeEndsAtRune(tt *tokText, fs []Finding, i int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && f.End == tt.off[i] {
			return true
		}
	}
	return false
}

// sightWords follow the place a sight is named after (丹洲|古城, 龙脊|梯田).
var sightWords = wordSet(`古城 古镇 古村 古寨 老街 古街 景区 风景区`)

// sightFirst holds the first characters of sightWords.
var sightFirst = runeBitsOf("古老景风")

// placesBeforeSights finds a gazetteer short form right before a sight word
// (丹洲古城, where gojieba cut 丹|洲 apart): two or three characters starting
// a word, no frequent word.
func placesBeforeSights(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcSightFirst == 0 {
		return nil // (speed7b.go: no sight word's first character in the text)
	}
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (no copy of each token)
		if t.n() < 2 || !sightFirst.has(tt.runes[t.start]) || !sightWords[t.word] {
			continue
		}
		for _, ln := range []int{3, 2} {
			s := t.start - ln
			if s < 0 || !tt.tokStart(s) {
				continue
			}
			w := tt.sub(s, t.start)
			if !allHan(w) || !l.shortAll[w] || l.common[w] || genericPlaceStems[w] || overlapsAny(found, tt.off[s], tt.off[t.start]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[t.start], Evidence: "gazetteer-short,before-sight", Score: 3})
			break
		}
	}
	return out
}

// parkSuffixes end industrial and farm parks, which a product names as
// often as a place does (稻米产业园, 食品工业园): a product noun before one
// makes no place.
var parkSuffixes = wordSet(`产业园 产业园区 工业园 工业园区 园区 示范区 开发区 经济开发区`)

// siteTails are characters that end a site word after a verb (安置点,
// 服务站, 集中地): gojieba may glue one to the name after it (安置|点香杉|社区).
var siteTails = runeSet("点站处所场地")

// wordTailStart moves a place's start s past a site character that
// finishes the verb before it (易地搬迁安置|点香杉社区 → 香杉社区), when s
// begins a made-up word of three characters or more that ends before e.
func wordTailStart(tt *tokText, s, e int) int {
	t := tt.toks[tt.tokOf[s]]
	p := tt.toks[tt.tokOf[s-1]]
	if t.start != s || t.pos != "x" || t.n() < 3 || t.end > e || !siteTails[tt.runes[s]] || p.end != s || p.n() != 2 || p.pos != "v" && p.pos != "vn" {
		return s
	}
	return s + 1
}

// verbCountyBefore end the word before a verb that a county's name also
// reads as (并会同县住建局, 我局会同县…): a conjunction, an auxiliary, or a
// body speaking of itself (我局, 我部, 县委).
var verbCountyBefore = runeSet("并及和与将要应须需已再均部局委办")

// verbCounty reports a county [i, e) whose two-character stem is an
// ordinary word (会同) standing after verbCountyBefore and before a
// county department (县住建局, 县民宗局): the verb and the 县 of the
// department, no place.
func verbCounty(tt *tokText, i, e int) bool {
	if e-i != 3 || i == 0 || !verbCountyBefore[tt.runes[i-1]] {
		return false
	}
	return countyBeforeDepartment(tt, i, e)
}

// countyBeforeDepartment is verbCounty's test of the words around the
// county [i, e) without the character before it: an ordinary two-character
// stem, 县, and a department ending in 局, 委 or 办 within four characters.
func countyBeforeDepartment(tt *tokText, i, e int) bool {
	if tt.runes[e-1] != '县' || !getLexicon().common[tt.sub(i, i+2)] {
		return false
	}
	for j := e + 1; j <= min(len(tt.runes)-1, e+4); j++ {
		if r := tt.runes[j]; r == '局' || r == '委' || r == '办' {
			return true
		} else if !isHan(r) || functionRuneBits.has(r) {
			return false
		}
	}
	return false
}

// startsInsidePlace reports a span [s, e) that begins inside a place found
// from the gazetteer and runs on past its end (背荫河镇 + 荫河镇公路), or
// begins before one and ends inside it (有像杆洞 + 杆洞乡): as the longer
// span it would win and leave part of the place readable (背〔地名〕, 〔地名〕乡).
func startsInsidePlace(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "gazetteer") {
			continue
		}
		if f.Start < s && s < f.End && f.End < e || s < f.Start && f.Start < e && e < f.End {
			return true // or ends inside it (有像杆洞 + 杆洞乡)
		}
	}
	return false
}

// gluedRareWord reports a township [i, e) of three characters whose stem
// stands as words of its own and whose 乡 or 镇 gojieba joined with the
// next character into a rare word (杆|洞|乡党|鸠村): no frequent word (乡村,
// 镇上) hides the name there.
func gluedRareWord(tt *tokText, i, e int) bool {
	r := tt.runes[e-1]
	if e-i != 3 || r != '乡' && r != '镇' || !tt.tokStart(i) || !tt.tokStart(e-1) {
		return false
	}
	t := tt.toks[tt.tokOf[e-1]]
	return t.n() == 2 && !getLexicon().common[t.word] && !roleGlued(tt, e-1)
}

// gluedStart reports whether the place name starting at rune i lost its
// first character to a word gojieba made up with the character before it
// (2024年西|和|县政府, cut 年西/x): the made-up word is no reading of its own.
func gluedStart(tt *tokText, i int) bool {
	t := tt.tokenAt(i)
	return t != nil && t.start == i-1 && t.end == i+1 && t.pos == "x" && isHan(tt.runes[i-1])
}

// placesIn returns the administrative names written inside an
// organisation's name (西和县人民医院 → 西和县), longest first at each start.
func placesIn(w string) []string {
	l := getLexicon()
	rs := []rune(w)
	offs := runeOffsets(w, make([]int, 0, 64)) // string(rs[i:e]) is w[offs[i]:offs[e]] (nil: broken UTF-8)
	span := func(i, e int) string {
		if offs != nil {
			return w[offs[i]:offs[e]]
		}
		return string(rs[i:e])
	}
	var out []string
	prevEnd := -1 // where the last place found ended
	for i := 0; i < len(rs); i++ {
		if !l.placeFirst.has(rs[i]) {
			continue
		}
		for e := min(len(rs), i+8); e >= i+3; e-- {
			if lv, ok := l.place(span(i, e)); ok && lv > 0 {
				name := span(i, e)
				if st := shortPlace(name); st == "" || genericPlaceStems[st] || (l.common[st] || l.common[name]) && !chainedTown(name, st, lv, i == prevEnd) && !countyOfCommonStem13(name, lv) || genericVillagePrefix[string(rs[i])] && !countyOfCommonStem13(name, lv) {
					break // 小城镇: an ordinary word that a town is also called
				}
				out = append(out, name)
				prevEnd = e
				i = e - 1
				break
			}
		}
	}
	return out
}

// chainedTown reports a township named with an ordinary word (平安镇)
// written right after the county it belongs to inside an organisation's
// name (恭城瑶族自治县|平安镇|…合作社): the chain shows it is the place.
func chainedTown(name, stem string, level int, afterPlace bool) bool {
	if !afterPlace || level < 4 || genericVillagePrefix[stem] || oldTownWords[stem] || nationalTerms[stem] {
		return false
	}
	r := lastRune(name)
	return r == '镇' || r == '乡' || strings.HasSuffix(name, "街道")
}

// suffixRoles are words gojieba reads at a place's suffix character that
// glue it to what follows (西和|县长|道镇, 石堡|镇长|…): a role or body of
// that level, or the level's own seat or area.
var suffixRoles = wordSet(`县长 县委 县政府 县城 县域 县级 镇长 镇委 镇政府 镇区 乡长 乡政府 区长 区委 区政府 市长 市委 市政府 市区 州长 州委 村长 村委 村委会 村民`)

// roleGlued reports whether the place suffix at rune i begins a role or
// body word that gojieba made of it and the next character (县长).
func roleGlued(tt *tokText, i int) bool {
	t := tt.tokenAt(i)
	return t != nil && t.start == i && suffixRoles[t.word]
}

// bankBranches follow the short form of the place a bank's branch serves
// (建设银行西和支行).
var bankBranches = []string{"支行", "分行", "营业部", "分理处", "信用社", "农商行", "分公司", "供电所", "营业所"}

// branchPlaces finds the short place forms before a branch word (西和|支行),
// which gojieba reads as single characters (西|和|支行).
func branchPlaces(tt *tokText, found []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	hits := branchWordsAt(tt)
	for _, es := range hits {
		for _, e := range es {
			re := tt.runeAt(e)
			for n := 3; n >= 2; n-- {
				if re-n < 0 {
					continue
				}
				w := tt.sub(re-n, re)
				if _, ok := l.shortOf(w); (ok || l.places[w] > 0) && allHan(w) && !nationalTerms[w] && !genericPlaceStems[w] && !overlapsAny(found, tt.off[re-n], e) {
					out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[re-n], End: e, Evidence: "gazetteer-short,branch", Score: 4})
					break
				}
			}
		}
	}
	return out
}

// bodyFollows reports whether a party or government body word begins at
// rune i (和平乡|党委, 大桥镇|人民政府): what ends there is a township's name,
// even when gojieba glued the body to its suffix (和平|乡党委) or its stem is
// an ordinary word.
func bodyFollows(tt *tokText, i int) bool {
	rest := tt.text[tt.off[i]:]
	for _, b := range []string{"党委", "人民政府", "政府", "人大", "纪委", "党政办", "政府办", "党委书记", "党委副书记"} {
		if strings.HasPrefix(rest, b) {
			return true
		}
	}
	return false
}

// gluedLandmarks finds rivers and lakes whose one-character suffix gojieba
// glued to the work named after them (八舟|河水库, 青龙|湖大道): a made-up or
// name word, then 河/湖/江/溪 and a landmark word.
func gluedLandmarks(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcRiverKind == 0 {
		return nil // (speed7b.go: no 河, 江, 湖 or 溪 in the text)
	}
	l := getLexicon()
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		t, p := &tt.toks[k], &tt.toks[k-1] // (pointers: no copy of tokens most of which fail the first test)
		if t.n() != 3 || !riverKindRunes.has(tt.runes[t.start]) {
			continue
		}
		switch tt.sub(t.start+1, t.end) {
		case "水库", "电站", "大桥", "大道", "公路", "湿地":
		default:
			continue
		}
		if p.n() < 2 || p.n() > 3 || !allHan(p.word) || l.common[p.word] || genericVillagePrefix[p.word] {
			continue
		}
		switch p.pos {
		case "x", "nz", "ns", "nr", "nrfg", "nrt":
		default:
			continue
		}
		s, e := tt.off[p.start], tt.off[t.end]
		if overlapsAny(found, s, e) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "pattern:" + tt.sub(t.start+1, t.end), Score: 3})
	}
	return out
}

// gluedSuffix reports whether the administrative suffix at rune i (镇 of
// 肇兴镇) begins a word gojieba made up from it and the next name's head
// (肇兴|镇堂|安村): the suffix ends the place name even though no word
// boundary follows it.
func gluedSuffix(tt *tokText, i int) bool {
	if !strings.ContainsRune("县区市镇乡村", tt.runes[i]) {
		return false
	}
	t := tt.tokenAt(i)
	return t != nil && t.start == i && t.n() >= 2 && t.pos == "x"
}

// joinOrphans extends a place found right after another one over the
// characters between them when gojieba glued those to the first place's
// last character (肇兴镇 + 堂 + 安村, cut 肇兴|镇堂|安村): they are the head of
// the second name, which would otherwise stay readable (堂 of 堂安村).
func joinOrphans(tt *tokText, out []Finding) []Finding {
	for a := range out {
		if out[a].Type != LOCATION {
			continue
		}
		ra := tt.runeAt(out[a].End)
		if ra <= 0 || ra >= len(tt.runes) {
			continue
		}
		t := tt.tokenAt(ra - 1)
		if t == nil || t.start >= ra || t.end <= ra || t.end-ra > 2 {
			// no word straddles the place's end; but a village's own
			// place may follow it after one character gojieba cut off
			// (果桃村|白|沙坪): that character is the place's head
			if t2 := tt.tokenAt(ra); t2 == nil || t2.n() != 1 || t2.start != ra || t2.pos == "p" || t2.pos == "c" || t2.pos == "f" || t2.pos == "m" || t2.pos == "r" || !villageEnd(out[a].Text) {
				continue
			} else {
				t = t2
			}
		}
		for b := range out {
			if b == a || out[b].Type != LOCATION || tt.runeAt(out[b].Start) != t.end {
				continue
			}
			gap := tt.runes[ra:t.end]
			ok := true
			for _, r := range gap {
				if !isHan(r) || listStopBits.has(r) {
					ok = false
				}
			}
			if ok {
				out[b].Start = out[a].End
				out[b].Text = tt.text[out[b].Start:out[b].End]
			}
		}
	}
	return out
}

// motionVerbs go to or along a place and never begin its name (赴|仇池山).
var motionVerbs = runeBitsOf("赴到去往来沿经抵返回进入出至")

// regionCapital finds the one-character region in 台资, 港商, 澳胞 (capital,
// traders or compatriots of Taiwan, Hong Kong, Macao): a place to the
// strict policy, an ordinary word to the default one.
func regionCapital(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcRegionCapital == 0 {
		return nil // (speed7b.go: no 台, 港 or 澳 in the text)
	}
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (no copy of each token)
		if t.n() != 2 || !regionCapitalFirst.has(tt.runes[t.start]) || !regionCapitalSecond.has(tt.runes[t.start+1]) {
			continue
		}
		s, e := tt.off[t.start], tt.off[t.start+1]
		if !overlapsAny(found, s, e) {
			out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "region-abbreviation", Score: 1, generic: true})
		}
	}
	return out
}

// villageEnd reports whether a place name ends like a village or a
// township, after which the places inside it are named (果桃村|白沙坪).
func villageEnd(name string) bool {
	switch lastRune(name) {
	case '村', '屯', '寨', '乡', '镇':
		return true
	}
	return false
}

// villageGroups finds the groups (组) of a village named right after it,
// which gojieba reads as one made-up word (清华村|新寨组): the group's name
// stays readable otherwise.
func villageGroups(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcGroup == 0 {
		return nil // (speed7b.go: no 组 in the text)
	}
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		t := &tt.toks[k] // (no copy of each token)
		if t.pos != "x" || t.n() < 3 || t.n() > 4 || tt.runes[t.end-1] != '组' || !allHanRunes(tt.runes[t.start:t.end]) {
			continue
		}
		if p := tt.toks[k-1]; !strings.HasSuffix(p.word, "村") {
			continue
		}
		s, e := tt.off[t.start], tt.off[t.end]
		if !overlapsAny(found, s, e) {
			out = append(out, Finding{Type: LOCATION, Text: tt.text[s:e], Start: s, End: e, Evidence: "pattern:组", Score: 3})
		}
	}
	return out
}

// villageHead reports whether token p, just before village word t, is the
// head of the village's name even though it reads as a generic word
// elsewhere: a surname before 家村/家庄 (马|家村, whose 马 alone would be a
// generic prefix, 马路) or a numeral with a distance or crossing word
// before a one-character stem (五里|墩村, 三道|岔村).
func villageHead(p, t tok, r0 rune) bool {
	switch {
	case p.n() == 1 && strings.HasPrefix(t.word, "家") && getLexicon().isSurname(r0):
		return true
	case p.n() == 2 && t.n() == 2 && clanPlace(p.word):
		return true // 王家|沟村: a clan place before a one-character stem
	case landformHead(p, t):
		return true // 柳树|沟村: a word before a gully, flat or bend names it
	case p.n() == 2 && p.pos == "m" && t.n() == 2 && isHan(r0) && r0 != '第' && r0 != '每':
		last, _ := utf8.DecodeLastRuneInString(p.word)
		return strings.ContainsRune("里道岔沟堡铺营", last)
	}
	return false
}

// landformRunes name a gully, flat, bend, slope, hamlet, temple, well or
// bridge that a village is named after, with a word before it (柳树沟,
// 杏花坪, 石板湾, 全福庄, 妙音寺).
var landformRunes = runeSet("沟坪湾岭坡塘洼冲岔梁峪坳滩坝岗垭庄堡铺营寺庙庵井桥")

// landformHead reports a two-character noun or name word p before a
// village word t made of a landform character and its suffix (柳树|沟村):
// the landform alone names nothing, the word is the village's head.
func landformHead(p, t tok) bool {
	if p.n() != 2 || t.n() != 2 || !allHan(p.word) || genericVillagePrefix[p.word] {
		return false
	}
	rs := []rune(t.word)
	if !landformRunes[rs[0]] || rs[1] != '村' && rs[1] != '组' && rs[1] != '屯' {
		return false
	}
	switch p.pos {
	case "n", "nr", "ns", "nz", "x", "ng":
		return true
	}
	return false
}

// clanPlaceRunes follow a surname in the commonest village names (王家村,
// 李庄村, 张湾村): the pair is an ordinary word for gojieba (王家) but before
// a village suffix it is the village's name.
var clanPlaceRunes = runeSet("家庄营屯堡寨店湾沟坪河岭山集桥坝岗洼塘园楼圩铺窑")

// clanPlace reports a two-character word made of a surname and a place
// character (王家, 李庄).
func clanPlace(w string) bool {
	rs := []rune(w)
	if len(rs) != 2 || !clanPlaceRunes[rs[1]] {
		return false
	}
	return getLexicon().isSurname(rs[0])
}

func allHan(s string) bool {
	for i := 0; i < len(s); {
		// (speed14: a character of three bytes with a lead byte E1–EC,
		// nearly every Chinese one, decoded here without the runtime's
		// call; the rest as range decodes them)
		if c0 := s[i]; c0-0xE1 < 0x0C && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if !isHan(rune(c0&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)) {
				return false
			}
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			return false
		}
		i += w
	}
	return s != ""
}

// placeSuffixRunes end most place names.
// shortPairOf reports whether a short form may begin with the first two
// characters of w (false for a single character: such short forms are not
// in the filter).
func shortPairOf(l *lexicon, w string) bool {
	r0, n := decodeRune(w)
	if n >= len(w) {
		return l.short[w] != "" // one character or none: ask the map itself
	}
	r1, _ := decodeRune(w[n:])
	return l.hasShortPair(r0, r1)
}

// stemNumberRunes are numerals and ordinals, never part of a village stem.
var stemNumberRunes = runeBitsOf("一二三四五六七八九十百千万亿两零第半")

var placeSuffixRunes = runeSet("省市县区镇乡村州盟旗山河江湖海岛港湾峡谷岭峰坡洲城关口庄屯寨营堡桥塘溪泉湾滩坪坝沟园")

// hazardWords are kinds of disaster and terrain damage that gojieba tags as
// places (滑坡/ns): disaster reports are full of them.
var hazardWords = wordSet(`滑坡 山体滑坡 泥石流 塌方 崩塌 山洪 洪涝 内涝 地陷 塌陷 冰雹 干旱 地震 堰塞湖 溃坝 水毁`)

// plausiblePlaceWord filters gojieba's ns tag, which it also gives ordinary
// words (深度, 美丽): a place word is an administrative name or short form,
// a country, ends like a place, or is at least three characters.
func plausiblePlaceWord(w string) bool {
	l := getLexicon()
	if landmarkKinds[w] || oldTownWords[w] || hazardWords[w] {
		return false
	}
	if l.places[w] > 0 || l.short[w] != "" || countries[w] || nationalTerms[w] {
		return true
	}
	rs := []rune(w)
	if l.common[w] || len(rs) == 2 && l.commonTown[w] || genericVillagePrefix[string(rs[0])] && len(rs) <= 3 || len(rs) > 2 && genericVillagePrefix[string(rs[:2])] {
		return false
	}
	if placeSuffixRunes[rs[len(rs)-1]] {
		return true
	}
	if len(rs) >= 3 {
		sc := 0.0
		for _, r := range rs {
			sc += clamp(l.translit[r], -4, 3)
		}
		return sc/float64(len(rs)) > 0.5
	}
	return false
}

var villageLast = func() (b runeBits) {
	for _, s := range villageSuffixes {
		r, _ := utf8.DecodeLastRuneInString(s)
		b.set(r)
	}
	return
}()

// villageSuffixesByLast is villageSuffixes by last character, each list
// in villageSuffixes' order (so the first suffix a word ends with is the
// same).
var villageSuffixesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, s := range villageSuffixes {
		r := lastRune(s)
		m[r] = append(m[r], s)
	}
	return m
}()

// villageStems finds village names written without their suffix: spans
// of two to four characters on token boundaries that the village list
// holds, made of single-character tokens or of one token gojieba made up
// (x) or tagged as a name or place, and that are no ordinary word.
func villageStems(tt *tokText, found []Finding) []Finding {
	l := getLexicon()
	v := getVillages()
	var out []Finding
	for k := 0; k < len(tt.toks); k++ {
		t := &tt.toks[k]
		if n := t.n(); n > 4 || n >= 2 && t.pos != "ns" {
			continue // neither case below
		}
		if r := tt.runes[t.start]; !isHan(r) || nameStopBits.has(r) {
			continue
		}
		var end int
		switch {
		case t.n() >= 2 && t.n() <= 4 && t.pos == "ns":
			// gojieba's own place words (name words: it also tags 高达, 育人
			// as names)
			end = t.end
		case t.n() == 1 && stemCharPOS(t.pos, true):
			// the longest run of single characters that is a village stem
			e := k
			for e+1 < len(tt.toks) && tt.toks[e+1].n() == 1 && tt.toks[e+1].end-t.start <= 4 && isHan(tt.runes[tt.toks[e+1].start]) && stemCharPOS(tt.toks[e+1].pos, false) {
				e++
			}
			for ; e > k; e-- {
				if v.has(tt.sub(t.start, tt.toks[e].end)) {
					break
				}
			}
			if e == k {
				continue
			}
			end = tt.toks[e].end
		default:
			continue
		}
		w := tt.sub(t.start, end)
		if rs := tt.runes[t.start:end]; len(rs) == 2 && (rs[0] == '老' || rs[0] == '小') && l.isSurname(rs[1]) {
			// 老刘, 小张: a person called by surname, not a village
			if !overlapsAny(found, tt.off[t.start], tt.off[end]) {
				out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[t.start], End: tt.off[end], Evidence: "surname-reference", Score: 2})
			}
			continue
		}
		if t.n() > 1 && !v.has(w) || l.common[w] || l.commonTown[w] || nationalTerms[w] || countries[w] || !allHan(w) {
			continue
		}
		bad := suffixLast.has(tt.runes[end-1]) || placeSuffixBits.has(tt.runes[end-1])
		for _, r := range tt.runes[t.start:end] {
			if nameStopBits.has(r) || stemNumberRunes.has(r) {
				bad = true
			}
		}
		if bad || overlapsAny(found, tt.off[t.start], tt.off[end]) || honorificTitle(tt, tok{start: t.start, end: end}) || stemWordReading(tt, t.start, end) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[t.start], End: tt.off[end], Evidence: "village-list", Score: 2})
	}
	return out
}

// stemCharPOS reports the tags a single character of a village name may
// have: nouns, name and place parts, and for the first an adjective (大|许);
// never a verb, preposition, adverb or measure word.
func stemCharPOS(pos string, first bool) bool {
	switch pos {
	case "n", "ng", "nr", "nrt", "ns", "nz", "zg", "x", "g", "j", "m":
		return true
	case "a", "ag", "b", "s", "tg":
		return first
	}
	return false
}

// hasRare reports whether any of the characters is rare in dictionary words.
func hasRare(rs []rune) bool {
	l := getLexicon()
	for _, r := range rs {
		if l.isRare(r) {
			return true
		}
	}
	return false
}

// placeProjects follow the quoted name of a rural tourism or farm project
// (“…”田园综合体, “…”景区), which names its place.
var placeProjects = []string{"田园综合体", "综合体", "景区", "风景区", "旅游区", "度假区", "特色小镇", "小镇", "古镇", "古村", "农庄", "庄园", "民宿", "湿地公园", "森林公园", "公园"}

// quotedPlaces finds quoted names of places and projects directly before a
// project word (“资水丹霞”田园综合体, “绿野飞瀑”“红色老山界”田园综合体): each
// quoted name of a run that holds a word no ordinary dictionary word.
func quotedPlaces(tt *tokText) []Finding {
	if !strings.Contains(tt.text, "”") {
		return nil
	}
	l := getLexicon()
	var out, run []Finding
	text := tt.text
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		after := e + len("”")
		if open := s - len("“"); len(run) > 0 && run[len(run)-1].End+len("”") != open && !strings.HasSuffix(text[:open], "、") {
			run = run[:0] // not adjacent to the previous quote
		}
		if n := runeLen(name); n >= 2 && n <= 8 && allHan(name) {
			run = append(run, Finding{Type: LOCATION, Text: name, Start: s, End: e, Evidence: "quoted-place", Score: 3})
		} else {
			run = run[:0]
		}
		for _, w := range placeProjects {
			if strings.HasPrefix(text[after:], w) {
				for _, f := range run {
					if distinctiveWords(tt, f.Start, f.End, l) {
						out = append(out, f)
					}
				}
				run = run[:0]
				break
			}
		}
	}
	return out
}

// distinctiveWords reports whether the text at byte offsets [s, e) holds a
// token that is not a frequent ordinary word.
func distinctiveWords(tt *tokText, s, e int, l *lexicon) bool {
	rs, re := tt.runeAt(s), tt.runeAt(e)
	if rs < 0 || re < 0 {
		return false
	}
	for i := rs; i < re; {
		t := tt.toks[tt.tokOf[i]]
		if t.n() >= 2 && !l.common[t.word] || t.pos == "x" || t.pos == "ns" || t.pos == "nr" {
			return true
		}
		i = t.end
	}
	return false
}

// honorificTitle reports a word inside a national honorific title
// (中国长寿之乡, 全国诗词之都): what stands between 中国 and 之乡 is a
// product or a virtue, not a place.
func honorificTitle(tt *tokText, t tok) bool {
	rest := tt.text[tt.off[t.end]:]
	if !strings.HasPrefix(rest, "之乡") && !strings.HasPrefix(rest, "之都") {
		return false
	}
	before := tt.text[:tt.off[t.start]]
	return strings.HasSuffix(before, "中国") || strings.HasSuffix(before, "全国") || strings.HasSuffix(before, "国家")
}

// compoundEnds end the names of residential compounds (…家园, …华庭,
// …名苑, …华府, …雅居, …新城).
var compoundEnds = runeSet(`园苑庭府居城湾邸墅阁轩村`)

// residentialCompounds finds residential compounds named before 小区:
// a list closed by a count of compounds (甲、乙两个小区: as many items as
// the count says) or by 等 (甲、乙等小区), and a single name before 小区
// that ends like a compound's (…家园小区). An item is two to six Han
// characters, none grammatical, starting where a word of gojieba's
// starts; a lone item or one closed by 等 must end like a compound's
// name and be no frequent word (老旧小区, 新建小区 stay).
func residentialCompounds(tt *tokText) []Finding {
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.word != "小区" || t.start < 2 {
			continue
		}
		c := t.start // where the closer (count, 等) begins
		want := 0    // the count the closer gives, 0 for none
		if k >= 1 {
			p := tt.toks[k-1]
			if p.word == "个" && k >= 2 {
				p = tt.toks[k-2]
				if q, ok := countWord(p.word); ok {
					want, c = q, p.start
					if k >= 3 && tt.toks[k-3].word == "等" {
						// 甲等3个小区: the count is of more than the items
						want, c = 0, tt.toks[k-3].start
					}
				}
			} else if r := []rune(p.word); len(r) == 2 && r[1] == '个' {
				if q, ok := countWord(string(r[:1])); ok {
					want, c = q, p.start
				}
			}
			if c == t.start && p.word == "等" {
				c = p.start
			}
		}
		items := compoundItems(tt, c, c < t.start)
		if len(items) == 0 || want > 0 && len(items) != want {
			continue
		}
		for _, it := range items {
			w := tt.sub(it[0], it[1])
			named := compoundEnds[tt.runes[it[1]-1]] && it[1]-it[0] >= 3 && !getLexicon().common[w]
			if want == 0 && !named || genericVillagePrefix[w] || getLexicon().common[w] && want == 0 {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "residential-compound", Score: 3})
		}
	}
	return out
}

// compoundLead reports whether the word of gojieba's at rune b (inside an
// item [b, e)) is no part of a compound's name: a verb, or a word for all
// of a county's places (推进|…, 全县|…).
func compoundLead(tt *tokText, b, e int) bool {
	p := tt.toks[tt.tokOf[b]]
	if p.start != b || p.end >= e {
		return false
	}
	return p.pos == "v" || p.pos == "vn" || quantifiedPlace(p.word) || genericVillagePrefix[p.word]
}

// countWord reads a small count (两, 3, 十) before 个.
func countWord(w string) (int, bool) {
	switch w {
	case "两", "二":
		return 2, true
	case "三":
		return 3, true
	case "四":
		return 4, true
	case "五":
		return 5, true
	case "六":
		return 6, true
	}
	if len(w) == 1 && w[0] >= '2' && w[0] <= '9' {
		return int(w[0] - '0'), true
	}
	return 0, false
}

// sceneryWords are the landscape characters of four-character set
// phrases made of two parallel halves (绿水青山, 金山银山, 青山绿水).
var sceneryWords = runeSet(`山水江河湖海田林`)

// sceneryPair reports a four-character phrase whose two halves each end
// in a landscape character (绿水|青山, 金山|银山): a set phrase of
// scenery, never a landmark's name, whose names put the landscape word
// only last (四姑娘山, 小五台山).
func sceneryPair(rs []rune) bool {
	return len(rs) == 4 && sceneryWords[rs[1]] && sceneryWords[rs[3]]
}

// dropSceneryPairs drops the places that are one or both halves of a
// set phrase of scenery (金山 of 金山银山, a district's short form too) or
// a part of a development slogan (富民 of 富民强镇, 兴县 of 产业兴县).
func dropSceneryPairs(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if f.Type != LOCATION || !inSceneryPair(tt, s, e) && !inSlogan(tt, s, e) {
			out = append(out, f)
		}
	}
	return out
}

// inSceneryPair reports whether runes [s, e) are one half or both halves
// of a set phrase of scenery (金山 of 金山银山).
func inSceneryPair(tt *tokText, s, e int) bool {
	if s < 0 || e-s != 2 && e-s != 4 {
		return false
	}
	for _, p := range []int{s, s - 2} {
		if p >= 0 && p+4 <= len(tt.runes) && e <= p+4 && sceneryPair(tt.runes[p:p+4]) {
			return true
		}
	}
	return false
}

// sloganObjects are what a verb of sloganVerbs makes rich or strong in
// the halves of development slogans (富民|强县, 兴边|富民, 产业|兴县).
var sloganObjects = runeSet(`民县镇乡村市区省国边企农`)

// inSlogan reports whether runes [s, e) are a part of a development
// slogan: a half of a four-character slogan of two verb-object halves
// (富民 of 富民强镇), or a verb and a level after a noun of two
// characters that says what makes it so (产业|兴县, 工业|强市).
func inSlogan(tt *tokText, s, e int) bool {
	if s < 0 || e-s != 2 {
		return false
	}
	n := len(tt.runes)
	half := func(p int) bool {
		return p >= 0 && p+2 <= n && sloganVerbs[tt.runes[p]] && sloganObjects[tt.runes[p+1]]
	}
	if half(s) && (half(s+2) || half(s-2)) {
		return true
	}
	if !half(s) || s < 2 || !tt.tokStart(s) || !tt.tokStart(s-2) {
		return false
	}
	b := tt.toks[tt.tokOf[s-2]]
	return b.end == s && (b.pos == "n" || b.pos == "vn") && getLexicon().places[b.word] == 0 && getLexicon().short[b.word] == ""
}

// compoundItems reads the items of a list of compounds back from rune e
// (the end of the last item), at most eight: each item is the run of Han
// characters before e up to a list joiner, a function character or a mask,
// trimmed to a word's start (推进|翠湖名苑). Only the last item is read when
// the list is not closed by 等 or a count.
func compoundItems(tt *tokText, e int, closed bool) [][2]int {
	var items [][2]int
	for len(items) < 8 {
		b := e
		for b > 0 && e-b < 6 && isHan(tt.runes[b-1]) && !functionRuneBits.has(tt.runes[b-1]) && !listJoiners[tt.runes[b-1]] && !isMaskRune(tt.runes[b-1]) {
			b--
		}
		// the item starts at a word's start: trim a verb or a place
		// word gojieba joined before it (推进|翠湖名苑)
		for b < e && (!tt.tokStart(b) || compoundLead(tt, b, e)) {
			b++
		}
		if e-b < 2 {
			break
		}
		items = append(items, [2]int{b, e})
		if b < 2 || !listJoiners[tt.runes[b-1]] || !closed {
			break
		}
		e = b - 1
	}
	return items
}
