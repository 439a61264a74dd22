package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep31: ordinary phrases of span-train35 (keep-dense
// county reports) that a recognizer read as names, each kept by its class:
//   - terms of criminal justice read as bodies (监外执行, 暂予监外执行,
//     取保候审): a kind of sentence or measure, no organisation;
//   - generic police and fire units with or without a level (交警大队,
//     县消防救援大队, 区交警支队): every county has one, no name;
//   - counted slogans in quotes (“九小场所”, “三所一庭”): a numeral opens
//     them, and a second numeral or a kind of count (小, 大, 个) follows;
//   - a centre named by its function after a place and a verb or a
//     position (…镇…山下新开|游客服务中心, 綦江区|融媒体中心, 智慧矫正中心):
//     the centre kind stays, the place before it is still masked;
//   - a place's short form opening a policy term (普惠|金融, 海南|自由贸易港)
//     and the policy term's own short form (自贸港);
//   - breeds and varieties read as persons: a three-character "name" ending
//     in a livestock, grain or drink kind (杜蒙羊, 山兰稻, 山兰酒), and the
//     items of a list closed by 等品种 (北冰红、…、左优红等品种);
//   - a room kind glued to the verb before it (展|陈厅, read as 陈厅);
//   - small shops counted in a campaign (小餐馆, 小旅馆, 小网吧);
//   - a performing-art genre that a learned tagger read as a place
//     (荆河|戏, 车水号子): the genre is named after a river or a task, no
//     place of the text.

// keep31 drops or trims the findings of fs that are ordinary phrases of
// one of the classes above.
func keep31(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		g, keep := keepFinding31(tt, f)
		if keep {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// keepWhole31 reports whether f is an ordinary phrase of keep31's classes
// as a whole; the enumeration pass asks it of the list items it adds.
func keepWhole31(tt *tokText, f Finding) bool {
	_, keep := keepFinding31(tt, f)
	return keep
}

// keepFinding31 returns f, trimmed where a centre kind ends it, and whether
// f is an ordinary phrase of keep31's classes as a whole.
func keepFinding31(tt *tokText, f Finding) (Finding, bool) {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return f, false
	}
	before, after := tt.text[:f.Start], tt.text[f.End:]
	switch {
	case justiceTerms31[f.Text]:
		return f, true
	case policeUnit31(f.Text) || policeUnits31(f.Text):
		return f, true
	case countedSlogan31(f.Text, before, after) && !strings.HasPrefix(f.Evidence, "gazetteer"):
		return f, true
	case policyShort31(f, after):
		return f, true
	case f.Type == PERSON && breed31(f, after):
		return f, true
	case f.Type == PERSON && roomGlued31(f, before):
		return f, true
	case smallShop31(f.Text, after):
		return f, true
	case f.Type == LOCATION && verbHuitong31(f, before, after):
		return f, true
	case artGenre31(f, after):
		return f, true
	}
	if f.Type == ORG && strings.HasSuffix(f.Text, "中心") && strings.HasPrefix(f.Evidence, "org-suffix:中心") {
		return centre31(f)
	}
	return f, false
}

// justiceTerms31 are kinds of sentence and of measure in criminal justice
// that gojieba tags as bodies (监外执行/nt).
var justiceTerms31 = wordSet(`监外执行 暂予监外执行 取保候审 监视居住 指定居所监视居住 社区矫正 社区服刑 刑满释放 缓刑 假释`)

// policeLevels31 may open a generic unit (县|交警大队).
var policeLevels31 = []string{"县", "市", "区", "旗", "州", "镇", "乡"}

// policeFunctions31 are the services of a generic police or fire unit.
var policeFunctions31 = wordSet(`交警 消防 消防救援 森林消防 巡特警 特警 刑警 治安 交通警察 城管执法 综合执法 综合行政执法 交通执法 林业执法 环境执法 市场执法`)

// policeUnit31 reports whether w is a generic police or fire unit: an
// optional level, a service and its unit (县|消防救援|大队).
func policeUnit31(w string) bool {
	if l := firstPrefix(w, policeLevels31); l != "" {
		w = w[len(l):]
	}
	u := firstSuffix(w, []string{"大队", "支队", "中队"})
	return u != "" && policeFunctions31[strings.TrimSuffix(w, u)]
}

// unitJoins31 join two units that act together (市交警支队|会同|县交警大队).
var unitJoins31 = []string{"会同", "联合", "协同", "配合", "与", "和", "及", "、"}

// policeUnits31 reports whether w is two or more generic units joined by a
// verb or a conjunction, read as one body up to the last unit's 队.
func policeUnits31(w string) bool {
	if !strings.HasSuffix(w, "队") {
		return false // the last part, a suffix of w, must end in a unit's 队
	}
	parts := []string{w}
	for _, j := range unitJoins31 {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, j)...)
		}
		parts = next
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !policeUnit31(p) {
			return false
		}
	}
	return true
}

