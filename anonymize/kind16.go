package anonymize

import "strings"

// This file holds round kind16: places whose name is an ordinary word
// (石头, 名山, 前进, 文艺) before a kind word. The guard that keeps ordinary
// words readable (全面推进|村级, 文明村, 重点镇, 示范社区) lets such names
// through even where the gazetteer knows them. kind16 runs in Analyze's
// rule chain right after urban15 (anonymize.go):
//
//   - an ordinary-word stem before a division's kind word (村, 社区, 镇, 乡,
//     街道, 组, 屯, 嘎查) names that division when the gazetteer knows the
//     whole (名山镇, a town of the division lexicon) or the stem (石头, a
//     village stem), and the stem is no grade or kind of division (中心,
//     示范, 文明, 美丽, 城中村), nor the kind's character the start of a
//     longer word (推进|村级, 美丽|乡村, 组建) (kindDivisions16);
//   - an ordinary-word stem before a road's kind with a direction (文艺北路,
//     雍和北路) names that road, unless it is an idiom of the way (红|西路军)
//     (kindRoads16);
//   - a town or village found in a document has its stem alone as an item
//     of a list of places elsewhere in it (松树、湾沟等地 after 松树镇):
//     Analyze adds the stem at the document's level (kindStems16);
//   - a stem before a kind of old quarter (风貌区, 传统风貌区: 十八梯传统风貌区)
//     names that quarter, and the stem alone again is masked too
//     (kindQuarters16).
//
// A name found so is masked wherever it stands in the text.

// kind16 adds the findings of this round to fs: the divisions and roads
// also wherever their names stand again in the text (everywhere28), the
// quarters with the repetitions of their stems that kindQuarters16 finds.
func kind16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	divs := kindDivisions16(tt, fs)
	if len(divs) > 0 {
		fs = add19(fs, everywhere28(tt, divs))
	}
	if out := kindRoads16(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if out := kindQuarters16(tt, fs); len(out) > 0 {
		fs = add19(fs, out)
	}
	return fs
}

// kindDivisionWords16 are the kind words of a division whose name may be an
// ordinary word (class: 名山镇, 石头社区, 前进村, 塘边组 stayed readable).
var kindDivisionWords16 = []string{"街道", "社区", "嘎查", "镇", "乡", "村", "组", "屯"}

// kindTownKinds16 are the kinds of a division of the town level, whose
// whole name the division lexicon lists (名山镇); the others are villages,
// whose stem the village gazetteer lists (石头).
var kindTownKinds16 = wordSet(`镇 乡 街道`)

// kindNextNot16 are the characters that make a division's kind word the
// start of a longer ordinary word (村级, 村庄, 镇区, 乡村, 乡镇, 组建, 组织,
// 屯田): no division is named there.
var kindNextNot16 = map[string]string{
	"村":  "级庄落容貌务规医官寨史镇组社委集两干情居",
	"社区": "级",
	"镇":  "级区域村街",
	"乡":  "级镇村土亲愁情音贤风间下里",
	"街道": "级",
	"组":  "织建成合团件委别队员",
	"屯":  "田垦兵粮",
	"嘎查": "级",
}

// kindGradeStems16 are grades and kinds of division that stand before a
// kind word without naming one (中心村, 重点镇, 示范社区, 美丽乡村), beyond
// those of genericVillagePrefix and categoryStems15.
var kindGradeStems16 = wordSet(`中心 重点 示范 文明 美丽 特色 模范 标准 标准化 先进 优秀 达标 星级 省级 市级 县级 国家级 全国 全省 全市 全县
	和美 宜居 生态 卫生 平安 法治 民主 无毒 绿色 森林 园林 低碳 零碳 智慧 数字 完整 农业 工业 商贸 旅游 文化 历史 传统 古 名
	城中 城郊 城边 近郊 远郊 边境 沿边 少数民族 民族 贫困 脱贫 小康 富裕 空心 移民 搬迁 安置 整村 整乡 整镇 全村 全乡 全镇
	所在 所属 周边 附近 邻近 相邻 辖区 本 该 各 每 其他 其余 另 两 多 几 个 建制 行政 自然 村民 居民 小 组 中 大 新
	一般 软弱 涣散 薄弱 后进 问题 小城 城关 红军 英雄 工人 职工 农民 渔民 牧民 教工 干部 军人 工农 重点帮扶 帮扶 结对 包联 联系 挂钩 定点 对口 试点 样板 标杆 典型 榜样 专业 产业 特困 偏远 边远
	经济 强 弱 富 穷 老 老区 革命 红色 光荣 先锋 红旗 示范性 明星 网红 淘宝 电商 书香 长寿 乡贤 善治 共富 未来 村组 社区
	工作 领导 专家 课题 项目 调研 督导 督查 考察 评审 考核 检查 巡查 验收 指导 服务 志愿 宣讲 党小 学习 互助 帮帮 合作 兴趣 班 年级`)

