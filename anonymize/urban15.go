package anonymize

import (
	"sort"
	"strings"
)

// This file holds round urban15: the small urban places of city districts
// that no gazetteer lists — housing estates, old work-unit compounds,
// property firms, markets, shopping streets, office buildings, parking
// lots and pocket parks, lanes, grids named after an estate — found by
// the urban sweep (urbansweep15_test.go) and the urban reports of the
// development sets. urban15 runs in Analyze's rule chain right after
// dst15 and before orgs14 (anonymize.go):
//
//   - a name word of sites13, a word that estates and plazas take for their
//     name (御景, 翡翠, 观澜), a direction joined to a gate, hill or water
//     (东关, 城西, 江南) or a county or town's short form, right before a
//     kind of urban place that sites13 lacks (物业, 停车场, 胡同, 网格,
//     家属院, 步行街, 写字楼, 新城 …) names that place (urbanNamed15);
//   - whatever two to four characters stand between a township, street
//     office or community the rules found and a kind of urban place
//     (X街道|金山路, X社区|向阳小区, X镇|老街农贸市场, X镇|人和社区) name a
//     place inside it, unless they are a modifier of the kind (老旧小区,
//     集镇农贸市场) or a verb (urbanAfterPlace15);
//   - a body read over an estate and its owners' committee (甲小区业主委员会)
//     keeps the committee readable: the estate alone is masked; a name read
//     over the verb before it (整治|甲国际中心) gives the verb back
//     (urbanTrim15).
//
// A name found so is masked wherever it stands in the text.

