package anonymize

import "strings"

// This file holds the recognizers added for the misses of the own-writing
// check sets deid-own7, deid-own9 and deid-own12, each for a class of text
// rather than a string: a township whose gazetteer stem is an ordinary or
// genre word before its central school (龙头镇|中心学校), a village right
// after its town whose name is a numeral and a measure of distance or
// kin (…镇|九里村, 三家村) or which gojieba glues to 村 as one word
// (…镇|屈原村), and a river with no gazetteer entry named before its
// stretch or its water (…浦河段, …河|某镇|段, …河流域).

func init() {
	// institutions a township's name stands before, beyond townBodies
	townBodies = append(townBodies, "中心学校", "初级中学", "完全小学", "九年一贯制学校", "中心敬老院", "敬老院",
		"农技站", "林业站", "水利站", "文化站", "畜牧兽医站", "兽医站", "供电所", "国土所", "卫生所", "邮政所")
}

// leaks10 adds what the recognizers of this file find in one text to its
// findings fs.
func leaks10(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	add := func(out []Finding) { fs = addWhole(fs, out) }
	add(villagesGluedAfterTown(tt, fs))
	fs = reshapeKindOrgs(fs)
	fs = dropOrdinaryReadings10(tt, fs)
	add(hamletsAfterTown(tt, fs))
	add(minorityPrefixNames(tt, fs))
	add(riversBeforeStretch(tt, fs))
	add(scenicNamesBeforeKind(tt, fs))
	return fs
}

// villageNumerals and villageMeasures make the numeral village names of
// the countryside (九里村, 三家村, 十八岔村, 五道沟村 is the gazetteer's).
var (
	villageNumerals = runeSet(`一二三四五六七八九十百`)
	villageMeasures = runeSet(`里岔墩棵甲堡铺营屯塘湾庄店桥岭`)
)

// villageKindWords end the words for kinds of village that may follow a
// town (镇|新农村, 镇|移民村): no village's name.
var villageKindWords = wordSet(`新农村 示范村 移民村 贫困村 重点村 中心村 行政村 自然村 城中村 空心村 传统村 古村 名村 强村 富村 专业村 特色村 旅游村 文明村 美丽村 先进村 后进村 试点村 非贫困村 省级村 市级村 少数民族村 建制村 搬迁村 联系村 帮扶村 结对村 包联村`)

// villagesGluedAfterTown finds the villages right after a town found as
// a place that villagesAfterTown leaves: a numeral and a measure of
// distance or kin before 村 (茅坪镇|九里|村), and a word of three or four
// characters ending in 村 that gojieba cut as one (屈原镇|屈原村), which
// is no kind of village (镇|移民村). The walk goes on along a list (、).
func villagesGluedAfterTown(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	afterTowns(tt, fs, false, func(e int) int {
		if e+3 > n || !tt.tokStart(e) {
			return -1
		}
		end := -1
		switch {
		case villageNumerals[tt.runes[e]] && villageMeasures[tt.runes[e+1]] && tt.runes[e+2] == '村':
			end = e + 3
		case villageNumerals[tt.runes[e]] && e+4 <= n && villageNumerals[tt.runes[e+1]] && villageMeasures[tt.runes[e+2]] && tt.runes[e+3] == '村':
			end = e + 4
		default:
			k := tt.tokenAt(e)
			if k == nil || k.start != e || (k.n() != 3 && k.n() != 4) || tt.runes[k.end-1] != '村' {
				return -1
			}
			stem := tt.sub(e, k.end-1)
			if !allHan(k.word) || villageKindWords[k.word] || genericVillagePrefix[stem] || villageDeterminers[tt.runes[e]] {
				return -1
			}
			switch k.pos {
			case "v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "r", "m", "q", "a", "ad", "f", "t":
				return -1
			}
			end = k.end
		}
		if end < n && !tt.tokStart(end) {
			return -1
		}
		for _, r := range tt.runes[e:end] {
			if !isHan(r) || isMaskRune(r) {
				return -1
			}
		}
		if overlapsAny(fs, tt.off[e], tt.off[end]) || overlapsAny(out, tt.off[e], tt.off[end]) {
			return end // found already: the list goes on
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(e, end), Start: tt.off[e], End: tt.off[end], Evidence: "village-after-town,glued", Score: 4})
		return end
	})
	return out
}

