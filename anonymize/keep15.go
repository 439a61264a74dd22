package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// keep15.go: ordinary report phrases that were still read as names — the
// 人 of a role in 人 (法定代表人, 负责人) glued to the name after it, events
// and festivals read as persons (冬奥, 那达慕), dishes after a verb of
// eating (石锅鸡), a district's short form that is a cooking word before a
// food (盐水|鹅) or a waterside word before a walkway (湖滨|栈道), a slogan
// of kinds of place with one modifier (名城名镇名村), a county whose stem is
// the verb 会同 before a department's full name, a venue or trade centre
// named by its place and kind words only (…分会场, …农产品集配中心: the
// place stays masked), and farms and plants named by a crop (银杏采摘园,
// 马铃薯|全粉加工厂), and a verb glued to 该公司 "the company" (约|谈该|公司).

// keep15 filters one text's findings after keep14: it trims, drops or
// turns into the place they begin with the readings above. A name masked
// anywhere else in the document is masked here too (Apply matches every
// occurrence).
func keep15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 || len(fs) == 0 {
		return fs
	}
	out := fs[:0]
	var places []Finding
	for _, f := range fs {
		switch f.Type {
		case PERSON:
			if g, ok := roleRenGlued15(tt, f); ok {
				f = g
			}
			if event15(tt, f) || dishAfterVerb15(tt, f) {
				continue
			}
		case ORG:
			if cropFarm15(tt, f) || cropPlant15(tt, f) || demonstrativeBody15(f) {
				continue
			}
			if p, ok := placeBeforeKind15(tt, f, fs); ok {
				if p.End > p.Start {
					places = append(places, p)
				}
				continue
			}
			if verbCountyDept15(tt, f, fs) {
				continue
			}
		case LOCATION:
			if cookingShortForm15(tt, f) || watersideShortForm15(tt, f) || kindSlogan15(tt, f) || verbCountyDept15(tt, f, fs) {
				continue
			}
		}
		out = append(out, f)
	}
	return append(out, places...)
}

// ------------------------------------------------------------ persons

// roleRenGlued15 trims the 人 (or 者) of a role off a name read right
// after the role's stem (法定代表|人孙立伟 → 孙立伟): gojieba cut the role
// before its last character, and a name recognizer took that character as
// the name's first. The name stays masked; the role reads whole.
func roleRenGlued15(tt *tokText, f Finding) (Finding, bool) {
	first, n := utf8.DecodeRuneInString(f.Text)
	if first != '人' && first != '者' || utf8.RuneCountInString(f.Text) < 3 {
		return f, false
	}
	before := tt.text[:f.Start]
	role := ""
	if i := strings.Index(f.Evidence, "role-before:"); i >= 0 {
		role = f.Evidence[i+len("role-before:"):]
		if j := strings.IndexByte(role, ','); j >= 0 {
			role = role[:j]
		}
	}
	ok := role != "" && strings.HasSuffix(before, role) && (roleNouns[role+string(first)] || slices.Contains(renRoles, role+string(first)))
	for w := range roleNouns {
		if !ok && strings.HasSuffix(w, string(first)) && strings.HasSuffix(before, strings.TrimSuffix(w, string(first))) {
			ok = true
		}
	}
	for _, w := range renRoles {
		if !ok && strings.HasSuffix(w, string(first)) && strings.HasSuffix(before, strings.TrimSuffix(w, string(first))) {
			ok = true
		}
	}
	if !ok {
		return f, false
	}
	g := f
	g.Start += n
	g.Text = f.Text[n:]
	return g, true
}

// eventWords15 are sports events, fairs and festivals of the whole
// country or of a people that read like names (冬奥 "the Winter Olympics",
// 那达慕 the Mongolian games): no one's name.
var eventWords15 = wordSet(`奥运 冬奥 残奥 冬残奥 夏奥 青奥 亚运 亚残运 全运 大运 世运 世博 进博 服贸 广交 消博 农博 那达慕 古尔邦 肉孜 诺鲁孜 雪顿 望果 目瑙纵歌 泼水 火把 花儿会 三月三 歌圩 苗年 侗年 彝年 羌年 盘王 达努 祝著 赛装 刀杆 沐浴节 转山 麦西来甫 阿肯弹唱 姑娘追 叼羊 赛马会 跳花 芦笙 萨玛 多耶 冬奥会 奥运会 亚运会 全运会 残奥会 世博会 进博会 广交会 那达慕大会`)

