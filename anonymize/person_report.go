package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the person-name rules for the way county reports write
// names, beside the news-trained scorer and tagger of person.go: names
// spaced out after a role (项目经理杨 勇), bare surname and title
// references in a salutation or before a verb of speaking (尊敬的钱县长),
// compound surnames after a role or before a title (司徒书记), 老/小 and a
// surname after a word for a villager (村民老周), and the ordinary words of
// the genre that read like names (毛竹, 黄牛, 博士后), which are not masked.

// reportPersons adds the names the report rules find to fs, the findings
// of the scorer and the tagger for one text, and drops those that are
// ordinary words of the genre.
func reportPersons(tt *tokText, fs []Finding) []Finding {
	if len(tt.runes) == 0 {
		return fs
	}
	fs = dropGenreWords(tt, fs)
	fs = retypeNonPersons(tt, fs)
	fs = upgradeCompoundAfterRole(tt, fs)
	fs = append(fs, spacedAfterRole(tt)...)
	fs = append(fs, dottedAfterRole(tt)...)
	fs = append(fs, fourCharAfterRole(tt)...)
	fs = append(fs, nameBeforeComrade(tt)...)
	fs = append(fs, pronounSurnameName(tt)...)
	fs = append(fs, reportTitleRefs(tt)...)
	fs = append(fs, familiarAfterPersonNoun(tt)...)
	fs = append(fs, countedListNames(tt)...)
	fs = append(fs, namesListedAfterRole(tt, fs)...)
	fs = append(fs, roleNameBeforeListedName(tt, fs)...)
	fs = append(fs, subjectIsPerson(tt, fs)...)
	fs = append(fs, memberLists(tt, fs)...)
	fs = append(fs, closedNameLists(tt, fs)...)
	fs = append(fs, nameListTail(tt, fs)...)
	fs = append(fs, nameBeforeAcademicTitle(tt, fs)...)
	fs = append(fs, minorityNames(tt)...)
	fs = append(fs, nameClosedAfterRole(tt)...)
	fs = append(fs, personBeforeLead(tt, fs)...)
	fs = append(fs, rareSurnameAfterRole(tt)...)
	fs = append(fs, countedListOneParts(tt, fs)...)
	fs = append(fs, namesBetweenNames(tt, fs)...)
	fs = append(fs, minorityNameAfterPersonWord(tt)...)
	return fs
}

// personRoleToken reports whether token t names a role or a title that a
// name follows (项目经理, 镇长, 党委书记), not a verb (带领, 告诉).
func personRoleToken(t *tok) bool {
	if t == nil {
		return false
	}
	// most words end in no role's last character: one bit test before
	// the map lookups
	if r := lastRune(t.word); r >= 0 && r < 1<<16 && !roleEndLast.has(r) {
		return false
	}
	return (rolesBefore[t.word] || hasRoleSuffix(t.word)) && !verbsOfSaying[t.word]
}

// kinNouns name a person's relative, after which a spaced name is that
// relative's (其妻龚  莉负责…, 之子吴  刚).
var kinNouns = wordSet(`妻 其妻 妻子 丈夫 其夫 爱人 儿子 女儿 之子 之女 其子 其女 父亲 母亲 哥哥 弟弟 姐姐 妹妹`)

// spaceRune reports the spaces that pad names in reports.
func spaceRune(r rune) bool { return r == ' ' || r == '　' }

// spacedAfterRole finds names spaced out after a role in running text and
// in speaker lines: 项目经理杨 勇多次…, 镇长柴 伟 介绍, 乡长 阿 苦 日 呷.
// After the role (and at most three spaces) come two to four single
// characters with one to three spaces between them; a piece that begins a
// longer word of gojieba's (介绍) is no part of the name. The first piece
// must be a surname, unless there are four pieces (a Yi or Tibetan name,
// 阿 苦 日 呷), and no piece may be a grammatical character.
func spacedAfterRole(tt *tokText) []Finding {
	if !tt.spaceMay() { // hasSpace(tt.text) (speed15.go)
		return nil // the cheap test first: most paragraphs have no space
	}
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end >= n || !spaceRune(tt.runes[t.end]) && (t.end+1 >= n || !spaceRune(tt.runes[t.end+1])) {
			continue // no space after the token or after the next character
		}
		if !tt.roleTok(t) && !personNouns[t.word] && !kinNouns[t.word] {
			continue
		}
		i := t.end
		for j := 0; j < 3 && i < n && spaceRune(tt.runes[i]); j++ {
			i++
		}
		if s, e := spacedPieces(tt, i); e > s {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,role-before:" + t.word, Score: contextScore + 1})
		}
	}
	// at a line's or a clause's start, before a title (白 洁同志), after a
	// colon or in a list of spaced names (成员：卢 涛、祁 红)
	for i := 0; i+3 < n; i++ {
		if !isHan(tt.runes[i]) || !spaceRune(tt.runes[i+1]) && !spaceRune(tt.runes[i+2]) {
			continue
		}
		s, e := 0, 0
		if i > 0 && isHan(tt.runes[i-1]) {
			// inside running text only as the first of a list of spaced
			// names (与X 林、Y 雪沟通)
			if s, e = spacedPieces(tt, i); e <= s || e+3 >= n || tt.runes[e] != '、' || !isHan(tt.runes[e+1]) || !spaceRune(tt.runes[e+2]) {
				continue
			}
		} else if s, e = spacedPieces(tt, i); e <= s || e >= n {
			continue
		}
		listPrev := i >= 4 && tt.runes[i-1] == '、' && spaceRune(tt.runes[i-3]) && isHan(tt.runes[i-2])
		colon := i > 0 && (tt.runes[i-1] == '：' || tt.runes[i-1] == ':')
		if (colon || listPrev) && e-s <= 5 && !spaceRune(tt.runes[e]) || tt.runes[e] == '、' {
			// after a colon or in a list of spaced names (成员：卢 涛、祁 红;
			// 陈 静、吴 明沟通…, where running text goes on after the last)
			if _, ok := getLexicon().surname[tt.runes[s]]; ok && (listPrev || !isHan(tt.runes[e]) || tt.runes[e] == '、') {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,list", Score: contextScore})
				i = e
				continue
			}
		}
		a := tt.tokenAt(e)
		if a == nil || a.start != e || len(a.word) <= 3 || !rolesAfter[a.word] || verbsOfSaying[a.word] {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,title-after:" + a.word, Score: contextScore + 1})
		i = e
	}
	return out
}

// spacedPieces reads a spaced-out name at rune i: two to four single
// characters with one to three spaces between them, the last one followed
// by a space or directly by other text (杨 勇多次); a piece that begins a
// longer word of gojieba's (介绍) is no part of the name. The first piece
// must be a surname of its own, unless there are four pieces (阿 苦 日 呷),
// no piece may be a grammatical character, and the given characters must
// not all be rare in names. It returns the rune range, or s == e.
func spacedPieces(tt *tokText, i int) (int, int) {
	l := getLexicon()
	n := len(tt.runes)
	if i >= n {
		return 0, 0
	}
	var pieces []int // rune index of each piece
	spaced := false
	// a compound surname is one piece of two characters (欧阳 雪)
	compound := i+2 < n && spaceRune(tt.runes[i+2]) && l.compound[string(tt.runes[i:i+2])]
	for p := i; p < n && len(pieces) < 5; {
		r := tt.runes[p]
		if !isHan(r) || functionRunes[r] || hardStop[r] || isMaskRune(r) || givenStop[r] && len(pieces) < 2 {
			break
		}
		if len(pieces) > 0 && (tt.toks[tt.tokOf[p]].n() > 1 || creditRune33(tt, p)) {
			break // the piece begins a word (柴 伟 介绍) or a credit (甲 乙 摄: credit33.go)
		}
		pieces = append(pieces, p)
		q := p + 1
		if compound && p == i {
			q++
		}
		sp := 0
		for q < n && spaceRune(tt.runes[q]) && sp < 4 {
			q++
			sp++
		}
		if sp == 0 || sp > 3 || q >= n {
			break // the last piece: a character or a word follows it directly (杨 勇多次)
		}
		spaced = true
		p = q
	}
	if !spaced || len(pieces) < 2 || len(pieces) > 4 || compound && len(pieces) > 3 {
		return 0, 0 // more than four: a run of single characters, not a name
	}
	if _, ok := l.surname[tt.runes[pieces[0]]]; !ok && len(pieces) < 4 && !compound {
		return 0, 0
	}
	if len(pieces) < 4 && !compound && tt.toks[tt.tokOf[pieces[0]]].n() > 1 {
		return 0, 0 // the surname character begins a word (乡长 王家 …)
	}
	score := 0.0
	for _, p := range pieces[1:] {
		score += clamp(l.given[tt.runes[p]], -4, 3)
	}
	if score < -2*float64(len(pieces)-1) {
		return 0, 0
	}
	return pieces[0], pieces[len(pieces)-1] + 1
}

