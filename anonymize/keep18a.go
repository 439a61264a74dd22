package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// keep18a.go: a verb that is also the stem of a real division (会同县,
// 联合镇, 有村) read with the level character of the generic body after it
// (…|会同|县消防救援大队, 联合|镇卫生院, 有|村卫生室), and a body's name
// run over such a verb up to the named body after it (县农业农村局会同|宁夏大学).

// jointVerbs18a are verbs of acting together, having or proposing that a
// clause puts right before the body it names (会同县农业农村局, 联合镇司法所,
// 有村卫生室, 建议县商务局): several are also the stems of real counties,
// towns or villages (会同县, 联合镇, 协同村).
var jointVerbs18a = wordSet(`会同 联合 协同 配合 连同 联同 携手 会商 共同 有 设有 建有 建议 督促 指导 组织 协调 依托 要求 推动 支持`)

// genericBodies18a start a county's, a township's or a village's own body,
// which every such place has (县|消防救援大队, 镇|卫生院, 村|卫生室): after
// the level character they name no place. Government and party bodies
// (人民政府, 党委) are left out: a text names its place with them.
var genericBodies18a = map[rune][]string{
	'县': {"消防救援大队", "消防救援局", "人民医院", "中医院", "中医医院", "妇幼保健院", "疾控中心", "疾病预防控制中心", "融媒体中心", "粮储", "供销社", "市场监管", "公安", "农业农村", "自然资源", "生态环境", "住建", "交通运输", "水利", "商务", "民政", "司法", "卫健", "应急管理", "文旅", "教体", "税务"},
	'镇': {"卫生院", "中心卫生院", "派出所", "司法所", "财政所", "中心小学", "中心校", "中学", "小学", "幼儿园", "便民服务中心", "综合文化站", "农业综合服务中心", "敬老院", "中心敬老院", "农技站", "林业站", "水利站", "文化站", "兽医站", "畜牧兽医站", "供电所", "国土所", "卫生所", "邮政所", "居家养老服务中心", "农业合作社"},
	'乡': {"卫生院", "中心卫生院", "派出所", "司法所", "财政所", "中心小学", "中心校", "中学", "小学", "幼儿园", "便民服务中心", "综合文化站", "敬老院", "农技站", "林业站", "水利站", "文化站", "兽医站", "供电所", "国土所", "卫生所", "邮政所"},
	'村': {"卫生室", "卫生所", "文化室", "小学", "幼儿园", "综合服务站", "党群服务中心", "集体经济", "养老服务站"},
}