// event15 reports a person reading that is an event or festival word
// (冬奥|遗产, 冰雪|那达慕) and no role, title or speech beside it.
func event15(tt *tokText, f Finding) bool {
	w := strings.TrimSuffix(f.Text, "节") // 盘王节 read whole
	if !eventWords15[w] || !weakPersonEvidence13(f.Evidence) && !strings.HasPrefix(f.Evidence, "transliterated") {
		return false
	}
	s := tt.runeAt(f.Start)
	return s >= 0 && tt.tokStart(s)
}

// dishEnds15 end the names of dishes and local foods (石锅|鸡, 酸汤|鱼).
var dishEnds15 = runeBitsOf("鸡鸭鹅鱼肉虾蟹饭面粉糕饼粑粿酒茶汤羹豆腐包饺馍排骨肠斋")

// eatVerbs15 come before a dish or a food (品尝|石锅鸡, 主打|酸汤鱼).
var eatVerbs15 = wordSet(`品尝 尝 尝到 尝尝 吃 吃到 吃上 享用 品味 品鉴 主打 推出 售卖 销售 热销 特色 招牌 名吃 小吃 美食 制作 烹制 品 尝鲜 地道`)

// dishAfterVerb15 reports a name read from its characters alone that ends
// in a food character right after a verb of eating or selling (品尝|石锅鸡,
// 推出|酸汤鱼): a dish.
func dishAfterVerb15(tt *tokText, f Finding) bool {
	if !weakPersonEvidence13(f.Evidence) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	s := tt.runeAt(f.Start)
	if !dishEnds15.has(last) || s < 1 || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && t.end == s && eatVerbs15[t.word]
}

// ------------------------------------------------------------ places

// foodWords15 follow a cooking word in a dish's name (盐水|鹅, 卤水|鸭).
var foodWords15 = wordSet(`鸡 鸭 鹅 鱼 肉 虾 蟹 豆腐 花生 鸭子 鸡蛋 鸭蛋 鹅蛋 猪蹄 排骨 牛肉 羊肉 猪肉 鸡爪 鸭掌 毛豆 大虾 鸭舌 鹅掌`)

// cookingShortForm15 reports a short form of a district or county the
// text does not name in full that gojieba reads as an ordinary noun (盐水
// "brine") right before a food (盐水|鹅, 盐水|鸭): a dish named by how it is
// cooked.
func cookingShortForm15(tt *tokText, f Finding) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok || strings.Contains(tt.text, full) {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e >= len(tt.runes) {
		return false
	}
	t, nx := tt.tokenAt(s), tt.tokenAt(e)
	if t == nil || t.start != s || t.end != e || t.pos == "ns" || t.pos == "nr" || t.pos == "x" {
		return false
	}
	return nx != nil && nx.start == e && foodWords15[nx.word]
}

// waterRunes15 and besideRunes15 make the waterside words (湖滨 "lakeside",
// 滨江 "by the river", 江畔) that are also the short forms of districts.
var (
	waterRunes15  = runeBitsOf("湖江河海溪")
	besideRunes15 = runeBitsOf("滨畔岸沿")
)

// walkKinds15 are the kinds of walkway and waterfront a waterside word
// describes (湖滨|栈道, 滨江|绿道).
var walkKinds15 = wordSet(`栈道 步道 绿道 游步道 慢行道 廊道 长廊 景观带 风光带 休闲带 亲水平台 观景台 湿地 湿地带 驿站 骑行道 跑道 护岸 岸线 堤岸`)

// watersideShortForm15 reports a short form of a district the text does
// not name in full that is a waterside word (湖滨, 滨河, 江滨) before a kind
// of walkway (湖滨|栈道): "the lakeside boardwalk", no place.
func watersideShortForm15(tt *tokText, f Finding) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok || strings.Contains(tt.text, full) {
		return false
	}
	rs := []rune(f.Text)
	if len(rs) != 2 || !(waterRunes15.has(rs[0]) && besideRunes15.has(rs[1]) || besideRunes15.has(rs[0]) && waterRunes15.has(rs[1])) {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e >= len(tt.runes) || !tt.tokStart(s) {
		return false
	}
	rest := tt.text[f.End:]
	for k := range walkKinds15 {
		if strings.HasPrefix(rest, k) {
			return true // 滨湖|游步|道: gojieba may cut the kind apart
		}
	}
	return false
}

