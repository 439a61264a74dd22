package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep27: the classes behind the ordinary phrases of
// span-train33 (keep-dense reports of the sea, the desert, the steppe and
// crafts) that a recognizer or the span tagger read as names. keep27 runs
// after keep24, keep26 and keep28 (anonymize.go), and inside
// keptByFilters (spantagger.go); its list test also guards the
// enumerations of anonymize.go and its word test the short forms a
// masked place spreads (redaction.go):
//
//   - a reading that lies inside a known ordinary word of a kind (胡杨,
//     花岗岩, 互花米草, 辐射沙洲, 冬不拉, 巴里坤马): produce,
//     breeds, desert and sea plants, stone, landforms, crafts and
//     instruments, national waterworks (kindWord27);
//   - an item of a 、-list whose neighbour item is such a word or a crop
//     (石斑鱼、大黄鱼、鲍鱼、海蛎; 马铃薯、黑加仑、雪菊): a list of kinds, no
//     list of names (kindListItem27);
//   - a kind of building counted (鼓楼236座), a grade before a kind of
//     business (金牌农家乐), an activity or landform before a site kind
//     (海钓基地, 帆船码头, 火山口遗址), two nature characters before a
//     policy noun (陆海接力, 向海经济), a historic region before an honour
//     (齐鲁工匠), the items of a list closed by 等品种 (金凤凰等品种)
//     (countedKind27, gradedBusiness27, siteOfActivity27, naturePolicy27,
//     regionHonour27, varietyList27).
//
// Each class keeps only readings of its own shape: a person with a role
// or title beside it, a place the document names in full, a place kind
// after the word (胡杨林村) are left to the rules that found them.

// kindWords27 are ordinary words of a kind that a surname, a place short
// form or a transliteration rule reads into a name, by class.
var kindWords27 = wordSet(`
	石斑鱼 大黄鱼 小黄鱼 带鱼 鲳鱼 鳗鱼 鲍鱼 九孔鲍 皱纹盘鲍 海参 海胆 海蛎 牡蛎 生蚝 蛏子 花蛤 文蛤 泥螺 沙蚕 贻贝 厚壳贻贝 扇贝 海带 紫菜 条斑紫菜 坛紫菜 裙带菜 龙须菜 江蓠 海瓜子 黄鳍鲷 黑鲷 真鲷 鲈鱼 对虾 南美白对虾 梭子蟹 青蟹 河蟹 青虾 黑鱼 鳜鱼 黄颡鱼 鲟鱼 虹鳟 三文鱼 海蜇 鱿鱼 墨鱼
	筏式养殖 吊养 底播 渔排 网箱 深水网箱 工厂化养殖 池塘养殖 围网养殖 稻渔综合种养
	胡杨 胡杨林 沙枣 柽柳 白刺 骆驼刺 芨芨草 罗布麻 甘草 肉苁蓉 锁阳 黑果枸杞 雪菊 雪莲 互花米草 芦苇 香蒲 樟子松 落叶松 兴安落叶松 长白落叶松 华北落叶松 白桦 红松 云杉 冷杉 侧柏 油松
	黑加仑 凤梨 黄皮 胡椒 高良姜 良姜 番石榴 菠萝蜜 莲雾 杨桃 红毛丹 山竹 香水菠萝 巴厘菠萝
	青石 汉白玉 花岗岩 大理石 玄武岩 石灰岩 砂岩 页岩 鹅卵石 岫玉
	戈壁 雅丹 沙丘 沙漠 沙地 盐碱地 冲积扇 洪积扇 潮间带 滩涂 辐射沙洲 礁盘 礁石 海蚀崖 海蚀洞 海蚀柱 海蚀平台 岬角 海湾 潟湖 泻湖 红树林 火山口 火山锥 熔岩 台地 冻土 永久冻土 冰川 冰碛
	冬不拉 马头琴 呼麦 长调 阿依特斯 芦笙 侗歌 琵琶歌 鱼灯舞 渔民画 桦树皮画 兽皮画 剪纸 面塑 鲁锦 脱胎漆器 软木画 石雕 木雕 竹编
	滩羊 湖羊 小尾寒羊 藏羊 牦牛 犏牛
	大运河 南水北调`)

