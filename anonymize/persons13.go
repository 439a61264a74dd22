package anonymize

import "strings"

// This file holds persons13: people of report sentences whose shape the
// rules know but whose name is unusual — a given name that is an ordinary
// word (国庆, 和平, 建设, 田园), a rare surname that is an ordinary character
// (才, 时, 种, 和, 来, 查) or a compound surname (欧阳, 东方, 上官) — found
// without a list of names, by the reading of the sentence around them
// (personsweep13_test.go measures the classes):
//
//   - a surname and a one- or two-character given name right after a role
//     or occupation word (经营户甲乙丙, 辅警甲乙, 非遗传承人甲乙丙) or after a
//     by-line or contact word and its colon or space (联系人：甲乙丙，
//     记者 甲乙丙), that ends where a verb, an adverb, a preposition or
//     punctuation begins (roleNames13). This overlaps the 经营户X /
//     网格员X leaks of the dev sets that leaks30.go takes one by one: this
//     class is the general reading, gated by the words around the name;
//   - such a name right before 一家, 夫妇, 老人, 同志, 家 or 说： at a clause
//     start or after a verb (甲乙丙一家靠…, 走进甲乙丙家), but not before
//     之家, a service point's kind (nameBeforeKin13);
//   - a name that continues a 、 list of names found (甲乙丙、丁戊己)
//     (listNames13);
//   - the surname of a name found, again later before a title (才书记,
//     东方副局长): the surname is masked there (surnameTitles13).
//
// A name found so is masked wherever it stands in the text.

