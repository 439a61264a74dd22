package anonymize

import "strings"

// This file holds round shapes15: classes the shape sweep
// (shapesweep15_test.go) found in the sentence shapes county reports use
// most, each recognised by the words around the name. shapes15 runs after
// leaks34, persons15, abbr15, pers15 and appoint15 (anonymize.go), so the
// names they found stand as findings here:
//
//   - a name between a role word and a verb of a visit or a meeting
//     (市委常委甲乙丙前往, 副县长甲乙一行) (visitNames15);
//   - a name at a clause's start before a title and a verb (甲乙丙副县长在,
//     甲乙丙书记强调) (titleNames15);
//   - a name in the frames of a meeting's chair and speakers (由甲乙丙主持,
//     ，甲乙丙作工作报告) (chairNames15);
//   - a name at a clause's start that receives an honour only a person
//     receives (甲乙丙荣获全国五一劳动奖章) (honourNames15);
//   - a name after an age (六十二岁的甲乙丙) (ageNames15);
//   - an organisation the org-suffix rule ran back over a verb of a meeting
//     or an agreement (甲镇召开|党委, 乙县签|署): the finding is dropped, the
//     place inside it stays masked (verbOrgs15);
//   - a "village" made of a word of tenure and 村 (现任村|党支部书记):
//     dropped (tenureVillages15);
//   - a brand in 和 that gojieba cut before an organisation's trade and
//     form (嘉|和|食品有限公司): the organisation takes it (heBrands15);
//   - a name after a place of work and 的 (在某公司务工的甲乙丙)
//     (workerNames15);
//   - a name alone in a cell of a numbered table row written as a line
//     (3  某公司  甲乙丙) (tableNames15).
//
// A name found so is masked wherever it stands in the text.

