package anonymize

import (
	"strings"
	"sync"
)

// This file holds round leaks15b: leak classes measured over whole tables
// (leaks15b_test.go) instead of single sentences — a person named right
// after a role noun in 人/者/员 (承包人|谢|建军, where the surname is also a
// verb, or 经营|人林振邦于, where gojieba glued the name to the noun and
// the word after it), and a surname with a one-character given name that
// the character statistics do not know (梁玥) where the context makes the
// person.

// leak15b adds the findings of round leaks15b to the findings fs of one
// text (its name is as long as leaks14's, so the hook line in findAll
// keeps the comments' alignment).
func leak15b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHold('人') || tt.mayHold('者') || tt.mayHold('员') {
		fs = addWhole(fs, rolePersons15b(tt, fs))
	}
	fs = addWhole(fs, contextPersons15b(tt, fs))
	fs = addWhole(fs, countyShortsInContext15b(tt, fs))
	if tt.mayHold('牌') {
		brandPersons15b(tt, fs)
	}
	return dropDoubledWords15b(fs)
}

// roleNouns15b are role nouns in 人, 者 and 员 that stand right before the
// name of the person who holds the role (承包人张三, 管理员李四).
var roleNouns15b = wordSet(`承包人 负责人 责任人 联系人 当事人 申请人 被申请人 代理人 委托人 受托人 监护人 法人 法定代表人 发起人 带头人
		致富带头人 经营人 投资人 出资人 创办人 创始人 受益人 见证人 担保人 举报人 介绍人 推荐人 候选人 继承人 合伙人 经办人 审核人
		填报人 记录人 主持人 讲解人 接待人 收件人 签收人 保证人 被告人 原告人 嫌疑人 犯罪嫌疑人 第三人 管护人 看护人 护林人 养护人
		志愿者 经营者 创业者 参与者 获奖者 举报者 贡献者 建设者 劳动者 奋斗者 退役者 从业者 捐赠者 捐助者
		管理员 信息员 网格员 护林员 保洁员 联络员 协管员 调解员 技术员 讲解员 指导员 宣传员 统计员 安全员 监督员 巡查员 巡河员
		水管员 护路员 管护员 驾驶员 快递员 营业员 辅导员 服务员 检查员 质检员 监理员 施工员 资料员 保管员 记录员 守护员 社工员 专管员`)

// roleStops15b end a given name after a role noun: a particle, a
// preposition or adverb that begins the predicate (已, 等 and the function
// characters of functionRunes).
var roleStops15b = runeBitsOf("已等系称讲均都正曾现亦需应")

// verbSurnames15b are surnames that are also a preposition, conjunction or
// verb (谢, 向, 于 …): after a role noun they begin the predicate as often
// as a name (负责人向群众宣传), so the given name after them must look like
// one.
var verbSurnames15b = runeBitsOf("谢向于从和与将把被给让叫比同跟对为以在及或要会能可应经由按据连代过通时")

// roleEnd15b reports whether a given name may end before rune c: the
// text ends there, or a function character, a stop or the next word
// follows it.
func (tt *tokText) roleEnd15b(c int) bool {
	if c == len(tt.runes) {
		return true
	}
	nr := tt.runes[c]
	return functionRuneBits.has(nr) || roleStops15b.has(nr) || isHan(nr) && tt.tokStart(c)
}

// rolePersons15b finds a person right after a role noun in 人/者/员: a
// surname (one character or compound) and a given name of one or two Han
// characters that ends the text, a clause, or a word before a particle or
// the predicate.
func rolePersons15b(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	roleEnd := tt.roleEnd15b
	var out []Finding
	for i := tt.nextAt(rcRoleEnd15b, 1); i+2 < n; i = tt.nextAt(rcRoleEnd15b, i+1) { // (by position, speed9a.go)
		r := tt.runes[i]
		if r != '人' && r != '者' && r != '员' {
			continue
		}
		role := false
		for b := max(0, i-5); b <= i-1; b++ {
			if mayHaveRune(&roleNouns15bFirst, tt.runes[b]) && roleNouns15b[tt.sub(b, i+1)] && tt.tokStart(b) {
				role = true
				break
			}
		}
		if !role {
			continue
		}
		if f, ok := nameFinding15b(tt, fs, i+1, roleEnd, "after-role:"+tt.sub(i-1, i+1)); ok {
			out = append(out, f)
		}
	}
	return out
}