// placeKinds27 are breeds, stones and crafts named after a place
// (阿勒泰羊, 河曲马, 寿山石雕): a kind where the report is written far from
// that place, the place's own brand where the document names the place
// (欧拉乡 … 欧拉羊), so they are kept only when it does not.
var placeKinds27 = wordSet(`哈萨克羊 巴里坤马 伊犁马 焉耆马 河曲马 蒙古马 乌珠穆沁羊 苏尼特羊 欧拉羊 寿山石 青田石 和田玉 寿山石雕 青田石雕`)

// kindMaxRunes27 is the length in runes of the longest word of
// kindWords27 and placeKinds27: the widest window the kind tests read.
var kindMaxRunes27 = func() int {
	n := 0
	for w := range kindWords27 {
		n = max(n, runeLen(w))
	}
	for w := range placeKinds27 {
		n = max(n, runeLen(w))
	}
	return n
}()

// ordinaryKind27 reports a word of kindWords27 or a crop, fruit or genre
// word the earlier rounds know (cropWord15, genreWords).
func ordinaryKind27(w string) bool {
	if !mayStart(ordinaryKindFirst27(), w) {
		return false // (no word of the six sets begins so: speed18.go)
	}
	return kindWords27[w] || placeKinds27[w] || cropWord15(w) || genreWords[w] && !placeKindAfter27.has(lastRune(w))
}

// placeKindAfter27 are the kinds of place or body that make the word
// before them a name's stem (胡杨林|村, 鲍鱼|场).
var placeKindAfter27 = runeBitsOf("村镇乡县区市旗屯寨组社司厂场园庄店馆院校局所部委会站苑湾港岛城宿乐")

// keep27 drops the findings of fs that are ordinary phrases of one of the
// classes above (the span guard asks keepFinding27 through keptByFilters).
func keep27(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	// a kind word dropped from a list (大黄鱼、鲍鱼) no longer makes its
	// neighbour's list one of persons (鲍鱼、海蛎): a few passes, until
	// nothing more is dropped
	for pass := 0; pass < 4; pass++ {
		kept := make([]Finding, 0, len(fs))
		for _, f := range fs {
			if keepFinding27In(tt, f, fs) {
				continue
			}
			kept = append(kept, f)
		}
		if len(kept) == len(fs) {
			break
		}
		fs = kept
	}
	return fs
}

// keepFinding27 reports whether the finding f is an ordinary phrase of one
// of keep27's classes (keepFinding27In with no other findings known).
func keepFinding27(tt *tokText, f Finding) bool { return keepFinding27In(tt, f, nil) }

// keepFinding27In is keepFinding27 knowing the other findings fs of the
// text: a list item beside a kind word that fs reads as a person (杨梅 of
// 孟春燕、杨梅) is a list of persons.
func keepFinding27In(tt *tokText, f Finding, fs []Finding) bool {
	if f.Score >= 100 { // a policy's deny-list entry always stays
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return false
	}
	if f.Type == PERSON {
		if roleBefore27(tt, s) {
			return false
		}
		if roleAfter27(tt, e) {
			// a historic region before an honour (齐鲁|工匠) reads
			// as a role after a person; nothing else does
			return regionHonour27(tt, f, s, e)
		}
	}
	if f.Type == LOCATION && namedInText27(tt, f) {
		return false // the document names the place in full
	}
	return kindWord27(tt, f, s, e) || kindListItem27(tt, s, e, fs) || partOfCrop27(tt, f, s) ||
		countedKind27(tt, f, s, e) || gradedBusiness27(f) || siteOfActivity27(tt, f, s, e) ||
		naturePolicy27(tt, f, s, e) || regionHonour27(tt, f, s, e) || varietyList27(tt, f, s, e)
}

