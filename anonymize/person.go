package anonymize

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Role and title words that announce or follow a personal name.
var (
	rolesBefore = wordSet(`书记 副书记 县委书记 市委书记 省委书记 总书记 县长 副县长 市长 副市长 省长 副省长 区长 副区长 镇长 副镇长 乡长 副乡长 村长 局长 副局长
		楼栋长 楼长 单元长 网格长 主任 副主任 处长 科长 所长 站长 院长 副院长 校长 副校长 厂长 经理 总经理 副总经理 董事长 总裁 会长 秘书长 部长 副部长 主席 副主席 总理 副总理
		委员 常委 代表 院士 教授 副教授 博士 硕士 研究员 工程师 高级工程师 专家 医生 医师 主任医师 老师 教师 记者 通讯员 编辑 作者 主编 组长 副组长 队长
		支书 村支书 党支部书记 负责人 主持人 撰稿 审核 审稿 校对 责编 责任编辑 摄影 供稿 联系人 整理 执笔 签发 报送 审定 拟稿 总监 理事长 馆长 行长 社长 团长 旅长 师长 军长 司令 司令员 政委 大使 总统 首相 国王 女王 亲王 王子 外长 议员 议长
		同志 先生 女士 选手 运动员 教练 主教练 冠军 村民 农民 居民 群众 职工 员工 学生 同学 老人 大爷 大妈 阿姨 师傅 烈士 英雄 模范 标兵 能手 致富带头人
		创始人 董事 监事 法人 法定代表人 户主 贫困户 患者 志愿者 发言人 区委书记 镇党委书记 乡党委书记 第一书记 驻村第一书记 驻村干部 干部 党员
		带领 陪同 会见 看望 慰问 采访 邀请 聘请 引进 授予 表彰 联系 委托 找到 告诉
		专员 副专员 秘书 助理 律师 法官 检察官 警官 民警 护士 大夫 演员 导演 编剧 作家 诗人 画家 书法家 歌唱家 艺术家 科学家 企业家
		明星 女星 影星 歌星 球星 棋手 名将 老将 新秀 队员 球员 门将 前锋 后卫 中锋 主帅 外援 男友 女友 丈夫 妻子 儿子 女儿 父亲 母亲`)
	rolesAfter = wordSet(`同志 先生 女士 教授 副教授 博士 院士 书记 主任 老师 师傅 等 说 表示 指出 强调 认为 介绍 告诉 主持 讲话 发言 出席 会见 会谈 称 透露 一行 夫妇 夫人
		老人 同学 团队 课题组 工作室 代表 委员 局长 县长 市长 镇长 村长 部长 主席 总理 经理 董事长 处长 科长 所长 站长 院长 校长 厂长 组长 队长 总统 首相 外长 大使
		领衔 牵头 带领 率领 率 任 担任 当选 出任 获得 荣获 委员长 副总理 副主席 副总统 国务卿 议长 首相 总统 外长
		烈士 主演 执导 导演 编剧 作词 作曲 演唱 题写 撰写 主编 回忆 指导`)
	titleRefs = wordSet(`书记 县长 市长 省长 区长 镇长 乡长 村长 局长 主任 处长 科长 所长 站长 院长 校长 厂长 经理 总 董事长 部长 主席 组长 队长 老师 教授 博士 院士 支书 会长 行长 社长 馆长 委员 代表 同志 师傅 总工`)
	// namePartStop: characters that never begin or end a given name in
	// running text, because they are nearly always function words.
	givenStop = runeSet(`的了是在和与及或而并也都就又还被把将对从以于为其这那个些么着过们吗呢吧啊里年月日时分秒号亿每各该本我你他她它谁啥乎所者等、，。；：！？“”（）《》`)
)

// functionRunes are grammatical characters that never occur in a name.
var functionRunes = runeSet(`的了是在和与及或而并也就又还被把将对从以于为之其这那个些么着过们吗呢吧啊说、，。；：！？“”（）《》`)

// formulaWords follow a leader's name in political formulas (邓小平理论).
var formulaWords = wordSet(`理论 思想 同志 新时代 主义 思想体系 总书记 主席 重要讲话 重要论述 重要指示 系列讲话 文选 著作`)

// nationalLeaders are kept by the default policy inside political formulas.
var nationalLeaders = wordSet(`马克思 恩格斯 列宁 毛泽东 邓小平 江泽民 胡锦涛 习近平 周恩来 刘少奇 朱德`)

