package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round leak18a. It runs right after roleNames16
// (anonymize.go). Classes:
//
//   - persona brands (personaBrands18a): a quoted live-streamer account,
//     stall or shop whose name joins a product, place or ethnic word to a
//     kinship or persona word (“竹篮阿妹”, “山药哥”, “周大姐米豆腐”,
//     “老李家烧鸡”), a familiar name (“苦荞哥小刘”, “乌江阿强”) or a
//     possessive (“山坡上的阿强”), in the frame of an account, a shop or
//     a stall: an account or shop word after the quotes or their list
//     (抖音号, 直播间, 等…账号, 小吃店, 作坊, 家庭农场), an opening word
//     before them (主播, 网名, 开设, 创办的, 经营), a street or masked
//     place right before the quotes (东街“…”), or a masked person right
//     after them (“山药哥”王建军). Praise words (好媳妇, 最美家庭), a
//     persona word's phrase in a work's title (《…渔嫂》) and a quoted
//     persona without such a frame (“豆腐西施”的故事) stay readable.
//   - quoted lodgings (quotedLodgings18a): a homestay, inn or tea lodge
//     quoted alone, wherever it stands, whose name is a stem of its own
//     before a lodging's kind (“溪口茶宿”, “松间山房”, “河湾边民宿”,
//     “竹林书舍”); a grade or kind of lodging in quotes (“精品民宿”,
//     “康养民宿”) stays readable.
//   - glued schools (gluedSchools18a): a school or teaching point of a stem
//     of its own right after its masked township (X镇|牛头冲教学点,
//     X镇|八间棚小学); a generic school after a township (X镇|中心小学,
//     X镇|寄宿制小学, X镇|农村小学) keeps only the township masked.

// personaWords18a are kinship and persona words a streamer's handle or a
// family stall's name is built on (class: persona brands).
var personaWords18a = []string{
	"阿妹", "阿婆", "阿姨", "阿娘", "阿妈", "阿爸", "阿哥", "阿姐", "阿叔", "阿伯", "阿嫂",
	"大姐", "大哥", "大嫂", "大叔", "大妈", "大娘", "大婶", "妹妹", "妹子", "姐妹", "姐姐", "哥哥",
	"妈妈", "娘子", "西施", "小二", "额吉", "幺妹", "老大",
}

// personaChars18a are one-character persona words after a stem (芦笋|哥,
// 养路|嫂, 阿梅|娘) or between a one-character stem and a product (渔|嫂|鱼饼).
var personaChars18a = runeBitsOf("哥姐妹嫂娘")

// personaNotWords18a hold a persona character without naming a persona.
var personaNotWords18a = wordSet(`姑娘 新娘 伴娘 娘家 爹娘 姐妹 妹妹 姐姐 哥哥`)

// personaName18a reports whether a quoted name has the shape of a persona
// brand: two to eight Han characters holding a persona word with more
// around it (硒茶|妹妹, 阿婆|记, 莫|大姐|豆腐酿), a persona character after
// a stem (芦笋|哥), a familiar name after a stem (苦荞哥|小刘, 海岛|阿梅),
// or an old family's stall (老李家|烧鸡). possessive also accepts X的Y
// (山坡上的|阿强), which only an account's frame vouches for.
func personaName18a(name string, possessive bool) bool {
	rs := []rune(name)
	if len(rs) < 3 || len(rs) > 8 {
		return false
	}
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	for _, w := range personaWords18a {
		if strings.Contains(name, w) && name != w {
			return true
		}
	}
	for i := 1; i < len(rs); i++ {
		if !personaChars18a.has(rs[i]) {
			continue
		}
		if personaNotWords18a[string(rs[i-1:i+1])] || i+1 < len(rs) && personaNotWords18a[string(rs[i:i+2])] {
			continue
		}
		if i >= 2 || i == 1 && (rs[0] == '阿' || len(rs)-i > 2) {
			return true // 芦笋|哥, 阿梅|娘…, 渔|嫂|鱼饼 (a persona before a product)
		}
	}
	if familiarTail18a(rs) {
		return true
	}
	if len(rs) >= 5 && rs[0] == '老' && rs[2] == '家' && commonSurname15(getLexicon(), rs[1]) {
		return true // 老李家|烧鸡
	}
	if possessive {
		if k := strings.Index(name, "的"); k > 0 && k+len("的") < len(name) {
			return true
		}
	}
	return false
}