// namedInText27 reports whether the text names in full the place a
// gazetteer reading of f shortens (枸杞 of 枸杞乡), or f is a gazetteer
// place itself: noNamedPlace21, also for a short form whose evidence does
// not carry the full name (gazetteer-short,coordinated).
func namedInText27(tt *tokText, f Finding) bool {
	if strings.HasPrefix(f.Evidence, "gazetteer-short") && !strings.HasPrefix(f.Evidence, "gazetteer-short:") {
		full := getLexicon().short[f.Text]
		return full != "" && strings.Contains(tt.text, full)
	}
	return !noNamedPlace21(tt, f)
}

// roleBefore27 reports a role or a title right before rune s, spaces
// between (县长|胡杨, 记者 胡杨): a person, whatever word the name spells.
func roleBefore27(tt *tokText, s int) bool {
	b := s
	for b > 0 && (tt.runes[b-1] == ' ' || tt.runes[b-1] == '\u3000') {
		b--
	}
	t := tt.tokenBefore(b)
	return t != nil && isRoleWord(t.word) && roleTag27(t)
}

// roleTag27 reports whether gojieba's tag of t lets it be a role: the
// role words hold verbs and particles that stand before or after a name
// (荣获, 等), which a kind word may stand beside too.
func roleTag27(t *tok) bool {
	return !verbTags[t.pos] && t.pos != "u" && t.pos != "p" && t.pos != "c" && t.pos != "ud" && t.pos != "uj"
}

// roleAfter27 reports a role, a title or a word of speech right after
// rune e (胡杨|同志, 胡杨|表示).
func roleAfter27(tt *tokText, e int) bool {
	t := tt.tokenAt(e)
	return t != nil && t.start == e && (isRoleWord(t.word) && roleTag27(t) || personAfter27[t.word])
}

// personAfter27 follow a person's name and no ordinary word (胡杨|同志说).
var personAfter27 = wordSet(`同志 先生 女士 老师 师傅 大姐 大哥 阿姨 说 表示 介绍 指出 强调 认为 告诉 家 一家 夫妇 等人 等同志`)

// kindWord27 reports a finding that lies inside an occurrence of a word of
// kindWords27 (胡杨 of 胡杨林, 米草 of 互花米草, 沙洲 of 辐射沙洲), not
// followed by a kind of place (胡杨林|村 names a village).
func kindWord27(tt *tokText, f Finding, s, e int) bool {
	n := len(tt.runes)
	if f.Type == LOCATION && kindWords27[f.Text] && !itemEnd27(tt, e) && kindLenAt27(tt, e) == 0 && !siteAt27(tt, e) {
		return false // a landform word opening a sight's name (雅丹|国家地质公园, 火山口|地下森林)
	}
	for a := max(0, e-kindMaxRunes27); a <= s; a++ {
		if !kindFirst27.has(tt.runes[a]) {
			continue // no kind word begins here
		}
		for b := max(e, a+2); b <= min(n, a+kindMaxRunes27); b++ { // two characters or more
			w := tt.sub(a, b)
			if !kindWords27[w] && !(placeKinds27[w] && !declaredPlace27(tt, f)) {
				continue
			}
			if nameKindAt27(tt, b) {
				continue // a name's stem (胡杨林|村, 白桦林|民宿)
			}
			return true
		}
	}
	return false
}

// kindFirst27 holds the first characters of kindWords27 and placeKinds27,
// so kindWord27 tries a window only where one of them can begin.
var kindFirst27 = func() (b runeBits) {
	for w := range kindWords27 {
		r, _ := utf8.DecodeRuneInString(w)
		b.set(r)
	}
	for w := range placeKinds27 {
		r, _ := utf8.DecodeRuneInString(w)
		b.set(r)
	}
	return b
}()