// urban15 adds the findings of this round to fs.
func urban15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = urbanTrim15(tt, fs)
	// (the places named first may stand before another: 甲社区|乙小区)
	if out := urbanNamed15(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if out := urbanAfterPlace15(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// urbanKinds15Words are kinds of urban place that sites13's kinds lack
// (class: 观澜物业, 东岳胡同, 瑞景网格, 红旗机械厂宿舍 stayed readable).
var urbanKinds15Words = strings.Fields(`社区 物业 物业公司 物业管理有限公司 物业服务有限公司 物业服务中心 物业管理处
	停车场 立体停车场 停车楼 口袋公园 游园 小游园 胡同 巷 横街 东街 西街 南街 北街 东路 西路 南路 北路 中路
	新城 名苑 佳苑 雅苑 华庭 嘉园 雅居 里 坊 网格 小区网格 片区网格
	宿舍 家属院 家属楼 家属区 大院 宿舍区 宿舍楼 生活区
	夜市 早市 农贸市场 菜市场 综合市场 建材市场 批发市场 蔬菜批发市场 商贸城
	步行街 商业街 美食街 小吃街 商业广场 购物中心 写字楼 国际中心 商务中心 大楼
	小区 家园 花园 苑 新村 公寓 路 大道 大街 街 广场 公园 大厦`)

// urbanPlaceKinds15 are the kinds urbanAfterPlace15 reads after a town,
// street office or community: estates, communities, roads and markets.
var urbanPlaceKinds15 = strings.Fields(`小区 安置小区 家园 花园 苑 新村 公寓 人才公寓 社区 路 大街 街 巷 胡同
	农贸市场 菜市场 综合市场 批发市场 市场 夜市 早市 步行街 商业街 广场 公园`)

// urbanEstateWords15 are words that estates, plazas and office buildings
// take for their name and that no site kind or policy term begins
// (class: 御景花园, 翡翠物业, 观澜写字楼).
var urbanEstateWords15 = wordSet(`御景 翡翠 盛世 铂悦 云栖 君悦 瑞景 凯旋 观澜 名门
	锦绣 春晖 碧水 碧桂 金色 丽景 华府 香榭 凯悦 御府 天鹅 蓝湾 金湾 水岸 滨江 滨河 名都 帝景 豪庭 雅园 桂园 枫林 枫丹 翠苑 绿洲 金桂 银桂 香樟 玉兰 紫薇 海棠 丁香 芙蓉 牡丹`)

// urbanSloganWords15 are slogan words (幸福) that name a lane, a market, a
// property firm or a grid, though before an estate kind (幸福家园, 幸福大院)
// they make a programme, not a name.
var urbanSloganWords15 = wordSet(`幸福 和谐 康乐`)

// urbanSloganKinds15 are the kinds a slogan word names (幸福里, 幸福物业).
var urbanSloganKinds15 = wordSet(`里 坊 物业 物业公司 胡同 巷 横街 东街 西街 南街 北街 东路 西路 南路 北路 中路 网格 小区网格 片区网格 夜市 早市 步行街 商业街 美食街 小吃街 写字楼 国际中心 商务中心 大楼`)

// urbanDirections15 and urbanDirectionPlace15: a direction and a gate,
// hill, water or part of town (东关, 南门, 西城, 北苑), or such a place and a
// direction (城东, 河西, 桥北, 江南).
var (
	urbanDirections15     = runeBitsOf("东南西北")
	urbanDirectionPlace15 = runeBitsOf("关门城苑岳湖江河桥郊园塘坛")
)

// urbanGenericMods15 modify a kind of urban place without naming one
// (老旧小区, 集镇农贸市场, 城区社区, 人才公寓): urbanAfterPlace15 reads no name
// in them.
var urbanGenericMods15 = wordSet(`老旧 安置 居民 住宅 商品房 回迁 拆迁 保障房 廉租房 公租房 人才 青年 职工 教师 单位 机关 无物业 弃管 封闭 开放式 新建 在建 城市 城区 县城 乡镇 集镇 镇区 社区 街道 农村 公共 便民 惠民 智慧 文明 平安 美丽 和谐 示范 标准化 星级 口袋 立体 地下 临时 夜间 农贸 批发 综合 蔬菜 建材 农产品 二手车 汽车 家具 小商品 专业 中心 主要 重点 周边 辖区 各个 所有 全部 其他 部分 易地 搬迁 扶贫 移民 城中 城郊 老城 新城 主城 沿街 背街 主干 次干 乡村 村级 居住 商业 商住 老年 养老 嵌入式 完整 绿色 海绵 低碳 零碳 未来 数字 红色 达标 片区 新型 和美 文体 体育 文化 休闲 健身 市民 风情 民族 特色 美食 历史 养殖 种植 生产 加工 交易 物流 仓储 冷链 水果 海鲜 粮油 商贸 产业 旅游 通组 通村 通屯 通户 疏港 边境 林区 景区 园区 机耕 环湖 环城 主 次 新 老 各 该 本 全 多 一 两 三 城区主 主干道 老年人 中心城区`)

// urbanKindTable15 holds kinds by their first character, longest first.
type urbanKindTable15 struct {
	first runeBits
	by    map[rune][][]rune
}

// newUrbanKindTable15 builds the table of kinds, each list of one first
// character sorted longest first (stable, so kinds of one length keep
// their order), so that at finds the longest kind.
func newUrbanKindTable15(kinds []string) *urbanKindTable15 {
	t := &urbanKindTable15{by: map[rune][][]rune{}}
	for _, k := range kinds {
		r := []rune(k)
		t.first.set(r[0])
		t.by[r[0]] = append(t.by[r[0]], r)
	}
	for _, ks := range t.by {
		sort.SliceStable(ks, func(i, j int) bool { return len(ks[i]) > len(ks[j]) })
	}
	return t
}

// at returns the longest kind that starts at rune e, or 0.
func (t *urbanKindTable15) at(tt *tokText, e int) int {
	if !t.first.has(tt.runes[e]) {
		return 0
	}
	for _, k := range t.by[tt.runes[e]] {
		if e+len(k) > len(tt.runes) {
			continue
		}
		ok := true
		for i, r := range k {
			if tt.runes[e+i] != r {
				ok = false
				break
			}
		}
		if ok {
			return len(k)
		}
	}
	return 0
}

// urbanNamedTable15 holds the kinds urbanNamed15 reads (urbanKinds15Words),
// urbanPlaceTable15 those urbanAfterPlace15 reads (urbanPlaceKinds15).
var (
	urbanNamedTable15 = newUrbanKindTable15(urbanKinds15Words)
	urbanPlaceTable15 = newUrbanKindTable15(urbanPlaceKinds15)
)

// urbanKindEnds15 reports whether the kind at e..end ends a word there:
// it begins no longer ordinary word (里程, 巷道, 新城区, 大院里).
func urbanKindEnds15(tt *tokText, e, end int) bool {
	n := len(tt.runes)
	if end >= n || !isHan(tt.runes[end]) {
		return true
	}
	l := getLexicon()
	if end-e == 1 && siteKindNext13.has(tt.runes[end]) {
		return false
	}
	if strings.ContainsRune("区里内外", tt.runes[end]) && end-e <= 2 {
		return false // 新城区, 大院里: a part of town, a place inside
	}
	return !(l.common[tt.sub(e, end+1)] || end+2 <= n && l.common[tt.sub(e, end+2)])
}

// urbanStemClass15 returns the class of a two-character stem before kind
// for urbanNamed15, or "".
func urbanStemClass15(stem, kind string) string {
	r := []rune(stem)
	if len(r) != 2 {
		return ""
	}
	switch {
	case siteNameWords13[stem] && !siteNamePairsNot13[stem+kind]:
		return "name-word"
	case urbanEstateWords15[stem]:
		return "estate-word"
	case urbanSloganWords15[stem] && urbanSloganKinds15[kind]:
		return "slogan-word"
	case urbanDirections15.has(r[0]) && urbanDirectionPlace15.has(r[1]),
		urbanDirectionPlace15.has(r[0]) && urbanDirections15.has(r[1]):
		return "direction"
	}
	if l := getLexicon(); kind != "社区" && l.short[stem] != "" && !numeralRune(r[0]) && !l.common[stem] && !l.commonTown[stem] && !urbanGenericMods15[stem] {
		return "place-short"
	}
	return ""
}

// urbanStart15 reports whether an urban name may start at rune s: a word
// of gojieba's starts there, or a glue character of sites13 stands before
// it (将|谦六公园). Unlike siteStart13 any word may stand before it: gojieba
// tags report verbs as nouns (整治/n 书香/n 西路), and the stem classes of
// urbanStemClass15 are names wherever they stand before a kind.
func urbanStart15(tt *tokText, s int) bool {
	return tt.tokStart(s) || s > 0 && siteGlue13.has(tt.runes[s-1])
}

// urbanNamed15 finds a stem of urbanStemClass15 right before a kind of
// urbanKinds15Words where a word may start (urbanStart15), or before a
// work unit and the kind of its old compound (甲|纺织厂|宿舍).
func urbanNamed15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for e := 2; e < n; e++ {
		kl := urbanNamedTable15.at(tt, e)
		if kl == 0 {
			continue
		}
		end := e + kl
		kind := tt.sub(e, end)
		s := e - 2
		cls := urbanStemClass15(tt.sub(s, e), kind)
		if cls == "" && urbanCompounds15[kind] {
			s, cls = urbanUnitStem15(tt, e)
		}
		if cls == "" || !urbanStart15(tt, s) || !urbanKindEnds15(tt, e, end) || stemInPlace13(tt, fs, s) || overlapsAny(out, tt.off[s], tt.off[end]) {
			continue
		}
		if !urbanKindStarts15(tt, e) {
			continue // 小|作坊, 旅游|公路: the kind's first character ends a word
		}
		// a property firm is a body, its brand masked wherever it stands
		// again; a firm of an ordinary word (幸福物业, 翡翠物业) is
		// masked as a place, so that the word alone stays readable
		t := LOCATION
		if strings.HasPrefix(kind, "物业") && !getLexicon().common[tt.sub(s, e)] && !urbanSloganWords15[tt.sub(s, e)] {
			t = ORG
		}
		out = append(out, urbanFound15(tt, t, s, e, end, "urban15,"+cls))
		e = end - 1
	}
	return out
}

// urbanCompounds15 are the kinds of an old work unit's compound (class:
// 东岳供销社宿舍, 铂悦农机厂大院 stayed readable).
var urbanCompounds15 = wordSet(`宿舍 家属院 家属楼 家属区 大院 宿舍区 宿舍楼 生活区`)

// urbanUnitEnds15 end the name of a work unit (纺织厂, 粮食局, 供销社,
// 运输公司, 邮电所).
var urbanUnitEnds15 = runeBitsOf("厂局社司所站")

// urbanUnitStem15 finds, before a compound's kind at rune e, a work unit
// of two to four characters and a stem of urbanStemClass15 before it
// (甲|机械厂|宿舍): the stem's start and class, or -1 and "".
func urbanUnitStem15(tt *tokText, e int) (int, string) {
	if e < 1 || !urbanUnitEnds15.has(tt.runes[e-1]) {
		return -1, ""
	}
	for ul := 2; ul <= 4 && e-ul-2 >= 0; ul++ {
		u := e - ul
		ok := true
		for i := u; i < e; i++ {
			if !isHan(tt.runes[i]) || urbanStemStops15.has(tt.runes[i]) || isMaskRune(tt.runes[i]) {
				ok = false
			}
		}
		if !ok {
			break
		}
		if c := urbanStemClass15(tt.sub(u-2, u), "单位"); c != "" && tt.tokStart(u) {
			return u - 2, c + ",unit"
		}
	}
	return -1, ""
}

// urbanKindStarts15 reports whether a word of gojieba's starts at the
// kind's rune e, or the word the kind stands in is a name (书香/西路,
// 幸福里/ns), not an ordinary noun that ends in it (小作坊/n, 公路/n).
func urbanKindStarts15(tt *tokText, e int) bool {
	if tt.tokStart(e) {
		return true
	}
	switch tt.toks[tt.tokOf[e]].pos {
	case "ns", "nr", "nz", "nt", "nrt", "x":
		return true
	}
	return false
}

// urbanStemOnly15 are kinds of urban place that are ordinary words of
// their own (口袋公园, 农贸市场, 停车场, 步行街): after a name, the name
// alone is masked and the kind stays readable (南门|口袋公园).
var urbanStemOnly15 = wordSet(`口袋公园 游园 小游园 停车场 立体停车场 停车楼 农贸市场 菜市场 综合市场 建材市场 批发市场 蔬菜批发市场 市场 夜市 早市
	步行街 商业街 美食街 小吃街 商业广场 购物中心 写字楼 国际中心 商务中心 小区网格 片区网格 网格 安置小区 人才公寓 公园 广场`)

// urbanFound15 is the finding of an urban place s..end whose kind starts
// at e: the name alone for a kind of urbanStemOnly15, the whole otherwise.
func urbanFound15(tt *tokText, t Type, s, e, end int, ev string) Finding {
	if urbanStemOnly15[tt.sub(e, end)] && t == LOCATION {
		return found19(tt, t, s, e, ev+",stem")
	}
	return found19(tt, t, s, end, ev)
}

// urbanPlaceBefore15 reports whether a township, town, street office,
// community or village the rules found ends right before rune s, or
// before 的 at s-1.
func urbanPlaceBefore15(tt *tokText, fs []Finding, s int) bool {
	for _, b := range []int{s, s - 1} {
		if b < 1 || b != s && tt.runes[b] != '的' {
			continue
		}
		off := tt.off[b]
		for i := range fs {
			f := &fs[i]
			if f.End != off || f.Type != LOCATION || f.Start >= off {
				continue
			}
			if hasAnySuffix14(f.Text, urbanPlaceEnds15) {
				return true
			}
		}
	}
	return false
}

// urbanPlaceEnds15 end the town, street office, community or village
// that urbanPlaceBefore15 looks for before an urban place's name.
var urbanPlaceEnds15 = []string{"镇", "乡", "街道", "社区", "村"}

// urbanAfterPlace15 finds two to four characters between a town, street
// office or community the rules found and a kind of urbanPlaceKinds15:
// the name of a place inside it (X街道|金山路, X镇|人和社区).
func urbanAfterPlace15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for e := 2; e < n; e++ {
		kl := urbanPlaceTable15.at(tt, e)
		if kl == 0 {
			continue
		}
		end := e + kl
		if !urbanKindEnds15(tt, e, end) {
			continue
		}
		for ln := 2; ln <= 4 && e-ln >= 1; ln++ {
			s := e - ln
			if !urbanPlaceBefore15(tt, fs, s) {
				continue
			}
			if !urbanStemOK15(tt, s, e) || overlapsAny(out, tt.off[s], tt.off[end]) {
				break
			}
			if strings.ContainsRune("路街", tt.runes[e]) && strings.ContainsRune("公道铁马大小", tt.runes[e-1]) {
				break // 旅游公|路, 通组道|路: a kind of road, no name
			}
			if urbanNamedTable15.at(tt, s) == end-s || urbanPlaceTable15.at(tt, s) == end-s {
				break // X镇|步行街: the stem and the kind make a kind of their own
			}
			if tt.sub(e, end) == "市场" && getLexicon().common[tt.sub(s, e)] {
				break // X镇|皮毛|市场: a market named by its goods, no name
			}
			if urbanPlaceOver15(fs, tt.off[s], tt.off[e]) {
				break // the stem is masked already (X镇|浑河|小区: the village's name, masked wherever it stands)
			}
			out = append(out, urbanFound15(tt, LOCATION, s, e, end, "urban15,after-place"))
			e = end - 1
			break
		}
	}
	return out
}

