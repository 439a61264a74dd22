package anonymize

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Organisation suffixes, longest first. Company suffixes make a 企业
// placeholder, the rest 机构.
var (
	companySuffixes = []string{"观光园", "体验园", "示范园", "采摘园", "庄园", "山庄", "度假村", "农家乐", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "分公司", "总公司", "公司", "集团", "家庭农场", "专业合作社", "合作社", "联合社", "商行", "工作室", "厂", "店", "场", "坊", "社", "酒店", "宾馆", "超市", "商场", "银行", "农商行", "信用社", "事务所", "门诊部", "诊所"}
	instSuffixes    = []string{"出版社", "通讯社", "杂志社", "俱乐部", "制片厂", "总厂", "分厂", "分院", "艺术团", "代表团", "总领事馆", "领事馆", "大使馆", "工会", "组委会", "筹委会", "办事处", "管理局", "工作组", "领导小组", "研究院", "研究所", "研究中心", "研究会", "设计院", "科学院", "工程院", "大学", "学院", "职业技术学院", "医院", "卫生院", "中医院", "中学", "小学", "学校", "职中", "高中", "幼儿园", "实验室", "中心", "协会", "商会", "学会", "联合会", "基金会", "促进会", "报社", "日报", "晚报", "电视台", "广播电台", "出版社", "委员会", "办公室", "管委会", "政府", "党委", "县委", "市委", "省委", "区委", "人大", "政协", "法院", "检察院", "公安局", "派出所", "局", "厅", "署", "部", "委", "办", "院", "所", "站", "馆", "队", "团", "党", "军", "会"}
	// singleCharInst are one-character suffixes accepted only at the end
	// of a dictionary organisation word or after a proper name part.
	singleCharInst = runeSet("局厅署部委办院所站馆队团党军会社厂店场坊")
	// industryWords end a company's distinctive name (金成|机械); they are
	// stripped to get its short form and mark brand+industry names.
	industryWords = wordSet(`科技 技术 机械 建材 能源 电子 电器 电气 电力 食品 药业 医药 制药 生物 化工 化学 纺织 服饰 服装 家居 家具 建筑 建设 工程 地产 置业 房地产 物业 实业 投资 控股 发展 开发 贸易 商贸 物流 运输 汽车 电动车 车业 摩托 陶瓷 水泥 钢铁 钢 铝业 铜业 金属 矿业 煤业 材料 新材料 光电 光伏 新能源 环保 环境 智能 信息 网络 软件 数据 通信 传媒 文化 旅游 文旅 教育 咨询 管理 服务 农业 林业 牧业 畜牧 农牧 渔业 养殖 种植 种养 种业 果业 果品 果蔬 菌业 蜂业 禽业 乳品 蔬菜 茶业 茶叶 酒业 乳业 粮油 米业 面业 油脂 生猪 肉业 食业 饮品 饮料 包装 印刷 塑料 塑胶 橡胶 玻璃 造纸 纸业 制袜 袜业 鞋业 制衣 针织 丝绸 五金 机电 设备 装备 仪器 器材 精密 重工 动力 航空 船舶 电缆 线缆 电池 医疗 健康 养老 商业 百货 超市 餐饮 酒店 生态 绿色 现代 高端 特色 有机 中药材 药材 加工 制造 生产 销售 经营 营销 供应链 电商 国际 中国 创新 产业 工业 微电子 半导体 特种 水务 燃气 热力 供水 交通 路桥 市政 园林 绿化 装饰 装修 建工 水利 集团`)
	// nameVerbs are verbs allowed inside an organisation name.
	nameVerbs  = wordSet(`开发 管理 服务 建设 投资 发展 制造 销售 种植 养殖 加工 经营 咨询 运输 贸易 生产 种养 装备 研究 设计 培训 印刷 检测 维修 租赁 营销 置业 物流 实业 传媒 科技 孵化 创业 创新 合作 教育 推广 示范 监督 检验 保护 治理 规划 勘察 勘测 测绘 养护 修复 回收 利用 综合 发电 供电 供水 经销 批发 零售 代理 交易 结算 担保 保险 证券 信托 融资 贷款 评估 鉴定 认证 救助 保障 就业 服务中心`)
	orgNamePOS = wordSet(`ns n nz nt nr nrfg nrt x j eng b vn an l g ng nrf s zg`)
	// govSuffix end the names of party and government bodies.
	govSuffix = wordSet(`县委 市委 省委 区委 党委 政府 人大 政协 法院 检察院 公安局 派出所 委员会 办公室 管委会 局 厅 署 部 委 办 站 所 队`)
	// orgLeftStop: prepositions that begin the phrase before a name (由县统计局).
	orgLeftStop = runeSet("由经据受让给向同跟即如比自随凭按依当到至用把请")
	// levelWords end the name part on the left: what precedes them is
	// another name (宏富果蔬|国家级示范合作社).
	levelWords = wordSet(`国家级 省级 市级 县级 区级 乡级 镇级 村级 自治区级 部级 示范 龙头 重点 首批 第一批 一批 两家 多家`)
	// brandIndustry are the industry words that make a brand name a
	// company without a suffix (雅迪|电动车).
	brandIndustry = wordSet(`汽车 电动车 陶瓷 果蔬 生猪 牧业 养殖 制袜 袜业 机械 建材 电子 电器 药业 制药 化工 纺织 服饰 食品 科技 能源 集团 股份 实业 物流 置业 酒业 乳业 茶业 米业 种业 农牧 食用油 农庄 电气 光电 新材料 水泥 钢铁 矿业 家居 鞋业 制衣 地产 商贸 贸易 集团公司 焦化 煤化 化肥 煤矿 电厂 热电 酒厂 药厂 铸造 锻造 造纸 纸业 木业 竹业 石材 建工 工贸 酱菜 食品厂`)
	// genericOrgWords make up the name part of a body without a proper
	// name (县人民医院, 省科技厅, 国家发改委).
	genericLevel = runeSet("国省市县区乡镇村州盟旗")
)

var (
	quotedUni      = regexp.MustCompile(`[“"「]\p{Han}{1,5}[”"」](?:科|交|师|农|工|医|财|理|政|外|航|邮|电|林|海|矿|体|艺|美|传|民|石)大`)
	pressTitle     = regexp.MustCompile(`《(\p{Han}{1,12}(?:报|日报|晚报|新闻|周刊|杂志|时报|商报))》`)
	allOrgSuffixes = append(append([]string{}, companySuffixes...), instSuffixes...)
)

var suffixLast = func() (b runeBits) {
	for _, s := range append(append([]string{}, companySuffixes...), instSuffixes...) {
		r, _ := utf8.DecodeLastRuneInString(s)
		b.set(r)
	}
	return
}()

// orgSuffixesLongest is every organisation suffix, longest first, so that
// 出版社 is read as a publisher and not as a 社 of some company.
var orgSuffixesLongest = func() []string {
	out := append([]string{}, allOrgSuffixes...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

var companySuffixSet = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range companySuffixes {
		m[c] = true
	}
	return m
}()

// orgSuffix returns the longest organisation suffix w ends with and
// whether it is an enterprise's.
func orgSuffix(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	r := lastRune(w)
	if !suffixLast.has(r) {
		return "", false
	}
	lens := suffixLens[r] // suffixLast holds r, so r < 1<<16
	// the last n characters, longest first: map lookups, no scan of the list
	e := len(w)
	starts := [maxSuffixRunes + 1]int{}
	n := 0
	for i := len(w); i > 0 && n < maxSuffixRunes; n++ {
		i -= lastRuneLen(w[:i])
		starts[n+1] = i
	}
	for k := n; k >= 1; k-- {
		if lens&(1<<(k-1)) == 0 {
			continue // no suffix of k characters ends with r
		}
		if c, ok := suffixKind[w[starts[k]:e]]; ok {
			return w[starts[k]:e], c
		}
	}
	return "", false
}

// suffixLens maps the last character of organisation suffixes to the
// lengths they come in (bit n-1 set: a suffix of n characters).
var suffixLens = func() []uint8 {
	b := make([]uint8, 1<<16)
	for _, s := range allOrgSuffixes {
		if r := lastRune(s); r < 1<<16 {
			b[r] |= 1 << (runeLen(s) - 1)
		}
	}
	return b
}()

// maxSuffixRunes is the length of the longest organisation suffix.
const maxSuffixRunes = 8

// suffixKind maps every organisation suffix to whether it is an
// enterprise's.
var suffixKind = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range orgSuffixesLongest {
		if runeLen(s) > maxSuffixRunes {
			panic("anonymize: organisation suffix longer than maxSuffixRunes: " + s)
		}
		if _, ok := m[s]; !ok {
			m[s] = companySuffixSet[s]
		}
	}
	return m
}()

