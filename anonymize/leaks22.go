package anonymize

import "strings"

// This file holds round leaks22: classes behind the misses still left on
// the development sets after leaks21, each recognised by its form:
//   - a person's name written with its characters spaced apart (主播甲 乙
//     丙说, 记者  甲  乙), as by-lines, captions and interviews print it,
//     however the words around it are glued to its ends;
//   - a numbered facility (2号泵站, 1号蓄水池, 3号节制闸): a numeral, 号
//     and a kind of works, which names one particular pumping station,
//     pool, sluice or store;
//   - a person read after a calling that is one word whose second
//     character starts no given name (户主|银行卡) is no person; a name of a surname and one
//     character whose character makes a word with the next (甲力|争) is
//     masked with it, lest a character of the name stay readable;
//   - a village or community right after the township the rules found
//     (…镇|X村, …街道|X社区), and a villagers' group right after its
//     village (…村|X组), whatever the stem: an ordinary word (新建, 太山)
//     or one gojieba glued to the parent; and the next unit of a list.
// A name found so is masked wherever it stands in the text.

// leaks22 adds the findings of this round to the findings fs of one text.
func leaks22(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = leaks23(tt, fs) // leaks23.go: the next round, run first
	fs = mendPersons22(tt, fs)
	var out []Finding
	if tt.spaceMay() { // hasSpace(tt.text) (speed15.go)
		out = append(out, spacedNames22(tt, fs)...)
	}
	if tt.mayHold('号') {
		out = append(out, numberedFacilities22(tt, fs)...)
	}
	for _, u := range unitKinds22 {
		if tt.mayContain(u.kind) {
			out = append(out, unitsAfterParent22(tt, append(fs[:len(fs):len(fs)], out...), u)...)
		}
	}
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// spacedLink22 returns the position of the Han character that follows the
// one at i across one or two spaces, or -1.
func spacedLink22(tt *tokText, i int) int {
	n := len(tt.runes)
	j := i + 1
	for j < n && j-i <= 2 && spaceRune(tt.runes[j]) {
		j++
	}
	if j == i+1 || j >= n || j-i > 3 || !isHan(tt.runes[j]) {
		return -1
	}
	return j
}

// byLineNouns22 may stand right before a two-character spaced name (记者
// 甲  乙): the by-line's roles and the callings a report names a person by.
var byLineNouns22 = wordSet(`记者 通讯员 编辑 责任编辑 摄影 撰稿 作者 供稿 主播 店主 大学生 村民 农民 校长 院长 站长 所长 书记 主任 队长 组长 社长 理事长 馆长 经理 厂长 老板 老师 教授 医生 律师 专家 代表 委员`)

// spacedNames22 finds a name of two or three characters printed apart
// (甲 乙 丙), each followed by one or two spaces: a chain of single
// characters linked so. A chain's end may be glued to a word beside it:
// an end character that is the last or first of a longer dictionary word
// (glued22) is that word's (记者|  甲  乙  |通讯员) and falls off. What remains must
// be three characters, or two after a role or calling, the first a
// surname and the others no grammatical characters; a longer chain is a
// spaced heading (工 作 总 结), no name.
func spacedNames22(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 0; i+2 < n; i++ {
		if !spaceRune(tt.runes[i+1]) || !isHan(tt.runes[i]) {
			continue
		}
		// i must start its chain: no Han character links to it from before
		if p := i - 1; p >= 0 && spaceRune(tt.runes[p]) {
			q := p
			for q > 0 && i-q < 3 && spaceRune(tt.runes[q]) {
				q--
			}
			if q >= 0 && isHan(tt.runes[q]) && !spaceRune(tt.runes[q]) && spacedLink22(tt, q) == i {
				continue
			}
		}
		m := []int{i}
		for j := spacedLink22(tt, i); j >= 0 && len(m) < 7; j = spacedLink22(tt, j) {
			m = append(m, j)
		}
		if len(m) < 2 || len(m) > 5 {
			continue
		}
		lo, hi := 0, len(m)
		if first := m[0]; first > 0 && isHan(tt.runes[first-1]) && glued22(tt, first) {
			lo = 1 // the chain opens with the last character of a word (记者)
		}
		levelCut := levelHead15(tt, m[len(m)-1]) // 甲 乙 县|教育局: the level opens the body (b15.go)
		if last := m[len(m)-1]; last+1 < n && isHan(tt.runes[last+1]) && glued22(tt, last) || creditRune33(tt, last) || levelCut {
			hi-- // the chain ends with the first character of a word (通讯员) or a credit (甲 乙 摄: credit33.go)
		}
		c := m[lo:hi]
		if len(c) < 2 || len(c) > 3 || !l.isSurname(tt.runes[c[0]]) {
			continue
		}
		if len(c) == 2 && !byLine22(tt, c[0], byLineNouns22) && !(levelCut && lineStart15(tt, c[0])) {
			continue
		}
		ok := true
		score := 0.0
		var compact strings.Builder
		for k, p := range c {
			r := tt.runes[p]
			compact.WriteRune(r)
			if k == 0 {
				continue
			}
			if functionRunes[r] || givenStop[r] || hardStop[r] {
				ok = false
				break
			}
			score += clamp(l.given[r], -4, 3)
		}
		if !ok || score < -4 || l.common[compact.String()] {
			continue
		}
		s, e := c[0], c[len(c)-1]+1
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,leaks22", Score: contextScore + 1})
		i = e - 1
	}
	return out
}

// glued22 reports whether the character at i belongs to a longer word
// of gojieba's dictionary (记者, 通讯员); a stretch it made up (播甲/x)
// glues nothing.
func glued22(tt *tokText, i int) bool {
	t := tt.toks[tt.tokOf[i]]
	return t.n() > 1 && t.dictWord()
}

// byLine22 reports whether a word of nouns, or a role, ends right before
// rune s, with or without spaces between (记者  甲, 店主甲).
func byLine22(tt *tokText, s int, nouns map[string]bool) bool {
	p := s - 1
	for p >= 0 && s-p <= 3 && spaceRune(tt.runes[p]) {
		p--
	}
	if p < 0 || !isHan(tt.runes[p]) {
		return false
	}
	t := &tt.toks[tt.tokOf[p]]
	if t.end != p+1 {
		return false
	}
	if nouns[t.word] || personNouns[t.word] || tt.roleTok(t) {
		return true
	}
	// a role glued to the word before it, which gojieba cut otherwise
	return hasAnySuffix14(tt.text[:tt.off[p+1]], byLineGlued22)
}

// byLineGlued22 are the roles byLine22 reads as the text's end before a
// name, however gojieba cut them (主播甲).
var byLineGlued22 = []string{"记者", "主播", "店主", "大学生"}

// numeralRunes22 write the number of a numbered facility.
var numeralRunes22 = runeBitsOf("0123456789０１２３４５６７８９一二三四五六七八九十")

// facilityEnds22 end the kind of works after a facility's number (2号泵站,
// 1号蓄水池, 3号节制闸, 2号冷库): a station, pool, sluice, store, weir,
// dam, bridge, well or channel.
var facilityEnds22 = runeBitsOf("站池闸库堰坝桥仓柜井渠")

// facilityWords22 are works whose last character is no end of facilityEnds22.
var facilityWords22 = []string{"步道", "栈道", "隧道", "泵房", "山塘"}

// numberedFacilities22 finds a numbered facility: one to three numeral
// characters, 号, and up to seven characters of a kind of works ending
// in a character of facilityEnds22 or a word of facilityWords22 (2号泵站,
// 2号饲草储备库, 2号观光步道), where the rules found nothing, after a
// stop or a word that is no noun (建成, 新建). After a place the rules found, the place and the number
// are masked together and the kind stays readable (…村2号|提灌站).
func numberedFacilities22(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "号") {
		s := k
		for s > 0 && k-s < 3 && numeralRunes22.has(tt.runes[s-1]) {
			s--
		}
		if s == k || s > 0 && numeralRunes22.has(tt.runes[s-1]) {
			continue
		}
		e := -1
		for j := k + 1; j < n && j-k <= 7; j++ {
			r := tt.runes[j]
			if !isHan(r) || functionRunes[r] || r == '号' {
				break
			}
			if facilityEnds22.has(r) {
				e = j + 1
				break
			}
			if j > k+1 && hasAnySuffix14(tt.sub(k+1, j+1), facilityWords22) {
				e = j + 1
				break
			}
		}
		if e < 0 || s > 0 && tt.runes[s-1] == '、' || tt.toks[tt.tokOf[e-1]].end > e {
			continue // a list of numbers (1号、2号机井), or the kind cut inside a word (机电井|组)
		}
		if overlapsNamed22(fs, tt.off[s], tt.off[e]) {
			continue
		}
		if p := placeEndingAt22(fs, tt.off[s]); p != nil {
			// the place and the number name the facility; its kind stays
			// readable (…村2号|灌溉泵站)
			out = append(out, Finding{Type: LOCATION, Text: tt.text[p.Start:tt.off[k+1]], Start: p.Start, End: tt.off[k+1], Evidence: "numbered-facility22,place-before", Score: 4})
			continue
		}
		if s > 0 && !stop19.has(tt.runes[s-1]) {
			if t := tt.toks[tt.tokOf[s-1]]; t.end != s || t.pos == "n" || t.pos == "nz" || t.pos == "s" || t.pos == "f" || !t.dictWord() {
				continue // a common noun before it (园区|2号…): the area of its works
			}
		}
		out = append(out, found19(tt, LOCATION, s, e, "numbered-facility22"))
	}
	return out
}

