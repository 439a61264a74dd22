package anonymize

import "strings"

// This file holds round site19: named sites of heritage and tourism
// reports that no rule found, by two classes of their shape and frame:
//
//   - a landmark of a two-character stem and a one-character kind (甲乙台,
//     甲乙阁, 甲乙亭, 甲乙楼, 甲乙宫, 甲乙观, 甲乙岩, 甲乙石, 甲乙尖, 甲乙嘴,
//     甲乙矶, 甲乙陵, 甲乙庼) standing between a site frame's edges (a list's
//     、, a visiting or repairing verb, 的 or 在 before; 、, 等, 前, 周边,
//     两处 after) in a sentence about sites (景点, 修缮, 文物, 游客 …):
//     landmarks19. The same holds for bridges (甲乙桥, 甲乙大桥),
//     waterfalls, ancient and plank roads, caves and viewing platforms
//     (甲乙瀑布, 甲乙古道, 甲乙栈道, 甲乙溶洞, 甲乙观景台). Functional
//     buildings of the same kinds (办公楼, 观景台, 纪念亭, 电视台, 大理石,
//     人行桥, 红军古道, 玻璃栈道) stay readable: their stem is a verb, a
//     function word or a listed functional stem, or the whole is a
//     frequent ordinary word;
//   - an old trade house: a house name (a surname + 家, or a name of two or
//     three characters) before a historical trade word (盐号, 银号, 票号,
//     油号, 钱庄, 当铺 …): tradeHouses19. Generic ones (晋商票号, 百年
//     钱庄) stay readable;
//   - a quoted lodging, studio or eatery of a one-character kind (“甲乙舍”,
//     “甲乙斋”, “甲婆记”, “甲乙别院”) in a sentence about lodgings, studios
//     or eateries: quotedStudios19.
//
// site19 runs right after roleNames16 (anonymize.go).

// site19 adds the findings of the classes above to fs.
func site19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = landmarks19(tt, fs)
	fs = tradeHouses19(tt, fs)
	return quotedStudios19(tt, fs)
}

// ------------------------------------------------------------ landmarks

// landmarkKinds19 end a landmark of a two-character stem (望江楼, 燕子矶,
// 迎恩桥).
var landmarkKinds19 = runeBitsOf("台阁亭楼宫观岩石尖嘴矶陵庼桥")

// landmarkKindWords19 are the kinds of two or three characters of the
// class: waterfalls, ancient and plank roads, caves, bridges and viewing
// platforms (甲乙瀑布, 甲乙古道, 甲乙栈道, 甲乙溶洞, 甲乙大桥, 甲乙观景台).
var landmarkKindWords19 = []string{"瀑布", "古道", "栈道", "溶洞", "大桥", "观景台"}

// siteCues19 make a sentence one about sites; a landmark is read only in
// such a sentence.
var siteCues19 = []string{
	"景点", "景区", "修缮", "文物", "古建筑", "游客", "登山", "步道", "保护单位", "名胜",
	"古迹", "景观", "庙会", "登临", "登上", "游览", "参观", "观光", "屋面", "结构监测", "旅游",
}

// landmarkVerbs19 end right before a landmark as a word of their own
// (登上|望仙台, 修缮|会仙亭).
var landmarkVerbs19 = wordSet(`登临 登上 登顶 参观 游览 修缮 维修 前往 抵达 途经 打卡 开放 新开放 保护好 走进 来到 游 到 至 经 对 在 的 有 拥有 包括`)

// landmarkAfter19 stand right after a landmark in a site frame.
var landmarkAfter19 = []string{
	"、", "，", "。", "；", "”", "和", "与", "及", "等", "前", "后", "周边", "周围", "一带", "景区", "景点",
	"两处", "三处", "两座", "三座", "两个", "三个", "两条", "完成", "步道", "屋面", "登山", "遗址", "至", "到",
	"修缮", "维修", "保护", "景观", "古建筑",
}