// findOrgs finds organisation names: a suffix word (有限公司, 大学, 研究院 …)
// with the name part before it, organisation words gojieba knows (nt),
// university abbreviations, and brand + industry names (金成机械).
func findOrgs(tt *tokText) []Finding {
	l := getLexicon()
	var out []Finding
	var joined tok // a suffix word joined from two or three tokens, which t then points to
	for k := 0; k < len(tt.toks); k++ {
		if orgTokIdle(tt, k) {
			continue // none of the readings below begins here (speed14.go)
		}
		t := &tt.toks[k] // (a pointer: no copy of each token)
		suf, company := "", false
		if suffixLast.has(tt.tokLast[k]) { // orgSuffix's own first test
			suf, company = orgSuffix(t.word)
		}
		kLeft := k - 1 // the token before the suffix word
		if k > 0 && suffixLast.has(tt.runes[t.end-1]) && (suf == "" || runeLen(suf) == 1) {
			// a suffix cut in two by gojieba (观光|园, 家庭|农场): join the tokens
			// (speed10: the loop's own first test, suffixLast, made once before it)
			for j := 1; j <= 2 && k-j >= 0; j++ {
				if !suffixLast.has(tt.runes[t.end-1]) {
					break
				}
				if n := t.end - tt.toks[k-j].start; n > maxSuffixRunes || suffixLens[tt.runes[t.end-1]]&(1<<(n-1)) == 0 {
					continue // no suffix of that many characters ends so
				}
				w := tt.sub(tt.toks[k-j].start, t.end)
				if s2, c2 := orgSuffix(w); s2 == w && runeLen(w) >= 2 {
					suf, company, kLeft = s2, c2, k-j-1
					joined = tok{word: w, pos: "n", start: tt.toks[k-j].start, end: t.end}
					t = &joined
					break
				}
			}
		}
		if t.pos == "nt" && t.n() >= 2 {
			generic := !containsPlace(t.word) && (t.n() <= 3 || govLead(t.word) || kindBody(t.word) || deptEnd.has(tt.runes[t.end-1]))
			out = append(out, Finding{Type: ORG, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "jieba:nt", Score: 4, label: orgLabel(t.word, false), generic: generic})
		}
		if t.n() >= 2 && t.n() <= 4 && abbrevFirst.has(tt.runes[t.start]) && mayEnd(&wellKnownAbbrevLast, t.word) && wellKnownAbbrev[t.word] {
			out = append(out, Finding{Type: ORG, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "well-known-abbreviation", Score: 4, label: "企业"})
		}
		if t.pos == "j" && t.n() >= 2 && t.n() <= 4 && allHan(t.word) {
			// an abbreviation (欧盟, 北大): a body more often than not
			out = append(out, Finding{Type: ORG, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "jieba:j", Score: 2, label: "机构", generic: true})
		}
		if t.pos == "nz" && t.n() >= 2 && t.n() <= 4 && !l.common[t.word] && allHan(t.word) {
			// another proper noun (微软, 英特尔): masked by the strict policy
			out = append(out, Finding{Type: ORG, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "jieba:nz", Score: 1, label: "机构", generic: true})
		}
		if t.n() < 2 {
			// one character: no body word, abbreviation or suffix word
		} else if w := bodyWordAt(tt, k, kLeft, t.word); w != "" && allHan(w) { // (speed7b.go)
			// a body named by one word (教育部, 办事处, 古巴队), or the body
			// in a role (司法部|长): generic, masked by the strict policy
			out = append(out, Finding{Type: ORG, Text: w, Start: tt.off[t.start], End: tt.off[t.start] + len(w), Evidence: "body-word", Score: 1.5, label: "机构", generic: true})
		}
		if w := bodyPrefixAt(tt, k, kLeft, t.word); w != "" { // (speed7b.go)
			// 市委书记, 县委 alone: the party or government body of a level
			out = append(out, Finding{Type: ORG, Text: w, Start: tt.off[t.start], End: tt.off[t.start] + len(w), Evidence: "body-word", Score: 3, label: "机构", generic: true})
		}
		if suf == "" {
			continue
		}
		sufRunes := runeLen(suf)
		// Where the name part starts: inside the token (金藤甘薯研究院 as one
		// word) or in the tokens before it.
		s := t.start
		if suf == "会" && t.n() > 1 && t.pos != "nt" {
			continue // 大会, 召开大会: a meeting, not a body
		}
		if centreOfKind18(tt, suf, t.end) {
			continue // …中心|村, …中心|镇: a kind of village or town, no centre (keep18.go)
		}
		afterPlace := k > 0 && (tt.toks[k-1].pos == "ns" && !quantifiedPlace(tt.toks[k-1].word) || tt.toks[k-1].pos == "nt" || countries[tt.toks[k-1].word]) && !buildVerbs[tt.toks[k-1].word]
		if !afterPlace && sufRunes == 1 && t.n() > 1 && !ordinaryBodyWords[t.word] {
			// a place a few nouns before (郑州市|技术|监督局)
			for k2 := k - 1; k2 >= 0 && k2 >= k-3; k2-- {
				p := tt.toks[k2]
				if (p.pos == "ns" && !quantifiedPlace(p.word) || p.pos == "nt" || countries[p.word]) && !buildVerbs[p.word] {
					afterPlace = true
					break
				}
				if p.pos != "n" && p.pos != "vn" && p.pos != "nz" && p.pos != "b" && p.pos != "j" {
					break
				}
			}
		}
		if t.pos == "x" && k > 0 && tt.toks[k-1].pos == "h" && t.n() > 1 {
			continue // 非|遗工坊: after a prefix gojieba cut a word (非遗) in two, no name begins here
		}
		if sufRunes == 1 && t.end < len(tt.runes) && deptBodyRunes.has(tt.runes[t.end]) {
			continue // 区人社|局局长: the character begins a department's short name, its body follows
		}
		if sufRunes == 1 && t.n() == 3 && t.pos == "x" && k > 0 && personRoleToken(&tt.toks[k-1]) && getLexicon().isSurname(tt.runes[t.start]) {
			continue // 武装部长|冀学军: a name after a role that ends like a body (军, 所), no body
		}
		workshop := company && sufRunes == 1 && t.n() >= 2 && t.pos == "n" && !ordinaryBodyWords[t.word] && workshopWord(t.word) && namedBefore(tt, k)
		if sufRunes == 1 && !workshop && (t.n() > 1 && t.pos != "nt" && t.pos != "x" && !(afterPlace && !ordinaryBodyWords[t.word]) || !singleCharInst[tt.runes[t.end-1]]) {
			continue // 全部, 格局, 干部: the character ends an ordinary word
		}
		proper := false
		sawName := false // a company's made-up or personal name word passed
		bracket := -1    // where a bracketed place inside the name opens
		for k2 := kLeft; k2 >= 0; k2-- {
			p := tt.toks[k2]
			if company && sawName && !nameTokPOS[p.pos] && l.places[p.word] == 0 && l.short[p.word] == "" && !isMaskRune(tt.runes[p.start]) && !brandAfterPlace(tt, k2) {
				break // left of a company's name only its place (项目|绿源家庭农场)
			}
			if company && k2 == kLeft && (p.word == "）" || p.word == ")") {
				// a place in brackets inside the name (天能电池（安吉）有限公司)
				if o := openBracketBefore(tt, k2); o >= 0 && containsPlace(tt.sub(tt.toks[o].end, p.start)) {
					s = tt.toks[o].start
					bracket = s
					k2 = o
					proper = true
					continue
				}
			}
			if t.start-p.start > 16 && !(company && sawName && t.start-p.start <= 20 && (nameTokPOS[p.pos] || l.places[p.word] > 0 || l.short[p.word] != "")) {
				break // a company's long name runs on over its name words and place (云南|世博|元阳|哈尼…)
			}
			r0 := tt.runes[p.start]
			if isMaskRune(r0) && r0 != '〔' && r0 != '〕' {
				s = p.start
				proper = true
				continue
			}
			if !isHan(r0) && p.pos != "eng" && !(p.word == "-" && k2 > 0 && k2 < kLeft && tt.toks[k2-1].pos == "eng" && tt.toks[k2+1].pos == "eng") {
				break // (a hyphen between Latin parts, GX-Agri, is part of the name)
			}
			adj := (p.pos == "a" || p.pos == "an" || p.pos == "ad") && p.n() > 1 && !l.common[p.word]
			// a one-character adjective inside a company's name, between a
			// name word and its trade (赣南|稀土|新|材料|有限公司)
			// a two-character adjective opening a list item before a
			// trade word (、宏远|检测|中心): the body's own name
			if p.pos == "a" && p.n() == 2 && k2 < kLeft && (p.start == 0 || strings.ContainsRune("、，：“（", tt.runes[p.start-1])) && (nameVerbs[tt.toks[k2+1].word] || industryWords[tt.toks[k2+1].word]) {
				adj, proper = true, true
			}
			adj = adj || company && p.pos == "a" && p.n() == 1 && k2 < kLeft && k2 > 0 && tt.toks[k2-1].n() >= 2 && allHan(tt.toks[k2-1].word) &&
				(tt.toks[k2-1].pos == "n" || tt.toks[k2-1].pos == "ns" || tt.toks[k2-1].pos == "nz" || tt.toks[k2-1].pos == "x")
			ordinal := p.pos == "m" && (r0 == '第' || strings.Trim(p.word, "一二三四五六七八九十百零〇") == "") && k2 == kLeft
			// verbs inside a committee's or association's name
			// (残疾人工作|协调|委员会, 雇主|协会): leading ones are cut below
			nameVerb := sufRunes >= 2 && !company && p.pos == "v" && p.n() >= 2
			// a verb right after a place names a firm (右江区|丰收|农机专业合作社)
			nameVerb = nameVerb || company && p.n() == 2 && (p.pos == "v" || p.pos == "vn") && k2 > 0 && tt.toks[k2-1].end == p.start && l.places[tt.toks[k2-1].word] > 0
			// a county's short form gojieba reads as a verb (融水/vn|金叶农业…)
			nameVerb = nameVerb || company && p.n() >= 2 && l.short[p.word] != "" && (k2 == 0 || !isHan(tt.runes[p.start-1]) || functionRuneBits.has(tt.runes[p.start-1]))
			if !orgNamePOS[p.pos] && !nameVerbs[p.word] && !ordinal && !adj && !nameVerb {
				break
			}
			if givenStopBits.has(r0) || orgLeftStopBits.has(r0) && (p.n() == 1 || p.pos == "x") || levelWords[p.word] {
				break
			}
			if scopeWord18(tt, &p) {
				break // 全旗|现有旗人民医院, 全省|供销合作社: the whole of an area, no body's name (leaks18.go)
			}
			if ps, _ := orgSuffix(p.word); ps != "" && runeLen(ps) > 1 && (p.pos == "n" || p.pos == "nt") && t.start-p.end > 0 {
				break // another organisation ends here
			}
			if rolesBefore[p.word] && p.pos != "ns" && !(company && genericCoopWords[p.word] && k2 > 0 && nameishTok(tt.toks[k2-1])) || buildVerbs[p.word] {
				break
			}
			s = p.start
			switch p.pos {
			case "ns", "nr", "nrfg", "nrt", "nz", "x", "j", "eng", "nt":
				proper = true
			}
			if nameTokPOS[p.pos] && p.n() >= 2 && !industryWords[p.word] && !brandIndustry[p.word] {
				sawName = true
			}
			if l.places[p.word] > 0 || l.short[p.word] != "" && (p.pos == "ns" || p.pos == "x") {
				proper = true
			}
		}
		headTaken := false
		pre := t.start // the name part before any bracket
		if bracket >= 0 {
			pre = bracket
		}
		if company && !distinctivePart(tt, s, min(pre, t.end-sufRunes)) && !containsPlace(tt.sub(s, pre)) {
			// the name part holds only kind words (种业股份, 砖厂): the
			// name is the one or two characters gojieba cut off before it
			// (润|丰|种业股份有限公司, 鑫|达|砖厂), which would stay readable
			if h := singleCharHead(tt, s); h >= 0 {
				s, proper, headTaken = h, true, true
			}
		}
		if t.n() > sufRunes {
			// the token itself carries a name part (金藤甘薯研究院)
			inner := tt.runes[t.start : t.end-sufRunes]
			if t.pos == "x" && len(inner) >= 2 && !givenStop[inner[0]] && !orgLeftStop[inner[0]] || containsPlace(string(inner)) || regionUniversity(suf, inner) {
				proper = true
			}
		}
		if s == t.start && t.n() == sufRunes {
			continue // the bare suffix (公司, 大学) is an ordinary noun
		}
		if sufRunes == 1 && t.n() == 1 && !company && !afterPlace && !containsPlace(tt.sub(s, t.start)) && !hasMaskRune(tt.sub(s, t.start)) {
			proper = false // 所, 院, 站 after a person or an ordinary word: not a named body
		}
		if afterPlace && sufRunes == 1 {
			proper = true // 古巴|代表团, 法国|队
		}
		if sufRunes == 1 && !proper && t.pos != "nt" {
			// 局, 部, 会 … after ordinary words: 县财政局 is a generic body,
			// but so is 大会 or 全部: keep only admin-level starts.
			if !genericLevel[tt.runes[s]] {
				continue
			}
		}
		if company && sufRunes >= 2 && !distinctivePart(tt, s, t.end-sufRunes) && s > 0 {
			// an enterprise named by an ordinary word before its kind, as a
			// list item (、清晨|农业生态观光园): the word is its name
			p := tt.toks[tt.tokOf[s-1]]
			if p.n() >= 2 && p.n() <= 3 && allHan(p.word) && !levelWords[p.word] && !buildVerbs[p.word] && !rolesBefore[p.word] &&
				(p.pos == "t" || p.pos == "n" || p.pos == "a" || p.pos == "nz" || p.pos == "x") &&
				(p.start == 0 || strings.ContainsRune("、，,：:“\"（(", tt.runes[p.start-1])) {
				s = p.start
			}
		}
		// a name does not begin with a verb (建设|天水市第三人民医院)
		for s < t.start && !headTaken {
			lt := tt.toks[tt.tokOf[s]]
			lead := nameVerbs[lt.word] || lt.pos == "v" || lt.pos == "vn" || !company && (lt.pos == "l" || lt.pos == "d" || lt.pos == "ad")
			if lt.start != s || !lead || lt.end > t.start || lt.end == t.start && t.n() <= sufRunes || company && l.short[lt.word] != "" {
				break
			}
			s = lt.end
		}
		s = townBeforeGluedSuffix(tt, s)
		if s+2 < t.start && verbCounty(tt, s, s+3) {
			s += 2 // 我部会同|县民宗局: the verb is no part of the county's bureau
		}
		name := tt.sub(s, t.end)
		if govSuffix[suf] && proper {
			// a government body is proper only when named after a place
			// below the national level or masked in the source (×县委)
			proper = placeInName(tt, s, t.end) || hasMaskRune(name)
		}
		label := "机构"
		if company {
			label = "企业"
		}
		if !proper && (suf == "公司" || strings.HasSuffix(suf, "有限公司") || strings.HasSuffix(suf, "集团")) && runeLen(name)-sufRunes >= 2 {
			proper = true // a company with any name part is a proper name
		}
		if !proper && company && sufRunes >= 2 && distinctivePart(tt, s, t.end-sufRunes) {
			proper = true // 绿野种植专业合作社: a name part beyond the kind of business
		}
		if sufRunes == 1 && company && !proper {
			continue // 菌孢厂, 小卖店: a kind of workshop, not a name
		}
		if proper && !company && bracket < 0 && facilityFor(tt, s, t.end-sufRunes) {
			proper = false // 脐橙|冷链|仓储|中心, 病人|留观|医院: a kind of facility, no name
		}
		if proper && s < t.start && tradeOnlyName(tt.sub(s, t.end)) {
			proper = false // 刺绣|合作社, 苗|绣|工|坊: named only by its trade
		}
		if proper && nationalEvent(tt, s, *t) {
			proper = false // 中国|国际|农产品|交易会: a national fair, no one's body
		}
		ev := "org-suffix:" + suf
		if !proper {
			ev = "generic-body:" + suf
		}
		if proper && !company && placeBodySuffixes[suf] && bracket < 0 {
			if pieces := placeChain(tt, s, t.end-sufRunes); len(pieces) > 0 {
				// a township's or county's party committee or government
				// (奉节县公平镇|党委): the places identify it, the body stays
				for _, pc := range pieces {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(pc[0], pc[1]), Start: tt.off[pc[0]], End: tt.off[pc[1]], Evidence: "place-of-body", Score: 5})
				}
				out = append(out, Finding{Type: ORG, Text: name, Start: tt.off[s], End: tt.off[t.end], Evidence: "generic-body:" + suf, Score: 5, label: label, generic: true})
				continue
			}
		}
		if proper && ((govSuffix[suf] || govSuffix[string(lastRune(suf))]) && !company || suf == "公司" && utilityBody(tt, s, t.end-sufRunes)) && bracket < 0 {
			if pe := placeThenGenericBody(tt, s, t.end); pe > s {
				// a government department named by its city and its
				// ordinary name (绵阳市|林业局, 潍坊市|农业农村局): the place
				// identifies it, the department's name stays readable
				// (the strict policy masks the whole body)
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, pe), Start: tt.off[s], End: tt.off[pe], Evidence: "place-of-body", Score: 5})
				out = append(out, Finding{Type: ORG, Text: name, Start: tt.off[s], End: tt.off[t.end], Evidence: "generic-body:" + suf, Score: 5, label: label, generic: true})
				continue
			}
		}
		out = append(out, Finding{Type: ORG, Text: name, Start: tt.off[s], End: tt.off[t.end], Evidence: ev, Score: 5, label: label, generic: !proper})
	}
	// Titles of newspapers and magazines (《费加罗报》).
	for _, m := range pressTitleSpans(tt) {
		out = append(out, Finding{Type: ORG, Text: tt.text[m[2]:m[3]], Start: m[2], End: m[3], Evidence: "press-title", Score: 4, label: "机构"})
	}
	// A quoted name before an abbreviated university (“八一”农大).
	for _, m := range quotedUniSpans(tt) {
		out = append(out, Finding{Type: ORG, Text: tt.text[m[0]:m[1]], Start: m[0], End: m[1], Evidence: "university-abbreviation", Score: 4, label: "机构"})
	}
	// University abbreviations (山科大, 上海交大); none without a 大.
	for _, m := range uniAbbrevSpans(tt, true) {
		w := tt.text[m[0]:m[1]]
		// keep the tail that starts with a place character
		for len(w) > 0 && !placeInitial(w) {
			_, size := firstRune(w)
			w = w[size:]
			m[0] += size
		}
		if runeLen(w) < 3 {
			continue
		}
		out = append(out, Finding{Type: ORG, Text: w, Start: m[0], End: m[1], Evidence: "university-abbreviation", Score: 4, label: "机构"})
	}
	// Brand + industry (长城汽车, 雅迪电动车) without a suffix: an unknown
	// word or two single characters before an industry word.
	var btBuf [16]int
	bt := brandToks(tt, btBuf[:0]) // (speed10.go)
	for k := 0; k+1 < len(tt.toks); k++ {
		// the rule needs a brand-industry word within brandReach tokens
		// after k: skip to the first k that has one (speed10.go)
		for len(bt) > 0 && bt[0] <= k {
			bt = bt[1:]
		}
		if len(bt) == 0 {
			break
		}
		if bt[0] > k+brandReach {
			k = bt[0] - brandReach - 1
			continue
		}
		t := &tt.toks[k]
		bs, be, nk := t.start, t.end, k+1
		word := false // an unknown word: its map tests wait until an industry word follows
		switch n := t.n(); {
		case n >= 2 && n <= 4 && (t.pos == "x" || t.pos == "nz" || t.pos == "nrfg") && allHan(t.word):
			word = true
		case t.n() == 1 && k+2 < len(tt.toks) && tt.toks[k+1].n() == 1 && isHan(tt.runes[t.start]) && isHan(tt.runes[t.start+1]) &&
			!givenStopBits.has(tt.runes[t.start]) && !givenStopBits.has(tt.runes[t.start+1]) && (k == 0 || !isHan(tt.runes[t.start-1])):
			be, nk = t.start+2, k+2
		default:
			continue
		}
		// industry words may come between (柏润|高端|制袜)
		for hops := 0; hops < 2 && nk+1 < len(tt.toks) && tt.startMay(&industryWordsFirst, nk) && industryWords[tt.toks[nk].word] && !(tt.startMay(&brandIndustryFirst, nk) && brandIndustry[tt.toks[nk].word]); hops++ {
			nk++ // (speed8.go: a first-character bit before each look-up)
		}
		if nk >= len(tt.toks) || !(tt.startMay(&brandIndustryFirst, nk) && brandIndustry[tt.toks[nk].word]) {
			continue
		}
		if word && (l.common[t.word] || genreWords[t.word] || industryWords[t.word]) {
			continue // (not a trade word of the genre gojieba does not know: 冷链|物流)
		}
		end := tt.toks[nk].end
		for k2 := nk + 1; k2 < len(tt.toks) && (industryWords[tt.toks[k2].word] || brandIndustry[tt.toks[k2].word]); k2++ {
			end = tt.toks[k2].end
		}
		_ = be
		if k2 := tt.tokOf[end-1] + 1; k2 < len(tt.toks) && kindFollowers[tt.toks[k2].word] {
			continue // 中蜂养殖|基地: a kind of farming at a site, not a firm
		}
		st, en := tt.off[bs], tt.off[end]
		out = append(out, Finding{Type: ORG, Text: tt.text[st:en], Start: st, End: en, Evidence: "brand+industry", Score: 3, label: "企业"})
	}
	out = append(out, quotedBrands(tt)...)
	return append(out, surnameShops(tt)...)
}

