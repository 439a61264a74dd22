package anonymize

import "strings"

// keep13.go: ordinary report phrases that were read as names (national
// bodies, a verb before a kind of body, a verb-object word that is also a
// town's short form, a loan word before a kind character, a role word cut
// by a village's 村, crops and herbs in a list), and names that were not
// read at all (a county of one-character stem that gojieba keeps as one
// word, a county inside a company name whose stem is an ordinary word, a
// southern minority surname after a role).

// keep13 filters one text's findings: it drops or marks generic the
// readings above that name nobody, and adds the names that no other rule
// finds. It runs on the findings of every recognizer, before overlaps are
// resolved, so a place found beside a dropped body still stands.
func keep13(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	fs = dropInside13(fs, minorityNamesAfterRole13(tt, fs))
	if len(fs) == 0 {
		return fs
	}
	var places []Finding // the LOCATION findings, read while fs is filtered
	for _, f := range fs {
		if f.Type == LOCATION {
			places = append(places, f)
		}
	}
	out := fs[:0]
	for _, f := range fs {
		switch f.Type {
		case ORG:
			if nationalBody13(f.Text) {
				if !namedFirm13(tt, f) {
					f.generic = true
				}
			} else if g, ok := nationalTail13(tt, f); ok {
				f = g
			}
			if verbCountyInList13(tt, f) {
				continue
			}
			if verbObjectBody13(tt, f) || kindOnlyBody13(tt, f) {
				continue
			}
			if g, ok := verbLedBody13(tt, f, places); ok {
				if g.End <= g.Start {
					continue
				}
				f = g
			}
		case LOCATION:
			if verbCountyInList13(tt, f) || verbObjectShortForm13(tt, f) || zoneShortForm13(f) || nationalModel13(tt, f) || herbsAndCrops13[f.Text] && (f.Evidence == "village-list" || f.Evidence == "list-item") {
				continue
			}
		case PERSON:
			if loanWordKind13(f) || sportEvent13(f) || nationalModel13(tt, f) || roleCutByPlace13(tt, f, places) || cropInList13(tt, f, fs) || herbName13(f) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// ------------------------------------------------------------ national bodies

// nationalPeopleBodies end the names of national people's organisations,
// associations and banks (…联合会, …总会, …总社, 中国农业银行): after 中国
// or 中华 they name a body of the whole country, not one of a county.
var nationalPeopleBodies = []string{"联合会", "总工会", "总会", "总社", "协会", "学会", "委员会", "促进会", "基金会", "联合社", "银行"}

// nationalParties13 begin, after 中国, the names of the party, the league,
// the political consultative conference and the army (中国|共产党…): bodies
// of the whole country, with their congresses and sessions.
var nationalParties13 = []string{"共产党", "共产主义青年团", "人民政治协商会议", "人民解放军", "人民武装警察"}

// nationalBody13 reports an organisation of the whole country: a name
// beginning with 全国 or 中华全国 (全国…特色学校 is a title, 中华全国…总社 a
// national body), with 中国 and the party, league or army (中国共产党…), or
// with 中国 or 中华 and ending in a people's organisation's kind or 银行
// (中国…协会, 中国农业银行), with no place inside. Universities,
// institutes, hospitals and companies named 中国… are not matched: they
// are one institution each.
func nationalBody13(w string) bool {
	if len(w) < 4*3 || w[0] != "全"[0] && w[0] != "中"[0] {
		return false // every match begins with 全 or 中
	}
	rest := ""
	switch {
	case strings.HasPrefix(w, "中华全国"):
		rest = strings.TrimPrefix(w, "中华全国")
	case strings.HasPrefix(w, "全国"):
		rest = strings.TrimPrefix(w, "全国")
	case strings.HasPrefix(w, "中国") || strings.HasPrefix(w, "中华"):
		rest = w[len("中国"):]
		for _, p := range nationalParties13 {
			if strings.HasPrefix(rest, p) && w[:len("中国")] == "中国" {
				return !namesPlace13(rest)
			}
		}
		ok := false
		for _, k := range nationalPeopleBodies {
			if strings.HasSuffix(rest, k) && len(rest) > len(k) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	default:
		return false
	}
	return rest != "" && !namesPlace13(rest)
}

// namesPlace13 reports whether w holds a place's full name, or the short
// form of a province, prefecture or county (贵州, 毕节): the short forms of
// towns are too often pieces of words (十字 of 红十字会) to count here.
func namesPlace13(w string) bool {
	l := getLexicon()
	return placeIn(w, func(s string) bool {
		if l.places[s] > 0 {
			return true
		}
		full := l.short[s]
		return full != "" && l.places[full] > 0 && l.places[full] <= 3
	})
}

// namedFirm13 reports an enterprise found from its suffix whose words
// after 全国/中国/中华 still name one firm (全国|金谷|农业有限公司): a
// national scope word does not make a firm's name generic.
func namedFirm13(tt *tokText, f Finding) bool {
	if f.label != "企业" || !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return true
	}
	b := s + 2
	if strings.HasPrefix(f.Text, "中华全国") {
		b = s + 4
	}
	sufStart := e - runeLen(strings.TrimPrefix(f.Evidence, "org-suffix:"))
	return b < sufStart && distinctive13(tt, b, sufStart)
}

// nationalTail13 reads a body found from its suffix whose span begins
// with a generic body of a level and the words of what it does, and ends
// in a national body (县妇联|积极争取|中华全国妇女联合会): the finding is
// the national body alone, generic. The level's body before it (县妇联)
// names no one either; a place inside keeps the finding as it is.
func nationalTail13(tt *tokText, f Finding) (Finding, bool) {
	if !strings.HasPrefix(f.Evidence, "org-suffix:") || !govLead(f.Text) {
		return f, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return f, false
	}
	for i := s + 1; i+4 <= e; i++ {
		if r := tt.runes[i]; (r != '全' && r != '中') || !tt.tokStart(i) {
			continue
		}
		if tail := tt.sub(i, e); nationalBody13(tail) {
			if containsPlace(tt.sub(s, i)) {
				return f, false
			}
			g := f
			g.Start, g.Text, g.generic = tt.off[i], tail, true
			return g, true
		}
	}
	return f, false
}

// ------------------------------------------------------------ verbs before bodies

// bodyLeadVerbs13 are the verbs a report writes right before a kind of
// body it runs, founds or counts (深化|供销合作社…, 领办|农民专业合作社,
// 某镇共有|农家宾馆): the body after them is no name. Verbs that are often
// part of a body's own name (发展, 改革, 联合, 指导, 组织) are left out.
var bodyLeadVerbs13 = wordSet(`深化 领办 兴办 培育 扶持 规范 壮大 支持 带动 鼓励 动员 共有 拥有 现有 新增 新发展 建有 设有 办好 管好 做强 做大 做优 激活 盘活 完善 健全 加强 依托 通过 新建 改建 扩建 筹建 创建 组建 兴建 共建 建成 成立 设立 引进 推进 加快 创办 开办 举办`)

// verbLeadFirst holds the first characters of bodyLeadVerbs13: one bit test
// before any lookup.
var verbLeadFirst = func() (b runeBits) {
	for w := range bodyLeadVerbs13 {
		r, _ := firstRune(w)
		b.set(r)
	}
	return
}()

// verbLedBody13 reads an organisation found from its suffix whose span
// holds one of bodyLeadVerbs13 as a word of its own (深化|供销合作社,
// 潭头镇|共有|农家宾馆): the name part is what follows the verb. When that
// part is only kind words (农民专业, 农家) the body is no name and the
// returned finding is empty (End <= Start); when it still names one body it
// is returned without the verb and what stands before it. Anything before
// the verb must be covered by another finding, so that a place before the
// verb stays masked; otherwise ok is false and the body stands as found.
func verbLedBody13(tt *tokText, f Finding, places []Finding) (Finding, bool) {
	if !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return f, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e-s < 4 {
		return f, false
	}
	suf := strings.TrimPrefix(f.Evidence, "org-suffix:")
	sufStart := e - runeLen(suf)
	for i := s; i < sufStart; {
		t := tt.tokenAt(i)
		if t == nil || t.start != i {
			return f, false
		}
		if t.end <= sufStart && verbLeadFirst.has(tt.runes[i]) && bodyLeadVerbs13[t.word] && !(t.pos == "ns" || t.pos == "nt" || t.pos == "nz") {
			if i > s && !coveredByPlace13(tt, places, s, i) && (containsPlace(tt.sub(s, i)) || distinctive13(tt, s, i)) {
				return f, false // a name before the verb, found by nothing else
			}
			g := f
			g.Start, g.Text = tt.off[t.end], tt.text[tt.off[t.end]:f.End]
			if !distinctive13(tt, t.end, sufStart) {
				g.End = g.Start
			}
			return g, true
		}
		i = t.end
	}
	return f, false
}

// lodgingKinds13 are words of rural tourism and lodging that name a kind
// of business, not one (农家|宾馆, 民宿|集群, 乡村|酒店).
var lodgingKinds13 = wordSet(`农家 民宿 农家乐 渔家 牧家 客栈 乡村 特色 精品 星级 度假 休闲 生态 康养 旅游 研学 露营 家庭 田园 山庄`)

// scopeWords13 name the whole of a level or its parts (全县, 各乡镇, 我镇):
// they stand before a kind of body, never in its name.
var scopeWords13 = wordSet(`村里 县里 镇里 乡里 市里 全县 全市 全区 全镇 全乡 全村 全州 全旗 全省 各县 各乡 各镇 各村 各乡镇 各地 我县 我市 我区 我镇 我乡 本县 本市 本镇 本乡 该县 该镇 全县域 县 市 区 乡 镇 村`)

// teamKinds13 say what a volunteer or duty team does (志愿, 巡查): kind
// words of a team's name.
var teamKinds13 = wordSet(`志愿 志愿者 志愿服务 服务 巡查 巡护 巡逻 保洁 宣讲 义务 应急 突击 护卫 监督 巡河 护河 护林 防火`)

// distinctive13 is distinctivePart with the words of lodgingKinds13,
// scopeWords13 and teamKinds13 taken as kind words too.
func distinctive13(tt *tokText, s, e int) bool {
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		a, b := max(t.start, s), min(t.end, e)
		i = b
		if w := tt.sub(a, b); b <= a || lodgingKinds13[w] || scopeWords13[w] || teamKinds13[w] {
			continue
		}
		if distinctivePart(tt, a, b) {
			return true
		}
	}
	return false
}

// coveredByPlace13 reports whether runes [s, e) are exactly the span of
// place findings laid end to end.
func coveredByPlace13(tt *tokText, places []Finding, s, e int) bool {
	for s < e {
		next := -1
		for _, p := range places {
			if tt.runeAt(p.Start) == s {
				if pe := tt.runeAt(p.End); pe > s && pe <= e && pe > next {
					next = pe
				}
			}
		}
		if next < 0 {
			return false
		}
		s = next
	}
	return true
}

// verbCountyInList13 reports a county whose stem is an ordinary word (会同)
// opening a clause inside a sentence (after a comma: the sentence's
// subject came before) before a county department, with another department of
// the bare level listed right after it (，会同|县农业农村局、县市场监管局):
// the list shows the first item is a department of the report's own county
// too, and 会同 the verb "together with". The finding (the county or the
// department read with it) is then no name.
func verbCountyInList13(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s < 1 || s+3 > len(tt.runes) || tt.runes[s+2] != '县' || !strings.ContainsRune("，；,;", tt.runes[s-1]) {
		return false
	}
	if f.Type == LOCATION && tt.runeAt(f.End) != s+3 {
		return false
	}
	if !countyBeforeDepartment(tt, s, s+3) {
		return false
	}
	// the department's end, then a list mark and a bare level
	for j := s + 4; j <= min(len(tt.runes)-1, s+8); j++ {
		if r := tt.runes[j]; r == '局' || r == '委' || r == '办' {
			if j+2 < len(tt.runes) && strings.ContainsRune("、和及", tt.runes[j+1]) && strings.ContainsRune("县市区", tt.runes[j+2]) {
				return true
			}
			return false
		}
	}
	return false
}

// ------------------------------------------------------------ short forms

// verbObjectWords13 are verb-object words of the genre (惠民 "benefit the
// people", 护河 "guard the river", 便民, 兴农, 沿河 "along the river") that
// are also the short forms of towns and counties (惠民县, 护河镇, 沿河…自治
// 县). Only these: a pair of like characters can be a place's proper name
// (乐山, 惠水, 兴山).
var verbObjectWords13 = wordSet(`惠民 利民 便民 富民 安民 爱民 乐民 为民 亲民 护民 惠农 兴农 助农 强农 富农 利农 护农 惠企 助企 利企 兴企 惠商 兴商 护河 巡河 治河 护林 育林 兴林 护水 治水 兴水 护山 治山 助学 兴学 护学 助老 爱老 护幼 沿河 沿江 沿海 沿湖 沿岸 沿线 沿路 沿街`)

// verbObjectFirst holds the first characters of verbObjectWords13: one bit
// test before a lookup.
var verbObjectFirst = func() (b runeBits) {
	for w := range verbObjectWords13 {
		r, _ := firstRune(w)
		b.set(r)
	}
	return
}()

// placeBeforeRunes13 stand before a place the report goes to or lists
// (在|某地, 赴|某地, 与|某地): after them a short form is read as a place.
var placeBeforeRunes13 = runeBitsOf("在到赴至从往经与和同及、")

// placeAfterWords13 stand after a place (某地|境内, 某地|一带).
var placeAfterWords13 = wordSet(`境内 一带 地区 城区 全境 方向 等地 两地 之间 交界 段`)

// verbObjectShortForm13 reports a town's or county's short form found from
// the gazetteer alone (gazetteer-short) that is a verb-object word of the
// genre (惠民 "benefit the people", 护河 "guard the river") and does not
// stand as a place: no preposition or list mark of places before it, and
// no place's kind, list mark, 至 or locality word after it (惠民|措施, 护河|志愿
// 队, 护河|也是…). The place's full name, where the report writes it, is
// found and masked on its own, with its short form everywhere.
func verbObjectShortForm13(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "gazetteer-short") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e != s+2 || !verbObjectFirst.has(tt.runes[s]) || !verbObjectWords13[f.Text] {
		return false
	}
	if s > 0 && placeBeforeRunes13.has(tt.runes[s-1]) {
		return false
	}
	if e < len(tt.runes) {
		if r := tt.runes[e]; placeEndings[r] || strings.ContainsRune("、县市区至到和与", r) {
			return false
		}
		if t := tt.tokenAt(e); t != nil && t.start == e && (placeAfterWords13[t.word] || t.pos == "ns" || t.pos == "f") {
			return false
		}
	}
	return true
}

// verbObjectBody13 reports a body found from its suffix that is no
// enterprise and whose name is a verb-object word of the genre and kind
// words (护河|巡查|队, 护林|志愿|队): a team named by what it does. An
// enterprise (富民…有限公司) may be named so and stays masked.
func verbObjectBody13(tt *tokText, f Finding) bool {
	if f.label == "企业" || !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	sufStart := e - runeLen(strings.TrimPrefix(f.Evidence, "org-suffix:"))
	if s < 0 || e < 0 || sufStart < s+2 || !verbObjectFirst.has(tt.runes[s]) || !verbObjectWords13[tt.sub(s, s+2)] || !tt.tokStart(s) {
		return false
	}
	if t := tt.tokenAt(s); t.end > s+2 && t.end <= sufStart || t.pos == "ns" || t.pos == "nt" {
		return false // the pair begins a longer word or is a place
	}
	return !distinctive13(tt, s+2, sufStart)
}

// kindOnlyBody13 reports a body found from its suffix whose name part is
// kind, level and lodging words only (星级|农家乐, 精品|民宿): a kind of
// business, no one business.
func kindOnlyBody13(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return false
	}
	sufStart := e - runeLen(strings.TrimPrefix(f.Evidence, "org-suffix:"))
	if sufStart <= s || !tt.tokStart(sufStart) {
		return false
	}
	return onlyWords14(tt, f.Start, tt.off[sufStart], func(t *tok) bool {
		return lodgingKinds13[t.word] || scopeWords13[t.word] || teamKinds13[t.word]
	})
}

