package anonymize

import (
	"slices"
	"strings"
	"sync"
)

// This file holds round leaks33: classes behind the leaks left in
// deid-own55 … 66, each recognised by the shape of the name or the words
// around it rather than by the name. leaks33 runs in Analyze's rule chain
// right after leaks32 and before orgs14, keep32, dst14, keep33 and keep21
// (so those four filters still judge what it finds):
//
//   - a person whose surname is an ordinary or function character (才, 时,
//     任, 寻, 代) or whose name gojieba glued to the role before it
//     (业|主张|秀琴说), read in the text after a role word and before a
//     verb of what the person does or punctuation (roleNames33, nameAt33),
//     or a two-character minority name with no Han surname in the same
//     place (大学生|娜X, twoCharName33), or at a line's start before
//     ，男， / ，女， (profileNames33); the surname again before a title is
//     masked too (才书记, 代镇长: surnameTitles33);
//   - a registered firm gojieba cut with a verb before its suffix
//     (贵州|晴粤鞋/x 服/v 有限公司), read back from the suffix to the place
//     before it (unfoundFirms33);
//   - a firm's short forms after its full name (firmForms33, called from
//     Analyze beside firmTradeForms26): brand + trade (X燃气, X公交, X监理),
//     brand + the product of a trade in 业 (X笋 of X笋业), brand + the kind
//     of what it funds (X慈善助学基金).
//
// A name found so is masked wherever it stands in the text.