// urbanPlaceOver15 reports whether a place or body found lies inside the
// bytes s..e (a guess of gojieba's aside: weak19).
func urbanPlaceOver15(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; (f.Type == LOCATION || f.Type == ORG) && s <= f.Start && f.End <= e && !weak19(f) {
			return true
		}
	}
	return false
}

// urbanStemOK15 reports whether runes s..e may name an urban place: Han
// characters, no function character or numeral, no generic modifier of a
// kind at either end, no verb at its start.
func urbanStemOK15(tt *tokText, s, e int) bool {
	for i := s; i < e; i++ {
		r := tt.runes[i]
		if !isHan(r) || urbanStemStops15.has(r) || numeralRune(r) || isMaskRune(r) {
			return false
		}
	}
	stem := tt.sub(s, e)
	if urbanGenericMods15[stem] {
		return false
	}
	rs := []rune(stem)
	for k := 1; k < len(rs); k++ {
		if urbanGenericMods15[string(rs[:k])] && len(rs[:k]) >= 2 || urbanGenericMods15[string(rs[k:])] && len(rs[k:]) >= 2 {
			return false // 老旧|安置, 集镇|农贸
		}
	}
	if k := tt.toks[tt.tokOf[s]]; k.pos == "v" || k.pos == "p" || k.pos == "c" || k.pos == "d" || k.pos == "m" || k.pos == "q" || k.pos == "r" {
		return false // 建成|…, 新增|…: a verb begins the clause, no name
	}
	return true
}

