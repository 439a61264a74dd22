package anonymize

import (
	_ "embed"
	"strings"
	"sync"
)

// This file holds round minority21: the names of China's ethnic minorities
// written in Han characters without a dot and without a Han surname, in
// running text — Yi names of a clan and a given name (吉克|木呷), Tibetan
// names of one or two elements and an ending (次旺|拉姆, 泽让|措),
// Mongolian names (朝鲁|门, 斯琴|高娃), Uyghur and Kazakh names written
// without their dot (阿依|别克), and Dai names of a prefix of sex or birth
// order and one or two characters (岩|罕). The elements come from
// data/minority21.txt, written from general knowledge of the naming
// systems. A name composed of two known parts (a Yi clan and two syllables
// of given names, two Tibetan, Mongolian or Turkic elements) is masked where
// it stands as a word of its own; a name of one element, an element and an
// ending, a Yi given name alone or a Dai name, which may be an ordinary word
// or a place (格桑花, 乌兰, 岩石), only with the evidence of a person around
// it: a role or a word for a kind of person before it (巡护员, 骑手, 牧民,
// 编辑：), a title, 同志 or a verb of saying after it, or a list whose other
// items are persons or that is counted in persons or households (…3户,
// …等2名). The redaction masks a confirmed name everywhere in the document.

//go:embed data/minority21.txt
var minority21Data string

// minorityInv21 holds the inventories of data/minority21.txt.
type minorityInv21 struct {
	yiClan, yiGiven, notName map[string]bool
	// elements of Tibetan, Mongolian and Turkic names, by tradition
	elems [3]map[string]bool
	// one-character endings of the same traditions
	ends [3]runeBits
	// syllables of Yi given names, prefixes of Dai names
	yiSyl, daiPrefix runeBits
	// first characters of every clan, element, given name and prefix: the
	// positions the rule looks at; second characters of the clans,
	// elements and given names
	first, second runeBits
	// maxNotName is the longest not-name word in characters
	maxNotName int
}

// traditions21 name the element sections of elems and ends, in order.
var traditions21 = [3]string{"tibetan", "mongolian", "turkic"}

// minorityInventory21 parses data/minority21.txt on first use.
var minorityInventory21 = sync.OnceValue(func() *minorityInv21 {
	m := &minorityInv21{yiClan: map[string]bool{}, yiGiven: map[string]bool{}, notName: map[string]bool{}}
	for k := range m.elems {
		m.elems[k] = map[string]bool{}
	}
	section := ""
	for _, line := range strings.Split(minority21Data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		for _, w := range strings.Fields(line) {
			m.add(section, w)
		}
	}
	return m
})

// add files word w of a section of the inventory.
func (m *minorityInv21) add(section, w string) {
	r, size := firstRune(w)
	if section != "not-name" {
		m.first.set(r)
		if r2, _ := firstRune(w[size:]); size < len(w) {
			m.second.set(r2)
		}
	}
	switch section {
	case "yi-clan":
		m.yiClan[w] = true
	case "yi-syllable":
		m.yiSyl.set(r)
	case "yi-given":
		m.yiGiven[w] = true
	case "dai-prefix":
		m.daiPrefix.set(r)
	case "not-name":
		m.notName[w] = true
		m.maxNotName = max(m.maxNotName, runeLen(w))
	default:
		for k, t := range traditions21 {
			switch section {
			case t:
				m.elems[k][w] = true
			case t + "-end":
				m.ends[k].set(r)
			}
		}
	}
}

// cand21 is one reading of a minority name starting at a rune: its end,
// its kind for the audit, and whether its composition alone makes it a
// name.
type cand21 struct {
	e      int
	kind   string
	strong bool
}

// element21 returns the length of the longest element of tradition k at
// rune i (two to four characters), or 0.
func (m *minorityInv21) element21(tt *tokText, k, i int) int {
	for ln := min(4, len(tt.runes)-i); ln >= 2; ln-- {
		if m.elems[k][tt.sub(i, i+ln)] {
			return ln
		}
	}
	return 0
}

