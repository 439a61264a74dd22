package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the guards added for the misses of the own-writing
// check sets deid-own16 and 17, each for a class of ordinary text that a
// recognizer read as a name: generic local bodies every county has (镇卫生
// 院, 市场监管所, 居家养老服务中心) after the place that names them or after
// ordinary words; personal-name readings that are product, crop or craft
// words (…酒, …锦), season words (金秋), "…长制" policy names, or that end
// inside an ordinary word (县慈|善总会); and place readings that are
// ordinary phrases: risk zones (易发区), a village after 驻 (驻村工作队), a
// county's short name after a measure word (18亩|梨树), and quality words
// of farm products (富硒).

// leaks12 drops from the findings fs of one text the ordinary readings
// that the guards of this file recognise.
func leaks12(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 || len(fs) == 0 {
		return fs
	}
	out := fs[:0]
	var places []Finding // LOCATION findings, for genericBodyOrg12
	for _, f := range fs {
		if f.Type == LOCATION {
			places = append(places, f)
		}
	}
	for _, f := range fs {
		switch f.Type {
		case PERSON:
			if ordinaryPersonReading12(tt, f) {
				continue
			}
		case LOCATION:
			if ordinaryPlaceReading12(tt, f) {
				continue
			}
		case ORG:
			if genericBodyOrg12(tt, f, places) {
				continue
			}
			if p, ok := placeBeforeGenericBody12(f); ok {
				out = append(out, p)
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// genericBodies12 are the kinds of body every county has, named by the
// place they serve (…镇市场监管所, …社区居家养老服务中心) or by nothing at
// all: with no proper name before them they are ordinary words.
var genericBodies12 = []string{
	"市场监管所", "市场监督管理所", "卫生院", "卫生室", "居家养老服务中心", "养老服务中心",
	"冷链仓储中心", "仓储中心", "物流中心", "研学工坊", "慈善总会", "便民服务中心",
	"综合文化站", "文化站", "司法所", "财政所", "派出所", "供电所", "农技站", "兽医站",
	"中心校", "中心小学", "幼儿园", "敬老院", "日间照料中心", "新时代文明实践站",
}

// genericLevels12 are words for a level or class of places, not a place:
// they may stand between a body and its kind (苏木乡镇卫生院).
var genericLevels12 = []string{"苏木乡镇", "乡镇", "县乡", "镇村", "城乡", "县级", "乡级", "村级", "区域", "农村", "城区"}

// genericBodyLast12 holds the last characters of genericBodies12, the
// cheap check before the list.
var genericBodyLast12 = runeBitsOf("所院室心坊会站校学园")

// genericBodyOrg12 reports whether the organisation f is one of
// genericBodies12 after nothing that names it: after ordinary words or a
// level word (产业路直达|冷链仓储中心, 苏木乡镇|卫生院), after a single
// character glued on from the word before (手工纸|研学工坊), or after a place
// that a place finding already masks (会同官圩镇|市场监管所), so that the
// place stays masked and the kind stays readable.
func genericBodyOrg12(tt *tokText, f Finding, places []Finding) bool {
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	if !genericBodyLast12.has(last) {
		return false
	}
	kind := ""
	for _, k := range genericBodies12 {
		if strings.HasSuffix(f.Text, k) && len(k) > len(kind) {
			kind = k
		}
	}
	if kind == "" {
		return false
	}
	pre := f.Text[:len(f.Text)-len(kind)]
	for _, l := range genericLevels12 {
		if strings.HasSuffix(pre, l) {
			pre = strings.TrimSuffix(pre, l)
			break
		}
	}
	if pre == "" {
		return true
	}
	if utf8.RuneCountInString(pre) == 1 {
		// one character after a word of two or more that it continues
		// (手工纸|研学工坊): no body is named by one character glued on
		s := tt.runeAt(f.Start)
		if s > 0 && isHan(tt.runes[s-1]) {
			if t := tt.tokenBefore(s); t != nil && t.end == s && t.n() >= 2 && t.pos == "n" {
				return true
			}
		}
		return false
	}
	preEnd := f.Start + len(pre)
	// a place finding ends where the kind (or its level word) begins
	for _, p := range places {
		if p.End == preEnd && p.Start >= f.Start {
			return true
		}
	}
	// the words before the kind end with a verb or preposition: no name
	if s := tt.runeAt(preEnd); s > 0 {
		if t := tt.tokenBefore(s); t != nil && t.end == s && (t.pos == "v" || t.pos == "p") {
			return true
		}
	}
	return false
}

// placeEnds12 end the names of places that a body serves (…社区|居家养老服
// 务中心, …村|卫生室).
var placeEnds12 = []string{"社区", "街道", "村", "镇", "乡", "嘎查", "苏木"}

// placeBeforeGenericBody12 returns, for an organisation f that is a place
// and one of genericBodies12 (红旗社区|居家养老服务中心), the place alone as a
// place finding: the place is masked and the kind stays readable.
func placeBeforeGenericBody12(f Finding) (Finding, bool) {
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	if !genericBodyLast12.has(last) {
		return f, false
	}
	kind := ""
	for _, k := range genericBodies12 {
		if strings.HasSuffix(f.Text, k) && len(k) > len(kind) {
			kind = k
		}
	}
	pre := f.Text[:len(f.Text)-len(kind)]
	if kind == "" || utf8.RuneCountInString(pre) < 3 || firstSuffix(pre, kindOfTownWords18) != "" {
		return f, false // (…现有乡镇|卫生院: a kind of township, no place; keep18.go)
	}
	for _, e := range placeEnds12 {
		if strings.HasSuffix(pre, e) {
			return Finding{Type: LOCATION, Text: pre, Start: f.Start, End: f.Start + len(pre),
				Evidence: f.Evidence + ",place-before-generic-body", Score: f.Score}, true
		}
	}
	return f, false
}

// seasonWords12 are words of a season or time of year that gojieba may tag
// as a personal name (金秋时节).
var seasonWords12 = map[string]bool{
	"金秋": true, "深秋": true, "初秋": true, "晚秋": true, "盛夏": true, "初夏": true, "仲夏": true,
	"隆冬": true, "寒冬": true, "初冬": true, "严冬": true, "初春": true, "早春": true, "暮春": true, "阳春": true,
}

// productEnds12 are last characters of product, crop and craft words (山兰
// 酒, 玉露香梨, 苗绣) that end no personal name read without a role.
var productEnds12 = runeBitsOf("酒醋茶锦绣梨桃枣橘柑芋笋菇耳")

// craftHeads12 are the peoples and old regions whose name a craft takes
// (黎锦, 苗绣, 蜀锦).
var craftHeads12 = runeBitsOf("黎苗壮侗瑶彝藏羌蜀湘粤苏宋云土畲")

// chiefHeads12 are what a "…长" chief system puts in a person's care (林长,
// 河长, 田长, 路长): with 长 they are roles, not names.
var chiefHeads12 = runeBitsOf("林河湖田路山街")

// ordinaryPersonReading12 reports whether the personal-name reading f,
// which no role word supports, is an ordinary word: a season word; a
// "…长" before 制 (林长制: a policy); a craft of a people (黎锦); a product
// word (山兰酒); or a reading that ends inside an ordinary word gojieba cut
// across it (县慈|善总会, 康养民|宿).
func ordinaryPersonReading12(tt *tokText, f Finding) bool {
	if strings.Contains(f.Evidence, "role") || strings.Contains(f.Evidence, "dot-name") {
		return false
	}
	n := utf8.RuneCountInString(f.Text)
	if seasonWords12[f.Text] {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	first, _ := utf8.DecodeRuneInString(f.Text)
	if last == '长' && strings.HasPrefix(tt.text[f.End:], "制") {
		return true
	}
	if n == 2 && last == '长' && chiefHeads12.has(first) {
		return true // 林长, 河长: the chief of a stretch of forest or river
	}
	if n == 2 && (last == '锦' || last == '绣') && craftHeads12.has(first) {
		return true
	}
	if n == 3 && productEnds12.has(last) {
		return true
	}
	if last == '民' && f.End < len(tt.text) {
		// …民|宿, …民|居, …民|俗: the last character opens a word of
		// lodging or custom (康养民宿), not the end of a name
		next, _ := utf8.DecodeRuneInString(tt.text[f.End:])
		if next == '宿' || next == '居' || next == '俗' {
			return true
		}
	}
	// the reading ends inside a word of two or more characters that
	// gojieba took as one (县|慈善|总会): the name would split it
	e := tt.runeAt(f.End)
	s := tt.runeAt(f.Start)
	if e <= 0 || s < 0 || e >= len(tt.runes) {
		return false
	}
	if t := tt.tokenAt(e); t != nil && t.start < e && t.end > e && t.start > s && t.n() == 2 &&
		(productEnds12.has(tt.runes[t.end-1]) || orgKindAfter12(tt, t.end) ||
			n == 3 && tt.runes[s+1] == '长' && chiefHeads12.has(first)) { // 林长|巡林
		return true
	}
	return false
}

// orgKindAfter12 reports whether an organisation kind (总会, 协会, 基金会)
// starts at rune i.
func orgKindAfter12(tt *tokText, i int) bool {
	if i >= len(tt.runes) {
		return false
	}
	rest := string(tt.runes[i:min(i+3, len(tt.runes))])
	return strings.HasPrefix(rest, "总会") || strings.HasPrefix(rest, "协会") || strings.HasPrefix(rest, "基金")
}

// riskZoneEnds12 end the phrases that name a kind of area, not a place
// (地质灾害易发区, 病虫害高发区).
var riskZoneEnds12 = []string{"易发区", "高发区", "多发区", "频发区", "重灾区", "易涝区"}

// measureBefore12 are measure words after which a word is a thing counted
// (18亩|梨树, 200株|枣树), not a place.
var measureBefore12 = runeBitsOf("亩株棵片垄")

// qualityWords12 are quality words of farm products (富硒茶园) that a list
// or short-form reading may take for a place.
var qualityWords12 = map[string]bool{"富硒": true, "富锌": true, "富锶": true, "有机": true, "绿色": true}

// ordinaryPlaceReading12 reports whether the place reading f is an
// ordinary phrase: a risk zone (易发区), a village word after 驻 (…局驻村
// 工作队: a team stationed in a village), a county's short form right
// after a measure word (18亩梨树), or a product quality word (富硒).
func ordinaryPlaceReading12(tt *tokText, f Finding) bool {
	if qualityWords12[f.Text] {
		return true
	}
	// a place reading inside a level word (苏木乡|镇卫生院: 苏木乡镇 are the
	// townships of a banner)
	for _, l := range genericLevels12 {
		if len(l) > len(f.Text) && strings.HasPrefix(tt.text[f.Start:], l) {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	switch last {
	case '区':
		for _, z := range riskZoneEnds12 {
			if strings.HasSuffix(f.Text, z) {
				return true
			}
		}
	case '村':
		if strings.HasSuffix(f.Text, "驻村") {
			return true
		}
	}
	if strings.HasPrefix(f.Evidence, "gazetteer-short") {
		if s := tt.runeAt(f.Start); s > 0 && measureBefore12.has(tt.runes[s-1]) {
			return true
		}
	}
	return false
}

// cropShortForm12 reports whether s, a short form of the organisation f, is
// the crop or product the body grows or makes (红芽芋 of …红芽芋种植专业合作
// 社): a word that ends with a product character right before a word of
// growing or making in f's name names the goods, not the body.
func cropShortForm12(f Finding, s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	if !productEnds12.has(last) {
		return false
	}
	i := strings.Index(f.Text, s)
	if i < 0 {
		return false
	}
	rest := f.Text[i+len(s):]
	for _, w := range []string{"种植", "养殖", "加工", "专业合作社", "产业"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// leaks12Add adds what the recognizers of this file find in one text to
// its findings fs: a protected area or park named before its level
// (…|国家级自然保护区), a street before where along it (文明路一带), a
// mountain a farm product is named after (…山乌骨鸡养殖), a brand named
// after a township's landform (…山街道|…青茶), the
// landmarks of a list whose sibling is found, and an item of a list of
// personal names whose
// neighbours on both sides are names (鲁某、杞某某、张某: a rare surname).
func leaks12Add(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	if tt.mayHold('级') {
		fs = addWhole(fs, areasBeforeLevel12(tt, fs))
	}
	if tt.mayHold('路') || tt.mayHold('街') {
		fs = addWhole(fs, streetsBeforeLocative12(tt, fs))
	}
	if tt.mayHold('山') {
		fs = addWhole(fs, mountainBrands12(tt, fs))
		fs = addWhole(fs, placeStemBrands12(tt, fs))
	}
	if tt.mayHold('、') {
		fs = addWhole(fs, namesBetweenNames12(tt, fs))
		fs = addWhole(fs, landmarkListSiblings12(tt, fs))
	}
	return fs
}

// levelWords12 are the levels a protected area or park is ranked at.
var levelWords12 = []string{"国家级", "省级", "市级", "县级", "自治区级"}

// levelStop12 are one-character words that stand before a level but in no
// name of an area (是国家级…, 创建省级…, 和省级…).
var levelStop12 = runeBitsOf("是为建创获评入成有在列升晋和与及的个处家批")

// areasBeforeLevel12 finds the names of protected areas and parks written
// before their level (…国家级自然保护区, …省级森林公园): the one to three
// name tokens, at most five characters, right before the level word.
func areasBeforeLevel12(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcJi == 0 {
		return nil // no 级 in the text (speed6.go)
	}
	var out []Finding
	for k := 0; k < len(tt.runes); k++ {
		if tt.runes[k] != '级' {
			continue
		}
		lv := ""
		for _, l := range levelWords12 {
			n := utf8.RuneCountInString(l)
			if k+1 >= n && tt.sub(k+1-n, k+1) == l {
				lv = l
				break
			}
		}
		if lv == "" {
			continue
		}
		rest := tt.text[tt.off[k+1]:]
		kind := hasAnyPrefix13(rest, scenicKinds10)
		if !kind {
			continue
		}
		e := k + 1 - utf8.RuneCountInString(lv)
		s := e
		for s > 0 && e-s < 5 {
			t := tt.tokenBefore(s)
			if t == nil || t.end != s || !allHan(t.word) || e-t.start > 5 {
				break
			}
			verb := t.pos == "v" && (t.n() > 1 || levelStop12.has(tt.runes[t.start])) // 牯牛|降 is a name's end
			if verb || t.pos == "p" || t.pos == "c" || strings.HasPrefix(t.pos, "u") || t.pos == "d" || t.pos == "r" || levelStop12.has(tt.runes[t.start]) {
				break
			}
			s = t.start
		}
		if e-s < 2 || overlapsAny(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e],
			Evidence: "area-before-level", Score: 0.8})
	}
	return out
}

// namesBetweenNames12 finds an item of two or three characters between
// list commas whose neighbours on both sides are personal names already
// found (…、X、…): items of one list are of one kind, and a name with a
// rare surname is found no other way. An ordinary word of gojieba's
// dictionary is not taken.
func namesBetweenNames12(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	personEndingAt := func(b int) bool {
		for _, f := range fs {
			if f.Type == PERSON && f.End == b {
				return true
			}
		}
		return false
	}
	personStartingAt := func(b int) bool {
		for _, f := range fs {
			if f.Type == PERSON && f.Start == b {
				return true
			}
		}
		return false
	}
	n := len(tt.runes)
	for i := tt.nextAt(rcDun, 1); i < n; i = tt.nextAt(rcDun, i+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[i] != '、' {
			continue
		}
		j := i + 1
		for j < n && j-i <= 4 && isHan(tt.runes[j]) {
			j++
		}
		if j >= n || tt.runes[j] != '、' {
			continue
		}
		s, e := i+1, j
		if e-s < 2 || e-s > 3 {
			continue
		}
		if !personEndingAt(tt.off[i]) || !personStartingAt(tt.off[j+1]) || overlapsAny(fs, tt.off[s], tt.off[e]) {
			continue
		}
		// one word of the dictionary (书记, 阳光) stays: a rare surname
		// is a token of its own
		if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && t.dictWord() {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e],
			Evidence: "list-between-names", Score: 0.7})
	}
	return out
}

// landmarkKinds12 end the names of landmarks: passes, temples, grasslands,
// parks, ridges, caves (…关, …寺, …草原, …园).
var landmarkKinds12 = []string{"景区", "草原", "遗址", "古镇", "关", "寺", "庙", "园", "岭", "峰", "洞", "峡", "谷", "湖", "塔", "山", "寨"}

// landmarkKindLast12 holds the last characters of landmarkKinds12.
var landmarkKindLast12 = runeBitsOf("区原址镇关寺庙园岭峰洞峡谷湖塔山寨")

// landmarkListSiblings12 finds the items of a list of landmarks (…关、…寺、
// …草原) that no recognizer found, when another item of the list is a place
// already found and every one of them ends with a landmark kind: items of
// one list are of one kind. An item that is one ordinary word of
// gojieba's dictionary (果园, 公园) is not taken.
func landmarkListSiblings12(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	// kindEnd returns the end of the earliest landmark kind that ends an
	// item starting at s after a name of two characters or more, or -1.
	kindEnd := func(s, limit int) int {
		for e := s + 3; e <= limit && e <= n; e++ {
			if !isHan(tt.runes[e-1]) {
				return -1
			}
			if !landmarkKindLast12.has(tt.runes[e-1]) {
				continue
			}
			for _, k := range landmarkKinds12 {
				kn := utf8.RuneCountInString(k)
				if e-kn >= s+2 && tt.sub(e-kn, e) == k {
					return e
				}
			}
		}
		return -1
	}
	// endsWithKind reports whether the item s..e ends with a landmark
	// kind after a name of two characters or more.
	endsWithKind := func(s, e int) bool {
		if e-s < 3 || !landmarkKindLast12.has(tt.runes[e-1]) {
			return false
		}
		for _, k := range landmarkKinds12 {
			kn := utf8.RuneCountInString(k)
			if e-kn >= s+2 && tt.sub(e-kn, e) == k {
				return true
			}
		}
		return false
	}
	for i := tt.nextAt(rcDun, 0); i < n; i = tt.nextAt(rcDun, i+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[i] != '、' {
			continue
		}
		// the list: items between clause marks, 、 separating them
		ls := i
		for ls > 0 && (isHan(tt.runes[ls-1]) || tt.runes[ls-1] == '、') && i-ls < 40 {
			ls--
		}
		le := i
		for le < n && (isHan(tt.runes[le]) || tt.runes[le] == '、') && le-i < 40 {
			le++
		}
		// skip the rest of this list on the next turns
		type item struct{ s, e int }
		var items []item
		found := false
		s := ls
		for k := ls; k <= le; k++ {
			if k < le && tt.runes[k] != '、' {
				continue
			}
			// the item s..k; the first one must start the clause, the
			// last one ends at its kind
			e := k
			if k == le {
				e = kindEnd(s, k)
			}
			if e > s && (e == k && endsWithKind(s, e) || k == le) && e-s <= 6 {
				if !(s == ls && ls > 0 && isHan(tt.runes[ls-1])) {
					items = append(items, item{s, e})
				}
			}
			if overlapsMasked12(fs, tt.off[s], tt.off[k]) {
				found = true
			}
			s = k + 1
		}
		i = le
		if !found || len(items) < 2 {
			continue
		}
		for _, it := range items {
			if overlapsMasked12(fs, tt.off[it.s], tt.off[it.e]) || !nameLikeItem12(tt, it.s, it.e) {
				continue
			}
			// one ordinary word of the dictionary: a short one (果园), a
			// kind of park (动物园), or not a noun
			if t := tt.tokenAt(it.s); t != nil && t.start == it.s && t.end == it.e && t.dictWord() && t.pos != "ns" && t.pos != "nz" && !strings.HasPrefix(t.pos, "nr") &&
				(t.n() <= 2 || tt.runes[t.end-1] == '园' || t.pos != "n") {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(it.s, it.e), Start: tt.off[it.s], End: tt.off[it.e],
				Evidence: "landmark-list-sibling", Score: 0.7})
		}
	}
	return out
}

// overlapsMasked12 reports whether a finding of fs that is not a generic
// body overlaps the bytes s..e.
func overlapsMasked12(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; !f.generic && f.Start < e && s < f.End { // (a pointer: no copy of each finding)
			return true
		}
	}
	return false
}

// nameLikeItem12 reports whether no token of the runes s..e is a word of
// function (a preposition, conjunction, adverb, pronoun or particle: 就是|
// 和|恒山 is no name) and the first is no word of a kind (核心|景区).
func nameLikeItem12(tt *tokText, s, e int) bool {
	for k := s; k < e; {
		t := tt.tokenAt(k)
		if t == nil {
			return false
		}
		switch {
		case t.pos == "p", t.pos == "c", t.pos == "d", t.pos == "r", strings.HasPrefix(t.pos, "u"):
			return false
		case k == s && siblingGeneric11[t.word]: // 核心|景区, 重点|景区: a kind
			return false
		}
		k = t.end
	}
	return true
}

// streetLocatives12 follow a street's name to say where along it (文明路一
// 带, …街两侧).
var streetLocatives12 = []string{"一带", "两侧", "沿线", "路口", "沿街"}

// roadGeneric12 are the words that name a kind of road, not one road (产业
// 路, 通村路).
var roadGeneric12 = wordSet(`产业 扶贫 通村 通组 机耕 生产 环湖 环城 环山 沿河 连接 进村 入户 旅游 断头 农村 乡村 城乡 主干 次干 沿江 滨河 景观`)

// streetsBeforeLocative12 finds streets named with an ordinary word (文明
// 路, 和平街) right before a word of where along them (一带, 两侧): the
// street is a place of the county, and its name is masked whole.
func streetsBeforeLocative12(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for k := 3; k+2 <= n; k++ {
		r := tt.runes[k-1]
		if r != '路' && r != '街' {
			continue
		}
		loc := false
		rest := tt.text[tt.off[k]:]
		if hasAnyPrefix13(rest, streetLocatives12) {
			loc = true
		}
		if !loc {
			continue
		}
		s := k - 3 // two characters of name before 路
		if !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) || roadGeneric12[tt.sub(s, k-1)] || siblingGeneric11[tt.sub(s, k-1)] {
			continue
		}
		// the name starts a clause or follows a place or 的 (…镇|文明路)
		if s > 0 && isHan(tt.runes[s-1]) && tt.runes[s-1] != '的' && tt.runes[s-1] != '在' && !overlapsMasked12(fs, tt.off[s-1], tt.off[s]) {
			continue
		}
		if !nameLikeItem12(tt, s, k-1) || overlapsMasked12(fs, tt.off[s], tt.off[k]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, k), Start: tt.off[s], End: tt.off[k],
			Evidence: "street-before-locative", Score: 0.7})
	}
	return out
}