// leaks33 adds the findings of this round to fs: the persons after a role
// or in a profile line, masked wherever their text stands again
// (everywhere28), the firms cut before their suffix, and the surname of
// such a person before a title.
func leaks33(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	out := roleNames33(tt, fs)
	if tt.mayContain("男") || tt.mayContain("女") {
		out = append(out, profileNames33(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if tt.mayContain("公司") {
		if firms := unfoundFirms33(tt, fs); len(firms) > 0 {
			fs = add19(fs, firms)
		}
	}
	if more := surnameTitles33(tt, fs); len(more) > 0 {
		fs = add19(fs, more)
	}
	return fs
}

// surnames33 are surnames that are ordinary or function characters, which
// the surname table lacks or the readings before skip: read only right
// after a role word or in a profile line.
var surnames33 = runeBitsOf("才时任寻代和种")

// roles33 are role words a name follows that the role sets lack or that
// gojieba cuts apart from the text before (纪检组|长时, 业|主张).
var roles33 = wordSet(`业主 户主 组长 纪检组长 项目经理 经理 总监 养护员 护路员 公路养护员 书记 党支部书记 村党支部书记 镇长 乡长 村长 站长 所长 校长 院长 馆长 队长 会长 社长 主任 副主任 局长 副局长 支书 代表`)

// followWords33 are words that may start right after a name the role
// reading takes: what the person does (牵头, 负责, 介绍, 说), a
// preposition, 同志 or 一家. followAt33 also takes 的 there.
var followWords33 = []string{"说", "牵头", "负责", "介绍", "表示", "带领", "告诉", "回忆", "坚持", "主动", "连续", "每天", "一直", "自掏", "自费", "多次", "先后", "积极", "率先", "同志", "一家", "在", "把", "将", "带着", "组织", "开办", "创办", "笑着", "指出", "认为", "提出"}

// followAt33 reports whether what starts at rune e may follow a name:
// punctuation, the text's end, a word of followWords33 or 的.
func followAt33(tt *tokText, e int) bool {
	if e >= len(tt.runes) {
		return true
	}
	if strings.ContainsRune("，。、；：！？（(,", tt.runes[e]) {
		return true
	}
	rest := tt.text[tt.off[e]:]
	return hasAnyPrefix13(rest, followWords33) || strings.HasPrefix(rest, "的")
}

// roleLast33 holds the last characters of the words of roles33,
// roleSet13 and rolesBefore, for roleEndAt33's gate.
var roleLast33 = unionBits(lastRuneBits(roles33), unionBits(roleLast13, lastRuneBits(rolesBefore)))

// roleFirst33 holds the first characters of the words of roles33,
// roleSet13 and rolesBefore, built on first use, after every init has
// added its words (leaks9.go adds to rolesBefore): roleEndAt33 looks a
// window up in the three sets only when it begins with one (speed25:
// 43,504 map lookups per five reports-dev passes, most of them misses).
var roleFirst33 = sync.OnceValue(func() *runeBits {
	b := unionBits(firstRuneBits(roles33), unionBits(firstRuneBits(roleSet13), firstRuneBits(rolesBefore)))
	return &b
})

// roleEndAt33 reports whether a role word ends right before rune q, read
// in the text (gojieba glues 纪检组|长时 and 业|主张 across the name).
func roleEndAt33(tt *tokText, q int) bool {
	// (the five lookups in three sets only where a role word may end)
	if q < 2 || !mayHaveRune(&roleLast33, tt.runes[q-1]) {
		return false
	}
	first := roleFirst33()
	for j := 2; j <= 6 && q-j >= 0; j++ {
		if !mayHaveRune(first, tt.runes[q-j]) {
			continue // (speed25: no role word begins with that character)
		}
		w := tt.sub(q-j, q)
		if roles33[w] || roleSet13[w] || rolesBefore[w] {
			return true
		}
	}
	return false
}

// nameAt33 reads a surname at rune s and a one- or two-character given
// name, ending before a word followAt33 accepts; it returns the end or -1.
// The surname and the characters after it must not make an ordinary word
// (时期, 任务, 才能, 代表, 主张).
func nameAt33(tt *tokText, s int) int {
	l := getLexicon()
	n := len(tt.runes)
	if s >= n || !(l.isSurname(tt.runes[s]) || surnames33.has(tt.runes[s])) {
		return -1
	}
	for gl := 2; gl >= 1; gl-- {
		e := s + 1 + gl
		if e > n {
			continue
		}
		ok := true
		for _, r := range tt.runes[s+1 : e] {
			if !isHan(r) || hardStop[r] || r == '某' {
				ok = false
				break
			}
		}
		if !ok || !followAt33(tt, e) {
			continue
		}
		if k := tt.tokAt13(e - 1); k >= 0 && tt.toks[k].end > e && tt.toks[k].n() >= 2 && tt.toks[k].pos != "x" {
			continue // the name's end cuts a word (甲乙|手把手 read as 甲乙手|把)
		}
		if l.common[tt.sub(s, s+2)] || l.common[tt.sub(s, e)] || e < n && l.common[tt.sub(s, e+1)] && !followAt33(tt, e+1) {
			continue
		}
		given := tt.sub(s+1, e)
		if l.common[given] && !surnames33.has(tt.runes[s]) {
			continue // 申请人|向|银行, 网格员|全|覆盖: a surname's character before an ordinary word (才|万里 is read: 才 is no preposition here)
		}
		if personNouns[given] || isRoleWord(given) || roles13[given] || nonGivenEnd13.has(tt.runes[e-1]) {
			continue
		}
		if notNameAfterRole14(tt, s, e) || tt.runes[s] == '和' && !givenBacked14(tt, s+1, e) {
			continue // 成员国|该月, 会见|和会晤: a determiner or a conjunction's word, no name (np14.go)
		}
		score := 0.0
		for _, r := range tt.runes[s+1 : e] {
			score += clamp(l.given[r], -4, 3)
		}
		if score < -1 && (score < -1.5 || gl != 1 || !followWordAt33(tt, e)) {
			continue // (才让|负责: a Tibetan given name of a verb's character, before a verb of what the person does)
		}
		if gl == 2 && adverbTail14.has(tt.runes[e-1]) && followWordAt33(tt, e) {
			return e - 1 // 总编辑王晨|都表示: the adverb belongs to the verb (np14.go)
		}
		return e
	}
	return -1
}

// followWordAt33 reports whether a word of followWords33 starts at rune
// e: the stricter test nameAt33 and twoCharName33 ask of a name weak by
// its characters (才让|负责, 娜X|在).
func followWordAt33(tt *tokText, e int) bool {
	return e < len(tt.runes) && hasAnyPrefix13(tt.text[tt.off[e]:], followWords33)
}

// twoCharName33 reads at rune s a two-character name without a Han
// surname (a minority name: 娜X after 大学生), its first character one of
// transliterated names, before a word of follow33; it returns the end or
// -1.
func twoCharName33(tt *tokText, s int) int {
	l := getLexicon()
	e := s + 2
	if e > len(tt.runes) || !isHan(tt.runes[s+1]) || hardStop[tt.runes[s+1]] || l.translit[tt.runes[s]] < 2 || !followWordAt33(tt, e) {
		return -1
	}
	if l.common[tt.sub(s, e)] || max(l.translit[tt.runes[s+1]], l.given[tt.runes[s+1]]) < 0 {
		return -1
	}
	return e
}

// roleNames33 finds a name right after a role word, read in the text.
func roleNames33(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	first := roleName33First20()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+1 < n; s++ {
		r := tt.runes[s]
		if !roleName33At20(l, first, r) || !roleEndAt33(tt, s) { // (one bit test: speed20.go)
			continue
		}
		e := nameAt33(tt, s)
		if e < 0 {
			e = twoCharName33(tt, s)
		}
		if e < 0 || coveredBy13(fs, tt.off[s], tt.off[e]) || strongOver33(fs, tt.off[s], tt.off[e]) || verbWord33(tt, s, e) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "role-name,leaks33", Score: contextScore + 1})
	}
	return out
}

// verbWord33 reports whether runes s to e are one token of two characters
// that gojieba knows as an ordinary noun, verb or adjective (群众|修路,
// 村民|修渠, tagged n: an action after a mass noun, no name); a name the
// rule is for is no such token (才万里, 娜妥 are cut or tagged x/nr).
func verbWord33(tt *tokText, s, e int) bool {
	k := tt.tokAt13(s)
	if e-s != 2 || k < 0 || k >= len(tt.toks) {
		return false
	}
	t := tt.toks[k]
	if t.start != s || t.end != e {
		return false
	}
	switch t.pos {
	case "n", "v", "vn", "vi", "a", "ad", "an", "d":
		return true
	}
	return false
}

// profileNames33 finds a name at a line's or sentence's start right
// before ，男， or ，女， (a person's profile: 甲乙丙，男，…村，初三).
func profileNames33(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+4 < n; s++ {
		if s > 0 && !strings.ContainsRune("。；：\n ", tt.runes[s-1]) {
			continue
		}
		for e := s + 2; e <= s+4 && e+2 < n; e++ {
			if !(tt.runes[e] == '，' || tt.runes[e] == ',') || !strings.ContainsRune("男女", tt.runes[e+1]) || !strings.ContainsRune("，,、（(", tt.runes[e+2]) {
				continue
			}
			if !allHan(tt.sub(s, e)) || coveredBy13(fs, tt.off[s], tt.off[e]) || strongOver33(fs, tt.off[s], tt.off[e]) {
				break
			}
			if !(l.isSurname(tt.runes[s]) || surnames33.has(tt.runes[s])) && (e-s < 3 || !l.isCompound(tt.sub(s, s+2))) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "profile-name,leaks33", Score: contextScore + 1})
			break
		}
	}
	return out
}