// inFormula reports whether a national leader's name at byte offsets
// [s, e) of text stands in a political formula (习近平新时代…, 邓小平理论).
func inFormula(text string, s, e int) bool {
	if !nationalLeaders[text[s:e]] {
		return false
	}
	rest := text[e:]
	for w := range formulaWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// personThreshold is the score a candidate name needs. Scores add the
// surname prior, the given-name character log ratios and context bonuses.
var (
	personThreshold = 0.5
	// strictPersonThreshold admits doubtful names for the strict policy.
	strictPersonThreshold = 0.0
	nrBonus3              = 1.0
	nrBonus2              = 0.5
	xBonus3               = 3.5
	xBonus2               = 0.8
	twoCharPenalty        = 0.8
	// ordinaryGivenPenalty: the given part is an ordinary word (雷|阵雨).
	ordinaryGivenPenalty = 3.0
	// runOnPenalty: a grammatical character after a known name (郎平|曾).
	runOnPenalty = 2.5
	// nrSurnameBonus: gojieba tagged a lone surname nr (袁/nr 步兵).
	nrSurnameBonus = 2.5
	// positionWeight and midWeight weigh positionScore.
	positionWeight = 0.5
	midWeight      = 0.5
	// nrGivenWordPenalty: gojieba tags the whole nr but the given part is a
	// frequent word (金|大中, 雷|阵雨); only context saves it.
	nrGivenWordPenalty = 1.0
	// headNounPenalty: surname and first given character form an ordinary
	// word (纪念|章).
	headNounPenalty = 3.0
	// translitThreshold is the mean transliteration score a word needs.
	translitThreshold = 2.0
	// contextScore is the least overlap score of a name with a role or
	// title beside it.
	contextScore = 3.5
	// loneNRFirstMin: how often a surname gojieba tags nr on its own must
	// begin names for that tag to count (连/nr is mostly the adverb).
	loneNRFirstMin = 2.0
	// loneNRWordPenalty replaces the inside-word penalty after a lone nr
	// surname.
	loneNRWordPenalty = 1.0
	// firstWeight and firstPivot weigh the surname's name-initial log ratio.
	firstWeight = 1.0
	firstPivot  = 2.5
)

// hardStop are characters that never stand inside a name, even in a word
// gojieba made up.
var hardStop = runeSet(`的了是在们吗呢吧啊么着过这那个些谁啥乎所者说、，。；：！？“”（）《》`)

// findPersons finds personal names in one text: the rule scorer's
// candidates, combined with the learned tagger's reading (tagger.go).
func findPersons(tt *tokText) []Finding {
	tt.fillPersonToks() // (speed9b.go: the classes every stage below asks)
	want := subCoordinated
	if currentRescorer().wantsSub() {
		want = subAll
	}
	cands, sub := scorePersonsSub(tt, want)
	fs := rescorePersons(tt, combinePersons(tt, cands), sub)
	fs = coordinatedPersons(tt, fs, sub)
	fs = reportPersons(tt, fs) // report-genre rules: person_report.go
	// A single character the tagger alone calls a name (a bare surname)
	// would be masked wherever the character stands in the document: it
	// is left out. The scorer's own candidates all stay.
	out := fs[:0]
	for _, f := range fs {
		if f.Evidence == "tagger" && (utf8.RuneCountInString(f.Text) < 2 || !plausibleTaggerName(tt, f) || afterClosedName(tt, f) || taggerOrdinary(tt, f)) {
			continue
		}
		if strings.HasPrefix(f.Evidence, "transliterated") && besidePlaceWord(tt, f) {
			continue // 城市|哈斯科沃, 埃舍德|小镇: a foreign place
		}
		out = append(out, f)
	}
	out = joinNamePieces12(tt, out) // person_pieces12.go: 约翰—格伦, 戈|麦尔斯基 as one name
	return nerPersonGuard(tt, out)  // nerperson.go: word-shape guards (玉兰|树, 金水|河, 尤伯|杯)
}

// placeWords name a kind of place: a transliterated word right after or
// before one is a foreign place, not a person (城市哈斯科沃, 埃舍德小镇).
var placeWords = wordSet(`旅游胜地 度假胜地 城市 首都 首府 城镇 小镇 小城 古城 名城 胜地 港口 港市 海港 村庄 小村 地区 省会 州府 市区 郊区 山区 海滨 岛屿 河畔 湖畔 地方 一带 附近 境内 市郊`)

// besidePlaceWord reports whether finding f stands right after or right
// before a word of placeWords.
func besidePlaceWord(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	if s > 0 {
		if b := tt.toks[tt.tokOf[s-1]]; b.end == s && placeWords[b.word] {
			return true
		}
	}
	if e < len(tt.runes) {
		if a := tt.toks[tt.tokOf[e]]; a.start == e && placeWords[a.word] {
			return true
		}
	}
	return false
}

// coordFloor is the least rule score of a candidate joined to a found name
// by a conjunction (严良和李培智) for it to count as a name too.
var coordFloor = -2.0

// coordinatedPersons adds the candidates below the rules' threshold that a
// conjunction or an enumeration comma joins to a name already found (严良
// 和李培智, 田晚霞、王芳): names are listed with names.
func coordinatedPersons(tt *tokText, fs, sub []Finding) []Finding {
	if len(sub) == 0 || len(fs) == 0 {
		return fs
	}
	isName := func(start, end int) bool { // a found PERSON begins at start or ends at end
		for _, f := range fs {
			if f.Type == PERSON && !f.generic && (f.Start == start || f.End == end) {
				return true
			}
		}
		return false
	}
	var add []Finding
	for _, c := range sub {
		if c.Score < coordFloor || overlapsAny(fs, c.Start, c.End) {
			continue
		}
		s, e := tt.runeAt(c.Start), tt.runeAt(c.End)
		if s < 0 || e <= s {
			continue
		}
		after := e+1 < len(tt.runes) && isConj(tt.runes[e]) && isName(tt.off[e+1], -1)
		before := s >= 2 && isConj(tt.runes[s-1]) && isName(-1, tt.off[s-1])
		if after || before {
			c.Evidence += ",coordinated"
			c.generic = false
			c.Score = math.Max(c.Score, 1)
			add = append(add, c)
		}
	}
	return append(fs, add...)
}

// isConj reports the conjunctions and the enumeration comma that join
// names in a list.
func isConj(r rune) bool { return r == '和' || r == '与' || r == '及' || r == '、' || r == '同' }

// Which candidates below the rules' threshold scorePersonsSub returns.
const (
	subNone        = iota
	subCoordinated // only those beside a conjunction (coordinatedPersons)
	subAll         // all of them (the span rescorer's add model)
)

// taggerFloor is the least rule score (scorePerson) a Chinese-shaped name
// the tagger alone found must have.
var taggerFloor = -2.0

// taggerTranslitMin is the least mean transliteration score of a span the
// tagger alone finds that does not begin with a surname.
var taggerTranslitMin = 0.5

// plausibleTaggerName reports whether a span the tagger alone calls a name
// is one the rules do not rule out: a Chinese-shaped span (a surname and
// one or two characters) whose rule score reaches taggerFloor; other
// shapes (transliterated names) pass.
func plausibleTaggerName(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return true
	}
	if _, ok := getLexicon().surname[tt.runes[s]]; !ok || e-s > 3 {
		// another shape: a transliterated name, whose characters are
		// on the whole transliteration characters (not 见贤, 茶苗)
		l := getLexicon()
		sc := 0.0
		for _, r := range tt.runes[s:e] {
			v, ok := l.translit[r]
			if !ok {
				v = -4
			}
			sc += clamp(v, -4, 3)
		}
		return sc/float64(e-s) >= taggerTranslitMin
	}
	sc, _, ok := scorePerson(tt, s, 1, e)
	return ok && sc >= taggerFloor
}

// scorePersons finds personal names in one text by the rule scorer alone.
func scorePersons(tt *tokText) []Finding {
	out, _ := scorePersonsSub(tt, subNone)
	return out
}

// subFloor is the least rule score of a candidate below the strict
// threshold that the span rescorer is asked about (李白, 金大中: names
// gojieba's dictionary lists as ordinary words).
var subFloor = -4.0

// scorePersonsSub is scorePersons that also returns the candidates scoring
// between subFloor and the strict threshold (at most one per starting
// character, none overlapping a candidate): all of them with subAll, those
// beside a conjunction with subCoordinated, none with subNone.
func scorePersonsSub(tt *tokText, want int) (out, sub []Finding) {
	l := getLexicon()
	cf := &getTaggerLex().compoundFirst
	var cands []Finding
	n := len(tt.runes)
	ps := tt.personPos(posSurname) // (speed9b.go)
	for i := 0; i < n; i++ {
		if ps != nil {
			if i = nextPos(ps, i); i >= n {
				break // (speed9b.go: no surname at a later character)
			}
		}
		r := tt.runes[i]
		sl := 0
		if i+1 < n && (r >= 1<<16 || cf.has(r)) && compoundSpan(tt, i, i+2) {
			sl = 2
		} else if l.isSurname(r) {
			sl = 1
		}
		if sl == 0 {
			continue
		}
		if noNameFrom(tt, i, sl) {
			continue // scorePersonEv rejects every span from i (speed9b.go)
		}
		best, bestScore, bestFlags := 0, -100.0, personEv{}
		for gl := 2; gl >= 1; gl-- {
			e := i + sl + gl
			if e > n {
				continue
			}
			// a span below every threshold is never kept: one surely
			// below is left unscored (speed9b.go)
			floor := min(subFloor, strictPersonThreshold, personThreshold)
			if gl == 1 {
				floor += twoCharPenalty
			}
			sc, ev, ok := scorePersonEvFloor(tt, i, sl, e, floor)
			if !ok {
				continue
			}
			if gl == 1 {
				sc -= twoCharPenalty // two-character names are rarer than three
			}
			if sc > bestScore {
				best, bestScore, bestFlags = e, sc, ev
			}
		}
		if best == 0 || bestScore < min(subFloor, strictPersonThreshold, personThreshold) {
			continue // (below every threshold: no evidence text to build)
		}
		bestEv := bestFlags.String()
		if bestScore >= personThreshold {
			fs := bestScore
			if strings.Contains(bestEv, "role-before:") || strings.Contains(bestEv, "speaker") || strings.Contains(bestEv, "title-after:") && !strings.Contains(bestEv, "title-after:说") {
				// a role or title beside the name outweighs a place or
				// organisation reading of the same span (国务委员罗干)
				fs = math.Max(fs, contextScore)
			}
			cands = append(cands, Finding{Type: PERSON, Text: tt.sub(i, best), Start: tt.off[i], End: tt.off[best], Evidence: bestEv, Score: fs})
		} else if bestScore >= strictPersonThreshold {
			// a doubtful name: only the strict policy masks it
			cands = append(cands, Finding{Type: PERSON, Text: tt.sub(i, best), Start: tt.off[i], End: tt.off[best], Evidence: bestEv + ",doubtful", Score: bestScore, generic: true})
		} else if want != subNone && bestScore >= subFloor &&
			(want == subAll || best < n && isConj(tt.runes[best]) || i > 0 && isConj(tt.runes[i-1])) {
			sub = append(sub, Finding{Type: PERSON, Text: tt.sub(i, best), Start: tt.off[i], End: tt.off[best], Evidence: bestEv, Score: bestScore, generic: true})
		}
	}
	// The best-scoring candidates win where they overlap (李|张君秋).
	// (slices.SortStableFunc runs sort.SliceStable's insertion-sort and
	// merge steps with the same comparisons, without its reflection and
	// allocation on every text: speed16b)
	slices.SortStableFunc(cands, func(a, b Finding) int {
		if a.Score > b.Score {
			return -1
		}
		return 0
	})
	for _, c := range cands {
		if !overlapsAny(out, c.Start, c.End) {
			out = append(out, c)
		}
	}
	out = append(out, findForeignNames(tt)...)
	out = append(out, findJapaneseNames(tt)...)
	for _, f := range surnameTitles(tt) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	out = joinTransliterated(tt, out)
	if len(sub) > 0 {
		k := 0
		for _, c := range sub {
			if !overlapsAny(out, c.Start, c.End) {
				sub[k] = c
				k++
			}
		}
		sub = sub[:k]
	}
	return out, sub
}