// unitKind22 is a kind of unit found right after its parent: a village
// or community in a township, a group of villagers in a village.
type unitKind22 struct {
	kind    string
	parents []string        // the endings of a parent's name (镇, 乡, 街道)
	tails   *runeBits       // characters after kind that open a word of its own (村|级)
	not     map[string]bool // stems that make no unit's name here
}

// unitStemNot22 are stems that make no village's or community's name
// after a township: a share, a class or a programme of its units
// (…镇所有村, …乡贫困村, …街道安置社区).
var unitStemNot22 = wordSet(`相邻 毗邻 邻近 附近 周围 结对帮扶 所有 全部 各个 每个 部分 多数 少数 其他 其余 相关 下辖 所辖 辖区 行政 自然 贫困 脱贫 重点 示范 中心 试点 帮扶 结对 联系 包联 薄弱 涣散 美丽 传统 特色 专业 旅游 移民 搬迁 安置 城中 空心 新农 边远 偏远 沿线 周边 建档立卡 非贫困 省级 市级 县级 先进 文明 卫生 生态 森林 民族 少数民族 老旧 新型 城市 农村 集中 易地 和谐 智慧 绿色 无毒 平安 完整`)

// groupStemNot22 are stems that make no villagers' group's name after a
// village: a working group or team sent there (驻…村工作组).
var groupStemNot22 = wordSet(`工作 调查 督查 督导 专案 巡查 领导 帮扶 驻村 联络 评估 检查 考核 指导 宣讲 服务 互助 合作 生产 青年 妇女 老年 党小 村民 专班 工作队 攻坚 包保 网格 宣传 护林 巡逻 调解 应急 防汛 救援`)