// riverWaterWords follow a river's name and tell of its course or its
// water (…河|流域, …河|水质).
var riverWaterWords = []string{"段", "流域", "沿岸", "两岸", "沿线", "干流", "支流", "水质", "综合治理", "治理", "清淤", "整治", "大堤", "堤防", "入河", "断面", "上游", "下游", "中游"}

// riverGenericStems are the words before 河 that name a kind or a part
// of a stream, not one stream (该河段, 重点河段, 城区河段).
var riverGenericStems = wordSet(`重点 主要 部分 城区 城市 农村 乡村 全县 全市 全镇 县域 辖区 境内 所有 各条 这条 那条 该 此 上游 下游 中游 沿线 骨干 中小 小型 大型 季节 黑臭 污染 问题 支流 干流 界河 内河 外河 护城 运 山 小 大 母亲 天然 人工 排水 灌溉 引水 排洪 泄洪 行洪 城中 跨界 跨省 跨县`)

// riversBeforeStretch finds the rivers with no gazetteer entry that a
// report names by two characters and 河 before a word of their course or
// water: a stretch in a place found (车路河|某镇|段), or the stretch or
// water itself (淀浦河|段, …河|流域) when the two characters are no word
// of the language. A kind of stream (重点河段) stays.
func riversBeforeStretch(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcHe == 0 {
		return nil // no 河 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for j := 2; j+1 < n; j++ {
		if tt.runes[j] != '河' {
			continue
		}
		s := j - 2
		if !tt.tokStart(s) || !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) || isMaskRune(tt.runes[s]) || isMaskRune(tt.runes[s+1]) {
			continue
		}
		stem := tt.sub(s, j)
		if riverGenericStems[stem] || functionRuneBits.has(tt.runes[s]) || functionRuneBits.has(tt.runes[s+1]) || villageDeterminers[tt.runes[s]] {
			continue
		}
		e := j + 1
		if overlapsAny(fs, tt.off[s], tt.off[e]) {
			continue
		}
		rest := tt.text[tt.off[e]:]
		ok := false
		// a stretch in a place found: 车路河|某镇|段
		for _, f := range fs {
			if f.Type == LOCATION && f.Start == tt.off[e] && strings.HasPrefix(tt.text[f.End:], "段") {
				ok = true
				break
			}
		}
		if !ok {
			if k := townStretchAt(tt, e); k > 0 {
				ok = true
				if !overlapsAny(fs, tt.off[e], tt.off[k]) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(e, k), Start: tt.off[e], End: tt.off[k], Evidence: "town-stretch-after-river", Score: 3})
				}
			}
		}
		if !ok && !l.common[stem] && !l.commonTown[stem] {
			if k := tt.tokenAt(s); k != nil && (k.end == j || k.end == j+1 && k.n() == 3) && k.pos != "v" && k.pos != "vn" && k.pos != "a" {
				if hasAnyPrefix13(rest, riverWaterWords) {
					ok = true
				}
			}
		}
		if ok {
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "river-before-stretch", Score: 3})
		}
	}
	return out
}

// townStretchAt returns the rune where a township or village's name ends
// when that name and 段 begin at rune i: two or three characters, 镇, 乡
// or 村, and 段 (…河|某某镇段); else 0.
func townStretchAt(tt *tokText, i int) int {
	n := len(tt.runes)
	for _, ln := range []int{2, 3} {
		k := i + ln
		if k+1 >= n || tt.runes[k+1] != '段' || !strings.ContainsRune("镇乡村", tt.runes[k]) {
			continue
		}
		ok := true
		for _, r := range tt.runes[i:k] {
			if !isHan(r) || isMaskRune(r) || functionRuneBits.has(r) {
				ok = false
			}
		}
		if ok {
			return k + 1
		}
	}
	return 0
}

// scenicKinds10 follow the name of a scenic spot, park or reserve and say
// what it is (…大峡谷|景区, …|湿地公园, …|旅游环线).
var scenicKinds10 = []string{"风景名胜区", "风景区", "旅游景区", "景区", "旅游区", "度假区", "湿地公园", "森林公园", "地质公园", "郊野公园", "遗址公园", "自然保护区", "旅游公路", "旅游环线", "旅游专线", "古村落", "古民居", "古建筑群", "古村", "古寨", "大屋", "围屋", "土楼", "烈士陵园"}