// upgradeCompoundAfterRole makes a doubtful name with a compound surname
// right after a role a confirmed one (镇党委书记司徒建国, where gojieba reads
// 建国 as a place word): a compound surname from the table after a role is
// evidence enough.
func upgradeCompoundAfterRole(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !f.generic || !strings.HasSuffix(f.Evidence, ",doubtful") || !strings.Contains(f.Evidence, "role-before:") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e-s < 3 || e-s > 4 || !l.compound[string(tt.runes[s:s+2])] {
			continue
		}
		f.generic = false
		f.Score = contextScore
		f.Evidence = strings.TrimSuffix(f.Evidence, ",doubtful") + ",compound-surname"
	}
	return fs
}

// speechAfterTitle are the words after a surname-and-title reference that
// show it is a person speaking or acting (钱县长指出, 司徒书记逐一点评).
var speechAfterTitle = wordSet(`指出 强调 要求 讲话 说 表示 认为 介绍 提出 主持 点评 逐一 作 做 部署 批示 带队 调研 一行 同志 对 在 亲自 多次 再次 专门`)

// salutationBefore are the words of a salutation before a surname and a
// title (尊敬的钱县长, 敬爱的).
var salutationBefore = wordSet(`尊敬 敬爱 亲爱`)

// reportTitleRefs finds references by surname and title that
// surnameTitles leaves, whether or not the full name stands in the
// document: a compound surname before a title (司徒书记), and a surname
// that seldom begins a name before a title in a salutation (尊敬的钱县长),
// before a verb of speaking or acting (钱县长指出) or in a list of such
// references (钱县长、孙书记).
func reportTitleRefs(tt *tokText) []Finding {
	l := getLexicon()
	cf := &getTaggerLex().compoundFirst
	n := len(tt.runes)
	var out []Finding
	endsWord := func(p int) bool { return p == n || p > 0 && tt.toks[tt.tokOf[p-1]].end == p }
	title := func(i int) int { // the end of the longest title at rune i that ends a word, or 0
		for k := min(n, i+4); k > i; k-- {
			if personTitles[spanString(tt, i, k)] && endsWord(k) && k-i >= 2 {
				return k
			}
		}
		return 0
	}
	ps := tt.personPos(posTitleRef) // (speed9b.go)
	for i := 0; i+2 < n; i++ {
		if ps != nil {
			if i = nextPos(ps, i); i+2 >= n {
				break // (speed9b.go: no compound surname or title at a later character)
			}
		}
		r := tt.runes[i]
		if r < 1<<16 && !cf.has(r) && !personTitleFirst.has(tt.runes[i+1]) {
			continue // neither test below can pass: two bit tests first (speed6)
		}
		if !isHan(r) {
			continue
		}
		t := &tt.toks[tt.tokOf[i]]
		if t.start != i {
			continue
		}
		// a compound surname of its own or one word with the title
		if i+3 < n && (r >= 1<<16 || cf.has(r)) && compoundSpan(tt, i, i+2) && (t.end == i+2 || t.end > i+2 && personTitles[spanString(tt, i+2, t.end)]) {
			if e := title(i + 2); e > 0 && !l.common[tt.sub(i, e)] {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "compound-surname+title:" + tt.sub(i+2, e), Score: 3})
				i = e - 1
				continue
			}
		}
		// a lone surname character before a title
		if t.n() != 1 || !personTitleFirst.has(tt.runes[i+1]) || !l.isSurname(r) || l.first[r] < 1 || gramPOS(t.pos) && t.pos != "r" {
			continue
		}
		// a surname gojieba reads as a verb or a pronoun (任) only at a
		// clause's start or after a salutation: 2023年任乡长 and 曾任县长 are
		// no references (a preposition, 向县长汇报, never is one)
		verbal := t.pos == "v" || t.pos == "r"
		if verbal && i > 0 && isHan(tt.runes[i-1]) && tt.runes[i-1] != '的' {
			continue
		}
		e := title(i + 1)
		if e == 0 || l.common[tt.sub(i, e)] || givenPieceOfSpacedName(tt, i) {
			continue
		}
		ctx := ""
		if b := tt.tokenBefore(i); b != nil && b.word == "的" {
			if bb := tt.tokenBefore(b.start); bb != nil && salutationBefore[bb.word] {
				ctx = "salutation"
			}
		}
		if a := tt.tokenAt(e); ctx == "" && a != nil && a.start == e && speechAfterTitle[a.word] {
			ctx = "speaking"
		}
		if ctx == "" && (titleRefAt(tt, e, true) || titleRefAt(tt, i, false)) {
			ctx = "list"
		}
		if b := tt.tokenBefore(i); ctx == "" && b != nil && b.end == i && personNouns[b.word] && kinTitles[tt.sub(i+1, e)] {
			ctx = "person-noun" // 老党员石老伯, 村民黄大爷: a villager by surname and kin word
		}
		if ctx == "" {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "surname+title:" + tt.sub(i+1, e) + "," + ctx, Score: 3})
		i = e - 1
	}
	return out
}

// titleRefAt reports whether another surname-and-title reference stands
// across a list separator or a conjunction at rune p: after p when after
// is true (钱县长|、孙书记), else before it (孙书记、|钱县长).
func titleRefAt(tt *tokText, p int, after bool) bool {
	n := len(tt.runes)
	sep := func(r rune) bool { return r == '、' || r == '和' || r == '与' || r == '及' }
	l := getLexicon()
	if after {
		if p+3 > n || !sep(tt.runes[p]) {
			return false
		}
		if _, ok := l.surname[tt.runes[p+1]]; !ok {
			return false
		}
		for k := min(n, p+5); k >= p+4; k-- {
			if personTitles[string(tt.runes[p+2:k])] {
				return true
			}
		}
		return false
	}
	if p < 4 || !sep(tt.runes[p-1]) {
		return false
	}
	for k := p - 3; k >= max(0, p-4); k-- {
		if _, ok := l.surname[tt.runes[k]]; ok && personTitles[string(tt.runes[k+1:p-1])] {
			return true
		}
	}
	return false
}

// personNouns are words for a villager, a resident or a colleague before a
// familiar reference or a spaced name (村民老周, 贫困户小李, 班子成员X Y).
var personNouns = wordSet(`成员 班子成员 组员 工作人员 同事 村民 农民 茶农 果农 菜农 棉农 烟农 药农 花农 林农 菇农 渔民 牧民 居民 群众 农户 村干部 职工 员工 工人 老人 大爷 大妈 大娘 大叔 阿姨 师傅 老乡 乡亲 党员 老党员 贫困户 脱贫户 户主 种植户 养殖户 社员 老板 老板娘 店主 摊主 掌柜 场主 志愿者 网格员 护林员 保洁员 驾驶员 技术员 村医 游客 学生 同学 老师 队员`)

// familiarVerbs are verbs of saying or feeling after a familiar reference
// (老周说, 小钱笑着说).
var familiarVerbs = wordSet(`说 讲 笑 笑着说 告诉 介绍 表示 坦言 感慨 回忆 算 高兴 乐呵呵 激动`)

// familiarAfterPersonNoun finds 老/小 and a surname after a word for a
// villager or a resident or after a role (村民老周, 养殖户小杨, 第一书记小杨),
// or before a verb of saying (老周说), however gojieba tags them (老周/t).
func familiarAfterPersonNoun(tt *tokText) []Finding {
	if !tt.mayHavePerson(pcFamiliar) {
		return nil // no 老 or 小 (speed9b.go)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i < n; i++ {
		if c := tt.runes[i-1]; c != '老' && c != '小' {
			continue
		}
		r := tt.runes[i]
		if _, ok := l.surname[r]; !ok || l.first[r] < 1 {
			continue
		}
		t := tt.toks[tt.tokOf[i-1]]
		// 老周 one word, or 老 and 周 words of their own
		if !(t.start == i-1 && t.end == i+1) && !(t.start == i-1 && t.end == i && tt.toks[tt.tokOf[i]].n() == 1) {
			continue
		}
		if gramPOS(t.pos) {
			continue
		}
		// beside another 老/小 and surname in a list that is no frequent
		// word (老张、小马等), even a frequent word (小马) is a person
		familiarAt := func(p int) bool {
			if p < 0 || p+1 >= n || tt.runes[p] != '老' && tt.runes[p] != '小' {
				return false
			}
			_, ok := l.surname[tt.runes[p+1]]
			return ok && l.first[tt.runes[p+1]] >= 1 && tt.tokStart(p) && tt.tokStart(p+2) && !l.common[tt.sub(p, p+2)]
		}
		listed := i+1 < n && tt.runes[i+1] == '、' && familiarAt(i+2) || i >= 4 && tt.runes[i-2] == '、' && familiarAt(i-4)
		if l.common[tt.sub(i-1, i+1)] && !listed {
			continue // 小康, 老实: a frequent word
		}
		ctx := ""
		if listed {
			ctx = "list"
		} else if b := tt.tokenBefore(i - 1); b != nil && (personNouns[b.word] || tt.roleTok(b)) {
			ctx = "person-before:" + b.word
		} else if a := tt.tokenAt(i + 1); a != nil && a.start == i+1 && familiarVerbs[a.word] {
			ctx = "verb-after:" + a.word
		}
		if ctx == "" {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i-1, i+1), Start: tt.off[i-1], End: tt.off[i+1], Evidence: "familiar-surname," + ctx, Score: contextScore})
	}
	return out
}