// unitKinds22 are the kinds of unit read after their parent.
var unitKinds22 = []unitKind22{
	{"村", []string{"镇", "乡", "街道", "苏木"}, ptrBits(runeBitsOf("级民委庄落容务情规干部道内里外头口旁边史志医貌集组长")), unitStemNot22},
	{"社区", []string{"镇", "乡", "街道"}, ptrBits(runeBitsOf("级民委居干")), unitStemNot22},
	{"组", []string{"村", "社区", "嘎查"}, ptrBits(runeBitsOf("织长员建成合团级民委")), groupStemNot22},
}

// adverbOpen22 open a clause's adverb, no unit's name, right after a
// parent (…镇都有村, …乡均已村): a one-character adverb elsewhere in a
// stem is a village's character gojieba tagged so (太|山村).
var adverbOpen22 = runeBitsOf("都均皆已曾仅只亦再共另尚正")

// unitsAfterParent22 finds a unit of two to four characters before its
// kind (unitKinds22) that follows a parent the rules found: 东坪镇|太山村,
// 城关街道|和平社区, 白岩村|王家湾组; and an item of a list of such units
// beside one (…|王家湾组、石板沟组). The stem must hold no grammatical
// character, pronoun, numeral, measure or adverb word (a single character
// tagged an adverb may be a name's: 太|山村), and must be no share or
// class of units; the kind must not open a word of its own (…镇新建|村级).
func unitsAfterParent22(tt *tokText, fs []Finding, u unitKind22) []Finding {
	ends := map[int]bool{}
	for i := range fs {
		f := &fs[i]
		if f.Type == LOCATION && !f.generic && hasAnySuffix14(f.Text, u.parents) {
			ends[f.End] = true
		}
	}
	if len(ends) == 0 {
		return nil
	}
	n := len(tt.runes)
	kl := runeLen(u.kind)
	var out []Finding
	stemOK := func(s, k int) bool {
		stem := tt.sub(s, k)
		if u.not[stem] || stemNot20[stem] || toponymStemStop.has(tt.runes[s]) || adverbOpen22.has(tt.runes[s]) {
			return false
		}
		for i, r := range tt.runes[s:k] {
			if !isHan(r) || functionRunes[r] && tt.toks[tt.tokOf[s+i]].n() == 1 || r == '村' || r == '镇' || r == '乡' || r == '农' && u.kind == "村" {
				return false // (a grammatical character inside a word is the word's: 和平)
			}
		}
		for i := s; i < k; {
			t := tt.toks[tt.tokOf[i]]
			if t.start >= s && t.end <= k {
				switch {
				case (strings.HasPrefix(t.pos, "d") || strings.HasPrefix(t.pos, "a")) && t.n() > 1, t.pos == "p", t.pos == "r", t.pos == "m", t.pos == "q", t.pos == "c", t.pos == "u":
					return false
				case t.pos == "v" && t.n() > 1:
					return false // a verb: a clause (…镇建成|农村, …街道建成|社区食堂)
				}
			}
			i = t.end
		}
		return true
	}
	for _, k := range occurrences19(tt, u.kind) {
		if k+kl < n && u.tails.has(tt.runes[k+kl]) {
			continue
		}
		for ln := 2; ln <= 4; ln++ {
			s := k - ln
			if s < 0 {
				break
			}
			if !ends[tt.off[s]] {
				continue
			}
			if stemOK(s, k) && !overlapsNamed22(fs, tt.off[s], tt.off[k+kl]) {
				out = append(out, found19(tt, LOCATION, s, k+kl, "unit-after-parent22"))
				ends[tt.off[k+kl]] = true // (…村|王家湾组、…)
			}
			break
		}
	}
	// the next item of a list: …组、X组 after a unit found here or a
	// place the rules found before the kind (王家岭|组、X组)
	var anchors []int
	for i := range fs {
		if f := &fs[i]; f.Type == LOCATION && !f.generic {
			if e := tt.runeAt(f.End); e >= 0 && e+kl < n && tt.sub(e, e+kl) == u.kind {
				anchors = append(anchors, e+kl)
			}
		}
	}
	for i := 0; i < len(anchors) || i-len(anchors) < len(out); i++ {
		var e int
		if i < len(anchors) {
			e = anchors[i]
		} else {
			e = tt.runeAt(out[i-len(anchors)].End)
		}
		if e < 0 || e+1+2+kl > n || tt.runes[e] != '、' {
			continue
		}
		s := e + 1
		for ln := 2; ln <= 4 && s+ln+kl <= n; ln++ {
			k := s + ln
			if tt.sub(k, k+kl) != u.kind {
				continue
			}
			if (k+kl >= n || !u.tails.has(tt.runes[k+kl])) && stemOK(s, k) && !overlapsNamed22(fs, tt.off[s], tt.off[k+kl]) && !overlapsAny(out, tt.off[s], tt.off[k+kl]) {
				out = append(out, found19(tt, LOCATION, s, k+kl, "unit-listed22"))
			}
			break
		}
	}
	return out
}

