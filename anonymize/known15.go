package anonymize

import (
	"slices"
	"strings"
	"sync"
)

// known15 mends four flaws recorded as open after the sixth session, each
// as a class, after every other recognizer and guard has run (findAll):
//   - descriptive landform and settlement words read as places (低山, 浅山区,
//     老旧社区, 城中村) are dropped (descriptivePlace15);
//   - a run of names glued before a kind (two rulers' names before 陵) is
//     masked whole, not only its last name (nameRun15);
//   - a surname + given-name reading followed by a word of place context
//     (…商圈, …一带, …步行街) is a place, and gojieba's doubtful place word
//     before such a word is masked (placeContext15);
//   - counties whose one-character stem is a function word (和县, 临县,
//     应县, 代县, 单县) are masked wherever the context shows the county and
//     left alone where 和 joins two levels (乡镇和县直部门) (functionStem15).
func known15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) == 0 {
		return fs
	}
	fs = descriptivePlace15(tt, fs)
	fs = nameRun15(tt, fs)
	fs = append(fs, statueRun15(tt, fs)...)
	fs = placeContext15(tt, fs)
	fs = functionStem15(tt, fs)
	fs = verbHeadCounty15(tt, fs)
	return fs
}

// ------------------------------------------------ descriptive place words

// landform15 are words for a kind of terrain by its height or shape: they
// describe where something lies and name no place.
var landform15 = wordSet(`低山 浅山 深山 中低山 低中山 中高山 高中山 低丘 浅丘 深丘 丘陵 山地 平坝 河谷 台地 岗地 坝区 半山 二半山 高寒山 川道 塬面 沟壑 山塬`)

// landformAmbiguous15 are landform words that are also place names or
// their short forms (中山 of 中山市, 高山 of many a 高山村): only beside
// another landform word or a word of terrain are they descriptions.
var landformAmbiguous15 = wordSet(`中山 高山`)

// landformTails15 follow a landform word and keep it a description
// (低山区, 浅山地带, 低山丘陵区).
var landformTails15 = []string{"丘陵区", "地区", "地带", "区域", "片区", "区"}

// terrainWords15 around an ambiguous landform word make it a description.
var terrainWords15 = []string{"地貌", "地形", "地势", "地带", "丘陵", "山区", "平原", "盆地"}

// settlementDesc15 describe a settlement by its age, origin or position
// (老旧小区, 新建社区, 安置社区): the phrase names a kind of place.
var settlementDesc15 = wordSet(`老旧 陈旧 新建 新型 在建 已建 待建 安置 搬迁 拆迁 易地搬迁 集中安置 移民安置 异地安置 回迁 城中 城郊 城边 近郊 远郊 空心 贫困 脱贫 偏远 边远 农村 城市 城镇 周边 相邻 毗邻 所在 无物业 弃管 开放式 封闭式 大型 超大型 涉农 村改居 保障房 商品房 老旧住宅`)

// villageDesc15 are the descriptions that make a kind of village with 村
// (城中村, 空心村, 贫困村); many others (新建村, 新兴村) are names villages
// really bear.
var villageDesc15 = wordSet(`城中 城郊 城边 近郊 远郊 空心 贫困 脱贫 偏远 边远 搬迁 易地搬迁 移民安置 涉农`)

// settlementKind15 are the kinds a settlement description stands before.
var settlementKind15 = []string{"小区", "社区", "片区", "街区", "院落", "楼院"}