// shapes15 adds the names of this round to fs and drops its false spans.
func shapes15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = verbOrgs15(tt, fs)
	if tt.mayContain("和") {
		fs = heBrands15(tt, fs)
	}
	fs = tenureVillages15(tt, fs)
	var out []Finding
	out = append(out, visitNames15(tt, fs)...)
	out = append(out, titleNames15(tt, fs)...)
	out = append(out, chairNames15(tt, fs)...)
	if tt.mayContain("获") || tt.mayContain("评") || tt.mayContain("授") {
		out = append(out, honourNames15(tt, fs)...)
	}
	if tt.mayContain("岁的") {
		out = append(out, ageNames15(tt, fs)...)
	}
	if tt.mayContain("工的") || tt.mayContain("班的") {
		out = append(out, workerNames15(tt, fs)...)
	}
	if tt.mayContain("  ") {
		out = append(out, tableNames15(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// surname15 reports whether r may begin a name in the strong frames of
// this round: a surname of the table or an ordinary-character surname of
// surnames33 or surnames34.
func surname15(r rune) bool {
	return getLexicon().isSurname(r) || surnames33.has(r) || surnames34.has(r)
}

// nameEnd15 reads a surname at rune s and a one- or two-character given
// name ending before a text that ok accepts; it returns the end or -1.
// The given name must hold no stop character, no kind of place or body,
// not the 每 of 每月 nor a verb of going (县长都|到会讲话), the name must not begin
// with an ordinary word (常务, 全县) nor its given name be a role or a
// kind of person.
func nameEnd15(tt *tokText, s int, ok func(e int) bool) int {
	l := getLexicon()
	n := len(tt.runes)
	if s >= n || !surname15(tt.runes[s]) {
		return -1
	}
	for gl := 2; gl >= 1; gl-- {
		e := s + 1 + gl
		if e > n || !ok(e) {
			continue
		}
		bad := false
		for _, r := range tt.runes[s+1 : e] {
			if !isHan(r) || hardStop[r] || r == '某' || strings.ContainsRune("县市区乡镇村省州旗委局办每到赴", r) {
				bad = true
			}
		}
		if bad {
			continue
		}
		given := tt.sub(s+1, e)
		if l.common[tt.sub(s, e)] || l.common[tt.sub(s, s+2)] || personNouns[given] || isRoleWord(given) || isRoleWord(tt.sub(s, e)) {
			continue
		}
		return e
	}
	return -1
}

// clauseStart15 reports whether rune s begins the text, a line or a
// clause (after punctuation or padding).
func clauseStart15(tt *tokText, s int) bool {
	if s == 0 {
		return true
	}
	return clauseStops15.has(tt.runes[s-1])
}

// clauseStops15 are the characters after which a clause begins
// (clauseStart15): punctuation, a line break, padding.
var clauseStops15 = runeBitsOf("，。；：！？、\n （）“”\u3000")

// prefixAt15 returns the first word of ws that starts at rune e, or "".
func prefixAt15(tt *tokText, e int, ws []string) string {
	if e >= len(tt.runes) {
		return ""
	}
	return firstPrefix(tt.text[tt.off[e]:], ws)
}

// punctAt15 reports whether punctuation or the text's end is at rune e.
func punctAt15(tt *tokText, e int) bool {
	return e >= len(tt.runes) || strings.ContainsRune("，。；：！？、", tt.runes[e])
}

// newName15 returns the finding of a name from rune s to e unless a
// finding covers it or a stronger one overlaps it.
func newName15(tt *tokText, fs []Finding, s, e int, ev string) (Finding, bool) {
	bs, be := tt.off[s], tt.off[e]
	for k := range fs {
		// a person finding that holds the name stands, unless it is the
		// same span with less evidence (展志强 by surname and given name
		// alone, which the filters after this round drop): the frame's
		// finding replaces it
		if f := &fs[k]; f.Type == PERSON && f.Start <= bs && f.End >= be && !(f.Start == bs && f.End == be && f.Score < contextScore+1) {
			return Finding{}, false
		}
	}
	if strongOver33(fs, bs, be) {
		return Finding{}, false
	}
	return Finding{Type: PERSON, Text: tt.sub(s, e), Start: bs, End: be, Evidence: ev + ",shapes15", Score: contextScore + 1}, true
}

// frameName15 reads a name at rune s whose end ok accepts (nameEnd15) and
// returns its finding under evidence ev (newName15); it is what every
// frame of this round does once the frame's start is found.
func frameName15(tt *tokText, fs []Finding, s int, ok func(e int) bool, ev string) (Finding, bool) {
	e := nameEnd15(tt, s, ok)
	if e < 0 {
		return Finding{}, false
	}
	return newName15(tt, fs, s, e, ev)
}

// visitVerbs15 are what an official does right after the name on a visit
// or at a meeting (class: 职务 + 姓名 + 到/赴/前往/深入 + 地点 + 调研).
var visitVerbs15 = []string{"前往", "到", "赴", "深入", "来到", "率队", "带队", "一行", "陪同", "出席", "主持", "调研", "视察", "督导", "看望", "慰问", "走访", "强调", "指出", "讲话"}

// visitNames15 finds a name right after a role word and before a verb of
// visitVerbs15.
func visitNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for s := 2; s+1 < len(tt.runes); s++ {
		if !roleEndMay22(tt, s) || !surname15(tt.runes[s]) || !roleEndAt33(tt, s) { // (speed22: the bit test first)
			continue
		}
		if f, ok := frameName15(tt, fs, s, func(e int) bool { return prefixAt15(tt, e, visitVerbs15) != "" }, "role-visit"); ok {
			out = append(out, f)
		}
	}
	return out
}

// titles15 are titles written after a name (甲乙丙副县长).
var titles15 = []string{"副县长", "县长", "副市长", "市长", "副书记", "书记", "副主任", "主任", "副局长", "局长", "副镇长", "镇长", "副乡长", "乡长", "副主席", "主席", "部长", "常委"}

// titleVerbs15 may follow such a title.
var titleVerbs15 = []string{"在", "到", "赴", "前往", "深入", "来到", "一行", "带队", "率队", "主持", "出席", "强调", "指出", "要求", "调研", "陪同", "讲话", "代表"}

// titleNames15 finds a name at a clause's start before a title of
// titles15 and a verb of titleVerbs15 or punctuation (class: 甲乙丙副县长在
// 某镇调研时强调).
func titleNames15(tt *tokText, fs []Finding) []Finding {
	return clauseNames15(tt, fs, func(e int) bool {
		t := prefixAt15(tt, e, titles15)
		if t == "" {
			return false
		}
		q := e + runeLen(t)
		return punctAt15(tt, q) || prefixAt15(tt, q, titleVerbs15) != ""
	}, "name-title")
}

// clauseNames15 finds a name at every clause's start (clauseStart15)
// whose end ok accepts, under evidence ev: the loop of titleNames15 and
// honourNames15.
func clauseNames15(tt *tokText, fs []Finding, ok func(e int) bool, ev string) []Finding {
	var out []Finding
	for s := 0; s+3 < len(tt.runes); s++ {
		if !clauseStart15(tt, s) {
			continue
		}
		if f, found := frameName15(tt, fs, s, ok, ev); found {
			out = append(out, f)
		}
	}
	return out
}

// chairVerbs15 end a name after 由 (由甲乙丙主持); speechWords15 end one at
// a clause's start after 作 (甲乙丙作工作报告).
var (
	chairVerbs15  = []string{"主持", "作", "宣读", "传达", "通报", "致辞"}
	speechWords15 = []string{"工作报告", "报告", "讲话", "总结讲话", "动员讲话", "表态发言", "发言", "述职报告", "典型发言", "交流发言", "点评"}
)

// chairNames15 finds a name after 由 before a verb of chairVerbs15, or at
// a clause's start before 作 and a word of speechWords15 (class: a
// meeting's chair and speakers: 会议由甲乙丙主持，丁戊作工作报告).
func chairNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for s := 1; s+2 < len(tt.runes); s++ {
		var end func(e int) bool
		switch {
		case tt.runes[s-1] == '由':
			end = func(e int) bool { return prefixAt15(tt, e, chairVerbs15) != "" }
		case clauseStart15(tt, s):
			end = func(e int) bool {
				return e < len(tt.runes) && tt.runes[e] == '作' && prefixAt15(tt, e+1, speechWords15) != ""
			}
		default:
			continue
		}
		if f, ok := frameName15(tt, fs, s, end, "chair"); ok {
			out = append(out, f)
		}
	}
	return out
}

// honourVerbs15 and personHonours15: a clause that begins with a name,
// one of these verbs and, within sixteen characters, an honour only a
// person receives.
var (
	honourVerbs15   = []string{"荣获", "获得", "获评", "被评为", "被授予", "当选", "入选"}
	personHonours15 = []string{"劳动奖章", "劳动模范", "劳模", "先进个人", "优秀共产党员", "优秀党员", "优秀党务工作者", "道德模范", "三八红旗手", "五四青年奖章", "技术能手", "优秀教师", "最美", "好人", "致富带头人", "优秀村干部", "好干部", "乡村工匠", "杰出青年", "巾帼建功标兵"}
)

// honourNames15 finds the name of such a clause (class: honour lists of
// persons, 甲乙丙荣获全国五一劳动奖章).
func honourNames15(tt *tokText, fs []Finding) []Finding {
	return clauseNames15(tt, fs, func(e int) bool {
		v := prefixAt15(tt, e, honourVerbs15)
		if v == "" {
			return false
		}
		q := e + runeLen(v)
		end := min(len(tt.runes), q+16)
		for i := q; i < end; i++ {
			if strings.ContainsRune("。；！？\n", tt.runes[i]) {
				end = i
				break
			}
		}
		win := tt.sub(q, end)
		for _, h := range personHonours15 {
			if strings.Contains(win, h) {
				return true
			}
		}
		return false
	}, "person-honour")
}

// ageFollow15 may follow a name after an age, besides what followAt33
// takes.
var ageFollow15 = []string{"是", "老人", "仍", "还", "每天", "已经", "从", "靠", "今年", "依然"}

// ageNames15 finds a name right after a number, 岁 and 的 (class: people's
// stories, 今年六十二岁的甲乙丙是某村的老党员).
func ageNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for s := 3; s+1 < len(tt.runes); s++ {
		if tt.runes[s-1] != '的' || tt.runes[s-2] != '岁' || !numeral15(tt.runes[s-3]) {
			continue
		}
		if f, ok := frameName15(tt, fs, s, func(e int) bool { return followAt33(tt, e) || prefixAt15(tt, e, ageFollow15) != "" }, "age-name"); ok {
			out = append(out, f)
		}
	}
	return out
}

