package anonymize

import "strings"

// This file holds round leaks25: classes behind the leaks of deid-own49
// … 54 (the eleventh session's unseen sets, now development sets), each
// recognised by the words around the name rather than by the name:
//   - a person of a rare Bai or Yi surname (寸, 字, 星) that the surname
//     table leaves out because the character is an ordinary word, right
//     after a role or a person noun (乡村医生|寸某某) or in a list beside a
//     person found (〔人名〕、字某某);
//   - a person right after a person noun whose last character gojieba
//     glued to the surname (乡|贤王|振东: 乡贤 + 王振东);
//   - a port, a border trade zone, a stretch of the border or a beach
//     named by a stem gojieba cannot read (X口岸, X边境贸易区, X边境一线,
//     X沙滩);
//   - a pass that gojieba knows as a word of its own (大散关/n, 雁门关/ns),
//     and a Great-Wall section or a pass right after its township
//     (…乡|X长城);
//   - a historic or cultural quarter named by a stem before its kind (X历史
//     文化街区, X文化街区);
//   - an estate named by a developer, a middle dot and an estate word
//     (甲乙·丙丁名苑);
//   - a gazetteer town with an ordinary word for stem at the end of a
//     route's stretch (…至新建镇段);
//   - a village right after its township whose stem opens with 等, read
//     as the particle (…镇|等嘎村);
//   - a school right after its township whose kind gojieba glued to the
//     role after it (…镇|X小学教师);
//   - an item of a list beside one of the same kind found (…湖、X湖;
//     …菜市场、X菜市场), or a street or open ground listed right after a
//     place or a named quarter found (…片区、X街; …历史文化街区、X坪);
//   - a transliterated name with a middle dot and a part of one character
//     right after a person noun (护边员|甲乙·丙);
//   - a corridor named by a word gojieba cannot read (X云廊/x).
// A name found so is masked wherever it stands in the text.

