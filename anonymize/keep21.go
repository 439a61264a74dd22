package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep21: the classes behind the ordinary phrases
// the seventh round of unseen check sets found masked, run last over one
// text's findings (after the span tagger), so that no later stage brings
// them back:
//
//   - a kind of body that every county or township has (全民健身中心,
//     寄宿制学校, 土地股份合作社, 普惠金融服务站), alone or after a level word,
//     is no name; after a place (红石镇|全民健身中心) only the place is masked
//     (kindOfBody21, placeHeadOfKind21);
//   - a working group named by its task (…工作领导小组, …工作专班) whose task
//     is ordinary words names no one (taskGroup21);
//   - a department of a higher level named by its sector short name
//     (省林草局, 自治区民宗委) is a kind, like 县林草局 (deptShortName14);
//   - a quoted X之家 whose X is a group of people or a virtue (光荣之家,
//     职工之家) is a programme, no shop (programmeHome21);
//   - a place read from a suffix whose stem begins with a bound character
//     (自治区|级城市, 6|条背街), a numeral slogan (四|好村), a phrase of the
//     kind 因X施策 or 帮镇扶村, a level word (苏木|镇), a function-word
//     county after a lower level's place (…镇|和县|生态环境局), a generic
//     zone (综合保税区, 县经济开发区) or an ethnic group's village word
//     (苗寨) names no place (boundPlace21 and the functions after it);
//   - a route's kind after its place (永修|连接线): only the place is the
//     name (routeKindTail21);
//   - a conversion slogan (单改双, 煤改气) read as a person is none
//     (conversionSlogan21).
//
// A policy's deny-list entry (score 100) always stays.

// kindBodies21 are kinds of body that every county, township or village
// may have, none in particular: a body named so holds no proper name.
var kindBodies21 = wordSet(`全民健身中心 体育中心 全民健身广场 文化广场 文体广场 青少年活动中心 妇女儿童活动中心 老年活动中心 老年大学
党群服务中心 便民服务中心 便民服务站 政务服务中心 为民服务中心 新时代文明实践中心 新时代文明实践所 新时代文明实践站 综合文化站 文化站 综治中心 社会治安综合治理中心 矛盾纠纷调处中心
卫生院 中心卫生院 卫生室 卫生服务中心 社区卫生服务中心 社区卫生服务站 妇幼保健院 妇幼保健计划生育服务中心 疾病预防控制中心 疾控中心 敬老院 中心敬老院 养老院 养老服务中心 日间照料中心 幸福院 农村幸福院
寄宿制学校 中心学校 中心小学 九年一贯制学校 完全小学 初级中学 职业中学 特殊教育学校 幼儿园 中心幼儿园
派出所 司法所 财政所 自然资源所 国土资源所 国土所 林业站 林业工作站 农技站 农业技术推广站 农业综合服务中心 畜牧兽医站 兽医站 水利站 水管站 农经站 计生站
退役军人服务站 退役军人服务中心 供销社 供销合作社 信用社 农村信用社 土地股份合作社 股份经济合作社 经济合作社 集体经济合作社 专业合作社 劳务合作社
农贸市场 集贸市场 批发市场 农产品批发市场 海鲜批发市场 水产批发市场 果蔬批发市场 蔬菜批发市场 污水处理厂 垃圾中转站 垃圾填埋场 垃圾处理场 自来水厂 水厂 保种场 良种场 种猪场 苗圃
普惠金融服务站 金融服务站 电商服务站 电子商务服务站 快递服务站 物流服务站 客运站 客运中心 加油站 充电站 强村公司 研发中心 技术研发中心 设计研发中心 检验检测中心 人民调解委员会 调解委员会
供销合作社联合社 供销社联合社 基层供销社 综合服务社 村级综合服务社 为农服务中心 综合为农服务中心 农业社会化服务中心 庄稼医院 农资服务站 农机服务站 农机服务中心
养老服务指导中心 综合养老服务中心 居家养老服务中心 居家养老服务站 养老服务站 区域性养老服务中心 老年食堂 长者食堂 儿童福利院 未成年人保护工作站 儿童之家 残疾人康复中心 残疾人之家
劳务工作站 劳务服务站 劳务站 就业服务站 就业服务中心 人力资源服务站 人力资源服务中心 零工市场 就业帮扶车间 帮扶车间 社会工作服务站 社工站
农民合作社 农民专业合作社 农村合作社 农机专业合作社 农民合作社联合社 村集体经济组织 股份经济合作联合社 经济合作联合社
市场监管所 市场监督管理所 税务所 供电所 邮政所 卫生监督所 农村电商服务站 村邮站 农家书屋 文化礼堂 文化活动室 综合执法队 综合行政执法队 应急管理站 消防救援站 专职消防队`)