// landmarkStemNot19 are the stems of functional buildings, rocks, bridges
// and roads of the landmark kinds, nouns gojieba does not tag as verbs
// (综合楼, 电视台, 花岗岩, 钟鼓楼, 文化楼, 人行桥, 红军古道, 玻璃栈道,
// 天然溶洞, 跨江大桥).
var landmarkStemNot19 = wordSet(`办公 教学 综合 观景 纪念 休息 电视 气象 广播 瞭望 烽火 主席 服务 检票 售票 宿舍 住宅 居民 商务 写字
	花岗 石灰 玄武 大理 鹅卵 天文 指挥 操作 展示 观礼 钟鼓 消防 调度 控制 监控 门卫 值班 演艺 演出 表演 观演 观光 观赏
	信号 通信 发射 灯光 景观 假山 奇石 怪石 巨石 山石 景石 砂 页岩 文化 科技 图书 档案 展览 会议 党员 群众 体育 老年 儿童
	青年 妇女 职工 学生 教师 医技 门诊 住院 行政 实验 图文 综合 商业 商住 电梯 高层 多层 主体 附属 配套 临时 危旧 新建 标准
	观测 监测 水文 雨量 广场 舞台 戏曲 文艺 村级 乡级 县级 市级 省级 国家 中央 地方 城市 乡村 农村 社区 街道 园区 厂区 校园
	景区 民俗 传统 历史 古代 明清 百年 千年 古老 著名 知名 主要 重点 其他 其它 各类 各种 一批 多处 多座 部分 全部 所有 一座 一处
	红军 茶马 玻璃 悬崖 天然 人工 跨江 跨河 跨海 跨线 立交 高架 人行 石拱 便民 漫水 钢架 公路 铁路 风雨 步行 过街 索道 登山 徒步
	森林 滨河 生态 网红 特色 石板 青石 木质 钢筋 混凝土 水泥 简易 拱形 单孔 双孔 多孔 危险 病险 农村 农用 生产 入村 进村 通村
	城墙 古城 城门 凉亭 长廊 园林 公园 绿地 亲水 滨水 沿河 沿江 河道 湖边 江边 山顶 山腰 山脚 山间 林间 田间 村口 村头 村中 村内`)

// landmarks19 adds the landmarks of a two-character stem and a landmark
// kind in a site frame (class 1 of the file's head).
func landmarks19(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := 2; i < n; i++ {
		if landmarkKinds19.has(tt.runes[i]) && landmarkAt19(tt, fs, i-2, i, i+1) {
			out = append(out, found19(tt, LOCATION, i-2, i+1, "landmark19"))
		}
	}
	for _, kind := range landmarkKindWords19 {
		for _, k := range occurrences19(tt, kind) {
			if z := k + runeLen(kind); k >= 2 && landmarkAt19(tt, fs, k-2, k, z) {
				out = append(out, found19(tt, LOCATION, k-2, z, "landmark19"))
			}
		}
	}
	return add19(fs, out)
}

// landmarkAt19 reports whether runes b..k, a stem of two characters,
// before the kind at runes k..z name a landmark in a site frame.
func landmarkAt19(tt *tokText, fs []Finding, b, k, z int) bool {
	n := len(tt.runes)
	if !plainStem19(tt, b, k) || !tt.tokStart(b) || !landmarkEnd19(tt, k, z) {
		return false
	}
	if landmarkStemNot19[tt.sub(b, k)] || getLexicon().common[tt.sub(b, z)] || !landmarkStemWord19(tt, b, k) {
		return false
	}
	verb := landmarkVerbBefore19(tt, b) || workVerbBefore19(tt, b)
	if !(verb || b == 0 || landmarkEdgeBefore19(tt, b) || findingEndsAt19(fs, tt.off[b])) {
		return false
	}
	rest := tt.text[tt.off[z]:]
	if !(z == n || hasAnyPrefix13(rest, landmarkAfter19) || verb && strings.HasPrefix(rest, "的")) {
		return false
	}
	return siteSentence19(tt, b, z)
}