// leaks25 adds the findings of this round to the findings fs of one text.
func leaks25(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayHold('寸') || tt.mayHold('字') || tt.mayHold('星') {
		out = append(out, rareSurnameNames25(tt, fs)...)
	}
	out = append(out, gluedPersonNoun25(tt, fs)...)
	dot := tt.mayHold('·') // dotEstates25 and dotNamesAfterPerson25
	// a person's name may take any of the name dots (木然•腊), an estate only ·
	nameDot := dot || tt.mayHold('•') || tt.mayHold('・') || tt.mayHold('．') || tt.mayHold('‧')
	if mayContainAny21(tt, unreadKinds25) {
		out = append(out, unreadBeforeKinds25(tt, fs)...)
	}
	if tt.mayHold('关') || tt.mayHold2('长', '城') {
		out = append(out, passes25(tt, fs)...)
	}
	if tt.mayHold2('街', '区') {
		out = append(out, namedQuarters25(tt, fs)...)
	}
	if dot {
		out = append(out, dotEstates25(tt, fs)...)
	}
	if tt.mayHold2('镇', '段') || tt.mayHold2('乡', '段') {
		out = append(out, routeEndTowns25(tt, fs)...)
	}
	if tt.mayHold('等') && tt.mayHold('村') {
		out = append(out, dengVillages25(tt, fs)...)
	}
	if mayContainAny21(tt, gluedSchoolRoles25) {
		out = append(out, gluedSchools25(tt, fs)...)
	}
	if tt.mayHold('、') {
		out = append(out, sameKindSiblings25(tt, fs)...)
	}
	if nameDot {
		out = append(out, dotNamesAfterPerson25(tt, fs)...)
	}
	if tt.mayHold('廊') {
		out = append(out, unreadCorridors25(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// rareSurnames25 are surnames of the Bai and Yi peoples of Yunnan (寸,
// 字) and a rare Han one (星) whose character is an ordinary word, so the
// surname table leaves them out: only a role, a person noun or a list of
// persons makes them begin a name.
var rareSurnames25 = runeBitsOf("寸字星")

// rareSurnameNames25 finds a name of three characters of a surname of
// rareSurnames25 right after a role or a person noun (教师|星某某,
// 乡村医生|寸某某), or right after a list comma that a person found ends
// before (〔人名〕、字某某): the surname's character begins no word of
// gojieba's (寸步, 星级, 字号), the given name is nouns or names, and the
// name ends before a verb, a punctuation mark or a joiner.
func rareSurnameNames25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	personEndsAt := map[int]bool{}
	for _, f := range fs {
		if f.Type == PERSON {
			personEndsAt[f.End] = true
		}
	}
	l := getLexicon()
	var out []Finding
	for b := 0; b+3 <= n; b++ {
		if !rareSurnames25.has(tt.runes[b]) || !tt.tokStart(b) {
			continue
		}
		c := b + 3
		ok, list := false, false
		if p := tt.tokenBefore(b); p != nil && p.end == b && personWordBefore(p) {
			ok = true
		} else if b > 0 && tt.runes[b-1] == '、' && personEndsAt[tt.off[b-1]] {
			ok, list = true, true
		}
		if !ok || !plainStem(tt, b, c) || givenStop[tt.runes[b+1]] || givenStop[tt.runes[b+2]] || !nameEnd17p(tt, c) {
			continue
		}
		if list {
			// beside a person the given name may be any characters that
			// given names take (字|建/v|林)
			if sum := l.given[tt.runes[b+1]] + l.given[tt.runes[b+2]]; sum <= 0 || l.given[tt.runes[b+1]] <= -1 || l.given[tt.runes[b+2]] <= -1 {
				continue
			}
		} else if !nounLikeSpan13(tt, b+1, c) {
			continue
		}
		if a := tt.tokenAt(b); a.end > b+1 && a.end != c && a.dictWord() && !strings.HasPrefix(a.pos, "nr") {
			continue // the surname's character begins a word (寸步, 星级)
		}
		w := tt.sub(b, c)
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || overlapsFirm25(fs, tt.off[b], tt.off[c]) {
			continue
		}
		if placeEndings[tt.runes[c-1]] || villageWords[tt.runes[c-1]] {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "rare-surname25", Score: contextScore})
	}
	return out
}

// gluedNouns25 are the person nouns of personNouns17p whose last
// character gojieba may glue to a surname after it (乡|贤王|振东).
var gluedNouns25 = []string{"乡贤", "村医", "乡医", "能人", "老兵", "店主", "摊主"}

// gluedPersonNoun25 finds a name of a surname and two given characters
// right after a person noun that gojieba cut in the middle, gluing its
// last character to the surname (乡|贤王|振东): the noun's token ends
// past the noun, so afterPersonNoun17p never sees it.
func gluedPersonNoun25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i, noun := range gluedNouns25 {
		if !gluedNounsSig25.has(tt, i) {
			continue // (tt.mayContain(noun) by bits: speed18.go)
		}
		for _, k := range indexAll16(tt, noun) { // (occurrences19 less its mayContain, answered above)
			s := k + runeLen(noun)
			if s >= n || tt.tokStart(s) || !tt.tokStart(k) && !tt.tokStart(s-1) {
				continue // the noun's end is a token's end: the rules before read it
			}
			e := s + 3
			if e > n || !nameEnd17p(tt, e) || !nameSpan17p(tt, s, e, false) || overlapsFirm25(fs, tt.off[s], tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "glued-person-noun25", Score: contextScore})
		}
	}
	return out
}

// unreadKinds25 are the kinds of a port, a border trade zone, a stretch
// of the border and a beach that a stem gojieba cannot read names (平而关
// 口岸, 姐告边境贸易区, X边境一线).
var unreadKinds25 = []string{"口岸", "边境贸易区", "边境经济合作区", "互市贸易区", "边境一线", "沙滩", "海滩"}