// numerals31 open a counted slogan.
var numerals31 = runeBitsOf("一二三四五六七八九十两百千万")

// countWords31 follow a slogan's first numeral as the kind of count
// (九|小场所, 四|大行动, 五|个一工程).
var countWords31 = runeBitsOf("小大个项类不化有无")

// countedSlogan31 reports whether w, alone between quotes, is a counted
// slogan: a numeral, then a kind of count or a second numeral later on
// (“九小场所”, “三所一庭”, “两不愁三保障”).
func countedSlogan31(w, before, after string) bool {
	if !strings.HasSuffix(before, "“") || !strings.HasPrefix(after, "”") {
		return false
	}
	rs := []rune(w)
	// four characters at least: a quoted three (“八大家”) is a place's name
	// as often as a slogan
	if len(rs) < 4 || len(rs) > 8 || !numerals31.has(rs[0]) {
		return false
	}
	if countWords31.has(rs[1]) {
		return true
	}
	for _, r := range rs[2:] {
		if numerals31.has(r) {
			return true
		}
	}
	return false
}

// policyWords31 follow a place's short form in a policy term of the nation
// (普惠|金融, 海南|自由贸易港): the pair is the policy, no place of the text.
var policyWords31 = map[string][]string{
	"普惠": {"金融", "性", "型", "制", "式", "保险", "贷款"},
	"":   {"自由贸易港", "自贸港", "自由贸易试验区", "自贸试验区"},
}

// policyShort31 reports whether f is a place's short form that opens a
// policy term, or the policy term's own short form (自贸港).
func policyShort31(f Finding, after string) bool {
	// the term's short form, or a character glued before it (用好|自贸港)
	if k := firstSuffix(f.Text, []string{"自贸港", "自由贸易港"}); k != "" && runeLen(f.Text) <= runeLen(k)+1 {
		return true
	}
	// 普惠 before 金融 is the policy whoever read it (a short form, a name)
	if ws, ok := policyWords31[f.Text]; ok && f.Text != "" && firstPrefix(after, ws) != "" {
		return true
	}
	if !strings.HasPrefix(f.Evidence, "gazetteer-short:") {
		return false
	}
	// a province before its free-trade zone (海南|自由贸易港)
	return strings.HasSuffix(f.Evidence, "省") && firstPrefix(after, policyWords31[""]) != ""
}

// breedEnds31 end a breed or a variety read as a three-character name
// (杜蒙|羊, 山兰|稻, 山兰|酒); 牛, 米 and 麦 end given names too (大牛,
// 小米, 小麦) and are left out.
var breedEnds31 = runeBitsOf("羊猪稻酒")

// breedVerbs31 stand before a breed or a variety (引进, 主栽); a rule may
// read them as a role before a name.
var breedVerbs31 = wordSet(`引进 推广 养殖 饲养 种植 培育 繁育 主栽 选育 改良 发展 扩繁 引种 试种`)

// varietyCloses31 close a list of varieties (…、左优红等品种).
var varietyCloses31 = []string{"等品种", "等良种", "等品系", "等新品种", "等优良品种", "等主栽品种", "等种植品种"}