// familiarTail18a reports whether rs ends in a familiar name (阿甲, 小甲,
// 老甲 of a common surname) after a stem of two or more characters, the
// last two no ordinary word (全面|小康).
func familiarTail18a(rs []rune) bool {
	n := len(rs)
	if n < 4 {
		return false
	}
	a, b := rs[n-2], rs[n-1]
	if getLexicon().common[string(rs[n-2:])] {
		return false
	}
	switch a {
	case '阿':
		return !functionRuneBits.has(b)
	case '小', '老':
		return commonSurname15(getLexicon(), b)
	}
	return false
}

// personaAfter18a are words of an account, a shop or a stall after the
// quotes of a persona brand or their list (“…”抖音号, 等本土带货账号).
var personaAfter18a = []string{"号", "账号", "直播", "网店", "店", "作坊", "工作室", "农场", "牧场", "接待点", "服务站", "预制菜", "品牌", "达人", "主播", "摊", "餐馆", "餐厅", "小吃", "网红"}

// personaBefore18a are words that open an account's or a shop's name
// before the quotes (主播“…”, 开设“…”, 创办的“…”).
var personaBefore18a = []string{"主播", "网名", "账号", "号", "直播", "开设", "注册", "创办", "开办", "经营", "达人", "网店"}

// accountWords18a are the frames that vouch for a possessive handle
// (“山坡上的阿强”直播号).
var accountWords18a = []string{"号", "账号", "直播", "网店", "网名", "主播", "达人", "接待点"}

// personaBrands18a masks quoted persona brands in an account's, a shop's
// or a stall's frame (class: persona brands).
func personaBrands18a(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if !personaName18a(name, true) {
			continue
		}
		before, after := quoteListFrame18a(text, s, e)
		account := hasAnyWord18a(after, accountWords18a) || hasAnyWord18a(before, accountWords18a)
		if !personaName18a(name, false) && !account {
			continue
		}
		if !account && !hasAnyWord18a(after, personaAfter18a) && !hasAnyWord18a(before, personaBefore18a) &&
			!placeBeforeQuote18a(text, fs, s) && !personAfterQuote18a(fs, e) {
			continue
		}
		if quoteCovered18a(fs, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "persona-brand18a", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// quoteCovered18a reports a finding reaching past the quoted name
// text[s:e] or one over it already.
func quoteCovered18a(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start < s && f.End > s || f.Start < e && f.End > e || f.Start == s && f.End == e {
			return true
		}
	}
	return false
}

// quoteListFrame18a returns up to eight characters before the list of
// quoted names holding text[s:e] and up to ten after it (past 等), each cut
// at a clause's stop.
func quoteListFrame18a(text string, s, e int) (before, after string) {
	i := s - len("“")
	for {
		t := strings.TrimSuffix(text[:i], "、")
		if !strings.HasSuffix(t, "”") {
			break
		}
		o := strings.LastIndex(t, "“")
		if o < 0 || len(t)-o > 60 {
			break
		}
		i = o
	}
	j := e + len("”")
	for {
		t := strings.TrimPrefix(text[j:], "、")
		if !strings.HasPrefix(t, "“") {
			break
		}
		c := strings.Index(t, "”")
		if c < 0 || c > 60 {
			break
		}
		j = len(text) - len(t) + c + len("”")
	}
	rest := strings.TrimPrefix(text[j:], "等")
	after = clauseCut18a([]rune(rest), 10, false)
	before = clauseCut18a([]rune(text[:i]), 8, true)
	return before, after
}

// clauseStops18a end the frame of a quoted name.
var clauseStops18a = runeBitsOf("，。；：！？,;:!?\n“”《》（）()")

// clauseCut18a returns up to n runes of rs from its start (or its end when
// back), stopping at a clause's stop.
func clauseCut18a(rs []rune, n int, back bool) string {
	if back {
		k := len(rs)
		for k > 0 && len(rs)-k < n && !clauseStops18a.has(rs[k-1]) {
			k--
		}
		return string(rs[k:])
	}
	k := 0
	for k < len(rs) && k < n && !clauseStops18a.has(rs[k]) {
		k++
	}
	return string(rs[:k])
}

// hasAnyWord18a reports whether s holds one of words; 号召 is no account.
func hasAnyWord18a(s string, words []string) bool {
	s = strings.ReplaceAll(s, "号召", "")
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// streetKinds18a end a street right before a shop's quotes (东街“…”).
var streetKinds18a = runeBitsOf("街路巷")

// placeBeforeQuote18a reports whether a street's kind or a masked place
// ends right before the opening quote at s.
func placeBeforeQuote18a(text string, fs []Finding, s int) bool {
	o := s - len("“")
	if o <= 0 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:o]); streetKinds18a.has(r) {
		return true
	}
	for _, f := range fs {
		if f.End == o && f.Type == LOCATION {
			return true
		}
	}
	return false
}