// unreadBeforeKinds25 is unreadBeforeLandmark21 for the kinds of
// unreadKinds25: a stem of two to five characters right before the kind,
// back to a stop, each token one gojieba cannot read (x), a name it
// made up of three characters or more (红其拉甫/nr), a transliterated name
// of any length (nrt) or one character (岛|斗|岙), where a name may begin. A word gojieba made up of three characters
// or more may hold a function character (平而关/x); a shorter token may
// not (三是: an enumeration's marker).
func unreadBeforeKinds25(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range unreadKinds25 {
		if !tt.mayContain(kind) {
			continue
		}
		for _, k := range occurrences19(tt, kind) {
			if !tt.tokStart(k) {
				continue
			}
			s := k
			for s > 0 && k-s < 5 {
				t := tt.tokenBefore(s)
				if t == nil || !isHan(tt.runes[t.start]) || !(t.pos == "x" || t.pos == "nrt" || strings.HasPrefix(t.pos, "nr") && t.n() >= 3 || t.n() == 1) || t.n() < 3 && stopInside25(tt, t.start, t.end) || functionRuneBits.has(tt.runes[t.start]) && t.n() == 1 {
					break
				}
				s = t.start
			}
			if k-s < 2 || k-s > 5 || tt.tokenAt(s).n() == 1 && tt.tokenAt(k-1).n() == 1 && k-s == 2 {
				continue // two characters read one by one: a qualifier and a word (全|县)
			}
			if !plainHan25(tt, s, k) || !before25(tt, fs, s) || getLexicon().common[tt.sub(s, k)] || startsWithin19(fs, tt.off[s], tt.off[k]) || overlapsFirm25(fs, tt.off[s], tt.off[k]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k, "unread-before-kind25"))
		}
	}
	return out
}

// gateWords25 are words in 关 that end a word of three characters without
// making it a pass (大通关 is a customs reform, 严把关 a check).
var gateWords25 = wordSet(`通关 把关 过关 闯关 攻关 难关 海关 机关 开关 相关 有关 公关 报关 边关 城关 年关 玄关 税关`)

// passes25 finds a pass that gojieba knows as a word of three characters
// in 关 (大散关/n, 雁门关/ns) where a name may begin, a noun's first two
// and last two characters no frequent word (质量关, 总开关, 局机关 are
// checks and switches; a place word of gojieba's, 娘子关/ns, is a pass),
// and a Great-Wall section or a pass of a stem of two to four characters
// right after the township or place found (…乡|九门口长城).
func passes25(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.n() != 3 || tt.runes[t.end-1] != '关' || !(t.pos == "n" || t.pos == "ns") {
			continue
		}
		if gateWords25[tt.sub(t.start+1, t.end)] || t.pos == "n" && (l.common[tt.sub(t.start, t.start+2)] || l.common[tt.sub(t.start+1, t.end)]) || overlapsFirm25(fs, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		if !before20(tt, fs, t.start) || !plainStem19(tt, t.start, t.end-1) {
			continue
		}
		out = append(out, found19(tt, LOCATION, t.start, t.end, "pass25"))
	}
	for _, kind := range []string{"长城", "关"} {
		for _, k := range occurrences19(tt, kind) {
			if !tt.tokStart(k) || kind == "关" && !tt.tokStart(k+1) {
				continue
			}
			s := stemBefore19(tt, fs, k, 2, 4, func(s int) bool { return placeEnds19(tt, fs, s) })
			if s < 0 || !tt.tokStart(s) || l.common[tt.sub(s, k)] || overlapsFirm25(fs, tt.off[s], tt.off[k]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k+runeLen(kind), "wall-section25"))
		}
	}
	return out
}

// quarterKinds25 are the kinds of a named historic or cultural quarter.
var quarterKinds25 = []string{"历史文化街区", "文化街区", "历史街区", "特色街区"}

// quarterKinds25Last holds the last characters of quarterKinds25.
var quarterKinds25Last = lastRuneBitsOf(quarterKinds25)

// quarterNot25 are the words before a quarter's kind that qualify it
// (特色文化街区, 省级历史文化街区, 市民文化街区) or stand for the town it is
// in.
var quarterNot25 = wordSet(`市民 居民 游客 群众 青年 儿童 社区 乡村 农村 校园 街道 城镇 滨江 沿江 古镇 小镇 特色 传统 历史 文化 省级 市级 县级 国家级 国家 全国 全省 全市 全县 城市 老城 古城 老街 城区 县城 主城 核心 重点 示范 商业 步行 精品 特色化 主题 夜间 美食 休闲 旅游 滨水 滨河 新建 在建 改造 提升 保护 打造 建设 一批 各类 相关 沿街 临街 老旧`)