// genreWords are ordinary words of county reports that begin with a
// surname character or that gojieba lists as names (毛竹/nr, 黄牛/nr,
// 博士后/nr), by class: crops, bamboo and timber, teas, fruit, vegetables
// and fungi, flowers, medicinal plants, livestock, poultry and fish, tourism and
// wellness, schooling and research, forestry, the short names of
// county departments (卫健, 文旅), the names of ethnic groups (哈尼梯田,
// 傈僳族), their crafts and festivals (苗绣, 芦笙), logistics (冷链), rice
// paddies farmed with shrimp, fish or ducks (稻虾, 虾稻共作), a residential
// community's buildings (楼栋) and the words of a form's seal line (盖章). A name the scorer or the tagger finds
// at the start of one of them is that word, unless a role or a title
// stands beside it.
var genreWords = wordSet(`
	嘎查 苏木 牧户 牧民 
	毛竹 毛竹林 雷竹 楠竹 慈竹 麻竹 方竹 竹笋 冬笋 春笋 竹林 竹材 杉木 马尾松 松木 柏木 樟树 桂花 杨树 柳树 梧桐 油茶 油桐 核桃 板栗 花椒 八角 肉桂 杜仲 厚朴 黄柏 漆树 桑树 桑蚕 蚕桑 桑葚
	白茶 红茶 绿茶 黄茶 黑茶 花茶 乌龙茶 毛尖 龙井 普洱 砖茶 茶叶 茶园 茶苗 茶青
	高粱 玉米 小麦 水稻 谷子 荞麦 燕麦 青稞 黄豆 大豆 绿豆 红豆 蚕豆 豌豆 马铃薯 红薯 甘薯 木薯 魔芋 甘蔗 油菜 花生 芝麻 向日葵 棉花 烟叶 烤烟 蓝莓 杨梅 柑橘 脐橙 沃柑 金桔 金柑 柚子 石榴 樱桃 猕猴桃 黄桃 蜜桃 苹果 梨子 雪梨 葡萄 火龙果 百香果 芒果 荔枝 龙眼 枇杷 李子 杏子 枣子 红枣 冬枣 柿子 山楂 桑果 车厘子
	白菜 黄瓜 冬瓜 南瓜 苦瓜 丝瓜 辣椒 花菜 芹菜 韭菜 莲藕 莲子 茭白 山药 生姜 大蒜 洋葱 番茄 茄子 黄花菜 金针菇 香菇 平菇 木耳 黑木耳 银耳 羊肚菌 竹荪 松茸 灵芝 天麻
	向阳花 油菜花 杜鹃花 格桑花 桃花 梨花 荷花 菊花 金盏菊 薰衣草
	黄精 黄芪 黄连 党参 白术 白芨 白芍 金银花 柴胡 石斛 葛根 当归 丹参 半夏 贝母 重楼 三七 玄参 桔梗 连翘 艾草 贡菊 杭白菊 枸杞 茯苓 何首乌 吴茱萸 钩藤 百合
	黄牛 水牛 牦牛 奶牛 肉牛 耕牛 山羊 绵羊 湖羊 黑山羊 生猪 黑猪 土猪 能繁母猪 仔猪 肉鸡 蛋鸡 土鸡 乌鸡 麻鸭 鸭子 白鹅 鹅苗 肉兔 蜜蜂 中蜂 蜂蜜 蚕茧 梅花鹿 马鹿 鲍鱼 海参 对虾 龙虾 小龙虾 鳜鱼 鲈鱼 草鱼 鲤鱼 鲫鱼 黄鳝 泥鳅 甲鱼 大闸蟹 江豚 大熊猫 熊猫 金丝猴 朱鹮 白鹭
	温泉 康养 温泉康养 民宿 农家乐 古镇 古村 古城 古村落 景区 漂流 露营 研学 文旅 非遗
	博士后 博士生 博士点 硕士点 硕士生 特聘 特聘教授 客座 师德 师风 师德师风 师资 师生 学科 学段 学位 教研 教科研 职称 高级职称 正高 副高 中级职称
	苗木 种苗 树苗 林相 林分 林地 林区 林场 林权 林业 林下 林草 林长制 林果 林木 林农 林带 林间 林产品 林业站
	卫健 卫健委 卫计 卫生院 文广 文旅 文体 文广旅 商务 水务 水利 农经 农技 农机 农综 农商 城建 城管 交运 市监 司法所 应急
	哈尼 哈尼族 傈僳 拉祜 景颇 布依 仡佬 纳西 土家 毛南 仫佬 基诺 德昂 独龙 普米 阿昌 门巴 珞巴 裕固 撒拉 锡伯 赫哲 鄂伦春 鄂温克 达斡尔 柯尔克孜 乌孜别克 塔塔尔
	芦笙 芦笙节 苗绣 侗绣 蜡染 银饰 刺绣 织锦 壮锦 土布
	冷链 冷链物流 冷链仓储 冷库 仓储 物流 电商 直播 带货
	稻虾 虾稻 稻鱼 稻渔 稻鸭 稻蟹 稻蛙 稻虾共作 虾稻共作 稻渔共生
	楼栋
	盖章 签章 签字 签名 印章 公章`)

// officeVerbs are surname characters that are also verbs or prepositions
// of office before a title (任乡长 "served as township head", 兼组长, 代县长),
// read so unless the reference speaks or is addressed.
var officeVerbs = runeSet(`任兼代升调选当充向称`)

// officeRefContext reports whether a surname-and-title reference at runes
// [s, e) whose surname is an office verb still reads as a person: in a
// salutation, before a verb of speaking, or in a list of references.
func officeRefContext(tt *tokText, s, e int) bool {
	if b := tt.tokenBefore(s); b != nil && b.word == "的" {
		if bb := tt.tokenBefore(b.start); bb != nil && salutationBefore[bb.word] {
			return true
		}
	}
	if a := tt.tokenAt(e); a != nil && a.start == e && speechAfterTitle[a.word] && a.word != "以来" {
		return true
	}
	return titleRefAt(tt, e, true) || titleRefAt(tt, s, false)
}

// craftHeads are words for a craft's or a trade's people and skills that
// a genre word qualifies (苗绣代表性传承人, 蜡染技艺): after one, the genre
// word begins a list item of its own, it is no name in a list of names.
var craftHeads = wordSet(`代表性 传承人 代表性传承人 非遗传承人 技艺 工艺 手艺 艺人 匠人 绣娘 大户 专业户 协会 工坊`)

// genreHeads are words after a name-like word that show it is a product
// or an industry (白茶产业, 黄牛养殖), not a person.
var genreHeads = wordSet(`系统 部门 战线 产业 产业链 种植 养殖 加工 基地 小镇 园区 示范园 示范区 产品 品牌 品种 种苗 苗木 产量 产值 面积 专业村 合作社 龙头企业 市场 交易 价格 收购 深加工 规模 种植户 养殖户 良种`)

// amountVerbs end a word before an amount (多达, 高达, 逾, 共计).
var amountVerbs = runeSet(`达至逾超计`)

// countAfter reports whether a number that is no date (167人, not 16日)
// follows rune e.
func countAfter(tt *tokText, e int) bool {
	n := len(tt.runes)
	j := e
	for j < n && (numeralRune(tt.runes[j]) || tt.runes[j] == '.') {
		j++
	}
	return j > e && (j == n || !strings.ContainsRune("日月年号时", tt.runes[j]))
}

// numeralRune reports digits and Chinese numerals.
func numeralRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || chineseNumeralRunes.has(r)
}

// genreMeasures are measure words after a number that count land, crops,
// livestock or facilities (毛竹林1.6万亩, 黄牛300头, 单小1所).
var genreMeasures = runeSet(`亩头只羽株棵斤吨箱口所座处`)

// contextEvidence reports whether a finding's evidence names a role, a
// title or another sure sign beside the name, which no genre reading
// outweighs; a particle or a verb after it (黄牛|等, …|表示) is no such sign.
func contextEvidence(ev string) bool {
	for _, s := range []string{"role-before:", "four-character-name", "pronoun-surname", "speaker", "surname+title", "familiar-surname,", "spaced-name", "dot-name", "compound-surname"} {
		if strings.Contains(ev, s) {
			return true
		}
	}
	if _, after, ok := strings.Cut(ev, "title-after:"); ok {
		w, _, _ := strings.Cut(after, ",")
		return len(w) > 3 && !verbsOfSaying[w] && (rolesBefore[w] || titleRefs[w] || hasRoleSuffix(w))
	}
	return false
}