// scenicKindBits10 holds the first characters of scenicKinds10 (see mayHaveRune).
var scenicKindBits10 = runeMapBits(runeSet(`风旅景度湿森地郊遗自古大围土烈`))

// scenicModifiers are the words before a kind of scenic spot that say
// its rank, make or theme, not its name (国家|湿地公园, 生态|景区).
var scenicModifiers = wordSet(`国家 国家级 省级 市级 县级 州级 世界 全国 全省 全市 全县 城市 城郊 城区 郊区 乡村 农村 山区 山地 沿河 沿江 沿湖 沿海 滨河 滨江 滨湖 滨海
	生态 湿地 森林 地质 自然 人文 红色 文化 历史 民俗 旅游 休闲 观光 度假 康养 研学 特色 精品 重点 核心 主要 重要 新 老 大型 小型 高等级 等级 星级 示范 样板 标准 智慧 数字
	全域 全境 全线 传统 明清 明代 清代 古代 近代 客家 岭南 徽派 闽南 潮汕 江南 侗族 苗族 瑶族 壮族 土家族 藏族 傣族 彝族 畲族 布依族 水族 白族 纳西族 哈尼族 各 各个 全部 所有 部分 一批 多个 周边 附近 现有 已有 新建 在建 该 本 这 那 其 此 某 沿线 环线 主题 开放式 封闭式 公益 免费 收费 热门 知名 著名 网红`)

// scenicNamesBeforeKind finds the names of scenic spots, parks and
// reserves that gojieba reads as ordinary words (地下|大峡谷|景区, 黄河|清
// |湿地公园, 空中|草原|旅游环线): up to five Han characters of nouns,
// places, directions or times before a kind of scenic spot, starting a
// clause or after a verb, a preposition or a conjunction, no word of
// them a rank, make or theme (国家湿地公园, 生态景区 stay); a single
// word must be no frequent one. A feature before 至 that begins the road
// to such a spot (…峪|至|…旅游环线) is masked with it.
func scenicNamesBeforeKind(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcScenicKind == 0 {
		return nil // (speed7b.go: no scenic kind's first character in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for kk := tt.nextAt(rcScenicKind, 2); kk < n; kk = tt.nextAt(rcScenicKind, kk+1) { // (speed7b.go: the characters of the class only)
		k := kk // where the name ends
		if r := tt.runes[k]; !mayHaveRune(&scenicKindBits10, r) || !tt.tokStart(k) && !nationalKindGlued18(tt, k) {
			continue
		}
		rest := tt.text[tt.off[k]:]
		kind := firstPrefix(rest, scenicKinds10)
		if kind == "" {
			continue
		}
		if !tt.tokStart(k) {
			k -= 2 // …|国家森林公园 in one word of gojieba's: the name ends before 国家 (leaks18.go)
		}
		// walk back over the tokens of the name
		s, toks, loose := k, 0, 0
		for s > 0 {
			t := tt.tokenBefore(s)
			if t == nil || t.end != s || t.start < k-5 || scenicModifiers[t.word] || !allHan(t.word) {
				break
			}
			if t.start > 0 && isDigitRune(tt.runes[t.start-1]) {
				break // 3200|余人到|东兰烈士陵园: a word after a number counts, it names nothing (leaks18.go)
			}
			switch t.pos {
			case "n", "nz", "ns", "nr", "s", "t", "x", "ng", "g", "z", "j", "nt", "nrt", "nrfg", "b":
			default:
				if !looseNamePart18(tt, t, s < k) {
					t = nil
				} else {
					loose++ // a single character or a numeral gojieba could not place inside the name (扁|都|口, 万年|冰洞; leaks18.go)
				}
			}
			if t == nil {
				break
			}
			bad := false
			for _, r := range tt.runes[t.start:t.end] {
				if functionRuneBits.has(r) || isMaskRune(r) {
					bad = true
				}
			}
			if bad {
				break
			}
			s, toks = t.start, toks+1
		}
		if k-s < 2 || toks == 0 {
			continue
		}
		if k-s >= 4 && countHead18(tt.runes[k-2:k]) {
			k -= 2 // 七步沟三大|景区: the count of the list's spots is no part of the last one's name (leaks18.go)
		}
		if loose > 0 && !looseNameHolds18(tt, s, k, toks, loose) || countHead18(tt.runes[s:k]) {
			continue
		}
		// the name starts a clause or follows a verb, preposition or conjunction
		if s > 0 && isHan(tt.runes[s-1]) {
			p := tt.tokenBefore(s)
			if p == nil || !(p.pos == "v" || p.pos == "p" || p.pos == "c" || p.pos == "uj" || p.word == "至" || p.word == "到" || p.word == "和" || p.word == "与" || p.word == "及") {
				continue
			}
		}
		w := tt.sub(s, k)
		if toks == 1 && (l.common[w] || l.commonTown[w] || descWordEdge(w)) || genericVillagePrefix[w] || firmPlaceStartsName(fs, tt.off[s], tt.off[k]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[k], Evidence: "scenic,kind-after:" + kind, Score: 3})
		// the road's other end: …峪|至|空中草原旅游环线
		if s >= 3 && (tt.runes[s-1] == '至' || tt.runes[s-1] == '到') {
			for _, ln := range []int{3, 2} {
				b := s - 1 - ln
				if b < 0 || !tt.tokStart(b) || !strings.ContainsRune("峪沟山岭峰坪垭谷寨湖", tt.runes[s-2]) {
					continue
				}
				if b > 0 && isHan(tt.runes[b-1]) {
					if p := tt.tokenBefore(b); p == nil || p.end != b || !(p.pos == "v" || p.pos == "p" || p.pos == "c") {
						continue
					}
				}
				okName := true
				for _, r := range tt.runes[b : s-1] {
					if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) {
						okName = false
					}
				}
				name := tt.sub(b, s-1)
				if okName && !l.common[name] && !genericVillagePrefix[name] && !overlapsFirm(fs, tt.off[b], tt.off[s-1]) {
					out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[b], End: tt.off[s-1], Evidence: "scenic,road-from", Score: 4})
					break
				}
			}
		}
	}
	return out
}