// sloganKinds15 are the kinds of place a slogan lists with one modifier
// (名城|名镇|名村, 强县|强镇).
var sloganKinds15 = runeBitsOf("城镇村乡县街区寨屯")

// sloganModifiers15 are the modifiers of praise and programme such a
// slogan shares (名 "famous", 强 "strong", 示范 "model"); a stem shared by
// a town and its village (屈原镇屈原村) is a name.
var sloganModifiers15 = wordSet(`名 强 美 富 优 特 星 示范 文明 卫生 生态 特色 美丽 幸福 和谐 平安 历史 传统 森林 园林 绿色 宜居 魅力 旅游 善治 民主 法治 数字 智慧 未来 红色 明星 先进 样板 标杆 五星 百强 千强`)

// kindSlogan15 reports a place read from a pattern or toponym inside a
// run of two or more kinds of place that share one modifier of one or
// two characters of praise or programme (名城名镇名村, 示范镇示范村, 强县
// 强镇): a programme's slogan, no place.
func kindSlogan15(tt *tokText, f Finding) bool {
	if strings.HasPrefix(f.Evidence, "gazetteer") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	n := len(tt.runes)
	for m := 1; m <= 2; m++ {
		// a run of pairs that begins at or before s and ends at or after e
		for a := s; a >= 0 && a >= s-2*(m+1); a-- {
			if a+m > n {
				continue
			}
			if r := tt.runes[a]; r < 1<<16 && !sloganModifiers15First.has(r) {
				continue // no modifier begins so (speed9a.go): before the string and the look-up
			}
			mod := tt.sub(a, a+m) // (no copy: string(tt.runes[a:a+m]) but where the text is not valid UTF-8, which no modifier matches either)
			if !sloganModifiers15[mod] {
				continue // 屈原镇屈原村: a town and its village of one stem
			}
			b, pairs := a, 0
			for b+m < n && tt.sub(b, b+m) == mod && sloganKinds15.has(tt.runes[b+m]) {
				b += m + 1
				pairs++
			}
			if pairs >= 2 && b >= e {
				return true
			}
		}
	}
	return false
}

// verbCountyDept15 reports a county whose stem is an ordinary word (会同
// "together with") read before a department's full name of the bare
// level (，会同|县文化和旅游局、…): the clause's subject came before, the
// department is the report's own county's. The stem must open a clause
// (after a comma, a list mark or a body that acts: 我局会同|县…) and occur
// nowhere else in the text, and no other finding may hold it.
func verbCountyDept15(tt *tokText, f Finding, fs []Finding) bool {
	s := tt.runeAt(f.Start)
	if s < 1 || s+4 > len(tt.runes) || tt.runes[s+2] != '县' {
		return false
	}
	if f.Type == LOCATION && tt.runeAt(f.End) != s+3 {
		return false
	}
	stem := tt.sub(s, s+2)
	if !getLexicon().common[stem] || strings.Count(tt.text, stem) > 1 {
		return false
	}
	if t := tt.tokenAt(s); t == nil || t.start != s || t.word != stem && t.word != stem+"县" {
		return false
	}
	if p := tt.runes[s-1]; !strings.ContainsRune("，；、：,;", p) && !strings.ContainsRune("局委办府院所队部站", p) {
		return false
	}
	if !deptFullName15(tt, s+3) {
		return false
	}
	for _, g := range fs {
		if g.Start != f.Start && strings.Contains(g.Text, stem) {
			return false
		}
	}
	return true
}

// deptFullName15 reports whether the text from rune i is a department's
// full name ending in 局, 委, 办 or 委员会 within twelve characters, made
// of ordinary words and 和 only (文化和旅游局, 住房和城乡建设局), none a
// place.
func deptFullName15(tt *tokText, i int) bool {
	l := getLexicon()
	for j := i + 1; j < min(len(tt.runes), i+12); j++ {
		r := tt.runes[j]
		if r == '局' || r == '委' || r == '办' {
			for _, t := range strings.Split(tt.sub(i, j), "和") {
				if t == "" || l.places[t] > 0 || l.short[t] != "" {
					return false
				}
			}
			return onlyWords14(tt, tt.off[i], tt.off[j+1], func(t *tok) bool {
				return t.word == "和" || t.dictWord() && t.pos != "ns" && t.pos != "nr" && l.places[t.word] == 0 && l.short[t.word] == ""
			})
		}
		if !isHan(r) || r != '和' && functionRuneBits.has(r) {
			return false
		}
	}
	return false
}