// farmWorks12 follow a farm product (…乌骨鸡|养殖, …茶|种植) whose brand is
// the place it comes from.
var farmWorks12 = []string{"养殖", "种植", "基地", "产业"}

// mountainBrands12 finds a mountain of three characters named before a
// farm product and the work of raising it (…山乌骨鸡养殖, …山茶叶种植): the
// product takes the mountain's name, a place of the county.
func mountainBrands12(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcShan == 0 {
		return nil // no 山 in the text (speed6.go)
	}
	var out []Finding
	n := len(tt.runes)
	for k := 3; k < n; k++ {
		if tt.runes[k-1] != '山' {
			continue
		}
		s := k - 3
		if !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) || siblingGeneric11[tt.sub(s, k-1)] || !nameLikeItem12(tt, s, k) {
			continue
		}
		// the name is one token or starts one (无量山|乌骨鸡), not a tail
		// of a longer word
		if t := tt.tokenAt(s); t == nil || t.start != s {
			continue
		}
		work := false
		for e := k + 2; e <= k+5 && e+2 <= n; e++ {
			for _, w := range farmWorks12 {
				if tt.sub(e, e+2) == w {
					work = true
				}
			}
			if !isHan(tt.runes[e-1]) {
				break
			}
		}
		if !work || overlapsMasked12(fs, tt.off[s], tt.off[k]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, k), Start: tt.off[s], End: tt.off[k],
			Evidence: "mountain-brand", Score: 0.7})
	}
	return out
}