// kindBodies21Last holds the last characters of kindBodies21 (a cheap
// test before the splits of placeHeadOfKind21).
var kindBodies21Last = lastRuneBits(kindBodies21)

// kindLevels21 are level words that may precede a kind of body and name
// no place (县, 乡镇, 各, 国家).
var kindLevels21 = []string{"乡镇", "街道", "社区", "村级", "县级", "基层", "国家", "全县", "全市", "全区", "各", "县", "市", "区", "旗", "省"}

// kindOfBody21 reports whether s is a kind of body, after level words or
// none (县|普惠金融服务站, 各|卫生室).
func kindOfBody21(s string) bool {
	if r := lastRune(s); !kindBodies21Last.has(r) && !genericBodies17Last.has(r) {
		return false
	}
	return afterLevels21(s, func(w string) bool { return kindBodies21[w] || genericBodies17[w] })
}

// afterLevels21 reports whether s, or s after one or more level words of
// kindLevels21 (县|, 乡镇|各|), is a kind.
func afterLevels21(s string, kind func(string) bool) bool {
	for {
		if kind(s) {
			return true
		}
		p := firstPrefix(s, kindLevels21)
		if p == "" || len(p) == len(s) {
			return false
		}
		s = s[len(p):]
	}
}

// placeLevelEnds21 end the name of a place that may head a body's name.
var placeLevelEnds21 = runeBitsOf("镇乡村县区市旗")

// placeHeadOfKind21 returns the byte length of the place that begins s
// when the rest is a kind of body (红石镇|全民健身中心, 北山村|土地股份合作社,
// 宁县|供销合作社), else 0. The place is three characters or more, or a
// county or city of the gazetteer of two (宁县); a word for a whole area
// (全县) is none.
func placeHeadOfKind21(s string) int {
	if !kindBodies21Last.has(lastRune(s)) && !mayEnd(&genericBodies17Last, s) {
		return 0
	}
	k := 0
	for b, r := range s {
		if k >= 1 && placeLevelEnds21.has(r) {
			e := b + len(string(r))
			if e < len(s) && (kindBodies21[s[e:]] || genericBodies17[s[e:]]) {
				head := s[:e]
				if k >= 2 && !hasAnyPrefix13(head, wholeArea17) {
					return e
				}
				if lv, ok := getLexicon().place(head); ok && lv > 0 {
					return e
				}
			}
		}
		k++
	}
	return 0
}

// taskGroupEnds21 end the name of a working group set up for one task.
var taskGroupEnds21 = []string{"工作领导小组", "工作专班"}

// taskGroup21 reports an organisation whose name is a task in ordinary
// words and a working group (城市更新|工作领导小组): every county sets such
// groups up; the name holds no place or name.
func taskGroup21(tt *tokText, f Finding) bool {
	end := firstSuffix(f.Text, taskGroupEnds21)
	if end == "" || len(end) == len(f.Text) {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End-len(end))
	return s >= 0 && e > s && ordinaryWords21(tt, s, e)
}