// zoneWords13 are the ordinary words for a part of a town or county (新区,
// 老城, 城东, 山区) that are also the short forms of towns and streets
// (新区街道).
var zoneWords13 = wordSet(`新区 城区 老区 新城 老城 城东 城西 城南 城北 东城 西城 南城 北城 东区 西区 南区 北区 中区 新村 老街 新街 新镇 老镇 城郊 郊区 山区 林区 库区 牧区 矿区 园区 景区 坝区 老城区 新城区`)

// zoneShortForm13 reports a town's or street's short form found from the
// gazetteer alone that is an ordinary word for a part of a place (县城|新区
// 建设 read as the short form of 新区街道): the full name, where the report
// writes it, is found on its own.
func zoneShortForm13(f Finding) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok || !zoneWords13[f.Text] {
		return false
	}
	lv, known := getLexicon().place(full)
	return known && lv >= 4
}

// nationalModels13 are the national models, spirits and historic routes
// named after a place that every report may cite (枫桥经验, 红旗渠精神, 茶马
// 古道): the place in them is the model's name, not the report's county.
var nationalModels13 = wordSet(`茶马古道 枫桥经验 浦江经验 晋江经验 安吉经验 寻乌调查 塞罕坝精神 红旗渠精神 沂蒙精神 井冈山精神 延安精神 西柏坡精神 大庆精神 大寨精神 小岗精神 北大荒精神 右玉精神 红船精神 苏区精神 长征精神 遵义会议精神 古田会议精神 南泥湾精神 太行精神 大别山精神 照金精神`)