// personAfterQuote18a reports whether a masked person follows the closing
// quote after e (“山药哥”王建军).
func personAfterQuote18a(fs []Finding, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == e+len("”") {
			return true
		}
	}
	return false
}

// lodgingKinds18a end the name of a homestay, an inn or a tea lodge
// (class: quoted lodgings).
var lodgingKinds18a = []string{"民宿", "茶宿", "书舍", "山房", "茶舍", "客栈", "山居", "小筑", "草堂", "书屋", "茶寮"}

// lodgingGenericStems18a grade or describe a lodging without naming it
// (“康养民宿”, “研学民宿”, “家庭民宿”) beside facGenericStem16's and
// kindGradeStems16's; an ordinary word's stem may name one (竹林|书舍).
var lodgingGenericStems18a = wordSet(`康养 养生 避暑 研学 亲子 网红 星级 精品 特色 高端 主题 共享 乡村 农家 田园 生态 森林 智慧 等级 甲级 乙级 丙级 度假 休闲 家庭 个体 城市 城郊 景区 周边 新建 现有 闲置 旅游 民族 传统 中高端 低端`)

// lodgingName18a reports whether a quoted name is a lodging's: four to
// eight Han characters ending in a lodging's kind after a stem of two or
// more that is no grade or kind of lodging (河湾边|民宿, 竹林|书舍, not
// 精品|民宿).
func lodgingName18a(name string) bool {
	n := runeLen(name)
	if n < 4 || n > 8 || !allHan(name) {
		return false
	}
	for _, w := range lodgingKinds18a {
		if !strings.HasSuffix(name, w) {
			continue
		}
		stem := strings.TrimSuffix(name, w)
		if runeLen(stem) < 2 || lodgingGenericStems18a[stem] || facGenericStem16(stem) || kindGradeStems16[stem] {
			return false
		}
		return true
	}
	return false
}

// quotedLodgings18a masks quoted lodgings (class: quoted lodgings).
func quotedLodgings18a(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if !lodgingName18a(name) {
			continue
		}
		if quoteCovered18a(fs, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-lodging18a", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// schoolKinds18a end the name of a school or a teaching point (class:
// glued schools).
var schoolKinds18a = []string{"教学点", "小学", "中学", "幼儿园", "完小", "学校"}

// schoolGenericStems18a describe a township's school without naming it
// (X镇|寄宿制小学), beside the lexicon's ordinary words and grades.
var schoolGenericStems18a = wordSet(`中心 寄宿制 九年一贯制 完全 村级 乡镇 公办 民办 薄弱 乡村 农村 城区 城镇 小规模 希望 实验 民族 初级 高级 职业 所有 各级 全部 部分 辖区 新建 重点 示范 中心村 片区 学区 附属 明德 第一 第二 第三 第四 第五 第六 第七 第八 第九 第十`)

// gluedSchools18a masks a school of a stem of its own right after a masked
// township (class: glued schools).
func gluedSchools18a(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	text := tt.text
	var add []Finding
	for _, f := range fs {
		if f.Type != LOCATION || !strings.HasSuffix(f.Text, "镇") && !strings.HasSuffix(f.Text, "乡") && !strings.HasSuffix(f.Text, "村") && !strings.HasSuffix(f.Text, "街道") {
			continue
		}
		rs := []rune(text[f.End:min(len(text), f.End+30)])
		for n := 2; n <= 4 && n < len(rs); n++ {
			stem := string(rs[:n])
			if !allHan(stem) {
				break
			}
			rest := string(rs[n:])
			kind := ""
			for _, w := range schoolKinds18a {
				if strings.HasPrefix(rest, w) {
					kind = w
					break
				}
			}
			if kind == "" {
				continue
			}
			if getLexicon().common[stem] || schoolGenericStems18a[stem] || kindGradeStems16[stem] || facGenericStem16(stem) || strings.ContainsAny(stem, "中小幼第各所个座名批") {
				break
			}
			s, e := f.End, f.End+len(stem)+len(kind)
			if reachesPast17a(fs, s, e) || overlapsAny(add, s, e) || placeWithin18a(fs, s, e) {
				break // (a village masked in the stem: X镇|甲村|教学点 keeps the village's kind of school readable)
			}
			add = append(add, Finding{Type: ORG, Text: text[s:e], Start: s, End: e, Evidence: "glued-school18a", Score: 4, label: "机构"})
			break
		}
	}
	return addReplacing(fs, add)
}

// placeWithin18a reports whether a masked place lies within [s, e).
func placeWithin18a(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && f.Start >= s && f.End <= e {
			return true
		}
	}
	return false
}