// ordinaryWords21 reports whether runes [s, e) are whole words of
// gojieba's dictionary, each an ordinary word (genericTokPOS18, or a
// term it tags nz: 城市更新) with no place in it: a task's words.
func ordinaryWords21(tt *tokText, s, e int) bool {
	if !tt.tokStart(s) {
		return false
	}
	for i := s; i < e; {
		t := tt.tokenAt(i)
		if t == nil || t.end > e || !t.dictWord() || !(genericTokPOS18[t.pos] || t.pos == "nz") || containsPlace(t.word) {
			return false
		}
		i = t.end
	}
	return true
}

// higherLevels21 name a level above the county that may open a
// department's short name (省|林草局, 自治区|民宗委). Not 国家: a national
// bureau (国家环保局) is one body, which news text names as such.
var higherLevels21 = []string{"自治区", "省"}

// higherDeptShort21 reports a department of a higher level named by two
// sector characters (省林草局, 自治区民宗委): a kind, like 县林草局.
func higherDeptShort21(s string) bool {
	p := firstPrefix(s, higherLevels21)
	return p != "" && deptShortName14("县"+s[len(p):])
}

// homeGroups21 are the people or virtues a programme called X之家 is for
// (光荣之家 for veterans' families, 职工之家 for workers).
var homeGroups21 = wordSet(`光荣 职工 妇女 青年 儿童 老人 老年 爱心 温馨 巾帼 志愿者 退役军人 老兵 军人 人大代表 代表 委员 法官 检察官 律师 科技 书香 健康 文明 和谐 幸福 母亲 妈妈 工会 党员 快递员 骑手 新市民 候鸟 留守儿童 残疾人 侨胞 乡贤`)

// programmeHome21 reports a quoted X之家 whose X is one of homeGroups21:
// a programme or a plaque, no shop.
func programmeHome21(f Finding) bool {
	x, ok := strings.CutSuffix(f.Text, "之家")
	return ok && homeGroups21[x]
}

// boundRunes21 never begin a place's name: they end the word before it
// (自治区|级, 高|标准).
var boundRunes21 = runeBitsOf("级型性")

// classifierRunes21 count things after a numeral (6|条, 3|座).
var classifierRunes21 = runeBitsOf("条个座处所家")

// sloganRunes21 follow a numeral in a slogan of kinds (四好, 五美, 三强).
var sloganRunes21 = runeBitsOf("好美强优净")

// levelStems21 are level words a suffix may follow without naming a place
// (苏木|镇, 嘎查|村, 乡|镇).
var levelStems21 = wordSet(`苏木 嘎查 乡 镇 街道 社区 村 县 区 旗`)

// boundPlace21 reports a place read from a suffix or the gazetteer whose
// characters say it is none: its first character is bound to the word
// before it (级城市), a classifier after a numeral (6|条背街) or a slogan's
// second character after a numeral (四|好村); its stem is a level word
// (苏木镇); or it lies in a phrase of the kind 因X施策, 因X制宜 or 帮镇扶村.
func boundPlace21(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	r0 := tt.runes[s]
	prevNum := s > 0 && (isDigitRune(tt.runes[s-1]) || chineseNumeralRunes.has(tt.runes[s-1]))
	switch {
	case boundRunes21.has(r0) && s > 0 && isHan(tt.runes[s-1]):
		return true
	case classifierRunes21.has(r0) && prevNum:
		return true
	case sloganRunes21.has(r0) && prevNum && e-s == 2:
		return true
	}
	if e-s >= 2 && levelStems21[tt.sub(s, e-1)] && placeLevelEnds21.has(tt.runes[e-1]) {
		return true
	}
	// 因村施策, 因户施策, 因地制宜
	if r0 == '因' && e-s == 2 && e+2 <= len(tt.runes) {
		if after := tt.sub(e, e+2); after == "施策" || after == "制宜" {
			return true
		}
	}
	return parallelLevels21(tt, s, e)
}

// helpVerbs21 and helpLevels21 make the phrases of pairing help, a verb
// and a level twice (帮镇扶村, 包乡联村, 驻村帮户).
var (
	helpVerbs21  = runeBitsOf("帮扶包联驻挂带结抓促强兴")
	helpLevels21 = runeBitsOf("镇村乡户县企")
)

