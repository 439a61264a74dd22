package anonymize

import "strings"

// This file holds round pers16: the person leaks and false persons left in
// deid-own73 … 78 and the People's Daily development file. pers16 runs
// right after leaks36 (anonymize.go), once shapes15 and appoint15 have
// read their frames:
//
//   - rare surnames that are no ordinary characters (翦, 虢, 妫) join the
//     frame-only tier surnames15 (rareSurnames16), so a name of theirs
//     after a role and before a verb (乡党委书记翦甲乙带领) is read as one;
//   - a name after a role word and before a verb of honour (技师王建业获评,
//     护林员李甲乙荣获), whatever its given name: the frame fixes both ends
//     (honourNames16);
//   - a name after a chief of the 长制 systems (副河长于甲乙带队), a name
//     closing a signature line (某县人民政府  甲乙丙), the items of a
//     spaced member line (调研组成员：甲乙丙丁  何甲乙  丙丁戊己)
//     (chiefNames16, signatureNames16, memberLine16);
//   - the owner's name in brackets after a quoted account name
//     (抖音账号“某某”（甲乙丙）) (handleNames16);
//   - a surname and a title after the body or role they head, before a
//     verb of speech or action (卫生院盘院长说) (bodyTitleRefs16);
//   - false persons dropped: an appointment verb and a body read as a name
//     after 同志 (同志|任县委|副书记), the adverb 都 and a modal read as a
//     name (同志们|都要|到场), a pair of province short forms before a body
//     or a border word (粤赣|省委, 湘鄂|边) (falsePersons16);
//   - in leaks36's padded names, a two-character given name may hold 志,
//     和, 为 (黄  志成, 刘  为民), which notGiven36 refused as parts of
//     同志 and function words (givenOK16);
//   - outside the round (anonymize.go, Analyze): a confirmed name whose
//     surname the table lacks (字正荣, 翦甲乙) gives its surname to the
//     document's surname + title references (字书记) (anySurname16).

// rareSurnames16 are real surnames that hardly occur as ordinary
// characters and that no surname tier holds (class: 翦 of 翦甲乙, a Uyghur
// and Hui surname of Hunan; 虢, 妫, 缐, 雒, 甯, 贠). They join surnames15,
// the tier read only in a person's frame (pers15.go).
const rareSurnames16 = "翦虢妫缐雒甯贠"