// kindDivisions16 finds an ordinary-word stem of two or three characters
// before a division's kind word (kindDivisionWords16) that names the
// division: the whole in the division lexicon for a town, the stem in the
// village gazetteer for a village or community.
func kindDivisions16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	v := getVillages()
	n := len(tt.runes)
	var out []Finding
	for e := 2; e < n; e++ {
		kind := kindDivisionAt16(tt, e)
		if kind == "" {
			continue
		}
		end := e + runeLen(kind)
		town := kindTownKinds16[kind] // a kind of the town level (镇, 乡, 街道)
		longer := end < n && strings.ContainsRune(kindNextNot16[kind], tt.runes[end])
		for ln := 3; ln >= 2; ln-- {
			s := e - ln
			if s < 0 {
				continue
			}
			stem := tt.sub(s, e)
			// exact: a town of the division lexicon whose stem is no
			// ordinary word (太拥镇, 八角镇) stands whatever gojieba's cut
			// (太|拥镇昂, 八角/m) and whatever follows (宝库乡|下治泉村)
			exact := false
			if town {
				lv, ok := l.place(tt.sub(s, end))
				if !ok || lv < 3 {
					continue
				}
				exact = !l.common[stem] && !l.commonTown[stem] && allHan(stem) && !strings.ContainsFunc(stem, kindStemStops16.has)
			}
			if !exact && longer {
				continue // 推进|村级, 美丽|乡村: the kind starts a longer word
			}
			if !kindStemOK16(tt, s, e) && !(town && kindQuarterStemOK16(tt, s, e)) {
				continue // (a numeral may begin a town of the lexicon: 八角镇, 三江镇)
			}
			if kindGradeStems16[stem] || genericVillagePrefix[stem] || categoryStems15[stem] || urbanGenericMods15[stem] {
				break // 中心村, 示范社区, 重点镇: a grade of division, no name
			}
			if ln == 3 && kindGradeStems16[tt.sub(s, s+2)] {
				continue // 工人|新村, 中心|集镇: a kind of division after a grade or a people
			}
			if l.common[tt.sub(s, end)] {
				break // 城中村, 新农村: an ordinary word as a whole
			}
			if !town && !v.has(stem) {
				continue
			}
			if !exact && !kindDivisionStart16(tt, fs, s, e) || exact && !(tt.tokStart(s) || kindDivisionStart16(tt, fs, s, e)) {
				continue
			}
			if kind == "村" && strings.ContainsRune("乡农渔山", tt.runes[e-1]) {
				break // 发展|乡村, 和|农村: the stem's end and 村 make a word
			}
			if ln == 3 && strings.ContainsRune("和与及同跟", tt.runes[s]) {
				continue // 和|农村: a conjunction before the place
			}
			if kindVerbStem16(tt, s, e, end) {
				break // 修建|村文化室, 实现|组组通: a verb before the kind's word
			}
			if kindTeamKinds16[kind] && !kindPlaceBefore16(tt, fs, out, s) {
				break // 家庭组, 男子组: a group of a contest, no hamlet
			}
			bs, be := tt.off[s], tt.off[end]
			if kindCovered16(fs, bs, be) || overlapsAny(out, bs, be) {
				break
			}
			out = append(out, found19(tt, LOCATION, s, end, "kind16,division:"+kind))
			e = end - 1
			break
		}
	}
	return out
}