// descWordEdge reports whether word w begins or ends with a word that
// describes a scenic area (古村|群, …|花海): a description, no name.
func descWordEdge(w string) bool {
	rs := []rune(w)
	for i := 2; i < len(rs); i++ {
		if scenicDescWords[string(rs[:i])] || scenicDescWords[string(rs[len(rs)-i:])] {
			return true
		}
	}
	return false
}

// firmPlaceStartsName reports whether a place found already, which the
// policy masks, begins at byte s and ends inside [s, e): the name is
// found and what follows it describes it (金坑|梯田|景区).
func firmPlaceStartsName(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && f.Start == s && f.End < e {
			return true
		}
	}
	return false
}

// hamletEnds end the names of hamlets and stockades (兰寨, 石堡, 李屯).
var hamletEnds = runeSet(`寨屯堡坳岙垴`)

// hamletsAfterTown finds a hamlet right after its town found as a place
// (…镇|某寨|黄皮专业合作社): two or three Han characters ending in a
// hamlet's character that start a word and end one, the whole no
// frequent word and no kind of village (镇|村寨).
func hamletsAfterTown(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	afterTowns(tt, fs, false, func(e int) int {
		if !tt.tokStart(e) && !gluedSuffix(tt, e-1) { // the town's suffix glued to the head (镇竹|寨)
			return -1
		}
		for _, ln := range []int{2, 3} {
			end := e + ln
			if end > n || !hamletEnds[tt.runes[end-1]] || end < n && !tt.tokStart(end) {
				continue
			}
			ok := true
			for _, r := range tt.runes[e:end] {
				if !isHan(r) || isMaskRune(r) || functionRuneBits.has(r) || villageDeterminers[r] {
					ok = false
				}
			}
			w := tt.sub(e, end)
			if !ok || l.common[w] || l.commonTown[w] || genericVillagePrefix[w] || villageKindWords[w] || genericVillagePrefix[tt.sub(e, end-1)] {
				continue
			}
			if !overlapsAny(fs, tt.off[e], tt.off[end]) {
				out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[e], End: tt.off[end], Evidence: "hamlet-after-town", Score: 3})
			}
			return end
		}
		return -1
	})
	return out
}

// personStudioKinds follow the name of the person a studio is named after
// (某某|名师工作室): the kind stays readable, the name is masked.
var personStudioKinds = []string{"名师工作室", "名校长工作室", "名班主任工作室", "名医工作室", "劳模创新工作室", "劳模工作室", "技能大师工作室", "大师工作室", "工匠工作室", "工匠创新工作室", "书记工作室", "调解工作室"}

