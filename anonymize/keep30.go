package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep30: ordinary phrases of deid-own55 … 60 that a
// recognizer read as names, each kept by its class:
//   - a level character before a department and its kind, read as a
//     person (联系人：区商务局, 委员X、区消防|救援支队): 县, 区 and 市
//     name the level of the department, no one's surname;
//   - a place read up to a level character from a verb before a
//     department (做实区|农业农村委): the verb is no place's stem;
//   - jieba's nt on a department and its generic kind alone (交警大队,
//     民族宗教|委): no proper name, only the department;
//   - an organisation read left across a verb of action (…风景区完成|…
//     中心, …进入|中小学, …任|…领导小组): the body begins after the
//     verb, what stands before it is masked on its own;
//   - a counted programme name (九小场所, 一江三桥, 一户一档): a numeral
//     before 小 and a kind, or two numerals each before one character;
//   - a breed read as a name before its livestock (杜泊|种公羊, 哈萨克|羊):
//     the breed is no person and no place;
//   - a province's name before a national free-trade zone (海南|自由贸易港,
//     上海|自贸区) and the bare zone word read as a port (自贸港);
//   - a surname and given name read on an object whose last character is
//     a food, a hat or a room (麦饼, 花竹帽, 展|陈厅, 陈列室);
//   - a person read before 之家, the title of a service point (戎耀之家);
//   - a wharf named by its use (渔港码头, 客运码头): the use is no name, a
//     place before it still is;
//   - a generic facility read as an item of a counted list of sights
//     (停车场、公厕、游客中心三处): it names no sight.

// keep30 drops or trims the findings of fs that are ordinary phrases of
// one of the classes above.
func keep30(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	var extra []Finding
	kept := fs[:0]
	for _, f := range fs {
		g, left, ordinary := keepFinding30(tt, f)
		if left.End > left.Start {
			extra = append(extra, left)
		}
		if ordinary {
			continue
		}
		kept = append(kept, g)
	}
	for _, l := range extra {
		if !coveredBy30(kept, l) {
			kept = append(kept, l)
		}
	}
	return kept
}

// coveredBy30 reports whether some finding of fs covers all of l.
func coveredBy30(fs []Finding, l Finding) bool {
	for _, f := range fs {
		if f.Start <= l.Start && f.End >= l.End {
			return true
		}
	}
	return false
}

// keepListItem30 reports whether the list item f, found after the
// keep filters ran (listItems), is an ordinary phrase of keep30's classes.
func keepListItem30(tt *tokText, f Finding) bool {
	_, _, ordinary := keepFinding30(tt, f)
	return ordinary
}