// quotedBrands finds a brand in quotes before 牌 (“山里红”牌腊肉): two to
// eight characters between the quotes, the enterprise's name in short.
// The 牌 indexes the search.
func quotedBrands(tt *tokText) []Finding {
	if tt.runeCls&rcPai == 0 {
		return nil // no 牌 in the text (speed6.go)
	}
	n := len(tt.runes)
	var out []Finding
	for j := 3; j < n; j++ {
		if tt.runes[j] != '牌' || tt.runes[j-1] != '”' && tt.runes[j-1] != '"' {
			continue
		}
		for s := j - 2; s >= max(0, j-10); s-- {
			if r := tt.runes[s]; r == '“' || r == '"' {
				if j-1-(s+1) >= 2 && allHan(tt.sub(s+1, j-1)) {
					out = append(out, Finding{Type: ORG, Text: tt.sub(s+1, j-1), Start: tt.off[s+1], End: tt.off[j-1], Evidence: "quoted-brand", Score: 4, label: "企业"})
				}
				break
			}
		}
	}
	return out
}

// shopEnds end the name of a small shop (面馆, 超市, 小吃店).
var shopEnds = runeSet("店馆铺坊行庄")

// surnameShops finds shops named after their owner's surname and 记
// (张记牛肉面馆, 李记烧饼铺): the surname, 记, and up to six characters of
// the trade ending in a shop word. The whole name is the finding: its
// surname alone would read as a person.
func surnameShops(tt *tokText) []Finding {
	if tt.runeCls&rcJiShop == 0 {
		return nil // no 记 in the text (speed6.go)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 0; i+3 < n; i++ {
		if tt.runes[i+1] != '记' || !l.isSurname(tt.runes[i]) || i > 0 && isHan(tt.runes[i-1]) && !tt.tokStart(i) {
			continue
		}
		for e := i + 3; e < n && e <= i+8 && isHan(tt.runes[e]); e++ {
			if shopEnds[tt.runes[e]] && (e+1 == n || tt.tokStart(e+1)) {
				st, en := tt.off[i], tt.off[e+1]
				out = append(out, Finding{Type: ORG, Text: tt.text[st:en], Start: st, End: en, Evidence: "surname-shop", Score: 5, label: "企业"})
				break
			}
		}
	}
	return out
}