// translitLooking reports whether runes [s, e) read as a transliterated
// name: every character is a frequent transliteration character.
func translitLooking(tt *tokText, s, e int) bool {
	l := getLexicon()
	for _, r := range tt.runes[s:e] {
		if !strongTranslit(l, r) {
			return false
		}
	}
	return e > s
}

// strongTranslit reports characters frequent in transliterated names that
// are no function word and no place or group suffix.
func strongTranslit(l *lexicon, r rune) bool {
	return isHan(r) && l.translitN[r] >= 3 && l.translit[r] > 0 && !functionRunes[r] && !givenStop[r] && !runStop[r] && !dotStop[r]
}

// joinTransliterated mends transliterated names the word boundaries cut
// (亚斯特|任|布斯基, 库|尼科娃, 安德雷|斯): a candidate made of
// transliteration characters takes in a neighbouring one-character word
// of such a character, and two such candidates at most one such character
// apart become one.
func joinTransliterated(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	type span struct{ s, e, k int }
	var ts []span
	for k, f := range fs {
		if f.Type != PERSON || strings.ContainsAny(f.Text, "·•・．‧") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s || e-s < 2 || !translitLooking(tt, s, e) {
			continue
		}
		ts = append(ts, span{s, e, k})
	}
	if len(ts) == 0 {
		return fs
	}
	single := func(i int) bool { // a one-character word of a transliteration character
		if i < 0 || i >= n || !strongTranslit(l, tt.runes[i]) {
			return false
		}
		t := tt.toks[tt.tokOf[i]]
		return t.n() == 1 && !gramPOS(t.pos)
	}
	drop := map[int]bool{}
	var add []Finding
	sort.Slice(ts, func(a, b int) bool { return ts[a].s < ts[b].s })
	for a := 0; a < len(ts); a++ {
		s, e := ts[a].s, ts[a].e
		s0, e0 := s, e
		parts := []int{ts[a].k}
		for a+1 < len(ts) && ts[a+1].s <= e+1 && (ts[a+1].s <= e || single(e)) {
			a++
			e = max(e, ts[a].e)
			parts = append(parts, ts[a].k)
		}
		if single(s - 1) {
			s--
		}
		if single(e) {
			e++
		} else if e+1 < n && strongTranslit(l, tt.runes[e]) && (functionRunes[tt.runes[e+1]] || givenStop[tt.runes[e+1]]) {
			// the name's last character glued to a particle (卡巴|杰时)
			if t := tt.toks[tt.tokOf[e]]; t.start == e && t.n() == 2 {
				e++
			}
		}
		if s == s0 && e == e0 && len(parts) == 1 {
			continue
		}
		w := tt.sub(s, e)
		if e-s > 8 || notForeignName(w) || l.places[w] > 0 || l.common[w] {
			continue
		}
		best := 0.0
		for _, k := range parts {
			drop[k] = true
			best = math.Max(best, fs[k].Score)
		}
		add = append(add, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "transliterated,joined", Score: best})
	}
	return joinedFindings(fs, drop, add)
}

// personTitles follow a bare surname in a reference to a person (王局长,
// 郑某, 李老师, 胡老); 副 before one of them is part of it (常副局长).
var personTitles = func() map[string]bool {
	m := wordSet(`先生 女士 小姐 太太 夫人 某 某某 老 家 大娘 大婶 大叔 大伯 老汉 老伯 婆婆 阿婆 外长 总统 总理 主席 副主席 部长 大使 将军 元帅 教练 司令 政委 医生 大夫 律师 法官 警官 总裁 老板 大爷 大妈 阿姨 大姐 大哥 大嫂 奶奶 爷爷 师长 团长 军长 委员长 总工 厂长 经理`)
	for w := range titleRefs {
		m[w] = true
	}
	for w := range m {
		if utf8.RuneCountInString(w) >= 2 && w != "某某" {
			m["副"+w] = true
		}
	}
	return m
}()

// personTitleFirst holds the first characters of personTitles.
var personTitleFirst = func() (b runeBits) {
	for w := range personTitles {
		r, _ := utf8.DecodeRuneInString(w)
		b.set(r)
	}
	return
}()

// surnameTitles finds references to a person by surname and title (王局长,
// 郑某, 李老师, 胡老) and by 老/小 and surname (老张, 小李), whether or not
// the full name stands in the document. The whole reference is the
// finding: masking the surname alone would mask the character everywhere.
// The surname must stand apart as gojieba reads the text: its own word
// tagged as a name or a character that often begins names, or one word
// with the title (江主席, 郑某); the title must end a word (金|总额 and
// 全县|长期 are no references).
func surnameTitles(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	endsWord := func(p int) bool { return p == n || p > 0 && tt.toks[tt.tokOf[p-1]].end == p }
	fam := tt.mayHavePerson(pcFamiliar) // (speed9b.go: most texts hold no 老 or 小)
	ps := tt.personPos(posSurnameTitle)
	for i := 0; i+1 < n; i++ {
		if ps != nil {
			if i = nextPos(ps, i); i+1 >= n {
				break // (speed9b.go: no title or 老/小 beside a later character)
			}
		}
		r := tt.runes[i]
		familiar := fam && i > 0 && (tt.runes[i-1] == '老' || tt.runes[i-1] == '小')
		if !familiar && !personTitleFirst.has(tt.runes[i+1]) {
			continue // the cheap checks first: most characters are followed by no title
		}
		if !l.isSurname(r) {
			continue
		}
		// 老张, 小李: one word of gojieba's, a frequent name-initial surname
		if familiar && l.surname[r] == 0 && l.first[r] >= 1 {
			t := tt.toks[tt.tokOf[i]]
			if t.start == i-1 && t.end == i+1 && (t.pos == "x" || t.pos == "nr" || t.pos == "n" && !l.common[t.word]) && (i+1 == n || !isHan(tt.runes[i+1]) || !personTitleFirst.has(tt.runes[i+1])) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(i-1, i+1), Start: tt.off[i-1], End: tt.off[i+1], Evidence: "familiar-surname", Score: 3})
				continue
			}
		}
		if !personTitleFirst.has(tt.runes[i+1]) {
			continue
		}
		// the longest title after the surname that ends a word
		e := 0
		for k := min(n, i+5); k > i+1; k-- {
			if endsWord(k) && personTitles[spanString(tt, i+1, k)] { // (the word boundary before the look-up: speed15)
				e = k
				break
			}
		}
		if e == 0 {
			continue
		}
		t := tt.toks[tt.tokOf[i]]
		ok := false
		switch {
		case t.start == i && t.end == i+1:
			// the surname alone: tagged a name, or a character that
			// mostly begins names (not 原|县长, 任|县长)
			ok = t.pos == "nr" || t.pos == "nrfg" || l.first[r] >= 2 && !gramPOS(t.pos) && t.pos != "v"
		case t.start == i && t.end == e:
			// one word with the title (江主席, 郑某, 程先生)
			// a noun ending in 家 is a household or a trade (居家, 农家, 商家)
			ok = t.pos == "x" || t.pos == "nr" || t.pos == "nrfg" || t.pos == "n" && !l.common[t.word] && tt.runes[e-1] != '家'
		case t.end == i+1 && t.pos == "x" && t.n() == 2:
			// a made-up word of gojieba's ending in the surname (托项|市长)
			ok = l.first[r] >= 0
		}
		if !ok || l.common[tt.sub(i, e)] || givenPieceOfSpacedName(tt, i) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "surname+title:" + tt.sub(i+1, e), Score: 3})
		i = e - 1
	}
	return dropFamiliarWordplay(tt, out)
}