// breed31 reports whether the person f is a breed or variety: three or more
// characters ending in a breed kind with no person's context, or an item
// of a list that 等品种 closes.
func breed31(f Finding, after string) bool {
	strong := strings.Contains(f.Evidence, "name-after") || strings.Contains(f.Evidence, "title-after:说")
	if i := strings.Index(f.Evidence, "role-before:"); i >= 0 {
		// a verb of breeding read as a role (引进|杜蒙羊) is no person's context
		r := f.Evidence[i+len("role-before:"):]
		if j := strings.IndexByte(r, ','); j >= 0 {
			r = r[:j]
		}
		strong = strong || !breedVerbs31[r]
	}
	if r, _ := utf8.DecodeLastRuneInString(f.Text); runeLen(f.Text) >= 3 && breedEnds31.has(r) && !strong {
		return true
	}
	// the rest of the clause, up to its close: list items and 等品种
	for i, r := range after {
		if r == '，' || r == '。' || r == '；' || r == '：' || r == '\n' || i > 60 {
			return false
		}
		if r == '等' {
			// the close ends the phrase (等品种，), or a verb or count
			// follows it; 等品种选育人 names people
			c := firstPrefix(after[i:], varietyCloses31)
			if c == "" || strong {
				return false
			}
			n, _ := utf8.DecodeRuneInString(after[i+len(c):])
			return !isHan(n) || strings.ContainsRune("的达为占面种共", n)
		}
		if !isHan(r) && r != '、' && r != '“' && r != '”' && (r < '0' || r > '9') {
			return false
		}
	}
	return false
}

// roomKinds31 end a room's word (展陈|厅, 品鉴|室).
var roomKinds31 = runeBitsOf("厅室馆")

// roomStops31 may stand before a person's name: particles, prepositions.
var roomStops31 = runeBitsOf("的了在和与及或向对给把被请同跟由让是为将从")

// roomGlued31 reports whether the two-character person f ends in a room
// kind and is glued to a Han character before it (展|陈厅): a room's word
// cut apart, no name.
func roomGlued31(f Finding, before string) bool {
	n, _, r1, _ := firstRunes18(f.Text) // (no []rune: speed18.go)
	if n != 2 || !roomKinds31.has(r1) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return isHan(r) && !roomStops31.has(r) && !strings.Contains(f.Evidence, "role-before")
}

// smallKinds31 are shops counted as "small places" in safety campaigns
// (小|餐馆, 小|网吧).
var smallKinds31 = []string{"餐馆", "餐饮店", "饭馆", "饭店", "旅馆", "宾馆", "网吧", "作坊", "商店", "超市", "歌舞厅", "浴室", "诊所", "美容店", "美发店", "加工厂", "加工点", "五金店", "便利店"}

// smallShop31 reports whether w ends in 小 and a kind of small shop, the
// kind reaching to w's end or past it (小网|吧), with at most two
// characters (a verb: 夜查) before 小.
func smallShop31(w, after string) bool {
	i := strings.Index(w, "小")
	if i < 0 || runeLen(w[:i]) > 2 {
		return false
	}
	rest := w[i+len("小"):]
	k := firstPrefix(rest+after, smallKinds31)
	return k != "" && len(k) >= len(rest)
}

// artGenres31 are performing-art genres (荆河|戏, 车水|号子).
var artGenres31 = []string{"号子", "花鼓戏", "戏", "山歌", "小调", "秧歌"}

// artGenre31 reports whether f, read by a learned tagger, is the name of a
// performing-art genre: the tagger's span ends in the genre or up to two
// characters past it (车水号子|同台), or the genre follows it (荆河|戏).
func artGenre31(f Finding, after string) bool {
	if !strings.HasPrefix(f.Evidence, "tagger") && !strings.HasPrefix(f.Evidence, "span tagger") {
		return false
	}
	if g := firstPrefix(after, artGenres31); g != "" {
		return true
	}
	for _, g := range artGenres31 {
		if i := strings.LastIndex(f.Text, g); i > 0 && runeLen(f.Text[i+len(g):]) <= 2 {
			return true
		}
	}
	return false
}

// centreFunctions31 name what a centre does, beyond keep28's list
// (融媒体, 矫正); longer first.
var centreFunctions31 = []string{"社区矫正", "矫正", "融媒体", "综治"}