// declaredPlace27 reports a place reading that shortens a place the
// document names: a declared short form, or a stem the text holds other
// than as the head of a place-named breed.
func declaredPlace27(tt *tokText, f Finding) bool {
	if f.Type != LOCATION {
		return false
	}
	if strings.HasPrefix(f.Evidence, "short-form") {
		return true
	}
	// the place's name stands elsewhere in the text, not as a breed's
	// head (巴里坤哈萨克自治县 … 巴里坤马)
	for b := 0; ; {
		k := strings.Index(tt.text[b:], f.Text)
		if k < 0 {
			return false
		}
		p := b + k
		head := false
		for _, w := range kindPrefixes27[f.Text] {
			if placeKinds27[w] && strings.HasPrefix(tt.text[p:], w) {
				head = true
				break
			}
		}
		if !head {
			return true
		}
		b = p + len(f.Text)
	}
}

// nameKindAt27 reports whether a kind of place, body, inn or shop begins
// at rune c, which makes the word before it a name's stem (胡杨林|村,
// 白桦林|民宿).
func nameKindAt27(tt *tokText, c int) bool {
	if c >= len(tt.runes) {
		return false
	}
	rest := tt.text[tt.off[c]:]
	return placeKindAfter27.has(tt.runes[c]) || hasAnyPrefix13(rest, lodgingKinds24) || hasAnyPrefix13(rest, innKinds27) || hasAnyPrefix13(rest, familyKinds19)
}

// kindBefore27 returns the length of an ordinary kind word that ends at
// rune p and is a whole list item, or 0 (石斑鱼|、, 补植|胡杨|、; not
// 九仙山|景区|、, a kind after a name).
func kindBefore27(tt *tokText, p int) int {
	for k := 2; k <= kindMaxRunes27 && k <= p; k++ {
		if ordinaryKind27(tt.sub(p-k, p)) && itemStart27(tt, p-k) {
			return k
		}
	}
	return 0
}

// kindAfter27 returns the length of an ordinary kind word that begins at
// rune p and ends its list item, or 0 (、|海蛎、, 、|雪菊|种植, 、|紫菜|五大;
// not 、|梨树|村, 、|苗绣|代表性传承人).
func kindAfter27(tt *tokText, p int) int {
	n := len(tt.runes)
	for k := 2; k <= kindMaxRunes27 && p+k <= n; k++ {
		if ordinaryKind27(tt.sub(p, p+k)) && itemEnd27(tt, p+k) {
			return k
		}
	}
	return 0
}

// itemStart27 reports whether a list item may begin at rune a: the text's
// start, punctuation or a list comma before it, or a verb, preposition or
// adverb gojieba ends right there (补植|胡杨, 主养|大黄鱼; not 2号|冷库).
func itemStart27(tt *tokText, a int) bool {
	if a == 0 || !isHan(tt.runes[a-1]) || tt.runes[a-1] == '、' {
		return true
	}
	t := tt.tokenBefore(a)
	return t != nil && t.end == a && tt.tokStart(a) && (verbTags[t.pos] || t.pos == "p" || t.pos == "c" || t.pos == "d")
}

// itemEnd27 reports whether a list item may end before rune b: the text's
// end, punctuation, a list comma, 等 or a digit after it, or a verb or
// number gojieba begins right there (雪菊|种植, 紫菜|五大).
func itemEnd27(tt *tokText, b int) bool {
	if b >= len(tt.runes) || !isHan(tt.runes[b]) || strings.ContainsRune("、等和及与", tt.runes[b]) {
		return true
	}
	if !tt.tokStart(b) {
		return false
	}
	t := tt.tokenAt(b)
	return t != nil && (verbTags[t.pos] || t.pos == "m" || t.pos == "d" || t.pos == "p")
}

// kindLenAt27 returns the length in runes of the longest ordinary kind
// word that begins at rune p, or 0.
func kindLenAt27(tt *tokText, p int) int {
	for k := min(kindMaxRunes27, len(tt.runes)-p); k >= 2; k-- {
		if ordinaryKind27(tt.sub(p, p+k)) {
			return k
		}
	}
	return 0
}