// readings21 returns the readings of a minority name starting at rune s,
// longest first, in buf's array.
func (m *minorityInv21) readings21(tt *tokText, s int, buf []cand21) []cand21 {
	n := len(tt.runes)
	rs := tt.runes
	out := buf[:0]
	if s+4 <= n && m.yiClan[tt.sub(s, s+2)] && m.yiSyl.has(rs[s+2]) && m.yiSyl.has(rs[s+3]) {
		out = append(out, cand21{s + 4, "yi-clan+given", true})
	}
	for k, t := range traditions21 {
		l1 := m.element21(tt, k, s)
		if l1 == 0 {
			continue
		}
		if l2 := m.element21(tt, k, s+l1); l2 > 0 {
			if l3 := m.element21(tt, k, s+l1+l2); l3 > 0 {
				out = append(out, cand21{s + l1 + l2 + l3, t + "-elements", true}) // 阿不都|热合曼|买买提
			}
			out = append(out, cand21{s + l1 + l2, t + "-elements", true})
		}
		if s+l1 < n && m.ends[k].has(rs[s+l1]) {
			out = append(out, cand21{s + l1 + 1, t + "-element+end", false})
		}
		out = append(out, cand21{s + l1, t + "-element", false})
	}
	if s+2 <= n && m.yiGiven[tt.sub(s, s+2)] {
		out = append(out, cand21{s + 2, "yi-given", false})
	}
	if m.daiPrefix.has(rs[s]) {
		for _, e := range []int{s + 3, s + 2} {
			if e == s+3 && e <= n && splitWord21(tt, s) {
				continue // 岩|温带|领: the third character is a word's
			}
			if e <= n && allNameRunes21(tt, s+1, e) {
				out = append(out, cand21{e, "dai-prefix", false})
			}
		}
	}
	// longest first, a strong reading before a weak one of the same length
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].e > out[j-1].e || out[j].e == out[j-1].e && out[j].strong && !out[j-1].strong); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// splitWord21 reports whether the two characters after a Dai prefix at
// rune s are one dictionary word of gojieba's (岩|温带) or the third
// begins a frequent word with the fourth (温|带领): no name of three
// characters then.
func splitWord21(tt *tokText, s int) bool {
	if t := tt.tokenAt(s + 1); t != nil && t.start == s+1 && t.end == s+3 && t.dictWord() {
		return true
	}
	return s+4 <= len(tt.runes) && getLexicon().common[tt.sub(s+2, s+4)]
}

// coversRune21 reports whether a finding of fs starts before rune s and
// runs over it.
func coversRune21(tt *tokText, fs []Finding, s int) bool {
	b := tt.off[s]
	for _, f := range fs {
		if f.Start < b && f.End > b {
			return true
		}
	}
	return false
}

// startsLonger21 reports whether a finding of fs starts at byte s and
// ends at or after byte e.
func startsLonger21(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start == s && f.End >= e {
			return true
		}
	}
	return false
}

// allNameRunes21 reports whether runes [s, e) are Han characters that are
// no function characters and no predicate's first character.
func allNameRunes21(tt *tokText, s, e int) bool {
	for k := s; k < e; k++ {
		if r := tt.runes[k]; !isHan(r) || functionRuneBits.has(r) || stops17p.has(r) {
			return false
		}
	}
	return true
}

// kindAfter21 begin the word after an element that makes it a place, a
// plant, a troupe or a building (格桑|花, 乌兰|牧骑, 卓玛|拉康), not a name.
var kindAfter21 = []string{"花", "草", "牧骑", "拉康", "嘎查", "苏木", "浩特", "山", "河", "湖", "峰", "寺", "庙", "沟", "乡", "镇", "村", "县", "市", "区", "州", "盟", "旗", "路", "街", "桥", "湾", "坝", "寨", "屯", "塘", "滩", "岭", "谷", "景区", "草原", "大道", "广场", "酒店", "宾馆", "小学", "中学", "学校"}