// townHeads25 are words of quarterNot25 that may end a longer name
// before the kind (甲乙小镇|文化街区); alone they are no stem.
var townHeads25 = wordSet(`小镇 古镇`)

// namedQuarters25 finds the stem of a historic or cultural quarter (长堤|
// 历史文化街区, 诗经小镇|文化街区): two to four characters of nouns before
// the kind, back to a stop, a verb or a preposition (a work verb gojieba
// tags as a noun too: 整治/n), and no word that qualifies a quarter or
// stands for its town. Only the stem is masked.
func namedQuarters25(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range quarterKinds25 {
		for _, k := range occurrences19(tt, kind) {
			if !tt.tokStart(k) || kind == "文化街区" && k >= 2 && tt.sub(k-2, k) == "历史" {
				continue // 历史|文化街区: the longer kind's
			}
			s := k
			for s > 0 && k-s < 4 {
				t := tt.tokenBefore(s)
				if t == nil || t.end != s || !isHan(tt.runes[t.start]) || !(strings.HasPrefix(t.pos, "n") || t.pos == "x" || t.pos == "s") || quarterNot25[t.word] && !townHeads25[t.word] || workVerbs19[t.word] || k-t.start > 4 {
					break
				}
				s = t.start
			}
			if k-s < 2 || !plainStem19(tt, s, k) || !before20(tt, fs, s) || quarterNot25[tt.sub(s, k)] || overlapsFirm25(fs, tt.off[s], tt.off[k]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k, "named-quarter25"))
		}
	}
	return out
}

// estateWords25 end an estate's name.
var estateWords25 = []string{"名苑", "花园", "家园", "嘉园", "佳园", "华庭", "雅苑", "公馆", "名城", "新城", "小区", "苑", "府", "庭", "园", "居", "湾"}

// dotEstates25 finds an estate named by a developer's word, a middle dot
// and a name in an estate word (甲乙·丙丁名苑): two or three Han
// characters of words before the dot (a preposition glued before them
// left out, a verb before them no part) and two to five after it that end
// in an estate word at a word's end, with no particle inside. A person
// found over the dot (…·艾海提与居民) is a person.
func dotEstates25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for d := 2; d+3 < n; d++ {
		if tt.runes[d] != '·' {
			continue
		}
		e := d + 1
		for e < n && isHan(tt.runes[e]) && e-d <= 7 {
			e++
		}
		end := -1
		for ln := min(5, e-d-1); ln >= 2; ln-- {
			if hasAnySuffix14(tt.sub(d+1, d+1+ln), estateWords25) {
				end = d + 1 + ln
				break
			}
		}
		if end < 0 {
			continue
		}
		for i := d + 1; i < end; i++ {
			if functionRuneBits.has(tt.runes[i]) {
				end = -1 // …·艾海提与居民: a particle inside, no estate's name
				break
			}
		}
		if end < 0 || end < n && isHan(tt.runes[end]) && !tt.tokStart(end) || personAt25(fs, tt.off[d]) {
			continue
		}
		// the developer's word: the tokens before the dot back to a verb,
		// a preposition or a particle, at most three characters; a word
		// gojieba made up with a preposition in front (为华宇/x) loses it
		s := d
		for s > 0 && d-s < 3 {
			t := tt.tokenBefore(s)
			if t == nil || t.end != s || !isHan(tt.runes[t.start]) {
				break
			}
			if t.pos == "x" && t.n() >= 3 && functionRuneBits.has(tt.runes[t.start]) {
				s = t.start + 1
				break
			}
			if strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "u") || t.pos == "p" || t.pos == "c" || t.pos == "d" || d-t.start > 3 {
				break
			}
			s = t.start
		}
		if d-s < 2 || !plainStem19(tt, s, d) || crossesFirm25(fs, tt.off[s], tt.off[end]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, end, "dot-estate25"))
	}
	return out
}