// dropFamiliarWordplay removes the familiar-surname readings that are
// wordplay on an ordinary word rather than a person: 小X before a short verb
// and 大 (小钱办大事, 小马拉大车), and 小X and 老X of the same character in
// one sentence (小钱办大事，老钱要用好), which no one person is called at once.
func dropFamiliarWordplay(tt *tokText, fs []Finding) []Finding {
	sentence := func(i int) (int, int) {
		s, e := i, i
		for s > 0 && !strings.ContainsRune("。！？；\n", tt.runes[s-1]) {
			s--
		}
		for e < len(tt.runes) && !strings.ContainsRune("。！？；\n", tt.runes[e]) {
			e++
		}
		return s, e
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Evidence != "familiar-surname" {
			out = append(out, f)
			continue
		}
		i := tt.runeAt(f.Start) // the 小 or 老
		if i < 0 || i+2 > len(tt.runes) {
			out = append(out, f)
			continue
		}
		pre, sur := tt.runes[i], tt.runes[i+1]
		drop := false
		if pre == '小' {
			for k := i + 3; k <= i+4 && k < len(tt.runes); k++ {
				if tt.runes[k] == '大' && isHan(tt.runes[i+2]) && (k == i+3 || isHan(tt.runes[i+3])) {
					drop = true
				}
			}
		}
		other := '老'
		if pre == '老' {
			other = '小'
		}
		ss, se := sentence(i)
		for k := ss; k+1 < se && !drop; k++ {
			if tt.runes[k] == other && tt.runes[k+1] == sur {
				drop = true
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// scorePerson scores the candidate name runes [s, e) whose surname is sl
// runes long; ok is false when the span cannot be a name at all.
func scorePerson(tt *tokText, s, sl, e int) (float64, string, bool) {
	sc, ev, ok := scorePersonEv(tt, s, sl, e)
	if !ok {
		return 0, "", false
	}
	return sc, ev.String(), true
}

// scorePersonEv is scorePerson with the evidence kept as flags
// (personEv, speed7a.go), joined into a string only for the candidates
// that are kept.
func scorePersonEv(tt *tokText, s, sl, e int) (float64, personEv, bool) {
	return scorePersonEvFloor(tt, s, sl, e, noFloor)
}

// scorePersonEvFloor is scorePersonEv that may also report ok false for
// a span whose score is surely below floor (speed9b.go): a caller that
// drops every span scoring below floor gets the same result, without the
// context and word lookups of the spans that cannot reach it.
func scorePersonEvFloor(tt *tokText, s, sl, e int, floor float64) (float64, personEv, bool) {
	l := getLexicon()
	rs := tt.runes[s:e]
	// gojieba's HMM joined exactly these characters into one unknown word
	// (陈和生/x): then only hard function characters rule a name out.
	// The same for a three-character word gojieba lists as a name (金正日/nz
	// after 总书记, whose 日 is otherwise a date's).
	xWord := tt.tokOf[s] == tt.tokOf[e-1] && tt.toks[tt.tokOf[s]].start == s && tt.toks[tt.tokOf[s]].end == e && e-s >= 3
	if xWord {
		switch tt.toks[tt.tokOf[s]].pos {
		case "x", "nr", "nrfg", "nz":
		default:
			xWord = false
		}
	}
	for _, r := range rs[sl:] {
		if !isHan(r) || isMaskRune(r) || givenStopBits.has(r) && (!xWord || hardStop[r]) {
			return 0, personEv{}, false
		}
	}
	// Token structure: the span must start and end on token boundaries, or
	// inside words gojieba made up; a dictionary word may not stick out.
	// (Checked first, on its own: it rejects about 40% of the spans.)
	ts, te := tt.tokOf[s], tt.tokOf[e-1]
	for k := ts; k <= te; k++ {
		t := &tt.toks[k]
		if t.start >= s && t.end <= e || t.pos == "x" && t.n() <= 4 {
			continue // inside, or a short word gojieba made up
		}
		if t.start == s && t.end > e && formulaWords[spanString(tt, e, t.end)] {
			continue // 邓小平|理论 as one dictionary word (below)
		}
		if !thirdGiven(tt, s, sl, e, *t) {
			return 0, personEv{}, false // crossing
		}
	}
	exact := ts == te && tt.toks[ts].start == s && tt.toks[ts].end == e
	var ev personEv
	score := 0.0
	if sl == 1 {
		score += surnameOfRune(rs[0]) // l.surname[rs[0]]
		// how often the character starts a name rather than other words:
		// 王 and 刘 almost always, 但 and 时 seldom
		score += firstWeight * clamp(firstOfRune(rs[0])-firstPivot, -4, 1.5)
	} else {
		score += 0.5
	}
	nameTag := false
	if exact {
		switch tt.toks[ts].pos {
		case "nr", "nrfg":
			nameTag = true
		}
		if p := tt.toks[ts].pos; !nameTag && (p == "t" || p == "nz") && e-s == 3 && sl == 1 && l.surname[rs[0]] == 0 && l.common[tt.toks[ts].word] && nameChars(rs[1:]) &&
			!ordinarySpan(tt, s, s+2) && !ordinarySpan(tt, s+1, e) && !commonSpan(tt, s+1, e) {
			// a frequent word shaped like a name that gojieba lists under
			// another tag (周恩来/t): as good as an nr word
			nameTag = true
			ev.flags |= evNameShaped
		}
	}
	insideWords := 0
	for k := ts; k <= te; k++ {
		t := &tt.toks[k]
		inside := t.start >= s && t.end <= e
		if !inside && t.start == s && t.end > e && formulaWords[spanString(tt, e, t.end)] {
			inside = true // 邓小平|理论 as one dictionary word
			exact = true
			nameTag = true
		}
		if inside && t.start == s && t.n() > 1 && t.n() < e-s && t.pos != "nr" && t.pos != "nrfg" && l.common[t.word] && !roleGluedName(tt, s, sl, e, t) {
			return 0, personEv{}, false // the surname begins an ordinary word (国家|万)
		}
		if inside && t.n() > 1 && t.dictWord() && !nameTag && !(t.pos == "nr" || t.pos == "nrfg" || t.pos == "nrt") {
			// a dictionary word inside the name (彭+雄奇) needs context,
			// less after a surname gojieba tagged nr alone (朱/nr 力行)
			if st := tt.toks[ts]; sl == 1 && st.start == s && st.n() == 1 && st.pos == "nr" {
				score -= loneNRWordPenalty
			} else {
				score -= 2
			}
			insideWords++
		}
	}
	// Context (before the word lookups below, for the bound of speed9b.go).
	ctx := 0.0
	if b := tt.tokenBefore(s); b != nil {
		if closesName(tt, b) {
			// 崔英哲同志|包保: the title closes the name before it, what
			// follows is what that person does
		} else if tt.personToks()[tt.tokOf[s-1]]&ptRoleMay != 0 { // mayEnd(&roleEndLast, b.word) && (rolesBefore[b.word] || hasRoleSuffix(b.word))
			ctx += 3
			ev.flags |= evRoleBefore
			ev.role = b.word
		} else if b.word == ":" || b.word == "：" {
			if bb := tt.tokenBefore(b.start); bb != nil && (rolesBefore[bb.word] || hasRoleSuffix(bb.word)) {
				ctx += 3
				ev.flags |= evSpeaker
			}
		}
	}
	if a := tt.tokenAt(e); a != nil && a.start == e {
		if a.word == "副" { // 副|总理
			if a2 := tt.tokenAt(a.end); a2 != nil && a2.start == a.end && rolesAfter[a2.word] && len(a2.word) > 3 {
				a = a2
			}
		}
		if tt.personToks()[tt.tokOf[a.start]]&ptTitleMay != 0 { // mayStart(&rolesAfterFirst, a.word) && rolesAfter[a.word]
			w := 1.0
			if len(a.word) > 3 { // a title, not a particle
				w = 2.5
			}
			ctx += w
			ev.flags |= evTitleAfter
			ev.title = a.word
		}
	} else if e == len(tt.runes) {
		ctx += 0.3
	}
	if floor > noFloor && scoreBoundBelow(tt, s, sl, e, score, ctx, nameTag, exact, insideWords, floor) {
		return 0, personEv{}, false // (speed9b.go)
	}
	// after the token checks, which reject most spans without building
	// the string
	if notNameSpan(tt, s, e) || personTitleSpan(tt, s+sl, e) { // notNameWord(spanString(tt, s, e)) || personTitles[…]
		return 0, personEv{}, false // 莫斯科/nr, 黎巴嫩; 李|老师 is a surname and a title
	}
	for _, r := range rs[sl:] {
		g, ok := givenOfRune(r) // l.given[r]
		if !ok {
			g = -4
		}
		score += clamp(g, -4, 3)
	}
	if positionWeight != 0 {
		score += positionScore(rs[sl:])
	}
	if exact && l.common[tt.toks[ts].word] && !(nameTag && e-s >= 3) {
		score -= 3 // a frequent ordinary word (荣誉)
		ev.flags |= evCommonWord
	}
	if nameTag {
		if e-s >= 3 {
			score += nrBonus3
		} else {
			score += nrBonus2
		}
		ev.flags |= evJiebaNR
	}
	if exact && tt.toks[ts].pos == "x" {
		// gojieba's HMM joined exactly these characters into an unknown word
		if e-s >= 3 {
			score += xBonus3
		} else {
			score += xBonus2
		}
		ev.flags |= evUnknownWord
	}
	// A list item: separators (、 spaces) or line edges on both sides.
	if listEdge(tt, s-1, true) && listEdge(tt, e, false) {
		score += 1
		ev.flags |= evListItem
	}
	if e-s == 3 && sl == 1 && ctx < 3 && ordinarySpan(tt, s, s+2) {
		score -= headNounPenalty // a modifier word and its head noun (纪念|章, 银行|卡)
		ev.flags |= evWordHead
	}
	loneNR := false // gojieba tagged the surname alone nr (袁/nr 步兵)
	if st := tt.toks[tt.tokOf[s]]; sl == 1 && st.start == s && st.n() == 1 && st.pos == "nr" && e-s >= 2 && l.first[rs[0]] >= loneNRFirstMin {
		loneNR = true
	}
	if e-s == 3 && sl == 1 && !loneNR && ctx < 3 && !commonSpan(tt, s+1, e) && ordinarySpan(tt, s+1, e) {
		score -= ordinaryGivenPenalty // the given part is an ordinary word (雷|阵雨)
		ev.flags |= evGivenIsWord1
	}
	if e-s == 3 && sl == 1 {
		// a grammatical character after a name gojieba knows (郎平|曾说)
		last := tt.toks[tt.tokOf[e-1]]
		head := tt.toks[tt.tokOf[s]]
		if last.start == e-1 && last.n() == 1 && functionPOS(last.pos) && head.start == s && head.end == e-1 &&
			(head.pos == "nr" || head.pos == "nrfg" || head.pos == "x") {
			score -= runOnPenalty
			ev.flags |= evRunOn
		}
	}
	if e-s == 3 && sl == 1 && ctx < 3 && commonSpan(tt, s+1, e) {
		if nameTag || loneNR {
			// gojieba knows the whole as a name (张建国) or tagged the
			// surname alone nr (蒋/nr 天才)
			score -= nrGivenWordPenalty
		} else {
			score -= 2 // the given part is an ordinary word (黑|木耳)
		}
		ev.flags |= evGivenIsWord2
	}
	if loneNR {
		// gojieba tagged the surname on its own as a name part (袁/nr 步兵)
		score += nrSurnameBonus
		ev.flags |= evNRSurname
	}
	if ctx >= 3 && insideWords > 0 {
		score += 1 // a role before the name vouches for a word inside it (方|红海)
	}
	score += ctx
	if s > 0 && (tt.runes[s-1] >= '0' && tt.runes[s-1] <= '9' || scoreNumeralBefore.has(tt.runes[s-1])) {
		score -= 3 // after a number: a measure word (3项完成), not a name
	}
	if e-s >= 3 && scoreCountEnd.has(rs[len(rs)-1]) && e < len(tt.runes) && isHan(tt.runes[e]) {
		score -= 3 // a count after a name (梁头|四乡镇), not a given name (李四)
	}
	if scoreNounEnd.has(rs[len(rs)-1]) {
		score -= 2 // ends like an ordinary noun (幸福感, 满意度)
	}
	if scorePlaceEnd.has(rs[len(rs)-1]) {
		score -= 3 // a place name (李杜乡)
	}
	return score, ev, true
}

// thirdGiven reports whether the word t that sticks out past the end of
// the three-character candidate [s, e) is a good given-name character
// glued to a grammatical one (赵致|真的 → 赵致真|的): the surname and first
// given character are one word gojieba made up, the third character is
// frequent in given names, and what t leaves after it is a function
// character, so cutting t leaves no word broken.
func thirdGiven(tt *tokText, s, sl, e int, t tok) bool {
	if sl != 1 || e-s != 3 || t.start != e-1 || t.n() != 2 || !functionRunes[tt.runes[e]] {
		return false
	}
	h := tt.toks[tt.tokOf[s]]
	if h.start != s || h.end != e-1 || h.pos != "x" {
		return false
	}
	return getLexicon().given[tt.runes[e-1]] >= thirdGivenMin
}

// thirdGivenMin is the least given-name log ratio of such a third
// character.
var thirdGivenMin = 0.5

// listEdge reports whether rune i is a list separator or a line edge.
func listEdge(tt *tokText, i int, before bool) bool {
	if i < 0 || i >= len(tt.runes) {
		return true
	}
	switch tt.runes[i] {
	case '、', ' ', '　', '\t', ',', '，', ';', '；', ':', '：':
		return true
	}
	return false
}

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

// hasRoleSuffix reports words that end in a title (县委副书记, 办公室主任).
func hasRoleSuffix(w string) bool {
	if r := lastRune(w); !roleLast.has(r) { // utf8.DecodeLastRuneInString
		return false
	}
	for _, suf := range []string{"书记", "县长", "市长", "主任", "局长", "部长", "经理", "院长", "校长", "董事长", "组长", "教授", "院士", "委员", "代表", "主席", "会长", "行长", "社长", "所长", "站长", "厂长", "处长", "科长", "馆长", "团长", "队长", "理事长", "秘书长", "总监", "记者", "教练"} {
		// (the last byte first: most suffixes differ there; then the last
		// byte of the character before, where the twenty …长 differ)
		if len(w) > len(suf) && w[len(w)-1] == suf[len(suf)-1] && w[len(w)-4] == suf[len(suf)-4] && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

func isNameDot(r rune) bool { return nameDotRunes.has(r) } // · • ・ ． ‧

// translitToken reports whether a token can be part of a transliterated
// name: a made-up or name word, or a single character, whose characters
// are on average transliteration characters.
func translitToken(tt *tokText, t tok) bool {
	if t.n() > 6 || !isHan(tt.runes[t.start]) {
		return false
	}
	if t.n() > 1 && t.dictWord() && t.pos != "nr" && t.pos != "nrt" && t.pos != "nrfg" && t.pos != "ns" {
		return false
	}
	l := getLexicon()
	sc := 0.0
	for _, r := range tt.runes[t.start:t.end] {
		if givenStop[r] {
			return false
		}
		sc += clamp(l.translit[r], -4, 3)
	}
	return sc/float64(t.n()) > -0.5
}

// dotNames finds names joined by a middle dot (阿不都热合曼·买买提, 科菲·安南):
// the transliteration characters on both sides of each dot.
func dotNames(tt *tokText) []Finding {
	if !tt.mayHoldNameDot() {
		return nil // no name dot in the text: the loop below finds nothing (speed7a.go)
	}
	var out []Finding
	n := len(tt.runes)
	ok := func(i int, right bool) bool {
		r := tt.runes[i]
		if !isHan(r) || functionRunes[r] {
			return false
		}
		t := tt.toks[tt.tokOf[i]]
		nameWord := t.pos == "nr" || t.pos == "nrt" || t.pos == "nrfg" || t.pos == "ns" || t.pos == "x"
		if right && i == t.start+1 && t.n() == 2 && strongTranslit(getLexicon(), tt.runes[t.start]) && functionRunes[r] {
			return false // a transliterated name's last character glued to a particle (…阿马特|在)
		}
		if right && i == t.start && t.n() == 2 && strongTranslit(getLexicon(), r) && functionRunes[tt.runes[i+1]] {
			return true
		}
		if t.n() > 1 && getLexicon().common[t.word] && !nameWord && !(right && translitLooking(tt, t.start, t.end)) {
			return false
		}
		if !right && t.n() > 1 && (dotStop[tt.runes[t.end-1]] || isRoleWord(t.word)) {
			return false // a title gojieba does not know (副镇长|阿依古丽·…)
		}
		if t.n() > 1 && !t.dictWord() {
			return true // gojieba does not know the word: part of the name
		}
		lx := getLexicon()
		if t.n() == 1 {
			return lx.translitN[r] >= 1 && !dotStop[r]
		}
		if dotStop[tt.runes[t.end-1]] {
			return false // a group word (荷兰人|维姆·…)
		}
		switch t.pos {
		case "n", "vn", "nt", "v", "vd", "a", "ad", "d", "i", "l":
			// after the dot, ordinary words end the name (…·伯德|捆绑)
			// unless made of transliteration characters (买买提)
			// and before it, words with no transliteration character
			// (牧师|约翰·…, 精粹|·…)
			some := false
			for _, c := range tt.runes[t.start:t.end] {
				if right && lx.translitN[c] < 3 {
					return false
				}
				some = some || lx.translitN[c] >= 1
			}
			if !some {
				return false
			}
		}
		return lx.translitN[r] >= 1 || nameWord && t.n() <= 4 && !lx.common[t.word] || !lx.common[t.word]
	}
	for i := 0; i < n; i++ {
		if !isNameDot(tt.runes[i]) || i == 0 || !isHan(tt.runes[i-1]) {
			continue
		}
		s := i
		for s > 0 && i-s < 6 && ok(s-1, false) {
			s--
		}
		if s == i {
			continue
		}
		e := i
		for e < n && isNameDot(tt.runes[e]) {
			j := e + 1
			for j < n && j-(e+1) < 7 && ok(j, true) {
				j++
			}
			if j == e+1 {
				break
			}
			// a last syllable or two read as a function word (哈布|都|拉)
			// still belongs to the name when only transliteration
			// characters follow up to the end of the phrase
			k := j
			for k < n && k-j < 3 && isHan(tt.runes[k]) && !dotStop[tt.runes[k]] && !strings.ContainsRune("的了是在和与及或而并也就又还被把将对从以于为之其这那个些么着过们吗呢吧啊说同志讲表示", tt.runes[k]) {
				k++
			}
			if k > j && (k == n || !isHan(tt.runes[k])) && getLexicon().translitN[tt.runes[k-1]] >= 1 {
				j = k
			}
			e = j
		}
		if e == i {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name", Score: 5})
		i = e
	}
	return out
}

// dotStop are characters that end a role or a group word before a dotted
// name (荷兰人|维姆·…, 司令官|马克思·…).
var dotStop = runeSet(`人官长员者派籍`)

// findForeignNames finds transliterated and minority names: runs joined by
// a middle dot (阿不都热合曼·买买提), and dictionary or made-up words whose
// characters are transliteration characters (克林顿).
func findForeignNames(tt *tokText) []Finding {
	l := getLexicon()
	var out []Finding
	out = append(out, dotNames(tt)...)
	out = append(out, contextForeignNames(tt)...)
	ws := tt.personWordSet(pwForeign)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no word of the length and tags below at a later token)
			}
		}
		t := &tt.toks[k] // (a pointer: most tokens fail the first test)
		if t.n() < 2 || t.n() > 6 {
			continue
		}
		if t.pos != "nrt" && t.pos != "nr" && t.pos != "x" || t.pos == "x" && t.n() < 3 {
			continue
		}
		if l.isSurname(tt.runes[t.start]) && t.n() <= 3 && t.pos != "nrt" {
			continue // left to the Chinese-name scorer
		}
		sc := 0.0
		for _, r := range tt.runes[t.start:t.end] {
			v, ok := l.translit[r]
			if !ok {
				v = -4
			}
			sc += clamp(v, -4, 3)
		}
		sc /= float64(t.n())
		if t.pos == "nrt" || t.pos == "nr" {
			sc += 1
		}
		ctx := false
		if a := tt.tokenAt(t.end); a != nil && rolesAfter[a.word] && len(a.word) > 3 {
			sc += 1
			ctx = true
		}
		if k > 0 && (rolesBefore[tt.toks[k-1].word] || hasRoleSuffix(tt.toks[k-1].word)) {
			sc += 1.5
			ctx = true
		}
		if sc >= translitThreshold && !l.common[t.word] && !notForeignName(t.word) && l.places[t.word] == 0 && l.short[t.word] == "" {
			rs, re := t.start, t.end
			if t.pos == "nrt" || t.pos == "x" {
				rs, re = translitRun(tt, k)
				if w := tt.sub(rs, re); notForeignName(w) || l.places[w] > 0 {
					rs, re = t.start, t.end
				}
			}
			if placeSuffixAfter(tt, re) {
				continue // a place: 哈斯科沃|省, 库卡尔特|河
			}
			if re-rs == 2 && t.n() == 2 && t.pos == "nr" && !ctx {
				// a two-character dictionary word gojieba tags as a
				// transliterated name, alone, is mostly an ordinary word
				// (科普, 多达, 亚太): only a role or title beside it tells
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(rs, re), Start: tt.off[rs], End: tt.off[re], Evidence: "transliterated,jieba:" + t.pos, Score: sc})
		}
	}
	return out
}

// personPlaceSuffixes follow a place name as a word of their own (…省, …河,
// …号 of a ship or a spacecraft).
var personPlaceSuffixes = runeSet(`省州市县区河江湖海岛港湾城村镇山峰谷号`)

// placeSuffixAfter reports whether the word at rune i is a single place
// suffix character, so the transliterated word before it names a place.
func placeSuffixAfter(tt *tokText, i int) bool {
	if i >= len(tt.runes) || !personPlaceSuffixes[tt.runes[i]] {
		return false
	}
	t := tt.toks[tt.tokOf[i]]
	return t.start == i && t.n() == 1
}

// spacedRun matches single Han characters separated by spaces (沈 伟,
// 栗 俊 昌, 政 府 工 作 报 告): the raw material of spaced names.
var spacedRun = regexp.MustCompile(`\p{Han}(?:[ 　]{1,3}\p{Han})+`)

// findSpacedNames finds names written with spaces between the characters,
// as in speaker and member lines (沈 伟, 刘  东, 栗 俊 昌). A run of spaced
// single characters is split where the gap is wider than its narrowest
// one (张 三  李 四: two names); a group of two or three pieces whose first
// is a surname and whose given characters score well is a name. A run of
// four or more evenly spaced characters is a spaced heading (政 府 工 作
// 报 告), never a name. A name may touch other characters only through a
// role before it (副县长栗 俊 昌) or a title or verb after it (刘  东主持).
func findSpacedNames(text string) []Finding {
	if !hasSpace(text) { // as strings.ContainsAny(text, " 　"), without decoding
		return nil
	}
	var out []Finding
	for _, m := range spacedRunIndex(text) { // spacedRun.FindAllStringIndex(text, -1) (speed14.go)
		type piece struct{ s, e, gap int } // gap: spaces before the piece
		var ps []piece
		for i := m[0]; i < m[1]; {
			gap := 0
			for i < m[1] && (text[i] == ' ' || strings.HasPrefix(text[i:], "　")) {
				if text[i] == ' ' {
					i++
				} else {
					i += len("　")
				}
				gap++
			}
			_, w := utf8.DecodeRuneInString(text[i:])
			ps = append(ps, piece{i, i + w, gap})
			i += w
		}
		// a piece glued to the word before or after it is that word's
		// edge (党委书记 郑 云 翔), unless a role or title stands there
		if s := ps[0].s; len(ps) > 2 && s > 0 && isHanBefore(text, s) && roleEnding(text[:s]) == "" {
			ps = ps[1:]
		}
		if len(ps) > 2 && creditAt33(text[ps[len(ps)-1].s:]) {
			// a credit ends the run (甲 乙 摄: credit33.go)
			ps = ps[:len(ps)-1]
		} else if e := ps[len(ps)-1].e; len(ps) > 2 && e < len(text) && isHanAt(text, e) && utf8.RuneCountInString(titleStarting(text[e:])) < 2 {
			// (a one-character verb after it, 鲁 明 担|任, is the piece's
			// own word, not a title: 担任)
			ps = ps[:len(ps)-1]
		}
		minGap := 100
		for _, p := range ps[1:] {
			minGap = min(minGap, p.gap)
		}
		for a := 0; a < len(ps); {
			b := a + 1
			for b < len(ps) && ps[b].gap == minGap {
				b++
			}
			if b-a >= 2 && b-a <= 3 && !(a == 0 && b == len(ps) && len(ps) > 3) {
				if f, ok := spacedName(text, ps[a].s, ps[b-1].e, a == 0, b == len(ps)); ok {
					out = append(out, f)
				}
			}
			a = b
		}
	}
	return out
}

// isHanBefore and isHanAt report whether the character before or at byte
// i of s is a Han character.
func isHanBefore(s string, i int) bool { r, _ := utf8.DecodeLastRuneInString(s[:i]); return isHan(r) }
func isHanAt(s string, i int) bool     { r, _ := utf8.DecodeRuneInString(s[i:]); return isHan(r) }

// spacedName scores the spaced characters text[s:e]; first and last tell
// whether the group begins or ends its run, where it may touch other
// characters.
func spacedName(text string, s, e int, first, last bool) (Finding, bool) {
	l := getLexicon()
	span := text[s:e]
	parts := strings.Fields(strings.ReplaceAll(span, "　", " "))
	r0, _ := utf8.DecodeRuneInString(parts[0])
	score, ok := l.surname[r0]
	if !ok {
		return Finding{}, false
	}
	for _, p := range parts[1:] {
		r, _ := utf8.DecodeRuneInString(p)
		if givenStop[r] {
			return Finding{}, false
		}
		score += clamp(l.given[r], -4, 3)
	}
	ev := "spaced-name"
	ctx := false
	if before, _ := utf8.DecodeLastRuneInString(text[:s]); first && s > 0 && isHan(before) {
		w := roleEnding(text[:s])
		if w == "" {
			return Finding{}, false
		}
		ev += ",role-before:" + w
		ctx = true
	} else if w := roleEnding(strings.TrimRight(text[:s], " 　:：\t")); w != "" {
		ev += ",speaker:" + w // 组长：王 五
		ctx = true
	}
	if after, _ := utf8.DecodeRuneInString(text[e:]); last && e < len(text) && isHan(after) {
		w := titleStarting(text[e:])
		if w == "" {
			return Finding{}, false
		}
		ev += ",title-after:" + w
		ctx = true
	}
	// a role or title beside the spaced characters vouches for a given
	// name the statistics doubt (王 五)
	if score < 0 && !(ctx && score >= spacedContextMin) {
		return Finding{}, false
	}
	return Finding{Type: PERSON, Text: span, Start: s, End: e, Evidence: ev, Score: score + 2}, true
}

// spacedContextMin is the least score of spaced characters beside a role
// or title.
var spacedContextMin = -3.0

// roleEnding returns the role word (rolesBefore, or a word ending in a
// title such as 县委副书记) that ends s, or "".
func roleEnding(s string) string {
	best := ""
	for k, i := 0, len(s); k < 8 && i > 0; k++ {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !isHan(r) {
			break
		}
		i -= w
		if x := s[i:]; rolesBefore[x] || hasRoleSuffix(x) {
			best = x
		}
	}
	return best
}

// titleStarting returns the title or verb (rolesAfter) that begins s, or "".
func titleStarting(s string) string {
	best := ""
	for k, i := 0, 0; k < 4 && i < len(s); k++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		i += w
		if rolesAfter[s[:i]] {
			best = s[:i]
		}
	}
	return best
}

// foreignRoles announce or follow transliterated names (总统克林顿, 哈比比说).
var foreignRoles = wordSet(`男友 女友 丈夫 妻子 总统 副总统 首相 总理 副总理 外长 外交部长 议长 国王 女王 王子 亲王 公主 大使 教练 主教练 外援 前锋 后卫 中锋 门将 球员 选手 名将 毒枭 主席 总书记 部长 国务卿 秘书长 参议员 众议员 议员 发言人 司令 将军 元帅 女士 先生 夫人 小姐 博士 教授 记者 作家 导演 演员 歌手 说 表示 强调 认为 指出 称 透露 宣布 一行 等人`)

// contextForeignNames finds transliterated names next to a role or a
// verb of saying (教练扎加洛, 斯捷帕申说): a run of up to seven characters of
// words gojieba does not know, name words or single characters, most of
// them transliteration characters.
func contextForeignNames(tt *tokText) []Finding {
	l := getLexicon()
	var out []Finding
	part := func(t tok) bool {
		if !isHan(tt.runes[t.start]) || t.n() > 5 {
			return false
		}
		for _, r := range tt.runes[t.start:t.end] {
			if functionRunes[r] || givenStop[r] && l.translitN[r] < 3 {
				return false
			}
		}
		switch t.pos {
		case "x", "nr", "nrt", "nrfg", "ns":
			return !l.common[t.word] || t.pos == "nrt"
		}
		// a one-character verb beside the name is no part of it (克林顿|派
		// 代表, 访|米亚特), unless it is a frequent transliteration character
		return t.n() == 1 && !gramPOS(t.pos) && (t.pos != "v" || strongTranslit(l, tt.runes[t.start]))
	}
	accept := func(s, e int, ev string, strong bool) {
		if e-s < 2 || e-s > 7 {
			return
		}
		sc := 0.0
		for _, r := range tt.runes[s:e] {
			if l.translitN[r] >= 3 {
				sc++
			}
		}
		if sc/float64(e-s) < 0.6 {
			return
		}
		w := tt.sub(s, e)
		if notForeignName(w) || l.places[w] > 0 || nationalTerms[w] {
			return
		}
		if last := tt.runes[e-1]; villageWords[last] || last == '县' || last == '区' {
			return // 各乡镇|党委书记: a run ending like a unit is no foreign name
		}
		score := 2.5
		if strong {
			score = 3.5 // a title outweighs gojieba's place tag (库马拉通加总统)
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: score})
	}
	ws := tt.personWordSet(pwForeignCtx)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no role or title ending at a later token)
			}
		}
		t := tt.toks[k]
		if r := tt.tokLast[k]; !roleTitleLast.has(r) {
			continue // the cheap check first: most words end in none of the roles' and titles' last characters
		}
		if !foreignRoles[t.word] && !hasRoleSuffix(t.word) && !endsInTitle(t.word) {
			continue
		}
		// after the role
		e := t.end
		for k2 := k + 1; k2 < len(tt.toks) && part(tt.toks[k2]) && tt.toks[k2].end-t.end <= 7; k2++ {
			if foreignRoles[tt.toks[k2].word] {
				break
			}
			e = tt.toks[k2].end
		}
		if e > t.end {
			accept(t.end, e, "transliterated,role-before:"+t.word, personRoleWord(t.word))
		}
		// before the title or verb (素帕猜|副|总理)
		s, k0 := t.start, k
		if k > 0 && tt.toks[k-1].word == "副" {
			s, k0 = tt.toks[k-1].start, k-1
		}
		end := s
		for k2 := k0 - 1; k2 >= 0 && part(tt.toks[k2]) && end-tt.toks[k2].start <= 7; k2-- {
			if foreignRoles[tt.toks[k2].word] {
				break
			}
			s = tt.toks[k2].start
		}
		if s < end {
			accept(s, end, "transliterated,title-after:"+t.word, personRoleWord(t.word))
		}
	}
	return out
}