// parallelLevels21 reports runes [s, e) inside four characters that are a
// verb and a level twice (帮镇扶村).
func parallelLevels21(tt *tokText, s, e int) bool {
	if e-s > 4 {
		return false
	}
	for p := max(0, e-4); p <= s && p+4 <= len(tt.runes); p++ {
		rs := tt.runes[p : p+4]
		if helpVerbs21.has(rs[0]) && helpLevels21.has(rs[1]) && helpVerbs21.has(rs[2]) && helpLevels21.has(rs[3]) {
			return true
		}
	}
	return false
}

// lowerLevelEnds21 end a place below the county (a township or village).
var lowerLevelEnds21 = []string{"镇", "乡", "村", "街道", "社区", "苏木"}

// conjunctionCounty21 reports a county of a function-word stem (和县) read
// right after a place below the county (…盛X镇|和县|生态环境局): a county
// is not written after its own township, so 和 joins the township to the
// county's own department (和|县生态环境局).
func conjunctionCounty21(f Finding, fs []Finding) bool {
	if !strings.HasPrefix(f.Evidence, "function-stem-county") {
		return false
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.End == f.Start && hasAnySuffix14(g.Text, lowerLevelEnds21) {
			return true
		}
	}
	return false
}

// genericZoneKinds21 are kinds of zone that many counties have (综合保税区,
// 经济开发区): a place found as one alone, or after a bare level, names none.
var genericZoneKinds21 = wordSet(`综合保税区 保税区 保税港区 保税物流中心 经济开发区 经济技术开发区 高新技术产业开发区 高新技术开发区 高新区 开发区 工业园区 工业园 产业园区 工业集中区 经济区 自由贸易试验区 自贸区 跨境经济合作区 边境经济合作区 农业科技园区 现代农业产业园 物流园区 产业集聚区`)

// genericZoneKinds21Last holds the last characters of genericZoneKinds21.
var genericZoneKinds21Last = lastRuneBits(genericZoneKinds21)

// genericZone21 reports a place whose text is a kind of zone after level
// words or none (县|经济开发区, 综合保税区).
func genericZone21(s string) bool {
	return genericZoneKinds21Last.has(lastRune(s)) && afterLevels21(s, func(w string) bool { return genericZoneKinds21[w] })
}

// zoneOpen21 reports whether the zone f begins the text, follows a
// character that is no Han, or follows a verb, preposition, conjunction,
// particle or adverb (申报|综合保税区, 放在|县经济开发区): no name's stem
// stands before it (新X|工业园区 stays for the rules that mask the name).
func zoneOpen21(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s <= 0 || !isHan(tt.runes[s-1]) {
		return s >= 0
	}
	p := tt.tokenBefore(s)
	if p == nil || p.end != s {
		return false
	}
	switch p.pos {
	case "v", "vn", "p", "c", "u", "uj", "ul", "d", "f":
		return true
	}
	return false
}

// placeFoundAt21 reports whether the place head (text at bytes [s, e)) of
// a body is a place of the gazetteer or is found as a place on its own
// (北山村 by its suffix): a word the body merely begins with (开发区|社区
// 卫生服务中心) is none.
func placeFoundAt21(fs []Finding, s, e int, head string) bool {
	if genericZone21(head) {
		return false // 开发区 is in the gazetteer too
	}
	if lv, ok := getLexicon().place(head); ok && lv > 0 {
		return true
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.Start == s && g.End == e && !genericZone21(g.Text) {
			return true
		}
	}
	return false
}

// ethnicRunes21 and 寨 make an ethnic group's word for its villages (苗寨,
// 侗寨, 瑶寨): an ordinary word, no township's short form.
var ethnicRunes21 = runeBitsOf("苗侗瑶彝藏羌壮傣黎畲佤哈景布仡水土")