// landmarkEnd19 reports whether the kind at rune i ends a word: the next
// rune is no Han character or begins a word, or gojieba glued a word of
// landmarkAfter19 to the kind (状元|陵后).
func landmarkEnd19(tt *tokText, k, z int) bool {
	if z == len(tt.runes) || !isHan(tt.runes[z]) || tt.tokStart(z) {
		return true
	}
	t := tt.tokenAt(z - 1)
	return t.start >= k && hasAnyPrefix13(tt.text[tt.off[z]:tt.off[t.end]], landmarkAfter19)
}

// workVerbBefore19 reports a verb of workVerbs19 ending right before rune
// s as a word of its own (启动|文昌阁修缮工程).
func workVerbBefore19(tt *tokText, s int) bool {
	t := tt.tokenBefore(s)
	return s > 0 && t != nil && t.end == s && workVerbs19[t.word]
}

// landmarkStemWord19 reports whether the stem at runes b..e may name a
// landmark: not one word gojieba tags as a verb, an adjective, an adverb,
// a numeral, a pronoun, a time or a function word (纪念|亭, 休息|亭, 第一|楼),
// and not cut out of a word that runs on before its kind.
func landmarkStemWord19(tt *tokText, b, e int) bool {
	t := tt.tokenAt(b)
	if t == nil || t.start != b {
		return false
	}
	if t.end != e {
		return true // one word with its kind (望江楼) or two of one character (揽|月)
	}
	if t.pos == "" {
		return true
	}
	switch t.pos[0] {
	case 'v', 'a', 'd', 'm', 'q', 'r', 'p', 'c', 'u', 't', 'f', 'b':
		return false
	}
	return true
}

// landmarkVerbBefore19 reports a verb of landmarkVerbs19 ending right
// before rune s as a word of its own.
func landmarkVerbBefore19(tt *tokText, s int) bool {
	if s == 0 {
		return false
	}
	t := tt.tokenBefore(s)
	if t == nil || t.end != s {
		return false
	}
	if (t.word == "好" || t.word == "上" || t.word == "到") && t.start > 0 {
		// a verb and its result (保护|好|金鸡石): else a sibling rule reads
		// the result into the landmark (好金鸡石)
		v := tt.tokenBefore(t.start)
		return v != nil && strings.HasPrefix(v.pos, "v")
	}
	return landmarkVerbs19[t.word]
}

// landmarkEdgeBefore19 reports punctuation or a list's 、 right before
// rune s.
func landmarkEdgeBefore19(tt *tokText, s int) bool {
	return s > 0 && strings.ContainsRune("、，。；：“（\n", tt.runes[s-1])
}

// findingEndsAt19 reports a place finding of fs that ends at byte b (绵山|
// 抱腹岩).
func findingEndsAt19(fs []Finding, b int) bool {
	for i := range fs {
		if fs[i].End == b && fs[i].Type == LOCATION {
			return true
		}
	}
	return false
}

// siteSentence19 reports whether the sentence around runes b..z holds a
// cue of siteCues19.
func siteSentence19(tt *tokText, b, z int) bool {
	s, e := b, z
	for s > 0 && !strings.ContainsRune("。！？\n", tt.runes[s-1]) {
		s--
	}
	for e < len(tt.runes) && !strings.ContainsRune("。！？\n", tt.runes[e]) {
		e++
	}
	sent := tt.sub(s, e)
	for _, c := range siteCues19 {
		if strings.Contains(sent, c) {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ trade houses

// tradeWords19 name a historical trade house after its name (周家|盐号).
var tradeWords19 = []string{"盐号", "银号", "票号", "油号", "钱庄", "当铺", "茶号", "布庄", "绸庄", "酱园", "药号", "商号"}

// tradeStemNot19 are generic stems before a trade word (晋商票号, 百年钱庄).
var tradeStemNot19 = wordSet(`晋商 徽商 山西 明清 清代 明代 民国 百年 千年 古老 传统 历史 著名 知名 老字号 一批 多家 各类 旧式 老式 私人 官办 民间 地方 本地 当地 这些 这家 该 其他 早期 最早 近代 古代`)

// tradeHouses19 adds the trade houses of a name of two or three characters
// before a trade word (class 2 of the file's head).
func tradeHouses19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, h := range tradeWordsByLast30.hits(tt, nil) { // (each word's occurrences in the list's order, in one walk: speed30.go)
		{
			w, k := tradeWords19[h.k], int(h.e)
			z := k + runeLen(w)
			b := -1
			for _, l := range []int{3, 2} {
				if s := k - l; s >= 0 && tradeStem19(tt, fs, s, k) {
					b = s
					break
				}
			}
			if b < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, b, z, "trade19"))
		}
	}
	return add19(fs, out)
}