// descriptivePlace15 drops place readings of landform and settlement
// descriptions (低山, 浅山区, 深山区, 老旧社区, 城中村, 城郊村): pattern,
// toponym, short-form, gojieba and village recognizers all read them
// (…区, …山, …社区, …村, ns), and a short form derived from them (老旧 of
// 老旧社区) would then mask 老旧小区 everywhere in the document.
func descriptivePlace15(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && f.Score < 100 && descriptiveLast15.has(lastRune(f.Text)) && (descriptiveText15(tt, f) || descriptiveText15(tt, headless15(tt, f)) || descriptiveDistrict15(tt, fs, f)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// headless15 returns f without a one-character verb, preposition or
// particle gojieba left at its head (有|低山 read as one place), or f.
func headless15(tt *tokText, f Finding) Finding {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 3 {
		return f
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.n() != 1 {
		return f
	}
	switch t.pos {
	case "v", "p", "c", "d", "u", "uj", "ul", "r", "f", "m":
		f.Start = tt.off[s+1]
		f.Text = tt.text[f.Start:f.End]
	}
	return f
}

// descriptiveLast15 holds the last characters of the texts descriptiveText15
// and descriptiveDistrict15 can accept: landforms, their tails, settlement
// kinds.
var descriptiveLast15 = runeBitsOf("山丘陵地坝谷道面壑塬区带域落院村")

// descriptiveText15 reports whether a place finding's text is a landform
// or settlement description.
func descriptiveText15(tt *tokText, f Finding) bool {
	t := f.Text
	for _, k := range settlementKind15 {
		if d, ok := strings.CutSuffix(t, k); ok && settlementDesc15[d] {
			return true
		}
	}
	if d, ok := strings.CutSuffix(t, "村"); ok && villageDesc15[d] {
		return true
	}
	core := t
	for _, tail := range landformTails15 {
		if c, ok := strings.CutSuffix(core, tail); ok && c != "" {
			core = c
			break
		}
	}
	if landformRun15(core) {
		return true
	}
	if landformAmbiguous15[core] {
		// 中山 beside 低山、浅山, before 地貌; or with a landform tail
		// (高山区 is a terrain; 高山 alone may be a village's short form)
		return core != t || terrainNear15(tt, f)
	}
	return false
}

// landformRun15 reports whether s is one landform word or two run
// together (低山丘陵, 中低山).
func landformRun15(s string) bool {
	if landform15[s] {
		return true
	}
	if !mayStart(&landformFirst15, s) {
		return false // no landform word begins s, none of the pairs below (speed9a.go)
	}
	rs := []rune(s)
	for k := 2; k+2 <= len(rs); k++ {
		a, b := string(rs[:k]), string(rs[k:])
		if (landform15[a] || landformAmbiguous15[a]) && (landform15[b] || landformAmbiguous15[b]) {
			return true
		}
	}
	return false
}

// terrainNear15 reports a landform word or a word of terrain within a few
// characters of f (全县有低山、浅山、中山三种地貌).
func terrainNear15(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return false
	}
	lo, hi := max(0, s-6), min(len(tt.runes), e+8)
	win := tt.sub(lo, s) + "|" + tt.sub(e, hi)
	for _, w := range terrainWords15 {
		if strings.Contains(win, w) {
			return true
		}
	}
	for w := range landform15 {
		if strings.Contains(win, w) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------- names run together

// nameRun15 extends a place found before its kind (帝喾陵, 黄帝像广场,
// 关羽庙), whose first word is a name, over the names glued right before
// it (颛顼|帝喾陵, 炎帝|黄帝像广场, 张飞|关羽庙): the earlier names of the run
// belong to the same place and would stay readable. A piece is a name by
// gojieba's tag (nr, nrt, nrfg, nz, ns) or, for a word gojieba calls a
// noun, by a rare character and no frequent word (颛顼). Pieces another
// finding already covers stay as they are.
func nameRun15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || f.Score >= 100 || f.generic {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s <= 0 || e < 0 || !tt.tokStart(s) {
			continue
		}
		first := tt.tokenAt(s)
		if first == nil || first.end > e {
			continue
		}
		if !(first.end < e && namePiece15(first) || first.end == e && e-s >= 3 && nameTag15(first.pos)) {
			continue // a name first, then its kind (帝喾|陵), or both as one name word (张飞庙/nr)
		}
		ns := s
		for steps := 0; steps < 3; steps++ {
			p := tt.tokenBefore(ns)
			if p == nil || p.end != ns || !namePiece15(p) || covered15(tt, fs, p.start, p.end) {
				break
			}
			ns = p.start
		}
		if ns == s {
			continue
		}
		f.Start = tt.off[ns]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",name-run"
	}
	return fs
}

// namePiece15 reports whether token t reads as a name of its own.
func namePiece15(t *tok) bool {
	switch t.pos {
	case "nr", "nrt", "nrfg", "nz", "ns", "n", "x":
	default:
		return false
	}
	if t.n() < 2 || t.n() > 4 || !allHan(t.word) || isRoleWord(t.word) {
		return false
	}
	for _, r := range t.word {
		if functionRuneBits.has(r) || r == '这' || r == '那' {
			return false // 这是/ns: no name
		}
	}
	switch t.pos {
	case "nr", "nrt", "nrfg":
		return true
	case "nz", "ns":
		return !getLexicon().common[t.word]
	case "n", "x":
		lx := getLexicon()
		if lx.common[t.word] {
			return false
		}
		for _, r := range t.word {
			if lx.isRare(r) {
				return true
			}
		}
	}
	return false
}

// statueKinds15 name a statue; statueAfter15 may follow one (…像前, …像落成).
var (
	statueKinds15 = []string{"雕像", "塑像", "铜像", "石像", "像"}
	statueAfter15 = []string{"前", "旁", "下", "落成", "揭幕", "广场", "园", "的", "和", "与", "、", "已", "建成", "修缮", "周围", "群"}
)

// statueRun15 finds a run of two or more personal names glued before a
// statue (炎帝黄帝像): no kind word of a place follows them, so nothing
// else reads the run, and each name would stay readable. The run and its
// statue are masked as one place. 像 is a verb too (王五赵六像往常一样):
// after it must come the text's end, punctuation or a word of place.
func statueRun15(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHold('像') || !strings.Contains(tt.text, "像") { // (the signature first)
		return nil
	}
	var out []Finding
	for i := 0; i < len(tt.runes); {
		t := tt.tokenAt(i)
		if t == nil {
			break
		}
		if t.start != i || !nameTagged(t.pos) || !namePiece15(t) {
			i = t.end
			continue
		}
		j, names := i, 0
		for j < len(tt.runes) {
			u := tt.tokenAt(j)
			if u == nil || u.start != j || !nameTagged(u.pos) || !namePiece15(u) {
				break
			}
			names++
			j = u.end
		}
		if names < 2 || j >= len(tt.runes) {
			i = max(j, i+1)
			continue
		}
		rest := tt.text[tt.off[j]:]
		for _, k := range statueKinds15 {
			if !strings.HasPrefix(rest, k) {
				continue
			}
			e := tt.off[j] + len(k)
			after := tt.text[e:]
			ok := after == "" || !isHanAt(tt.text, e) || hasAnyPrefix13(after, statueAfter15)
			if ok && !covered15(tt, fs, i, tt.runeAt(e)) {
				out = append(out, Finding{Type: LOCATION, Text: tt.text[tt.off[i]:e], Start: tt.off[i], End: e, Evidence: "name-run,statue", Score: 3})
			}
			break
		}
		i = j
	}
	return out
}

// nameTag15 reports gojieba's tags of personal and place names.
func nameTag15(pos string) bool {
	switch pos {
	case "nr", "nrt", "nrfg", "nz", "ns":
		return true
	}
	return false
}

// covered15 reports whether a finding of fs overlaps runes [s, e).
func covered15(tt *tokText, fs []Finding, s, e int) bool {
	return overlapsAny(fs, tt.off[s], tt.off[e])
}

// ------------------------------------------------- landmark over person

// placeContextWords15 are words that follow a place and never a person: a
// street, a shopping area, a stretch of a city.
var placeContextWords15 = []string{"步行街", "商业街", "大街", "商圈", "街区", "商业区", "片区", "一带", "地区", "周边", "沿线"}

// contextFirst15 holds the first characters of placeContextWords15.
var contextFirst15 = runeBitsOf("步商大街片一地周沿")

// placeContext15After returns the place-context word right after byte b.
func placeContext15After(tt *tokText, b int) string {
	rest := tt.text[b:]
	if r, _ := firstRune(rest); !contextFirst15.has(r) {
		return ""
	}
	for _, w := range placeContextWords15 {
		if strings.HasPrefix(rest, w) {
			return w
		}
	}
	return ""
}

// placeContext15 retypes a surname + given-name reading followed by a
// word of place context (王府井|商圈, …|步行街, …|一带) as a place: a
// person does not stand before a street or a district. A role, a title or
// a list beside the name keeps the person. gojieba's doubtful place word
// (…王府井/ns before 步行街) is masked there too.
func placeContext15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Score >= 100 || f.End >= len(tt.text) {
			continue
		}
		w := placeContext15After(tt, f.End)
		if w == "" {
			continue
		}
		switch {
		case f.Type == PERSON && strings.HasPrefix(f.Evidence, "surname+given") && !personContext15(f.Evidence):
			f.Type, f.label = LOCATION, ""
			f.Evidence += ",place-context:" + w
			if f.generic && allHan(f.Text) && !getLexicon().common[f.Text] {
				f.generic = false // a doubtful name reading (万福|林) before 商圈: the place is sure
			}
		case f.Type == LOCATION && f.generic && strings.HasPrefix(f.Evidence, "jieba:ns-doubtful") && !getLexicon().common[f.Text] && runeLen(f.Text) >= 3:
			f.generic = false
			f.Evidence += ",place-context:" + w
		}
	}
	return append(fs, unreadPlaces15(tt, fs)...)
}

// streetContext15 are the place-context words of a city's streets and
// quarters: before 地区 or 一带 a word gojieba reads as a name may be a
// region's abbreviation (成渝地区), which names no county.
var streetContext15 = wordSet(`步行街 商业街 大街 商圈 街区 商业区 片区`)

// streetFirst15 holds the first characters of streetContext15.
var streetFirst15 = firstRuneBits(streetContext15)

// unreadPlaces15 finds the names no recognizer read that stand right
// before a street or quarter word (streetContext15): one word gojieba tags as a name (赵家楼/nr
// 片区) or a clan village cut after its 家 (刘家|营 片区), neither a frequent
// word.
func unreadPlaces15(tt *tokText, fs []Finding) []Finding {
	some := false
	for w := range streetContext15 {
		some = some || tt.mayContain(w) && strings.Contains(tt.text, w) // (the signature first: most texts lack a character of each)
	}
	if !some {
		return nil
	}
	var out []Finding
	lx := getLexicon()
	for i := 1; i < len(tt.runes); i++ {
		if !streetFirst15.has(tt.runes[i]) || !tt.tokStart(i) || !streetContext15[placeContext15After(tt, tt.off[i])] {
			continue
		}
		p := tt.tokenBefore(i)
		if p == nil || p.end != i {
			continue
		}
		s := -1
		switch {
		case p.n() == 1 && p.start >= 2 && tt.runes[p.start-1] == '家' && lx.isSurname(tt.runes[p.start-2]) && clanHead15(tt, p.start-2):
			s = p.start - 2 // 刘家|营
		case p.n() >= 2 && p.n() <= 4 && allHan(p.word) && nameTagged(p.pos) && !lx.common[p.word] && !isRoleWord(p.word):
			s = p.start // 赵家楼/nr
		}
		if s < 0 || covered15(tt, fs, s, i) {
			continue
		}
		ok := true
		for _, r := range tt.runes[s:i] {
			if functionRuneBits.has(r) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, i), Start: tt.off[s], End: tt.off[i], Evidence: "name-before-place-context", Score: 3})
	}
	return out
}

