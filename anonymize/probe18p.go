package anonymize

import "strings"

// probe18p.go: persons of 述职报告, speeches and minutes that a probe of the
// eighteenth session's own sentences found readable:
//   - a surname and a title at a clause's start before a verb, an adverb or
//     a time word that refVerbs15 lacks (宋会计|核对, 许医生|每周), or before a
//     title the earlier lists lack (会计, 干事, 组长, 工程师, 阿婆)
//     (titleRefs18p);
//   - a familiar 老/小 and a surname at a clause's start before any word
//     (小佟|把, 老郗在/x, 老郇/x), rare surnames among them (familiar18p);
//   - a two-character name that reads as a word before 同志 and a verb of
//     appointment (安全同志任, 冷静同志现任) (comradeWordNames18p);
//   - a name in an attendance list before its unit or reason in brackets
//     whose given name reads as a word (列席：…、郑国庆（县住建局）)
//     (attendanceNames18p);
//   - a name of two characters whose given name gojieba glued to 说 after
//     it (李|明说), and a name of three after 由/据/经 whose surname and first
//     given character read as one word (由方志|远负责) (gluedNames18p).
func probe18p(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if refs := titleRefs18p(tt, fs); len(refs) > 0 {
		fs = add19(fs, refs)
	}
	var out []Finding
	if tt.mayContain("（") {
		out = append(out, attendanceNames18p(tt, fs)...)
	}
	out = append(out, familiar18p(tt, fs)...)
	out = append(out, gluedNames18p(tt, fs)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	// a word-name is masked with its frame only: 安全 and 冷静 are
	// ordinary words elsewhere in the same text (安全生产)
	if more := comradeWordNames18p(tt, fs); len(more) > 0 {
		fs = add19(fs, more)
	}
	return fs
}

// titles18p are the titles a surname stands before in minutes and
// speeches: refTitles15's and those of clerks, doctors, teachers, group
// heads and elders it lacks.
var titles18p = append(append([]string{}, refTitles15...),
	"会计", "出纳", "大夫", "护士", "教练", "律师", "干事", "专干", "组长", "班长", "工程师", "技术员", "教授", "阿婆", "阿公", "大爷", "大娘", "大哥", "大嫂")

// notSurname18p are surname characters that begin a clause as a
// preposition, a verb of asking or a conjunction before a title (向医生咨询,
// 由会计核对, 请老师讲): no person's surname there.
var notSurname18p = runeBitsOf("向由和与同经据请让被把给对为跟于从在将叫找问帮陪及或但而且如若")

// titleFollow18p reports whether the token at rune e can follow a surname
// and title that name a person at a clause's start: a verb, an adverb, a
// time word or pronoun (每周, 今年), a preposition (把, 在), a number (八十岁), an
// idiom (挨家挨户) or speech
// punctuation (宋会计：).
func titleFollow18p(tt *tokText, e int) bool {
	if e >= len(tt.runes) {
		return false
	}
	if r := tt.runes[e]; r == '：' || r == '，' {
		return true
	}
	if !tt.tokStart(e) {
		return false
	}
	t := tt.tokenAt(e)
	if t == nil || t.pos == "" {
		return false
	}
	switch t.pos[0] {
	case 'v', 'd', 'p', 't', 'r', 'm', 'i', 'l':
		return true
	}
	return false
}

// titleRefs18p finds a surname at a clause's start before a title of
// titles18p and a verb, adverb or time word (class: surname + title in
// minutes and speeches, 宋会计核对了账目, 许医生每周坐诊; refVerbs15 holds
// verbs of speech and leading only, and its titles lack clerks, group
// heads and elders). The surname must be a token of its own and the title
// end a token, so a word does not begin there (严组长 but not 严格); the
// surname is masked there and wherever the surname and title stand again.
func titleRefs18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	seen := map[string]bool{}
	var refs []string
	for _, s32 := range tt.clauseStarts26() { // (the clause's start first, read once: speed26)
		s := int(s32)
		if s+3 >= n {
			break
		}
		r := tt.runes[s]
		if !(l.isSurname(r) || surnames15.has(r)) || notSurnameRef15.has(r) || notSurname18p.has(r) {
			continue
		}
		if !tt.tokStart(s + 1) {
			continue
		}
		title := firstPrefix(tt.text[tt.off[s+1]:], titles18p)
		if title == "" {
			continue
		}
		e := s + 1 + runeLen(title)
		if !titleFollow18p(tt, e) {
			continue
		}
		if ref := tt.sub(s, e); !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	return surnameRefs(tt, fs, refs, "title-ref,probe18p")
}

// notFamiliar18p are characters after 老/小 that make a word, not a
// familiar name, though the surname table lists some of them (老大, 小小).
var notFamiliar18p = runeBitsOf("老小大中新旧年一二三四五六七八九十两几多少些")

// familiarStarts18p returns where 老 or 小 opens a clause with a surname's
// place and one more character after it (familiar18p's and
// familiarTokens18w's readings start there).
func familiarStarts18p(tt *tokText) []int {
	// the clause starts read once (speed26), 小's before 老's as the
	// occurrences of each were appended
	n := len(tt.runes)
	var at []int
	if !tt.mayHold('小') && !tt.mayHold('老') {
		return nil
	}
	for _, c := range [2]rune{'小', '老'} {
		for _, s := range tt.clauseStarts26() {
			if int(s)+2 >= n {
				break
			}
			if tt.runes[s] == c {
				at = append(at, int(s))
			}
		}
	}
	return at
}

// familiar18p finds 老 or 小 and a surname at a clause's start, whatever
// follows (class: familiar forms before a word personAfter15 lacks, 小佟把,
// 老佟今年, and rare surnames gojieba glues to the next character or to
// 老/小, 老|郗在/x, 小郗/x, 老郇/x). Only where gojieba knew no word there:
// 老/小 a token of its own before a surname that is one too or begins a
// made-up word, or 老/小 and the surname a made-up word; a frequent
// word (小康, 老乡) is none.
func familiar18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, s := range familiarStarts18p(tt) {
		i := s + 1
		r := tt.runes[i]
		// a surname that is also a noun (老钱要用好: old money) is left
		// to the readers that want a word of people after it
		if !surname15(r) || notFamiliar18p.has(r) || surnameNouns15.has(r) || !isHan(tt.runes[i+1]) || l.common[tt.sub(s, i+1)] {
			continue
		}
		t0 := tt.tokenAt(s)
		ok := false
		switch {
		case t0.start == s && t0.end == i: // 老|X…
			t1 := tt.tokenAt(i)
			ok = t1.start == i && (t1.end == i+1 || t1.pos == "x" && t1.n() == 2)
		case t0.start == s && t0.pos == "x" && (t0.end == i+1 || t0.end == i+2): // 老X/x, 老X在/x
			ok = true
		}
		if !ok || overlapsAny(fs, tt.off[s], tt.off[i+1]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, i+1), Start: tt.off[s], End: tt.off[i+1], Evidence: "familiar-surname,probe18p", Score: contextScore})
	}
	return out
}