// urbanStemStops15 stand in no urban place's name of urbanAfterPlace15:
// particles, conjunctions, demonstratives (和 and 向 may: 人和社区, 向阳小区).
var urbanStemStops15 = runeBitsOf("的了在是等及或并各该这那其每个")

// urbanCommittees15 are owners' bodies of an estate (甲小区|业主委员会).
var urbanCommittees15 = []string{"业主委员会", "业委会", "业主大会"}

// urbanTrimVerbs15 are verbs of a work report that a body's reading may
// take in before a name (整治|甲国际中心, 调解|甲新城与业主的矛盾).
var urbanTrimVerbs15 = []string{"整治", "调解", "走访", "督促", "改造", "完成", "开展", "新增", "依托", "化解", "表彰", "实施", "协调", "查处", "推动", "疏通", "引入", "推进", "提升", "规范", "建成", "启动", "打造", "指导", "帮助", "支持", "联合", "委托", "约谈", "整改", "拆除", "清理", "排查", "检查"}

// urbanTrim15 narrows findings of a body or place: one that ends in an
// owners' committee after an urban place keeps the committee readable
// (the place alone is masked); one that begins with a verb of
// urbanTrimVerbs15 before a name of two characters or more (the verb a
// word of its own) gives the verb back.
func urbanTrim15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG && f.Type != LOCATION {
			continue
		}
		for _, c := range suffixCands22(f.Text, urbanCommittees15, &urbanCommitteeLast22) { // (speed22: none where the last character ends no committee)
			if head, ok := strings.CutSuffix(f.Text, c); ok && runeLen(head) >= 3 && !f.generic {
				f.Text, f.End, f.Type = head, f.End-len(c), LOCATION
				f.Evidence += ",urban15-committee"
				break
			}
		}
		for _, v := range prefixCands22(f.Text, urbanTrimVerbs15, &urbanTrimVerbFirst22) { // (speed22: none where the first character begins no verb)
			rest, ok := strings.CutPrefix(f.Text, v)
			if !ok || runeLen(rest) < 2 {
				continue
			}
			// the verb is a word of its own (整治|…, not 完成率)
			s := tt.runeAt(f.Start)
			if s < 0 || s+2 < len(tt.runes) && !tt.tokStart(s+2) {
				break
			}
			f.Text, f.Start = rest, f.Start+len(v)
			f.Evidence += ",urban15-verb"
			break
		}
	}
	return fs
}