// dropGenreWords drops the person findings that are ordinary words of the
// genre (genreReading: 毛竹, 师德师|风, 白茶|小镇, 毛竹林|1.6万亩, 花椒、核桃、黄牛)
// unless a role or a title stands beside them or they are items of a list
// of names, 老/小 and a surname that form a frequent word (群众|小康) with
// no person beside them, and a verb of office read as a surname before a
// title (年|任乡长以来, officeVerbReading), and a transliterated word of two
// characters ending in a verb of amount before a count that is no date
// (多达|167人; not 鲁宾|16日).
func dropGenreWords(tt *tokText, fs []Finding) []Finding {
	// first the readings of each finding on its own, then the list check
	// against the findings that stay names
	const (
		keep = iota
		drop
		genre // a genre reading: dropped unless beside a name in a list
	)
	verdict := make([]int, len(fs))
	some := false
	for k, f := range fs {
		if f.Type != PERSON {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		switch {
		case s < 0 || e <= s:
		case officeVerbReading(tt, f, s, e):
			verdict[k], some = drop, true
		case e-s == 2 && strings.HasPrefix(f.Evidence, "transliterated") && amountVerbs[tt.runes[e-1]] && !contextEvidence(f.Evidence) && countAfter(tt, e) && !tt.roleTok(tt.tokenBefore(s)):
			verdict[k], some = drop, true // 多达|167人, 占比达|三分之一: a verb before a number
		case contextEvidence(f.Evidence):
		case e-s == 2 && tt.runes[s] == tt.runes[s+1] && getLexicon().common[f.Text]:
			verdict[k], some = drop, true // 谢谢, 常常: a frequent doubled word, no name
		case inSceneryPair(tt, s, e):
			verdict[k], some = drop, true // 金山|银山: a set phrase of scenery
		case f.Evidence == "familiar-surname" && getLexicon().common[f.Text]:
			verdict[k], some = drop, true // 小康, 老实: a frequent word, with no person beside it
		case !strings.HasPrefix(f.Evidence, "surname+given") && f.Evidence != "tagger" && !strings.HasPrefix(f.Evidence, "transliterated"):
			// references by surname and title or 老/小 (老张、小马) are no genre words
		case genreReading(tt, s, e) != "":
			verdict[k], some = genre, true
		}
	}
	if !some {
		return fs
	}
	var names []Finding
	for k, f := range fs {
		if verdict[k] == keep && f.Type == PERSON && !f.generic {
			names = append(names, f)
		}
	}
	out := make([]Finding, 0, len(fs))
	for k, f := range fs {
		if verdict[k] == drop || verdict[k] == genre && !besidePersons(tt, names, tt.runeAt(f.Start), tt.runeAt(f.End)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// officeVerbReading reports a finding whose office verb governs the title
// after it: a bare surname-and-title reference whose surname is one
// (2023年|任乡长以来) unless it is addressed, speaks or stands in a list of
// references, and a two-character name ending in one before a title
// (他曾兼|组长).
func officeVerbReading(tt *tokText, f Finding, s, e int) bool {
	if strings.HasPrefix(f.Evidence, "surname+title:") && !strings.Contains(f.Evidence, ",") && officeVerbs[tt.runes[s]] {
		return !officeRefContext(tt, s, e)
	}
	if e-s == 2 && officeVerbs[tt.runes[e-1]] && strings.HasPrefix(f.Evidence, "surname+given") && !strings.Contains(f.Evidence, "role-before:") {
		if a := tt.tokenAt(e); a != nil && a.start == e && (titleRefs[a.word] || rolesBefore[a.word]) {
			return true
		}
	}
	return false
}

// besidePersons reports whether runes [s, e) are an item of a list whose
// neighbouring item is one of the person findings names (张三、杨梅、李四):
// then a genre word is a name.
func besidePersons(tt *tokText, names []Finding, s, e int) bool {
	n := len(tt.runes)
	other := func(p int) bool { // a person finding covers rune p
		if p < 0 || p >= n {
			return false
		}
		for _, g := range names {
			if g.Start <= tt.off[p] && tt.off[p] < g.End {
				return true
			}
		}
		return false
	}
	sep := func(p int) bool { return p >= 0 && p < n && (tt.runes[p] == '、' || spaceRune(tt.runes[p])) }
	if a := tt.tokenAt(e); a != nil && a.start == e && (genreHeads[a.word] || craftHeads[a.word]) {
		return false // 、苗绣|代表性传承人: the word qualifies the next item's head
	}
	return sep(e) && other(e+1) || sep(s-1) && other(s-2)
}

// genreReading says why runes [s, e) of a name-like span read as an
// ordinary word of the genre, or "".
func genreReading(tt *tokText, s, e int) string {
	if r := genreReading6(tt, s, e); r != "" {
		return r
	}
	n := len(tt.runes)
	for k := min(n, s+5); k >= s+2; k-- {
		if k > e+2 {
			continue // a genre word reaching far past the span is another reading
		}
		// the span is the word, or a part of it (师德师|风), or the word and
		// a piece of the next word of gojieba's (温泉|康|养), or the word and
		// a word of groups or zones (古村|群) or a festival (龙虾|节); a name that merely begins
		// with one (杨树林) is left alone
		if genreWords[spanString(tt, s, k)] && (k >= e || !tt.tokStart(e) || e-k == 1 && strings.ContainsRune("群区带片节", tt.runes[k])) {
			return "genre-word"
		}
	}
	// or the span lies inside a genre word that begins a character before
	// it (格|桑花 of 格桑花)
	if s > 0 && e-s <= 3 {
		for k := min(n, s+4); k >= e; k-- {
			if genreWords[tt.sub(s-1, k)] {
				return "genre-word"
			}
		}
	}
	if e-s > 3 || translitLooking(tt, s, e) {
		return "" // a foreign-looking word before 小镇 or a count is a place or a brand (X舍德|小镇)
	}
	if a := tt.tokenAt(e); a != nil && a.start == e && genreHeads[a.word] {
		return "genre-head"
	}
	// a number and a measure of land or livestock after it
	j := e
	for j < n && (tt.runes[j] >= '0' && tt.runes[j] <= '9' || tt.runes[j] == '.' || strings.ContainsRune("一二三四五六七八九十百千万余多", tt.runes[j])) {
		j++
	}
	if j > e && j < n && genreMeasures[tt.runes[j]] {
		return "genre-count"
	}
	// a two-character list item next to an ordinary noun (a longer one is
	// more often a name: 马列主义、毛泽东思想)
	if e-s != 2 {
		return ""
	}
	if e < n && tt.runes[e] == '、' {
		if a := tt.tokenAt(e + 1); a != nil && ordinaryNounItem(tt, a) {
			return "genre-list"
		}
	}
	if s > 0 && tt.runes[s-1] == '、' {
		if b := tt.tokenBefore(s - 1); b != nil && ordinaryNounItem(tt, b) {
			return "genre-list"
		}
	}
	return ""
}

// ordinaryNounItem reports whether token t is a whole list item that is
// an ordinary noun of gojieba's dictionary (核桃/n), not a name or a role.
func ordinaryNounItem(tt *tokText, t *tok) bool {
	if t.n() < 2 || t.pos != "n" || isRoleWord(t.word) || personNouns[t.word] {
		return false
	}
	// the item stands between separators, after a verb (发展|核桃、…) or
	// before 等 or a conjunction
	before := t.start == 0 || listEdge(tt, t.start-1, true)
	if b := tt.tokenBefore(t.start); !before && b != nil && (b.pos == "v" || b.pos == "p") {
		before = true
	}
	after := t.end == len(tt.runes) || listEdge(tt, t.end, false) || strings.ContainsRune("等和及与", tt.runes[t.end])
	return before && after
}

// placeEndings end the name of a road, a village or a site (昌硕路, 塔尔寺,
// 刘屯村);
// villageWords follow a village's name as a word of their own (徐家寨|村).
var (
	placeEndings = runeSet(`路街巷道寺庙村屯寨`)
	villageWords = runeSet(`村镇乡寨屯庄`)
	// orgEndings end the name of an organisation before its short form
	// in brackets (…师范大学（海师）).
	orgEndings = runeSet(`学院校司团社局委厅所馆行会站部心厂`)
)

// placeKinds close a list of places after 等 (长道、何坝、姜席等乡镇).
var placeKinds = wordSet(`乡镇 镇 乡 村 县 市 区 县区 市县 地 地区 社区 街道 村组 村寨 地方`)

// placeListAfter reports whether the span ending at rune e is an item of a
// list that 等 and a word for places close: only items (Han characters and
// 、) up to 等.
func placeListAfter(tt *tokText, e int) bool {
	n := len(tt.runes)
	if e >= n || tt.runes[e] != '、' && tt.runes[e] != '等' {
		return false
	}
	for j := e; j < n && j-e <= 24; j++ {
		switch r := tt.runes[j]; {
		case r == '等':
			if j+1 < n && tt.tokStart(j+1) {
				a := tt.toks[tt.tokOf[j+1]]
				return placeKinds[a.word]
			}
			return false
		case r == '、' || isHan(r):
		default:
			return false
		}
	}
	return false
}

// retypeNonPersons gives the person findings that name a place or an
// organisation their type, so they are masked as what they are: a span
// ending in a road or site word (昌硕路), a span followed by a village or
// town word that ends a word of gojieba's (徐家寨|村, 徐家|寨村/x; the word
// joins the span), and a span
// that fills the brackets after an organisation's name (…大学（海师）), and
// an item of a list closed by 等 and a word for places (何坝、姜席等乡镇).
// A role or title beside a finding keeps it a person.
func retypeNonPersons(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || contextEvidence(f.Evidence) {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e-s < 2 || e-s > 4 || !allHan(f.Text) {
			continue
		}
		switch {
		case e < n && villageWords[tt.runes[e]] && tt.toks[tt.tokOf[e]].end == e+1 && (tt.toks[tt.tokOf[e]].n() == 1 || tt.toks[tt.tokOf[e]].pos == "x"):
			f.Type, f.Evidence = LOCATION, f.Evidence+",village-suffix"
			if s >= 1 && directionHead(tt, s-1) {
				s-- // 、西|索恩图村: the direction begins the village's name
				f.Start = tt.off[s]
			}
			f.End, f.Text = tt.off[e+1], tt.sub(s, e+1)
		case e-s == 2 && villageVerbHeads[tt.runes[s]] && strings.ContainsRune("村镇乡", tt.runes[e-1]):
			// 驻村, 包村, 进村: a verb and its village, neither a name nor a
			// place (驻村第一书记); only the strict policy masks it
			f.Type, f.Evidence, f.generic = LOCATION, f.Evidence+",verb-and-village", true
		case placeEndings[tt.runes[e-1]]:
			f.Type, f.Evidence = LOCATION, f.Evidence+",place-ending"
		case placeListAfter(tt, e):
			f.Type, f.Evidence = LOCATION, f.Evidence+",list-of-places"
		case s >= 2 && e < n && (tt.runes[s-1] == '（' || tt.runes[s-1] == '(') && (tt.runes[e] == '）' || tt.runes[e] == ')') && orgEndings[tt.runes[s-2]]:
			f.Type, f.Evidence = ORG, f.Evidence+",short-form-in-brackets"
		}
	}
	return fs
}

// dottedAfterRole finds a dotted minority name right after a role whose
// pieces dotNames does not take for transliteration characters
// (县委副书记阿不来提·吾守尔, where gojieba tags 吾 a pronoun): from the role to
// the dot at most seven characters, and after each dot up to seven more,
// none of them a grammatical character or part of an ordinary word of
// gojieba's (原名, 有幸, 同志, 讲话).
func dottedAfterRole(tt *tokText) []Finding {
	if !tt.mayHoldNameDot() || !hasNameDotRune(tt.runes) { // strings.ContainsAny(tt.text, "·•・．‧"), the signature first (speed9b)
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	nameRune := func(i int) bool {
		r := tt.runes[i]
		if !isHan(r) || functionRunes[r] || hardStop[r] || isMaskRune(r) {
			return false
		}
		// a function character inside a word gojieba made up (阿不都/x)
		// can be part of a name
		w := tt.toks[tt.tokOf[i]]
		return !givenStop[r] || w.pos == "x" && w.n() > 1
	}
	// a word of gojieba's of more than one character that no name holds:
	// a dictionary word with another tag than a name's, one of whose
	// characters is no transliteration character (原名, 有幸), a title or
	// a verb that follows names (同志, 讲话), or a frequent word
	otherWord := func(i int) bool {
		w := tt.toks[tt.tokOf[i]]
		if w.n() < 2 {
			return false
		}
		if rolesAfter[w.word] || isRoleWord(w.word) {
			return true
		}
		switch w.pos {
		case "nr", "nrt", "nrfg", "ns", "x":
			return false
		}
		if l.common[w.word] {
			return true
		}
		for _, c := range tt.runes[w.start:w.end] {
			if l.translitN[c] < 1 {
				return true
			}
		}
		return false
	}
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end >= n || !nameRune(t.end) || !tt.endMay(&roleEndLast, k) || !tt.roleTok(t) {
			continue
		}
		s := t.end
		d := s
		for d < n && d-s <= 7 && nameRune(d) && !otherWord(d) {
			d++
		}
		if d == s || d >= n || d-s > 7 || !isNameDot(tt.runes[d]) {
			continue
		}
		e := d
		for e < n && isNameDot(tt.runes[e]) {
			j := e + 1
			for j < n && j-(e+1) < 7 && nameRune(j) && !otherWord(j) {
				j++
			}
			if j == e+1 {
				break
			}
			e = j
		}
		if e <= d+1 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name,role-before:" + t.word, Score: 5})
	}
	return out
}

// fourCharAfterRole finds four-character minority names after a role or a
// word for a villager (群众吉克阿依, 群众阿苦日呷反映), which the scorer cuts
// after three: four characters of words gojieba made up (x) and single
// characters, at least one made-up word of two or more characters among
// them, none a grammatical character, the last none that ends a name's
// clause (等), followed by the text's end,
// punctuation or a word of two or more characters.
func fourCharAfterRole(tt *tokText) []Finding {
	if tt.personToksAny()&(ptRoleMay|ptPersonNoun) == 0 {
		return nil // no role word or person noun (speed9b.go)
	}
	n := len(tt.runes)
	var out []Finding
	pt := tt.personToks() // (speed7a.go)
	for k := 0; k < len(tt.toks); k++ {
		if j, ok := tt.personTokFrom(k); ok {
			if k = j; k >= len(tt.toks) {
				break // (speed9b.go: no role word or person noun at a later token)
			}
		}
		t := &tt.toks[k]
		e := t.end + 4
		if e > n || !isHan(tt.runes[t.end]) || pt[k]&(ptRoleMay|ptSaying) != ptRoleMay && pt[k]&ptPersonNoun == 0 { // (endMay(roleEndLast) && personRoleToken) || (endMay(personNounsLast) && personNouns)
			continue
		}
		if e < n && isHan(tt.runes[e]) {
			if a := tt.toks[tt.tokOf[e]]; a.start != e || a.n() < 2 {
				continue
			}
		}
		ok, made := true, false
		for p := t.end; p < e && ok; {
			w := tt.toks[tt.tokOf[p]]
			switch {
			case w.start != p || w.end > e:
				ok = false
			case w.pos == "x" && w.n() >= 2:
				made = true
			case w.n() == 1 && rolesAfter[w.word]:
				ok = false // a word after names (张三丰|等, …|说)
			case w.n() == 1 && !gramPOS(w.pos) || w.n() == 1 && w.pos == "m":
			default:
				ok = false
			}
			for _, r := range tt.runes[w.start:min(w.end, e)] {
				if !isHan(r) || functionRunes[r] || hardStop[r] || isMaskRune(r) {
					ok = false
				}
			}
			p = w.end
		}
		if !ok || !made || givenStop[tt.runes[e-1]] {
			continue // 张少|农等/x: a name and 等
		}
		if goTown15(tt, t.end, e) {
			continue // abbr15.go: 书记|到柴湖镇 is a verb of going and a town
		}
		s := t.end
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "four-character-name,role-before:" + t.word, Score: contextScore + 1})
	}
	return out
}

// personOnlyTitles follow nothing but a person (马建国同志, 李四先生).
var personOnlyTitles = wordSet(`同志 先生 女士`)

// nameBeforeComrade finds a name of two or three characters before a
// title that follows nothing but a person, however gojieba tags it
// (马建国/ns 同志): it starts a word of gojieba's with a surname, holds no
// grammatical character, is no frequent word or place and does not end
// like a place or a group.
func nameBeforeComrade(tt *tokText) []Finding {
	if !tt.mayHavePerson(pcComrade) {
		return nil // (speed9b.go)
	}
	l := getLexicon()
	var out []Finding
	ws := tt.personWordSet(pwComrade)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no such title at a later token)
			}
		}
		a := &tt.toks[k]
		if !tt.startMay(&personOnlyTitlesFirst, k) || !personOnlyTitles[a.word] {
			continue
		}
		e := a.start
		for _, ln := range []int{3, 2} {
			s := e - ln
			if s < 0 || !tt.tokStart(s) {
				continue
			}
			if _, ok := l.surname[tt.runes[s]]; !ok {
				continue
			}
			w := tt.sub(s, e)
			if l.common[w] || l.places[w] > 0 || l.short[w] != "" || getPersonLexicon().ordinary[w] || isRoleWord(w) || genreWords[w] {
				continue
			}
			bad := false
			for _, r := range tt.runes[s+1 : e] {
				if !isHan(r) || givenStop[r] || functionRunes[r] || isMaskRune(r) {
					bad = true
				}
			}
			if last := tt.runes[e-1]; bad || placeEndings[last] || villageWords[last] || personPlaceSuffixes[last] || dotStop[last] {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "surname+given,title-after:" + a.word, Score: contextScore})
			break
		}
	}
	return out
}

