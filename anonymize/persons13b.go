package anonymize

import "strings"

// This file holds round persons13b: persons of span-train34 that stayed
// readable, each found by its own class. persons13b runs after keep31 and
// quotedFoodShops31, right before persons13 (anonymize.go):
//
//   - a name right after a word for an occupation (经营户甲乙丙, 技术员甲乙丙,
//     采茶工甲乙丙, 返乡大学生甲乙丙), a surname of the table or one of
//     the surnames that are ordinary characters (种, 过, 水), and two given
//     characters that are often an ordinary word (国庆, 建设, 长生): the
//     occupation says a person follows, and the name must be backed by its
//     given name's character statistics, by a word that closes a person's
//     mention (说, 一家, 夫妇, 同志, a list comma before a person) or by its
//     repetition in the text; the next name of a list after such a
//     name is read the same way (快递员甲、乙、丙高峰期) (occupationNames13b);
//   - a body the org-suffix reading ran leftward over an occupation word
//     and a name (快检员甲乙丙扎根X镇农贸市场): the body begins after the
//     name, at the place in it (orgOverOccupation13b);
//   - a familiar name after a verb of calling and a pronoun (都叫他老甲,
//     喊她甲大姐, 叫她甲姐): what people call someone is a name
//     (nicknamesAfterCall13b); and a verb with its pronoun read as a name
//     (管理员|都喊她) is none (pronounNames13b);
//   - a by-line name with a compound surname padded apart (记者 鲜 于 洋):
//     the compound surname's characters are no function words there
//     (spacedCompound13b);
//   - and, the other way, two kinds read as a body: a studio named by a
//     kind of person (非遗传承人工作室, 劳模工作室) and a kind of farm
//     after a verb of founding (领办家庭农场, 创办合作社) name no one body
//     (kindBodies13b).
//
// A name found so is masked wherever it stands in the text.

// persons13b adds the findings of this round to fs.
func persons13b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	fs = pronounNames13b(fs)
	fs = kindBodies13b(tt, fs)
	fs = orgOverOccupation13b(tt, fs)
	var out []Finding
	out = append(out, occupationNames13b(tt, fs)...)
	out = append(out, nicknamesAfterCall13b(tt)...)
	if tt.mayHold(' ') {
		out = append(out, spacedCompound13b(tt)...)
	}
	if len(out) > 0 {
		fs = addOver17p(fs, everywhere28(tt, out))
	}
	return fs
}

// ordinarySurnames13b are surnames left out of the surname table because
// the character is an ordinary word (种 a verb, 过 an aspect, 水 water):
// only right after an occupation word, or after a list comma behind a
// person, do they begin a name.
var ordinarySurnames13b = runeBitsOf("种过水")

// occupations13b are words for a kind of worker right before a name
// (经营户, 技术员, 采茶工, 非遗传承人, 返乡大学生): the role and person
// nouns of the earlier rounds and the occupations of county reports they
// miss; words for crowds (群众, 游客) are left out.
var occupations13b = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{roleNouns15b, personNouns, personNouns17p, roleNouns} {
		for w := range set {
			m[w] = true
		}
	}
	for _, w := range strings.Fields(`经营户 商户 种植户 养殖户 快检员 检测员 采茶工 茶农 护林员 辅警 协警 村医 乡村医生 大学生 返乡大学生 徒弟 学徒
		传承人 非遗传承人 老党员 管理员 收购商 电商户 主播 带货主播 网红 讲解员 导游 教练 保安 厨师 绣娘 织娘 船工 艄公 护工 护理员`) {
		m[w] = true
	}
	for _, w := range strings.Fields(`群众 游客 成员 班子成员 工作人员 居民 老人 学生 同学 青年 同事 员工 职工 工人 干部 村干部 党员`) {
		delete(m, w)
	}
	return m
}()

// occupationLast13b holds the last characters of occupations13b.
var occupationLast13b = lastRuneBits(occupations13b)