// numeral15 reports whether r is a digit or a Chinese numeral.
func numeral15(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇零一二三四五六七八九十百多余", r)
}

// orgVerbs15 are verbs of a meeting, an agreement or a commission the
// org-suffix rule can run back over (甲镇召开党委…, 乙县签署 read as an
// office 署, 污水处理厂委托丙公司).
var orgVerbs15 = []string{"召开", "举行", "举办", "签署", "签订", "印发", "主持", "委托"}

// verbOrgs15 cuts an organisation found by its suffix whose text holds a
// verb of orgVerbs15 after its first two characters (class: 某镇召开|党委
// 扩大会议, 我县与某县签署|协议, 某厂委托|丙公司): the part after the verb
// stays an organisation when five or more characters remain (a brand, a
// trade and a form), else the finding is dropped; the place before the
// verb, found on its own, stays masked.
func verbOrgs15(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == ORG && strings.Contains(f.Evidence, "org-suffix") {
			cut := -1
			for _, v := range orgVerbs15 {
				if i := strings.LastIndex(f.Text, v); i >= len("甲乙") && i+len(v) > cut {
					cut = i + len(v)
				}
			}
			if cut >= 0 {
				rest := f.Text[cut:]
				if runeLen(rest) < 5 {
					continue
				}
				f.Start += cut
				f.Text = rest
			}
		}
		out = append(out, f)
	}
	return out
}

// tenures15 are words of tenure a role follows (现任, 曾任).
var tenures15 = []string{"现任", "曾任", "原任", "兼任", "担任", "历任", "时任", "新任", "调任", "升任", "出任"}