// kindListItem27 reports whether runes [s, e) are an item of a 、-list
// whose item before or after is an ordinary kind word: the list names
// kinds of produce, plants or crafts, no persons or places. The finding
// is the whole item on its list-comma side (、鲍鱼、), ends in no kind of
// place and is no quoted name (“东山鲍”、 never reaches here: the quote
// stands between).
func kindListItem27(tt *tokText, s, e int, fs []Finding) bool {
	n := len(tt.runes)
	// every reading below needs a list comma right before or right after
	// the item: without one nothing can fire, and the costlier tests
	// (personList27's walk back, the kind windows) are not asked (speed17a)
	if (s == 0 || tt.runes[s-1] != '、') && (e >= n || tt.runes[e] != '、') {
		return false
	}
	if e-s > 6 || placeKindAfter27.has(tt.runes[e-1]) {
		return false
	}
	for i := s; i < e; i++ {
		if r := tt.runes[i]; r >= '0' && r <= '9' || placeLevelEnds21.has(r) {
			return false // a numbered facility or a place inside (…镇3号)
		}
	}
	if personList27(tt, s) {
		return false
	}
	if s > 0 && tt.runes[s-1] == '、' {
		if k := kindBefore27(tt, s-1); k > 0 && !personAt27(tt, fs, s-1-k, s-1) {
			return true
		}
	}
	if e < n && tt.runes[e] == '、' {
		if k := kindAfter27(tt, e+1); k > 0 && !personAt27(tt, fs, e+1, e+1+k) {
			return true
		}
	}
	// a variety named by a word and its crop (金钻|凤梨、香水菠萝): the
	// reading and the crop after it are the item
	if k := kindLenAt27(tt, e); k > 0 && e+k < n && tt.runes[e+k] == '、' && s > 0 && tt.runes[s-1] == '、' {
		if k2 := kindAfter27(tt, e+k+1); k2 > 0 && !personAt27(tt, fs, e+k+1, e+k+1+k2) {
			return true
		}
	}
	return false
}

// personAt27 reports whether the kind word of runes [a, b) is no proof
// of a list of kinds: a finding of fs overlaps it (孟春燕、杨梅、钱国庆:
// 杨梅 read as a person), or it is a gazetteer place too (昆明、普洱和广东).
func personAt27(tt *tokText, fs []Finding, a, b int) bool {
	l := getLexicon()
	if w := tt.sub(a, b); l.places[w] > 0 || l.short[w] != "" {
		return true
	}
	lo, hi := tt.off[a], tt.off[b]
	for _, g := range fs {
		if g.Start < hi && g.End > lo {
			return true
		}
	}
	return false
}

// personList27 reports whether the list that rune s stands in follows a
// role or holds one (获奖教师：孟春燕、杨梅; 传承人杨光荣、苗绣…): a list
// of persons, whatever words their names spell. The list runs back over
// Han characters and list commas to a stop, and one stop more.
func personList27(tt *tokText, s int) bool {
	a := s
	for a > 0 && s-a < 40 && (isHan(tt.runes[a-1]) || tt.runes[a-1] == '、') {
		a--
	}
	from := a
	if a > 0 && strings.ContainsRune("：:，", tt.runes[a-1]) {
		from = a - 1
		for from > 0 && a-from < 8 && isHan(tt.runes[from-1]) {
			from--
		}
	}
	for i := from; i < s; {
		t := &tt.toks[tt.tokOf[i]]
		if isRoleWord(t.word) && roleTag27(t) || personNouns27[t.word] {
			return true
		}
		i = max(t.end, i+1)
	}
	return false
}

// personNouns27 name persons in a list's lead (获奖教师, 代表性传承人).
var personNouns27 = wordSet(`教师 老师 传承人 代表 党员 干部 职工 学生 农户 村民 群众 获奖者 人员 专家 工匠 艺人 模范 先进个人 同志`)

