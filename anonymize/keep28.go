package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep28: ordinary phrases of span-train30 … 32
// (coasts, border ports, desert counties, trade) that a recognizer read as
// names, each kept by its class:
//   - a pair of transport media before a word of linking them (陆海|统筹,
//     江海|联运, 陆岛|交通): the pair is no place, 陆 no surname;
//   - a bare kind of port or island read as a name (…至…|口岸|段, 海岛
//     before 景区);
//   - an organisation read up to 中心 where 中心 opens the next word
//     (…渔港|中心渔港): the body ends before it; and a centre named by
//     its function alone after a place or a word of scope (…口岸|冷链查验
//     中心, 县域|冷链物流中心): the function is no name, the place is;
//   - desert and sand-fixing plants read as names (胡杨, 梭梭), and a
//     person whose first two characters are one (胡杨林 read as a
//     person): no name, unless a role stands right before the person
//     (局长胡杨);
//   - a road word whose stem is a verb on the road (大雪|封路) or the
//     road's function (疏港路): no road's name;
//   - a direction after 向 before opening or reaching out (向西|开放): no
//     person of the surname 向;
//   - a service station named by its service (暖冬驿站, 爱心驿站);
//   - cliff carvings (摩崖|石刻): 摩崖 is the carving's kind;
//   - a viewing verb before a viewing facility (观海|平台, 望海|栈道);
//   - the country's great estuaries (长江口, 珠江口, 黄河口);
//   - a village's bare stem from the village list before a trade word
//     or its title (制X|产业, 制X|之都): the stem is the craft the trade
//     makes;
//   - a descriptive kind of village after a place (…湾|无人村): the kind
//     is no name, the place before it still is.