// surnameTitles33 masks the surname of a name found, when it is one of
// surnames33, where it stands again before a title (才甲乙 … 才书记, 代甲乙
// … 代镇长): surnameTitles13 reads the surname with surnameOf, whose table
// lacks 才 and 代. The title is masked with it.
func surnameTitles33(tt *tokText, fs []Finding) []Finding {
	var more []Finding
	seen := map[rune]bool{}
	for _, f := range fs {
		// (the first character tested before the length: most persons
		// have a surname of the table, and need no count)
		r0 := firstRuneOf(f.Text)
		if f.Type != PERSON || !surnames33.has(r0) || seen[r0] {
			continue
		}
		if n := runeLen(f.Text); n < 2 || n > 4 || !allHan(f.Text) {
			continue
		}
		seen[r0] = true
		for _, p := range occurrences19(tt, string(r0)) {
			e := p + 1
			if e >= len(tt.runes) || p > 0 && isHan(tt.runes[p-1]) {
				continue // only at a clause's start: 书记和镇长 is a conjunction
			}
			ti := firstPrefix(tt.text[tt.off[e]:], titles13)
			b := tt.off[p]
			if ti == "" || coveredBy13(fs, b, tt.off[e]) || overlapsEdge18(fs, b, tt.off[e]) {
				continue
			}
			// (the title inside the mask: a one-character entity would mask
			// the character everywhere in the document, 人才 and 才能 too)
			te := e + runeLen(ti)
			more = append(more, Finding{Type: PERSON, Text: tt.sub(p, te), Start: b, End: tt.off[te], Evidence: "surname-title,leaks33", Score: contextScore})
		}
	}
	return more
}