// clanHead15 reports a surname and 家 at runes [i, i+2) that gojieba
// reads as one name word (刘家/nrfg), not an ordinary one (国家, 专家).
func clanHead15(tt *tokText, i int) bool {
	t := tt.tokenAt(i)
	if t == nil || t.start != i || t.end != i+2 {
		return false
	}
	switch t.pos {
	case "nr", "nrfg", "nrt", "x":
		return true
	}
	return false
}

// personContext15 reports evidence of a person that no place context
// overrides: a role or title beside the name, a list of names.
func personContext15(ev string) bool {
	for _, w := range []string{"role", "title", "list", "同志", "kin"} {
		if strings.Contains(ev, w) {
			return true
		}
	}
	return false
}

// ------------------------------------------- counties of a function word

// functionStems15 are function words (conjunctions, prepositions, modal
// verbs, adverbs): a county whose one-character stem is one of them (和县,
// 临县, 应县, 代县, 单县) reads, cut by gojieba, as that word and 县.
var functionStems15 = runeBitsOf("和与及同跟并而或且在于从向对为以把被将给由自至到往临代应该要须宜单仅只就才都也又再更最很太均皆共总已曾正")

var (
	fnCountyOnce sync.Once
	fnCounty     runeBits // the stems of such counties found in the gazetteer
)