// occupationBefore13b returns the length in runes of an occupation word
// of occupations13b that ends right before rune s, or 0.
func occupationBefore13b(tt *tokText, s int) int {
	if s < 2 || !occupationLast13b.has(tt.runes[s-1]) {
		return 0
	}
	for ln := 5; ln >= 2; ln-- {
		if s-ln >= 0 && occupations13b[tt.sub(s-ln, s)] {
			return ln
		}
	}
	return 0
}

// pronouns13b are never part of a name.
var pronouns13b = runeBitsOf("他她它您")

// closers13b close a person's mention right after the name.
var closers13b = []string{"说", "一家", "夫妇", "同志", "家里", "老人", "笑着", "告诉"}

// occupationNames13b finds a surname and two given characters right
// after an occupation word (or after a list comma behind a name found so): the
// span holds no function character or pronoun, no dictionary word runs
// from the surname past it, it ends where a word begins, and it is no
// frequent word, place or role. The given name must pass the character
// statistics, be followed by a word that closes a person's mention, or
// the whole name recur in the text; a given name that is a frequent word
// (种|玉米, 门|建设) needs a closer.
func occupationNames13b(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	personEnds := map[int]bool{} // the ends of the names found here (a list goes on after them)
	var out []Finding
	for s := 2; s+3 <= n; s++ {
		// neither an occupation word (occupationBefore13b's own first
		// test) nor a list comma ends before s: one bit test skips most
		// characters before the surname tests (speed18)
		if p := tt.runes[s-1]; p != '、' && !occupationLast13b.has(p) {
			continue
		}
		r := tt.runes[s]
		ordinary := ordinarySurnames13b.has(r)
		if !ordinary && !l.isSurname(r) {
			continue
		}
		occ := occupationBefore13b(tt, s)
		afterList := tt.runes[s-1] == '、' && personEnds[tt.off[s-1]]
		if occ == 0 && !afterList {
			continue
		}
		e := s + 3
		if !(e == n || !isHan(tt.runes[e]) || tt.tokStart(e) || tt.runes[e] == '说') {
			continue // (种福|来说: gojieba glues the last given character to 说)
		}
		ok := true
		for k := s; k < e; k++ {
			c := tt.runes[k]
			if !isHan(c) || (k > s || !ordinary) && (functionRuneBits.has(c) || stops17p.has(c)) || pronouns13b.has(c) || isMaskRune(c) {
				ok = false
				break
			}
		}
		if !ok || tailRunes17p.has(tt.runes[e-1]) {
			continue
		}
		if t := tt.tokenAt(s); t != nil {
			if t.start < s && t.end > s+1 {
				continue // the surname glued to what follows it inside a word
			}
			if t.start == s && t.end > s+1 && !(t.end == e && (t.pos == "x" || nameTagged15b(t.pos))) && t.dictWord() {
				continue // 数量, 全年, 上门: an ordinary word begins at the surname
			}
			if t.start == s && t.end > e {
				continue
			}
		}
		if t := tt.tokenAt(s + 1); t != nil && t.start < s+1 && !(t.start == s && t.end == e) {
			continue
		}
		w, given := tt.sub(s, e), tt.sub(s+1, e)
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || genreWords[w] || occupations13b[w] || isRoleWord(w) || overlapsFirm13b(fs, tt.off[s], tt.off[e]) {
			continue
		}
		sum, low := 0.0, false
		for _, c := range tt.runes[s+1 : e] {
			sum += l.given[c]
			low = low || l.given[c] <= -1.5
		}
		strong := sum >= 1 && !low && !l.common[given]
		rest := tt.text[tt.off[e]:]
		closed := false
		for _, c := range closers13b {
			if strings.HasPrefix(rest, c) {
				closed = true
				break
			}
		}
		if strings.HasPrefix(rest, "、") && e+4 <= n && (l.isSurname(tt.runes[e+1]) || ordinarySurnames13b.has(tt.runes[e+1])) {
			closed = true // a list of names after the occupation
		}
		repeated := strings.Count(tt.text, w) >= 2 && !l.common[given]
		if !(strong || closed || repeated) {
			continue
		}
		ev := "occupation-name13b"
		if occ > 0 {
			ev += ":" + tt.sub(s-occ, s)
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: contextScore})
		personEnds[tt.off[e]] = true // the next list item stands beside this one
		s = e - 1
	}
	return out
}