// strongOver33 reports a finding other than a person that overlaps bytes
// [s, e) and is no weak guess (weak19: gojieba's nz on 国富 of 寻国富).
func strongOver33(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type != PERSON && f.Start < e && s < f.End && !weak19(f) {
			return true
		}
	}
	return false
}

// firmSuffixes33 end a registered firm's name, longest first.
var firmSuffixes33 = []string{"股份有限公司", "有限责任公司", "有限公司"}

// firmStop33 are one-character words that end the reading back from a
// firm's suffix (在, 和, 由), besides punctuation and verbs, prepositions,
// conjunctions and pronouns of two characters or more (其中, 推动).
var firmStop33 = runeBitsOf("在和与及或由向从对把被将为的了是其等即")

// unfoundFirms33 finds a registered firm the rules missed because gojieba
// cut its brand and trade with a verb before the suffix (晴粤鞋/x 服/v
// 有限公司): from the suffix back over the words of its name, to a place
// found before it (which the firm's name holds) or to punctuation or a
// verb, preposition, conjunction or pronoun of two characters or more.
// The brand and trade between must be two characters or more.
func unfoundFirms33(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, suf := range firmSuffixes33 {
		for _, p := range occurrences19(tt, suf) {
			b, e := tt.off[p], tt.off[p+runeLen(suf)]
			if orgAt33(fs, out, b, e) {
				continue
			}
			s := p
			for s > 0 {
				r := tt.runes[s-1]
				if !isHan(r) || firmStop33.has(r) && tt.boundary13(s-1) {
					break
				}
				k := tt.tokAt13(s - 1)
				if k < 0 {
					break
				}
				t := &tt.toks[k]
				if t.n() >= 2 && t.pos != "" && strings.ContainsRune("vpcrdu", rune(t.pos[0])) && t.pos != "vn" {
					break
				}
				if t.start < s-1 && t.n() >= 2 && t.end <= p && locStart33(fs, tt.off[t.start]) {
					s = t.start
					break
				}
				s = t.start
				if locStart33(fs, tt.off[s]) {
					break
				}
				if p-s > 12 {
					break
				}
			}
			// the brand and trade after the place (贵州|晴粤鞋服)
			bs := s
			for _, f := range fs {
				if f.Type == LOCATION && f.Start == tt.off[s] && f.End <= b {
					bs = max(bs, tt.runeAt(f.End))
				}
			}
			if p-bs < 2 || p-s > 12 || suf == "有限公司" && p >= 2 && tt.sub(p-2, p) == "责任" {
				continue
			}
			if genericFirm33(tt.sub(bs, p)) {
				continue
			}
			out = append(out, Finding{Type: ORG, Text: tt.sub(s, p) + suf, Start: tt.off[s], End: e, Evidence: "org-suffix:" + suf + ",leaks33", Score: contextScore})
		}
	}
	return out
}

// genericFirmHeads33 open a firm's name that names no firm: a kind of
// ownership or listing (国有, 上市, 民营), a determiner (该, 本, 一家) or a
// branch or holding word (子, 分, 控股) before 有限公司.
var genericFirmHeads33 = []string{"国有", "上市", "民营", "私营", "外资", "合资", "独资", "该", "本", "各", "一家", "这家", "子", "分", "控股", "参股"}

// genericFirm33 reports a firm's name before its suffix that names no
// firm: one that opens with a word of genericFirmHeads33, so that
// unfoundFirms33 reads no firm in 国有|有限公司 or 该|有限公司.
func genericFirm33(w string) bool {
	return hasAnyPrefix13(w, genericFirmHeads33)
}