// routeEndTowns25 finds a gazetteer town or township with an ordinary
// word for stem (新建镇, 向阳乡) of two to four characters at the end of a
// route's stretch (…至|新建镇|段, …到|向阳乡|段): ordinaryWordTowns needs a
// place beside it, but 至 or 到 before and 段 after make a stretch between
// two places.
func routeEndTowns25(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, kind := range []string{"镇段", "乡段"} {
		for _, k := range occurrences19(tt, kind) {
			e := k + 1
			for s := k - 2; s >= k-4 && s >= 1; s-- {
				if !strings.ContainsRune("至到", tt.runes[s-1]) {
					continue
				}
				name := tt.sub(s, e)
				if lv, ok := l.place(name); !ok || lv < 4 || overlapsFirm25(fs, tt.off[s], tt.off[e]) || !plainStem19(tt, s, k) {
					continue
				}
				out = append(out, found19(tt, LOCATION, s, e, "route-end-town25"))
				break
			}
		}
	}
	return out
}

// dengVillages25 finds a village in 村 or 寨 right after its township
// whose stem of two or three characters opens with 等 (弄岛镇|等嘎村, a Dai
// name): the characters after 等 begin no word of gojieba's and are no
// numeral, determiner or function character, so 等 lists nothing
// (…镇等|贫困村, …镇等|3个村, …镇等各村), and 村 begins no word (村民, 村级).
func dengVillages25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "等") {
		if k < 2 || k+2 >= n || !strings.ContainsRune("镇乡", tt.runes[k-1]) || !placeEnds19(tt, fs, k) {
			continue
		}
		for _, ln := range []int{1, 2} {
			e := k + 1 + ln
			if e >= n || !strings.ContainsRune("村寨", tt.runes[e]) {
				continue
			}
			ok := true
			for i := k + 1; i < e; i++ {
				r := tt.runes[i]
				if !isHan(r) || functionRuneBits.has(r) || numeralRune25(r) || determiners25.has(r) {
					ok = false
				}
			}
			if t := tt.tokenAt(k + 1); ok && t.start == k+1 && t.n() >= 2 && t.end <= e+1 && t.dictWord() && t.pos != "o" {
				ok = false // a word after 等 (等|重点村): a list's closer
			}
			if e+1 < n && strings.ContainsRune("民级委庄落干镇里", tt.runes[e+1]) {
				ok = false // 村民, 村级: a word of 村
			}
			if !ok || overlapsFirm25(fs, tt.off[k], tt.off[e+1]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, k, e+1, "deng-village25"))
			break
		}
	}
	return out
}

// determiners25 pick villages out without naming one (…镇等各村, 每村).
var determiners25 = runeBitsOf("各每全本该诸余他其邻此")

// numeralRune25 reports whether r is a Chinese or Arabic numeral.
func numeralRune25(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百千万两几多", r)
}

// gluedSchoolRoles25 are a school's kind glued by gojieba to the role
// after it (小学教师/n).
var gluedSchoolRoles25 = []string{"小学教师", "中学教师", "小学校长", "中学校长"}

// schoolNot25 qualify a school without naming it (中心小学, 九年制中学).
var schoolNot25 = wordSet(`全体 各级 所有 广大 全市 全区 中心 实验 寄宿 寄宿制 民族 完全 九年制 一贯制 公办 民办 乡村 农村 村级 镇级 附属 示范 重点 特殊 职业 初级 高级 全镇 全乡 各 全县 县城 城区 镇区 集镇 所在 当地 本地 辖区`)

// gluedSchools25 finds a school of a two-character stem right after its
// township or village found, whose kind gojieba glued to the role after
// it (寿乐镇|引|胜|小学教师): the stem is no word that qualifies a school.
func gluedSchools25(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, w := range gluedSchoolRoles25 {
		for _, k := range occurrences19(tt, w) {
			s := k - 2
			if s < 1 || !tt.tokStart(k) || !tt.tokStart(s) || !placeEnds19(tt, fs, s) || !villageEnd19(tt, s) {
				continue
			}
			stem := tt.sub(s, k)
			if schoolNot25[stem] || numeralRune25(tt.runes[s]) || determiners25.has(tt.runes[s]) || tt.runes[s] == '第' || !plainStem19(tt, s, k) || overlapsFirm25(fs, tt.off[s], tt.off[k+2]) {
				continue
			}
			out = append(out, found19(tt, ORG, s, k+2, "glued-school25"))
		}
	}
	return out
}

