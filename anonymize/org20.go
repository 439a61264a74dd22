package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round org20. Classes:
//
//   - placed bodies (placedBodies20): an institution or business named by a
//     stem of its own of two or three characters, glued to the masked place
//     it stands in and before the word of its kind (〔甲镇〕青禾幼儿园,
//     〔乙村〕丰谷家庭农场, 〔丙县〕云栖电商产业园, 〔丁街道〕华联电器城).
//     Between a place and a kind word the rules found nothing, so a stem
//     that is an ordinary word (丰收, 星辰, 天虹) stayed readable. The place
//     right before it is the frame: a level, owner, function, produce or
//     verb there is no name (〔甲镇〕中心幼儿园, 公办幼儿园, 蔬菜家庭农场,
//     社区书店, 建成幸福院) and stays.
//   - quoted eateries (quotedEateries20): a shop named by a word of its
//     own and the dish it sells, in quotes, with a shop's frame after it
//     (“溪口老鸭汤”等小店, “阿秀酸辣粉”入选特色小吃名店, “MOMO咖啡”走红).
//     A dish after a place or a place's short form is a dish of that place
//     (“柳州螺蛳粉”, “兰州牛肉面”), after a word of kind or praise a kind
//     of food (“特色米粉”, “正宗老鸭汤”); both stay.

// placedBodyKinds20 are kinds of institution or business that follow their
// own name after the place they stand in. The second field is the label:
// 企业 for a business, "" for an institution. A bare 产业园 is no kind here:
// what stands before it is the industry (稻米产业园, 肉牛产业园), not a name.
var placedBodyKinds20 = [][2]string{
	{"电商产业园", "企业"}, {"家庭农场", "企业"}, {"家庭牧场", "企业"},
	{"众创空间", "企业"}, {"免税店", "企业"}, {"电器城", "企业"}, {"商贸城", "企业"},
	{"建材城", "企业"}, {"家具城", "企业"}, {"商城", "企业"}, {"餐厅", "企业"},
	{"书店", "企业"}, {"民宿", "企业"}, {"酒店", "企业"}, {"宾馆", "企业"}, {"茶庄", "企业"},
	{"幼儿园", ""}, {"幸福院", ""}, {"敬老院", ""}, {"养老院", ""}, {"医院", ""},
	{"传习中心", ""}, {"工作站", ""}, {"魔术团", ""},
}

// placedBodyStemNot20 are what stands between a place and a body's kind
// without naming it: levels, owners, grades and functions of a school,
// hospital or home (中心, 公办, 中医, 互助, 日间), produce and lines of a
// farm (种粮, 肉牛), kinds and styles of shop and inn (社区, 精品, 网红, 侗家,
// 苗家: a people's style of house) and scopes
// (全镇, 城区); firmTradeStemNot19, industryWords and genreWords add theirs.
var placedBodyStemNot20 = wordSet(`中心 人民 中医 中西医 妇幼 妇女 儿童 口腔 眼科 骨科 肿瘤 精神 康复 疗养 护理 传染 胸科 皮肤 医养 医疗 卫生 公办 民办 公立 私立 民营 普惠 示范 实验 附属 双语 寄宿 寄宿制 乡镇 城区 镇区 村级 村办 镇办 乡办 县办 集体 互助 居家 日间 托老 托育 农村 乡村 老年 养老 幸福 敬老 种粮 种养 种植 养殖 稻米 粮食 蔬果 菌菇 食用菌 肉牛 肉羊 奶牛 水果 苗木 花卉 鲜花 水产 稻虾 稻渔 林下 规模 标准 标准化 生态 休闲 观光 采摘 示范性 星级 精品 网红 主题 特色 社区 农家 渔家 牧家 侗家 苗家 藏家 傣家 彝家 壮家 瑶家 土家 羌家 畲家 客家 蒙家 水家 黎家 哈尼 城市 临时 新建 在建 已建 现有 原有 全部 部分 各类 其他 其它 一般 主要 村里 镇上 乡里 县里 当地 本地 周边 附近 这些 那些 所有 公共 电商 跨境 直播 县域 镇域 商业 创业 就业 科技 文化 旅游 文旅 非遗 研学 研究 专家 院士 博士 人才 技能 志愿 党员 红色 廉政 德育 劳动 青少年 未成年人 少年 幼儿 学前 高中 初中 小学 大学 中小学 残疾人 孤儿 特困 流浪 乞讨 公益 慈善 爱心 免费 平价 惠民 便民 智慧 数字 智能 绿色 现代 大型 小型 综合 专科 全科 二级 三级 一级 甲等 乙等 二甲 三甲 首家 首个 一家 一所 一座 多家 多所 两所 三所 新型 新开 新增 该村 该镇 全村 全镇 全乡 全县 全区 辖区 域内 境内`)