// kindVerbNames16 are verbs that villages of the collective years took for
// their name (前进村, 联合村, 团结村): read as names after a verb's tag.
var kindVerbNames16 = wordSet(`前进 跃进 联合 团结 胜利 建设 奋斗 振兴 复兴 解放 互助 合作 发展 和平 永安 永兴 永和 民主 红星 东风 新建 长兴 兴旺 丰收`)

// kindVerbStem16 reports whether the stem s..e before a kind ending at end
// reads as a verb of a report (修建|村文化室, 实现|组组通, 团结|村民): gojieba
// tags it a verb and it is no village name of kindVerbNames16, or the
// kind's next character makes the kind the verb's object (村民, 村部).
func kindVerbStem16(tt *tokText, s, e, end int) bool {
	if kindVerbNames16[tt.sub(s, e)] && end < len(tt.runes) && strings.ContainsRune("民部里内外", tt.runes[end]) {
		return true // 团结|村民, 建设|村部
	}
	k := tt.tokenAt(s)
	if k == nil || k.start != s || k.end != e {
		return false
	}
	switch k.pos {
	case "v", "vn", "vd", "p", "c", "d", "r", "ad", "an":
	default:
		return false
	}
	return !kindVerbNames16[tt.sub(s, e)]
}

// kindTeamKinds16 are kinds of a hamlet that also name a group of people
// (家庭组, 男子组): a hamlet only after its village or town, or after a
// hamlet found before it (X村的塘边组和下寨组).
var kindTeamKinds16 = wordSet(`组 屯`)

// kindPlaceBefore16 reports whether a place the rules or this round found
// ends right before rune s, before 的 at s-1, or before a list mark or
// conjunction at s-1 (塘边组和|下寨组).
func kindPlaceBefore16(tt *tokText, fs, out []Finding, s int) bool {
	if placeEnds19(tt, fs, s) {
		return true
	}
	if s < 2 || !strings.ContainsRune("的、和与及", tt.runes[s-1]) {
		return false
	}
	if placeEnds19(tt, fs, s-1) {
		return true
	}
	b := tt.off[s-1]
	for i := range out {
		if out[i].End == b {
			return true
		}
	}
	return false
}

// kindDivisionAt16 returns the division's kind word of kindDivisionWords16
// that starts at rune e, or "" (the kind words begin with eight different
// characters, so at most one matches).
func kindDivisionAt16(tt *tokText, e int) string {
	if !kindDivisionFirst16.has(tt.runes[e]) {
		return ""
	}
	return firstPrefix(tt.text[tt.off[e]:], kindDivisionWords16)
}

// kindDivisionFirst16 are the first characters of kindDivisionWords16, a
// bit test before kindDivisionAt16 compares words at each character.
var kindDivisionFirst16 = runeBitsOf("街社嘎镇乡村组屯")

// kindStemStops16 stand in no stem of kind16: particles, conjunctions,
// demonstratives, counters (class: a clause's glue read into a stem;
// kindStemOK16 and the exact-town test of kindDivisions16).
var kindStemStops16 = runeBitsOf("的了在是等及或并各该这那其每个些与对把被将从向为给于以")

// kindStemOK16 reports whether runes s..e may be a place's stem: Han
// characters, no stop, no numeral at its start, no mask.
func kindStemOK16(tt *tokText, s, e int) bool {
	for i := s; i < e; i++ {
		r := tt.runes[i]
		if !isHan(r) || kindStemStops16.has(r) || isMaskRune(r) {
			return false
		}
	}
	if numeralRune(tt.runes[s]) {
		return false // 三个村, 十八村: a count
	}
	return true
}

// kindDivisionStart16 reports whether a division's name may start at rune s
// before its kind at e: the kind's first character is no part of a word
// that begins inside the stem and runs on past it (a word that ends with
// it, 名|山镇, is the place cut), and a word starts at s, or a place or a
// glue character stands right before the stem (X镇|前进村).
func kindDivisionStart16(tt *tokText, fs []Finding, s, e int) bool {
	if k := tt.tokenAt(e); k != nil && k.start != e && k.start != s && k.end != e+1 {
		return false // 美丽|乡村, 推|进村: the kind ends another word (名|山镇 is one place)
	}
	if tt.tokStart(s) {
		return true
	}
	return placeEnds19(tt, fs, s) || s > 0 && unitGlue15.has(tt.runes[s-1])
}