// persons13 adds the findings of this round to fs.
func persons13(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	out := roleNames13(tt, fs)
	out = append(out, nameBeforeKin13(tt, fs)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if tt.mayHold('、') {
		if more := listNames13(tt, fs); len(more) > 0 {
			fs = add19(fs, everywhere28(tt, more))
		}
	}
	if more := surnameTitles13(tt, fs); len(more) > 0 {
		fs = add19(fs, more)
	}
	return fs
}

// roles13 are occupations and roles of report sentences that stand right
// before a name, besides personNouns, personNouns17p, idHolders28 and the
// role tokens (tt.roleTok).
var roles13 = wordSet(`经营户 网格员 护林员 养殖户 种植户 村医 乡村医生 辅警 协警 驾驶员 司机 志愿者 快递员 外卖员 技术员 农技员 讲解员 解说员 老党员 党员 传承人 非遗传承人
第一书记 驻村干部 驻村队员 工作队员 村支书 支书 党支部书记 村主任 镇长 乡长 退伍军人 退役军人 脱贫户 贫困户 低保户 五保户 监测户 大户 种粮大户 种植大户 养殖大户
致富能手 能手 带头人 致富带头人 大学生 返乡大学生 保洁员 河道保洁员 清洁工 环卫工 调解员 信息员 安全员 水管员 防疫员 宣讲员 辅导员 村民 居民 群众 农民 老人 老兵
教师 特岗教师 乡村教师 医生 护士 民警 民兵 干部 挂职干部 村干部 残疾人 留守儿童 创业者 电商 主播 店主 厨师 工匠 匠人 手艺人 联系人 负责人`)

// nameFollow13 are words that may follow a name that ends a reading
// (甲乙丙一家, 甲乙丙同志), whatever their tag.
var nameFollow13 = wordSet(`一家 一家人 夫妇 老人 同志 家 说 等 笑着说 告诉 介绍 一行 同学 老师 师傅 表示 回忆 家中 家里 的`)

// nameFollowPOS13 reports a tag of a word that may start right after a
// name: verbs, adverbs, prepositions, conjunctions, particles, times,
// adjectives, distinguishers and pronouns (甲乙|每天) (甲乙丙|主动, 甲乙|去年, 甲乙|安全行驶).
func nameFollowPOS13(pos string) bool {
	if pos == "" {
		return false
	}
	switch pos[0] {
	case 'v', 'd', 'p', 'c', 'u', 't', 'a', 'b', 'r':
		return true
	}
	return false
}

// nonGivenEnd13 are last characters of words for kinds of people (游客,
// 群众, 队员), which end no given name.
var nonGivenEnd13 = runeBitsOf("员户者民众客们")

// extraSurnames13 are rare surnames the surname table lacks, ordinary
// characters besides (才, 和, 种, 代): read only by this file's readings,
// which the words around the name gate.
var extraSurnames13 = runeBitsOf("才和种代")

// prepSurname13 are surnames that are also prepositions (向, 从, 于).
var prepSurname13 = runeBitsOf("向从于和与对把被由给往为在")

// tokAt13 returns the index of the token that holds rune i, or -1 outside
// the text (tokenAt's token, as an index).
func (tt *tokText) tokAt13(i int) int {
	if i < 0 || i >= len(tt.tokOf) {
		return -1
	}
	return tt.tokOf[i]
}

// boundary13 reports whether a name may end before rune e: a token starts
// there, or e falls inside a run gojieba did not know (才芳去年 kept 才芳
// whole as x).
func (tt *tokText) boundary13(e int) bool {
	if e >= len(tt.runes) {
		return true
	}
	k := tt.tokAt13(e)
	if k < 0 {
		return true
	}
	t := &tt.toks[k]
	return t.start == e || t.pos == "x"
}

// follows13 reports whether what starts at rune e may follow a name.
func (tt *tokText) follows13(e int) bool {
	n := len(tt.runes)
	if e >= n || !isHan(tt.runes[e]) {
		return true
	}
	k := tt.tokAt13(e)
	if k < 0 {
		return false
	}
	t := &tt.toks[k]
	if t.start != e {
		// inside an unknown run: what is left of it (来丽华|家)
		if t.pos != "x" {
			return false
		}
		rest := tt.sub(e, t.end)
		// (one character left is rune e itself: no rune slice of rest)
		return nameFollow13[rest] || t.end == e+1 && strings.ContainsRune("家说等在把被将也都还又就", tt.runes[e])
	}
	if nameFollow13[t.word] || t.pos == "x" {
		return true // x: a run gojieba did not know, mostly a verb it cut badly (住进, 着说)
	}
	return nameFollowPOS13(t.pos)
}

// readName13 reads a surname at rune s and a given name after it, with
// up to pad spaces between them; it returns the end of the longest
// reading that ends at a name's boundary and before a word that may
// follow a name, or -1.
func readName13(tt *tokText, s int, pad int) int {
	l := getLexicon()
	n := len(tt.runes)
	if s >= n || !isHan(tt.runes[s]) || tt.runes[s] == '某' {
		return -1
	}
	sl := 0
	if s+2 < n && l.isCompound(tt.sub(s, s+2)) {
		sl = 2
	} else if l.isSurname(tt.runes[s]) || extraSurnames13.has(tt.runes[s]) {
		sl = 1
	} else {
		return -1
	}
	g := s + sl
	ks := tt.tokAt13(s) // the token that holds the surname, asked by every reading below
	for j := 0; j < pad && g < n && spaceRune(tt.runes[g]); j++ {
		g++
	}
	for gl := 2; gl >= 1; gl-- {
		e := g + gl
		if e > n {
			continue
		}
		ok := true
		for _, r := range tt.runes[g:e] {
			if !isHan(r) || hardStop[r] || r == '某' {
				ok = false
				break
			}
		}
		if !ok || gl == 2 && creditRune33(tt, g+1) || !tt.boundary13(e) || !tt.follows13(e) {
			continue // (a credit ends the given name: 甲乙  丙摄, credit33.go)
		}
		if k := ks; k >= 0 && tt.toks[k].start == s && tt.toks[k].n() >= 2 && tt.toks[k].end <= e {
			if p := tt.toks[k].pos; p != "" && strings.ContainsRune("vdapc", rune(p[0])) && p != "vn" {
				continue // the surname starts a verb, an adverb or an adjective (纳凉, 高兴)
			}
		}
		if k := ks; k >= 0 && tt.toks[k].start == s && tt.toks[k].end == e && strings.HasPrefix(tt.toks[k].pos, "nr") && clamp(l.given[tt.runes[e-1]], -4, 3) < 1.5 {
			continue // gojieba's nr on a verb (纳凉): the last character must read as a given name
		}
		if e < n && strings.ContainsRune("了着过", tt.runes[e]) && tt.boundary13(e+1) {
			continue // an aspect particle after it: a verb (农民管起|了), no name
		}
		given := tt.sub(g, e)
		// an ordinary word across the surname and the given name
		// (敬爱的, 高兴地, 玉米, 银行卡, 纳凉), or a preposition before an
		// ordinary word (向银行, 从老家): no name
		if sl == 1 && g == s+1 && (l.common[tt.sub(s, s+2)] || prepSurname13.has(tt.runes[s]) && l.common[given]) {
			continue
		}
		score := 0.0
		for _, r := range tt.runes[g:e] {
			score += clamp(l.given[r], -4, 3)
		}
		if score < -2.5 {
			continue // 服务, 数量, 可以: no given name
		}
		if gl == 2 {
			// 王伟|讲了: a one-character verb or particle cut off the name
			if k := tt.tokAt13(e - 1); k >= 0 && tt.toks[k].start == e-1 && tt.toks[k].end == e {
				if p := tt.toks[k].pos; p != "" && strings.ContainsRune("vdpcu", rune(p[0])) {
					continue
				}
			}
		}
		if personNouns[given] || isRoleWord(given) || roles13[given] || nonGivenEnd13.has(tt.runes[e-1]) {
			continue
		}
		// the name must not be one word of the dictionary (安全, 全部,
		// 白天), nor its given name a word of another kind than a noun
		// (才|可以, 和|我们)
		if g == s+sl {
			if k := ks; k >= 0 && tt.toks[k].start == s && tt.toks[k].end == e && tt.toks[k].pos != "x" && !strings.HasPrefix(tt.toks[k].pos, "nr") {
				continue
			}
		}
		if k := ks; k >= 0 && tt.toks[k].start == s && tt.toks[k].end > g && tt.toks[k].end < e && tt.toks[k].n() >= 2 && !tt.toks[k].weak() && l.common[tt.toks[k].word] {
			continue // a word runs from the surname into the given name (农民|丰收节)
		}
		if k := tt.tokAt13(g); k >= 0 && tt.toks[k].start == g && tt.toks[k].end == e {
			if p := tt.toks[k].pos; p != "" && strings.ContainsRune("vdpcrumqfy", rune(p[0])) && p != "vn" {
				continue
			}
		} else if k >= 0 && tt.toks[k].start == g && tt.toks[k].end > e && tt.toks[k].pos != "x" {
			continue // the given name cut out of a longer word
		}
		return e
	}
	return -1
}

// roleSet13 holds every role word a name may follow, for roleBefore13.
var roleSet13 = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{roles13, personNouns, personNouns17p, idHolders28, byline28} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// roleLast13 holds the last characters of roleSet13's words, for
// roleBefore13's gate.
var roleLast13 = lastRuneBits(roleSet13)

// roleBefore13 reports whether a role word ends right before rune q, read
// in the text, not in the tokens (gojieba glues 辅警代 or 户种 together).
func roleBefore13(tt *tokText, q int) bool {
	// (the lookups only where a word of roleSet13 may end in rune q-1)
	if q > 0 && mayHaveRune(&roleLast13, tt.runes[q-1]) {
		for j := 2; j <= 6 && q-j >= 0; j++ {
			if roleSet13[tt.sub(q-j, q)] && (j >= 3 || tt.boundary13(q-j)) {
				return true
			}
		}
	}
	if k := tt.tokAt13(q - 1); k >= 0 && tt.toks[k].end == q && tt.roleTok(&tt.toks[k]) {
		return true
	}
	return false
}

// roleNames13 finds a name right after a role word, or after a by-line or
// contact word, its colon and padding.
func roleNames13(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	first := roleNameFirstBits19()
	n := len(tt.runes)
	var out []Finding
	for s := 1; s+1 < n; s++ {
		r := tt.runes[s]
		if !roleNameFirst19(l, first, r) { // (isSurname, extraSurnames13 or compoundFirst: speed19.go)
			continue
		}
		q, pad := s, 0
		for j := 0; j < 3 && q > 0 && spaceRune(tt.runes[q-1]); j++ {
			q--
			pad = 3
		}
		if q > 0 && (tt.runes[q-1] == '：' || tt.runes[q-1] == ':') {
			q--
			pad = 3
		}
		if q == 0 || !isHan(tt.runes[q-1]) || !roleBefore13(tt, q) {
			continue
		}
		if q >= 2 && placeOver13(fs, tt.off[q-2], tt.off[q]) && !roleFinding13(fs, tt.off[q]) {
			continue // the role word is cut out of a place (泽城村|民宿)
		}
		if k := tt.tokAt13(s); pad == 0 && k >= 0 && tt.toks[k].start < s && tt.toks[k].pos != "x" {
			continue // the surname ends a word of the dictionary (村|民宿, 非遗|传承): no name starts there
		}
		e := readName13(tt, s, pad)
		if e > 0 && pad == 0 && tt.runes[s] == '和' && l.common[tt.sub(s+1, e)] {
			continue // 老人和儿童: a conjunction between a role and an ordinary word
		}
		if e < 0 || overlapsEdge18(fs, tt.off[s], tt.off[e]) || coveredBy13(fs, tt.off[s], tt.off[e]) {
			continue
		}
		if pad == 0 && extraSurnames13.has(r) && !l.isSurname(r) && genreWords[tt.sub(s+1, e)] && !kinWordAt13(tt, e) {
			continue // 种植户|种|玉米: a rare surname's character before a crop or produce word is a verb, unless a kin or speech word follows
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "role-name,persons13", Score: contextScore + 1})
	}
	return out
}