// functionStemCounties returns the stems of the gazetteer's counties and
// districts named by one function-word character and 县, 区 or 旗.
func functionStemCounties() *runeBits {
	fnCountyOnce.Do(func() {
		lx := getLexicon()
		for name, lv := range lx.places {
			rs := []rune(name)
			if lv == 3 && len(rs) == 2 && strings.ContainsRune("县区旗", rs[1]) && functionStems15.has(rs[0]) {
				fnCounty.set(rs[0])
			}
		}
	})
	return &fnCounty
}

// countyBefore15 are characters before such a county that show it: a
// preposition, a verb of going or joining, a copula.
var countyBefore15 = runeBitsOf("与同跟及赴到至往在从自向对是为经距驻访察邻")

// conjAfter15 are characters after 县 that make it the head of another
// word (县直, 县级, 县城, 县域, 县长, 县委, 县情, 县里): the stem is then a
// word of its own (乡镇和|县直部门, 代|县长, 应|县委要求).
var conjAfter15 = runeBitsOf("直级城域长委情里属")

// levelWords15 are bare levels and bodies that 和 joins to 县 (乡和县,
// 市和县两级, 景区和县干部学院).
var levelWords15 = wordSet(`乡 镇 乡镇 市 省 州 区 村 乡村 街道 中央 省里 市里 省直 市直 部门 单位 景区 国家 地方 盟 旗 社区 组 村组 乡级 镇级`)

