package anonymize

import "strings"

// This file holds round leaks30: classes behind the leaks of deid-own55 …
// 60, each recognised by the words around the name rather than by the
// name. leaks30 runs right after leaks28, after every keep filter but
// keep31 (and the policy filters and keep21 at the end), so that no filter
// that keeps the ordinary word again undoes it (anonymize.go):
//
//   - a person right after an occupation or role word whose given name is
//     an ordinary word (网格员甲春桃, 经营户甲国庆, 驻村干部杨梅带领…): the role
//     says a person follows, the scorer reads the word (rolePersons30);
//   - a landmark named by its own stem and a kind the place rules do not
//     know (X塔, X楼, X堂, X亭, X井, X庙, X泡 for a lake of the north-east,
//     X滩, X土楼群, X水库, a river's X三峡) at a stop, after a place or
//     after 的 (landmarks30);
//   - a landform character left between a place the rules found and a
//     port's kind (红山|嘴|口岸: the place is 红山嘴) (portLandforms30);
//   - a company's short form declared in its bracket before other matter
//     (…有限公司（以下简称“X”，统一社会信用代码…）) (declaredFirst30);
//   - a party's name between a word for him and the bracket of his ID
//     number where gojieba glued the word to the name (驾驶人|拉…（身份证号）)
//     (holderBeforeID30);
//   - an online shop of a brand and a trade (X床品旗舰店) (flagshipShops30);
//   - a business district named by its road (X路商圈) and a seed or farming
//     park without 园区 (X现代种业园) (districtsAndParks30).
//
// A name found so is masked wherever it stands in the text.