// comradeVerbs18p follow a name and 同志 in an appointment or duty line.
var comradeVerbs18p = []string{"任", "现任", "调任", "兼任", "担任", "当选", "分管", "主持", "任职", "作述职", "负责"}

// comradeNotNames18p are words before 同志 that describe the comrades,
// not name one (年轻同志, 党员同志, 全体同志).
var comradeNotNames18p = map[string]bool{"年轻": true, "青年": true, "老年": true, "女性": true, "男性": true, "基层": true, "机关": true,
	"党员": true, "全体": true, "广大": true, "各位": true, "有关": true, "相关": true, "退休": true, "离休": true, "新任": true, "分管": true,
	"主要": true, "领导": true, "优秀": true, "先进": true, "骨干": true, "困难": true, "年长": true, "其他": true, "其余": true, "所有": true,
	"这位": true, "那位": true, "两位": true, "该名": true, "上述": true, "以上": true, "部分": true, "个别": true, "少数": true, "多数": true,
	"一线": true, "干部": true, "代表": true, "委员": true, "常委": true, "老党员": true}

// comradeWordNames18p finds a two-character word that opens a clause
// before 同志 and a verb of appointment or duty (class: names that read
// as words, 安全同志任…站长, 冷静同志现任, 和平同志兼任, which the name
// readers pass by as the adjective or noun gojieba tags them). The
// surname must be one of any tier and the word none of comradeNotNames18p.
func comradeWordNames18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, p := range occurrences19(tt, "同志") {
		s := p - 2
		if s < 0 || s > 0 && !stop19.has(tt.runes[s-1]) {
			continue
		}
		if !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) || !surnameAny15(l, tt.runes[s]) || p+2 >= n {
			continue
		}
		w := tt.sub(s, p)
		if comradeNotNames18p[w] || !tt.tokStart(s) || !tt.tokStart(p) || !hasAnyPrefix13(tt.text[tt.off[p+2]:], comradeVerbs18p) {
			continue
		}
		if overlapsSure18w(fs, tt.off[s], tt.off[p]) {
			continue
		}
		// the finding takes 同志 along: its text is masked wherever it
		// stands in the document, and 安全 alone is a word (安全生产)
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, p+2), Start: tt.off[s], End: tt.off[p+2], Evidence: "word-name-comrade,probe18p", Score: contextScore})
	}
	return out
}

// gluedAdverbs18p are characters gojieba glues to 说 that are adverbs,
// not a given name (王也说, 李还说).
var gluedAdverbs18p = runeBitsOf("也还又就却都再才只便已常总先后曾并更仍所")