// tradeStopRunes19 stand in no trade house's name (和 does: 同和裕, 协和成).
var tradeStopRunes19 = runeBitsOf("的了是在等、，。；：“”（）《》")

// tradeStem19 reports whether runes s..k may be a trade house's name: Han
// characters, none a mask or a particle, not a generic stem, after the
// text's start, punctuation, a particle, a place the rules found or a verb
// of its own (修缮|周家盐号, 推动|万顺昌钱庄), and, when one word, no verb or
// function word (经营|钱庄).
func tradeStem19(tt *tokText, fs []Finding, s, k int) bool {
	for _, r := range tt.runes[s:k] {
		if !isHan(r) || isMaskRune(r) || tradeStopRunes19.has(r) {
			return false
		}
	}
	stem := tt.sub(s, k)
	if tradeStemNot19[stem] || strings.ContainsAny(stem[len(stem)-3:], "和与及") || hasAnyWord18p(stem, tradeWords19) {
		return false // a list of the trade words (票号、钱庄和|当铺)
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == k && t.pos != "" && strings.ContainsRune("vadmqrpcutf", rune(t.pos[0])) {
		return false
	}
	if s == 0 || !isHan(tt.runes[s-1]) || strings.ContainsRune("的在是与及和", tt.runes[s-1]) || findingEndsAt19(fs, tt.off[s]) {
		return true
	}
	t := tt.tokenBefore(s)
	return t != nil && t.end == s && (strings.HasPrefix(t.pos, "v") || landmarkVerbs19[t.word])
}

// ------------------------------------------------------------ quoted studios

// studioKinds19 end the quoted name of a lodging, a studio or an eatery of
// one character's kind, which lodgingKinds18a (two characters) lacks
// (“石林舍”, “砚田斋”, “半山居”, “阿婆记”).
var studioKinds19 = []string{"别院", "别墅", "舍", "斋", "居", "轩", "庐", "记"}

// studioCues19 make a sentence one about lodgings, studios or eateries.
var studioCues19 = []string{"民宿", "客栈", "农家乐", "名店", "美食", "餐饮", "店主", "老板", "小吃", "茶馆", "工作室", "非遗工坊", "研学", "酒店", "店"}

// quotedStudios19 masks a quoted name of three to eight Han characters
// ending in a kind of studioKinds19 after a stem of two or more that is no
// grade or kind (class: quoted studios), in a sentence about lodgings,
// studios or eateries (长坝镇的“甲乙舍”获评省级甲级民宿).
func quotedStudios19(tt *tokText, fs []Finding) []Finding {
	if !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if n := runeLen(name); n < 3 || n > 8 || !allHan(name) || quoteCovered18a(fs, s, e) {
			continue
		}
		kind := ""
		for _, w := range studioKinds19 {
			if strings.HasSuffix(name, w) {
				kind = w
				break
			}
		}
		stem := strings.TrimSuffix(name, kind)
		if kind == "" || runeLen(stem) < 2 || lodgingGenericStems18a[stem] || facGenericStem16(stem) || kindGradeStems16[stem] {
			continue
		}
		if !hasAnyWord18p(sentenceAt19(text, s, e), studioCues19) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-studio19", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// sentenceAt19 returns the sentence of text around bytes s..e, bounded by
// 。！？ and line ends.
func sentenceAt19(text string, s, e int) string {
	a := strings.LastIndexAny(text[:s], "。！？\n")
	if a < 0 {
		a = 0
	}
	z := strings.IndexAny(text[e:], "。！？\n")
	if z < 0 {
		return text[a:]
	}
	return text[a : e+z]
}