// overlapsFirm13b is overlapsFirm17p that also passes over a generic
// finding (国华/nz read as a body inside 仇|国华).
func overlapsFirm13b(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start < e && f.End > s && !f.generic && !doubtful17p(f) && !(f.Type == PERSON && f.Start >= s && f.End <= e) {
			return true
		}
	}
	return false
}

// orgOverOccupation13b trims a body the org-suffix reading ran leftward
// over an occupation word and a name (快检员甲乙丙扎根X镇农贸市场): no
// body's name holds a worker's; the body begins at the first place after
// the name, or right after the name when there is none.
func orgOverOccupation13b(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e < 0 {
			continue
		}
		cut := -1
		for q := s + 1; q+3 < e; q++ {
			// the occupation may begin before the body (检测|员门…市场)
			if occupationBefore13b(tt, q) > 0 && surnameShaped13b(tt, q) {
				cut = q + 3
				break
			}
		}
		if cut < 0 {
			continue
		}
		start := cut
	places:
		for i := cut; i+2 < e; i++ {
			for j := i + 2; j <= i+6 && j < e; j++ {
				if l.places[tt.sub(i, j)] > 0 {
					start = i
					break places
				}
			}
		}
		f.Start = tt.off[start]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",trimmed-occupation13b"
	}
	return fs
}

// surnameShaped13b reports whether runes [q, q+3) can be a surname and a
// given name: a surname of the table or of ordinarySurnames13b and two
// Han characters, none a function character.
func surnameShaped13b(tt *tokText, q int) bool {
	if q+3 > len(tt.runes) || !(getLexicon().isSurname(tt.runes[q]) || ordinarySurnames13b.has(tt.runes[q])) {
		return false
	}
	for _, c := range tt.runes[q+1 : q+3] {
		if !isHan(c) || functionRuneBits.has(c) || pronouns13b.has(c) {
			return false
		}
	}
	return true
}

// callVerbs13b call someone by a familiar name (都叫他老甲, 喊她甲大姐).
var callVerbs13b = []string{"叫他", "叫她", "喊他", "喊她", "称他", "称她", "称呼他", "称呼她"}

// familiarTitles13b follow a surname in a familiar name.
var familiarTitles13b = []string{"大姐", "大哥", "大嫂", "大叔", "大婶", "大爷", "大妈", "大娘", "师傅", "老师", "大夫", "医生", "老汉", "阿姨", "姐", "哥", "嫂", "叔", "婶"}

// nicknamesAfterCall13b finds a familiar name (老甲, 小甲, 甲大姐, 甲师傅)
// right after a verb of calling and a pronoun, quotes allowed, that ends
// the clause: the surname is one of the table or of ordinarySurnames13b.
func nicknamesAfterCall13b(tt *tokText) []Finding {
	l := getLexicon()
	surname := func(r rune) bool { return l.isSurname(r) || ordinarySurnames13b.has(r) }
	var out []Finding
	for k, v := range callVerbs13b {
		for _, i := range occurrencesSig18(tt, callVerbsSig13b, callVerbs13b, k) { // (occurrences19 by the list's bits: speed18.go)
			s := i + runeLen(v)
			if s < len(tt.runes) && (tt.runes[s] == '为' || tt.runes[s] == '“') {
				s++
			}
			if s < len(tt.runes) && tt.runes[s] == '“' {
				s++
			}
			if s+2 > len(tt.runes) {
				continue
			}
			e := -1
			if r := tt.runes[s]; (r == '老' || r == '小') && surname(tt.runes[s+1]) {
				e = s + 2
				if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && t.dictWord() && t.pos != "x" && !nameTagged15b(t.pos) {
					e = -1 // 小心, 老实: a word
				}
			} else if surname(tt.runes[s]) {
				rest := tt.text[tt.off[s+1]:]
				for _, ti := range familiarTitles13b {
					if strings.HasPrefix(rest, ti) {
						e = s + 1 + runeLen(ti)
						break
					}
				}
			}
			if e < 0 || e < len(tt.runes) && isHan(tt.runes[e]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "nickname-after-call13b:" + v, Score: contextScore})
		}
	}
	return out
}