// roleGiven15b reports whether runes [s, e) can be a given name: Han
// characters, none a function character or a stop.
func roleGiven15b(tt *tokText, s, e int) bool {
	for k := s; k < e; k++ {
		r := tt.runes[k]
		if !isHan(r) || functionRuneBits.has(r) || roleStops15b.has(r) {
			return false
		}
	}
	return true
}

// nameTagged15b reports whether a gojieba part of speech names a person.
func nameTagged15b(pos string) bool {
	return pos == "nr" || pos == "nrfg" || pos == "nrt"
}

// nameLikeGiven15b reports whether runes [s, e) read as a given name more
// than as words: every character seen in given names more than in text
// or rare in any text (玥), and no ordinary frequent word.
func nameLikeGiven15b(tt *tokText, s, e int) bool {
	for k := s; k < e; k++ {
		if v, ok := givenOfRune(tt.runes[k]); (!ok || v <= 0) && !getLexicon().isRare(tt.runes[k]) {
			return false
		}
	}
	return !getLexicon().common[tt.sub(s, e)]
}

// objectVerbs15b are verbs whose object is a person (约谈张三, 慰问李四一家).
var objectVerbs15b = wordSet(`约谈 约见 表扬 表彰 走访 慰问 看望 探望 采访 会见 接见 陪同 邀请 帮扶 结对 看望了 慰问了 走访了 表扬了 约谈了 探望了 采访了 陪同了 邀请了`)

// objectFirst15b are the first characters of objectVerbs15b.
var objectFirst15b = func() runeBits {
	var b runeBits
	for w := range objectVerbs15b {
		b.set(firstRuneOf(w))
	}
	return b
}()

// afterObject15b may follow a person who is a verb's object: a clause end,
// a list, a word of family or home, or the next verb of the clause.
var afterObject15b = []string{"等", "一家", "家中", "家里", "家庭", "同志", "并", "了解", "及其", "、", "，", "。", "；"}

// speechVerbs15b follow a person who speaks at the start of a clause (张三
// 说，…).
var speechVerbs15b = []string{"说", "介绍", "表示", "指出", "强调", "认为", "坦言", "告诉", "谈到", "感慨"}

// clauseOpen15b open a clause: a person at their right speaks.
var clauseOpen15b = runeBitsOf("，。；：！？、“（")

// speechAfter15b follow a verb of speech when it reports what was said.
var speechAfter15b = runeBitsOf("，：“")

// contextPersons15b finds a person whose name the character statistics do
// not make (a given character seldom seen, 梁玥; a compound surname, 东方;
// a rare surname) where the sentence does: the object of a verb that takes
// a person (约谈|梁玥|并…, 慰问|东方振邦|一家), or the subject at a clause
// start of a verb of speech followed by what was said (梁玥|说，…).
func contextPersons15b(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	try := func(j int, endOK func(c int) bool, ev string) {
		if f, ok := nameFinding15b(tt, fs, j, endOK, ev); ok {
			out = append(out, f)
		}
	}
	objEnd := func(c int) bool {
		if c == n {
			return true
		}
		for _, w := range afterObject15b {
			if hasPrefixAt15b(tt, c, w) {
				return true
			}
		}
		return false
	}
	speechEnd := func(c int) bool {
		if c >= n || !speechFirst15b.has(tt.runes[c]) {
			return false // (speed10.go: no speech verb begins here)
		}
		for _, w := range speechVerbs15b {
			if hasPrefixAt15b(tt, c, w) {
				k := c + runeLen(w)
				return k < n && speechAfter15b.has(tt.runes[k])
			}
		}
		return false
	}
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if objectFirst15b.has(tt.tokFirst[k]) {
			// the verb may be one token or two (约|谈)
			for e := t.end; e <= min(n-1, t.start+3); e++ {
				// inside a made-up word gojieba glued the verb's last
				// character to the name (约|谈沙玥)
				if (tt.tokStart(e) || tt.tokenAt(e).pos == "x") && objectVerbs15b[tt.sub(t.start, e)] && nameEndMay15b(tt, e, &afterObjectFirst15b, true) {
					try(e, objEnd, "object-of:"+tt.sub(t.start, e))
				}
			}
		}
		if (k == 0 || clauseOpen15b.has(tt.runes[t.start-1])) && nameEndMay15b(tt, t.start, &speechFirst15b, false) {
			try(t.start, speechEnd, "clause-start-speech")
		}
	}
	return out
}