// functionStem15 masks the counties of a function-word stem where the
// text shows the county: at a clause's start, after a preposition or a
// verb, after a place (马鞍山市和县), and drops a county reading where the
// stem joins a bare level to 县 or 县 heads another word.
func functionStem15(tt *tokText, fs []Finding) []Finding {
	stems := functionStemCounties()
	var add []Finding
	var drop []int
	// the suffixes found by a byte search (most characters are neither),
	// then the stem before each
	var at []int
	// (by the positions of their classes, speed7b.go and speed9a.go)
	for _, suf := range [...]rune{'县', '区', '旗'} {
		c := rcAutonomous // 州, 县, 旗
		if suf == '区' {
			c = rcQu
		}
		for j := tt.nextAt(c, 0); j < len(tt.runes); j = tt.nextAt(c, j+1) {
			if tt.runes[j] == suf && j > 0 && stems.has(tt.runes[j-1]) {
				at = append(at, j-1)
			}
		}
	}
	for _, i := range at {
		name := tt.sub(i, i+2)
		if lv, ok := getLexicon().place(name); !ok || lv != 3 {
			continue
		}
		county := functionStemCounty15(tt, fs, i)
		exact, other := -1, false
		for k, g := range fs {
			if g.Start < tt.off[i+2] && g.End > tt.off[i] {
				if g.Start == tt.off[i] && g.End == tt.off[i+2] && g.Type == LOCATION {
					exact = k
				} else {
					other = true
				}
			}
		}
		switch {
		case county && exact < 0 && !other:
			add = append(add, Finding{Type: LOCATION, Text: name, Start: tt.off[i], End: tt.off[i+2], Evidence: "function-stem-county", Score: 6})
		case !county && exact >= 0 && fs[exact].Score < 100 && tt.runes[i+1] == '县' && conjunctionReading15(tt, fs, i):
			drop = append(drop, exact)
		}
	}
	if len(drop) > 0 {
		out := fs[:0]
		for k, f := range fs {
			if !slices.Contains(drop, k) {
				out = append(out, f)
			}
		}
		fs = out
	}
	return append(fs, add...)
}