// ------------------------------------------------------------ bodies

// venueKinds15 are kinds of venue and service point a place's name is put
// before without naming a body (波密|分会场, 县城|主会场).
var venueKinds15 = wordSet(`分会场 主会场 会场 分赛场 赛场 赛区 分赛区 展区 展馆 考场 考点 服务区 集散地`)

// tradeWords15 say what a trade centre does, beyond tradeWords14 (集配
// "collect and distribute", 分拨, 仓配).
var tradeWords15 = wordSet(`集配 集采 分拨 仓配 集货 直供 直销 初加工 产地 批发 零售 冷链物流 检测 溯源 展示 展销 培训 孵化 创业 就业`)

// placeBeforeKind15 turns a body read from its suffix that is only a
// place and kind words (波密|分会场, 石碌镇|农产品|集配|中心) into the
// place alone: the venue or the trade centre is a kind of that place. The
// place's finding, when already found on its own, is kept and an empty
// finding (End == Start) returned.
func placeBeforeKind15(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok {
		return f, false
	}
	// the place: a finding of its own at the body's start, or a word of
	// the gazetteer there
	pe := -1
	for _, p := range fs {
		if p.Type == LOCATION && p.Start == f.Start && p.End < f.End && !p.generic {
			pe = p.End
		}
	}
	found := pe > 0
	l := getLexicon()
	if !found {
		for j := f.End - len(suf); j > f.Start; j-- {
			if !utf8.RuneStart(f.Text[j-f.Start]) {
				continue
			}
			w := tt.text[f.Start:j]
			if _, ok := l.place(w); ok || l.short[w] != "" {
				pe = j
				break
			}
		}
	}
	if pe < 0 || tt.runeAt(pe) < 0 || !tt.tokStart(tt.runeAt(pe)) {
		return f, false
	}
	kindOnly := onlyWords14(tt, pe, f.End, func(t *tok) bool { return venueKinds15[t.word] })
	trade := tradeCentreKinds14[suf] && onlyWords14(tt, pe, f.End-len(suf), func(t *tok) bool {
		return tradeWords14[t.word] || tradeWords15[t.word] || produceWords[t.word]
	})
	if !kindOnly && !trade {
		return f, false
	}
	g := Finding{Type: LOCATION, Start: f.Start, End: pe, Text: tt.text[f.Start:pe], Evidence: "place-before-kind", Score: f.Score}
	if found {
		g.End = g.Start
	}
	return g, true
}

// cropWords15 are crops, fruits and trees a farm or an orchard is named
// by (银杏|采摘园, 草莓|种植基地).
var cropWords15 = wordSet(`银杏 核桃 板栗 草莓 蓝莓 葡萄 猕猴桃 樱桃 桃 梨 苹果 柑橘 脐橙 橙子 柚子 杨梅 枇杷 石榴 火龙果 芒果 荔枝 龙眼 香蕉 菠萝 西瓜 甜瓜 哈密瓜 李子 柿子 山楂 红枣 冬枣 枸杞 桑葚 无花果 百香果 柠檬 沃柑 砂糖橘 黄桃 油桃 蜜桃 青梅 杏 苦荞 葛根 茶叶 茶 花椒 辣椒 油茶 油菜 玉米 水稻 小麦 大豆 马铃薯 土豆 红薯 甘薯 紫薯 山药 魔芋 食用菌 香菇 木耳 竹笋 蔬菜 花卉 苗木 中药材 大蒜 生姜 莲藕 芡实 菱角 蘑菇 羊肚菌 竹荪 棉花 甘蔗 烟叶 烟草 高粱 荞麦 燕麦 谷子 小米 芝麻 花生 向日葵 葵花 薰衣草 玫瑰 牡丹 芍药 菊花 荷花 油橄榄 橄榄 咖啡 可可 橡胶 槟榔 椰子 榴莲 番茄 西红柿 黄瓜 茄子 白菜 萝卜 胡萝卜 南瓜 冬瓜 丝瓜 苦瓜 豇豆 青椒`)