// kindCovered16 reports whether a finding of the rules that is no weak
// guess (weak19) already touches bytes s..e: the round adds no place over
// or across it.
func kindCovered16(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e && !weak19(f) {
			return true
		}
	}
	return false
}

// kindRoadKinds16 are kinds of road with a direction, which only a named
// road takes (class: 文艺北路, 雍和北路 stayed readable).
var kindRoadKinds16 = []string{"东路", "西路", "南路", "北路", "中路", "东街", "西街", "南街", "北街", "东大街", "西大街", "南大街", "北大街"}

// kindRoadDirs16 are the directions that begin a kind of kindRoadKinds16
// (a bit test before the words are compared at each character), and that
// end no road's stem (东西|南路).
var kindRoadDirs16 = runeBitsOf("东西南北中")

// kindRoadNextNot16 make a road's kind the start of another word (西路军,
// 南路线): no road is named there.
var kindRoadNextNot16 = runeBitsOf("军线口径")

// kindRoads16 finds an ordinary-word stem of two or three characters
// before a road's kind of kindRoadKinds16: the road's name.
func kindRoads16(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for e := 2; e < n; e++ {
		if !kindRoadDirs16.has(tt.runes[e]) {
			continue
		}
		kind := firstPrefix(tt.text[tt.off[e]:], kindRoadKinds16) // (at most one matches: 东路 and 东大街 differ at their second character)
		if kind == "" {
			continue
		}
		end := e + runeLen(kind)
		if end < n && kindRoadNextNot16.has(tt.runes[end]) {
			continue
		}
		for ln := 2; ln <= 3; ln++ {
			s := e - ln
			if s < 0 || !kindStemOK16(tt, s, e) || !tt.tokStart(s) {
				continue
			}
			if kindRoadDirs16.has(tt.runes[e-1]) {
				break // 东西|南路: directions, no stem
			}
			stem := tt.sub(s, e)
			if urbanGenericMods15[stem] || kindGradeStems16[stem] {
				break
			}
			if k := tt.tokenAt(s); k != nil && (k.pos == "v" || k.pos == "p" || k.pos == "c" || k.pos == "d" || k.pos == "r") && k.end == e {
				break // 走|南路: a verb before a direction
			}
			bs, be := tt.off[s], tt.off[end]
			if kindCovered16(fs, bs, be) || overlapsAny(out, bs, be) {
				break
			}
			out = append(out, found19(tt, LOCATION, s, end, "kind16,road:"+kind))
			e = end - 1
			break
		}
	}
	return out
}

// kindQuarterKinds16 are kinds of an old quarter of a city (class:
// 十八梯传统风貌区, 衡复风貌区 stayed readable).
var kindQuarterKinds16 = []string{"传统风貌区", "历史风貌区", "风貌区", "历史文化街区"}

// kindQuarters16 finds a stem of two or three characters before a kind of
// old quarter: the quarter's name, and the stem alone wherever it stands
// again (十八梯).
func kindQuarters16(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range kindQuarterKinds16 {
		for _, e := range occurrences19(tt, kind) {
			end := e + runeLen(kind)
			for ln := 3; ln >= 2; ln-- {
				s := e - ln
				if s < 0 || !kindQuarterStemOK16(tt, s, e) || !(tt.tokStart(s) || placeEnds19(tt, fs, s)) {
					continue
				}
				stem := tt.sub(s, e)
				if urbanGenericMods15[stem] || kindGradeStems16[stem] || kindQuarterGeneric16[stem] || strings.HasSuffix(stem, "历史") || strings.HasSuffix(stem, "传统") {
					continue
				}
				bs, be := tt.off[s], tt.off[end]
				if kindCovered16(fs, bs, be) || overlapsAny(out, bs, be) {
					break
				}
				f := found19(tt, LOCATION, s, e, "kind16,quarter")
				out = append(out, f)
				for _, i := range occurrences19(tt, stem) {
					if b := tt.off[i]; b != f.Start && !kindCovered16(fs, b, b+len(stem)) && !overlapsAny(out, b, b+len(stem)) {
						out = append(out, againAt(f, b))
					}
				}
				break
			}
		}
	}
	return out
}