// pronounNames13b drops a person reading of up to four characters that
// holds a pronoun of pronouns13b (都喊她 after 管理员): a verb and its
// object, no name.
func pronounNames13b(fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && runeLen(f.Text) <= 4 && strings.ContainsAny(f.Text, "他她它您") {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// spacedCompound13b finds a by-line name with a compound surname padded
// apart from its characters (记者 鲜 于 洋): a by-line word, spaces, the
// two characters of a compound surname and one or two given characters,
// each after one space, up to the line's end or wider padding.
func spacedCompound13b(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end >= n || !spaceRune(tt.runes[t.end]) {
			continue // no padding after the token (s == t.end below): no lookup (speed18)
		}
		if !byline28[t.word] && !strings.HasSuffix(t.word, "记者") {
			continue
		}
		s := t.end
		for s < n && spaceRune(tt.runes[s]) {
			s++
		}
		// (the rune tests first: the compound surname's string is built
		// only for a padded run of Han characters)
		if s == t.end || s+5 > n || !spaceRune(tt.runes[s+1]) || !spaceRune(tt.runes[s+3]) ||
			!isHan(tt.runes[s+4]) || !isHan(tt.runes[s]) || !isHan(tt.runes[s+2]) || !l.isCompound(string([]rune{tt.runes[s], tt.runes[s+2]})) ||
			creditRune33(tt, s+4) {
			continue
		}
		e := s + 5
		// a credit after the given character ends the name (欧 阳 明 摄:
		// credit33.go)
		if e+1 < n && spaceRune(tt.runes[e]) && isHan(tt.runes[e+1]) && !creditRune33(tt, e+1) {
			if e+2 == n || !isHan(tt.runes[e+2]) {
				e += 2 // two given characters (鲜 于 小 洋)
			}
		}
		if e < n && !spaceRune(tt.runes[e]) && isHan(tt.runes[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-compound13b:" + t.word, Score: contextScore})
	}
	return out
}

// personKinds13b name a kind of person a studio or workshop is named by
// (非遗传承人工作室, 劳模创新工作室).
var personKinds13b = []string{"传承人", "劳模", "劳动模范", "名师", "名医", "名匠", "工匠", "大师", "专家", "乡贤", "能人", "人大代表", "代表", "书记", "党员"}

// studioKinds13b end a studio or workshop.
var studioKinds13b = []string{"创新工作室", "工作室", "工作站"}

// foundingVerbs13b found or grow farms and cooperatives of a kind
// (领办家庭农场, 培育合作社).
var foundingVerbs13b = []string{"领办", "创办", "兴办", "新办", "开办", "培育", "组建", "成立", "建立", "新建", "发展", "认定"}

// farmKinds13b are the kinds of farm and cooperative after such a verb.
var farmKinds13b = []string{"家庭农场", "家庭牧场", "专业合作社", "合作社", "农场"}

// kindBodies13b drops a body that is a kind: a studio or workshop whose
// name, read up to its kind, ends in a kind of person (非遗传承人|工作室,
// however gojieba cut 传承人), and a farm or cooperative kind right after
// a verb of founding (退役军人领办|家庭农场).
func kindBodies13b(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == ORG && f.Start >= 0 && f.End <= len(tt.text) {
			if kindBody13b(tt.text[:f.Start], f.Text) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// kindBody13b reports whether the body text (after the text before) is
// one of kindBodies13b's kinds.
func kindBody13b(before, text string) bool {
	for _, k := range studioKinds13b {
		if head, ok := strings.CutSuffix(text, k); ok {
			whole := before + head
			for _, p := range personKinds13b {
				if strings.HasSuffix(whole, p) && runeLen(head) <= runeLen(p) {
					return true // the head is (a piece of) the kind of person
				}
			}
		}
	}
	for _, k := range farmKinds13b {
		if head, ok := strings.CutSuffix(text, k); ok {
			for _, v := range foundingVerbs13b {
				if strings.HasSuffix(head, v) || head == "" && strings.HasSuffix(before, v) {
					return true
				}
			}
			return false
		}
	}
	return false
}