// centreLeads31 end the words before a centre kind that are no part of
// the place: a verb of building and a position (…山下|新开|, …景区|入口|完成).
var centreLeads31 = []string{"新开", "完成", "建成", "新建", "建设", "改造", "启用", "开设", "设立", "打造", "升级", "开通", "投用", "配套", "入口", "出口", "门口", "下", "内", "旁"}

// centre31 returns the centre f trimmed to the place before its kind, and
// whether it is a kind alone (智慧矫正中心, 县社区矫正中心).
func centre31(f Finding) (Finding, bool) {
	stem := strings.TrimSuffix(f.Text, "中心")
	n := 0
	for {
		k := firstSuffix(stem, centreFunctions31)
		if k == "" {
			k = firstSuffix(stem, centreFunctions28)
		}
		if k == "" {
			break
		}
		stem = strings.TrimSuffix(stem, k)
		n++
	}
	if n == 0 {
		return f, false
	}
	if stem == "" || centreScopes28[stem] || stem == "智慧" {
		return f, true
	}
	cut := false
	for k := firstSuffix(stem, centreLeads31); k != "" && runeLen(stem) > runeLen(k)+1; k = firstSuffix(stem, centreLeads31) {
		stem = strings.TrimSuffix(stem, k)
		cut = true
	}
	if cut || runeLen(stem) >= 2 && hasAnySuffix14(stem, centrePlaceEnds28) {
		f.Text = stem
		f.End = f.Start + len(stem)
	}
	return f, false
}

// bodyEnds31 end the name of a body or a unit (…大队, …局, …委).
var bodyEnds31 = runeBitsOf("队局委所院部办站府心会")

// verbHuitong31 reports whether the place f is 会同县 (a county's name)
// where 会同 is the verb "together with": right after a body (市交警支队|
// 会同|县交警大队) and before a county's unit.
func verbHuitong31(f Finding, before, after string) bool {
	rest, ok := strings.CutPrefix(f.Text, "会同")
	if !ok || rest != "" && rest != "县" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !bodyEnds31.has(r) {
		return false
	}
	unit := rest + after
	for _, u := range []string{"大队", "支队", "中队", "局", "委", "所", "院", "办", "站"} {
		if i := strings.Index(unit, u); i > 0 && runeLen(unit[:i]) <= 8 {
			return true
		}
	}
	return false
}

// foodKinds31 end the name of a snack shop (“黄记|米粉”, “老街|糍粑”).
var foodKinds31 = []string{"米粉", "糍粑", "锅盔", "烧饼", "米线", "凉粉", "粉", "面", "包子", "饺子", "馄饨", "卤味", "豆腐", "油条", "糕", "饼", "烤鸭", "卤肉", "汤圆", "粽子", "麻花", "酥"}

// quotedFoodShops31 finds the leaks of one class: a snack shop named in
// quotes by its owner's surname and 记 (“黄记米粉”), or by 老 and a place
// or a word after a township (新沟镇“老码头糍粑”, 某镇的“老街糍粑”), its name
// ending in the food it sells and no shop word after it. The whole quote is
// the finding.
func quotedFoodShops31(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	l := getLexicon()
	var add []Finding
	text := tt.text
	for s, e := range quotedSpans(text) {
		c := text[s:e]
		n, r0, r1, _ := firstRunes18(c) // (no []rune: speed18.go)
		if n < 3 || n > 7 || !allHan(c) || firstSuffix(c, foodKinds31) == "" || firstSuffix(c, foodKinds31) == c {
			continue
		}
		ok := r1 == '记' && l.isSurname(r0)
		if !ok && r0 == '老' {
			b := strings.TrimSuffix(text[:s-len("“")], "的")
			for _, f := range fs {
				if f.Type == LOCATION && f.End == len(b) && townEnd31(f.Text) {
					ok = true
					break
				}
			}
		}
		if !ok || coveredBy31(fs, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: c, Start: s, End: e, Evidence: "quoted-food-shop,keep31", Score: 5, label: "企业"})
	}
	return append(fs, add...)
}

// townEnd31 reports whether a place ends in a township's or a street's kind.
func townEnd31(w string) bool {
	return hasAnySuffix14(w, []string{"镇", "乡", "街道", "村", "社区", "县", "区"})
}

// coveredBy31 reports whether a finding of fs covers text[s:e] whole.
func coveredBy31(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}