// orgAt33 reports an organisation found, in fs or in out, that covers
// bytes [b, e) and is longer: the suffix there already ends a firm's name
// (so unfoundFirms33 reads nothing back from it).
func orgAt33(fs, out []Finding, b, e int) bool {
	for _, set := range [][]Finding{fs, out} {
		for k := range set {
			if f := &set[k]; f.Type == ORG && f.Start <= b && f.End >= e && f.End-f.Start > e-b {
				return true
			}
		}
	}
	return false
}

// locStart33 reports a place found that starts at byte b.
func locStart33(fs []Finding, b int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == LOCATION && f.Start == b {
			return true
		}
	}
	return false
}

// firmKinds33 follow a firm's brand in the names of what the firm funds or
// founds (…慈善助学基金, …公益基金): brand + kind is masked wherever it
// stands.
var firmKinds33 = []string{"慈善", "助学", "公益", "基金", "集团"}

// firmForms33 returns the short forms of a firm a report uses after its
// full name (恒源燃气 of 正定县恒源燃气有限公司, 正衡监理 of 湖南正衡交通工程监理有限公司,
// 八渡笋 of 广西八渡笋业有限公司), which firmTradeForms26 leaves when a
// trade word is no word of industryWords or the brand is a frequent word
// gojieba tags as a name (通达/nr): after the places, the brand is the
// first word, of two Han characters or more, no place; the forms are the
// brand with the first and with the last trade word, with the product of a
// trade in 业 (笋业 → 八渡笋), and with firmKinds33. A form must be no
// frequent word.
func firmForms33(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG {
		return nil
	}
	suf, company := orgSuffix(f.Text)
	if !company || suf == "" || !strings.HasSuffix(f.Text, "公司") {
		return nil // (a cooperative is named after its crop: 雪莲芋 of …雪莲芋种植专业合作社 stays)
	}
	limit := f.End - len(suf)
	words := wordsWithin(tt, f.Start, limit)
	var brandPOS string
	if len(words) < 2 {
		return nil
	}
	// A firm named after its county's product (…县银球茶业有限公司, with
	// 银球茶 written again in the text) names no brand's product:
	// dropLeadingPlaces returns nil for it, and the product form is
	// refused. Read with no text, its guard never fires, so the places
	// are dropped from the words all the same (the result is never nil).
	product := dropLeadingPlaces(tt.text, words) != nil
	nw := len(words)
	words = dropLeadingPlaces("", words)
	words = townHead18w(words, len(words) < nw) // firm18w.go: 云南|南伞|通达|坚果 names 通达, not 南伞
	for len(words) > 2 && (strings.Contains(tt.text, words[0]+"镇") || strings.Contains(tt.text, words[0]+"乡") || strings.Contains(tt.text, words[0]+"街道")) {
		words = words[1:]
	}
	if len(words) > 2 && runeLen(words[0]) == 1 && runeLen(words[1]) == 1 {
		// a brand gojieba cut into its characters (岜/g 盆/n 茶业)
		words = append([]string{words[0] + words[1]}, words[2:]...)
	}
	l := getLexicon()
	brand := words[0]
	for k := range tt.toks {
		if t := &tt.toks[k]; t.word == brand && tt.off[t.start] >= f.Start && tt.off[t.end] <= limit {
			brandPOS = t.pos
			break
		}
	}
	if runeLen(brand) < 2 || runeLen(brand) > 3 || !allHan(brand) || industryWords[brand] || genreWords[brand] || l.places[brand] > 0 {
		return nil
	}
	if l.common[brand] && !strings.HasPrefix(brandPOS, "nr") {
		return nil // a frequent word as brand (绿色|食品, 现代|农业) makes ordinary phrases
	}
	trades := words[1:]
	if last := trades[len(trades)-1]; len(trades) > 1 && (last == "有限责任" || last == "有限" || last == "股份") {
		trades = trades[:len(trades)-1]
	}
	cands := []string{brand + trades[0], brand + trades[len(trades)-1]}
	if t := []rune(trades[0]); product && len(t) == 2 && t[1] == '业' && isHan(t[0]) {
		cands = append(cands, brand+string(t[0]))
	}
	for _, k := range firmKinds33 {
		cands = append(cands, brand+k)
	}
	var out []string
	for _, s := range cands {
		if s == f.Text || l.common[s] || !allHan(s) || slices.Contains(out, s) {
			continue
		}
		out = append(out, s)
	}
	return out
}