// nationalModel13 reports a place read from a short form, a pattern or a
// tag, or a name read from its characters alone (红旗渠 as surname and
// given name), that begins one of nationalModels13 (枫桥|经验). Where the
// report names the place itself in full, the place is found there and
// masked everywhere.
func nationalModel13(tt *tokText, f Finding) bool {
	if f.Type == LOCATION && f.Evidence == "gazetteer" || f.Type == PERSON && !weakListEvidence13(f.Evidence) {
		return false // a full place name, a name with a role
	}
	e := tt.runeAt(f.End)
	if e < 0 || e+2 > len(tt.runes) {
		return false
	}
	for n := 2; n <= 4 && e+n <= len(tt.runes); n++ {
		if mayHaveRune(&nationalModels13Last, tt.runes[e+n-1]) && nationalModels13[f.Text+tt.sub(e, e+n)] { // (speed7b.go: no concatenation where no model ends so)
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ persons

// sportsWords13 are sports, games and festive contests that an event word
// follows (龙舟|赛, 篮球|赛, 登山|节).
var sportsWords13 = wordSet(`龙舟 篮球 足球 排球 乒乓球 羽毛球 网球 拔河 象棋 围棋 马拉松 越野 越野跑 骑行 自行车 登山 徒步 游泳 武术 太极 太极拳 舞龙 舞狮 赛马 射箭 摔跤 斗牛 斗鸡 赛龙舟 抢花炮 押加 秋千 陀螺 跳绳 踢毽 田径 长跑 健步走 钓鱼 垂钓`)

// sportEvent13 reports a name read from its characters or a list alone
// that is a sport and an event word (龙|舟赛 read as a surname and a given
// name): a contest, no person.
func sportEvent13(f Finding) bool {
	if !weakListEvidence13(f.Evidence) {
		return false
	}
	rs := []rune(f.Text)
	if len(rs) < 3 || !strings.ContainsRune("赛节会跑", rs[len(rs)-1]) {
		return false
	}
	return sportsWords13[string(rs[:len(rs)-1])] || len(rs) >= 4 && sportsWords13[string(rs[:len(rs)-2])] && strings.ContainsRune("大联", rs[len(rs)-2])
}

// loanWordKind13 reports a transliterated name that is a loan word of the
// vetoed kind (马拉松, 奥林匹克) followed by one or two characters of a
// kind (马拉松|赛, 奥林匹克|精神): a sports or trade term, no person.
func loanWordKind13(f Finding) bool {
	if !strings.Contains(f.Evidence, "transliterated") {
		return false
	}
	rs := []rune(f.Text)
	pl := getPersonLexicon()
	for n := len(rs) - 1; n >= 2 && n >= len(rs)-2; n-- {
		if pl.translitWords[string(rs[:n])] {
			return true
		}
	}
	return false
}

// roleCutByPlace13 reports a name found after a role word that begins
// inside a place found before it (泽城村|民宿… read as 泽城|村民|宿集群):
// the role's first character belongs to the place, its last one with
// the name's first makes an ordinary word (民宿), and the given name is a
// noun of the dictionary (集群): there is no role and no name.
func roleCutByPlace13(tt *tokText, f Finding, places []Finding) bool {
	i := strings.Index(f.Evidence, "role-before:")
	if i < 0 {
		return false
	}
	role := f.Evidence[i+len("role-before:"):]
	if j := strings.IndexByte(role, ','); j >= 0 {
		role = role[:j]
	}
	s := tt.runeAt(f.Start)
	rn := runeLen(role)
	if s < rn || rn < 2 || tt.sub(s-rn, s) != role {
		return false
	}
	r0 := s - rn // where the role begins
	cut := false
	for _, p := range places {
		if pe := tt.runeAt(p.End); pe > r0 && pe < s && tt.runeAt(p.Start) < r0 {
			cut = true
			break
		}
	}
	if !cut && r0 > 0 && villageWords[tt.runes[r0]] && isHan(tt.runes[r0-1]) && !villageWords[tt.runes[r0-1]] {
		// 泽|城|村民: a village's 村 read as the role's first character
		// after a stem gojieba left in pieces
		if p := tt.tokenBefore(r0); p != nil && (p.n() == 1 || p.pos == "x" || p.pos == "nr" || p.pos == "ns") {
			cut = true
		}
	}
	e := tt.runeAt(f.End)
	if !cut || e < s+2 {
		return false
	}
	joined := tt.sub(s-1, s+1) // the role's last character and the name's first
	if !getLexicon().common[joined] && !getPersonLexicon().ordinary[joined] && !lodgingKinds13[joined] {
		return false
	}
	// and the given name a noun of the dictionary (宿|集群/n)
	g := tt.tokenAt(s + 1)
	return g != nil && g.start == s+1 && g.end == e && g.n() >= 2 && (g.pos == "n" || g.pos == "vn")
}

// cropEnds13 end the names of crops, herbs and produce (白术, 玄参, 杭白芍,
// 浙贝母, 黄芪, 甘草, 金银花).
var cropEnds13 = runeBitsOf("冬参芍术母芪草花果菜茶米麦豆薯瓜椒姜蒜莲藕笋菌耳枣桃梨杏柿橘柑柚蕉莓苓芎归芷苏荷蓉杞萸仁籽叶根皮藤麻蓟榔蔻胶")

// cropInList13 reports a name read from its characters alone (元胡 by the
// learned tagger, 麦冬 as surname and given name) standing as an item of a
// list whose neighbouring items are crops or herbs (白术、浙贝母、元胡、玄参):
// the list is of produce, and the item is one too. A neighbour that is a
// name found itself is no crop.
func cropInList13(tt *tokText, f Finding, fs []Finding) bool {
	if !weakPersonEvidence13(f.Evidence) {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return false
	}
	n := len(tt.runes)
	before := s > 0 && tt.runes[s-1] == '、'
	after := e < n && tt.runes[e] == '、'
	if !before && !after {
		return false
	}
	neighbours := 0
	if before {
		b := s - 1
		a := b
		for a > 0 && isHan(tt.runes[a-1]) && b-a < 5 {
			a--
		}
		if !cropItem13(tt, fs, a, b) {
			return false
		}
		neighbours++
	}
	if after {
		a := e + 1
		b := a
		for b < n && isHan(tt.runes[b]) && b-a < 5 && tt.runes[b] != '等' {
			b++
		}
		if !cropItem13(tt, fs, a, b) {
			return false
		}
		neighbours++
	}
	return neighbours > 0
}

// cropItem13 reports whether runes [a, b) are a list item that ends in a
// crop's character and holds no name found.
func cropItem13(tt *tokText, fs []Finding, a, b int) bool {
	if b-a < 2 || b-a > 5 || !cropEnds13.has(tt.runes[b-1]) {
		return false
	}
	for _, g := range fs {
		if g.Type == PERSON {
			if gs, ge := tt.runeAt(g.Start), tt.runeAt(g.End); gs < b && ge > a {
				return false
			}
		}
	}
	return true
}

// weakPersonEvidence13 reports the evidence of a name read from its
// characters alone (the learned tagger, a surname and a given name, a
// word gojieba tagged as a name): no role, title or speech beside it.
func weakPersonEvidence13(ev string) bool {
	if ev == "tagger" {
		return true
	}
	if !strings.HasPrefix(ev, "surname+given") {
		return false
	}
	for _, part := range strings.Split(ev, ",") {
		switch part {
		case "surname+given", "jieba:nr", "jieba:nr-surname", "unknown-word", "title-after:等":
		default:
			return false
		}
	}
	return true
}

// herbsAndCrops13 are medicinal herbs, crops and protected wild animals
// that begin with a surname's character and read like names (田七, 麦冬,
// 何首乌, 杜仲, 白鹳, 朱鹮), or like a village's stem in a list (陈皮).
var herbsAndCrops13 = wordSet(`人参 党参 丹参 玄参 苦参 太子参 沙参 西洋参 黄芪 黄精 黄连 黄柏 黄芩 白术 白芍 白芷 白及 白果 白蔹
	当归 川芎 熟地 地黄 生地 柴胡 元胡 延胡索 杜仲 厚朴 连翘 天麻 石斛 重楼 牛膝 麦冬 天冬 葛根 田七 三七 陈皮 罗汉果
	秦艽 羌活 独活 防风 茯苓 枸杞 山药 艾叶 艾草 吴茱萸 山茱萸 余甘子 何首乌 金银花 杭白菊 贝母 浙贝母 川贝母 甘草 车前草
	马齿苋 鱼腥草 板蓝根 桔梗 半夏 天南星 淫羊藿 五味子 女贞子 栀子 砂仁 益智 肉桂 八角 花椒 藿香 紫苏 决明子 薏苡 芡实
	莲子 百合 黄姜 灵芝 猪苓 钩藤 木香 乌药 佛手 香附 苍术 白头翁 龙胆 黄花菜 金钱草 石菖蒲 骨碎补 续断 菟丝子 覆盆子
	山楂 乌梅 木瓜 银杏 高粱 荞麦 燕麦 魔芋 芝麻 油茶 核桃 板栗 柑橘 脐橙 猕猴桃 黄桃 杨梅 李子 梅子 桑葚 柿子 石榴
	白鹳 东方白鹳 黑鹳 白鹭 白鹤 灰鹤 丹顶鹤 黑颈鹤 白头鹤 朱鹮 江豚 白鳍豚 金丝猴 黑叶猴 林麝 白头叶猴 华南虎 金钱豹 云豹 黄羊 白唇鹿 马鹿 梅花鹿 锦鸡 白鹇 黄腹角雉 娃娃鱼 大鲵 中华鲟 胭脂鱼`)

// herbName13 reports a name read from its characters and a list alone
// (surname and given name, a list item, jieba's nr) that is a herb or a
// crop of herbsAndCrops13, or one followed by a word of two characters
// gojieba's lexicon knows (葛根|产量): no role, title or speech says it is
// a person.
func herbName13(f Finding) bool {
	if !weakListEvidence13(f.Evidence) {
		return false
	}
	if herbsAndCrops13[f.Text] {
		return true
	}
	rs := []rune(f.Text)
	for n := 2; n <= 4 && n < len(rs); n++ {
		if herbsAndCrops13[string(rs[:n])] {
			rest := string(rs[n:])
			return len(rs)-n == 1 || len(rs)-n == 2 && getLexicon().common[rest]
		}
	}
	return false
}

// weakListEvidence13 reports the evidence of a name read from its
// characters, gojieba's tag and the list it stands in, every part of it
// one of these (surname+given, jieba:nr, list-item, coordinated …).
func weakListEvidence13(ev string) bool {
	for _, part := range strings.Split(ev, ",") {
		switch part {
		case "tagger", "surname+given", "jieba:nr", "jieba:nr-surname", "jieba:nrfg", "unknown-word", "title-after:等",
			"list-item", "coordinated", "list-between-names", "between-names", "list-sibling", "name-list-tail":
		default:
			return false
		}
	}
	return ev != ""
}

// southernSurnames13 are surnames of the Dong, Miao, Zhuang, Dai and Yi
// peoples that the surname table leaves out because the character is an
// ordinary word (滚 "roll", 刀 "knife", 侬 "you"): only right after a role
// or a person noun do they begin a name (监测员|滚某某).
var southernSurnames13 = runeBitsOf("滚侬刀召磨禤矣倮")

// minorityNamesAfterRole13 finds a three-character name of a surname of
// southernSurnames13 right after a role or a person noun (护林员滚某某发现
// …, 村民滚德安介绍), or opening a clause and followed by a verb of saying
// (“…”滚玉兰笑着说): the surname's character begins no word of gojieba's
// (滚动, 刀具), the given name is no grammatical character and no verb,
// adverb or number, and a verb, a punctuation mark or a joiner follows.
// The given name may be a word (光明, 德安): the context makes it a name.
func minorityNamesAfterRole13(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcSouthernSurname == 0 {
		return nil // (speed7b.go: no southern surname in the text)
	}
	n := len(tt.runes)
	var out []Finding
	for b := tt.nextAt(rcSouthernSurname, 0); b+3 <= n; b = tt.nextAt(rcSouthernSurname, b+1) { // (speed7b.go: the characters of the class only)
		if !southernSurnames13.has(tt.runes[b]) || !tt.tokStart(b) {
			continue
		}
		c := b + 3
		ev := ""
		if p := tt.tokenBefore(b); p != nil && p.end == b && personWordBefore(p) {
			ev = "rare-surname,role-before:" + p.word
		} else if (b == 0 || strings.ContainsRune("”“。，；：、 \n", tt.runes[b-1])) && sayingAt13(tt, c) {
			ev = "rare-surname,saying-after"
		}
		if ev == "" {
			continue
		}
		if !plainStem(tt, b, c) || givenStop[tt.runes[b+1]] || givenStop[tt.runes[b+2]] || !nameEndAfterRole(tt, c) || !nounLikeSpan13(tt, b+1, c) {
			continue
		}
		if a := tt.tokenAt(b); a.end > b+1 && a.end != c && a.dictWord() && !strings.HasPrefix(a.pos, "nr") {
			continue // the surname's character begins a word (滚动, 刀具)
		}
		w := tt.sub(b, c)
		l := getLexicon()
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] {
			continue
		}
		if placeEndings[tt.runes[c-1]] || villageWords[tt.runes[c-1]] {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: ev, Score: contextScore})
	}
	return out
}

// sayingAt13 reports whether a verb of saying begins at rune c (说, 介绍,
// 笑着说).
func sayingAt13(tt *tokText, c int) bool {
	if c >= len(tt.runes) {
		return false
	}
	rest := tt.text[tt.off[c]:]
	for _, v := range sayingAfterName {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// nounLikeSpan13 reports whether the tokens over runes [b, c) begin and
// end there and are nouns, names or words gojieba made up, not verbs,
// adverbs, numbers or function words (滚|下山, 刀|砍).
func nounLikeSpan13(tt *tokText, b, c int) bool {
	for i := b; i < c; {
		t := tt.tokenAt(i)
		if t == nil {
			return false
		}
		if t.end > c {
			// the given name glued to the word after it (滚|老岩发)
			return false
		}
		if t.start >= b && !(t.pos == "x" || t.pos == "n" || t.pos == "nz" || t.pos == "ns" || t.pos == "nt" || strings.HasPrefix(t.pos, "nr") || t.pos == "a" && t.n() == 1 || t.pos == "g" || t.pos == "ng") {
			return false
		}
		i = t.end
	}
	return true
}

// dropInside13 removes the findings that lie strictly inside a name found
// here (德安 of 滚德安 read as a county's short form, 玉兰 of 滚玉兰): the
// whole name replaces them.
func dropInside13(fs []Finding, names []Finding) []Finding {
	if len(names) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		inside := false
		for _, p := range names {
			if f.Start >= p.Start && f.End <= p.End && (f.Start > p.Start || f.End < p.End) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, f)
		}
	}
	return append(out, names...)
}

// ------------------------------------------------------------ counties

// wordCounty13 reports a county of a one-character stem and 县 (理县, 道县)
// at runes [i, e) that gojieba cut as one word of its own (理县/n), or cut
// in two where a clause begins or after a verb of going, a preposition or
// 是 (，道/q|县/zg, 与道县, 是道县人): no ordinary word is written so, and a
// county written with 县 must never stay readable. (Inside a longer word,
// 管理|县域, it is neither.)
func wordCounty13(tt *tokText, i, e int) bool {
	if e-i != 2 || tt.runes[e-1] != '县' {
		return false
	}
	if lv, ok := getLexicon().place(tt.sub(i, e)); !ok || lv != 3 {
		return false
	}
	if t := tt.tokenAt(i); t != nil && t.start == i && t.end == e {
		return true
	}
	// cut in two (道/q|县/zg): where a clause begins or after a verb of
	// going, the stem no ordinary one-character word there, and 县 not
	// the head of 县城, 县域, 县级
	if oneCharStemStop13.has(tt.runes[i]) || e < len(tt.runes) && strings.ContainsRune("城域级", tt.runes[e]) {
		return false
	}
	return i == 0 || strings.ContainsRune("，。；：、,;:（(“\" \n　", tt.runes[i-1]) || strings.ContainsRune("到赴至往在与是于从自经及", tt.runes[i-1])
}

// oneCharStemStop13 are the stems of one-character counties that are
// words of their own where a clause begins (和, 新, 应 …): 新|县城, 应|县委….
var oneCharStemStop13 = runeBitsOf("和新全各本该每大小老南北东西上下中前后内外应代在与及并对从向把被将为是有无不")

// countyOfCommonStem13 reports a county's full name written with 县 whose
// stem is an ordinary word too (竹溪县, 和平县): inside an organisation's
// name it is the county all the same, unlike a town's name that is an
// ordinary word with its suffix (小城镇).
func countyOfCommonStem13(name string, lv int) bool {
	return lv == 3 && strings.HasSuffix(name, "县") && runeLen(name) >= 3
}