// placedBodies20 masks a stem of two or three characters glued to a masked
// place and before a body's kind (class: placed bodies, 〔甲镇〕青禾幼儿园).
func placedBodies20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	text := tt.text
	var add []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || f.End >= len(text) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 0 {
			continue
		}
		for n := 2; n <= 3 && s+n < len(tt.runes); n++ {
			e := s + n
			if !placedKindFirst30.has(tt.runes[e]) { // speed30.go: no kind begins here
				continue
			}
			kind, label := placedBodyKind20(tt.text[tt.off[e]:])
			if kind == "" {
				continue
			}
			stem := tt.sub(s, e)
			if !placedStemOK20(tt, stem, s, e) {
				break
			}
			end := tt.off[e] + len(kind)
			if placedCrossed20(fs, f, end) || overlapsAny(add, f.End, end) {
				break
			}
			add = append(add, Finding{Type: ORG, Text: text[f.End:end], Start: f.End, End: end, Evidence: "placed-body20", Score: 5, label: label})
			break
		}
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// placedCrossed20 reports a finding that crosses the body [f.End, end)
// after its place f or covers it whole, other than a reading that starts
// inside the place and ends within the body (长|滩村金土地家庭农场, 新地|村孟):
// such a reading cuts across the place's edge and gives way to the body.
func placedCrossed20(fs []Finding, f *Finding, end int) bool {
	s := f.End
	for i := range fs {
		g := &fs[i]
		if g.Start >= end || g.End <= s || g == f {
			continue
		}
		if g.Start > f.Start && g.Start < s && g.End <= end {
			continue
		}
		if g.Start < s || g.End > end || g.Start == s && g.End == end {
			return true
		}
	}
	return false
}

// placedBodyKind20 returns the kind of body rest begins with, and its label.
func placedBodyKind20(rest string) (string, string) {
	for _, k := range placedBodyKinds20 {
		if strings.HasPrefix(rest, k[0]) {
			return k[0], k[1]
		}
	}
	return "", ""
}

// placedStemOK20 reports whether the stem at runes [s, e) may be a body's
// own name: Han characters with no mask, no numeral or function character
// to open it, no ordinal, no scope, and no word of placedBodyStemNot20,
// firmTradeStemNot19, industryWords or genreWords as the stem or as its
// first or last two characters; no verb gojieba reads as a word inside it
// (建成|幸福院, 发展|家庭农场, 等|形成|民宿).
func placedStemOK20(tt *tokText, stem string, s, e int) bool {
	if !allHan(stem) || scopeStem19(stem) {
		return false
	}
	// a function character inside the stem makes it a clause (当起了|家庭农场主);
	// 和 closes given names (孟和家庭牧场)
	for i, r := range tt.runes[s:e] {
		if isMaskRune(r) || i > 0 && functionRuneBits.has(r) && !(r == '和' && s+i == e-1) {
			return false
		}
	}
	r0 := tt.runes[s]
	// a stem that opens with a division's kind is the place cut short (大坪|村丰收)
	if strings.ContainsRune("省市县区镇乡村街道组屯寨", r0) {
		return false
	}
	// a stem that ends in one is a place of its own (〔甲镇〕乙丙村|民宿集群)
	if strings.ContainsRune("省市县区镇乡村街组屯寨", tt.runes[e-1]) {
		return false
	}
	if r0 == '第' || r0 == '等' || numeralRune(r0) && !orgBrandRunes14.has(r0) || functionRuneBits.has(r0) && r0 != '老' && r0 != '小' {
		return false
	}
	generic := func(w string) bool {
		return placedBodyStemNot20[w] || firmTradeStemNot19[w] || industryWords[w] || genreWords[w] || moreTradeWords[w]
	}
	if generic(stem) || generic(tt.sub(s, s+2)) || generic(tt.sub(e-2, e)) {
		return false
	}
	// a stem ending in a building's word is what the house is (石头房|民宿)
	if strings.ContainsRune("房屋楼舍", tt.runes[e-1]) {
		return false
	}
	// a verb inside the stem is the clause's verb (建成|幸福院, 等|形成|民宿集聚区)
	for i := s; i < e && i < len(tt.tokOf); {
		k := tt.toks[tt.tokOf[i]]
		if k.start >= s && k.end <= e && k.n() >= 2 && strings.HasPrefix(k.pos, "v") {
			return false
		}
		i = max(k.end, i+1)
	}
	return true
}