// nameBounds21 reports whether runes [s, e) stand as a word of their own:
// no dictionary word of gojieba's runs over the start (a made-up word may:
// 员次|旺拉姆, 出吉克|木呷), a word begins at the end, save a dictionary
// word of two characters over it whose second character begins a frequent
// word (岩|温带|领: 带领), no dot of a transliterated name stands before
// it or within three characters after it, and no kind of place or thing follows (格桑|花, 乌兰|牧骑).
func nameBounds21(tt *tokText, s, e int) bool {
	n := len(tt.runes)
	if s > 0 && isHan(tt.runes[s-1]) && !tt.tokStart(s) && tt.toks[tt.tokOf[s]].dictWord() {
		return false
	}
	if s > 0 && isNameDot(tt.runes[s-1]) {
		return false // a part of a dotted name (dotNames reads it whole)
	}
	for k := e; k < n && k <= e+3; k++ {
		if isNameDot(tt.runes[k]) {
			return false // the head of a dotted name (热依|拉·艾则孜)
		}
		if !isHan(tt.runes[k]) {
			break
		}
	}
	if e < n && isHan(tt.runes[e]) {
		t := tt.toks[tt.tokOf[e]]
		// 洛桑|益西家/x, 次仁|卓玛说/x: a made-up word of gojieba's that
		// glued a household or a function character to the name
		r := tt.runes[e]
		tail := !t.dictWord() && (t.end == e+1 && tailRunes17p.has(r) || functionRuneBits.has(r) || stops17p.has(r))
		if t.start < e && !tail && (t.start != e-1 || t.n() != 2 || !t.dictWord() || e+2 > n || !getLexicon().common[tt.sub(e, e+2)]) {
			return false
		}
		if firstPrefix(tt.text[tt.off[e]:], kindAfter21) != "" {
			return false
		}
	}
	return true
}

// notNameAt21 reports whether a not-name word of the inventory begins at
// rune s and covers runes [s, e) (扎西德勒 over 扎西, 格桑花 over 格桑).
func (m *minorityInv21) notNameAt21(tt *tokText, s, e int) bool {
	for ln := min(m.maxNotName, len(tt.runes)-s); ln >= e-s; ln-- {
		if m.notName[tt.sub(s, s+ln)] {
			return true
		}
	}
	return false
}

// ordinary21 reports whether w is a word the lexicon knows: a frequent
// word, a word of the genre, a role, a word for a kind of person or a
// national term.
func ordinary21(w string) bool {
	l := getLexicon()
	return l.common[w] || genreWords[w] || isRoleWord(w) || personNouns[w] || personNouns17p[w] || nationalTerms[w]
}

// place21 reports whether w is a place of the gazetteer or its short form
// (乌兰, 扎西): a name there only with a person's word right beside it.
func place21(w string) bool {
	l := getLexicon()
	return l.places[w] > 0 || l.short[w] != ""
}

// labels21 are words for a person that a name follows, beyond the roles
// and person nouns of the other rules: by-line labels (编辑：), sports and
// herding words.
var labels21 = wordSet(`编辑 责任编辑 记者 通讯员 摄影 审核 校对 撰稿 供稿 联系人 述职人 发言人 主持人 汇报人 报告人 讲解员 骑手 选手 歌手 运动员 冠军 教练 教练员 牧民 牧户 农牧民 巡护员 管护员 监测员 护林员 草管员 村医 乡医 队员 学员 学生 代表 户主 家长
	阿妈 阿爸 老阿妈 嘎查长 嘎查达 苏木达 寺管会主任 活佛 僧人 喇嘛 毕摩 苏尼 德古 传承人`)

// contextBefore21 returns the word for a person that stands right before
// rune s (spaces and a label's colon between allowed), or "".
func contextBefore21(tt *tokText, s int) string {
	j := s
	for j > 0 && (tt.runes[j-1] == ' ' || tt.runes[j-1] == '\u3000') {
		j--
	}
	colon := false
	if j > 0 && (tt.runes[j-1] == '：' || tt.runes[j-1] == ':') {
		j--
		colon = true
		for j > 0 && (tt.runes[j-1] == ' ' || tt.runes[j-1] == '\u3000') {
			j--
		}
	}
	if j < 2 {
		return ""
	}
	t := tt.toks[tt.tokOf[j-1]]
	if t.end == j && (labels21[t.word] || personWordBefore(&t) || personNouns17p[t.word]) {
		return t.word
	}
	if !colon && roleOrPersonNounEndsAt(tt, j) {
		return "role"
	}
	if !colon && tt.runes[j-1] == '的' && tt.runes[j-2] == '岁' {
		return "age" // 今年58岁的|卓玛
	}
	return ""
}