// placeOver13 reports a finding other than a person that overlaps bytes
// [s, e).
func placeOver13(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type != PERSON && f.Start < e && s < f.End {
			return true
		}
	}
	return false
}

// coveredBy13 reports a person finding of fs that already holds [s, e).
func coveredBy13(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}

// kinAfter13 follow a name that nameBeforeKin13 reads: a family, a couple
// or an elder (甲乙丙一家, 甲乙丙老人), 同志, or 说： before a quote.
var kinAfter13 = []string{"一家", "夫妇", "老人", "同志", "家", "说："}

// nameBeforeKin13 finds a name before 一家, 夫妇, 老人, 同志, 家 or 说：
// that starts a clause or follows a verb (走进甲乙丙家).
func nameBeforeKin13(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for i, w := range kinAfter13 {
		for _, p := range occurrencesSig18(tt, kinAfterSig13, kinAfter13, i) { // (occurrences19 by the list's bits: speed18.go)
			if w == "家" && p > 0 && tt.runes[p-1] == '之' {
				continue // X之家: a service point's kind (设立甲乙之家), no family
			}
			for _, ln := range []int{3, 2, 4} {
				s := p - ln
				if s < 0 {
					continue
				}
				if s > 0 && isHan(tt.runes[s-1]) {
					k := tt.tokAt13(s - 1)
					// a verb (走进甲乙丙家), or 的 before a family or an
					// elder (村里的甲乙丙一家)
					if k < 0 || tt.toks[k].end != s || !(strings.HasPrefix(tt.toks[k].pos, "v") || w != "家" && tt.toks[k].word == "的") {
						continue
					}
				}
				if k := tt.tokAt13(s); k < 0 || tt.toks[k].start != s && tt.toks[k].pos != "x" {
					continue
				}
				e := readName13(tt, s, 0)
				if e != p || overlapsEdge18(fs, tt.off[s], tt.off[e]) || coveredBy13(fs, tt.off[s], tt.off[e]) {
					continue
				}
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-before:" + w + ",persons13", Score: contextScore + 1})
				break
			}
		}
	}
	return out
}