// kindFollowers follow a product + industry phrase that names a kind of
// work at a site or in an area (中蜂养殖|基地, 黄牛养殖|小区), not a firm.
var kindFollowers = wordSet(`基地 小区 园区 片区 示范区 示范点 示范片 大户 专业户 户 技术 项目 产业 产业带 产业园 规模 模式 面积 示范 培训 合作 协会`)

// nameishTok reports a word that can be a cooperative's own name before
// its kind (仇池|农民专业合作社): a name, place or made-up word, or a noun of
// two or three characters that is no frequent word and no place in general.
func nameishTok(t tok) bool {
	if t.n() < 2 || t.n() > 3 || quantifiedPlace(t.word) {
		return false
	}
	switch t.pos {
	case "ns", "nr", "nrfg", "nrt", "nz", "x":
		return true
	case "n":
		return !getLexicon().common[t.word]
	}
	return false
}

// quantifiedPlace reports a place word gojieba tags ns that names places
// in general (各乡镇, 全县, 本村): a body after it is generic.
func quantifiedPlace(w string) bool {
	return strings.ContainsRune("各全本该我每其此", firstRuneOf(w))
}

// nameTokPOS are the tags of the words a company's own name is made of.
var nameTokPOS = wordSet(`ns nr nrfg nrt nz x j eng`)

// openBracketBefore returns the token index of the opening bracket that
// the closing bracket at token k closes, within six tokens; -1 if none.
func openBracketBefore(tt *tokText, k int) int {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch tt.toks[j].word {
		case "（", "(":
			if j < k-1 {
				return j
			}
			return -1
		case "）", ")", "，", "。", "、", "；":
			return -1
		}
	}
	return -1
}