// pronounSurnameName finds a name at a clause's start whose surname gojieba
// reads as a pronoun (何/r 建华/nz 述职时说): the surname alone, then a
// two-character word of name characters, then a verb.
func pronounSurnameName(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	ws := tt.personWordSet(pwPronoun)
	for k := 0; k+2 < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k+2 >= len(tt.toks) {
				break // (speed9b.go: no one-character pronoun at a later token)
			}
		}
		t, g, v := &tt.toks[k], &tt.toks[k+1], &tt.toks[k+2] // (pointers: most tokens fail the first test)
		if t.n() != 1 || t.pos != "r" || g.n() != 2 || v.pos != "v" || t.start > 0 && isHan(tt.runes[t.start-1]) {
			continue
		}
		if _, ok := l.surname[tt.runes[t.start]]; !ok || l.first[tt.runes[t.start]] < 1 {
			continue
		}
		switch g.pos {
		case "nz", "nr", "nrfg", "x":
		default:
			continue
		}
		if !nameChars(tt.runes[g.start:g.end]) || g.end >= n {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(t.start, g.end), Start: tt.off[t.start], End: tt.off[g.end], Evidence: "surname+given,pronoun-surname,verb-after:" + v.word, Score: contextScore})
	}
	return out
}

// countedPersonNouns follow a count of people (两位老师傅, 三位同志): after
// "N位" they make the items listed before the count persons.
var countedPersonNouns = wordSet(`老师傅 师傅 同志 老人 老党员 党员 专家 代表 老师 干部 村民 群众 先生 女士 负责人 领导 传承人 能人 书记 委员 农户 志愿者 医生 教师 工匠 匠人 手艺人 致富带头人 带头人 乡贤`)