// roleEndLast holds the last characters of the words rolesBefore and
// hasRoleSuffix accept; rolesAfterFirst the first characters of rolesAfter.
var roleEndLast, rolesAfterFirst = func() (last, first runeBits) {
	for w := range rolesBefore {
		r, _ := utf8.DecodeLastRuneInString(w)
		last.set(r)
	}
	for k := range roleLast {
		last[k] |= roleLast[k]
	}
	for w := range rolesAfter {
		r, _ := utf8.DecodeRuneInString(w)
		first.set(r)
	}
	return
}()

// roleTitleLast holds the last characters of the foreign roles, the role
// suffixes and the title suffixes: a word ending in none of them is none of
// those.
var roleTitleLast = func() (b runeBits) {
	for w := range foreignRoles {
		r, _ := utf8.DecodeLastRuneInString(w)
		b.set(r)
	}
	for _, w := range titleSuffixes {
		r, _ := utf8.DecodeLastRuneInString(w)
		b.set(r)
	}
	for k := range roleLast {
		b[k] |= roleLast[k]
	}
	return
}()

// roleLast holds the last characters of the role suffixes.
var roleLast = func() (b runeBits) {
	for _, r := range "记长任理授士员表席监者练" {
		b.set(r)
	}
	return
}()

// readableContext returns how many bytes of a PERSON finding stay readable
// before and after the part that is masked: the title of a reference by
// surname and title (王局长 → 〔人名1〕局长, 郑某 → 〔人名1〕某) and the 老 or 小
// of a familiar form (老张 → 老〔人名1〕). The whole reference is still the
// entity, so the surname alone is never masked wherever it stands.
func readableContext(f Finding) (keep [2]int) {
	if k, ok := readableContext17a(f); ok { // leak17a.go: 天晴董事长 keeps 董事长
		return k
	}
	if k, ok := readableContext18w(f); ok { // pers18w.go: 由田野 keeps 由, 冷静两位同志 keeps 两位同志
		return k
	}
	if f.Type != PERSON {
		return
	}
	switch {
	case strings.HasPrefix(f.Evidence, "surname+title"):
		rs := []rune(f.Text)
		sl := 0
		if len(rs) >= 3 && getLexicon().compound[string(rs[:2])] {
			sl = 2
		} else if _, ok := getLexicon().surname[rs[0]]; ok && len(rs) >= 2 {
			sl = 1
		}
		if sl > 0 && sl < len(rs) {
			keep[1] = len(string(rs[sl:]))
		}
	case f.Evidence == "familiar-surname":
		if r, w := utf8.DecodeRuneInString(f.Text); (r == '老' || r == '小') && w < len(f.Text) {
			keep[0] = w
		}
	}
	return
}