// keepFinding30 returns the finding f, trimmed where it holds an
// ordinary phrase at one end; the part of f before a verb it ran across,
// to be masked on its own (left, empty when none); and whether f is an
// ordinary phrase of keep30's classes as a whole.
func keepFinding30(tt *tokText, f Finding) (g Finding, left Finding, ordinary bool) {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return f, left, false
	}
	after := tt.text[f.End:]
	rs := []rune(f.Text)
	switch f.Type {
	case PERSON:
		if levelRunes30.has(rs[0]) && levelDept30(f.Text[len(string(rs[0])):]+after) { // (the bit test first, before the joined string: speed23)
			return f, left, true
		}
		if strings.Contains(f.Evidence, "surname+given") && !strings.Contains(f.Evidence, "role-before") {
			// a food, a hat or a room (麦饼, 花竹帽, 陈厅)
			if len(rs) >= 2 && len(rs) <= 3 && objectHeads30.has(rs[len(rs)-1]) {
				return f, left, true
			}
			// a service point's title (戎耀之家, 柯蓝之|家)
			// (a two-character word: a person's full name before 之家
			// stays masked)
			if strings.HasPrefix(after, "之家") && len(rs) == 2 || len(rs) == 3 && rs[2] == '之' && strings.HasPrefix(after, "家") {
				return f, left, true
			}
		}
		if len(rs) >= 2 && len(rs) <= 4 && breedAfter30(after) {
			return f, left, true
		}
	case LOCATION:
		if nationalities29[f.Text] && breedAfter30(after) {
			return f, left, true
		}
		// 做实区|农业农村委: a verb before the level character
		if (f.Evidence == "pattern:区" || f.Evidence == "pattern:县" || f.Evidence == "pattern:市") && len(rs) >= 3 && levelDept30(after) {
			if k := tt.runeAt(f.Start); k >= 0 && k < len(tt.tokOf) {
				t := tt.toks[tt.tokOf[k]]
				// 做实|区 or 做|实区: a verb opens the stem
				if t.start == k && t.end <= k+len(rs)-1 && strings.HasPrefix(t.pos, "v") {
					return f, left, true
				}
			}
		}
		// 农业农村|委高山: a body's kind after its department opens no place
		if len(rs) >= 3 && strings.ContainsRune("委局办厅", rs[0]) && lastSuffix30(tt.text[:f.Start], depts30) {
			n := len(string(rs[0]))
			f.Text, f.Start = f.Text[n:], f.Start+n
			if descriptiveStem33(f.Text, after) {
				return f, left, true // 委|高山蔬菜: what remains describes the produce (describe33.go)
			}
			return f, left, false
		}
		if zones30[f.Text] {
			return f, left, true
		}
		if strings.Contains(f.Evidence, "gazetteer-short:") && provinceShort30(f.Evidence) && firstPrefix(after, zoneList30) != "" {
			return f, left, true
		}
		if strings.HasSuffix(f.Text, "码头") {
			if u := firstSuffix(f.Text, wharfUses30); u != "" {
				stem := strings.TrimSuffix(f.Text, u)
				if runeLen(stem) < 2 {
					return f, left, true
				}
				f.Text, f.End = stem, f.End-len(u)
				return f, left, false
			}
		}
		if strings.Contains(f.Evidence, "counted-list26") && firstSuffix(f.Text, facilities30) != "" {
			return f, left, true
		}
	case ORG:
		if f.Evidence == "jieba:nt" {
			if p := firstPrefix(f.Text, depts30); p != "" {
				if rest := f.Text[len(p):]; rest == "" && firstPrefix(after, bodyKinds30) != "" || bodyKindSet30[rest] {
					return f, left, true
				}
			}
		}
		if strings.HasPrefix(f.Evidence, "org-suffix:") {
			if g, l, ok := verbInsideOrg30(tt, f); ok {
				return functionCentre30(g), l, genericRight30(g.Text)
			}
		}
	}
	if programme30(tt, f) {
		return f, left, true
	}
	return f, left, false
}

// verbInsideOrg30 splits an organisation read left across a verb of
// action (…风景区完成|…中心): g is the body after the verb, left the
// text before it with f's type and evidence.
func verbInsideOrg30(tt *tokText, f Finding) (g, left Finding, ok bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e > len(tt.runes) {
		return f, left, false
	}
	for k := s + 2; k < e-2; k++ {
		ti := tt.tokOf[k]
		t := tt.toks[ti]
		// 任 after a name gojieba's HMM glued to it (罗建明任|老街…)
		hmm := t.pos == "x" && t.end == k+1 && t.n() == 4 && tt.runes[k] == '任' && tt.tokStart(k+1)
		if !hmm && (t.start != k || t.end > e-2 || !orgVerbs30[t.word]) {
			continue
		}
		if hmm {
			t.start = k
		}
		g, left = f, f
		g.Text, g.Start = tt.text[tt.off[t.end]:f.End], tt.off[t.end]
		left.Text, left.End = tt.text[f.Start:tt.off[k]], tt.off[k]
		left.Evidence = f.Evidence + ",keep30-left"
		return g, left, true
	}
	return f, left, false
}

// functionCentre30 trims a centre after a verb to the name before its
// functions (云雾泉|游客服务中心): the functions and 中心 name no one; the
// name stays masked.
func functionCentre30(g Finding) Finding {
	stem, ok := strings.CutSuffix(g.Text, "中心")
	if !ok {
		return g
	}
	n := 0
	for k := firstSuffix(stem, centreFunctions28); k != ""; k = firstSuffix(stem, centreFunctions28) {
		stem = strings.TrimSuffix(stem, k)
		n++
	}
	if n == 0 || runeLen(stem) < 2 {
		return g
	}
	g.End -= len(g.Text) - len(stem)
	g.Text = stem
	return g
}