// listNames13 reads a name on either side of a 、 next to a person found
// (甲乙丙、丁戊己获评…), until the list ends.
func listNames13(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	// seeds: persons no place or body overlaps (not 巴马 of a firm's name)
	var all []Finding
	for _, f := range fs {
		if f.Type != PERSON || f.Score <= contextScore {
			continue // a weak guess (南河) starts no list
		}
		if !placeOver13(fs, f.Start, f.End) {
			all = append(all, f)
		}
	}
	for round := 0; round < 4; round++ {
		var add []Finding
		for _, f := range all {
			if !allHan(f.Text) || runeLen(f.Text) > 4 {
				continue // all holds persons alone (the seeds and the names added)
			}
			e := tt.runeAt(f.End)
			if e >= 0 && e+1 < len(tt.runes) && tt.runes[e] == '、' {
				s := e + 1
				if x := readName13(tt, s, 0); x > 0 && (x == len(tt.runes) || !isHan(tt.runes[x]) || tt.toks[tt.tokOf[x]].pos != "" && strings.ContainsRune("vd", rune(tt.toks[tt.tokOf[x]].pos[0]))) && !coveredBy13(all, tt.off[s], tt.off[x]) && !overlapsEdge18(all, tt.off[s], tt.off[x]) {
					add = append(add, Finding{Type: PERSON, Text: tt.sub(s, x), Start: tt.off[s], End: tt.off[x], Evidence: "list-name,persons13", Score: contextScore})
				}
			}
			s := tt.runeAt(f.Start)
			if s >= 3 && tt.runes[s-1] == '、' {
				for _, ln := range []int{3, 2, 4} {
					b := s - 1 - ln
					if b < 0 || !tt.boundary13(b) || b > 0 && isHan(tt.runes[b-1]) && !roleBefore13(tt, b) {
						continue // the list's first name starts a clause or follows a role
					}
					if readNameTo13(tt, b, s-1) && !coveredBy13(all, tt.off[b], tt.off[s-1]) && !overlapsEdge18(all, tt.off[b], tt.off[s-1]) {
						add = append(add, Finding{Type: PERSON, Text: tt.sub(b, s-1), Start: tt.off[b], End: tt.off[s-1], Evidence: "list-name,persons13", Score: contextScore})
						break
					}
				}
			}
		}
		if len(add) == 0 {
			break
		}
		out = append(out, add...)
		all = append(all, add...)
	}
	return out
}