// workshopWord reports a word made of a product or trade and a workshop
// or shop character (电子厂, 服饰店, 砖厂), not an ordinary word that ends
// in one (战场, 市场).
func workshopWord(w string) bool {
	inner := w[:len(w)-lastRuneLen(w)]
	if industryWords[inner] || brandIndustry[inner] {
		return true
	}
	return runeLen(w) == 2 && !getLexicon().common[w]
}

// namedBefore reports whether the workshop word at token k (电子厂, 服饰店)
// follows a name: a word gojieba made up or tagged as a name or proper
// noun (恒达|电子厂, 阿依古丽|民族|服饰店, one noun between at most), or one
// or two single characters after a boundary (鑫|达|砖厂).
func namedBefore(tt *tokText, k int) bool {
	l := getLexicon()
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		p := tt.toks[j]
		switch p.pos {
		case "x", "nz", "nr", "nrfg", "nrt":
			if p.n() >= 2 && p.n() <= 4 && allHan(p.word) && !l.common[p.word] && !rolesBefore[p.word] && !strings.ContainsFunc(p.word, stemNumberRunes.has) && !strings.ContainsFunc(p.word, nameStopBits.has) && !(p.pos == "x" && strings.ContainsFunc(p.word, listStopBits.has)) {
				return true
			}
		}
		if p.pos != "n" || p.n() < 2 {
			break
		}
	}
	return singleCharHead(tt, tt.toks[k].start) >= 0
}

// singleCharHead returns the rune position where the two or three
// characters before rune s begin, as single-character tokens or a
// two-character proper word and a single character (鑫|达, 德|源|达,
// 福源|旺), when they stand right after a boundary (the
// text's start, punctuation, a list comma or a verb that opens a phrase)
// and none is a function or stop character; -1 otherwise.
func singleCharHead(tt *tokText, s int) int {
	if s <= 0 {
		return -1
	}
	k := tt.tokOf[s-1]
	h := -1
	singles, pairs := 0, 0
	for j := k; j >= 0 && j > k-3 && s-tt.toks[j].start <= 3; j-- {
		p := tt.toks[j]
		if p.n() > 2 || !isHan(tt.runes[p.start]) || listStopBits.has(tt.runes[p.start]) || isMaskRune(tt.runes[p.start]) {
			break
		}
		if h >= 0 && s-h >= 2 && headStopPOS(p.pos) {
			break // 在|鑫|达: the preposition is the boundary, no part of the name
		}
		if p.n() == 2 {
			// a two-character word gojieba made of the name's first
			// characters (福源|达): a proper or unknown word, never a
			// frequent one, and only before a single character
			if singles == 0 || pairs > 0 || !allHan(p.word) || getLexicon().common[p.word] || !nameTokPOS[p.pos] || givenStopBits.has(tt.runes[p.start]) || givenStopBits.has(tt.runes[p.start+1]) {
				break
			}
			pairs++
		} else {
			if r := tt.runes[p.start]; placeEndings[r] || villageWords[r] {
				break // 大湾|村|养殖场: a place, not a firm's name
			}
			singles++
		}
		if headStopPOS(p.pos) {
			return -1
		}
		h = p.start
	}
	if h < 0 || s-h < 2 {
		return -1 // one character alone is too weak a name
	}
	if h > 0 {
		if r := tt.runes[h-1]; isHan(r) {
			if pt := tt.toks[tt.tokOf[h-1]]; pt.pos != "v" && pt.pos != "p" || pt.n() < 2 && pt.pos != "p" {
				return -1
			}
		}
	}
	return h
}

// headStopPOS reports the tags of words that are no part of a name:
// prepositions, conjunctions, particles, pronouns, adverbs, numerals and
// locatives.
func headStopPOS(pos string) bool {
	switch pos {
	case "p", "c", "u", "uj", "ul", "r", "d", "m", "f":
		return true
	}
	return false
}

// containsPlace reports whether w contains an administrative name or its
// short form.
// deptEnd ends the name of a ministry or a department (交通运输部,
// 社会保障部, 农业农村厅): named by its work, a generic body unless a place
// stands in it.
var deptEnd = func() (b runeBits) {
	for _, r := range "部厅局委署" {
		b.set(r)
	}
	return
}()

// placeInName reports whether runes [s, e) hold a place: a full place name
// anywhere, or a short form that starts or ends where one of gojieba's
// words does (屏南|交通局, 四川全兴队 yes; 交|通运|输 of 交通运输, a
// subdistrict's short form from the middle of a word, no).
func placeInName(tt *tokText, s, e int) bool {
	l := getLexicon()
	for i := s; i < e; i++ {
		if !l.placeFirst.has(tt.runes[i]) && !l.shortFirst.has(tt.runes[i]) {
			continue
		}
		for j := i + 2; j <= e; j++ {
			w := tt.sub(i, j)
			if l.places[w] > 0 || l.short[w] != "" && (tt.tokStart(i) || tt.tokStart(j)) {
				return true
			}
		}
	}
	return false
}

func containsPlace(w string) bool {
	l := getLexicon()
	// placeIn's pieces as substrings of w, without building them from
	// runes, and only from the first two characters of some place's full
	// or short name (placePairs, shortPairs: every name of two
	// characters or more sets its pair): speed15. Broken UTF-8 needs no
	// pass of its own: decodeRune steps over a broken byte as []rune
	// does, and a piece that holds one is no name either way (placeIn
	// sees U+FFFD there, which no name holds).
	for i := 0; i < len(w); {
		r0, n0 := decodeRune(w[i:])
		j := i + n0
		if j < len(w) && (l.placeFirst.has(r0) || l.shortFirst.has(r0)) {
			if r1, n1 := decodeRune(w[j:]); l.hasPlacePair(r0, r1) || l.hasShortPair(r0, r1) {
				for e := j + n1; ; {
					if p := w[i:e]; l.places[p] > 0 || l.short[p] != "" {
						return true
					}
					if e >= len(w) {
						break
					}
					_, n := decodeRune(w[e:])
					e += n
				}
			}
		}
		i = j
	}
	return false
}

// placeIn reports whether some piece of w of two characters or more that
// begins with the first character of a place's full or short name is one
// that is(s) accepts.
func placeIn(w string, is func(s string) bool) bool {
	l := getLexicon()
	rs := []rune(w)
	for i := range rs {
		if !l.placeFirst.has(rs[i]) && !l.shortFirst.has(rs[i]) {
			continue
		}
		for e := i + 2; e <= len(rs); e++ {
			if is(string(rs[i:e])) {
				return true
			}
		}
	}
	return false
}

func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	r, w := decodeRune(s)
	if r == utf8.RuneError && w == 1 {
		return r, len(string(utf8.RuneError)) // as ranging over s reports it
	}
	return r, w
}

// placeInitial reports whether s starts with the first character of a
// province or city name (山 of 山东, 上 of 上海).
func placeInitial(s string) bool {
	r, _ := firstRune(s)
	return getPlaceInitials()[r]
}

var placeInitials map[rune]bool

func getPlaceInitials() map[rune]bool {
	lexInitOnce.Do(func() {
		placeInitials = map[rune]bool{}
		for name, lv := range getLexicon().places {
			if lv <= 2 {
				r, _ := firstRune(name)
				placeInitials[r] = true
			}
		}
	})
	return placeInitials
}

// orgLabel picks the placeholder label of an organisation word.
func orgLabel(w string, company bool) string {
	if company {
		return "企业"
	}
	if _, c := orgSuffix(w); c {
		return "企业"
	}
	return "机构"
}