// genericBodyAt18a reports a generic body of the level character lv at byte
// offset b: a listed one, or for 县 a department ending in 局, 委 or 办
// within four characters (县|住建局, 县|民宗委).
func genericBodyAt18a(tt *tokText, lv rune, b int) bool {
	rest := tt.text[b:]
	for _, w := range genericBodies18a[lv] {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	if lv != '县' {
		return false
	}
	i := tt.runeAt(b)
	if i < 0 {
		return false
	}
	for j := i + 1; j <= min(len(tt.runes)-1, i+4); j++ {
		if r := tt.runes[j]; r == '局' || r == '委' || r == '办' {
			return true
		} else if !isHan(r) || functionRuneBits.has(r) {
			return false
		}
	}
	return false
}

// verbLevelFrame18a reports the verb-and-level reading of stem+level at runes
// [s, e): the level character starts a generic body, and the verb opens a
// clause inside a paragraph (after ，。；：), follows its subject's body
// (镇派出所|联合镇司法所, 行政村|有村卫生室) or a word of subjectPOS37 —
// never after a word that brings a place (在, 到, 省, 市) nor right after a
// place (怀化市|会同县).
func verbLevelFrame18a(tt *tokText, s, e int, fs []Finding) bool {
	if e >= len(tt.runes) || !genericBodyAt18a(tt, tt.runes[e-1], tt.off[e]) {
		return false
	}
	if s == 0 || !isHan(tt.runes[s-1]) {
		// a clause opened inside a paragraph; a paragraph that opens with
		// the county's department (会同县住建局召开会议) names the county
		return s > 0 && strings.ContainsRune("，。；：！？）", tt.runes[s-1])
	}
	if placeIntro37.has(tt.runes[s-1]) {
		return false
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.End == tt.off[s] {
			return false
		}
	}
	return true
}

// verbLevelPlace18a reports a place finding f that is a joint verb and the
// level character of a generic body (会同|县消防救援大队, 联合|镇卫生院,
// 有|村卫生室) wherever the text holds it. A text that names the place
// itself (会同县人民政府, 会同县位于…, a title) holds it once outside that
// frame, and then f stays.
func verbLevelPlace18a(tt *tokText, f Finding, fs []Finding) bool {
	if f.Type != LOCATION {
		return false
	}
	lv, n := utf8.DecodeLastRuneInString(f.Text)
	if _, ok := genericBodies18a[lv]; !ok || !jointVerbs18a[f.Text[:len(f.Text)-n]] {
		return false
	}
	for k := 0; k < len(tt.text); {
		i := strings.Index(tt.text[k:], f.Text)
		if i < 0 {
			break
		}
		b := k + i
		s, e := tt.runeAt(b), tt.runeAt(b+len(f.Text))
		k = b + len(f.Text)
		if s >= 0 && e >= 0 && e-s == 2 && e < len(tt.runes) && getLexicon().common[tt.sub(e-1, e+1)] {
			continue // a one-character verb before a word (有|村民): no place either
		}
		if s < 0 || e < 0 || !verbLevelFrame18a(tt, s, e, fs) {
			return false
		}
	}
	for _, g := range fs {
		if g.Start != f.Start && g.Text != f.Text && strings.Contains(g.Text, f.Text) {
			return false // 会同县人民政府 found as a body
		}
	}
	return true
}

// bodyThenVerb18a cuts an organisation found from its suffix back to the
// named body after a joint verb, when the words before the verb are a
// generic department of a level (建议|县农业农村局|会同|宁夏大学: the
// department is the county's own, the university is named).
func bodyThenVerb18a(tt *tokText, f Finding) (Finding, bool) {
	// (speed25: a department of four characters or more, a verb of two and
	// a body of three make nine; a shorter finding holds none, and the
	// verbs' map is not walked for it)
	if f.Type != ORG || utf8.RuneCountInString(f.Text) < 9 {
		return f, false
	}
	best, bv := -1, ""
	for v := range jointVerbs18a {
		if utf8.RuneCountInString(v) < 2 {
			continue
		}
		i := strings.Index(f.Text, v)
		if i <= 0 || best >= 0 && i >= best {
			continue
		}
		if utf8.RuneCountInString(f.Text[i+len(v):]) < 3 || !departmentOfLevel18a(f.Text[:i]) {
			continue
		}
		best, bv = i, v
	}
	if best < 0 {
		return f, false
	}
	g := f
	g.Start += best + len(bv)
	g.Text = f.Text[best+len(bv):]
	return g, true
}

// departmentOfLevel18a reports a county's, a city's or a township's own
// department at the end of w, after no more than a verb (建议|县农业农村局,
// 镇派出所): a level character, two to eight characters, and 局, 委, 办, 所
// or 队.
func departmentOfLevel18a(w string) bool {
	r := []rune(w)
	if len(r) < 4 {
		return false
	}
	switch r[len(r)-1] {
	case '局', '委', '办', '所', '队':
	default:
		return false
	}
	for k := 0; k < len(r)-3; k++ {
		switch r[k] {
		case '县', '市', '区', '镇', '乡':
		default:
			continue
		}
		head := string(r[:k])
		if head != "" && !jointVerbs18a[head] {
			return false
		}
		return true
	}
	return false
}

// keep18a drops the verb-and-level places and the generic bodies of a
// level, and cuts the bodies run over a joint verb and the places before a
// generic body.
func keep18a(tt *tokText, fs []Finding) []Finding {
	var bodies []string // generic bodies dropped: their short forms go too
	fs = keepEach33(tt, fs, func(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
		if verbLevelPlace18a(tt, f, fs) {
			return f, true
		}
		if g, ok := bodyThenVerb18a(tt, f); ok {
			return g, false
		}
		if g, drop, cut := levelBody18a(tt, f, fs); drop || cut {
			if drop {
				bodies = append(bodies, f.Text)
			}
			return g, drop
		}
		return f, false
	})
	if len(bodies) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Evidence == "short-form-of-org" && slices.ContainsFunc(bodies, func(b string) bool { return strings.HasPrefix(b, f.Text) }) {
			continue // 公共法律服务 of 公共法律服务工作室
		}
		kept = append(kept, f)
	}
	return kept
}