// kindListAt27 is kindListItem27 for a finding: anonymize.go asks it of
// the items its enumerations add (吊养、渔排 after a kind word), and
// leaves a policy's deny-list entry alone.
func kindListAt27(tt *tokText, f Finding, fs []Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) || f.Score >= 100 {
		return false
	}
	return kindListItem27(tt, s, e, fs)
}

// countedKinds27 are kinds of building a county counts (鼓楼236座) that
// are also the short forms of districts (鼓楼区).
var countedKinds27 = wordSet(`鼓楼 钟楼 风雨桥 戏台 祠堂 牌坊 凉亭 古井 寨门 城楼 碉楼 土楼 围屋 吊脚楼`)

// countMeasures27 count buildings, animals and fields after a number.
var countMeasures27 = runeBitsOf("座个处栋家头只峰匹株亩棵口间")

// countedKind27 reports a kind word of countedKinds27 or kindWords27 right
// before a count (鼓楼236座, 牦牛2.3万头): so many of a kind, no name.
func countedKind27(tt *tokText, f Finding, s, e int) bool {
	// (the count after the finding first, the two lookups only before
	// one: most findings are followed by none; speed18)
	i := e
	for i < len(tt.runes) && (tt.runes[i] >= '0' && tt.runes[i] <= '9' || tt.runes[i] == '.' || tt.runes[i] == '万' || tt.runes[i] == '余' || tt.runes[i] == '多') {
		i++
	}
	if !(i > e && i < len(tt.runes) && countMeasures27.has(tt.runes[i])) {
		return false
	}
	return countedKinds27[f.Text] || kindWords27[f.Text]
}

// gradeWords27 are grades and honours a kind of business is awarded
// (金牌农家乐, 星级民宿): the award, no business's name.
var gradeWords27 = wordSet(`金牌 银牌 铜牌 星级 五星 四星 三星 五星级 四星级 三星级 精品 示范 标杆 优秀 十佳 百佳 甲级 乙级 丙级 白金 金宿 银宿 省级 市级 县级 州级 国家级 全国 全省 全市 全县 特色 品牌`)

// gradedBusiness27 reports a body read from its suffix whose name part is
// only a grade (金牌|农家乐).
func gradedBusiness27(f Finding) bool {
	kind, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || f.Type != ORG {
		return false
	}
	if i := strings.IndexByte(kind, ','); i >= 0 {
		kind = kind[:i]
	}
	stem, ok := strings.CutSuffix(f.Text, kind)
	return ok && gradeWords27[stem]
}

// activityWords27 are activities and landforms a site is built for or
// at (海钓|基地, 帆船|码头, 火山口|遗址).
var activityWords27 = wordSet(`海钓 垂钓 帆船 游艇 冲浪 潜水 赶海 露营 滑雪 滑冰 攀岩 漂流 观鸟 观星 研学 骑行 徒步 火山口 海蚀崖 海蚀洞 红树林 潮间带`)

// siteAt27 reports whether a kind of site of siteKinds27 (all of two
// characters) begins at rune p (火山口|遗址).
func siteAt27(tt *tokText, p int) bool {
	return p+2 <= len(tt.runes) && siteKinds27[tt.sub(p, p+2)]
}

// siteKinds27 are the sites an activity names (海钓|基地).
var siteKinds27 = wordSet(`基地 码头 营地 遗址 公园 步道 中心 驿站 栈道 平台 场地 线路`)

// siteOfActivity27 reports a place or body that is only an activity or a
// landform and a kind of site (建成海钓基地、帆船码头), standing after a
// list comma, a verb or punctuation: no name is before the activity.
func siteOfActivity27(tt *tokText, f Finding, s, e int) bool {
	if f.Type != LOCATION && f.Type != ORG {
		return false
	}
	ok := false
	for k := 2; k <= 3 && s+k < e; k++ {
		if activityWords27[tt.sub(s, s+k)] && siteKinds27[tt.sub(s+k, e)] {
			ok = true
		}
	}
	if !ok {
		return false
	}
	if s == 0 || !isHan(tt.runes[s-1]) {
		return true
	}
	b := tt.tokenBefore(s)
	return b != nil && b.end == s && (verbTags[b.pos] || b.pos == "p")
}