// leaks30 runs the rules of this round, each but the first two only when
// the text may hold its kind words (mayContain), and adds what they find
// to fs, every occurrence of each name in the text (everywhere28).
func leaks30(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	out = append(out, rolePersons30(tt, fs)...)
	out = append(out, landmarks30(tt, fs)...)
	if tt.mayHold2('口', '岸') || tt.mayHold('港') || tt.mayHold2('码', '头') {
		out = append(out, portLandforms30(tt, fs)...)
	}
	if tt.mayHold2('简', '称') || tt.mayHold2('下', '称') {
		out = append(out, declaredFirst30(tt, fs)...)
	}
	if tt.mayHold3('身', '份', '证') {
		out = append(out, holderBeforeID30(tt, fs)...)
	}
	if tt.mayHold3('旗', '舰', '店') || tt.mayHold3('专', '卖', '店') || tt.mayHold3('专', '营', '店') {
		out = append(out, flagshipShops30(tt, fs)...)
	}
	if tt.mayHold2('商', '圈') || tt.mayHold2('业', '园') {
		out = append(out, districtsAndParks30(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// roles30 are occupation and role words a person's name follows right
// away in a report's story (经营户甲乙丙一边…, 红军后代甲乙丙把…), besides any
// word of two to four characters that ends in 员 (网格员, 养护员, 讲解员).
var roles30 = wordSet(`网格员 养护员 护林员 保洁员 讲解员 信息员 调解员 监督员 协管员 管护员 巡河员 护路员 护河员 联络员 技术员 驾驶员 快递员 营业员 服务员 安全员 宣传员 农技员 防疫员 巡查员 巡护员 管理员 护理员 经营户 个体户 商户 店主 摊主 老板 老板娘 干部 驻村干部 村干部 包村干部 后代 后人 老兵 老党员 党员 驾驶人 当事人 负责人 传承人 带头人 致富带头人 能手 村医 乡村医生 医生 教师 乡村教师 老师 返乡青年 大学生 第一书记`)

// notRoles30 end in 员 but name no person before a name (动员群众, 全员参与).
var notRoles30 = wordSet(`动员 全员 满员 减员 裁员 增员 扩员 人员 成员`)

// surnameNot30 are surname characters that are first of all prepositions,
// adverbs or verbs right after a role (网格员向群众…, 网格员全面…): no surname
// there.
var surnameNot30 = runeBitsOf("带领向从对把被将和与同跟给为以于在由让叫使经按据及并还也都只才就又再更最很多少全各每共均已曾正要会能可应该必需须请当上下入出到来去进回起开关通连")

// roleLast30 are the last characters of the role words of roles30 and 员,
// so that roleEnd30 needs no map lookup where no role can end.
var roleLast30 = func() runeBits {
	b := lastRuneBits(roles30)
	b.set('员')
	return b
}()

// followers30 may follow a name in a story besides a verb, adverb,
// preposition or conjunction (一边打包, 挨家挨户).
var followers30 = wordSet(`一边 一面 挨家挨户 每天 每年 今年 去年 同志 师傅 老人 家 的`)

// roleEnd30 reports the length of a role word that ends right before
// rune i, 0 if none, and whether it is no household: a word of roles30 by
// its characters (gojieba may glue its end to the name: 网格|员查|国庆), or
// a token of two to four characters in 员.
func roleEnd30(tt *tokText, i int) (int, bool) {
	if i < 1 || !roleLast30.has(tt.runes[i-1]) {
		return 0, false // no role ends here: one bit test for most characters
	}
	for ln := 4; ln >= 2; ln-- {
		if i-ln >= 0 && roles30[tt.sub(i-ln, i)] {
			return ln, !strings.HasSuffix(tt.sub(i-ln, i), "户")
		}
	}
	if i >= 2 && tt.runes[i-1] == '员' && tt.tokStart(i) {
		if t := tt.tokenBefore(i); t != nil && t.n() >= 2 && t.n() <= 4 && t.end == i && !notRoles30[t.word] {
			return t.n(), true
		}
	}
	return 0, false
}

// rolePersons30 finds a surname and a given name of one or two characters
// right after a role word (roleEnd30) and before a stop, a verb, an adverb
// or a word of followers30, where the scorer took the given name for the
// ordinary word it also is (春桃, 国庆, 水生). The surname must stand as a
// token of its own, or the whole name be one token gojieba tags as a name;
// a name that is as a whole an ordinary word (杨梅) is taken only after a
// role that is no household (驻村干部杨梅带领…, not 农户杨梅…) and when it is a
// crop or produce word, the kind the scorer lets go.
func rolePersons30(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+2 <= n; s++ {
		// no role word ends before s (roleEnd30's own first test): one
		// bit test skips most characters before the surname lookups
		// (speed18: 2.4 M per reports-dev pass with the surname first)
		r := tt.runes[s]
		if !roleLast30.has(tt.runes[s-1]) || !isHan(r) || surnameNot30.has(r) {
			continue
		}
		// the surname next, the role word only where a surname stands
		sl := 0
		if s+3 <= n && l.isCompound(tt.sub(s, s+2)) {
			sl = 2
		} else if l.isSurname(r) {
			sl = 1
		}
		if sl == 0 {
			continue
		}
		rl, strong := roleEnd30(tt, s)
		if rl == 0 || (!tt.tokStart(s-rl) || !tt.tokStart(s)) && tt.runes[s-1] != '员' {
			continue // the role's characters begin or end inside a word (泽城|村民|宿…, 老师|傅)
		}
		for gl := 2; gl >= 1; gl-- {
			e := s + sl + gl
			if e >= n {
				continue
			}
			if f, ok := rolePerson30(tt, fs, s, sl, e, strong); ok {
				f.Evidence += ",after:" + tt.sub(s-rl, s)
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// rolePerson30 tests the name of runes s..e with a surname of sl
// characters for rolePersons30.
func rolePerson30(tt *tokText, fs []Finding, s, sl, e int, strong bool) (Finding, bool) {
	l := getLexicon()
	for _, r := range tt.runes[s+sl : e] {
		if !isHan(r) || isMaskRune(r) || r == '某' || functionRunes[r] || givenStop[r] || hardStop[r] {
			return Finding{}, false
		}
	}
	if !tt.tokStart(e) || !follows30(tt, e) {
		return Finding{}, false
	}
	w := tt.sub(s, e)
	whole := tt.tokenAt(s)
	nameTok := whole != nil && whole.start == s && whole.end == e && strings.HasPrefix(whole.pos, "nr")
	if !tt.tokStart(s+sl) && !nameTok {
		if !(strong && whole != nil && whole.start == s && whole.end == e && e-s == 2 && cropWord15(w)) && !nameTokAndGiven17(tt, whole, s, sl, e) {
			return Finding{}, false
		}
	} else if l.common[w] {
		return Finding{}, false
	}
	g := tt.sub(s+sl, e)
	if personNouns[g] || kindsOfPerson[g] || isRoleWord(g) || isRoleWord(w) || l.places[w] > 0 || personNouns[w] {
		return Finding{}, false
	}
	for k := s + sl; k < e; {
		t := tt.tokenAt(k)
		if t == nil {
			break
		}
		if t.n() >= 2 && (strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "d") || t.pos == "p" || t.pos == "c" || t.pos == "r" || t.pos == "m" || t.pos == "q" || t.pos == "u") {
			return Finding{}, false // a verb or an adverb, no given name (网格员王|巡查)
		}
		k = t.end
	}
	if overlapsEdge18(fs, tt.off[s], tt.off[e]) {
		return Finding{}, false
	}
	return Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "role-ordinary-given,leaks30", Score: contextScore + 1}, true
}

// follows30 reports whether what starts at rune e may follow a name: a
// stop, or a token that is a verb, an adverb, a preposition, a
// conjunction or a word of followers30.
func follows30(tt *tokText, e int) bool {
	if e >= len(tt.runes) || stop19.has(tt.runes[e]) {
		return true
	}
	t := tt.tokenAt(e)
	if t == nil || t.start != e {
		return false
	}
	return followers30[t.word] || strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "d") || t.pos == "p" || t.pos == "c"
}

// landmarkKinds30 are kinds of landmark the place rules do not know,
// longest first: a county's earthen-building cluster, a reservoir, a
// river's gorges, and buildings and waters of one character (塔, 楼, 堂,
// 亭, 井, 庙; 泡, a lake of the north-east; 滩, a flat).
var landmarkKinds30 = []string{"土楼群", "土楼", "水库", "三峡", "塔", "楼", "堂", "亭", "井", "庙", "泡", "滩"}

// landmarkStemNot30 are stems of two characters before such a kind, or
// the end of a longer stem, that name a kind of building or water, not
// one: a building by its function (村部办公|楼, 新建住宅|楼, 口岸联检|楼) or by
// its construction (修缮吊脚|楼).
var landmarkStemNot30 = wordSet(`联检 查验 候车 候船 候机 配电 变电 锅炉 值班 调度 监控 化验 冷藏 办公 教学 综合 住宅 写字 宿舍 商住 门诊 住院 医技 实验 图书 行政 科技 服务 指挥 展示 安置 老旧 危旧 居民 商业 临街 电梯 钟鼓 大型 中型 小型 病险 骨干 山塘 土地 龙王 观景 休闲 景观 信号 通信 电视 自来 饮水 灌溉 抗旱 农用 机电 深水 浅水 河道 河心 沙洲 长江 吊脚 砖木 土木 木质 石砌 青砖`)

// landmarks30 finds a landmark of a stem of two to four characters and a
// kind of landmarkKinds30: the stem begins at a stop, after 的, a verb, a
// town's centre or a place or body the rules found, and is no
// ordinary word (a gazetteer place or the short form of one may stand before
// 水库: 大同水库, a city's name for a county's reservoir); the
// kind starts a word of its own or ends the one word of the whole name,
// and what follows starts a word. A river's gorges need a stem in 河, 江,
// 溪 or 川 (黄河三峡 as a county's sight; 长江三峡 stays).
func landmarks30(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i, kind := range landmarkKinds30 {
		kl := runeLen(kind)
		for _, k := range occurrencesSig18(tt, landmarkKindsSig30, landmarkKinds30, i) { // (occurrences19 by the list's bits: speed18.go)
			z := k + kl
			if k < 2 || z < n && !tt.tokStart(z) || kind == "土楼" && z < n && tt.runes[z] == '群' {
				continue
			}
			for ln := 2; ln <= 4 && k-ln >= 0; ln++ {
				b := k - ln
				if !(b == 0 || stop19.has(tt.runes[b-1]) || tt.runes[b-1] == '的' || placeEnds19(tt, fs, b) || verbBefore19(tt, b) || townBefore19(tt, b) || verbTokBefore30(tt, b)) {
					continue
				}
				if landmark30(tt, fs, l, kind, b, k, z) {
					out = append(out, found19(tt, LOCATION, b, z, "landmark-kind30:"+kind))
				}
				break
			}
		}
	}
	return out
}

// landmark30 tests the stem of runes b..k before the kind of runes k..z
// for landmarks30.
func landmark30(tt *tokText, fs []Finding, l *lexicon, kind string, b, k, z int) bool {
	stem := tt.sub(b, k)
	plain := plainStem19(tt, b, k)
	if !plain && functionRunes[tt.runes[b]] && b > 0 && tt.runes[b-1] == '、' {
		// a list item's name that opens with a function character
		// (…、和贵楼): after a list comma it is no conjunction
		plain = plainStem19(tt, b+1, k) && !hardStop[tt.runes[b]]
	}
	placeStem := l.places[stem] > 0 || l.short[stem] != ""
	// (a place's name as the stem may be tagged an adverb: 大同/d); the
	// stem is no kind word and ends in none (口岸|联检|楼, 车站|候车|楼)
	if !plain || !placeStem && !landmarkStem24(tt, b, k) || endsIn19(tt, landmarkStemNot30, b, k) || stemNot20[stem] || genericPlaceStems[stem] {
		return false
	}
	for _, r := range tt.runes[b:k] {
		if strings.ContainsRune("号栋幢层第", r) {
			return false
		}
	}
	// a slogan of verbs (“保|交|楼”) is no name; right after a place
	// (…村|望|兄|亭) a verb's character is the stem's
	afterPlace := placeEnds19(tt, fs, b)
	for i := b; i < k && !afterPlace; {
		t := tt.tokenAt(i)
		if t == nil {
			break // no token here (never inside a text gojieba tagged whole)
		}
		if t.n() == 1 && t.pos == "v" && !placeStem {
			return false
		}
		i = t.end
	}
	for p := b + 1; p+2 <= k; p++ {
		if w := tt.sub(p, k); (l.places[w] > 0 || l.short[w] != "") && l.common[tt.sub(b, p)] {
			return false // an ordinary word before a place's name (调度|长治水库)
		}
	}
	if strings.ContainsRune("保稳促防控拆改", tt.runes[b]) && !placeStem {
		return false // a slogan of a verb and its object (保交楼)
	}
	if kind == "滩" && strings.ContainsRune("土沙砂石泥草荒", tt.runes[k-1]) {
		return false // a kind of flat by its ground (黑土滩, 砂石滩)
	}
	if l.common[stem] && !(kind == "水库" && (l.places[stem] > 0 || l.short[stem] != "" || l.shortAll[stem])) && kind != "三峡" {
		return false
	}
	if kind == "三峡" && (k-b != 2 || !strings.ContainsRune("河江溪川", tt.runes[k-1])) {
		return false
	}
	if runeLen(kind) == 1 && !tt.tokStart(k) {
		t := tt.tokenAt(k)
		if t == nil || t.start < b || t.end != z {
			return false // the kind ends a word begun before the stem
		}
		if t.start > b && !(afterPlace && strings.Contains("庙塔亭", kind) && tt.tokenAt(b).start < b) {
			// the kind ends a word begun inside the stem (幸福|食堂,
			// 道德|讲堂, 配建|凉亭); only a temple, tower or pavilion
			// whose stem gojieba glued to the town before may so
			// (…亭|镇江|神庙: the town's last character read into 镇江)
			return false
		}
	}
	if t := tt.tokenAt(b); t != nil && t.start < b && !afterPlace {
		return false // the stem begins inside a word
	}
	if last := tt.tokenBefore(k); last != nil && last.end == k && last.start > b && last.n() >= 2 && l.common[last.word] && !strings.HasPrefix(last.pos, "nr") && !strings.HasPrefix(last.pos, "ns") && l.places[stem] == 0 {
		return false // a kind of building (红色|教育|楼)
	}
	return !overlapsEdge18(fs, tt.off[b], tt.off[z])
}

// portKinds30 follow the landform character a port's place ends in.
var portKinds30 = []string{"口岸", "渔港", "港口", "码头"}

// landformRunes30 end a place's name as a landform (红山嘴, 沙河口, 青石湾).
var landformRunes30 = runeBitsOf("嘴咀口湾沟坪坝岗梁岭峪滩洲头")

// portLandforms30 finds a place or body of fs followed by one landform
// character and a port's kind (红山|嘴|口岸): the place is the stem and the
// landform character both, and the character must not stay readable.
func portLandforms30(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION && f.Type != ORG {
			continue
		}
		e := tt.runeAt(f.End)
		if e < 0 || e+3 > n || !landformRunes30.has(tt.runes[e]) || firstPrefix(tt.text[tt.off[e+1]:], portKinds30) == "" {
			continue
		}
		s := tt.runeAt(f.Start)
		if s < 0 {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, e+1, "port-landform30"))
	}
	return out
}

// declaredFirst30 finds the short form an organisation declares first in
// a bracket that goes on with other matter (…有限公司（以下简称“X”，统一社会
// 信用代码…）), which bracketedShortForm (the whole bracket one short form)
// and declaredShortForm (other matter first) miss: two to six Han
// characters in quotes right after 以下简称, 下称 or 简称.
func declaredFirst30(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || f.End >= len(t) {
			continue
		}
		rest := t[f.End:]
		if !strings.HasPrefix(rest, "（") && !strings.HasPrefix(rest, "(") {
			continue
		}
		_, size := firstRune(rest)
		in := rest[size:]
		in = in[len(firstPrefix(in, shortFormWords30)):]
		if !strings.HasPrefix(in, "“") {
			continue
		}
		in = in[len("“"):]
		q := strings.Index(in, "”")
		if q < 0 {
			continue
		}
		w := in[:q]
		after := in[q+len("”"):]
		if !strings.HasPrefix(after, "，") && !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "；") {
			continue // the bracket closes: bracketedShortForm's case
		}
		if nr := runeLen(w); nr < 2 || nr > 6 || !allHan(w) || notShortForms[w] || nationalTerms[w] || countries[w] || getLexicon().common[w] {
			continue
		}
		s := len(t) - len(in)
		out = append(out, Finding{Type: ORG, Text: w, Start: s, End: s + len(w), Evidence: "declared-first30,of:" + f.Text, Score: 4, label: f.label})
	}
	return out
}

// shortFormWords30 may open a bracket before the quoted short form
// (declaredFirst30), longest first.
var shortFormWords30 = []string{"以下简称", "下称", "简称"}

// holderBeforeID30 finds two to four Han characters between a word for a
// case's party (idHolders28, personNouns) and the bracket of an ID number
// where gojieba glued the word's end to the name (驾驶|人甲…（身份证号…）),
// which namesBeforeID28 (by tokens) misses.
func holderBeforeID30(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, k := range occurrences19(tt, "身份证") {
		if k < 4 || !(tt.runes[k-1] == '（' || tt.runes[k-1] == '(') {
			continue
		}
		e := k - 1
		for ln := 2; ln <= 4; ln++ {
			s := e - ln
			if s < 2 {
				break
			}
			hl := 0
			for h := 2; h <= 5 && s-h >= 0; h++ {
				if w := tt.sub(s-h, s); idHolders28[w] || personNouns[w] {
					hl = h
					break
				}
			}
			if hl == 0 {
				continue
			}
			ok := true
			for _, r := range tt.runes[s:e] {
				if !isHan(r) || r == '某' || isMaskRune(r) || functionRunes[r] || hardStop[r] {
					ok = false
					break
				}
			}
			if ok && !overlapsEdge18(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-before-id30,after:" + tt.sub(s-hl, s), Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// shopKinds30 end an online shop's name.
var shopKinds30 = []string{"旗舰店", "专卖店", "专营店"}

// shopBefore30 stand right before an online shop's name: the platform,
// its word for a shop, a verb of opening one.
var shopBefore30 = wordSet(`小店 网店 店铺 微店 天猫 京东 抖音 快手 拼多多 淘宝 开设 开通 入驻 开办 运营`)

// shopStemNot30 are stems that say which kind of shop, not whose (品牌|旗舰店).
var shopStemNot30 = wordSet(`官方 品牌 线上 线下 网上 自营 直营 天猫 京东 抖音 快手 拼多多 淘宝 微店 小店 网店 店铺 企业 公司 产品 特产 农产品 县域 县级 区域 地方 本地 全国 全省 省级 市级 首家 首批 新增 累计`)

// flagshipShops30 finds an online shop of a brand and a trade (…小店|甲乙
// 床品旗舰店): a stem of two to six Han characters before the shop's kind
// that begins at a stop or after a platform or its word for a shop, and
// is no kind of shop (官方旗舰店, 品牌专卖店).
func flagshipShops30(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, kind := range shopKinds30 {
		for _, k := range occurrences19(tt, kind) {
			z := k + runeLen(kind)
			for ln := 2; ln <= 6 && k-ln >= 0; ln++ {
				b := k - ln
				ok := b == 0 || stop19.has(tt.runes[b-1])
				for h := 2; !ok && h <= 3 && b-h >= 0; h++ {
					ok = shopBefore30[tt.sub(b-h, b)] && tt.tokStart(b)
				}
				if !ok {
					continue
				}
				stem := tt.sub(b, k)
				if !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || shopStemNot30[stem] || l.common[stem] || nationalTerms[stem] || startsWithin19(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
					break
				}
				out = append(out, found19(tt, ORG, b, z, "online-shop30"))
				break
			}
		}
	}
	return out
}

// parkTrades30 are the trades of a farming park written without 园区
// (…现代种业园, …农业园).
var parkTrades30 = wordSet(`种业 农业 林业 渔业 牧业 茶业 果业 花卉 苗木 蔬菜 畜牧业`)

// parkStemNot30 open no park's name: levels and descriptions of a kind.
var parkStemNot30 = wordSet(`国家 国家级 省级 市级 县级 全县 全市 全省 现代 智慧 数字 特色 生态 高效 绿色 有机 设施 示范 科技 循环 休闲 观光 精品 综合 标准化 一批 一个 各类 新建 建设 打造 创建`)

// districtsAndParks30 finds a business district named by its road (…街道|
// 甲乙路商圈, numerals allowed: 八一路) and a farming park of a stem, an
// optional 现代 and a trade before 园 (甲乙现代种业园): the stem of two to
// four characters begins at a stop, a work verb, a town's centre or a place
// the rules found, and is no level or description (国家现代农业园).
func districtsAndParks30(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	try := func(b, k, z int, ev string, modern bool) bool {
		verbed := modern && tt.tokStart(b) && func() bool { t := tt.tokenBefore(b); return t != nil && strings.HasPrefix(t.pos, "v") }()
		if !(b == 0 || stop19.has(tt.runes[b-1]) || placeEnds19(tt, fs, b) || verbBefore19(tt, b) || townBefore19(tt, b) || verbed) {
			return false
		}
		stem := tt.sub(b, k)
		// a road named by numerals (八一路) and a park's stem before 现代
		// (甲乙现代种业园) may be ordinary words; the stem is no level or
		// description and ends in none (认定为|省级现代农业园区)
		if endsIn19(tt, parkStemNot30, b, k) || l.common[stem] && l.places[stem] == 0 && !numeralStem30(stem) && !modern || nationalTerms[stem] || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			return false
		}
		for _, r := range tt.runes[b:k] {
			if !isHan(r) || isMaskRune(r) || stemStop19.has(r) {
				return false
			}
		}
		out = append(out, found19(tt, LOCATION, b, z, ev))
		return true
	}
	for _, k := range occurrences19(tt, "商圈") {
		r := k - 1
		if r < 3 || !strings.ContainsRune("路街", tt.runes[r]) {
			continue
		}
		for ln := 2; ln <= 4 && r-ln >= 0; ln++ {
			if try(r-ln, r, k+2, "road-district30", false) {
				break
			}
		}
	}
	for _, k := range occurrences19(tt, "业园") {
		if k < 1 {
			continue // 业园 opens the text: no trade before it (and no rune before the text)
		}
		t0 := k - 1
		trade := tt.sub(t0, k+1)
		if !parkTrades30[trade] {
			if t0 < 1 || !parkTrades30[tt.sub(t0-1, k+1)] {
				continue
			}
			t0--
		}
		z := k + 2
		if z < n && tt.runes[z] == '区' {
			z++
		}
		s := t0
		modern := s >= 2 && tt.sub(s-2, s) == "现代"
		if modern {
			s -= 2
		}
		for ln := 2; ln <= 4 && s-ln >= 0; ln++ {
			if try(s-ln, s, z, "farming-park30", modern) {
				break
			}
		}
	}
	return out
}

// numeralStem30 reports whether w is Chinese numerals only (八七 of 八七路):
// a road of districtsAndParks30 so named may be an ordinary word.
func numeralStem30(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("一二三四五六七八九十零〇", r) {
			return false
		}
	}
	return w != ""
}

// verbTokBefore30 reports whether a token gojieba tags as a verb (v, not
// vn) ends right before rune b, where b starts a token (调度|甲乙水库): a
// landmark's stem of landmarks30 may begin there.
func verbTokBefore30(tt *tokText, b int) bool {
	if b == 0 || !tt.tokStart(b) {
		return false
	}
	t := tt.tokenBefore(b)
	return t != nil && t.pos == "v" && t.n() >= 2
}

// nameTokAndGiven17 reports a three-character name whose surname and first
// given character gojieba took as one name word (韦德/nrt) and whose last
// given character stands alone as a common given-name character before a
// stop or verb (护林员韦德|生|已经出发): read short, the name's last
// character stayed readable (〔人名〕生). (Class: a name cut short after a
// role, seventeenth session.)
func nameTokAndGiven17(tt *tokText, whole *tok, s, sl, e int) bool {
	if sl != 1 || e-s != 3 || whole == nil || whole.start != s || whole.end != e-1 || !strings.HasPrefix(whole.pos, "nr") {
		return false
	}
	last := tt.tokenAt(e - 1)
	return last != nil && last.n() == 1 && getLexicon().given[tt.runes[e-1]] > 0
}