// ------------------------------------------------------------ bodies of a level

// levelBodyKinds18a end a public body or cooperative that a level's own
// generic words may name (镇|居家养老|服务中心, 镇|农业合作社|联合社,
// 村级|公共法律服务|工作室); longest first.
var levelBodyKinds18a = []string{"服务中心", "联合社", "合作社", "工作室", "工作站", "中心"}

// levelBodyWords18a are service words beyond genericWords17c and
// serviceWordsK17 that such a body is described by: legal aid and the
// public services a county runs for every resident (公共法律服务).
var levelBodyWords18a = wordSet(`法律 法律服务 公共法律服务 法律援助 援助 社会救助 救助 心理 健康 医疗 康养 文化 体育 就业 创业 退役军人 合作社 农业合作社 农民合作社`)

// stateTrades18a are the trades a county's own state firm is called by
// after the level character alone (县|粮储|公司, 县|城投|公司): the firm of
// every county, no name.
var stateTrades18a = wordSet(`粮储 粮食储备 城投 交投 水投 农投 旅投 文旅 国投 供销 水务 燃气 公交 供水 供热`)

// levelStem18a reports a stem made of generic, service and level-body words
// alone, read longest word first.
func levelStem18a(stem string) bool {
	return madeOfWords(stem, func(w string) bool { return serviceWordsK17[w] || genericWords17c[w] || levelBodyWords18a[w] })
}

// levelBody18a reads f as a level character or word and a generic body
// (镇|居家养老服务中心, 县|粮储公司, 村级|公共法律服务工作室): it reports
// whether f is such a body alone, or returns f cut back to the place
// before it (融水县|公共法律服务中心 → 融水县) with cut.
func levelBody18a(tt *tokText, f Finding, fs []Finding) (g Finding, drop, cut bool) {
	if f.Type != ORG {
		return f, false, false
	}
	// the firm with its 县, or found without it (县|粮储公司)
	if trade, ok := strings.CutSuffix(f.Text, "公司"); ok {
		rest, with := strings.CutPrefix(trade, "县")
		s := tt.runeAt(f.Start)
		if stateTrades18a[rest] && (with && !placeEndsAt18a(fs, f.Start) || !with && s > 0 && tt.runes[s-1] == '县' && !placeEndsAt18a(fs, tt.off[s-1])) {
			return f, true, false
		}
	}
	for _, kind := range levelBodyKinds18a {
		stem, ok := strings.CutSuffix(f.Text, kind)
		if !ok || stem == "" {
			continue
		}
		for _, lv := range []string{"省级", "市级", "县级", "乡级", "村级", "县", "镇", "乡", "村"} {
			if rest, ok := strings.CutPrefix(stem, lv); ok && rest != "" && levelStem18a(rest) && !placeEndsAt18a(fs, f.Start) {
				return f, true, false
			}
		}
		if levelStem18a(stem) && runeLen(stem) >= 4 && !placeEndsAt18a(fs, f.Start) {
			return f, true, false // a body of generic words alone (公共法律服务工作室)
		}
		for i := range stem {
			if i == 0 || !placeLevelEnds21.has(prevRune17c(stem, i)) || runeLen(stem[:i]) < 3 {
				continue
			}
			if tail := stem[i:]; levelStem18a(tail) && runeLen(tail) >= 2 {
				g := f
				g.Type, g.Text, g.End, g.label = LOCATION, stem[:i], f.Start+i, ""
				g.Evidence += ",place-of-level-body18a"
				return g, false, true
			}
		}
		return f, false, false
	}
	return f, false, false
}

// placeEndsAt18a reports a place or body found right before byte b: the
// level character after it is that place's body, not a bare level.
func placeEndsAt18a(fs []Finding, b int) bool {
	for _, g := range fs {
		if g.End == b && (g.Type == LOCATION || g.Type == ORG) {
			return true
		}
	}
	return false
}