// keep28 drops or trims the findings of fs that are ordinary phrases of
// one of the classes above.
func keep28(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		g, ordinary := keepFinding28(tt, f)
		if ordinary {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// keepFinding28 returns the finding f, trimmed where its end is an
// ordinary phrase (…渔港|中心, …口岸|冷链查验中心), and whether f is an
// ordinary phrase of keep28's classes as a whole.
func keepFinding28(tt *tokText, f Finding) (Finding, bool) {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return f, false
	}
	after := tt.text[f.End:]
	// (speed17a: each word set is asked only when the text ends in a last
	// character of its words, mayEnd's bit test before the map's hash)
	switch {
	case mediaPair28(f.Text) && firstPrefix(after, mediaLinks28) != "":
		return f, true
	case mayEnd(&bareKinds28Last, f.Text) && bareKinds28[f.Text]:
		return f, true
	case mayEnd(&plants28Last, f.Text) && plants28[f.Text] || f.Type == PERSON && plants28[firstRunes(f.Text, 2)]:
		// a role right before names the person (局长胡杨, keep27's test)
		return f, f.Type != PERSON || !roleBefore27(tt, tt.runeAt(f.Start))
	case f.Type == PERSON && strings.HasPrefix(f.Text, "向") && runeLen(f.Text) == 2 && strings.ContainsRune("东西南北", lastRune(f.Text)) && firstPrefix(after, reachVerbs28) != "":
		return f, true
	case strings.HasSuffix(f.Text, "驿站") && serviceWords28[strings.TrimSuffix(f.Text, "驿站")]:
		return f, true
	case f.Text == "摩崖" && (strings.HasPrefix(after, "石刻") || strings.HasPrefix(after, "造像") || strings.HasPrefix(after, "题刻")):
		return f, true
	case mayEnd(&viewVerbs28Last, f.Text) && viewVerbs28[f.Text] && firstPrefix(after, viewFacilities28) != "":
		return f, true
	case mayEnd(&estuaries28Last, f.Text) && estuaries28[f.Text]:
		return f, true
	case f.Type == LOCATION && f.Evidence == "village-list" && firstPrefix(after, tradeWords28) != "":
		return f, true
	}
	if strings.HasSuffix(f.Text, "路") {
		if stem := strings.TrimSuffix(f.Text, "路"); roadVerbs28.has(lastRune(stem)) && runeLen(stem) <= 3 || stem == "疏港" {
			return f, true
		}
	}
	if f.Type == LOCATION {
		for _, k := range villageDescriptions28 {
			if f.Text == k {
				return f, true
			}
			if p := strings.TrimSuffix(f.Text, k); p != f.Text && runeLen(p) >= 2 {
				f.Text, f.End = p, f.End-len(k)
				return f, false
			}
		}
	}
	if f.Type == ORG && strings.HasSuffix(f.Text, "中心") {
		return centreBody28(f, after)
	}
	return f, false
}

// firstRunes returns the first n runes of s (all of s when shorter).
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// mediaRunes28 are the transport media and their ends (land, sea, island,
// river, air, rail, road, water) that pair up in a word of linking them.
var mediaRunes28 = runeBitsOf("陆海岛江河空铁公水")

// mediaPair28 reports whether w is two media characters (陆海, 陆岛, 江海).
func mediaPair28(w string) bool {
	// every media character takes three bytes: two of them six (speed17a:
	// no rune slice of every finding's text)
	if len(w) != 6 {
		return false
	}
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	return n0+n1 == 6 && r0 != r1 && mediaRunes28.has(r0) && mediaRunes28.has(r1)
}

// mediaLinks28 follow a pair of media in a word of linking them.
var mediaLinks28 = []string{"统筹", "联运", "交通", "联动", "通道", "新通道", "一体", "协同", "运输", "中转", "联通", "互通", "转运", "双向", "并举", "兼备"}

// bareKinds28 are kinds of port, shore or island that name no one place
// when read alone (…至圈X|口岸|段 read as a reach, 海岛 before 景区).
var bareKinds28 = wordSet(`口岸 码头 港区 渔港 海岛 岛屿 海湾 沙滩 海滩`)

// The last characters of the words of bareKinds28, plants28, viewVerbs28
// and estuaries28 (keepFinding28 tests them before the maps).
var (
	bareKinds28Last = lastRuneBits(bareKinds28)
	plants28Last    = lastRuneBits(plants28)
	viewVerbs28Last = lastRuneBits(viewVerbs28)
	estuaries28Last = lastRuneBits(estuaries28)
)

// plants28 are desert and sand-fixing plants whose first character is a
// surname or that gojieba reads as a foreign name (胡杨, 梭梭).
var plants28 = wordSet(`胡杨 梭梭 红柳 沙柳 柠条 沙棘 花棒 杨柴 白刺 骆驼刺 罗布麻 肉苁蓉 锁阳 沙拐枣`)

// reachVerbs28 follow a direction after 向 in a phrase of opening or
// reaching out (向西开放, 向南延伸).
var reachVerbs28 = []string{"开放", "延伸", "拓展", "发展", "辐射", "推进", "出海", "延展", "开拓", "出口", "贸易"}

// serviceWords28 name a service station by what it gives or whom it
// serves (暖冬驿站, 爱心驿站, 户外劳动者驿站): a kind of station a county
// sets up by the dozen, no name.
var serviceWords28 = wordSet(`暖冬 暖心 爱心 便民 温馨 党群 职工 户外 劳动者 户外劳动者 新就业群体 司机 货车司机 母婴 志愿 志愿者 调解 健康 法律 红色 妇女 青年 人才 文明 歇脚 避暑 消夏 暖阳`)

// viewVerbs28 are a verb of viewing and its view (观海, 望海) that stand
// before a viewing facility.
var viewVerbs28 = wordSet(`观海 望海 看海 观潮 观山 观湖 观江 观景 观星 观鸟 观日 听海 望江 望湖`)

// viewFacilities28 are viewing facilities that a viewing verb describes.
var viewFacilities28 = []string{"平台", "栈道", "步道", "长廊", "廊道", "走廊", "台", "点"}

// estuaries28 are the country's great estuaries: national names, like
// the rivers themselves.
var estuaries28 = wordSet(`长江口 珠江口 黄河口 长江口区域 珠江口区域`)

// tradeWords28 follow a product or craft as the trade it makes
// (制X|产业, 制X|企业) or as its title of honour (制X|之都): a village's
// bare stem before them is the craft.
var tradeWords28 = []string{"产业", "企业", "行业", "产品", "工艺", "工业", "车间", "工厂", "产业园", "产业链", "集群", "之乡", "之都", "之城"}

// roadVerbs28 are verbs on a road that end a phrase in 路 (封路, 修路,
// 让路): the phrase is the act, no road's name.
var roadVerbs28 = runeBitsOf("封修铺让带领引断探问拦挡堵赶")

// villageDescriptions28 describe a village by its state (无人村, 空心村):
// a kind, no name.
var villageDescriptions28 = []string{"无人村", "空心村", "空壳村"}

// centreStarts28 are words that 中心 opens (中心渔港, 中心城区, 中心小学):
// a body read up to 中心 before them ends before 中心.
var centreStarts28 = []string{"渔港", "城区", "城镇", "镇", "村", "小学", "学校", "校", "卫生院", "幼儿园", "敬老院", "医院", "社区", "广场", "片区", "港区", "集镇", "街区", "景区", "码头"}

// centreFunctions28 name what a centre does (冷链, 物流, 查验): a centre
// named by them alone is a kind of facility.
var centreFunctions28 = []string{"冷链", "物流", "查验", "集散", "分拨", "仓储", "配送", "电商", "服务", "交易", "检测", "检验", "客运", "货运", "游客", "便民", "政务", "运营", "调度", "加工", "分拣", "快递", "共配", "展示", "体验", "集配", "中转", "贸易", "商贸"}

// centreScopes28 are words of scope before a centre's function (县域, 乡镇):
// no name.
var centreScopes28 = wordSet(`县域 县级 市级 镇级 乡级 村级 乡镇 区域 全县 全市 县 市 镇 乡 区 综合 农村 城乡 镇村 县乡村`)

// centrePlaceEnds28 end a place before a centre's function (…口岸|冷链
// 查验中心, …港区|物流中心).
var centrePlaceEnds28 = []string{"口岸", "港区", "港", "园区", "镇", "乡", "县", "市", "区", "村", "站"}

// centreBody28 returns the body f (read up to 中心), trimmed before 中心
// when 中心 opens the next word, or before the centre's functions when a
// place stands before them, and whether it is no name at all (a centre
// named by a word of scope and its functions).
func centreBody28(f Finding, after string) (Finding, bool) {
	stem := strings.TrimSuffix(f.Text, "中心")
	if firstPrefix(after, centreStarts28) != "" && runeLen(stem) >= 2 {
		f.Text, f.End = stem, f.End-len("中心")
		return f, false
	}
	// the centre's functions, peeled off from the end (冷链|查验|中心)
	n := 0
	for k := firstSuffix(stem, centreFunctions28); k != ""; k = firstSuffix(stem, centreFunctions28) {
		stem = strings.TrimSuffix(stem, k)
		n++
	}
	if n == 0 {
		return f, false
	}
	if stem == "" || centreScopes28[stem] || bareKinds28[stem] {
		return f, true // (a scope, or a kind alone: …口岸 read apart from its stem)
	}
	if runeLen(stem) >= 2 && hasAnySuffix14(stem, centrePlaceEnds28) {
		f.End -= len(f.Text) - len(stem)
		f.Text = stem
	}
	return f, false
}