// givenPieceOfSpacedName reports a character that follows a surname and
// one to three spaces (韦 宁同志, 杨  勇同志): the given name of a spaced
// name, not a surname before a title; read as one, it would leave the real
// surname readable before the mask (韦 〔人名〕同志).
func givenPieceOfSpacedName(tt *tokText, i int) bool {
	j := i - 1
	for j >= 0 && i-j <= 3 && spaceRune(tt.runes[j]) {
		j--
	}
	if j < 0 || j == i-1 {
		return false
	}
	_, ok := getLexicon().surname[tt.runes[j]]
	return ok && (j == 0 || !isHan(tt.runes[j-1]) || tt.tokStart(j))
}

// closesName reports whether token b is a title that follows a name (同志,
// 先生, 女士) right after a name-like word of gojieba's (崔英哲/nr|同志)
// or a name's last character alone (崔|英|哲|同志):
// it closes that name and is no role before the next word.
func closesName(tt *tokText, b *tok) bool {
	if b.word != "同志" && b.word != "先生" && b.word != "女士" || b.start == 0 {
		return false
	}
	p := tt.tokenBefore(b.start)
	if p == nil || p.end != b.start || !isHan(tt.runes[p.start]) {
		return false
	}
	switch p.pos {
	case "nr", "nrfg", "nrt", "x":
		return p.n() >= 2
	}
	// a name's last character standing alone (崔|英|哲|同志)
	return p.n() == 1 && !functionPOS(p.pos) && !hardStop[tt.runes[p.start]] && !functionRunes[tt.runes[p.start]]
}