// natureFirst27 and natureSecond27 spell a two-character reading of land
// and sea (陆海, 江海, 向海) that opens a policy phrase.
var natureFirst27, natureSecond27 = runeBitsOf("陆海江河湖山向临靠依面"), runeBitsOf("海江河湖山陆")

// policyNouns27 follow such a pair in the policy phrases (陆海|接力,
// 向海|经济, 江海|联运).
var policyNouns27 = []string{"经济", "接力", "统筹", "联运", "联动", "协作", "协同", "图强", "产业", "合作", "通道", "互动", "一体"}

// naturePolicy27 reports a two-character place reading of nature
// characters right before a policy noun (陆海接力养殖, 向海经济): the
// phrase, no place; a gazetteer place (江海区) is left alone.
func naturePolicy27(tt *tokText, f Finding, s, e int) bool {
	if f.Type != LOCATION || e-s != 2 || !natureFirst27.has(tt.runes[s]) || !natureSecond27.has(tt.runes[s+1]) {
		return false
	}
	if getLexicon().places[f.Text] > 0 {
		return false
	}
	return hasAnyPrefix13(tt.text[f.End:], policyNouns27)
}

// historicRegions27 are the country's historic regions, named in honours
// and brands (齐鲁工匠, 巴蜀文化): no place a report could identify.
var historicRegions27 = wordSet(`齐鲁 巴蜀 荆楚 燕赵 三秦 八闽 吴越 岭南 关东 陇原 三晋 湖湘 八桂 江淮 中原 关中 河西 塞上 江南 黔中 滇南 华夏`)

// regionHonour27 reports a person reading that is a historic region glued
// to the word after it (齐鲁|工匠): the honour's region, no person (a role
// beside it was asked before).
func regionHonour27(tt *tokText, f Finding, s, e int) bool {
	return f.Type == PERSON && historicRegions27[f.Text] && e < len(tt.runes) && isHan(tt.runes[e])
}

// varietyNouns27 close a list of varieties or kinds (…、金凤凰等品种).
var varietyNouns27 = []string{"品种", "新品种", "良种", "树种", "畜种", "作物", "果品", "品系", "草种"}

// varietyPeople27 end a noun of persons after such a noun (…等品种选育人,
// 等作物种植户): the items may be persons.
var varietyPeople27 = runeBitsOf("人户员家师者商")

// peopleNext27 reports whether one of varietyPeople27 stands among the
// first four characters of after, before any punctuation.
func peopleNext27(after string) bool {
	n := 0
	for _, r := range after {
		if !isHan(r) || n >= 4 {
			return false
		}
		if varietyPeople27.has(r) {
			return true
		}
		n++
	}
	return false
}

// varietyList27 reports a person whose given name is a word, or a place
// that gojieba tagged a place (jieba:ns) or a kind rule read (pattern:),
// standing in a list closed by 等 and a noun of varieties or
// kinds (西州密25号、金凤凰等品种): the list names varieties. Each item
// runs from the reading to a list comma or to 等 through Han characters
// and digits (西州|密25号).
func varietyList27(tt *tokText, f Finding, s, e int) bool {
	switch f.Type {
	case PERSON:
		// a person reading whose given name is a word (金|凤凰): a
		// variety's name; a list of given names (王建华、李秀英等品种
		// 选育人) is a list of persons
		if !strings.Contains(f.Evidence, "given-is-word") {
			return false
		}
	case LOCATION:
		if !strings.HasPrefix(f.Evidence, "jieba:ns") && !strings.HasPrefix(f.Evidence, "pattern:") {
			return false
		}
	default:
		return false
	}
	i, items := e, 0
	for i < len(tt.runes) && items < 8 {
		r := tt.runes[i]
		switch {
		case r == '等':
			rest := tt.text[tt.off[i+1]:]
			for _, w := range varietyNouns27 {
				if after, ok := strings.CutPrefix(rest, w); ok {
					return !peopleNext27(after)
				}
			}
			return false
		case r == '、':
			items++
		case isHan(r) || r >= '0' && r <= '9' || r == '号':
		default:
			return false
		}
		i++
		if i-e > 40 {
			return false
		}
	}
	return false
}