// stemAdminEnds12 end a place named after a landform (…山街道, …山镇): the
// two characters before the landform are a stem that brands take (…青茶).
var stemAdminEnds12 = []string{"山街道", "山镇", "山乡", "山村", "河镇", "河乡", "湖镇", "湖乡"}

// placeStemBrands12 finds, in the text of a place found as a landform's
// township (甲乙山街道), the stem of two characters standing elsewhere
// before another character (甲乙青茶市场): a brand named after the place.
// A stem that is a word of gojieba's dictionary where it stands (东方|红)
// or a kind word is not taken.
func placeStemBrands12(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION {
			continue
		}
		end := firstSuffix(f.Text, stemAdminEnds12)
		if end == "" {
			continue
		}
		name := strings.TrimSuffix(f.Text, end)
		if utf8.RuneCountInString(name) != 2 || !allHan(name) || siblingGeneric11[name] {
			continue
		}
		land, _ := utf8.DecodeRuneInString(end)
		for b := 0; b < len(tt.text); {
			j := strings.Index(tt.text[b:], name)
			if j < 0 {
				break
			}
			s := b + j
			e := s + len(name)
			b = e
			if e >= len(tt.text) {
				break
			}
			next, _ := utf8.DecodeRuneInString(tt.text[e:])
			if next == land || !isHan(next) || overlapsMasked12(fs, s, e) {
				continue
			}
			rs := tt.runeAt(s)
			if rs < 0 {
				continue
			}
			// a noun or adjective stem (东方|红) is an ordinary word; a verb
			// stem (浮来) is read as one only before a noun of its own
			if t := tt.tokenAt(rs); t != nil && t.start == rs && t.end == rs+2 && t.dictWord() && t.pos != "ns" && t.pos != "nz" && !strings.HasPrefix(t.pos, "nr") {
				nt := tt.tokenAt(rs + 2)
				if t.pos != "v" || nt == nil || nt.start != rs+2 || nt.pos != "n" && nt.pos != "nz" && nt.pos != "x" {
					continue
				}
			}
			out = append(out, Finding{Type: LOCATION, Text: name, Start: s, End: e, Evidence: "place-stem-brand", Score: 0.7})
		}
	}
	return out
}
