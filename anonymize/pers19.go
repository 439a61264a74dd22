package anonymize

import "strings"

// pers19.go: persons whose frame, not their surname, is the evidence.
//
//   - framedNames19: a role or descriptor of a person (退休民警, 老艺人,
//     群测群防员, 返乡大学生, 原党委副书记, 傈僳族姑娘) + two or three
//     characters + a verb of work, meetings or life (坐镇, 办起, 坚守,
//     返乡, 主持, 带队, 因): the span is masked whatever its first character
//     (class: rare or table-less surnames, 拓, 波, 密, 腊, and given names
//     that repeat a character or read as words, 甘露露, 何其德), unless it
//     is a dictionary word or a role itself (县长带队, 村医每天, 护林员巡山).

// roleTails19 are roles and descriptors of a person that stand right before
// the person's name in reports (民警甲乙丙坐镇). Tokens of two or more
// characters ending in 员 or 人 (群测群防员, 传承人) count too (roleTok19).
var roleTails19 = wordSet(`艺人 老艺人 民警 辅警 法官 检察官 律师 教师 老师 医生 村医 乡医 护士 大学生 研究生 毕业生
	青年 姑娘 小伙 小伙子 妇女 老人 老汉 大妈 大爷 大姐 大哥 农民 村民 居民 牧民 渔民 茶农 果农 菜农 蔗农 药农 花农 菇农 蜂农 烟农 农民工
	种植户 养殖户 大户 种粮大户 脱贫户 农户 军人 退役军人 老兵 党员 老党员 干部 老干部 书记 副书记 支书 老支书 主任 副主任
	镇长 副镇长 乡长 副乡长 县长 副县长 区长 副区长 市长 副市长 局长 副局长 站长 所长 校长 院长 队长 组长 社长 会长 理事长
	传承人 带头人 负责人 创始人 董事长 总经理 经理 厂长 老板 店主 场长 专家 能人 能手 技师 工程师 厨师 师傅 工匠 匠人 企业家 主播 博主 创客 网红
	常委 委员 代表 主席 副主席 秘书长 部长 副部长 政委 所长 庭长 科长 股长 村官 教授 研究员 馆长 主编 记者`)

// roleNot19 end in 员, 人 or 师 but name no person's role (人员 is a count, 动员
// a verb); the roles in 师 of roleTails19 are read there.
var roleNot19 = wordSet(`老师 教师 律师 厨师 师傅 人员 成员 全员 动员 官员 会员 职员 个人 人人 他人 本人 家人 别人 工人 老人家 众人 私人 友人 外人 客人 某人 穷人 年轻人`)

// framedVerbs19 begin the predicate of a person named in a report: meetings,
// leading, work, enterprise, coming home, honours, and the cause of a
// penalty (因).
var framedVerbs19 = []string{"主持", "出席", "讲话", "指出", "强调", "带队", "调研", "表示", "介绍", "说，", "说：", "坦言", "认为",
	"坐镇", "坚守", "返乡", "回乡", "回到", "回村", "创办", "办起", "开办", "开设", "带领", "带动", "牵头",
	"发起", "成立", "承包", "流转", "投资", "种植", "养殖", "经营", "义务", "扎根", "放弃", "辞去", "自筹", "自费",
	"获评", "荣获", "获得", "当选", "先后", "多年", "每天", "坚持", "主动", "因", "涉嫌", "违规", "利用", "巡山", "守护"}

// framedVerbFirst19 are the first characters of framedVerbs19.
var framedVerbFirst19 = func() runeBits {
	var b runeBits
	for _, w := range framedVerbs19 {
		b.set(firstRuneOf(w))
	}
	return b
}()

// nameStops19 never stand in a framed name: particles, prepositions and
// adverbs that begin the predicate. 那 and 其 are names' characters too
// (那振国, 何其德) and are left out; 其 may not begin one (其中).
var nameStops19 = runeBitsOf("的了是在和与及或而并也就又还被把将对从以于为之这个些么着过们吗呢吧啊说等我你他她它咱到来去地都均亦")

// firstStops19 may not begin a framed name either: adverbs and modals that
// begin a predicate (书记要带队, 县长正主持) but stand in given names (波应香).
var firstStops19 = runeBitsOf("已系称讲均都正曾现亦需应要会能可各每其")