// genericRight30 reports whether the body after a verb is a kind of
// school alone (中小学, 中小学校): no proper name.
func genericRight30(w string) bool {
	return genericSchools30[w]
}

// programme30 reports whether f is a counted programme name or lies in
// one: a numeral before 小 and a kind (九小场所), or a numeral, a
// character, a numeral and a character (一江|三桥, 一户一档).
func programme30(tt *tokText, f Finding) bool {
	rs := []rune(f.Text)
	// (万 and 百 begin surnames: 万小芳 is a person)
	if len(rs) >= 3 && len(rs) <= 5 && smallNumerals30.has(rs[0]) && rs[1] == '小' && firstPrefix(string(rs[2:]), smallKinds30) != "" {
		return true
	}
	// the four quoted characters of such a name that hold f (“一江|三桥”)
	k := tt.runeAt(f.Start)
	if k < 0 || len(rs) > 4 {
		return false
	}
	for b := k - 2; b <= k; b++ {
		if b < 0 || b+4 > len(tt.runes) || k+len(rs) > b+4 {
			continue
		}
		if b > 0 && b+4 < len(tt.runes) && countedSlogan30(tt.runes[b-1:b+5]) {
			return true
		}
	}
	return false
}

// breedAfter30 reports whether after opens with a word of livestock kept
// for breeding (种公羊, 种牛) or a bare kind of livestock before a list
// comma or a word of crossing (哈萨克羊、, …羊开展杂交).
func breedAfter30(after string) bool {
	if firstPrefix(after, breedWords30) != "" {
		return true
	}
	rs := []rune(firstRunes(after, 3))
	if len(rs) < 2 || !livestock30.has(rs[0]) {
		return false
	}
	return strings.ContainsRune("、，。；和与及等", rs[1]) || strings.HasPrefix(string(rs[1:]), "杂交") || strings.HasPrefix(string(rs[1:]), "开展")
}

// provinceShort30 reports whether evidence names a province-level unit
// as the place a short form stands for (gazetteer-short:海南省).
func provinceShort30(evidence string) bool {
	i := strings.Index(evidence, "gazetteer-short:")
	full := evidence[i+len("gazetteer-short:"):]
	if j := strings.IndexByte(full, ','); j >= 0 {
		full = full[:j]
	}
	return strings.HasSuffix(full, "省") || full == "北京市" || full == "上海市" || full == "天津市" || full == "重庆市"
}

// levelDept30 reports whether s opens with a department and a kind of
// body (商务局, 消防救援支队, 农业农村委).
func levelDept30(s string) bool {
	p := firstPrefix(s, depts30)
	return p != "" && firstPrefix(s[len(p):], bodyKinds30) != ""
}

// lastSuffix30 reports whether s ends with a word of ws.
func lastSuffix30(s string, ws []string) bool {
	return firstSuffix(s, ws) != ""
}

// levelRunes30 are the characters of an administrative level before a
// department (县商务局).
var levelRunes30 = runeBitsOf("省市县区")

// depts30 are departments of a government, longer ones first so that
// firstPrefix takes the whole one.
var depts30 = []string{"消防救援", "农业农村", "民族宗教", "文化旅游", "文化和旅游", "退役军人事务", "住房和城乡建设", "市场监督管理", "市场监管", "自然资源", "生态环境", "交通运输", "应急管理", "卫生健康", "人力资源和社会保障", "发展和改革", "发展改革", "教育体育", "商务", "消防", "交警", "公安", "财政", "教育", "民政", "司法", "水利", "水务", "林业", "审计", "统计", "信访", "医保", "城管", "卫健", "文旅", "住建", "人社", "发改", "工信", "科技", "税务", "气象", "供销"}

// bodyKinds30 are kinds of government body after a department.
var bodyKinds30 = []string{"委员会", "支队", "大队", "中队", "中心", "局", "委", "办", "厅", "队", "站", "所"}

var bodyKindSet30 = wordSet(strings.Join(bodyKinds30, " "))

// orgVerbs30 are verbs of action that a body's name never holds inside
// and that report what someone or somewhere did to a body (完成, 进入, 任).
var orgVerbs30 = wordSet(`完成 进入 走进 任 担任 兼任 出任 入驻 建成 新建 落户`)