// saysAfter21 are words after a person's name: an address or a title, or
// a verb of saying.
var saysAfter21 = []string{"同志", "书记", "副书记", "主任", "副主任", "村长", "乡长", "镇长", "县长", "副县长", "局长", "站长", "所长", "校长", "老师", "医生", "主席", "阿妈", "阿爸",
	"说", "表示", "介绍", "告诉", "感慨", "笑着说", "高兴地说", "坦言", "回忆"}

// contextAfter21 returns the title or verb of saying right after rune e,
// or "".
func contextAfter21(tt *tokText, e int) string {
	if e >= len(tt.runes) {
		return ""
	}
	rest := tt.text[tt.off[e]:]
	if w := firstPrefix(rest, saysAfter21); w != "" {
		return w
	}
	n := len(tt.runes)
	switch r := tt.runes[e]; {
	case r == '等' && e+1 < n:
		if w := firstPrefix(rest[len("等"):], afterDeng21); w != "" {
			return "等" + w // 卓玛等同志
		}
		if countedPersons21(tt, e+1, n) {
			return "等+count" // 格桑等3名
		}
	case r == '（' || r == '(':
		// a note of sex or people after the name: 扎西（男，藏族）
		for k := e + 1; k < n && k <= e+8; k++ {
			if q := tt.runes[k]; q == '）' || q == ')' {
				break
			} else if q == '族' || (q == '男' || q == '女') && k == e+1 {
				return "note"
			}
		}
	}
	return ""
}

// clauseStops21 end the clause a list stands in.
var clauseStops21 = runeBitsOf("，,。；;！!？?：:“”\"（）()《》\n")

// personMeasures21 count persons or households after a list (3户, 两名).
var personMeasures21 = runeBitsOf("户名人位")

// countedList21 reports whether the list of items joined by 、 that rune
// s begins one of is counted in persons or households after its last item
// (…、曲比某某3户, …、某某等2名), or closed by 等 and a word for persons.
func countedList21(tt *tokText, s, e int) bool {
	n := len(tt.runes)
	lo, hi := s, e
	for lo > 0 && !clauseStops21.has(tt.runes[lo-1]) {
		lo--
	}
	for hi < n && !clauseStops21.has(tt.runes[hi]) {
		hi++
	}
	inList := s > lo && tt.runes[s-1] == '、' || e < hi && tt.runes[e] == '、'
	if !inList {
		return false
	}
	last := e
	for k := e; k < hi; k++ {
		if tt.runes[k] == '、' {
			last = k + 1
		}
	}
	for k := last; k < hi; k++ {
		r := tt.runes[k]
		if r == '等' {
			if firstPrefix(tt.text[tt.off[k+1]:], afterDeng21) != "" {
				return true
			}
			continue // 等12类: a count of things, read on
		}
		if countRune21(r) && k+1 < hi {
			return countedPersons21(tt, k, hi)
		}
	}
	return false
}

// afterDeng21 are words for persons after 等 that close a list of names
// (…等同志, …等群众).
var afterDeng21 = []string{"同志", "人", "群众", "村民", "牧民", "农户", "农牧民", "党员", "干部", "户", "名", "位", "家庭", "学生", "队员"}

// countRune21 reports a digit or a numeral of a count (3, 两, 十).
func countRune21(r rune) bool { return isDigitRune(r) || countNumerals[r] != 0 }

// countedPersons21 reports whether a count begins at rune k and a measure
// of persons or households follows it before rune hi (3户, 两名).
func countedPersons21(tt *tokText, k, hi int) bool {
	j := k
	for j < hi && countRune21(tt.runes[j]) {
		j++
	}
	return j > k && j < hi && personMeasures21.has(tt.runes[j])
}