// afterClosedName reports whether finding f stands right after a title
// that closes the name before it (崔英哲同志|包保): there the tagger's
// reading is the verb of the sentence, no second name.
func afterClosedName(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	b := tt.tokenBefore(s)
	return b != nil && b.end == s && closesName(tt, b)
}

// roleGluedName reports a three-character name right after a role whose
// surname and first given character gojieba read as an ordinary word
// (党委书记|周长|军): the role vouches for the name, so the word inside it
// costs a penalty (below) instead of ruling the name out. The third
// character must stand alone and be a given-name character, and the name
// must end where a token begins.
func roleGluedName(tt *tokText, s, sl, e int, t *tok) bool {
	if sl != 1 || e-s != 3 || t.n() != 2 || s == 0 {
		return false
	}
	last := &tt.toks[tt.tokOf[e-1]]
	if last.start != e-1 || last.end != e {
		return false
	}
	if e < len(tt.runes) {
		if a := tt.tokenAt(e); a == nil || a.start != e {
			return false
		}
	}
	b := tt.tokenBefore(s)
	if b == nil || b.end != s || closesName(tt, b) || tt.personToks()[tt.tokOf[s-1]]&ptRoleMay == 0 {
		return false
	}
	return getLexicon().given[tt.runes[e-1]] > 0 && nameChars(tt.runes[s+1:e])
}

// joinedFindings returns fs without the findings whose indices drop holds,
// followed by add, the names joined from them; fs itself when nothing was
// joined. joinTransliterated and joinNamePieces12 end with it.
func joinedFindings(fs []Finding, drop map[int]bool, add []Finding) []Finding {
	if len(add) == 0 {
		return fs
	}
	out := fs[:0:0]
	for k, f := range fs {
		if !drop[k] {
			out = append(out, f)
		}
	}
	return append(out, add...)
}