// ethnicVillageWord21 reports a place of two characters that is an ethnic
// group's word for its villages (苗寨), read as a township's short form
// (苗寨 of 苗寨镇, where the township itself is not named in the text) or
// by a tagger; a gazetteer place of that very name stays.
func ethnicVillageWord21(tt *tokText, f Finding) bool {
	if runeLen(f.Text) != 2 {
		return false
	}
	rs := []rune(f.Text)
	// before a township office (水寨|司法所: leaks34's town-office) it is the town (b15)
	return ethnicRunes21.has(rs[0]) && rs[1] == '寨' && noNamedPlace21(tt, f) && !strings.Contains(f.Evidence, "town-office")
}

// noNamedPlace21 reports whether f was read as a place by no gazetteer
// entry of its very name and no short form of a place the text names
// (苗寨 of 苗寨镇, where 苗寨镇 is not in the text).
func noNamedPlace21(tt *tokText, f Finding) bool {
	if full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:"); ok {
		return !strings.Contains(tt.text, full)
	}
	return !strings.HasPrefix(f.Evidence, "gazetteer")
}

// routeKinds21 end a route named by its place (永修|连接线).
var routeKinds21 = []string{"连接线"}

// routeKindTail21 returns f cut down to the place before a route's kind
// (永修|连接线 → 永修), when that place is two characters or more.
func routeKindTail21(f Finding) (Finding, bool) {
	if !strings.HasPrefix(f.Evidence, "pattern:") {
		return f, false
	}
	for _, k := range routeKinds21 {
		if stem, ok := strings.CutSuffix(f.Text, k); ok && runeLen(stem) >= 2 {
			f.Text, f.End = stem, f.Start+len(stem)
			f.Evidence += ",route-kind21"
			return f, true
		}
	}
	return f, false
}

// conversionRunes21 are the things a conversion slogan turns one into the
// other (单改双: single lane to double, 煤改气: coal to gas).
var conversionRunes21 = runeBitsOf("单双煤气电油平坡旱水散集农超厕危土砖木草瓦窄宽")

// conversionSlogan21 reports a person of three characters that is a
// conversion slogan: X改Y, both X and Y of conversionRunes21.
func conversionSlogan21(f Finding) bool {
	if len(f.Text) != 9 || f.Text[3:6] != "改" {
		return false // (three characters of three bytes, 改 in the middle)
	}
	a, _ := utf8.DecodeRuneInString(f.Text)
	b, _ := utf8.DecodeRuneInString(f.Text[6:])
	return conversionRunes21.has(a) && conversionRunes21.has(b)
}

// insideAny21 reports whether f lies inside one of the spans.
func insideAny21(spans [][2]int, f Finding) bool {
	for _, sp := range spans {
		if f.Start >= sp[0] && f.End <= sp[1] {
			return true
		}
	}
	return false
}

// pairingVerbs21 are the verbs of cadres' pairing work (镇干部|包联|某村):
// read after a cadre noun as a name, they are none.
var pairingVerbs21 = wordSet(`包联 包保 包片 包村 包户 包抓 包干 挂联 挂包 挂钩 联系 联户 联村 结对 帮扶 驻村 蹲点 分包 包案 督导 指导 对接 走访`)

// ordinaryNS21 are ordinary words that gojieba's dictionary tags as places
// or names (吉他/ns, 小提琴/nr, 宜居/ns, 密封/ns): instruments, qualities
// and verbs, never a place of their own.
var ordinaryNS21 = wordSet(`吉他 小提琴 萨克斯 马头琴 芦笙 冬不拉 密封 宜居 美丽 深度 普及 新鲜 庆典 治安 福利 古典 神圣 关联 中断 长度`)

// firmEnds21 end a firm's name (besides 公司).
var firmEnds21 = []string{"集团", "厂", "店", "行", "坊", "馆", "庄", "社"}

// ordinaryNSBody21 reports an organisation that begins with one of
// ordinaryNS21 and goes on in ordinary words (吉他|乐团, 吉他|文化|广场): a
// kind of group or place, no name. A firm's name is left alone.
func ordinaryNSBody21(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s < 0 || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || !ordinaryNS21[t.word] {
		return false
	}
	if strings.Contains(f.Text, "公司") || hasAnySuffix14(f.Text, firmEnds21) {
		return false // 美丽…有限公司: a firm's name may be any words
	}
	e := tt.runeAt(f.End)
	return e > t.end && ordinaryWords21(tt, t.end, e) && (e >= len(tt.runes) || tt.tokStart(e))
}