// roleBefore19 reports whether a role of roleTails19 or a role token in 员/人
// ends right before rune j.
func roleBefore19(tt *tokText, j int) bool {
	if j < 1 || j > len(tt.runes) || !roleLast19.has(tt.runes[j-1]) { // speed27.go: no role ends in this character
		return false
	}
	for k := 2; k <= 5 && k <= j; k++ {
		if roleTails19[tt.sub(j-k, j)] {
			return true
		}
	}
	t := tt.tokenBefore(j)
	if t == nil || t.end != j || t.n() < 2 {
		return false
	}
	// (a word in 人 of two characters is mostly no role, 有人, 家人: those
	// that are stand in roleTails19)
	if r := tt.runes[j-1]; (r == '员' || r == '人' && t.n() >= 3 || r == '师') && !roleNot19[t.word] && t.dictWord() {
		return true
	}
	// a craft master gojieba does not know (歌师, 绣师): two characters in 师
	if tt.runes[j-1] == '师' && t.n() == 2 && t.start == j-2 && !roleNot19[t.word] && isHan(tt.runes[j-2]) {
		return true
	}
	return false
}

// glueRole19 reports whether a role in 员 ends right before rune j though
// gojieba did not read it as a word (群测群防|员康|二柱, 群测群防|员|禚): two Han characters
// before the 员, not a count (两名人员) nor a word of roleNot19.
func glueRole19(tt *tokText, j int) bool {
	if j < 3 || tt.runes[j-1] != '员' || roleNot19[tt.sub(j-2, j)] {
		return false
	}
	return isHan(tt.runes[j-2]) && isHan(tt.runes[j-3]) && !numeralRune(tt.runes[j-2])
}

// workVerbAt19 reports whether a verb of framedVerbs19 begins at rune c.
func workVerbAt19(tt *tokText, c int) bool {
	if c >= len(tt.runes) || !framedVerbFirst19.has(tt.runes[c]) {
		return false
	}
	for _, w := range framedVerbs19 {
		if hasPrefixAt15b(tt, c, w) {
			return true
		}
	}
	return false
}

// framedSpan19 reports whether runes [j, e) may be a name in a role's frame:
// Han characters, no stop, not a frequent or dictionary word, not a role,
// and no word of gojieba's running over its end into the verb.
func framedSpan19(tt *tokText, j, e int) bool {
	l := getLexicon()
	for k := j; k < e; k++ {
		r := tt.runes[k]
		if !isHan(r) || nameStops19.has(r) || k > j && r == '那' || k == j && firstStops19.has(r) {
			return false
		}
	}
	w := tt.sub(j, e)
	if l.common[w] || roleTails19[w] || roleNot19[w] || strings.ContainsRune("员者长记", tt.runes[e-1]) {
		return false
	}
	// a dictionary word exactly over the span (巡山, 村官) is no name, nor
	// a span that opens with a verb (记者|采访|时|表示)
	if tt.tokStart(j) {
		// (a surname of the table and a doubled given character, 甘|露露,
		// reads as a name though gojieba made a verb of 甘露)
		doubled := e-j == 3 && tt.runes[j+1] == tt.runes[j+2] && getLexicon().isSurname(tt.runes[j])
		if t := tt.tokenAt(j); t != nil && (t.end == e && t.dictWord() && !nameTagged15b(t.pos) || t.n() >= 2 && strings.HasPrefix(t.pos, "v") && !doubled) {
			return false
		}
	}
	// the verb must begin a word: a word of gojieba across the span's end
	// (种植户|线上|卖出 is fine, 多年|来 is not the verb 多年) means the
	// reading is another
	// (德因/x: a word gojieba made up over the name's end and a one-character
	// verb is no reading)
	if !tt.tokStart(e) {
		t := tt.tokenAt(e - 1)
		return t != nil && (t.pos == "x" || nameTagged15b(t.pos))
	}
	return true
}