// framePreps18p open a clause before a name and framedVerbs18p (由甲乙丙负责,
// 据甲乙丙介绍, 经甲乙丙同意).
var framePreps18p = runeBitsOf("由据经")

var framedVerbs18p = []string{"负责", "介绍", "说", "讲", "同意", "主持", "牵头", "带队", "反映", "批准", "调解", "协调"}

// bodyEnds18p end a word for a body, a party or a role, not a given name
// (由施工方负责, 由合作社负责, 据负责人介绍).
var bodyEnds18p = runeBitsOf("方人社局委办所站队组部院校厂司会员长者处科室股中团家户")

// gluedNames18p finds names whose given name gojieba glued to a word
// around it (class: two-character names before 说, 李|明说/v, where the
// given character and 说 read as one verb; three-character names after
// 由/据/经 whose surname and first given character read as a word, 由|方志|远
// 负责, 经|常胜|利…). The surname must be a common one of the table and
// the given characters vouched for by the name statistics.
func gluedNames18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	add := func(s, e int, ev string) {
		if !overlapsSure18w(fs, tt.off[s], tt.off[e]) {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: contextScore})
		}
	}
	for _, p := range occurrences19(tt, "说") {
		s := p - 2
		if s < 0 || s > 0 && !stop19.has(tt.runes[s-1]) {
			continue
		}
		g := tt.runes[s+1]
		t := tt.tokenAt(s + 1)
		if !commonSurname15(l, tt.runes[s]) || !tt.tokStart(s+1) || t.start != s+1 || t.end != p+1 || gluedAdverbs18p.has(g) || l.given[g] <= 0 {
			continue
		}
		if t0 := tt.tokenAt(s); t0.start != s || t0.end != s+1 {
			continue
		}
		add(s, s+2, "glued-given,probe18p")
	}
	for s := 1; s+4 < n; s++ {
		if !framePreps18p.has(tt.runes[s-1]) || s >= 2 && !stop19.has(tt.runes[s-2]) {
			continue
		}
		if !commonSurname15(l, tt.runes[s]) || !isHan(tt.runes[s+1]) || !isHan(tt.runes[s+2]) || !hasAnyPrefix13(tt.text[tt.off[s+3]:], framedVerbs18p) {
			continue
		}
		g2 := tt.runes[s+2]
		if bodyEnds18p.has(g2) || l.given[g2] <= 0 || l.common[tt.sub(s, s+3)] || l.common[tt.sub(s+1, s+3)] {
			continue
		}
		// gojieba read the surname and the first given character as one
		// word and the last alone (方志|远): a name's shape, not a body's
		if t := tt.tokenAt(s + 2); t.start != s+2 || t.end != s+3 || !tt.tokStart(s+3) {
			continue
		}
		if t := tt.tokenAt(s + 1); t.start > s || t.end != s+2 {
			continue
		}
		add(s, s+3, "glued-given,probe18p")
	}
	return out
}

// attendanceCues18p open a line that lists persons of a meeting.
var attendanceCues18p = []string{"出席", "列席", "缺席", "参会", "参加", "与会", "人员", "名单"}

// attendanceNames18p finds a name of two or three characters that stands
// between a list mark (、 or the colon of a cue of attendanceCues18p) and
// a bracket (class: attendance lines of minutes that give each person's
// unit or reason in brackets, 列席：…、郑国庆（县住建局）, 缺席：甲乙（请假）, where
// the name readers pass by a given name that reads as a word, 国庆). The
// surname must be one of any tier, the item neither a frequent word nor
// a body's name (县财政局（牵头）).
func attendanceNames18p(tt *tokText, fs []Finding) []Finding {
	colon := strings.IndexRune(tt.text, '：')
	if colon < 0 || !hasAnyWord18p(tt.text[:colon], attendanceCues18p) {
		return nil
	}
	l := getLexicon()
	var out []Finding
	for _, p := range occurrences19(tt, "（") {
		if tt.off[p] <= colon {
			continue
		}
		for _, k := range []int{3, 2} {
			s := p - k
			if s < 1 || (tt.runes[s-1] != '、' && tt.runes[s-1] != '：') {
				continue
			}
			han := true
			for i := s; i < p; i++ {
				han = han && isHan(tt.runes[i])
			}
			w := tt.sub(s, p)
			if !han || !surnameAny15(l, tt.runes[s]) || bodyEnds18p.has(tt.runes[p-1]) || l.common[w] || overlapsSure18w(fs, tt.off[s], tt.off[p]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[p], Evidence: "attendance-name,probe18p", Score: contextScore})
			break
		}
	}
	return out
}

// hasAnyWord18p reports whether s contains one of ws.
func hasAnyWord18p(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