// cropWord15 reports a crop of cropWords15, herbsAndCrops13 or
// produceWords.
func cropWord15(w string) bool { return cropWords15[w] || herbsAndCrops13[w] || produceWords[w] }

// farmKinds15 are the kinds of farm and orchard a crop names (采摘园,
// 种植基地, 果园).
var farmKinds15 = wordSet(`采摘园 种植园 果园 茶园 园 基地 种植基地 育苗基地 示范园 示范基地 大棚 苗圃 农庄 庄园 观光园 产业园`)

// cropFarm15 reports a body read from its suffix whose name part is only
// crops (银杏|采摘园, 草莓|蓝莓|采摘园): a kind of farm, no name.
func cropFarm15(tt *tokText, f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || !farmKinds15[suf] {
		return false
	}
	e := f.End - len(suf)
	crops := false
	lead := onlyWords14(tt, f.Start, e, func(t *tok) bool {
		if cropWord15(t.word) {
			crops = true
			return true
		}
		// 全村|发展|核桃: scope words and verbs before the crops
		return !crops && (scopeWords13[t.word] || t.pos == "v" || t.pos == "vn")
	})
	return lead && crops && cropWord15(tt.tokenBefore(tt.runeAt(e)).word) || cropSplit15(tt, f.Start, e)
}

// cropSplit15 reports whether the bytes [s, e) are one crop word that
// gojieba cut apart (银杏采摘|园: 银杏 and 采摘 with the suffix's 园 split).
func cropSplit15(tt *tokText, s, e int) bool {
	w := tt.text[s:e]
	for _, v := range []string{"采摘", "种植", "观光", "示范", "育苗"} {
		if c, ok := strings.CutSuffix(w, v); ok && cropWord15(c) && tt.tokStart(tt.runeAt(s)) {
			return true
		}
	}
	return false
}

// plantKinds15 are the kinds of plant a crop's product is made in
// (全粉|加工厂, 淀粉|厂).
var plantKinds15 = wordSet(`厂 加工厂 工厂 车间 生产线 加工车间 加工点 作坊`)

// productEnds15 end the names of what is made from a crop (全粉, 淀粉,
// 果汁, 茶油, 薯片).
var productEnds15 = runeBitsOf("粉面油汁酒茶干片脯酱醋浆丝条粒块饮糖")

// cropPlant15 reports a plant read from its suffix whose name part is a
// product word made of a crop: right after the crop (马铃薯|全粉|加工厂,
// 红薯|淀粉|厂) or with the crop inside the name part (茶叶|加工厂): a kind
// of plant, no name.
func cropPlant15(tt *tokText, f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || !plantKinds15[suf] {
		return false
	}
	s, e := f.Start, f.End-len(suf)
	if suf == "厂" && strings.HasSuffix(tt.text[s:e], "加工") {
		e -= len("加工") // 全粉|加工厂 read with the suffix 厂
	}
	if e <= s {
		return false
	}
	// crops, then at most one product of two or three characters at the
	// end (葛根|全粉, 茶叶); with no crop inside, the word before is one
	// (马铃薯|全粉)
	crops, product := false, false
	ok = onlyWords14(tt, s, e, func(t *tok) bool {
		switch {
		case product:
			return false
		case cropWord15(t.word):
			crops = true
			return true
		case t.n() >= 2 && t.n() <= 3 && productEnds15.has(tt.runes[t.end-1]):
			product = true
			return true
		}
		return false
	})
	if !ok {
		return false
	}
	if crops {
		return true
	}
	a := tt.runeAt(s)
	prev := tt.tokenBefore(a)
	return product && prev != nil && prev.end == a && cropWord15(prev.word)
}

// demonstrativeRunes15 point back to a body named before (该公司 "the
// company", 此公司, 本公司).
var demonstrativeRunes15 = runeBitsOf("该此本这其各")

// demonstrativeBody15 reports a body read from its suffix whose name part
// ends in a demonstrative (约|谈该|公司, 依法查处此|公司): the body is one
// named before, or none; the words before are a verb, no name.
func demonstrativeBody15(f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok {
		return false
	}
	rest, ok := strings.CutSuffix(f.Text, suf)
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return demonstrativeRunes15.has(r)
}