// tenureVillages15 drops a place that is a word of tenure and a kind of
// settlement (class: 现任村|党支部书记, 曾任镇|党委委员).
func tenureVillages15(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION {
			drop := false
			for _, w := range tenures15 {
				if rest, ok := strings.CutPrefix(f.Text, w); ok && (rest == "村" || rest == "镇" || rest == "乡" || rest == "社区" || rest == "街道") {
					drop = true
				}
			}
			if drop {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// workPlaces15 end the words before a worker's name (在某公司务工的甲乙丙);
// each ends in 的 (workerNames15 tests that rune first).
var workPlaces15 = []string{"务工的", "打工的", "上班的", "做工的"}

// workerFollow15 may follow a worker's name, besides what followAt33 takes.
var workerFollow15 = []string{"每月", "每天", "每年", "月收入", "年收入", "月工资", "今年", "已", "是"}

// workerNames15 finds a name right after a word of workPlaces15 (class:
// people's stories, 在某公司务工的甲乙丙每月收入四千元).
func workerNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for s := 3; s+1 < len(tt.runes); s++ {
		// every word of workPlaces15 ends in 的: test that rune before
		// building a string of each word's length at every rune
		if tt.runes[s-1] != '的' {
			continue
		}
		w := false
		for _, p := range workPlaces15 {
			if k := runeLen(p); s >= k && tt.sub(s-k, s) == p {
				w = true
			}
		}
		if !w {
			continue
		}
		if f, ok := frameName15(tt, fs, s, func(e int) bool { return followAt33(tt, e) || prefixAt15(tt, e, workerFollow15) != "" }, "worker-name"); ok {
			out = append(out, f)
		}
	}
	return out
}

// tableNames15 finds a name that stands as a cell of a numbered table
// row written as a line (class: 3  某公司  甲乙丙  项目进度八成): the line
// begins with a number, its cells are parted by two or more spaces, and
// the cell is a surname and a one- or two-character given name alone.
func tableNames15(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for ls := 0; ls < n; ls++ {
		if ls > 0 && tt.runes[ls-1] != '\n' {
			continue
		}
		p := ls
		for p < n && (tt.runes[p] >= '0' && tt.runes[p] <= '9' || tt.runes[p] >= '０' && tt.runes[p] <= '９') {
			p++
		}
		if p == ls || p >= n || !(spaceRune(tt.runes[p]) || strings.ContainsRune(".．、", tt.runes[p])) {
			continue
		}
		le := p
		for le < n && tt.runes[le] != '\n' {
			le++
		}
		// the cells: runs parted by two or more spaces
		for c := p; c < le; {
			for c < le && (spaceRune(tt.runes[c]) || strings.ContainsRune(".．、", tt.runes[c])) {
				c++
			}
			d := c
			for d < le && !(spaceRune(tt.runes[d]) && d+1 < le && spaceRune(tt.runes[d+1])) {
				d++
			}
			padded := c > p+1 && spaceRune(tt.runes[c-1]) && spaceRune(tt.runes[c-2])
			if k := d - c; padded && k >= 2 && k <= 3 && (d == le || spaceRune(tt.runes[d])) {
				if f, ok := frameName15(tt, fs, c, func(e int) bool { return e == d }, "table-cell"); ok {
					out = append(out, f)
				}
			}
			c = d
		}
		ls = le
	}
	return out
}

// heBrands15 extends an organisation found by its suffix over a brand of
// a character and 和 that gojieba cut into a name character and the
// conjunction 和 (class: brand stems in 和: 嘉和, 泰和, 永和 before a trade and
// a form, 嘉/nr 和/c 食品有限公司): the character stands alone at a clause's
// start or after 由, 与, 在, 到, 被 or 和.
func heBrands15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG || !strings.Contains(f.Evidence, "org-suffix") {
			continue
		}
		h := tt.runeAt(f.Start)
		if h < 1 || tt.runes[h-1] != '和' {
			continue
		}
		c := h - 2
		if c < 0 || !isHan(tt.runes[c]) || hardStop[tt.runes[c]] || strings.ContainsRune("县市区乡镇村省州旗我他她它你并又还也都就共和与及同跟", tt.runes[c]) {
			continue
		}
		if j := tt.tokAt13(c); j < 0 || tt.toks[j].n() != 1 {
			continue
		} else {
			switch tt.toks[j].pos {
			case "v", "p", "c", "d", "u", "uj", "ul", "m", "r", "f", "q", "y", "zg":
				continue
			}
		}
		// (clauseStart15 takes the text's start, c == 0, itself)
		if !(clauseStart15(tt, c) || strings.ContainsRune("由与在到被和 ", tt.runes[c-1])) {
			continue
		}
		f.Start = tt.off[c]
		f.Text = tt.text[f.Start:f.End]
	}
	return fs
}