// orgShortForms derives the short forms an organisation is also called by:
// its distinctive part without industry words and suffix (金成机械有限公司
// → 金成), and for universities the initials form (上海交通大学 → 上海交大,
// 兰州大学 → 兰大).
func orgShortForms(tt *tokText, f Finding) []string {
	var out []string
	name := f.Text
	suf, _ := orgSuffix(name)
	core := strings.TrimSuffix(name, suf)
	core = strings.TrimLeft(core, "×Ｘ*＊")
	// Re-segment the core by the tokens of the text it came from.
	var words []string
	if tt != nil {
		// (speed9a: from the token at the finding's start, when it starts
		// a character, to the first token starting at or after the limit,
		// after which no token ends inside it)
		k0, limit := 0, f.End-len(suf)
		if i := tt.runeAt(f.Start); i >= 0 && i < len(tt.runes) {
			k0 = tt.tokOf[i]
		}
		for k := k0; k < len(tt.toks); k++ {
			t := &tt.toks[k]
			if tt.off[t.start] >= limit {
				break
			}
			if tt.off[t.start] >= f.Start && tt.off[t.end] <= limit && !hasMaskRune(t.word) {
				words = append(words, t.word)
			}
		}
	}
	// distinctive part: drop trailing industry words
	d := words
	for len(d) > 1 && industryWords[d[len(d)-1]] {
		d = d[:len(d)-1]
	}
	if len(d) < len(words) {
		if s := strings.Join(d, ""); runeLen(s) >= 2 && allHan(s) {
			out = append(out, s)
		}
	}
	if b := dropLeadingPlaces(textOf(tt, name), words); b != nil && len(b) < len(words) {
		d = b // 浙江|晶美|水晶: the brand after the place the firm is registered in
		if s := piecedBrand(tt, f, b); s != "" {
			out = append(out, s) // 广东|粤|顺达|物流
		}
	}
	if len(d) >= 2 && runeLen(d[0]) >= 2 && allHan(d[0]) && !getLexicon().common[d[0]] && !genreWords[d[0]] && !industryWords[d[0]] {
		// a made-up brand before the trade words (湘隆|金银花|科技): the
		// brand alone names the firm too (湘隆品牌)
		rest := true
		for _, w := range d[1:] {
			rest = rest && (genreWords[w] || industryWords[w] || getLexicon().common[w] || gluedTrade23(w)) // leaks23.go: 五金制品
		}
		if rest && getLexicon().places[d[0]] == 0 && tt != nil && brandToken(tt, d[0]) {
			out = append(out, d[0])
		}
	}
	if suf == "大学" && len(words) >= 2 {
		// 上海|交通|大学 → 上海交大, 上交大
		var a, b strings.Builder
		a.WriteString(words[0])
		r0, _ := firstRune(words[0])
		b.WriteRune(r0)
		for _, w := range words[1:] {
			r, _ := firstRune(w)
			a.WriteRune(r)
			b.WriteRune(r)
		}
		a.WriteString("大")
		b.WriteString("大")
		out = append(out, a.String())
		if runeLen(b.String()) >= 3 {
			out = append(out, b.String())
		}
	}
	if suf == "大学" && len(words) <= 1 && runeLen(core) == 2 && allHan(core) {
		// 兰州大学 → 兰大, 厦门大学 → 厦大 (gojieba often keeps the whole
		// name as one word): only ever looked for in a document that
		// names the university in full
		r0, _ := firstRune(core)
		out = append(out, string(r0)+"大")
	}
	if tt != nil {
		if b := bracketedShortForm(tt.text[f.End:]); b != "" && b != name {
			out = append(out, b)
		}
		if b := declaredShortForm(tt.text[f.End:]); b != "" && b != name { // leaks8.go
			out = append(out, b)
		}
		if b := brandTradeShortForm(f); b != "" && b != name { // leaks8.go: 甘肃|某源|建筑工程有限公司 → 某源建筑
			out = append(out, b)
		}
	}
	_ = core
	out = append(out, placeLessShortForms(tt, f)...) // leaks7.go: 贵州|黔湄春|茶业有限公司 → 黔湄春
	out = append(out, brandShortForms15(tt, f)...)   // leaks15.go: 吉林|某源堂|生物科技|有限公司 → 某源堂
	// a genre word is no short form, even when it heads a name
	// (黄牛|养殖合作社 → 黄牛 would mask 存栏黄牛500头)
	kept := out[:0]
	for _, s := range out {
		if !genreWords[s] {
			kept = append(kept, s)
		}
	}
	return kept
}

// notShortForms are bracketed words after a name that qualify the name
// rather than abbreviate it (…办法（试行）, …公司（筹）).
var notShortForms = wordSet(`试行 暂行 筹 筹备 草案 征求意见稿 下同 全称 简称 集团 有限公司 公司 盖章 签章 原件 复印件 副本`)

// openBracket returns what follows an opening bracket at the start of
// rest, full-width or ASCII, and the bracket that closes it; close is ""
// when rest opens no bracket.
func openBracket(rest string) (inner, close string) {
	switch {
	case strings.HasPrefix(rest, "（"):
		return rest[len("（"):], "）"
	case strings.HasPrefix(rest, "("):
		return rest[1:], ")"
	}
	return rest, ""
}

// bracketedShortForm returns the short form a report gives in brackets
// right after an organisation's full name (浙江农林大学（农林大）, …集团有限公司
// （以下简称“秦川集团”）): two to six Han characters; "" if rest does not
// open with one.
func bracketedShortForm(rest string) string {
	rest, close := openBracket(rest)
	if close == "" {
		return ""
	}
	e := strings.Index(rest, close)
	if e < 0 || e > 40 {
		return ""
	}
	in := rest[:e]
	for _, p := range []string{"以下简称", "下称", "简称"} {
		in = strings.TrimPrefix(in, p)
	}
	in = strings.Trim(in, "“”\"'‘’「」：:")
	if n := runeLen(in); n < 2 || n > 6 || !allHan(in) || notShortForms[in] || nationalTerms[in] || countries[in] {
		return ""
	}
	return in
}

// ordinaryBodyWords end in an organisation character but are ordinary
// words even after a place (中国|干部).
var ordinaryBodyWords = wordSet(`市场 现场 立场 会场 考场 东西部 中西部 东中西部 东部 西部 南部 北部 中部 东南部 西南部 西北部 东北部 腹部 头部 上部 下部 底部 顶部 总部 支部 本部 会议 干部 全部 内部 外部 局部 部分 格局 大局 布局 结局 社会 机会 大会 晚会 宴会 聚会 峰会 场所 住所 厕所 网站 庭院 党 人 团 会 部 队 所 院 站 社 馆 委 办 局 军 处 科`)

// standaloneBodies are party and government bodies named by their level
// alone (县委, 市政府); strict masks them, default keeps them.
var standaloneBodies = []string{"县委", "市委", "省委", "区委", "州委", "镇党委", "乡党委", "党委", "县政府", "市政府", "省政府", "区政府", "镇政府", "乡政府", "村委会", "居委会", "国会", "议会", "内阁", "参议院", "众议院", "海军", "陆军", "空军", "党中央", "国务院"}

// bodyPrefix returns the standalone body a word is or starts with (市委书记 → 市委).
func bodyPrefix(w string) string {
	r, _ := firstRune(w)
	if !bodyFirst.has(r) {
		return ""
	}
	for _, b := range bodiesByFirst[r] {
		if w == b || strings.HasPrefix(w, b) && (rolesBefore[strings.TrimPrefix(w, b)] || strings.TrimPrefix(w, b) == "副书记") {
			return b
		}
	}
	return ""
}

// bodiesByFirst is standaloneBodies by first character, in their order.
var bodiesByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, s := range standaloneBodies {
		r, _ := firstRune(s)
		m[r] = append(m[r], s)
	}
	return m
}()

var bodyFirst = func() (b runeBits) {
	for _, s := range standaloneBodies {
		r, _ := firstRune(s)
		b.set(r)
	}
	return
}()

// buildVerbs precede the institutions a report builds (新建|学校).
var buildVerbs = wordSet(`新建 改建 扩建 改扩建 新改扩建 援建 筹建 创建 组建 兴建 共建 在建 拟建 续建 建成 建设 成立 设立 挂牌 引进 依托 联合 对接 帮助 协助 推进 加快 争创 创办 开办 举办 主办 承办`)