// framedNames19 finds names between a role and a verb of work (class:
// 退休民警拓志宏坐镇, 傣族老艺人波应香办起, 群测群防员康二柱坚守, 青年甘露露返乡,
// 原党委副书记何其德因…受到处分): three characters tried before two.
func framedNames19(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for j := 2; j+2 < n; j++ {
		if !isHan(tt.runes[j]) || !roleBefore19(tt, j) && !glueRole19(tt, j) {
			continue
		}
		for _, k := range []int{3, 2} {
			e := j + k
			if e >= n || !framedSpan19(tt, j, e) {
				continue
			}
			// a possessive after a role's three-character name whose given
			// part reads as a given name (傈僳族姑娘甲乙丙的快手号), not words
			// (书记抓党建的)
			if !workVerbAt19(tt, e) && !(k == 3 && tt.runes[e] == '的' && tt.tokStart(e) && roleBefore19(tt, j) && nameLikeGiven15b(tt, j+1, e)) {
				continue
			}
			s, en := tt.off[j], tt.off[e]
			// the rule only fills a gap: a finding the rules made over
			// part of the span stands (a breed's keep rule may judge it)
			if overlapsSure18w(fs, s, en) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.text[s:en], Start: s, End: en, Evidence: "frame19:" + tt.sub(e, e+1), Score: 3})
			break
		}
	}
	return append(out, clippedNames19(tt, fs)...)
}

// clippedNames19 gives a person found over the two characters after a
// role's first character back the character it left out (歌师|波[银凤],
// 带头人|拓[永福]: class: a surname the table lacks left readable before its
// given name), when that character stands alone and is no stop.
func clippedNames19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != PERSON || weak19(f) {
			continue
		}
		p := tt.runeAt(f.Start)
		if p < 3 || tt.runeAt(f.End)-p != 2 {
			continue
		}
		j := p - 1
		r := tt.runes[j]
		if !isHan(r) || nameStops19.has(r) || firstStops19.has(r) || !tt.tokStart(j) {
			continue
		}
		// the character stands alone, or gojieba made one word of it and the
		// name (波银凤/x)
		if t := tt.tokenAt(j); t.n() != 1 && t.end != p+2 {
			continue
		}
		if !roleBefore19(tt, j) {
			continue
		}
		s := tt.off[j]
		out = append(out, Finding{Type: PERSON, Text: tt.text[s:f.End], Start: s, End: f.End, Evidence: "frame19-clipped", Score: 3})
	}
	return out
}