// listBesidePerson21 reports whether the name at runes [s, e) is joined by
// 、 or 和 to a person found already on either side (personBeside15 of
// leaks15.go with 、 alone).
func listBesidePerson21(tt *tokText, fs []Finding, s, e int) bool {
	after := e < len(tt.runes) && strings.ContainsRune("、和与及", tt.runes[e])
	before := s > 0 && strings.ContainsRune("、和与及", tt.runes[s-1])
	if !after && !before {
		return false
	}
	for _, f := range fs {
		if f.Type == PERSON && !f.generic && (after && f.Start == tt.off[e+1] || before && f.End == tt.off[s-1]) {
			return true
		}
	}
	return false
}

// minority21 adds the minority names of this round to the findings fs of
// one text.
func minority21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	m := minorityInventory21()
	fs = dropNotNames21(m, fs)
	n := len(tt.runes)
	var out []Finding
	var buf [16]cand21
	for s := 0; s+1 < n; s++ {
		r := tt.runes[s]
		if !m.first.has(r) || !isHan(r) {
			continue
		}
		if !m.second.has(tt.runes[s+1]) && !m.daiPrefix.has(r) {
			continue // no clan, element or given name has that second character
		}
		if coversRune21(tt, fs, s) {
			continue // inside a finding already (潘|玉英, 艾克拜尔·…)
		}
		for _, c := range m.readings21(tt, s, buf[:]) {
			if startsLonger21(fs, tt.off[s], tt.off[c.e]) && !(c.strong && doubtfulPlaceAt15(fs, tt.off[s], tt.off[c.e])) {
				break // a longer name found there already (索南加 over 索南)
			}
			w := tt.sub(s, c.e)
			// dst15.go: two elements before the head of their gacha or
			// sumu (宝音德力格尔|嘎查长) are the head, no gacha's name
			if m.notNameAt21(tt, s, c.e) || !(nameBounds21(tt, s, c.e) || c.strong && gachaHeadAfter15(tt, c.e) && !place21(w)) || ordinary21(w) {
				continue
			}
			ev, beside := "", true
			if b := contextBefore21(tt, s); b != "" {
				ev = "before:" + b
			} else if a := contextAfter21(tt, c.e); a != "" {
				ev = "after:" + a
			} else if beside = false; listBesidePerson21(tt, fs, s, c.e) {
				ev = "list-beside-person"
			} else if countedList21(tt, s, c.e) {
				ev = "counted-list"
			}
			if t := tt.tokenAt(s); t != nil && t.start == s && t.end == c.e && t.dictWord() && !strings.HasPrefix(t.pos, "nr") && (c.kind == "dai-prefix" || c.kind == "yi-given") && !(beside && t.pos == "ns") {
				continue // an ordinary word of gojieba's dictionary (玉米, 依法); the elements are names there (买买提/n)
			}
			if c.kind == "dai-prefix" && c.e-s == 3 && !strings.HasPrefix(ev, "before:") {
				continue // 玉米糁: three characters after a Dai prefix only right after a person's word
			}
			if ev == "" && !c.strong || !beside && place21(w) {
				continue
			}
			if ev == "" {
				ev = "composed"
			}
			if personAt21(fs, tt.off[s], tt.off[c.e]) { // keep21.go
				s = c.e - 1
				break
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[c.e], Evidence: "minority21:" + c.kind + "," + ev, Score: contextScore})
			s = c.e - 1
			break
		}
	}
	if len(out) == 0 {
		return fs
	}
	// a person found over part of the name and a character past it
	// (洛桑|益西家) is a wrong cut of the same name: the whole name wins
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON || !overlapsAny(out, f.Start, f.End) {
			kept = append(kept, f)
		}
	}
	return addOver17p(kept, out)
}

// dropNotNames21 drops the persons of fs that are a not-name word of the
// inventory whole (扎西德勒 read as a transliterated name, 格桑花): the
// greeting, the flower or the troupe is no person whatever rule read it.
func dropNotNames21(m *minorityInv21, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON || !m.notName[f.Text] {
			kept = append(kept, f)
		}
	}
	return kept
}