// countNumerals are the counts of such a phrase, up to ten.
var countNumerals = map[rune]int{'两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// countedListNames finds the names of a list that a count of people closes
// (董直机、曾家快两位老师傅, 张三和李四两位同志): when the items before
// "N位" + a person noun are exactly N, each of two or three characters
// beginning with a surname, each is a name however gojieba cut it.
func countedListNames(tt *tokText) []Finding {
	if tt.trig&trigWei == 0 {
		return nil // no 位 in the text (speed6.go)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i+1 < n; i++ {
		if tt.runes[i+1] != '位' {
			continue
		}
		cnt, ok := countNumerals[tt.runes[i]]
		if !ok {
			continue
		}
		rest := string(tt.runes[i+2 : min(n, i+8)])
		noun := false
		for w := range countedPersonNouns {
			if strings.HasPrefix(rest, w) {
				noun = true
				break
			}
		}
		if !noun {
			continue
		}
		// the items, last first: up to three Han characters each, split
		// by 、 or 和/与/及; the list's first item may be glued to the words
		// before it (传承人|董直机), so it is the longest tail that
		// begins with a surname
		var items [][2]int
		e := i
		for len(items) < cnt {
			s := e
			for s > 0 && e-s < 3 && isHan(tt.runes[s-1]) && !strings.ContainsRune("、和与及", tt.runes[s-1]) {
				s--
			}
			sep := s > 0 && strings.ContainsRune("、和与及", tt.runes[s-1])
			if !sep && e-s == 3 && !l.isSurname(tt.runes[s]) {
				s++
			}
			if e-s < 2 {
				break
			}
			items = append(items, [2]int{s, e})
			if !sep || s < 2 {
				break
			}
			e = s - 1
		}
		if len(items) != cnt {
			continue
		}
		// the first item must start the list: nothing name-like glued before
		var found []Finding
		for _, it := range items {
			w := tt.sub(it[0], it[1])
			if !l.isSurname(tt.runes[it[0]]) || l.common[w] || l.places[w] > 0 || isRoleWord(w) || genreWords[w] {
				found = nil
				break
			}
			bad := false
			for _, r := range tt.runes[it[0]+1 : it[1]] {
				if givenStop[r] || functionRunes[r] || isMaskRune(r) {
					bad = true
				}
			}
			if bad {
				found = nil
				break
			}
			found = append(found, Finding{Type: PERSON, Text: w, Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "counted-list", Score: contextScore})
		}
		if len(found) == cnt {
			out = append(out, found...)
		}
	}
	return out
}

// listJoiners join the names of a list (甲、乙, 甲和乙).
var listJoiners = map[rune]bool{'、': true, '和': true, '与': true}

// namesListedAfterRole finds the names listed after a name that a role
// introduces (副镇长刘淑华、韩立新分别包保…): after the separator, two or
// three Han characters that begin with a surname and end where a word of
// gojieba's or the text ends, holding no grammatical character and no
// frequent word, place or title, are a name too; the list runs on to the
// next separator.
func namesListedAfterRole(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != PERSON {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s <= 0 || e <= s {
			continue
		}
		if r := &tt.toks[tt.tokOf[s-1]]; r.end != s || !tt.roleTok(r) {
			continue
		}
		for e+1 < n && listJoiners[tt.runes[e]] {
			next := -1
			for _, ln := range []int{3, 2} {
				b, c := e+1, e+1+ln
				if c > n || !l.isSurname(tt.runes[b]) || !tt.tokStart(b) || c < n && isHan(tt.runes[c]) && !tt.tokStart(c) {
					continue
				}
				w := tt.sub(b, c)
				if l.common[w] || l.places[w] > 0 || l.short[w] != "" || getPersonLexicon().ordinary[w] || isRoleWord(w) || genreWords[w] {
					continue
				}
				if c < n && deptBodyRunes.has(tt.runes[c]) {
					continue // 、区医保|局局长: a department's short name before its 局
				}
				bad := false
				for _, r := range tt.runes[b:c] {
					if !isHan(r) || givenStop[r] || functionRunes[r] || isMaskRune(r) {
						bad = true
					}
				}
				if last := tt.runes[c-1]; bad || placeEndings[last] || villageWords[last] || personPlaceSuffixes[last] {
					continue
				}
				out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "list-after-role-name", Score: contextScore})
				next = c
				break
			}
			if next < 0 {
				break
			}
			e = next
		}
	}
	return out
}

// roleNouns are roles ending in 人 that gojieba cuts before the 人
// (法定代表|人孙…).
var roleNouns = wordSet(`法定代表人 负责人 联系人 责任人 代理人 委托人 申请人 经办人 举报人 投资人 发起人 创始人 带头人 传承人`)

// roleNounsLast and personNounsLast hold the last characters of the words
// of roleNouns and personNouns (see mayEnd).
var roleNounsLast, personNounsLast = lastRuneBits(roleNouns), lastRuneBits(personNouns)