// functionStemCounty15 reports whether the county of a function-word stem
// at runes [i, i+2) stands as the county.
func functionStemCounty15(tt *tokText, fs []Finding, i int) bool {
	n := len(tt.runes)
	e := i + 2
	if e < n && (conjAfter15.has(tt.runes[e]) || tt.runes[e] == '两' && e+1 < n && tt.runes[e+1] == '级') {
		return false
	}
	if i == 0 || !isHan(tt.runes[i-1]) {
		return true // a clause begins with it
	}
	if placeEndsAt15(fs, tt.off[i]) {
		return true // 马鞍山市|和县, 安徽|和县
	}
	if countyBefore15.has(tt.runes[i-1]) {
		return true // 与|和县, 赴|和县
	}
	p := tt.tokenBefore(i)
	if p == nil || p.end != i {
		return false
	}
	if levelWords15[p.word] {
		return false
	}
	if p.pos == "v" || p.pos == "p" {
		// 学习|和县, 走访|和县: not 县 before a word of its own (发展和|县乡道路)
		return e >= n || !strings.ContainsRune("乡镇村道", tt.runes[e])
	}
	return false
}

// conjunctionReading15 reports whether the stem at rune i joins a bare
// level or body before it to 县 (乡和县的干部, 市和县两级).
func conjunctionReading15(tt *tokText, fs []Finding, i int) bool {
	if tt.runes[i] != '和' && tt.runes[i] != '与' && tt.runes[i] != '及' && tt.runes[i] != '同' {
		return false
	}
	if i == 0 || placeEndsAt15(fs, tt.off[i]) {
		return false
	}
	p := tt.tokenBefore(i)
	e := i + 2
	if e < len(tt.runes) && (conjAfter15.has(tt.runes[e]) || tt.runes[e] == '两') {
		return true
	}
	return p != nil && p.end == i && levelWords15[p.word]
}

// placeEndsAt15 reports a place finding ending at byte b.
func placeEndsAt15(fs []Finding, b int) bool {
	for _, g := range fs {
		if g.Type == LOCATION && g.End == b && !g.generic {
			return true
		}
	}
	return false
}

// verbHeadCounty15 trims a verb or preposition of one character off a
// county of one-character stem read with it by a suffix pattern (赴临县,
// 到代县 read as places by 县): the county is the gazetteer's two
// characters, and the verb before it names nothing.
func verbHeadCounty15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || f.Score >= 100 || !strings.HasPrefix(f.Evidence, "pattern:") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e-s != 3 {
			continue
		}
		if lv, ok := getLexicon().place(tt.sub(s+1, e)); !ok || lv != 3 {
			continue
		}
		t := tt.tokenAt(s)
		if t == nil || t.start != s || t.n() != 1 || t.pos != "v" && t.pos != "p" && !countyBefore15.has(tt.runes[s]) {
			continue
		}
		if _, ok := getLexicon().place(tt.sub(s, e)); ok {
			continue // a county of three characters itself
		}
		f.Start = tt.off[s+1]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",verb-head"
	}
	return fs
}

// descriptiveDistricts15 are districts whose names are ordinary words of
// any town (老城区 "the old town", 新城区 "the new town"): without their
// city, a neighbour place or a body after them they are descriptions.
var descriptiveDistricts15 = wordSet(`老城区 新城区`)