// nameEndMay15b reports whether a name of nameSpan15b that starts at rune
// j may end where endOK accepts: its end lies two to six characters on
// (a surname of one, two or four, a given name of one or two), and
// endOK accepts only the text's end (when atEnd) or a rune of first
// (the first characters of the words it looks for). Where none of those
// ends can be accepted, nameSpan15b finds no name: contextPersons15b
// skips its surname lookups there (speed17a).
func nameEndMay15b(tt *tokText, j int, first *runeBits, atEnd bool) bool {
	n := len(tt.runes)
	for c := j + 2; c <= j+6 && c <= n; c++ {
		if c == n {
			return atEnd
		}
		if first.has(tt.runes[c]) {
			return true
		}
	}
	return false
}

// afterObjectFirst15b holds the first characters of afterObject15b.
var afterObjectFirst15b = firstRuneBitsOf(afterObject15b)

// hasPrefixAt15b reports whether the text at rune c begins with w.
func hasPrefixAt15b(tt *tokText, c int, w string) bool {
	return c < len(tt.runes) && len(tt.text)-tt.off[c] >= len(w) && tt.text[tt.off[c]:tt.off[c]+len(w)] == w
}

// nameFinding15b returns the person named from rune j on (nameSpan15b,
// ending where endOK allows) with evidence "surname+given," + ev, unless a
// sure finding or another person already covers those characters.
func nameFinding15b(tt *tokText, fs []Finding, j int, endOK func(c int) bool, ev string) (Finding, bool) {
	e := nameSpan15b(tt, j, endOK)
	if e == 0 {
		return Finding{}, false
	}
	s, en := tt.off[j], tt.off[e]
	if overlapsSure14(fs, s, en) || overlapsPerson15b(fs, s, en) {
		return Finding{}, false
	}
	return Finding{Type: PERSON, Text: tt.text[s:en], Start: s, End: en, Evidence: "surname+given," + ev, Score: 3}, true
}

// nameSpan15b returns the end of a name that starts at rune j — a surname
// (compound or single) and one or two given characters — whose end endOK
// accepts, or 0: the surname must not begin an ordinary word of the
// dictionary (农户, 比如), and after a surname that is also a verb or
// preposition the given name must look like one.
func nameSpan15b(tt *tokText, j int, endOK func(c int) bool) int {
	l := getLexicon()
	n := len(tt.runes)
	sl := 0
	for _, k := range []int{4, 2} {
		if j+k < n && l.isCompound(tt.sub(j, j+k)) {
			sl = k
			break
		}
	}
	if sl == 0 && j < n && l.isSurname(tt.runes[j]) {
		sl = 1
	}
	if sl == 0 {
		return 0
	}
	e := 0
	for g := 2; g >= 1; g-- {
		c := j + sl + g
		if c > n || !roleGiven15b(tt, j+sl, c) || !endOK(c) {
			continue
		}
		e = c
		break
	}
	if e == 0 {
		return 0
	}
	if tt.tokStart(j) {
		if t := tt.tokenAt(j); t != nil && t.dictWord() && t.n() >= 2 && !nameTagged15b(t.pos) && t.end != j+sl {
			return 0
		}
	}
	if sl == 1 && verbSurnames15b.has(tt.runes[j]) && !nameLikeGiven15b(tt, j+1, e) {
		return 0
	}
	if verbGiven15b(tt, j+sl, e) {
		return 0 // 采访|时|表示
	}
	return e
}

// verbGiven15b reports whether runes [g, e), a given name's place, are one
// word of the dictionary that names no thing (表示, 覆盖): the surname
// before it is then a word of its own (时, 全).
func verbGiven15b(tt *tokText, g, e int) bool {
	if !tt.tokStart(g) {
		return false
	}
	t := tt.tokenAt(g)
	return t.dictWord() && t.n() >= 2 && t.end == e && t.pos[0] != 'n'
}