// nameClosedAfterRole finds a name that stands between a role and a word
// that closes a person's mention, however gojieba cut it: 镇长其木格同志
// (同志 after: any two to four name characters), 负责人星永林说 and
// 法定代表人孙立国（身份证号 (说 or a bracket after: a surname first, or
// one made-up word), and a by-line 部长 次仁多吉 (the role, a space, and
// the name up to the line's end: up to five characters for a Mongolian
// or Tibetan name). The name holds no grammatical character and is no
// frequent word, place or title.
func nameClosedAfterRole(tt *tokText) []Finding {
	ren := roleNounWithRen(tt)
	if tt.personToksAny()&(ptRoleMay|ptRoleNoun) == 0 && !ren {
		return nil // no role word (speed9b.go)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	pt := tt.personToks() // (speed7a.go)
	for k := 0; k < len(tt.toks); k++ {
		if j, ok := tt.personTokFrom(k); ok && !ren {
			if k = j; k >= len(tt.toks) {
				break // (speed9b.go: no role word at a later token)
			}
		}
		t := &tt.toks[k]
		s := t.end
		role := t.word
		if s < n && tt.runes[s] == '人' && roleNouns[t.word+"人"] {
			s, role = s+1, t.word+"人"
		}
		roleNoun := pt[k]&ptRoleNoun != 0 // mayEnd(&roleNounsLast, role) && roleNouns[role] for role t.word
		if role != t.word {
			roleNoun = mayEnd(&roleNounsLast, role) && roleNouns[role]
		}
		if pt[k]&(ptRoleMay|ptSaying) != ptRoleMay && !roleNoun { // !(endMay(&roleEndLast, k) && personRoleToken(t)) && !roleNoun
			continue
		}
		spaced := false
		for s < n && spaceRune(tt.runes[s]) {
			s, spaced = s+1, true
		}
		for _, ln := range []int{5, 4, 3, 2} {
			e := s + ln
			if e > n {
				continue
			}
			if e < n && !closerStart(tt.runes[e]) {
				continue // nothing after it can close it (see closed below)
			}
			ok := true
			for i, r := range tt.runes[s:e] {
				if i == 0 && ln == 3 && comradeAfter(tt, e) && (givenStop[r] || functionRunes[r]) && !hardStop[r] && noVerbOrFunction(tt, s+1, e) {
					continue // 镇长其木格同志: a role before and 同志 after outweigh a grammatical first character
				}
				if !isHan(r) || givenStop[r] || functionRunes[r] || hardStop[r] || isMaskRune(r) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			w := tt.sub(s, e)
			if l.common[w] || l.places[w] > 0 || l.short[w] != "" || getPersonLexicon().ordinary[w] || isRoleWord(w) || genreWords[w] {
				continue
			}
			if last := tt.runes[e-1]; placeEndings[last] || villageWords[last] || personPlaceSuffixes[last] || e < n && !tt.tokStart(e) {
				continue // 高兴|地说: the closer must begin a word
			}
			oneWord := tt.tokStart(s) && (e == n || tt.tokStart(e)) && tt.tokOf[s] == tt.tokOf[e-1]
			if oneWord {
				switch tt.toks[tt.tokOf[s]].pos {
				case "x", "nr", "nrt", "nrfg":
				default:
					oneWord = false
				}
			}
			if dictPhrase(tt, s, e) {
				continue // 负责人    联系电话: a table's next column header, no name
			}
			named := l.isSurname(tt.runes[s]) || oneWord || ln == 3 && noVerbOrFunction(tt, s, e)
			closed := false
			rest := string(tt.runes[e:min(n, e+2)])
			switch {
			case strings.HasPrefix(rest, "同志"):
				closed = ln <= 4
			case e < n && (tt.runes[e] == '说' || tt.runes[e] == '（' || tt.runes[e] == '('):
				closed = ln <= 3 && named
			case e == n || tt.runes[e] == '\n':
				closed = spaced && noVerbOrFunction(tt, s, e) || ln <= 3 && named
			}
			if !closed {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "name-closed,role-before:" + role, Score: contextScore})
			break
		}
	}
	return out
}

// noVerbOrFunction reports whether runes [s, e) hold no word gojieba reads
// as a verb, adverb, adjective, numeral or grammatical word (负责人|笑着|说
// is no name before 说).
func noVerbOrFunction(tt *tokText, s, e int) bool {
	for ti := tt.tokOf[s]; ti < len(tt.toks) && tt.toks[ti].start < e; ti++ {
		switch tt.toks[ti].pos {
		case "v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "r", "m", "q", "a", "ad", "f", "t":
			return false
		}
	}
	return true
}

// comradeAfter reports whether 同志 follows rune e.
func comradeAfter(tt *tokText, e int) bool {
	return e+2 <= len(tt.runes) && tt.runes[e] == '同' && tt.runes[e+1] == '志'
}

// roleNameBeforeListedName finds the first name of a list that a role
// introduces when that name is an ordinary word (副镇长|文明|、|向春雨同志,
// 书记高峰、李明): a name found after the separator makes the list one of
// names, and the two or three characters between the role and the
// separator, starting with a surname and standing as words of their own,
// are the first name however ordinary the word.
func roleNameBeforeListedName(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, f := range fs {
		if f.Type != PERSON || f.Score < contextScore {
			continue
		}
		s := tt.runeAt(f.Start)
		if s < 3 || !listJoiners[tt.runes[s-1]] || tt.runes[s-1] != '、' {
			continue
		}
		e := s - 1
		for _, ln := range []int{2, 3} {
			b := e - ln
			if b <= 0 || !tt.tokStart(b) || !tt.tokStart(e) || !l.isSurname(tt.runes[b]) {
				continue
			}
			r := &tt.toks[tt.tokOf[b-1]]
			if r.end != b || !tt.roleTok(r) {
				continue
			}
			w := tt.sub(b, e)
			bad := l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || overlapsAny(fs, tt.off[b], tt.off[e])
			for _, c := range tt.runes[b:e] {
				bad = bad || !isHan(c) || functionRunes[c] || isMaskRune(c)
			}
			if bad {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[e], Evidence: "role-name-before-listed-name", Score: contextScore})
			break
		}
	}
	return out
}

// dictPhrase reports runes [s, e) that are one word of gojieba's
// dictionary of three characters or more, a noun, set phrase or idiom
// (联系电话/l, 一览表/n, 各负其责/l): a column header, a title's end or an
// ordinary phrase, never a name.
func dictPhrase(tt *tokText, s, e int) bool {
	if e-s < 3 || !tt.tokStart(s) || tt.tokOf[s] != tt.tokOf[e-1] || tt.toks[tt.tokOf[s]].end != e {
		return false
	}
	switch tt.toks[tt.tokOf[s]].pos {
	case "l", "i", "n", "vn", "nz":
		return true
	}
	return false
}

// kindsOfPerson end the description in "X是…的大学生": what a sentence says
// its subject is, when that is a kind of person.
var kindsOfPerson = wordSet(`大学生 返乡大学生 毕业生 研究生 青年 返乡青年 退伍军人 退役军人 军人 党员 共产党员 老党员 农民 新型农民 村民 村干部 干部 能人 致富能人 带头人 致富带头人 创业者 企业家 种植大户 养殖大户 大户 户主 贫困户 脱贫户 残疾人 老人 妇女 母亲 父亲 儿子 女儿 医生 乡村医生 教师 乡村教师 老师 技术员 工匠 手艺人 传承人 非遗传承人 志愿者 网格员 护林员 书记 主任 村支书`)

// subjectIsPerson finds a name that begins a sentence and that the
// sentence says is a kind of person (X是…2012年…毕业的返乡大学生): two or
// three characters starting with a surname at the text's or a sentence's
// start, then 是, and before the sentence ends 的 and a word of
// kindsOfPerson. However the name reads alone (黄龙 is also a place), the
// sentence makes it a person; a frequent word (关键是…) only when gojieba
// tags it a name or it is a place's short form.
func subjectIsPerson(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHavePerson(pcShi) {
		return nil // no 是 (speed9b.go)
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 0; i+3 < n; i++ {
		if i > 0 {
			switch tt.runes[i-1] {
			case '。', '！', '？', '；', '\n':
			default:
				continue // not a sentence's start
			}
		}
		if !l.isSurname(tt.runes[i]) {
			continue
		}
		for _, ln := range []int{2, 3} {
			e := i + ln
			if e >= n || tt.runes[e] != '是' || !tt.tokStart(e) || !tt.tokStart(i) {
				continue
			}
			ok := true
			for _, r := range tt.runes[i:e] {
				ok = ok && isHan(r) && !functionRunes[r] && !isMaskRune(r)
			}
			w := tt.sub(i, e)
			if !ok || isRoleWord(w) || nationalTerms[w] || l.common[w] && tt.toks[tt.tokOf[i]].pos != "nr" && !l.shortAll[w] {
				continue
			}
			if kindOfPersonAfter(tt, e+1) {
				out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[i], End: tt.off[e], Evidence: "subject-is-person", Score: contextScore})
				break
			}
		}
	}
	return out
}

// kindOfPersonAfter reports 的 and a word of kindsOfPerson within the
// sentence that starts at rune i, before its first comma-free stop (。；！？)
// and within sixty characters.
func kindOfPersonAfter(tt *tokText, i int) bool {
	n := len(tt.runes)
	for j := i; j < min(n, i+60); j++ {
		r := tt.runes[j]
		if strings.ContainsRune("。！？；\n", r) {
			return false
		}
		if r != '的' || j+1 >= n || !tt.tokStart(j+1) {
			continue
		}
		for _, ln := range []int{6, 5, 4, 3, 2} {
			if j+1+ln <= n && kindsOfPerson[tt.sub(j+1, j+1+ln)] && (j+1+ln == n || tt.tokStart(j+1+ln)) {
				return true
			}
		}
	}
	return false
}

// memberCues introduce a list of people (成员有甲、乙, 致富带头人甲、乙).
var memberCues = wordSet(`成员 组员 小组成员 人员 名单 代表 委员 队员 负责人 联系人 责任人 带头人 致富带头人 能人 党员 户主`)

// memberLast holds the last characters of memberCues.
var memberLast = func() (b runeBits) {
	for w := range memberCues {
		b.set(lastRune(w))
	}
	return
}()

// memberLinks may stand between a cue and its list (成员有, 名单为, 代表是).
var memberLinks = runeSet("有为是：:")

// memberLists finds the names listed after a word for members (成员有吴国平、
// 周丽（女）、郑凯; 致富带头人阿牛木呷、吉克阿依带头…): two items at least
// separated by 、, each of two to four Han characters, a gender or status
// note in brackets after one allowed. Items of two or three characters
// start with a surname and are no frequent word; one of four holds no word
// of gojieba's but names and single characters (a Yi or Tibetan name).
// Every item must read so; the last one ends where a word of gojieba's
// begins.
func memberLists(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHavePerson(pcMember) {
		return nil // (speed9b.go)
	}
	n := len(tt.runes)
	var out []Finding
	ps := tt.personPos(posMemberLast)
	for k := 0; k < len(tt.toks); k++ {
		if ps != nil {
			// (speed9b.go: the next token that ends in a character of
			// memberLast)
			p := nextPos(ps, tt.toks[k].end-1)
			if p >= n {
				break
			}
			k = max(k, tt.tokOf[p])
		}
		t := &tt.toks[k]
		if t.n() < 2 || !memberLast.has(tt.runes[t.end-1]) || !memberCues[t.word] {
			continue
		}
		i := t.end
		if i < n && memberLinks[tt.runes[i]] {
			i++
		}
		type item struct{ s, e int }
		var items []item
		for i < n {
			e := memberItemEnd(tt, i)
			if e < 0 && len(items) > 0 {
				e = wordSurnameItemEnd(tt, i) // 、和丽娟、木正红: Naxi and Bai surnames that are words too
			}
			if e < 0 {
				break
			}
			items = append(items, item{i, e})
			j := e
			if j < n && (tt.runes[j] == '（' || tt.runes[j] == '(') {
				// a note after the name: （女）, （挂职）
				c := j + 1
				for c < n && c-j <= 4 && tt.runes[c] != '）' && tt.runes[c] != ')' {
					c++
				}
				if c >= n || c-j > 4 {
					break
				}
				j = c + 1
			}
			if j >= n || tt.runes[j] != '、' {
				break
			}
			i = j + 1
		}
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			if coversPerson(fs, tt.off[it.s], tt.off[it.e]) {
				continue // found already; a doubtful reading is outweighed below
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it.s, it.e), Start: tt.off[it.s], End: tt.off[it.e], Evidence: "member-list:" + t.word, Score: contextScore})
		}
	}
	return out
}