// eateryDishes20 are the dishes and drinks a small eatery names itself
// by after its own word (甲乙米粉, 甲乙老鸭汤, 甲乙咖啡); longest first where
// one ends another.
var eateryDishes20 = []string{"过桥米线", "米线", "米粉", "老鸭汤", "羊肉汤", "牛肉汤", "羊杂汤", "酸汤鱼", "烤鱼", "油泼面", "牛肉面", "拉面", "刀削面", "热干面", "小面", "凉皮", "肉夹馍", "酸辣粉", "螺蛳粉", "肠粉", "麻辣烫", "烧烤", "火锅", "馄饨", "饺子", "包子", "烧饼", "麦饼", "卤味", "卤肉", "烤鸭", "咖啡", "奶茶", "茶饮", "糖水", "甜品", "小吃", "面馆", "粉店", "鱼庄", "土菜馆", "菜馆", "饭店", "食堂", "大排档"}

// eateryFrame20 are the words after a quoted eatery, in its clause, that
// show it is a shop: a shop's kind, a shop's title, a verb of going viral.
var eateryFrame20 = []string{"店", "小吃", "老字号", "商户", "摊", "打卡", "走红", "网红", "餐饮", "美食", "食客", "排队"}

// eateryStemNot20 are words of kind, praise or manner before a dish, no
// shop's own name (“特色米粉”, “正宗老鸭汤”, “手工拉面”).
var eateryStemNot20 = wordSet(`特色 正宗 地道 传统 手工 手作 古法 老牌 招牌 风味 地方 本地 家乡 乡村 农家 家常 私房 网红 知名 特产 名优 精品 美味 经典 现磨 现煮 现做 现烤 速溶 精品 有机 生态 绿色 清真 素食 早餐 夜宵 宵夜 街头 路边 小吃 特色小吃 一碗 一杯 一份 一口 一锅 一串`)

// quotedEateries20 masks a quoted eatery named by a word of its own and a
// dish, in a shop's frame (class: quoted eateries).
func quotedEateries20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	l := getLexicon()
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		n := runeLen(name)
		if n < 4 || n > 9 || strings.ContainsAny(name, "“，。、；：") {
			continue
		}
		dish := firstSuffix(name, eateryDishes20)
		stem := strings.TrimSuffix(name, dish)
		if dish == "" || runeLen(stem) < 2 || !eateryStemOK20(l, stem) {
			continue
		}
		if !eateryFrameAfter20(text[e+len("”"):]) || crossesAny19(fs, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-eatery20", Score: 5, label: "企业"})
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// eateryStemOK20 reports whether the stem before a quoted dish may be the
// shop's own word: Han characters or Latin letters (“DNA咖啡”), no mask,
// no numeral to open it, no word of kind or praise, no county, city or
// province or its short form (“柳州螺蛳粉” is the dish of 柳州).
func eateryStemOK20(l *lexicon, stem string) bool {
	for _, r := range stem {
		if isMaskRune(r) || !isHan(r) && !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	r0, _ := utf8.DecodeRuneInString(stem)
	if numeralRune(r0) || eateryStemNot20[stem] || placedBodyStemNot20[stem] {
		return false
	}
	for _, w := range strings.Fields("特色 正宗 地道 传统 手工") {
		if strings.HasPrefix(stem, w) {
			return false
		}
	}
	// a county, city or province names the dish (“柳州螺蛳粉”); a village's
	// short form may be any word (阿秀) and stays a shop's name
	if l != nil {
		if lv := l.places[stem]; lv > 0 && lv <= 3 {
			return false
		}
		if full := l.short[stem]; full != "" && l.places[full] > 0 && l.places[full] <= 3 {
			return false
		}
	}
	return true
}

// eateryFrameAfter20 reports a word of eateryFrame20 within twelve
// characters after a closing quote, in the same clause.
func eateryFrameAfter20(rest string) bool {
	k := 0
	for j, r := range rest {
		if k >= 12 || strings.ContainsRune("。；！？\n", r) {
			return false
		}
		if firstPrefix(rest[j:], eateryFrame20) != "" {
			return true
		}
		k++
	}
	return false
}