// pers16 drops the false persons of falsePersons16 from fs, then adds the
// names the round's readers find, each also wherever it stands again in
// the text (everywhere28), and last the surnames of bodyTitleRefs16, which
// finds each reference's repetitions itself.
func pers16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = falsePersons16(tt, fs)
	out := honourNames16(tt, fs)
	out = append(out, chiefNames16(tt, fs)...)
	// a handle closed by full-width or ASCII brackets (“…”（甲乙丙）, “…”(甲乙丙))
	if tt.mayContain("”（") || tt.mayContain("”(") {
		out = append(out, handleNames16(tt, fs)...)
	}
	// (a signature line and a member line need a space or an ideographic
	// space, spaceRune, between their parts: spaceMay's bit test first)
	if tt.spaceMay() {
		out = append(out, signatureNames16(tt, fs)...)
		out = append(out, memberLine16(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if refs := bodyTitleRefs16(tt, fs); len(refs) > 0 {
		fs = add19(fs, refs)
	}
	return fs
}

// bodyEnds16 end a body's kind or a role word, right before which a
// surname and a title may stand (镇卫生院|盘院长说, 协会会长|方会长牵头).
var bodyEnds16 = runeBitsOf("院会局站所校司社厂场馆行委办部处科队组长记任")

// refVerbs16 are verbs of taking charge that follow a surname and title
// besides refVerbs15's (方会长牵头建立).
var refVerbs16 = []string{"牵头", "负责", "带头", "回忆", "感慨", "透露"}

// bodyTitleRefs16 is titleRefs15 for a surname and a title right after a
// body or a role word instead of at a clause's start (class: 卫生院盘院长
// 说, 会长方会长牵头: a person named by surname and title after the body
// they head). The surname is masked here and wherever the same surname
// and title stand again.
func bodyTitleRefs16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var refs []string
	seen := map[string]bool{}
	for s := 1; s+3 < n; s++ {
		r := tt.runes[s]
		if !bodyEnds16.has(tt.runes[s-1]) || !(l.isSurname(r) || surnames15.has(r)) || notSurnameRef15.has(r) {
			continue
		}
		title := firstPrefix(tt.text[tt.off[s+1]:], refTitles15)
		if title == "" {
			continue
		}
		e := s + 1 + runeLen(title)
		if e >= n || !(hasAnyPrefix13(tt.text[tt.off[e]:], refVerbs15) || hasAnyPrefix13(tt.text[tt.off[e]:], refVerbs16)) {
			continue
		}
		// (the surname and the body's last character make no word:
		// 学校|长说 has no surname 校)
		if l.common[tt.sub(s-1, s+1)] {
			continue
		}
		if ref := tt.sub(s, e); !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	return surnameRefs(tt, fs, refs, "body-title-ref,pers16")
}

// chiefRoles16 are the chiefs of the county 长制 systems and of grid
// work (河长, 林长, 网格长), which the role tables lack (class: the name
// after them, chiefNames16).
var chiefRoles16 = []string{"河长", "湖长", "林长", "田长", "路长", "链长", "警长", "山长", "网格长", "楼栋长", "塘长", "渠长"}

// chiefNames16 finds a name, a surname of any tier first, right after a
// chief of chiefRoles16 (副河长, 县级林长) and before a word followAt34
// accepts or punctuation (class: 河长关甲乙、副河长于甲乙带队巡河, the
// surname 于 read as 长于 with the role's last character; a chief's name
// of a table surname the role tables never vouched for).
func chiefNames16(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("长") {
		return nil
	}
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+2 <= n; s++ {
		if tt.runes[s-1] != '长' || firstSuffix(tt.text[:tt.off[s]], chiefRoles16) == "" {
			continue
		}
		for _, ln := range []int{3, 2} {
			e := s + ln
			if e > n || !nameItem15(tt, s, e) || !followAt34(tt, e) {
				continue
			}
			if !coveredBeyond15(fs, tt.off[s], tt.off[e]) && !firmPersonAt16(fs, tt.off[s], tt.off[e]) && !strongOver33(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "chief-name,pers16", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// signatureNames16 finds the name that closes a signature line: a body or
// a role, padding, and a name of two or three characters, a surname of any
// tier first, at the text's end (class: 某县人民政府  甲乙丙, 县长  甲乙丙
// under a report's title; a signature line no frame word closes).
func signatureNames16(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	for n > 0 && (spaceRune(rs[n-1]) || rs[n-1] == '\n' || rs[n-1] == '\r') {
		n--
	}
	for _, ln := range []int{3, 2} {
		s := n - ln
		if s < 3 || !spaceRune(rs[s-1]) || !nameItem15(tt, s, n) {
			continue
		}
		p := s - 1
		for p > 0 && spaceRune(rs[p-1]) {
			p--
		}
		if p == 0 || !isHan(rs[p-1]) {
			continue
		}
		// a body or place finding, or a role word, ends before the padding
		body := roleEndAt33(tt, p)
		for k := range fs {
			if f := &fs[k]; (f.Type == ORG || f.Type == LOCATION) && f.End == tt.off[p] && !weak19(f) {
				body = true
			}
		}
		if !body || coveredBeyond15(fs, tt.off[s], tt.off[n]) || firmPersonAt16(fs, tt.off[s], tt.off[n]) || strongOver33(fs, tt.off[s], tt.off[n]) {
			continue
		}
		return []Finding{{Type: PERSON, Text: tt.sub(s, n), Start: tt.off[s], End: tt.off[n], Evidence: "signature-name,pers16", Score: contextScore + 1}}
	}
	return nil
}

// handleCues16 tell that a quoted name in a sentence is an account on a
// video or social platform (抖音账号“…”, 快手号“…”, 网名“…”).
var handleCues16 = []string{"账号", "抖音", "快手", "视频号", "微信号", "公众号", "网名", "昵称", "主播", "直播间", "网红", "博主"}

// handleNames16 finds the name in brackets after a quoted account name in
// a sentence about accounts: ”（, a name of two or three characters, a
// surname of any tier first, ）(class: 抖音账号“山里小郑”（郑甲乙）、“砚台
// 老方”（方甲乙）: the owner named after the handle, no frame word
// around the name).
func handleNames16(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for q := 1; q+3 < n; q++ {
		if tt.runes[q] != '（' && tt.runes[q] != '(' || tt.runes[q-1] != '”' {
			continue
		}
		// the sentence before the bracket speaks of accounts
		b := q - 1
		for b > 0 && !strings.ContainsRune("。；！？\n", tt.runes[b-1]) {
			b--
		}
		clause := tt.text[tt.off[b]:tt.off[q]]
		cue := false
		for _, w := range handleCues16 {
			if strings.Contains(clause, w) {
				cue = true
				break
			}
		}
		if !cue {
			continue
		}
		s := q + 1
		for _, ln := range []int{3, 2} {
			e := s + ln
			if e >= n || (tt.runes[e] != '）' && tt.runes[e] != ')') || !nameItem15(tt, s, e) {
				continue
			}
			if !coveredBeyond15(fs, tt.off[s], tt.off[e]) && !firmPersonAt16(fs, tt.off[s], tt.off[e]) && !strongOver33(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "handle-owner,pers16", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// memberIntros16 end the words before a colon that open a line of members
// (调研组成员：, 参会人员：, 获奖名单：).
var memberIntros16 = []string{"成员", "组员", "名单", "人员", "嘉宾", "代表"}

// memberKinds16 end an item of a member line that is a body, not a person
// (县农业局, 镇政府办: a line of offices stays readable).
var memberKinds16 = runeBitsOf("局委办院所站司队厅部处科会校组社")

// memberPlaceEnds16 end an item of a member line that is a place (江口镇):
// a surname first does not make it a name (class: 罗布江村 of a member
// line, whose 罗 is a surname).
var memberPlaceEnds16 = runeBitsOf("镇乡县区市州旗村街盟")

// kindItem16 reports an item of a member line that names a kind of
// person, not a person: a person noun or a role at its end (种粮大户,
// 农技人员, 村党支部书记), or 户, 员, 主, 者 last (class: a line of
// participants by kind, 参加人员：种粮大户  养殖大户, stays readable).
func kindItem16(tt *tokText, a, e int) bool {
	if strings.ContainsRune("户员主者", tt.runes[e-1]) {
		return true
	}
	for j := 2; j <= e-a; j++ {
		if w := tt.sub(e-j, e); personNouns[w] || isRoleWord(w) {
			return true
		}
	}
	return false
}

// memberLine16 finds the items of a member line: a word of memberIntros16
// and a colon, then three or more items of two to four Han characters set
// apart by spaces up to the line's end. An item is masked whole when a
// surname of any tier or a compound surname starts it, or when a person
// already read covers part of it (class: 调研组成员：甲乙丙丁  罗布江村
// 何甲乙  四郎曲珍, where the rules read half of a Tibetan name and none
// of a Han one between two Tibetan ones).
func memberLine16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for c := 2; c+3 < n; c++ {
		if rs[c] != '：' && rs[c] != ':' {
			continue
		}
		if firstSuffix(tt.text[:tt.off[c]], memberIntros16) == "" {
			continue
		}
		// the items up to the line's end
		var items [][2]int
		ok := true
		b := c + 1
		for b < n && spaceRune(rs[b]) {
			b++
		}
		for b < n && rs[b] != '\n' {
			e := b
			for e < n && isHan(rs[e]) {
				e++
			}
			if e-b < 2 || e-b > 4 || (e < n && !spaceRune(rs[e]) && rs[e] != '\n' && rs[e] != '\r') {
				ok = false
				break
			}
			items = append(items, [2]int{b, e})
			b = e
			for b < n && spaceRune(rs[b]) {
				b++
			}
		}
		if !ok || len(items) < 3 {
			continue
		}
		// an item is named (a surname first, a person over part of it) or
		// holds a place inside it (多吉|江村, a Tibetan name read as a
		// village): the second counts once two items are named
		named := make([]bool, len(items))
		placed := make([]bool, len(items))
		count := 0
		for i, it := range items {
			a, e := tt.off[it[0]], tt.off[it[1]]
			if memberKinds16.has(rs[it[1]-1]) || l.common[tt.sub(it[0], it[1])] || kindItem16(tt, it[0], it[1]) {
				continue
			}
			named[i] = (surnameAny15(l, rs[it[0]]) || l.compound[tt.sub(it[0], it[0]+2)]) && !memberPlaceEnds16.has(rs[it[1]-1])
			whole := false
			for k := range fs {
				f := &fs[k]
				if f.Type != PERSON && f.Start <= a && f.End >= e && !weak19(f) {
					whole = true // a body or place read whole (城关镇, 县农业局)
				}
				if f.Type == PERSON && f.Start < e && a < f.End && !weak19(f) {
					named[i] = true
				}
				if f.Type == LOCATION && f.Start >= a && f.End <= e && (f.Start > a || f.End < e) {
					placed[i] = true
				}
			}
			if whole {
				named[i], placed[i] = false, false
			}
			if named[i] {
				count++
			}
		}
		for i, it := range items {
			a, e := tt.off[it[0]], tt.off[it[1]]
			if !named[i] && !(placed[i] && count >= 2) || coveredBy13(fs, a, e) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: a, End: e, Evidence: "member-line,pers16", Score: contextScore + 1})
		}
		c = b
	}
	return out
}

// honourVerbs16 follow a person named for an honour or a selection (class:
// 技师王建业获评“燕赵工匠”, 护林员甲乙丙荣获…).
var honourVerbs16 = []string{"获评", "荣获", "获得", "被评为", "被授予", "荣膺", "入选", "当选", "被表彰"}

// honourRoles16 are the skilled trades and professions a person is named
// after in an honour (技师, 工程师, 农艺师) that the role tables lack: the
// left end of honourNames16's frame besides roles and person nouns.
var honourRoles16 = wordSet(`技师 高级技师 工程师 高级工程师 农艺师 高级农艺师 畜牧师 兽医 医师 医生 护士 教师 工匠 技术员 农技员 职工 员工 工人 队员 学生 厨师 药师 会计 律师`)

// honourRoleAt16 reports whether a role word (roleEndAt33), a person noun
// (personNouns) or a trade of honourRoles16 ends right before rune q: the
// left end of honourNames16's frame.
func honourRoleAt16(tt *tokText, q int) bool {
	if roleEndAt33(tt, q) {
		return true
	}
	for j := 2; j <= 4 && q-j >= 0; j++ {
		if w := tt.sub(q-j, q); honourRoles16[w] || personNouns[w] {
			return true
		}
	}
	return false
}

// honourNames16 finds a name of three characters, a surname of any tier
// first, right after a role word (honourRoleAt16) and right before a verb of
// honourVerbs16: the role and the verb fix both ends, so the given name may
// be an ordinary word (建业, 建设, 振兴) (class: 技师王建业获评, a leak of
// own73 whose given name is a word).
func honourNames16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+3 < n; s++ {
		if !honourVerbFirst23.has(tt.runes[s+3]) || !surnameAny15(l, tt.runes[s]) || !honourRoleAt16(tt, s) { // (no verb after the name, no role read: speed23.go)
			continue
		}
		e := s + 3
		if !hanName11(tt, s+1, e) || !hasAnyPrefix13(tt.text[tt.off[e]:], honourVerbs16) {
			continue
		}
		bad := false
		for _, c := range tt.runes[s+1 : e] {
			if hardStop[c] || c == '某' || notGiven36.has(c) && !givenOK16.has(c) {
				bad = true
				break
			}
		}
		// (the role's last character and the surname make no word the
		// role reading misses: 代表|团成员 is no role and name)
		if bad || l.common[tt.sub(s-1, s+1)] || personNouns[tt.sub(s+1, e)] || isRoleWord(tt.sub(s+1, e)) || isRoleWord(tt.sub(s, e)) {
			continue
		}
		// (a doubtful reading of exactly the name, 吴建设 of given-is-word,
		// is read again: the frame vouches for it)
		if coveredBeyond15(fs, tt.off[s], tt.off[e]) || firmPersonAt16(fs, tt.off[s], tt.off[e]) || strongOver33(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "honour-name,pers16", Score: contextScore + 1})
	}
	return out
}

// givenOK16 are characters of notGiven36 that given names hold often
// (志成, 志刚, 和平, 为民): in a two-character given name they are no title
// nor function word (class: 黄  志成, a padded name in a member list that
// notGiven36 refused for its 志; 同志 is still refused for its 同).
var givenOK16 = runeBitsOf("志和为")

// levelRunes16 open a body after an appointment verb (任县委副书记,
// 任市政协委员, 任镇党委书记) (class: 同志|任县委 read as a name,
// falsePerson16).
var levelRunes16 = runeBitsOf("县市省区镇乡州旗村党团中国全")

// provinceAfter16 follow a pair of province short forms (provinceShorts33
// of expressway33.go) that names a region or a revolutionary base, not a
// person (粤赣省委, 湘鄂西, 川陕苏区, 闽浙赣边区, 湘黔铁路).
// comeVerbs16 and deictic16 make a coming verb and a pronoun before a
// level (来|我县, 到|本镇, 赴|该村): the speaker's own county, town or
// village, not a surname 来 and a given name 我县 (class: 邀请…专家|来我县|指导
// read as a name after the expert, falsePerson16).
// divisionRunes17 and divisionPlaces17 make a coming verb and a division
// word with no pronoun (来|县, 到|村, 来|县城, 到|镇上): the levels of
// levelRunes16 that are divisions only, so a surname 来 before a given name
// 国庆 or 中华 stays a name.
var (
	divisionRunes17  = runeBitsOf("县市省区镇乡州旗村")
	divisionPlaces17 = wordSet(`县城 县里 市里 市区 镇上 镇里 乡里 乡下 村里 村上 区里 省里 省城`)
)

var (
	comeVerbs16 = runeBitsOf("来到赴至去")
	deictic16   = runeBitsOf("我本该全")
)

var provinceAfter16 = []string{"省委", "省", "边", "苏区", "两省", "三省", "交界", "地区", "革命", "根据地", "片区", "区", "西", "铁路", "高铁", "线", "协作", "合作", "毗邻", "红军"}

// falsePersons16 drops the persons that are no names (classes:
//   - an appointment verb and a level after 同志 read as a name or a
//     place: 甲乙丙同志|任县委|副书记, 同志|任镇|党委书记;
//   - the adverb 都 and a modal after a person noun read as a name:
//     镇上的同志|都要|到站上, 职工|都能得|到;
//   - a pair of province short forms read as a name before a body or a
//     border word: 粤赣|省委旧址, 湘鄂|边苏区;
//   - a coming verb, a pronoun and a level read as a name after a person
//     noun: 专家|来我县|指导, 专家组|到本镇|考察, 专家|来县|调研).
func falsePersons16(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if falsePerson16(tt, &f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// falsePerson16 reports whether the person f is one of falsePersons16's
// classes.
func falsePerson16(tt *tokText, f *Finding) bool {
	// (the type and the length first, before the characters are decoded:
	// most findings of a text are of neither)
	if f.Type != PERSON && f.Type != LOCATION || f.Start < 0 || f.End > len(tt.text) {
		return false
	}
	if n := runeLen(f.Text); n < 2 || n > 3 {
		return false
	}
	rs := []rune(f.Text)
	if f.Type == LOCATION && rs[0] != '任' {
		return false // only 任 and a level read as a place (任镇)
	}
	pre := tt.text[:f.Start]
	after := tt.text[f.End:]
	switch {
	case (rs[0] == '任' || rs[0] == '兼') && levelRunes16.has(rs[1]) && strings.HasSuffix(pre, "同志"):
		return true
	case rs[0] == '都' && modal16.has(rs[1]) && (strings.HasSuffix(pre, "同志") || strings.HasSuffix(pre, "们") || strings.HasSuffix(pre, "职工") || strings.HasSuffix(pre, "群众") || strings.HasSuffix(pre, "工人")):
		return true
	case f.Type == PERSON && len(rs) == 3 && comeVerbs16.has(rs[0]) && deictic16.has(rs[1]) && levelRunes16.has(rs[2]):
		return true
	case f.Type == PERSON && comeVerbs16.has(rs[0]) && divisionRunes17.has(rs[1]) && (len(rs) == 2 || divisionPlaces17[string(rs[1:])]):
		return true // the same without the pronoun: 专家|来县|调研, 工作组|到村|走访, 书记|来县城
	case len(rs) == 2 && provinceShorts33.has(rs[0]) && provinceShorts33.has(rs[1]) && rs[0] != rs[1] && hasAnyPrefix13(after, provinceAfter16):
		return true
	}
	return false
}

// anySurname16 returns the surname of a confirmed person whose first
// character no surname table holds (字 of 字正荣, 翦 of 翦甲乙): a name of
// three Han characters read from its frame, not a weak reading. The
// document's surname + title references (字书记说) are masked with it
// (class: a Bai, Yi or other rare surname named in full once and by
// surname and title later, own76).
func anySurname16(f Finding) string {
	if f.Type != PERSON || f.generic || weak19(&f) || strings.Contains(f.Evidence, "tagger") {
		return ""
	}
	if runeLen(f.Text) != 3 || !allHan(f.Text) {
		return ""
	}
	r := firstRuneOf(f.Text)
	if hardStop[r] || notSurnameRef15.has(r) {
		return ""
	}
	return string(r)
}

// firmPersonAt16 reports a person over exactly bytes [s, e) that is
// neither generic nor weak: the readers of this round leave such a name to
// the rule that found it, and read a doubtful or generic one again.
func firmPersonAt16(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.Start == s && f.End == e && !f.generic && !weak19(f) {
			return true
		}
	}
	return false
}