// pers19 adds the findings of this round to fs.
func pers19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 5 {
		return fs
	}
	if out := framedNames19(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if out := countedLists19(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return personBodies19(tt, fs)
}

// personBodyKinds19 are bodies that take their keeper's name (甲乙丙家庭农场,
// 老甲调解室): the name part is a person.
var personBodyKinds19 = []string{"家庭农场", "家庭牧场", "调解室", "工作室"}

// familiarBodyKinds19 are kinds of a small firm or room named 老 + the
// keeper's surname (老甲米业, 老甲调解室).
var familiarBodyKinds19 = []string{"家庭农场", "家庭牧场", "调解室", "工作室", "米业", "粮油", "面业", "酒坊", "醋坊", "油坊", "豆腐坊", "书屋", "茶馆", "面馆", "饭庄", "农庄"}

// placeKindRunes19 end a village or township a body's finding swallowed
// (古树村|孙大伟家庭农场 read as one firm from 村 on).
var placeKindRunes19 = runeBitsOf("村镇乡屯寨组")

// keeperName19 reports whether runes [s, e) may be a keeper's name before
// a body's kind: two or three Han characters, no stop, a surname of any
// tier first, no frequent word and no dictionary word gojieba reads
// otherwise (生态家庭农场, 肉牛家庭牧场, 蔬菜家庭农场).
func keeperName19(tt *tokText, s, e int) bool {
	l := getLexicon()
	if e-s < 2 || e-s > 3 || !surnameAny15(l, tt.runes[s]) {
		return false
	}
	for k := s; k < e; k++ {
		if r := tt.runes[k]; !isHan(r) || k > s && nameStops19.has(r) && r != '和' {
			return false
		}
	}
	w := tt.sub(s, e)
	if l.common[w] {
		return false
	}
	if tt.tokStart(s) {
		if t := tt.tokenAt(s); t != nil && t.end == e && t.dictWord() && !nameTagged15b(t.pos) {
			return false
		}
	}
	return true
}

// personBodies19 finds keepers' names in the bodies named after them
// (class: person-named bodies, 甲村|乙丙丁家庭农场, 丁村|孟和家庭牧场,
// 老甲米业): the name is masked, the kind stays. A place before the name
// must have ended (a place finding, or a place finding the body's firm
// swallowed from its 村 on, which is given back as the village); 老 + a
// surname of the table before a small firm's kind is masked as a person.
func personBodies19(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	var drop []int
	for _, kind := range personBodyKinds19 {
		for _, p := range occurrences19(tt, kind) {
			for _, k := range []int{3, 2} {
				s := p - k
				if s < 1 || !keeperName19(tt, s, p) {
					continue
				}
				// a body's finding over the name that began at a village's 村
				if fi := findingOver19(fs, tt.off[s-1], tt.off[p]); fi >= 0 && fs[fi].Type == ORG && fs[fi].Start == tt.off[s-1] && placeKindRunes19.has(tt.runes[s-1]) {
					v := s - 1
					for v > 0 && s-1-v < 4 && isHan(tt.runes[v-1]) && !nameStops19.has(tt.runes[v-1]) && !tt.runeCovered(fs, v-1) {
						v--
					}
					if v == s-1 {
						continue
					}
					drop = append(drop, fi)
					add = append(add, Finding{Type: LOCATION, Text: tt.sub(v, s), Start: tt.off[v], End: tt.off[s], Evidence: "keeper19:village", Score: 3})
					add = append(add, Finding{Type: PERSON, Text: tt.sub(s, p), Start: tt.off[s], End: tt.off[p], Evidence: "keeper19:" + kind, Score: 3})
					break
				}
				// after a place found, or a village's or township's kind
				// character the place rules read later (新地村|孟和家庭牧场)
				if (placeEnds19(tt, fs, s) || s >= 3 && placeKindRunes19.has(tt.runes[s-1]) && isHan(tt.runes[s-2])) && !tt.runeCovered(fs, s) {
					add = append(add, Finding{Type: PERSON, Text: tt.sub(s, p), Start: tt.off[s], End: tt.off[p], Evidence: "keeper19:" + kind, Score: 3})
					break
				}
			}
		}
	}
	l := getLexicon()
	for _, kind := range familiarBodyKinds19 {
		for _, p := range occurrences19(tt, kind) {
			s := p - 2
			if s < 0 || tt.runes[s] != '老' || !l.isSurname(tt.runes[s+1]) || l.common[tt.sub(s, p)] {
				continue
			}
			add = append(add, Finding{Type: PERSON, Text: tt.sub(s, p), Start: tt.off[s], End: tt.off[p], Evidence: "keeper19:familiar", Score: 3})
		}
	}
	if len(add) == 0 {
		return fs
	}
	if len(drop) > 0 {
		kept := fs[:0]
		for i, f := range fs {
			gone := false
			for _, d := range drop {
				gone = gone || d == i
			}
			if !gone {
				kept = append(kept, f)
			}
		}
		fs = kept
	}
	return add19(fs, add)
}

// findingOver19 returns the index of a finding of fs that covers bytes
// [s, e), or -1.
func findingOver19(fs []Finding, s, e int) int {
	for i := range fs {
		if fs[i].Start <= s && fs[i].End >= e {
			return i
		}
	}
	return -1
}

// countUnits19 follow a count of persons or households before the list of
// their names (剩余2户甲、乙, 3名甲、乙、丙).
var countUnits19 = runeBitsOf("户名人位")

// countedLists19 finds the names of a 、-list right after a count of
// persons or households (class: the first names of such a list whose
// surname the table lacks or ranks low, 剩余2户|那振国、富秀云): an item
// before a 、 of two or three Han characters, a surname of any tier first,
// no frequent word, is a person when a later item of the same list is a
// person found.
func countedLists19(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	if !tt.mayContain("、") {
		return nil
	}
	for p := 1; p+5 < n; p++ {
		if !countUnits19.has(tt.runes[p]) {
			continue
		}
		if c := tt.runes[p-1]; !(c >= '0' && c <= '9') && !numeralRune(c) {
			continue
		}
		// the items: runs of Han between p+1 and each 、
		var items [][2]int
		a := p + 1
		for i := a; i < n && i-a <= 3; i++ {
			if tt.runes[i] == '、' {
				items = append(items, [2]int{a, i})
				a = i + 1
			}
		}
		if len(items) == 0 {
			continue
		}
		// a person found right after the last 、 vouches for the list
		if !personAt19(fs, tt.off[a]) {
			continue
		}
		for _, it := range items {
			if keeperName19(tt, it[0], it[1]) && !tt.runeCovered(fs, it[0]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "counted-list19", Score: 3})
			}
		}
	}
	return out
}

// personAt19 reports whether a person finding of fs starts at byte s.
func personAt19(fs []Finding, s int) bool {
	for i := range fs {
		if fs[i].Type == PERSON && fs[i].Start == s && !weak19(&fs[i]) {
			return true
		}
	}
	return false
}