// genericSchools30 are kinds of school named by nothing.
var genericSchools30 = wordSet(`中小学 中小学校 小学 中学 学校`)

// numerals30 are the Chinese numerals of a counted programme name.
var numerals30 = runeBitsOf("一二三四五六七八九十两百千万")

// smallNumerals30 count the small kinds of a programme (九小场所).
var smallNumerals30 = runeBitsOf("二三四五六七八九十两")

// smallKinds30 are the kinds a count of small ones names (九小场所,
// 三小门店, 六小行业).
var smallKinds30 = []string{"场所", "门店", "行业", "企业", "作坊", "店铺", "经营"}

// breedWords30 are words of livestock kept for breeding, after a breed.
var breedWords30 = []string{"种公羊", "种母羊", "种公牛", "种母牛", "种公猪", "种母猪", "种羊", "种牛", "种猪", "种鸡", "种兔", "肉羊", "肉牛", "奶牛", "细毛羊"}

// livestock30 are kinds of livestock a breed's name stands before.
var livestock30 = runeBitsOf("羊牛猪鸡鸭鹅马驼兔")

// objectHeads30 end words of a food, a hat or a room, never a given name.
var objectHeads30 = runeBitsOf("饼糕帽厅室")

// zoneList30 are the national free-trade zones after a province's name.
var zoneList30 = []string{"自由贸易港", "自贸港", "自由贸易试验区", "自贸试验区", "自贸区", "国际旅游岛"}

var zones30 = wordSet(strings.Join(zoneList30, " "))

// wharfUses30 are wharves named by their use, longest first.
var wharfUses30 = []string{"渔港码头", "客运码头", "货运码头", "旅游码头", "轮渡码头", "游船码头", "渔业码头",
	// (fac16: wharves named by their cargo, 原油码头, 煤炭码头: a kind, no name)
	"液化天然气码头", "成品油码头", "件杂货码头", "原油码头", "油品码头", "煤炭码头", "集装箱码头", "散货码头", "化工码头", "矿石码头", "粮食码头", "滚装码头"}

// facilities30 end generic facilities of a scenic area.
var facilities30 = []string{"停车场", "公厕", "厕所", "游客中心", "服务中心", "售票处", "游步道", "步道"}

// occurrence30 reports whether the entity e found at byte i of s stands,
// at this place, in one of keep30's ordinary phrases: a registered text
// masks every place it occurs, so the classes that hang on the context
// are tested again for each occurrence (三桥 of 一江三桥 named
// elsewhere as a township's short form, 哈萨克 of 哈萨克族乡 before 羊).
func occurrence30(e *entity, s string, i int) bool {
	if e.typ != LOCATION && e.typ != ORG {
		return false
	}
	end := i + len(e.text)
	if e.typ == LOCATION && nationalities29[e.text] && breedAfter30(s[end:]) {
		return true
	}
	rs := []rune(e.text)
	if len(rs) > 4 {
		return false
	}
	// up to two characters before the occurrence and what follows it
	var before []rune
	j := i
	for n := 0; n < 3 && j > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		before = append([]rune{r}, before...)
		j -= size
	}
	win := append(append(before, rs...), []rune(firstRunes(s[end:], 3))...)
	for b := 1; b <= len(before); b++ {
		if b+5 > len(win) || len(before)+len(rs) > b+4 {
			continue
		}
		if countedSlogan30(win[b-1 : b+5]) {
			return true
		}
	}
	return false
}

// countedSlogan30 reports whether the six characters w are a quoted
// counted programme name: a quote, a numeral, a character, a numeral, a
// character and the closing quote (“一江三桥”). The quotes are asked
// for: a county's name that opens with a numeral stands before 一带
// (七美一带) unquoted.
func countedSlogan30(w []rune) bool {
	return len(w) == 6 && strings.ContainsRune("“「\"", w[0]) && strings.ContainsRune("”」\"", w[5]) &&
		numerals30.has(w[1]) && numerals30.has(w[3]) && !numerals30.has(w[2]) && !numerals30.has(w[4]) && isHan(w[2]) && isHan(w[4])
}