// ordinaryNSPlace21 reports a place that is one of ordinaryNS21, read from
// gojieba's tag or as the short form of a place the text does not name
// (宜居 of 宜居乡 in 美丽宜居示范村).
func ordinaryNSPlace21(tt *tokText, f Finding) bool {
	return ordinaryNS21[f.Text] && noNamedPlace21(tt, f)
}

// productFacilities21 are the facilities a crop or herb names (太子参|精深
// 加工厂, …|种植基地): every producing county has them.
var productFacilities21 = wordSet(`加工厂 精深加工厂 初加工厂 加工车间 加工坊 作坊 加工作坊 生产作坊 加工园 加工基地 加工中心 种植基地 育苗基地 繁育基地 产业园 产业基地 交易市场 批发市场 烘干厂 烘干中心 冷库 交易中心 仓储中心 示范园 示范基地`)

// productFacility21 reports an organisation named by a crop or herb of
// herbsAndCrops13, or a food of localFoods23 (keep23.go), and a kind of
// facility (太子参精深加工厂, 腊肉加工坊).
func productFacility21(s string) bool {
	if !productFacilities21Last.has(lastRune(s)) {
		return false
	}
	for w := range productFacilities21 {
		if crop, ok := strings.CutSuffix(s, w); ok && (herbsAndCrops13[crop] || localFoods23[crop]) {
			return true
		}
	}
	return false
}

// productFacilities21Last holds the last characters of productFacilities21.
var productFacilities21Last = lastRuneBits(productFacilities21)

// joinWords21 join a person or body to another body it works with (林某
// 会同|自然资源所).
var joinWords21 = []string{"会同", "联合", "协同", "配合", "携手", "和", "与", "及", "同"}

// joinedKind21 returns where an organisation's text holds a joining word
// followed by a kind of body to its end (某某会同|自然资源所): the byte
// length of the part before the joining word, else 0.
func joinedKind21(s string) int {
	if r := lastRune(s); !kindBodies21Last.has(r) && !genericBodies17Last.has(r) {
		return 0
	}
	for _, w := range joinWords21 {
		for from := 1; from < len(s); {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			if kindOfBody21(s[i+len(w):]) {
				return i
			}
			from = i + len(w)
		}
	}
	return 0
}

// placeHeadFound21 reports a township, county or city of the gazetteer,
// found on its own, that begins at f.Start and ends inside f, whose rest
// is ordinary words (某镇|木业|产业 read as a brand and its trade). A
// village's stem (大信|科技) may be a firm's brand.
func placeHeadFound21(tt *tokText, f Finding, fs []Finding) bool {
	for _, g := range fs {
		if g.Type == LOCATION && g.Start == f.Start && g.End < f.End && g.Score < 100 && strings.HasPrefix(g.Evidence, "gazetteer") &&
			runeLen(g.Text) >= 3 && placeLevelEnds21.has(lastRune(g.Text)) {
			s, e := tt.runeAt(g.End), tt.runeAt(f.End)
			if s > 0 && e > s && ordinaryWords21(tt, s, e) {
				return true
			}
		}
	}
	return false
}

// parkEnds21 end a park read from its suffix (…产业园, …基地).
var parkEnds21 = []string{"产业园", "工业园", "园区", "基地"}

// productGluedPark21 reports a place read from a park's suffix whose stem
// is one character that ends a product's name (冰糖|橙|产业园): the park is
// named by the product, no place.
func productGluedPark21(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "pattern:") || !hasAnySuffix14(f.Text, parkEnds21) {
		return false
	}
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	t, p := tt.tokenAt(s), tt.tokenBefore(s)
	return t != nil && p != nil && t.start == s && t.n() == 1 && t.pos == "n" && p.end == s && p.pos == "n" && p.dictWord()
}