// descriptiveDistrict15 reports such a district read alone.
func descriptiveDistrict15(tt *tokText, fs []Finding, f Finding) bool {
	if !descriptiveDistricts15[f.Text] || f.Score >= 100 {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return false
	}
	if e < len(tt.runes) && strings.ContainsRune("人政委法检公财教卫", tt.runes[e]) {
		return false // 新城区人民政府, 老城区委
	}
	if s > 0 && strings.ContainsRune("与同赴到至往", tt.runes[s-1]) {
		return false // a partner or a destination: 与新城区签订…
	}
	if s > 1 && strings.ContainsRune("、和与及", tt.runes[s-1]) && levelBehind15(tt, s-1) ||
		e+1 < len(tt.runes) && strings.ContainsRune("、和与及", tt.runes[e]) && levelAhead15(tt, e+1) {
		return false // 碑林区、新城区: a list of districts
	}
	for _, g := range fs {
		if g.Type != LOCATION || descriptiveDistricts15[g.Text] || g.generic {
			continue
		}
		gs, ge := tt.runeAt(g.Start), tt.runeAt(g.End)
		if ge == s || ge == s-1 && ge >= 0 && strings.ContainsRune("、和与及", tt.runes[ge]) || gs == e+1 && strings.ContainsRune("、和与及", tt.runes[e]) {
			return false // 洛阳市|老城区, …区、新城区
		}
	}
	return true
}

// levelAhead15 reports a word of two to four characters ending in a level
// suffix at rune i (碑林区 of …、碑林区), other than a descriptive district.
func levelAhead15(tt *tokText, i int) bool {
	if i+3 <= len(tt.runes) && descriptiveDistricts15[tt.sub(i, i+3)] {
		return false
	}
	for k := 2; k <= 4 && i+k <= len(tt.runes); k++ {
		if strings.ContainsRune("区县市镇乡旗", tt.runes[i+k-1]) && allHan(tt.sub(i, i+k)) {
			return true
		}
	}
	return false
}

// levelBehind15 reports a place word ending in a level suffix right
// before rune i (…碑林区、), other than a descriptive district.
func levelBehind15(tt *tokText, i int) bool {
	if i < 2 || !strings.ContainsRune("区县市镇乡旗", tt.runes[i-1]) || !isHan(tt.runes[i-2]) {
		return false
	}
	return i < 3 || !descriptiveDistricts15[tt.sub(i-3, i)]
}

// conjTellsAfter15 follow 县 where 和 before it joins two levels (和县直部门,
// 和县两级, 和县城, 和县域): 县 begins a word of its own. (Not 委: 中共和县委员会
// is the county's.)
var conjTellsAfter15 = []string{"直", "级", "两级", "城", "域", "情"}

// conjLevels15 are bare levels before 和 (乡镇和县, 市和县), written after a
// clause boundary or another bare level (各乡镇, 省市).
var conjLevels15 = []string{"乡镇", "乡", "镇", "市", "省", "州", "村", "部门", "单位"}

// conjCounty15 reports, for Redaction.scan, an occurrence at byte i of s
// of a county named by a conjunction and 县 (和县) where the conjunction
// joins a bare level to 县 (全县各乡镇和县直部门, 市和县两级): masked as the
// county elsewhere in the document, the name is left readable there. A
// gazetteer place right before it (马鞍山市和县) keeps the county.
func conjCounty15(text, s string, i int) bool {
	if len(text) != 6 || text[3:] != "县" {
		return false
	}
	switch text[:3] {
	case "和", "与", "及", "同", "跟", "并", "或":
	default:
		return false
	}
	before, after := s[:i], s[i+6:]
	if placeBefore15(before) {
		return false
	}
	if hasAnyPrefix13(after, conjTellsAfter15) {
		return true
	}
	for _, w := range conjLevels15 {
		if rest, ok := strings.CutSuffix(before, w); ok {
			r := lastRune(rest)
			return rest == "" || !isHan(r) || strings.ContainsRune("各全省市县乡镇和及与、", r)
		}
	}
	return false
}

// placeBefore15 reports whether s ends with a gazetteer place or its short
// form (安徽, 马鞍山市).
func placeBefore15(s string) bool {
	lx := getLexicon()
	rs := []rune(s[max(0, len(s)-24):])
	for k := 2; k <= 7 && k <= len(rs); k++ {
		w := string(rs[len(rs)-k:])
		if _, ok := lx.place(w); ok {
			return true
		}
		if _, ok := lx.shortOf(w); ok && !lx.common[w] {
			return true
		}
	}
	return false
}