// siblingKinds25 are the kinds whose list items are read beside one
// found of the same kind (甘棠湖、南湖; …菜市场、工农菜市场).
var siblingKinds25 = []string{"菜市场", "农贸市场", "湖"}

// streetKinds25 end a street or an open ground listed right after a place
// or area found (…南门片区、文明街; …历史文化街区、X坪).
var streetKinds25 = []string{"街", "路", "巷", "坪"}

// sameKindSiblings25 finds the item after a list comma of a two-character
// stem (or a one-character one that gojieba reads with the kind as a place
// word, 南湖/ns) and a kind of siblingKinds25 when the item before the
// comma was found and ends in the same kind, or of a stem and a street's
// kind when a place or area found (no person) ends at the comma; the item
// ends at a token's end, and its stem qualifies no quarter or school
// (quarterNot25, schoolNot25).
func sameKindSiblings25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextAt(rcDun, 1); i+3 < n; i = tt.nextAt(rcDun, i+1) { // (speed17a: the list commas by position, speed7b.go)
		b := tt.off[i]
		var prev *Finding
		for k := range fs {
			if f := &fs[k]; f.End == b && (f.Type == LOCATION || f.Type == ORG || f.Type == PERSON) && !f.generic {
				prev = f
				break
			}
		}
		if prev == nil {
			prev = quarterBefore25(tt, fs, i)
		}
		if prev == nil {
			continue
		}
		s := i + 1
		try := func(kinds []string, same bool) bool {
			for _, kind := range kinds {
				kn := runeLen(kind)
				for _, sl := range []int{2, 1} {
					e := s + sl + kn
					if e > n || tt.sub(s+sl, e) != kind || !tt.tokStart(s) || !tt.tokStart(e) {
						continue
					}
					if same && !strings.HasSuffix(prev.Text, kind) {
						continue // streetKinds25 are tried only after no person
					}
					t := tt.tokenAt(s)
					if sl == 1 && (t.end != e || t.pos != "ns") {
						continue // a one-character stem only in a place word of gojieba's (南湖/ns)
					}
					if sl == 2 && t.end > s+2 {
						continue // the stem runs into the kind as one word (菜市|场)
					}
					stem := tt.sub(s, s+sl)
					if sl == 2 && !plainStem19(tt, s, s+2) || quarterNot25[stem] || schoolNot25[stem] || overlapsFirm25(fs, tt.off[s], tt.off[e]) {
						continue
					}
					out = append(out, found19(tt, LOCATION, s, e, "same-kind-sibling25"))
					return true
				}
			}
			return false
		}
		if !try(siblingKinds25, true) && prev.Type != PERSON {
			try(streetKinds25, false)
		}
	}
	return out
}

// overlapsFirm25 is overlapsAny for the findings of fs that are no
// generic reading (国华/nz, 新建/ns as a word) and no rival person
// reading that starts before b0 and runs into the span (寿|乐镇引).
func overlapsFirm25(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		f := &fs[i]
		if f.generic || f.Type == PERSON && f.Start < b0 {
			continue
		}
		if b0 < f.End && f.Start < b1 {
			return true
		}
	}
	return false
}

// before25 reports whether a name may begin at rune s: before20's stops,
// places and verbs, or a function character that ends the token before
// (三是|平而关口岸).
func before25(tt *tokText, fs []Finding, s int) bool {
	return before20(tt, fs, s) || s > 0 && tt.tokStart(s) && functionRuneBits.has(tt.runes[s-1])
}

// stopInside25 reports whether runes [s, e) hold a character of
// stemStop19 (三是: an enumeration's marker).
func stopInside25(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		if stemStop19.has(r) {
			return true
		}
	}
	return false
}

// plainHan25 reports whether runes [s, e) are Han characters and no mask.
func plainHan25(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || isMaskRune(r) {
			return false
		}
	}
	return s < e
}

// crossesFirm25 is overlapsFirm25 for the findings that cross the span's
// edges: one wholly inside it (嘉禾 of 嘉禾·…名苑, a county's short form)
// is part of the longer name.
func crossesFirm25(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		f := &fs[i]
		if f.generic || f.Type == PERSON && f.Start < b0 || f.Start >= b0 && f.End <= b1 {
			continue
		}
		if b0 < f.End && f.Start < b1 {
			return true
		}
	}
	return false
}