// countyShorts15b returns countyShortMap15b, built on first use.
func countyShorts15b() map[string]string {
	countyOnce15b.Do(func() { countyShortMap15b = buildCountyShorts15b() })
	return countyShortMap15b
}

var (
	countyOnce15b     sync.Once
	countyShortMap15b map[string]string
)

// buildCountyShorts15b maps the short form of every county-level place of the
// gazetteer (county, district, county-level city; 墨脱 of 墨脱县, 比如 of
// 比如县) that is not itself a full place name to that place, ordinary
// words among them.
func buildCountyShorts15b() map[string]string {
	l := getLexicon()
	m := map[string]string{}
	for name, lv := range l.places {
		if lv != 3 {
			continue
		}
		s := shortPlace(name)
		if s == "" || s == name {
			continue
		}
		if _, full := l.places[s]; full {
			continue
		}
		if old, ok := m[s]; !ok || name < old {
			m[s] = name
		}
	}
	return m
}

// strongAfter15b make the word before them a place whatever the word: a
// venue of a meeting held across counties, a county's delegation, a place
// of origin.
var strongAfter15b = []string{"分会场", "主会场", "代表团", "籍"}

// weakAfter15b make a county's short form before them a place when the
// short form is no ordinary word (南部一带, 新建片区 stay).
var weakAfter15b = []string{"一带", "片区", "方面", "境内", "辖区", "县城", "老区"}

// afterFirst15b are the first characters of strongAfter15b and weakAfter15b.
var afterFirst15b = func() runeBits {
	var b runeBits
	for _, ws := range [][]string{strongAfter15b, weakAfter15b} {
		for _, w := range ws {
			b.set(firstRuneOf(w))
		}
	}
	return b
}()

// motionBefore15b put a place right after them (赴墨脱, 从察隅, 在如皋);
// the short form must be no ordinary word (在合作中, 从新建项目 stay).
var motionBefore15b = wordSet(`赴 从 在 到 往 去 来自 前往 远赴 奔赴 赶赴 途经 返回 回到`)

// phraseOpen15b open a noun phrase: a clause or list mark, a conjunction.
var phraseOpen15b = runeBitsOf("、，。；：和与及（“")

// motionLast15b are the last characters of motionBefore15b (built from it:
// a hand-written list had left out 经, so 途经 never matched).
var motionLast15b = lastRuneBits(motionBefore15b)

// levelAfter15b follow a short form that is the start of a longer place
// name (如皋市, 察隅县): the other rules read it whole.
var levelAfter15b = runeBitsOf("省市县区州盟旗乡镇村街路巷河江湖山")