// readNameTo13 reports a name of a surname and a given name that fills
// runes [s, e) exactly, e being a 、.
func readNameTo13(tt *tokText, s, e int) bool {
	l := getLexicon()
	sl := 0
	if e-s >= 3 && l.isCompound(tt.sub(s, s+2)) {
		sl = 2
	} else if l.isSurname(tt.runes[s]) || extraSurnames13.has(tt.runes[s]) {
		sl = 1
	} else {
		return false
	}
	if e-s-sl < 1 || e-s-sl > 2 {
		return false
	}
	for _, r := range tt.runes[s+sl : e] {
		if !isHan(r) || hardStop[r] || r == '某' {
			return false
		}
	}
	g := tt.sub(s+sl, e)
	if sl == 1 && (l.common[tt.sub(s, s+2)] || l.common[g]) {
		return false // 养殖、: an ordinary word in the list, no name
	}
	return !(personNouns[g] || isRoleWord(g) || roles13[g] || nonGivenEnd13.has(tt.runes[e-1]))
}

// titles13 follow a surname in a later reference to a person (才书记).
var titles13 = []string{"副书记", "书记", "副组长", "组长", "副局长", "局长", "副主任", "主任", "副镇长", "镇长", "副乡长", "乡长", "副县长", "县长", "队长", "站长", "所长", "校长", "院长", "支书", "部长", "村长", "会长", "社长", "经理", "调解员", "医生", "老师", "师傅", "大夫", "警官"}

// surnameTitles13 masks the surname of a name found where it stands again
// before a title (甲乙丙 … 甲书记): the surname alone, as the title stays.
func surnameTitles13(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Type != PERSON || !allHan(f.Text) || runeLen(f.Text) < 2 || runeLen(f.Text) > 4 {
			continue
		}
		sur := surnameOf(f.Text)
		if sur == "" || sur == f.Text || seen[sur] {
			continue
		}
		seen[sur] = true
		for _, p := range occurrences19(tt, sur) {
			b := tt.off[p]
			e := p + runeLen(sur)
			if e >= len(tt.runes) {
				continue
			}
			if p > 0 && isHan(tt.runes[p-1]) && !tt.boundary13(p) {
				continue
			}
			rest := tt.text[tt.off[e]:]
			ok := false
			for _, ti := range titles13 {
				if strings.HasPrefix(rest, ti) {
					ok = true
					break
				}
			}
			if !ok || coveredBy13(fs, b, tt.off[e]) || overlapsEdge18(fs, b, tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: sur, Start: b, End: tt.off[e], Evidence: "surname-title,persons13", Score: contextScore})
		}
	}
	return out
}

// kinWordAt13 reports whether a word of nameFollow13 (说, 一家, 同志 …)
// starts at rune e.
func kinWordAt13(tt *tokText, e int) bool {
	if e >= len(tt.runes) {
		return false
	}
	k := tt.tokAt13(e)
	return k >= 0 && tt.toks[k].start == e && nameFollow13[tt.toks[k].word]
}

// roleFinding13 reports a finding that ends at byte q and is itself a role
// word (第一书记, which gojieba tags nz and the organisation rules take up
// until the policy drops it): the role is then whole, not cut out of a
// place, and a name may follow it (驻村第一书记甲乙丙带领…).
func roleFinding13(fs []Finding, q int) bool {
	for k := range fs {
		if f := &fs[k]; f.End == q && f.Type != PERSON && roleSet13[f.Text] {
			return true
		}
	}
	return false
}