// publicUnitKinds are public units a place's name stands before, which
// every town or subdistrict has (某某街道|社区卫生服务中心, 某某镇|泵站):
// the place is the identifier, the kind stays readable.
var publicUnitKinds = []string{"社区卫生服务中心", "社区卫生服务站", "便民服务中心", "党群服务中心", "新时代文明实践所", "新时代文明实践站", "泵站", "排涝站", "水文站", "污水处理站"}

// bareLevelOrgHeads are the heads of a body's name that only say its
// level (县|农商银行): such a body is generic, no name.
var bareLevelOrgHeads = wordSet(`县 市 区 州 盟 旗 镇 乡 省 本县 本市 全县 全市 该县 我县 我市`)

// bareLevelOrgKinds are the kinds of body every county has.
var bareLevelOrgKinds = wordSet(`农商银行 农村商业银行 农村信用社 农信社 农合行 村镇银行 邮政储蓄银行 供销社 融资担保公司`)

// reshapeKindOrgs narrows the bodies found whose name is a person's or a
// place's and a kind every county has: a studio named after a person
// becomes the person (某某|名师工作室), a town's public unit becomes the
// town (某某街道|社区卫生服务中心), and a body named only by its level and
// a common kind (县农商银行) is dropped as generic.
func reshapeKindOrgs(fs []Finding) []Finding {
	l := getLexicon()
	out := fs[:0]
	for _, f := range fs {
		if f.Type != ORG || f.Score >= 100 || f.generic || !strings.HasPrefix(f.Evidence, "org-suffix:") {
			out = append(out, f)
			continue
		}
		kept := true
		for _, k := range personStudioKinds {
			if !strings.HasSuffix(f.Text, k) {
				continue
			}
			name := strings.TrimSuffix(f.Text, k)
			if n := runeLen(name); n >= 2 && n <= 4 && allHan(name) {
				if r, _ := firstRune(name); l.isSurname(r) {
					out = append(out, Finding{Type: PERSON, Text: name, Start: f.Start, End: f.Start + len(name), Evidence: "name-before-studio", Score: f.Score})
					kept = false
				}
			}
			break
		}
		if kept {
			for _, k := range publicUnitKinds {
				if !strings.HasSuffix(f.Text, k) {
					continue
				}
				place := strings.TrimSuffix(f.Text, k)
				if n := runeLen(place); n >= 2 && allHan(place) && (strings.HasSuffix(place, "街道") || strings.HasSuffix(place, "镇") || strings.HasSuffix(place, "乡") || strings.HasSuffix(place, "社区")) && !genericVillagePrefix[place] {
					out = append(out, Finding{Type: LOCATION, Text: place, Start: f.Start, End: f.Start + len(place), Evidence: "place-before-public-unit", Score: f.Score})
					kept = false
				}
				break
			}
		}
		if kept {
			for k := range bareLevelOrgKinds {
				if strings.HasSuffix(f.Text, k) && bareLevelOrgHeads[strings.TrimSuffix(f.Text, k)] {
					kept = false
					break
				}
			}
		}
		if kept {
			out = append(out, f)
		}
	}
	return out
}

// levelPlaceWords say "at the county's (prefecture's, …) government" in
// plain speech (受到州里表彰, 县里安排): no one's name.
var levelPlaceWords = wordSet(`省里 市里 州里 县里 区里 乡里 镇里 村里 盟里 旗里 组里 队里 厂里 所里 站里`)

// beltWords follow an ordinary word that names what a belt, zone or title
// is about (滨海|旅游带, 某某|之乡): that word is no place's short form there.
var beltWords = []string{"之乡", "之都", "旅游带", "产业带", "经济带", "文化带", "观光带", "休闲带", "景观带", "风光带", "生态带", "旅游线"}