// quarterBefore25 returns the stem found of a quarter whose kind ends at
// rune i (〔窑湾〕历史文化街区|、): the item after the comma is listed
// beside a named place.
func quarterBefore25(tt *tokText, fs []Finding, i int) *Finding {
	if i < 1 || !quarterKinds25Last.has(tt.runes[i-1]) {
		return nil // no kind ends right before the comma (speed17a)
	}
	for _, kind := range quarterKinds25 {
		k := i - runeLen(kind)
		if k < 1 || tt.sub(k, i) != kind {
			continue
		}
		for j := range fs {
			if f := &fs[j]; f.End == tt.off[k] && f.Type == LOCATION && !f.generic {
				return f
			}
		}
	}
	return nil
}

// dotNamesAfterPerson25 finds a transliterated name with a middle dot
// right after a person noun or a word for a person in 员 (护边员|甲乙·丙),
// whose parts the dot-name rule turned down for a part of one character
// that is no transliteration character: one to four Han characters before
// the dot, one to three after it up to a token's end that a verb, an
// adverb, a pronoun (每天), a preposition, a conjunction, a locative, a
// function character or a punctuation mark follows.
func dotNamesAfterPerson25(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for d := 1; d+1 < n; d++ {
		if !isNameDot(tt.runes[d]) || !tt.tokStart(d) {
			continue
		}
		s := d
		for s > 0 && d-s < 4 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) {
			p := tt.tokenBefore(s)
			if p == nil || p.end != s {
				break
			}
			if personNounBefore25(p) {
				break
			}
			s = p.start
		}
		p := tt.tokenBefore(s)
		if s == d || p == nil || !personNounBefore25(p) {
			continue
		}
		e := d + 1
		for e < n && e-d <= 3 && isHan(tt.runes[e]) && !functionRuneBits.has(tt.runes[e]) {
			t := tt.tokenAt(e)
			if t.start != e || t.end-d-1 > 3 {
				break
			}
			if dotNameStopTags25[t.pos] {
				break // a verb, an adverb, a particle … ends the part
			}
			e = t.end
		}
		if e == d+1 || e < n && isHan(tt.runes[e]) && !tt.tokStart(e) {
			continue
		}
		if e < n && isHan(tt.runes[e]) {
			if t := tt.tokenAt(e); !(t.pos == "v" || t.pos == "d" || t.pos == "p" || t.pos == "c" || t.pos == "f" || t.pos == "r" || functionRuneBits.has(tt.runes[e])) {
				continue
			}
		}
		if overlapsFirm25(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name-after-person25", Score: contextScore})
	}
	return out
}

// personNounBefore25 reports whether token p is a role or person noun
// (personWordBefore) or a word of two characters or more in 员 (护边员):
// the words dotNamesAfterPerson25 reads a name after.
func personNounBefore25(p *tok) bool {
	return personWordBefore(p) || p.n() >= 2 && strings.HasSuffix(p.word, "员")
}

// dotNameStopTags25 are the tags of a token that ends the part after the
// dot in dotNamesAfterPerson25 (木然·腊|每天).
var dotNameStopTags25 = wordSet(`v vn d p c uj ul f r m q`)

// unreadCorridors25 finds a corridor or covered walkway named by a word
// gojieba cannot read of three or four characters in 廊 (X云廊/x) where a
// name may begin: the words it knows (长廊, 画廊, 风雨廊) stay readable.
func unreadCorridors25(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.pos != "x" || t.n() < 3 || t.n() > 4 || tt.runes[t.end-1] != '廊' {
			continue
		}
		if !plainStem19(tt, t.start, t.end) || !before25(tt, fs, t.start) || overlapsFirm25(fs, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, t.start, t.end, "unread-corridor25"))
	}
	return out
}

// personAt25 reports whether a person of fs covers byte b.
func personAt25(fs []Finding, b int) bool {
	for i := range fs {
		if f := &fs[i]; f.Type == PERSON && f.Start <= b && b < f.End {
			return true
		}
	}
	return false
}