// personAt21 reports a person found at bytes [s, e).
func personAt21(fs []Finding, s, e int) bool {
	for _, g := range fs {
		if g.Type == PERSON && g.Start == s && g.End == e {
			return true
		}
	}
	return false
}

// keep21 filters one text's findings by the classes above.
func keep21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	// the organisations that name a kind, and the findings inside them
	// (普惠 of 普惠|金融服务站, a township's short form the body hid)
	var kinds [][2]int
	for _, f := range fs {
		if f.Type == ORG && f.Score < 100 && (kindOfBody21(f.Text) || higherDeptShort21(f.Text) || taskGroup21(tt, f) || ordinaryNSBody21(tt, f) || productFacility21(f.Text) ||
			strings.HasPrefix(f.Evidence, "quoted") && programmeHome21(f)) {
			kinds = append(kinds, [2]int{f.Start, f.End})
		}
	}
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Score >= 100 {
			out = append(out, f)
			continue
		}
		if insideAny21(kinds, f) {
			continue
		}
		switch f.Type {
		case ORG:
			if k := placeHeadOfKind21(f.Text); k > 0 && placeFoundAt21(fs, f.Start, f.Start+k, f.Text[:k]) {
				f.Type, f.Text, f.End, f.label = LOCATION, f.Text[:k], f.Start+k, ""
				f.Evidence += ",place-of-kind21"
			} else if k := joinedKind21(f.Text); k > 0 {
				if personAt21(fs, f.Start, f.Start+k) {
					continue // the person, found on its own, stays masked
				}
				f.Text, f.End = f.Text[:k], f.Start+k
				f.Evidence += ",joined-kind21"
			} else if strings.Contains(f.Evidence, "brand+industry") {
				if placeHeadFound21(tt, f, fs) {
					continue // the place, found on its own, stays masked
				}
			}
		case LOCATION:
			if genericZone21(f.Text) && zoneOpen21(tt, f) || boundPlace21(tt, f) || conjunctionCounty21(f, fs) || ethnicVillageWord21(tt, f) || ordinaryNSPlace21(tt, f) || productGluedPark21(tt, f) {
				continue
			}
			f, _ = routeKindTail21(f)
		case PERSON:
			if conversionSlogan21(f) || pairingVerbs21[f.Text] {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// pairFirsts21 begin the halves of a parallel phrase of four (金山|银山,
// 绿水|青山): colours, metals, sizes, directions; pairNature21 end them.
var (
	pairFirsts21 = runeBitsOf("金银铜铁青绿红黄白黑蓝紫大小高低长短多少千万东西南北上下左右前后内外新旧老")
	pairNature21 = runeBitsOf("山水林田湖草河江海")
)

// pairHalf21 reports a place of two characters (e's text at s[i:]) that is
// one half of a parallel phrase of four (金山|银山, 绿水|青山): both halves
// begin with different characters of pairFirsts21 and end alike or both in
// nature words. The short form of a district (金山 of 金山区) masked
// wherever it stands would take the phrase apart.
func pairHalf21(e *entity, s string, i int) bool {
	if e.typ != LOCATION || len(e.text) != 6 || !utf8.ValidString(e.text) {
		return false
	}
	a0, _ := utf8.DecodeRuneInString(e.text)
	a1, _ := utf8.DecodeLastRuneInString(e.text)
	if !pairFirsts21.has(a0) {
		return false
	}
	half := func(h string) bool {
		if !utf8.ValidString(h) {
			return false
		}
		b0, n := utf8.DecodeRuneInString(h)
		b1, m := utf8.DecodeRuneInString(h[n:])
		return n+m == 6 && b0 != a0 && pairFirsts21.has(b0) && (b1 == a1 || pairNature21.has(a1) && pairNature21.has(b1))
	}
	j := i + len(e.text)
	return j+6 <= len(s) && half(s[j:j+6]) || i >= 6 && half(s[i-6:i])
}