// dropOrdinaryReadings10 drops readings of ordinary words as names: a
// word for a level of government and 里 read as a person (州里), and a
// place's short form that is a word of gojieba's dictionary before a
// belt or a title (滨海旅游带, 天马之乡).
func dropOrdinaryReadings10(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Score < 100 && f.Type == PERSON && levelPlaceWords[f.Text] {
			continue
		}
		if f.Score < 100 && f.Type == LOCATION && strings.HasPrefix(f.Evidence, "pattern:") && countPlace(f.Text) {
			continue // 百县千镇万村: counts of towns and villages
		}
		if f.Score < 100 && f.Type == PERSON && roleFromPlaceSuffix(tt, fs, f) {
			continue // 河西镇|长把梨: 镇长 read across the town's suffix
		}
		if f.Type == LOCATION && strings.HasPrefix(f.Evidence, "gazetteer-short:") && runeLen(f.Text) == 2 {
			s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
			if s >= 0 && e > s {
				if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && t.dictWord() {
					rest := tt.text[f.End:]
					belt := hasAnyPrefix13(rest, beltWords)
					if belt {
						continue
					}
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// placeCountNumerals stand alone before a place's suffix in counts (千镇万村).
var placeCountNumerals = runeSet(`一二三四五六七八九十百千万两几`)

// countPlace reports whether a place's name is a count numeral and a
// suffix only (千镇, 万村), no name.
func countPlace(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && placeCountNumerals[rs[0]] && strings.ContainsRune("县镇乡村市区", rs[1])
}

// roleFromPlaceSuffix reports a person found by a rare surname after a
// role (镇长, 乡长) whose first character is the suffix of a place found
// right before it (河西镇|长把梨): the role is no role there, the "name"
// is the word after the place.
func roleFromPlaceSuffix(tt *tokText, fs []Finding, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "rare-surname") || !strings.Contains(f.Evidence, "role-before:") {
		return false
	}
	s := tt.runeAt(f.Start)
	if s < 2 || tt.runes[s-1] != '长' || !strings.ContainsRune("镇乡村县区市", tt.runes[s-2]) {
		return false
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.End == tt.off[s-1] {
			return true
		}
	}
	return false
}

// minorityNamePrefixes begin the two-character names of the Dai, Bulang,
// Hani and other peoples of the southwest, which mark sex or birth order
// (岩 for men, 玉 for women, 咪, 依, 艾): with the next character the two
// often read as an ordinary word (岩|块, 玉|米).
var minorityNamePrefixes = runeSet(`岩玉咪依艾`)

// villagerRoles stand before a villager's name in the quotes of reports.
var villagerRoles = wordSet(`村民 群众 农户 农民 茶农 果农 菜农 蔗农 胶农 牧民 渔民 社员 脱贫户 贫困户 党员 老党员 村干部 致富带头人 种植户 养殖户 户主 老人 大妈 大爷 大姐 大哥`)

// minorityPrefixNames finds two-character names of a minority prefix and
// one character right after a villager's title (村民|岩块), standing as a
// word or two of their own before a verb, an adverb or a punctuation
// mark (…一边说, …笑着说).
func minorityPrefixNames(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcMinorityPrefix == 0 {
		return nil // (speed7b.go: no minority name prefix in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for s := tt.nextAt(rcMinorityPrefix, 2); s+2 <= n; s = tt.nextAt(rcMinorityPrefix, s+1) { // (speed7b.go: the characters of the class only)
		if !mayHaveRune(&minorityNamePrefixBits, tt.runes[s]) || !minorityNamePrefixes[tt.runes[s]] || !isHan(tt.runes[s+1]) || functionRuneBits.has(tt.runes[s+1]) || isMaskRune(tt.runes[s+1]) {
			continue
		}
		r := tt.tokenBefore(s)
		if r == nil || r.end != s || !villagerRoles[r.word] || !tt.tokStart(s) {
			continue
		}
		e := s + 2
		if e < n {
			if !tt.tokStart(e) {
				continue
			}
			if isHan(tt.runes[e]) {
				a := tt.tokenAt(e)
				if a == nil || !(a.pos == "v" || a.pos == "d" || a.pos == "p" || a.word == "一边" || a.word == "同志") {
					continue
				}
			}
		}
		if overlapsAny(fs, tt.off[s], tt.off[e]) {
			continue
		}
		w := tt.sub(s, e)
		if t := tt.tokenAt(s); l.common[w] || t != nil && t.start == s && t.end == e && t.dictWord() {
			// an ordinary word (玉米) only before words of speech
			if !speechAfter(tt.text[tt.off[e]:]) {
				continue
			}
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "minority-prefix-name,role-before:" + r.word, Score: 4})
	}
	return out
}

// speechAfter reports words of speech at the start of rest (说, 笑着说,
// 一边…一边说, 介绍, 告诉).
func speechAfter(rest string) bool {
	for _, w := range []string{"说", "笑着说", "高兴地说", "一边", "介绍", "告诉", "表示", "感慨", "算了一笔账"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