// overlapsNamed22 reports whether a finding of fs that is no generic body
// (a kind read without a name, which a name found gives way to) overlaps
// bytes b0..b1.
func overlapsNamed22(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		if f := &fs[i]; !f.generic && f.Start < b1 && b0 < f.End {
			return true
		}
	}
	return false
}

// mendPersons22 mends two flaws of the person findings of fs: a reading
// of three characters after a calling (evidence name-after) that is one
// token of gojieba whose second character all but never starts a given
// name, before a colon as a form's field stands (户主|银行卡：), is dropped; a name of a surname and one character
// whose character makes a frequent word with the next one, a character
// not unlikely in given names (甲力|争), takes that character in: a name
// is masked whole, and the worst a two-character name so read loses is one
// character of the word after.
func mendPersons22(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON {
			kept = append(kept, f)
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e < 0 {
			kept = append(kept, f)
			continue
		}
		if strings.Contains(f.Evidence, "name-after") && e-s == 3 {
			if t := tt.toks[tt.tokOf[s]]; t.start == s && t.end == e && l.first[tt.runes[s+1]] < -4 && e < n && (tt.runes[e] == '：' || tt.runes[e] == ':') {
				continue // a form's field: one word whose second character starts no given name (户主|银行卡：)
			}
		}
		if e-s == 2 && e+1 < n && l.isSurname(tt.runes[s]) && isHan(tt.runes[e]) {
			r := tt.runes[e]
			if !functionRunes[r] && !hardStop[r] && !givenStop[r] && l.given[r] > -2 && l.common[tt.sub(e-1, e+1)] {
				f.End = tt.off[e+1]
				f.Text = tt.sub(s, e+1)
				f.Evidence += ",word-after22"
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// placeEndingAt22 returns the place or body of fs, no generic one, that
// ends at byte b, or nil.
func placeEndingAt22(fs []Finding, b int) *Finding {
	for i := range fs {
		if f := &fs[i]; f.End == b && !f.generic && (f.Type == LOCATION || f.Type == ORG) {
			return f
		}
	}
	return nil
}