// wordSurnames are Naxi, Bai and Dai surnames that are frequent words or
// grammatical characters too (和, 木, 寸, 者, 岩, 刀), left out of the surname
// table; in a list of names they begin one.
var wordSurnames = runeBitsOf("和木寸者岩刀召")

// wordSurnameItemEnd returns where a list item of three characters that
// begins with one of wordSurnames ends (和丽娟), or -1: the two given
// characters are Han, no grammatical character, and a separator or the
// text's end follows.
func wordSurnameItemEnd(tt *tokText, i int) int {
	n := len(tt.runes)
	e := i + 3
	if e > n || !wordSurnames.has(tt.runes[i]) || e < n && !strings.ContainsRune("、，,。；;（(", tt.runes[e]) {
		return -1
	}
	for _, r := range tt.runes[i+1 : e] {
		if !isHan(r) || functionRunes[r] || isMaskRune(r) || hardStop[r] {
			return -1
		}
	}
	return e
}

// coversPerson reports a confirmed person finding spanning exactly bytes
// [s, e) (a doubtful one, 吴国平 as surname+given,doubtful, does not count).
func coversPerson(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == s && f.End == e && !f.generic {
			return true
		}
	}
	return false
}

// memberItemEnd returns where the name item starting at rune i ends, or
// -1: two to four Han characters, no grammatical or masked character, and
// then a separator, a bracket, the text's end or (for the last item) the
// start of a word of gojieba's of two characters or more.
func memberItemEnd(tt *tokText, i int) int {
	l := getLexicon()
	n := len(tt.runes)
	if !tt.tokStart(i) {
		return -1
	}
	for ln := 4; ln >= 2; ln-- {
		e := i + ln
		if e > n {
			continue
		}
		ok := true
		for _, r := range tt.runes[i:e] {
			ok = ok && isHan(r) && !functionRunes[r] && !isMaskRune(r) && !hardStop[r]
		}
		if !ok {
			continue
		}
		closed := e == n || strings.ContainsRune("、，,。；;（(", tt.runes[e])
		if !closed {
			// the last item: a word of two characters or more begins after it
			if !tt.tokStart(e) || tt.toks[tt.tokOf[e]].n() < 2 || !tt.toks[tt.tokOf[e]].dictWord() {
				continue
			}
		}
		w := tt.sub(i, e)
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || memberCues[w] {
			continue
		}
		if ln <= 3 {
			if !l.isSurname(tt.runes[i]) {
				continue
			}
			return e
		}
		// four characters: no word of gojieba's inside but names and
		// single characters (阿牛木呷/x, 吉/克/阿/依)
		plain := tt.tokStart(e) || e == n
		for ti := tt.tokOf[i]; ti < len(tt.toks) && tt.toks[ti].start < e; ti++ {
			if x := tt.toks[ti]; x.n() >= 2 && x.dictWord() && x.pos != "nr" && x.pos != "nrt" && x.pos != "nrfg" {
				plain = false
			}
		}
		if plain {
			return e
		}
	}
	return -1
}

// kinTitles are the kin words villagers are called by after their surname
// (石老伯, 黄大爷, 李阿姨).
var kinTitles = wordSet(`老伯 大伯 大爷 大妈 大娘 大婶 大叔 阿姨 大姐 大哥 大嫂 老汉 婆婆 阿婆 奶奶 爷爷`)

// minorityNameParts are common elements of Tibetan, Uyghur and Mongolian
// given names, written for huibao from general knowledge. Two of them in a
// row (扎西|次仁, 格桑|曲珍, 阿依|古丽, 乌力吉|巴雅尔) make a name; one alone
// is left to the other rules, since several are ordinary words too (格桑花,
// 乌云).
var minorityNameParts = wordSet(`扎西 次仁 卓玛 格桑 曲珍 达瓦 尼玛 多吉 措姆 央金 拉姆 平措 顿珠 旺堆 罗布 普布 次旦 边巴 巴桑 德吉 央宗 白玛 索朗 洛桑 丹增 桑珠 贡布 加措 嘉措 才让 拉毛 卓嘎 仁青 益西 强巴 群培 旦增 欧珠 玉珍 仁增 旺姆 巴珠 次珍 德庆 琼达 米玛 拉巴 次丹 昂旺 阿旺 斯朗 泽仁 泽郎 降措 扎巴 索南 多杰 才旦 桑吉 更登 久美 尕藏 加羊 东珠 卓尕 吉毛 才吉 周措 卓措
	阿依 古丽 努尔 热依 帕提 米娜 迪丽 阿力 阿力木 伊力 艾力 买买提 艾合买提 阿不都 吐尔逊 热合曼 肉孜 玉素甫 库尔班 沙吾提 吐尔洪 艾尼 塔依尔 热西提 祖丽 古力 阿米娜 热娜 依明 艾买提 克里木 亚森 卡德尔 阿布都 努尔兰 哈力木 古丽娜尔 阿力木江
	巴特尔 乌力吉 巴雅尔 宝音 图雅 其木格 斯琴 额尔敦 孟和 那仁 朝鲁 格日勒 苏和 敖其尔 那顺 乌云 其其格 萨仁 阿拉坦 白音 吉日嘎拉 巴图 布和 满都拉 哈斯 特木尔 毕力格 呼和 巴根 图门 朝克图`)

// minorityNames finds given names made of two or three elements of
// minorityNameParts in a row (扎西次仁, 格桑曲珍, 阿依古丽), standing as words of
// their own: a word of gojieba's or a non-name character on both sides.
func minorityNames(tt *tokText) []Finding {
	n := len(tt.runes)
	var out []Finding
	part := func(i int) int { // the longest element at rune i, or 0
		for ln := 4; ln >= 2; ln-- {
			if i+ln <= n && minorityNameParts[tt.sub(i, i+ln)] {
				return ln
			}
		}
		return 0
	}
	for i := tt.nextAt(posMinorityFirst, 0); i+4 <= n; i = tt.nextAt(posMinorityFirst, i+1) { // (speed7b.go: the characters of minorityFirst only)
		if !minorityFirst.has(tt.runes[i]) || !minoritySecond.has(tt.runes[i+1]) || i > 0 && isHan(tt.runes[i-1]) && !tt.tokStart(i) && !functionRunes[tt.runes[i-1]] && !gluedPreposition(tt, i) {
			continue
		}
		e, parts := i, 0
		for parts < 3 {
			ln := part(e)
			if ln == 0 {
				break
			}
			e += ln
			parts++
		}
		if parts >= 2 && e < n && isHan(tt.runes[e]) && !tt.tokStart(e) {
			parts = 0 // the name must end where a word begins
		}
		if parts < 2 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "minority-name-parts", Score: contextScore})
		i = e - 1
	}
	return out
}

// gluedPrepositions begin a phrase before a name and are glued to its
// first character by gojieba at times (据格|桑曲珍).
var gluedPrepositions = runeBitsOf("据在与和向对由给被让把跟同经请")

// gluedPreposition reports a made-up word of gojieba's of a preposition and
// the character at rune i (据格/x).
func gluedPreposition(tt *tokText, i int) bool {
	t := tt.toks[tt.tokOf[i]]
	return t.start == i-1 && t.end == i+1 && t.pos == "x" && gluedPrepositions.has(tt.runes[i-1])
}

// minorityFirst and minoritySecond hold the first and second characters
// of minorityNameParts: two bit tests before any lookup.
var minorityFirst, minoritySecond = func() (a, b runeBits) {
	for w := range minorityNameParts {
		r, n := utf8.DecodeRuneInString(w)
		r2, _ := utf8.DecodeRuneInString(w[n:])
		a.set(r)
		b.set(r2)
	}
	return
}()

// directionHead reports a direction character standing alone at rune i
// (西/f) after a list separator or the text's start: the head of the
// village name that follows (、西|索恩图村), not a word of its own.
func directionHead(tt *tokText, i int) bool {
	t := tt.toks[tt.tokOf[i]]
	return t.start == i && t.end == i+1 && strings.ContainsRune("东西南北上下前后中", tt.runes[i]) && (i == 0 || strings.ContainsRune("、，,：:（(", tt.runes[i-1]))
}