// countyShortsInContext15b finds a county's short form where the words
// around it make it the place: before a venue, delegation or origin word
// (墨脱分会场, 比如分会场, 察隅籍) even when the short form is an ordinary
// word, and before an area word or after a word of motion when it is not.
func countyShortsInContext15b(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	cs := countyShorts15b()
	n := len(tt.runes)
	var out []Finding
	add := func(s, e int, ev string) {
		bs, be := tt.off[s], tt.off[e]
		if overlapsSure14(fs, bs, be) {
			return
		}
		for _, f := range out {
			if f.Start == bs && f.End == be {
				return
			}
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "gazetteer-short:" + cs[tt.text[bs:be]] + "," + ev, Score: 4})
	}
	// before: a short form ending at rune c
	shortEndingAt := func(c int, ordinaryOK bool) int {
		for k := 4; k >= 2; k-- {
			s := c - k
			if s < 0 {
				continue
			}
			w := tt.sub(s, c)
			if _, ok := cs[w]; !ok || !allHan(w) {
				continue
			}
			if l.common[w] {
				// an ordinary word is the place only where it heads the
				// noun phrase (、比如分会场), not where it qualifies a
				// body (…党友好代表团)
				if !ordinaryOK || s > 0 && !phraseOpen15b.has(tt.runes[s-1]) {
					continue
				}
				if t := tt.tokenAt(s); t.start == s && strings.HasPrefix(t.pos, "a") {
					continue
				}
			}
			if s == 0 || tt.tokStart(s) || !isHan(tt.runes[s-1]) {
				return s
			}
		}
		return -1
	}
	for c := tt.nextAt(rcAfter15b, 2); c < n; c = tt.nextAt(rcAfter15b, c+1) { // (by position, speed9a.go)
		if !afterFirst15b.has(tt.runes[c]) {
			continue
		}
		r := tt.runes[c]
		for x, w := range strongAfter15b {
			if strongAfterFirst15b[x] == r && hasPrefixAt15b(tt, c, w) { // (the first character before the bytes: speed9a.go)
				if s := shortEndingAt(c, true); s >= 0 {
					add(s, c, "before:"+w)
				}
			}
		}
		for x, w := range weakAfter15b {
			if weakAfterFirst15b[x] == r && hasPrefixAt15b(tt, c, w) {
				if s := shortEndingAt(c, false); s >= 0 {
					add(s, c, "before:"+w)
				}
			}
		}
	}
	// (from one character of motionLast15b to the next, speed9a.go: c
	// is the character after it)
	for p := tt.nextAt(rcMotion15b, 0); p+3 <= n; p = tt.nextAt(rcMotion15b, p+1) {
		c := p + 1
		if !isHan(tt.runes[c]) || !motionLast15b.has(tt.runes[c-1]) {
			continue
		}
		motion := ""
		for k := 1; k <= 2 && k <= c; k++ {
			if w := tt.sub(c-k, c); motionBefore15b[w] && tt.tokStart(c-k) {
				motion = w
			}
		}
		if motion == "" {
			continue
		}
		for k := 4; k >= 2; k-- {
			e := c + k
			if e > n {
				continue
			}
			w := tt.sub(c, e)
			if _, ok := cs[w]; !ok || !allHan(w) || l.common[w] {
				continue
			}
			if e < n && levelAfter15b.has(tt.runes[e]) {
				break
			}
			if e == n || tt.tokStart(e) || tt.tokenAt(e).pos == "x" || !isHan(tt.runes[e]) {
				add(c, e, "after:"+motion)
				break
			}
		}
	}
	return out
}

// brandPersons15b retypes a person read over a brand and its 牌 (金鹭牌,
// where gojieba glued 牌 to the stem and the person rules took 牌 for a
// given character): a brand in 牌 is no person. The stem stays masked as
// what it holds — a place of the gazetteer as a place, a three-character
// stem as the person it names (a brand after its founder), any other stem
// as a brand, the way quoted brands are (“山里红”牌) — and 牌 stays
// readable. fs is changed in place.
func brandPersons15b(tt *tokText, fs []Finding) {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || f.generic || len(f.Text) <= len("牌") || f.Text[len(f.Text)-len("牌"):] != "牌" {
			continue
		}
		stem := f.Text[:len(f.Text)-len("牌")]
		n := runeLen(stem)
		if n < 2 || !allHan(stem) {
			continue
		}
		// 牌 ends the text or a clause, or a product noun follows
		if f.End < len(tt.text) {
			i := tt.runeAt(f.End)
			if i < 0 || i >= len(tt.runes) || !isHan(tt.runes[i]) && !clauseOpen15b.has(tt.runes[i]) && tt.runes[i] != '”' {
				continue
			}
		}
		f.Text, f.End = stem, f.End-len("牌")
		switch _, place := l.place(stem); {
		case place:
			f.Type, f.Evidence, f.label = LOCATION, "gazetteer,brand-stem", ""
		case n >= 3:
			f.Evidence += ",brand-stem"
		default:
			if _, short := l.shortOf(stem); short {
				f.Type, f.Evidence, f.label = LOCATION, "gazetteer-short,brand-stem", ""
			} else {
				f.Type, f.Evidence, f.label = ORG, "brand-in-牌", "企业"
			}
		}
	}
}

// dropDoubledWords15b drops a person read over an ordinary doubled word
// whose character is also a surname (负责人|谢谢|大家: a role noun before
// it made the person rules take 谢谢 for 谢 and a given name).
func dropDoubledWords15b(fs []Finding) []Finding {
	l := getLexicon()
	out := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && len(f.Text) == 6 && f.Text[:3] == f.Text[3:] && l.common[f.Text] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// overlapsPerson15b reports whether a person finding of fs that names a
// national leader (习近平强调), doubtful or not, overlaps bytes [s, e): the
// person rules and the policy decide about those names.
func overlapsPerson15b(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Type == PERSON && s < f.End && f.Start < e && nationalLeaders[f.Text] {
			return true
		}
	}
	return false
}