// govLead reports words that begin like a party, state or government body
// of some level (人大常委会, 国家发改委, 中共中央), which are generic.
func govLead(w string) bool {
	for _, p := range []string{"人民", "人大", "政协", "中共", "中央", "国家", "全国", "国务院", "党", "省", "市", "县", "区", "乡", "镇", "村"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// genericCoopWords describe the kind of a cooperative or business, not its
// name (农民专业合作社, 村集体经济合作社, 土地股份合作社).
var genericCoopWords = wordSet(`农民 农夫 农户 专业 农业 农村 村级 集体 经济 集体经济 村集体 股份 股份经济 土地 资金 互助 资金互助 供销 信用 合作 农机 植保 用水 用水户
	家庭 妇女 巾帼 青年 残疾人 村民 社区 联合 综合 专业化 消费 手工 劳务 扶贫 脱贫 农民工 返乡 创业 农产品 产业 种养殖 规模 现代 新型 小型 大型 中型 各类 各种 一批 新 老 小 大 村 乡 镇 县 市 区 省
	名师 名医 名匠 专家 劳模 大师 技能大师 工匠 书记 院士 博士 人才 党员 乡贤 非遗 传承人 创新 技能 职工`)

// distinctivePart reports whether the runes [s, e) before an enterprise
// suffix hold a word that names one business rather than its kind: a word
// that is not an industry, activity, level or generic cooperative word.
func distinctivePart(tt *tokText, s, e int) bool {
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		a, b := max(t.start, s), min(t.end, e)
		w := tt.sub(a, b)
		i = b
		if b-a < 2 || !allHan(w) {
			continue
		}
		if industryWords[w] || brandIndustry[w] || nameVerbs[w] || levelWords[w] || genericCoopWords[w] || t.pos == "v" || t.pos == "vn" || t.pos == "m" {
			continue
		}
		return true
	}
	return false
}

// wellKnownAbbrev are the usual short names of banks and large enterprises,
// which gojieba often tags as verbs or ordinary words (建行/v).
var wellKnownAbbrev = wordSet(`工行 农行 中行 建行 交行 招行 浦发 邮储 中信银行 兴业银行 民生银行 光大银行 华夏银行 农发行 国开行 农商行 农信社 村镇银行
	中石油 中石化 中海油 中移动 华为 阿里 腾讯 京东 美团 拼多多`)

// bodyWordSuffixes end one-word bodies (宣传部, 代表团); meetings (座谈会),
// workshops and facilities (停车场, 加油站) are left out.
var bodyWordSuffixes = runeSet("部委局厅署办院所馆队团社")

// bodyWord returns the body a single word names: the word itself when it
// ends in an organisation suffix (教育部, 办事处), or the body before a
// head's title (司法部长 → 司法部); "" otherwise.
func bodyWord(w string) string {
	r := lastRune(w)
	if r == '长' {
		if runeLen(w) < 4 {
			return ""
		}
		if !bodyWordSuffixes[lastRune(w[:len(w)-len("长")])] {
			return ""
		}
	} else if !suffixLast.has(r) {
		return ""
	}
	n, last := runeLen(w), r // w's characters and its last one
	if n >= 4 && r == '长' {
		// drop the 长 (司法部|长): its bytes, or for a word with broken
		// UTF-8 the re-encoded characters before it, as the rune slice did
		if utf8.ValidString(w) {
			w = w[:len(w)-len("长")]
		} else {
			rs := []rune(w)
			w = string(rs[:len(rs)-1])
		}
		n, last = n-1, lastRune(w)
	}
	if n < 2 || ordinaryBodyWords[w] {
		return ""
	}
	suf, company := orgSuffix(w)
	if suf == "" || company && suf != "社" {
		return "" // enterprises need a name; news agencies (路透社) do not
	}
	if sn := runeLen(suf); sn == 1 && (n < 3 || !bodyWordSuffixes[last]) || sn > 1 && strings.HasSuffix(suf, "会") && suf != "委员会" && suf != "管委会" {
		return ""
	}
	return w
}

// quotedUniDiscipline are the characters quotedUni accepts between the
// closing quote and 大.
var quotedUniDiscipline = runeBitsOf("科交师农工医财理政外航邮电林海矿体艺美传民石")

// quotedUniSpans returns what quotedUni.FindAllStringIndex(tt.text, -1)
// returns, scanning the text's characters once: an opening quote, one to
// five Han characters, a closing quote, a discipline character and 大.
// Han characters are no quotes, so each quote starts at most one match.
func quotedUniSpans(tt *tokText) [][]int {
	if tt.runeCls&rcQuote == 0 {
		return nil // (speed7b.go: no opening quote in the text)
	}
	if !sigAny(tt, &daSig) {
		return nil // (speed10.go: no 大 in the text)
	}
	var out [][]int
	rs := tt.runes
	for i := 0; i < len(rs); i++ {
		if rs[i] != '“' && rs[i] != '"' && rs[i] != '「' {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i-1 < 5 && isHan(rs[j]) {
			j++
		}
		if j == i+1 || j+2 >= len(rs) || rs[j] != '”' && rs[j] != '"' && rs[j] != '」' || !quotedUniDiscipline.has(rs[j+1]) || rs[j+2] != '大' {
			continue
		}
		out = append(out, []int{tt.off[i], tt.off[j+3]})
		i = j + 2 // matches do not overlap
	}
	return out
}

// pressTitleSpans returns what pressTitle.FindAllStringSubmatchIndex(
// tt.text, -1) returns, scanning the text's characters once: 《, a run of
// Han characters that ends with a newspaper or magazine word after one to
// twelve others, 》.
func pressTitleSpans(tt *tokText) [][]int {
	if !sigAny(tt, &bookTitleSig) {
		return nil // (speed10.go: no 《 in the text)
	}
	var out [][]int
	rs := tt.runes
	for i := 0; i < len(rs); i++ {
		if rs[i] != '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && isHan(rs[j]) {
			j++
		}
		if j >= len(rs) || rs[j] != '》' {
			continue
		}
		l := j - i - 1 // the title's length
		ok := rs[j-1] == '报' && l-1 >= 1 && l-1 <= 12
		if !ok && l-2 >= 1 && l-2 <= 12 {
			switch string(rs[j-2 : j]) {
			case "日报", "晚报", "新闻", "周刊", "杂志", "时报", "商报":
				ok = true
			}
		}
		if !ok {
			continue
		}
		out = append(out, []int{tt.off[i], tt.off[j+1], tt.off[i+1], tt.off[j]})
		i = j
	}
	return out
}

// uniDiscipline are the discipline characters before 大 in university
// abbreviations (科 of 山科大, 交 of 上海交大).
var uniDiscipline = runeSet("科交师农工医财理政外航邮电林海矿体艺美传民石中华")

// uniAbbrevSpans returns the spans of the usual abbreviations of
// universities (山科大, 上海交大): one or two Han characters, a discipline
// character and 大, found from each 大 without a regular expression.
func uniAbbrevSpans(tt *tokText, has bool) [][]int {
	if !has || !tt.mayHold('大') { // (no 大: nothing below is found)
		return nil
	}
	var out [][]int
	last := 0
	for j := tt.nextAt(rcDa, 2); j < len(tt.runes); j = tt.nextAt(rcDa, j+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[j] != '大' || !uniDiscipline[tt.runes[j-1]] || !isHan(tt.runes[j-2]) || j-2 < last {
			continue
		}
		s := j - 2
		if s-1 >= last && isHan(tt.runes[s-1]) {
			s--
		}
		out = append(out, []int{tt.off[s], tt.off[j+1]})
		last = j + 1
	}
	return out
}

var abbrevFirst = func() (b runeBits) {
	for w := range wellKnownAbbrev {
		r, _ := firstRune(w)
		b.set(r)
	}
	return
}()

// brandToken reports whether gojieba reads w as a word it does not know
// (x) or a proper noun wherever it occurs in the text: a made-up brand,
// not an ordinary word that heads a firm's name.
func brandToken(tt *tokText, w string) bool {
	seen := false
	for _, t := range tt.toks {
		if t.word != w {
			continue
		}
		if t.pos != "x" && t.pos != "nz" {
			return false
		}
		seen = true
	}
	return seen
}

// utilityWords name the public utilities a city or county runs as a
// company of its own (市燃气公司, 县自来水公司): with the place they make
// no name of their own.
var utilityWords = wordSet(`燃气 天然气 煤气 供电 电力 供水 自来水 水务 热力 供热 供暖 公交 公共交通 邮政 电信 移动 联通 烟草 盐业 石油 石化 粮食 城投 城建 水利 建设 交通 旅游 投资 发展`)

// utilityBody reports whether runes [s, e) are a place named in full and
// then one or two utility words only (吕梁市|燃气, 某县|供电).
func utilityBody(tt *tokText, s, e int) bool {
	t := tt.tokenAt(s)
	if t == nil || t.pos != "ns" || t.start != s || t.end >= e {
		return false
	}
	if lv, ok := getLexicon().place(t.word); !ok || lv < 1 || lv > 3 {
		return false
	}
	body := tt.runes[t.end:e]
	if utilityWords[string(body)] {
		return true
	}
	for i := 1; i < len(body); i++ {
		if utilityWords[string(body[:i])] && utilityWords[string(body[i:])] {
			return true
		}
	}
	return false
}

// placeThenGenericBody returns the rune end of the place that opens the
// body name at runes [s, e) when the rest is a generic department of that
// place (市|林业局, 县|农业农村局): a prefecture-level city or above named
// in full, then only words gojieba knows, none a name or a place. It
// returns -1 otherwise.
func placeThenGenericBody(tt *tokText, s, e int) int {
	l := getLexicon()
	t := tt.tokenAt(s)
	if t == nil || t.pos != "ns" {
		return -1
	}
	lv, ok := l.place(t.word)
	if !ok || lv < 1 || lv > 3 || !strings.HasSuffix(t.word, "市") && !strings.HasSuffix(t.word, "州") && !strings.HasSuffix(t.word, "省") &&
		!(lv == 3 && (strings.HasSuffix(t.word, "县") || strings.HasSuffix(t.word, "旗"))) {
		return -1 // a city or above, or a county named in full (桦南县|市场监督管理局)
	}
	if e-t.end < 3 {
		return -1
	}
	for i := t.end; i < e; {
		w := tt.toks[tt.tokOf[i]]
		if lv := l.places[w.word]; w.start != i || !w.dictWord() || !allHan(w.word) || lv > 0 && lv <= 3 || l.short[w.word] != "" {
			return -1
		}
		switch w.pos {
		case "ns", "nr", "nrfg", "nrt", "nz", "x", "j", "eng", "nt":
			return -1
		}
		i = w.end
	}
	return t.end
}

// townBeforeGluedSuffix moves an organisation's start s back over the
// township whose suffix gojieba glued to the name's head (恭城瑶族自治县|平安|
// 镇北|洞源村…合作社, the name read from 镇北 on) and over the places
// written right before that township: left out, the township's stem and
// the county would stay readable before the mask (平安〔企业〕).
func townBeforeGluedSuffix(tt *tokText, s int) int {
	if s < 2 || tt.runes[s] != '镇' && tt.runes[s] != '乡' || tt.tokStart(s+1) {
		return s
	}
	l := getLexicon()
	for i := max(0, s-5); i <= s-2; i++ {
		if lv, ok := l.place(tt.sub(i, s+1)); ok && lv >= 4 && tt.tokStart(i) {
			// and the places right before it (恭城瑶族自治县)
			for moved := true; moved && i > 0; {
				moved = false
				for j := max(0, i-9); j <= i-2; j++ {
					if lv, ok := l.place(tt.sub(j, i)); ok && lv > 0 && tt.tokStart(j) {
						i, moved = j, true
						break
					}
				}
			}
			return i
		}
	}
	return s
}

// brandAfterPlace reports an ordinary noun of two characters right after a
// place, inside a company's name (元阳县|粮农|红米开发有限公司): the word is
// the company's brand, its place before it, and both belong to the name.
func brandAfterPlace(tt *tokText, k int) bool {
	p := tt.toks[k]
	if k == 0 || p.n() != 2 || !allHan(p.word) || buildVerbs[p.word] || rolesBefore[p.word] || levelWords[p.word] {
		return false
	}
	switch p.pos {
	case "n", "nz", "j", "b", "s":
	default:
		return false
	}
	q := tt.toks[k-1]
	l := getLexicon()
	return q.end == p.start && q.n() >= 2 && (l.places[q.word] > 0 || (q.pos == "ns" || q.pos == "x") && l.short[q.word] != "")
}

// facilityUsers are the groups a facility is for when its name begins with
// one (病人留观医院, 老人日间照料中心).
var facilityUsers = wordSet(`病人 患者 老人 老年人 儿童 留守儿童 妇女 残疾人 学生 游客 农民 群众 职工 青少年 婴幼儿`)

// produceWords are classes of farm produce a facility handles (农产品冷链
// 仓储中心, 果蔬分拣中心).
var produceWords = wordSet(`农产品 农副产品 特色农产品 果蔬 粮食 蔬菜 水果 畜产品 水产品 农资 种子 饲料 食用菌 中药材 药材 粮油 肉类 禽蛋`)

// facilityFor reports a body's name part [s, e) that names a kind of
// facility, not a proper name: it begins with a product of the genre, a
// class of produce or the group the facility serves (脐橙冷链仓储, 马铃薯脱毒种薯繁育, 病人留观),
// holds two words at least and no place, name or masked text.
func facilityFor(tt *tokText, s, e int) bool {
	if s >= e || !tt.tokStart(s) {
		return false
	}
	// the level or the whole of a place before it (县|冷链物流中心, 全县|…)
	// names no place of its own
	if t := tt.toks[tt.tokOf[s]]; t.end < e && (t.n() == 1 && genericLevel[tt.runes[s]] || t.n() == 2 && quantifiedPlace(t.word) && genericLevel[tt.runes[s+1]]) {
		s = t.end
	}
	first := tt.toks[tt.tokOf[s]]
	if first.end >= e || !genreWords[first.word] && !facilityUsers[first.word] && !produceWords[first.word] {
		return false
	}
	l := getLexicon()
	for ti := tt.tokOf[s]; ti < len(tt.toks) && tt.toks[ti].start < e; ti++ {
		t := tt.toks[ti]
		switch t.pos {
		case "ns", "nr", "nrfg", "nrt", "nt":
			// a genre word gojieba calls a name (小龙虾/nr) is none, and the
			// body's own word (交易中心/nt) names its kind
			if !genreWords[t.word] && !produceWords[t.word] && t.end <= e {
				return false
			}
		}
		if l.places[t.word] > 0 || l.short[t.word] != "" || hasMaskRune(t.word) {
			return false
		}
		if (t.pos == "x" || t.pos == "nz" || t.pos == "n" && !l.common[t.word] && !genreWords[t.word]) && t.n() >= 2 && tradeNameChars[tt.runes[t.start]] {
			return false // 脐橙|金果|仓储中心: a trade name inside
		}
	}
	return true
}

// tradeNameChars begin the made-up words enterprises are named with (金果,
// 鑫源, 宏达, 华盛).
var tradeNameChars = runeSet("金鑫宏华盛兴隆泰丰源康瑞恒达顺福祥嘉昌益鼎晟翔裕荣富润德利佳聚")

// deptBodyRunes end a government department's name (人社局, 医保局, 县委,
// 政府办): a name part right before one is the department's short name.
var deptBodyRunes = runeBitsOf("局委办厅")

// placeBodySuffixes are the bodies every county and township has, named by
// the place alone (…镇党委, …乡人民政府, …县人大).
var placeBodySuffixes = wordSet(`党委 党组 人民政府 政府 人大 纪委 党政办 政府办`)

// placeChain splits runes [s, e) into gazetteer places written one after
// another (奉节县|公平镇), each the longest name starting where the last one
// ended; it returns nil unless they fill the span exactly, or when one is
// an ordinary word not written after another place (小城镇).
func placeChain(tt *tokText, s, e int) [][2]int {
	l := getLexicon()
	var out [][2]int
	for i := s; i < e; {
		best := 0
		for j := min(e, i+10); j >= i+2; j-- {
			if lv, ok := l.place(tt.sub(i, j)); ok && lv > 0 {
				name := tt.sub(i, j)
				if st := shortPlace(name); st == "" || genericPlaceStems[st] || (l.common[st] || l.common[name]) && !chainedTown(name, st, lv, i > s) {
					return nil // 小城镇|政府: an ordinary word a town is also called
				}
				best = j
				break
			}
		}
		if best == 0 {
			return nil
		}
		out = append(out, [2]int{i, best})
		i = best
	}
	return out
}

// tradeOnlyName reports a cooperative or workshop named only by its trade
// (刺绣合作社, 油茶专业合作社, 苗绣工坊, 竹编车间): no proper name.
func tradeOnlyName(name string) bool {
	for _, k := range []string{"专业合作社", "合作社", "工坊", "作坊", "车间"} {
		if w, ok := strings.CutSuffix(name, k); ok {
			return genreWords[w] || produceWords[w] || produceTradeName(w) // leaks9.go
		}
	}
	return false
}

// eventWords end the names of fairs, expos and forums.
var eventWords = wordSet(`交易会 博览会 展览会 展销会 洽谈会 推介会 交流会 订货会 采购会 贸易会 投资贸易洽谈会 文化节 旅游节 艺术节 年会 峰会 论坛`)

// nationalScope are words that place an event at the national or
// international level (中国, 全国, 国际, 世界).
var nationalScope = wordSet(`中国 全国 国际 世界 全球 亚洲 亚太 东盟 中国国际 中华`)

// nationalEvent reports whether the body ending in token t, its name
// part beginning at rune s, is a fair or forum named by a national scope
// and kind words alone (中国|国际|农产品|交易会): it names no local
// organiser, and keeping it is what a reader needs.
func nationalEvent(tt *tokText, s int, t tok) bool {
	if !eventWords[t.word] || s >= t.start || !tt.tokStart(s) {
		return false
	}
	scoped := false
	l := getLexicon()
	for ti := tt.tokOf[s]; ti < len(tt.toks) && tt.toks[ti].end <= t.start; ti++ {
		w := tt.toks[ti].word
		switch {
		case nationalScope[w]:
			scoped = true
		case produceWords[w] || industryWords[w] || genreWords[w]:
		case l.common[w] && tt.toks[ti].pos == "n":
		default:
			return false
		}
	}
	return scoped
}

// kindBody reports a word gojieba tags as an organisation that is only a
// kind of body: an ordinary word or a trade before an organisation suffix
// (交易|中心, 服务|中心), naming no one body.
func kindBody(w string) bool {
	suf, _ := orgSuffix(w)
	if suf == "" || len(suf) >= len(w) {
		return false
	}
	inner := w[:len(w)-len(suf)]
	return runeLen(inner) >= 2 && (getLexicon().common[inner] || industryWords[inner])
}