// kindQuarterGeneric16 are stems that name a kind of old quarter, not
// one quarter, before a quarter's kind (启动|老街|历史文化街区保护工程, 古城
// 风貌区): kindQuarters16 leaves them readable (found when tour16's test
// of generic tourism phrases met kind16 in the merge).
var kindQuarterGeneric16 = map[string]bool{"老街": true, "古街": true, "老城": true, "古城": true, "旧城": true, "老镇": true, "古镇": true, "老城区": true, "古村": true, "老村": true, "主城": true, "城区": true, "核心": true}

// kindStemKinds16 are the kinds of division whose stem kindStems16 looks
// for in a list of places.
var kindStemKinds16 = []string{"镇", "乡", "村", "社区", "街道"}

// kindStems16 returns, for a town, village, community or subdistrict
// (kindStemKinds16) found in a document whose name is an ordinary word of
// two characters before its kind (松树镇), the stem alone when it stands as
// an item of a list of places in any of the document's texts (松树、湾沟等地):
// the division named by its stem. The masks of a document go by text, so
// the stem is then masked wherever it stands; a stem that never stands in
// such a list stays readable.
//
// memo (nil: none) holds, per document, whether a stem stands so: a
// document finds the same town or village again and again, and each time
// every text was searched for its stem (speed23).
func kindStems16(tts []*tokText, f Finding, memo kindStemMemo16) []Finding {
	if f.Type != LOCATION {
		return nil
	}
	st := ""
	for _, k := range kindStemKinds16 {
		if s, ok := strings.CutSuffix(f.Text, k); ok {
			st = s
			break
		}
	}
	if runeLen(st) != 2 || !allHan(st) || genericPlaceStems[st] || nationalTerms[st] || kindGradeStems16[st] || genericVillagePrefix[st] {
		return nil
	}
	listed, ok := memo[st]
	if !ok {
		listed = kindStemListed16(tts, st)
		if memo != nil {
			memo[st] = listed
		}
	}
	if listed {
		return []Finding{{Type: LOCATION, Text: st, Evidence: "kind16-stem", Score: f.Score}}
	}
	return nil
}

// kindStemMemo16 maps a stem kindStems16 looked for in a document to
// whether it stands as an item of a list of places there.
type kindStemMemo16 map[string]bool

// kindStemListed16 reports whether stem st (two runes) stands as an item
// of a list of places in any of the texts tts.
func kindStemListed16(tts []*tokText, st string) bool {
	for _, tt := range tts {
		if tt == nil || !strings.Contains(tt.text, st) {
			continue
		}
		for _, i := range occurrences19(tt, st) {
			if kindListItem16(tt, i, i+2) {
				return true
			}
		}
	}
	return false
}

// kindListItem16 reports whether runes s..e stand as an item of a list of
// places: a list mark or a clause's start before them and a list mark after,
// or a list mark before and a list's close of kindListEnds16 after (、松树等地).
func kindListItem16(tt *tokText, s, e int) bool {
	n := len(tt.runes)
	before := s == 0 || strings.ContainsRune("、，。；：（“\n", tt.runes[s-1])
	mark := e < n && tt.runes[e] == '、'
	if before && mark {
		return true
	}
	// (a list mark after the item as well is the case above)
	return s > 0 && tt.runes[s-1] == '、' && hasAnyPrefix13(tt.text[tt.off[min(e, n)]:], kindListEnds16)
}

// kindListEnds16 close a list of places after its last item (松树、湾沟等地,
// 、湾沟两村): the item before them is a place (class: kindStems16).
var kindListEnds16 = []string{"等地", "等村", "等乡镇", "等镇", "等社区", "两村", "两镇", "三村", "三镇"}

// kindQuarterStemOK16 is kindStemOK16 for an old quarter or a town of the
// division lexicon, whose name a numeral may begin (十八梯, 八角镇): one
// character at least no numeral.
func kindQuarterStemOK16(tt *tokText, s, e int) bool {
	k := s
	for k < e && numeralRune(tt.runes[k]) {
		k++
	}
	return k < e && kindStemOK16(tt, k, e)
}