// kindPrefixes27 maps each proper prefix of two or more characters of a
// kind word (kindWords27, placeKinds27, cropWords15) to the words it begins (哈密 →
// 哈密瓜, 兴安 → 兴安落叶松).
var kindPrefixes27 = func() map[string][]string {
	m := map[string][]string{}
	add := func(w string) {
		rs := []rune(w)
		for k := 2; k < len(rs); k++ {
			m[string(rs[:k])] = append(m[string(rs[:k])], w)
		}
	}
	for w := range kindWords27 {
		add(w)
	}
	for w := range placeKinds27 {
		add(w)
	}
	for w := range cropWords15 {
		add(w)
	}
	return m
}()

// kindWordHalf27 reports whether the occurrence at byte i of s of the
// masked place e (of the redaction r) is part of an ordinary word of a
// kind, not the place: it begins a kind word (哈密|瓜 where 哈密 is masked,
// 兴安|落叶松; a place-named breed only where the document does not name
// the place: 巴里坤|马), or, being a crop or kind word itself (枸杞 of
// 枸杞乡), it is an item of a 、-list beside another kind word (枸杞、厚壳贻贝).
func kindWordHalf27(r *Redaction, e *entity, s string, i int) bool {
	if e.typ != LOCATION {
		return false
	}
	for _, w := range kindPrefixes27[e.text] {
		if strings.HasPrefix(s[i:], w) && (!placeKinds27[w] || !namedWhole27(r, e)) {
			return true // (欧拉|羊 where the text names 欧拉乡 is the place's brand)
		}
	}
	if !ordinaryKind27(e.text) {
		return false
	}
	if after, ok := strings.CutPrefix(s[i+len(e.text):], "、"); ok && kindWordAt27(after, false) {
		return true
	}
	if before, ok := strings.CutSuffix(s[:i], "、"); ok && kindWordAt27(before, true) {
		return true
	}
	return false
}

// namedWhole27 reports whether the document names the place e shortens:
// e is a declared short form, or another place entity begins with it
// (巴里坤 beside 巴里坤哈萨克自治县).
func namedWhole27(r *Redaction, e *entity) bool {
	if strings.HasPrefix(e.evidence, "short-form") {
		return true
	}
	for _, o := range r.order {
		if o != e && o.typ == LOCATION && len(o.text) > len(e.text) && strings.HasPrefix(o.text, e.text) {
			return true
		}
	}
	return false
}

// kindWordAt27 reports whether the string t begins (or, with atEnd,
// ends) with an ordinary kind word of two or more characters. t is the
// rest of the text on one side of a masked place, so only its
// kindMaxRunes27 characters next to the place are read (no copy of it).
func kindWordAt27(t string, atEnd bool) bool {
	if atEnd {
		i := len(t)
		for k := 1; k <= kindMaxRunes27 && i > 0; k++ {
			_, n := utf8.DecodeLastRuneInString(t[:i])
			i -= n
			if k >= 2 && ordinaryKind27(t[i:]) {
				return true
			}
		}
		return false
	}
	i := 0
	for k := 1; k <= kindMaxRunes27 && i < len(t); k++ {
		_, n := utf8.DecodeRuneInString(t[i:])
		i += n
		if k >= 2 && ordinaryKind27(t[:i]) {
			return true
		}
	}
	return false
}

// partOfCrop27 reports a person reading whose given name is an ordinary
// word glued right after a crop or kind word (菠萝|叶纤维): the part of the
// crop, no person.
func partOfCrop27(tt *tokText, f Finding, s int) bool {
	return f.Type == PERSON && strings.Contains(f.Evidence, "given-is-word") && kindBefore27(tt, s) > 0
}
