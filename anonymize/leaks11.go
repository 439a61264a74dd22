package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the recognizers and guards added for the misses of the
// own-writing check sets deid-own13, 14 and 15, each for a class of text
// rather than a string: streams with no gazetteer entry named before a
// word of their course (…河|支流, …河|漂流); list items of one kind whose
// sibling is a known place (…水库、…水库); old towns and hamlets right
// after their town (…镇|…|古城); passes before a scenic kind (…口|景区);
// a province's parts (浙南, 苏北); museums with a made-up name; a
// township whose suffix gojieba glued to its village (兴盛|乡上|金村); the
// place word a firm is named after, elsewhere in its paragraph; road
// sections between two township stems (…至…段); and personal names that
// stand without a role beside them: before an identity-card label, in a
// contact line, after a villager before a word of speech, and after a
// role when the given name is an ordinary word (理事长刘|永和|被).

// leaks11 adds what the recognizers of this file find in one text to its
// findings fs, and drops the ordinary readings its guards recognise.
func leaks11(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	// the text's character classes (speed9a.go) say which recognizers
	// have their cue in the text; most texts hold few of them
	c := tt.runeCls
	river, list, town, zhi := c&rcCue11River != 0, c&rcCue11List != 0, c&rcCue11Town != 0, c&rcZhi != 0
	idLabel, colon, museum, kind := c&rcCue11ID != 0, c&rcCue11Colon != 0, c&rcCue11Museum != 0, c&rcCue11Kind != 0
	speech, pass, landform, province := c&rcCue11Speech != 0, c&rcCue11Pass != 0, c&rcCue11Landform != 0, c&rcCue11Province != 0
	if river {
		fs = addWhole(fs, riversBeforeCourse11(tt, fs))
	}
	if list {
		fs = addWhole(fs, listSiblingsOfKind11(tt, fs))
	}
	if town && kind {
		fs = addWhole(fs, namesAfterTownBeforeKind11(tt, fs))
	}
	if pass {
		fs = addWhole(fs, passesBeforeScenicKind11(tt, fs))
	}
	if province {
		fs = addWhole(fs, provinceParts11(tt, fs))
	}
	if museum {
		fs = addWhole(fs, namedMuseums11(tt, fs))
	}
	if town {
		fs = addWhole(fs, townsGluedToVillage11(tt, fs))
	}
	fs = addWhole(fs, firmPlaceWords11(tt, fs))
	if zhi {
		fs = addWhole(fs, roadSectionStems11(tt, fs))
	}
	if idLabel {
		fs = addWhole(fs, namesBeforeIDLabel11(tt, fs))
	}
	if colon {
		fs = addWhole(fs, namesInContactLine11(tt, fs))
	}
	if speech {
		fs = addWhole(fs, villagerNamesBeforeSpeech11(tt, fs))
	}
	fs = addWhole(fs, namesAfterRoleOrdinaryGiven11(tt, fs))
	if landform {
		fs = addWhole(fs, landformHamletsBeforeSite11(tt, fs))
	}
	return dropOrdinaryReadings11(tt, fs)
}

// addWhole adds the findings of out to fs: one that overlaps nothing is
// added; one that covers only generic findings or places inside its span
// replaces them (金村 inside 上金村); any other is left out.
func addWhole(fs, out []Finding) []Finding {
	for _, f := range out {
		if !overlapsAny(fs, f.Start, f.End) {
			fs = append(fs, f)
			continue
		}
		fs = replaceUnlessClash(fs, f, func(g *Finding) bool {
			return !g.generic && (g.Start < f.Start || g.End > f.End || g.Type != LOCATION)
		})
	}
	return fs
}

// replaceUnlessClash adds f to fs in place of the findings it overlaps,
// unless clash holds for one of them: then fs is returned unchanged.
func replaceUnlessClash(fs []Finding, f Finding, clash func(g *Finding) bool) []Finding {
	for k := range fs {
		g := &fs[k]
		if g.Start < f.End && f.Start < g.End && clash(g) {
			return fs
		}
	}
	kept := fs[:0]
	for _, g := range fs {
		if !(g.Start < f.End && f.Start < g.End) {
			kept = append(kept, g)
		}
	}
	return append(kept, f)
}

// hanName11 reports whether runes [s, e) are Han characters that may be
// part of a name: no function character or mask (numerals name places:
// 四合, 三江口).
func hanName11(tt *tokText, s, e int) bool {
	if s < 0 || e > len(tt.runes) || s >= e {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) {
			return false
		}
	}
	return true
}

// personChars11 reports whether runes [s, e) may make a personal name:
// Han characters, no mask and no particle (numerals and 和 are given names'
// characters: 马尕五, 刘永和).
func personChars11(tt *tokText, s, e int) bool {
	if s < 0 || e > len(tt.runes) || s >= e {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || isMaskRune(r) || personStop11.has(r) {
			return false
		}
	}
	return true
}

// personStop11 are function words and particles that stand in no name
// (personChars11; a bit test, speed17a, where strings.ContainsRune
// searched the string for every character).
var personStop11 = runeBitsOf("的地得了是在被把将对从于为之其这那些么着过们吗呢吧啊说等")

// overlapsMasked11 reports whether a finding that is no generic reading
// overlaps bytes [s, e): a generic one (a doubtful guess the policy keeps)
// gives way to the findings of this file.
func overlapsMasked11(fs []Finding, s, e int) bool {
	for i := range fs {
		if fs[i].Start < e && s < fs[i].End && !fs[i].generic {
			return true
		}
	}
	return false
}

// nameTokPos11 reports whether the tokens that cover runes [s, e) may be
// parts of a name: nouns, places, names, made-up words, directions.
func nameTokPos11(tt *tokText, s, e int) bool {
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		switch t.pos {
		case "n", "nz", "ns", "nr", "nrt", "nrfg", "x", "j", "ng", "g", "f", "s", "zg", "b", "t", "i", "l":
		default:
			return false
		}
		i = t.end
	}
	return true
}

// riverCourse11 are the words of a stream's course, water or use that
// follow its name (…河|支流, …河|漂流).
var riverCourse11 = []string{"综合治理", "治理", "支流", "干流", "流域", "沿岸", "两岸", "沿线", "清淤", "整治", "大堤", "堤防", "断面", "上游", "下游", "中游", "漂流", "水质", "河道", "入河口", "水系", "湿地", "风光带", "生态廊道"}

// riverRunes are the suffixes of a stream's name.
var riverRunes11 = runeBitsOf(`河江溪`)

// riversBeforeCourse11 finds the streams with no gazetteer entry that a
// report names by one to three characters and 河, 江 or 溪 before a word
// of their course (招苏台河|综合治理, 西|苇河|支流, 汝|河漂流): the name
// begins a token, its characters are no function words and its tokens
// nouns, places or made-up words; a kind of stream (支流, 城区河段) or a
// frequent word (江河, 运河) is none. One character needs a token of its
// own after a particle, a punctuation mark or the text's start.
func riversBeforeCourse11(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for j := tt.nextAt(rcRiver11, 1); j+1 < n; j = tt.nextAt(rcRiver11, j+1) { // (speed7b.go: the characters of the class only)
		if !riverRunes11.has(tt.runes[j]) {
			continue
		}
		e := j + 1
		rest := tt.text[tt.off[e]:]
		course := hasAnyPrefix13(rest, riverCourse11)
		if !course {
			continue
		}
		// the stream's name ends at 河: a token ends there, or the suffix
		// begins a token gojieba glued to the course word (河漂流)
		if !tt.tokStart(e) && tt.tokenAt(j).start != j {
			continue
		}
		for L := 3; L >= 1; L-- {
			s := j - L
			if s < 0 || !tt.tokStart(s) || !hanName11(tt, s, j) || !nameTokPos11(tt, s, j) {
				continue
			}
			stem := tt.sub(s, j)
			full := tt.sub(s, e)
			if riverGenericStems[stem] || genericPlaceStems[stem] || l.common[stem] || l.commonTown[stem] || l.common[full] || villageDeterminers[tt.runes[s]] || numeralRune(tt.runes[s]) {
				continue
			}
			if t := tt.tokenAt(s); t.pos == "f" && L == 1 || (t.pos == "f" || t.pos == "b" || t.pos == "t") && t.end >= j {
				continue // a direction or a kind alone (东河, 小河) names no stream
			}
			if !streamStemWords11(tt, s, j, e) {
				continue
			}
			if L == 1 {
				t := tt.tokenAt(s)
				if t.end != j && !(t.end == e) {
					continue
				}
				if s > 0 && isHan(tt.runes[s-1]) {
					p := tt.tokenBefore(s)
					if p == nil || !(p.pos == "uj" || p.pos == "c" || p.pos == "p" || p.pos == "v" && p.n() >= 2) {
						continue
					}
				}
			}
			if overlapsMasked11(fs, tt.off[s], tt.off[e]) || overlapsAny(out, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: full, Start: tt.off[s], End: tt.off[e], Evidence: "river-before-course", Score: 3})
			break
		}
	}
	return out
}

// streamStemWords11 reports whether the words of a stream's name [s, e),
// its suffix at j, may name one stream: no word of gojieba's dictionary
// spans it whole (大江大河/l), no frequent word stands in its stem (城市|内河),
// and the word that holds the suffix is no kind of stream (界河, 内河).
func streamStemWords11(tt *tokText, s, j, e int) bool {
	l := getLexicon()
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		if t.start == s && t.end == e && t.n() >= 3 && t.dictWord() && t.pos != "ns" && t.pos != "nz" {
			return false
		}
		if t.end <= j && t.n() >= 2 && (l.common[t.word] || riverGenericStems[t.word]) {
			return false
		}
		if t.start < j && t.end > j && (riverGenericStems[t.word] || riverGenericStems[tt.sub(t.start, j)] || l.common[t.word]) {
			return false
		}
		if t.start == j && riverGenericStems[tt.sub(s, j)] {
			return false
		}
		i = t.end
	}
	for _, r := range tt.runes[s:j] {
		if riverRunes11.has(r) {
			return false // 大江|大河: another stream's suffix inside the stem
		}
	}
	return true
}

// siblingKinds11 are the kinds a list names several of (龙头山水库、四合水库).
var siblingKinds11 = []string{"水库", "小镇", "古城", "古镇", "水电站", "电站", "灌区", "湿地", "公园", "景区", "山庄", "庄园", "渡口", "码头", "大桥", "隧道", "水厂", "林场", "牧场", "茶园"}

// siblingFirst11 holds the first characters of siblingKinds11.
var siblingFirst11 = runeBitsOf("水小古电灌湿公景山庄渡码大隧林牧茶")

// siblingGeneric11 are the words that make an item a kind, not a name
// (小型水库, 特色小镇).
var siblingGeneric11 = wordSet(`核心 重要 周边 精品 热门 知名 配套 一般 新晋 网红 标志性 A级 3A级 4A级 5A级 AAA级 AAAA级 AAAAA级 高等级 同类 其余 附近 沿线 城郊 郊野 小型 中型 大型 病险 重点 特色 森林 旅游 风情 生态 文化 康养 农业 工业 骨干 新建 在建 现有 城市 城区 农村 乡村 国家 省级 市级 县级 其他 其它 各类 一批 多个 部分 全部 所有 主要 田园 民族 历史 运动 体育 智慧 美丽`)

// listSiblingsOfKind11 finds a list item named with ordinary or made-up
// words before a kind (四合|水库, 东|风韵|小镇) when the item beside it in
// the list (、) is a place already found before the same kind (龙头山水库、
// …; …、太平湖|森林小镇): items of one list are of one kind.
func listSiblingsOfKind11(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	kindAt := func(k int) string {
		if !siblingFirst11.has(tt.runes[k]) {
			return ""
		}
		rest := tt.text[tt.off[k]:]
		for _, w := range siblingKinds11 {
			if strings.HasPrefix(rest, w) {
				return w
			}
		}
		return ""
	}
	// itemName returns the start of the name that ends at kind start k,
	// walking back over name tokens to at most four characters.
	itemName := func(k, limit int) int {
		s := k
		for s > limit {
			t := tt.tokenBefore(s)
			if t == nil || t.end != s || k-t.start > 4 || !allHan(t.word) || siblingGeneric11[t.word] {
				break
			}
			if !nameTokPos11(tt, t.start, t.end) || !hanName11(tt, t.start, t.end) {
				break
			}
			s = t.start
		}
		return s
	}
	for i := tt.nextAt(rcDun, 1); i+2 < n; i = tt.nextAt(rcDun, i+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[i] != '、' {
			continue
		}
		// the items around 、: the left one ends at i, the right one
		// starts at i+1 and ends at the next list mark or clause end
		end := i + 1
		for end < n && end-i <= 12 && isHan(tt.runes[end]) || end < n && isMaskRune(tt.runes[end]) {
			end++
		}
		var rightKind string
		rk := -1
		for k := i + 2; k < end; k++ {
			if w := kindAt(k); w != "" && tt.tokStart(k) && (k+runeLen(w) >= end || tt.tokStart(k+runeLen(w))) {
				rightKind, rk = w, k
				break
			}
		}
		if rightKind == "" {
			continue
		}
		lk := i - runeLen(rightKind)
		if lk < 1 || tt.sub(lk, i) != rightKind || !tt.tokStart(lk) {
			continue
		}
		// which side is known: a place found at the item's start
		leftStart := itemName(lk, 0)
		rightKnown, leftKnown := false, false
		for _, f := range fs {
			if f.Type != LOCATION && f.Type != ORG || f.generic {
				continue
			}
			if f.Start == tt.off[i+1] && f.End <= tt.off[rk+runeLen(rightKind)] {
				rightKnown = true
			}
			if f.End >= tt.off[lk] && f.End <= tt.off[i] && f.Start < tt.off[lk] && f.Start >= tt.off[max(0, lk-8)] {
				leftKnown = true
			}
		}
		var s, e int
		switch {
		case rightKnown && !leftKnown:
			s, e = leftStart, lk
		case leftKnown && !rightKnown:
			s, e = i+1, rk
			if itemName(rk, i+1) != i+1 {
				continue
			}
		default:
			continue
		}
		if e-s < 2 || e-s > 4 || !hanName11(tt, s, e) {
			continue
		}
		w := tt.sub(s, e)
		// a frequent word is a name here (三合水库 beside 白马水库), a kind
		// or a make of the item (小型, 特色; 大型/b) is none
		if siblingGeneric11[w] || scenicModifiers[w] || scenicDescWords[w] || genericVillagePrefix[w] || tt.tokenAt(s).pos == "b" || overlapsMasked11(fs, tt.off[s], tt.off[e]) || overlapsAny(out, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "list-sibling-of-kind:" + rightKind, Score: 3})
	}
	return out
}

// oldTownKinds11 are the kinds of site a town's old quarter, fort or
// hamlet is named before (…镇|悬钟|古城).
var oldTownKinds11 = []string{"古城", "古镇", "古村", "古寨", "古堡", "老街", "老城", "关城", "城址", "卫城", "所城", "古街", "古渡"}

// namesAfterTownBeforeKind11 finds the two- or three-character name of an
// old town, fort or street right after the township found before it and
// before its kind (梅岭镇|悬钟|古城): no descriptive word (千年, 明清).
func namesAfterTownBeforeKind11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION {
			continue
		}
		e0 := tt.runeAt(f.End)
		if e0 <= 0 || !strings.ContainsRune("镇乡县区村", tt.runes[e0-1]) {
			continue
		}
		for _, L := range []int{2, 3} {
			k := e0 + L
			if k+2 > len(tt.runes) || !tt.tokStart(e0) || !tt.tokStart(k) {
				continue
			}
			rest := tt.text[tt.off[k]:]
			kind := firstPrefix(rest, oldTownKinds11)
			if kind == "" || !hanName11(tt, e0, k) || !nameTokPos11(tt, e0, k) {
				continue
			}
			w := tt.sub(e0, k)
			if l.common[w] || scenicModifiers[w] || scenicDescWords[w] || siblingGeneric11[w] || overlapsMasked11(fs, tt.off[e0], tt.off[k]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[e0], End: tt.off[k], Evidence: "after-town,before-kind:" + kind, Score: 3})
			break
		}
	}
	return out
}

// passRunes11 end the names of passes, gorges and forts (杀虎口, 雁门关).
var passRunes11 = runeBitsOf(`口关隘峪垭堡`)

// passHeadStop11 are the characters that stand before a place as a verb
// of going or a preposition (到|马口景区), never as the head of its name.
var passHeadStop11 = runeSet(`到去赴游进在从往来至经过入出逛逢于向与和及同`)

// passesBeforeScenicKind11 finds a pass, gorge or fort of three or four
// characters ending in 口, 关 … before a kind of scenic spot, as gojieba
// reads it: one idiom or phrase (杀虎口/i), or a head it cut off from the
// rest (跑|马口/ns, whose 马口 alone would leave 跑 readable); a verb of
// going before the rest (到|马口) is no head; no frequent word.
func passesBeforeScenicKind11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.n() < 2 || t.n() > 4 || !passRunes11.has(tt.runes[t.end-1]) || t.end >= len(tt.runes) {
			continue
		}
		rest := tt.text[tt.off[t.end]:]
		kind := firstPrefix(rest, scenicKinds10)
		if kind == "" {
			continue
		}
		s := t.start
		switch {
		case (t.n() == 3 || t.n() == 4) && (t.pos == "i" || t.pos == "l" || t.pos == "x" || t.pos == "ns" || t.pos == "nz" || t.pos == "n"):
		case t.n() == 2 && k > 0 && tt.toks[k-1].n() == 1 && tt.toks[k-1].end == t.start && (t.pos == "ns" || t.pos == "x" || t.pos == "n"):
			h := tt.runes[t.start-1]
			if passHeadStop11[h] || functionRuneBits.has(h) || !isHan(h) || !strings.Contains("v n q ng vg a", tt.toks[k-1].pos) {
				continue
			}
			s = t.start - 1
			if s > 0 && isHan(tt.runes[s-1]) {
				if p := tt.tokenBefore(s); p == nil || p.n() < 2 || !(p.pos == "v" || p.pos == "p" || p.pos == "c") {
					continue
				}
			}
		default:
			continue
		}
		if !hanName11(tt, s, t.end) {
			continue
		}
		w := tt.sub(s, t.end)
		if l.common[w] || scenicModifiers[w] || overlapsOutside11(fs, tt.off[s], tt.off[t.end]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[t.end], Evidence: "pass,kind-after:" + kind, Score: 3})
	}
	return out
}

// overlapsOutside11 reports whether a finding other than a generic one or
// a place inside bytes [s, e) overlaps them: such places give way to the
// whole name (马口 inside 跑马口).
func overlapsOutside11(fs []Finding, s, e int) bool {
	for i := range fs {
		g := &fs[i]
		if g.Start < e && s < g.End && !g.generic && (g.Start < s || g.End > e || g.Type != LOCATION) {
			return true
		}
	}
	return false
}

// provinceAbbr11 are the one-character short forms of provinces that
// name a province's parts with a direction (浙南, 苏北, 黔东南).
var provinceAbbr11 = runeBitsOf(`冀晋辽吉苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇陕甘陇蒙`)

// directionRunes11 are the directions of a province's parts.
var directionRunes11 = runeSet(`东南西北中`)

// provinceParts11 finds a province's parts named by its short form and a
// direction (浙南, 苏北, 鲁西南) that stand as a token of their own: a
// place below the national level, though no gazetteer entry.
func provinceParts11(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if (t.n() != 2 && t.n() != 3) || !provinceAbbr11.has(tt.runes[t.start]) {
			continue
		}
		ok := true
		for _, r := range tt.runes[t.start+1 : t.end] {
			ok = ok && directionRunes11[r]
		}
		if !ok || t.pos == "v" || t.pos == "nr" || overlapsMasked11(fs, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: t.word, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "province-part", Score: 3})
	}
	return out
}

// namedMuseums11 finds a museum named with a made-up word (建川|博物馆):
// two or three characters gojieba knows as no word, after a verb, a
// punctuation mark or the text's start.
func namedMuseums11(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.word != "博物馆" && t.word != "纪念馆" && t.word != "美术馆" && t.word != "陈列馆" {
			continue
		}
		p := &tt.toks[k-1]
		if (p.n() != 2 && p.n() != 3) || !(p.pos == "x" || p.pos == "nz" || p.pos == "nrt") || !hanName11(tt, p.start, p.end) {
			continue
		}
		if getLexicon().common[p.word] || overlapsMasked11(fs, tt.off[p.start], tt.off[t.end]) {
			continue
		}
		if p.start > 0 && isHan(tt.runes[p.start-1]) {
			if q := tt.tokenBefore(p.start); q == nil || !(q.pos == "v" || q.pos == "p" || q.pos == "c" || q.pos == "uj") {
				continue
			}
		}
		out = append(out, Finding{Type: ORG, Text: tt.sub(p.start, t.end), Start: tt.off[p.start], End: tt.off[t.end], Evidence: "named-museum", Score: 3})
	}
	return out
}

// townsGluedToVillage11 finds a township of the gazetteer named with an
// ordinary word whose suffix gojieba glued to its village's head (兴盛|乡上
// |金村): the word and 乡 or 镇 make a township, and 村 ends the village
// within three characters after the suffix. Both are masked whole.
func townsGluedToVillage11(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcTownLevel == 0 {
		return nil // (speed7b.go: no 乡 or 镇 in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for j := 2; j+2 < n; j++ {
		if r := tt.runes[j]; r != '乡' && r != '镇' {
			continue
		}
		g := tt.tokenAt(j)
		p := tt.tokenBefore(j)
		if g.start != j || g.n() < 2 || g.pos != "x" || p == nil || p.end != j || p.n() < 2 || p.n() > 3 || !hanName11(tt, p.start, j) {
			continue
		}
		town := tt.sub(p.start, j+1)
		if lv, ok := l.place(town); !ok || lv < 4 {
			continue
		}
		v := -1
		for e := j + 3; e <= j+4 && e < n; e++ {
			if tt.runes[e] == '村' && tt.tokStart(e+1) {
				v = e + 1
				break
			}
		}
		if v < 0 || !hanName11(tt, j+1, v) {
			continue
		}
		if overlapsMasked11(fs, tt.off[p.start], tt.off[j+1]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: town, Start: tt.off[p.start], End: tt.off[j+1], Evidence: "gazetteer,suffix-glued", Score: 4},
			Finding{Type: LOCATION, Text: tt.sub(j+1, v), Start: tt.off[j+1], End: tt.off[v], Evidence: "village-after-town,glued-suffix", Score: 4})
	}
	return out
}

// firmPlaceWords11 finds, elsewhere in a firm's paragraph, the place word
// the firm is named after right after its province or city (河北|坝上|薯业
// 有限公司 … 坝上|农产品): a word gojieba tags as a place (s, ns) that is
// no frequent word and no gazetteer place, standing as a token of its own.
func firmPlaceWords11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, f := range fs {
		if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix:") {
			continue
		}
		s := tt.runeAt(f.Start)
		e := tt.runeAt(f.End)
		if s < 0 || e < 0 {
			continue
		}
		t := tt.tokenAt(s)
		if t == nil || t.start != s {
			continue
		}
		if lv, ok := l.place(t.word); ok && lv <= 3 || t.pos == "ns" {
			t = tt.tokenAt(t.end)
		} else {
			continue
		}
		if t == nil || t.end >= e || t.n() != 2 || (t.pos != "s" && t.pos != "ns") || l.common[t.word] || !hanName11(tt, t.start, t.end) {
			continue
		}
		if _, ok := l.place(t.word); ok {
			continue
		}
		w := t.word
		for k := range tt.toks {
			u := &tt.toks[k]
			if u.word != w || overlapsMasked11(fs, tt.off[u.start], tt.off[u.end]) || overlapsAny(out, tt.off[u.start], tt.off[u.end]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[u.start], End: tt.off[u.end], Evidence: "firm-place-word", Score: 3})
		}
	}
	return out
}

// roadSectionKinds11 follow the second end of a road section (…至…段).
var roadSectionKinds11 = []string{"段", "公路", "路段", "道路", "一级公路", "二级公路", "三级公路", "旅游公路", "高速", "通村路", "通乡路"}

// roadSectionStems11 finds the two ends of a road section named by the
// short forms of two townships (儒林至丹口段): two characters each side of
// 至 before a road's kind, each a gazetteer short form and no frequent
// word, whatever gojieba made of them (至丹口/x).
func roadSectionStems11(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcZhi == 0 {
		return nil // no 至 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for i := 2; i+3 < n; i++ {
		if tt.runes[i] != '至' {
			continue
		}
		rest := tt.text[tt.off[i+3]:]
		kind := hasAnyPrefix13(rest, roadSectionKinds11)
		if !kind || !tt.tokStart(i-2) || !hanName11(tt, i-2, i) || !hanName11(tt, i+1, i+3) {
			continue
		}
		if i > 2 && isHan(tt.runes[i-3]) && tt.tokenBefore(i-2).pos != "n" && tt.tokenBefore(i-2).pos != "v" && tt.tokenBefore(i-2).pos != "p" {
			continue
		}
		for _, span := range [][2]int{{i - 2, i}, {i + 1, i + 3}} {
			w := tt.sub(span[0], span[1])
			if _, ok := l.shortOf(w); !ok || l.common[w] || genericPlaceStems[w] {
				continue
			}
			if rs := []rune(w); directionRunes11[rs[0]] && strings.ContainsRune("环城区郊关站口门街外内", rs[1]) {
				continue // 东环至西环段: parts of a town, no townships
			}
			if overlapsMasked11(fs, tt.off[span[0]], tt.off[span[1]]) || overlapsAny(out, tt.off[span[0]], tt.off[span[1]]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[span[0]], End: tt.off[span[1]], Evidence: "road-section-end", Score: 3})
		}
	}
	return out
}

// idLabels11 are the labels of an identity card number after a name.
var idLabels11 = []string{"（身份证", "(身份证", "，身份证", ",身份证", "（公民身份", "(公民身份"}

// namesBeforeIDLabel11 finds the personal name right before the label of
// an identity card number (实际控制人葛建平（身份证号：…）): a surname and
// one or two characters, the character before them a role's last one, a
// punctuation mark or the text's start.
func namesBeforeIDLabel11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for i := 2; i < len(tt.runes); i++ {
		if r := tt.runes[i]; r != '（' && r != '(' && r != '，' && r != ',' || i+2 >= len(tt.runes) || tt.runes[i+1] != '身' && tt.runes[i+1] != '公' {
			continue
		}
		rest := tt.text[tt.off[i]:]
		hit := hasAnyPrefix13(rest, idLabels11)
		if !hit {
			continue
		}
		for _, L := range []int{3, 2} {
			s := i - L
			if s < 0 || !l.isSurname(tt.runes[s]) || !personChars11(tt, s, i) {
				continue
			}
			if s > 0 && isHan(tt.runes[s-1]) && !strings.ContainsRune("人长员记任主师者方", tt.runes[s-1]) {
				continue
			}
			if w := tt.sub(s, i); l.common[w] || isRoleWord(w) || strings.ContainsRune("人者员方", tt.runes[i-1]) && tt.tokenAt(s).start == s && tt.tokenAt(s).end == i && tt.tokenAt(s).dictWord() {
				break // 申请人（身份证号…）: a party, no name
			}
			if overlapsMasked11(fs, tt.off[s], tt.off[i]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, i), Start: tt.off[s], End: tt.off[i], Evidence: "name-before-id-label", Score: 4})
			break
		}
	}
	return out
}

// contactLabels11 follow the name in a contact line (…：张三，联系电话…).
var contactLabels11 = []string{"，联系电话", "，电话", "，手机", "，联系方式", "，办公电话", "，座机", "（电话", "（手机", " 电话", " 手机", "　电话", "　手机", "，Tel", "，TEL"}

// namesInContactLine11 finds the personal name between a colon and the
// label of its phone (办公室：成德华，联系电话…): a surname and one or two
// characters.
func namesInContactLine11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for i := tt.nextAt(rcColon, 0); i+3 < len(tt.runes); i = tt.nextAt(rcColon, i+1) { // (speed7b.go: the characters of the class only)
		if r := tt.runes[i]; r != '：' && r != ':' {
			continue
		}
		s := i + 1
		for _, L := range []int{2, 3} {
			e := s + L
			if e >= len(tt.runes) || !l.isSurname(tt.runes[s]) || !personChars11(tt, s, e) {
				continue
			}
			rest := tt.text[tt.off[e]:]
			hit := hasAnyPrefix13(rest, contactLabels11)
			if !hit {
				continue
			}
			if w := tt.sub(s, e); l.common[w] || isRoleWord(w) || overlapsMasked11(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-in-contact-line", Score: 4})
			break
		}
	}
	return out
}

// villagerRoleEnds11 holds the last characters of villagerRoles.
var villagerRoleEnds11 = lastRuneBits(villagerRoles)

// villagerNamesBeforeSpeech11 finds the name of a villager quoted after a
// word for one (脱贫群众|马尕五说：): a surname and one or two characters
// right before a word of speech, however gojieba glued them.
func villagerNamesBeforeSpeech11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		r := &tt.toks[k]
		if r.n() < 2 || r.end+2 >= len(tt.runes) || !mayEnd(&villagerRoleEnds11, r.word) || !villagerRoles[r.word] {
			continue
		}
		s := r.end
		if s+2 >= len(tt.runes) || !tt.tokStart(s) || !l.isSurname(tt.runes[s]) {
			continue
		}
		switch tt.tokenAt(s).pos {
		case "a", "ad", "an", "d", "v", "vd", "vn", "z", "p", "c", "m", "r":
			continue // 农民|高兴/a|地说: a manner of speaking, no name
		}
		for _, L := range []int{3, 2} {
			e := s + L
			if e >= len(tt.runes) || !personChars11(tt, s, e) || !speechAfter(tt.text[tt.off[e]:]) {
				continue
			}
			if w := tt.sub(s, e); l.common[w] || overlapsMasked11(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "villager-name-before-speech,role-before:" + r.word, Score: 4})
			break
		}
	}
	return out
}

// namesAfterRoleOrdinaryGiven11 finds a name whose given name gojieba
// reads as an ordinary word or a place (理事长|刘|永和|被评为): a role, a
// surname as a token of its own, a two-character noun, and then a verb,
// a preposition, an adverb or a punctuation mark.
func namesAfterRoleOrdinaryGiven11(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	ps := tt.personPos(posSurname) // (speed9b.go)
	for k := 1; k+2 < len(tt.toks); k++ {
		if ps != nil {
			// to the token of the next surname: no token between begins
			// with one (speed10)
			i := nextPos(ps, tt.toks[k].start)
			if i >= len(tt.runes) {
				break
			}
			if k = tt.tokOf[i]; k+2 >= len(tt.toks) {
				break
			}
		}
		sn := &tt.toks[k]
		if sn.n() != 1 || tt.toks[k+1].n() != 2 || !l.isSurname(tt.runes[sn.start]) {
			continue
		}
		g := &tt.toks[k+1]
		if !(g.pos == "nz" || g.pos == "n" || g.pos == "ns" || g.pos == "nr" || g.pos == "x" || g.pos == "t" || g.pos == "j") || !personChars11(tt, g.start, g.end) || !isRoleWord(tt.toks[k-1].word) {
			continue
		}
		a := &tt.toks[k+2]
		if isHan(tt.runes[a.start]) && !(a.pos == "p" || a.pos == "v" || a.pos == "d" || a.word == "同志") {
			continue
		}
		if a.pos == "v" && isRoleWord(a.word) {
			continue
		}
		if overlapsMasked11(fs, tt.off[sn.start], tt.off[g.end]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(sn.start, g.end), Start: tt.off[sn.start], End: tt.off[g.end], Evidence: "role-before,ordinary-given:" + tt.toks[k-1].word, Score: 4})
	}
	return out
}

// genreKindWords11 are the words of the genre that name a kind of trade,
// service or facility, not one body (非遗|工坊, 冷链|物流, 演艺|合作社),
// beyond the frequent words of the lexicon.
var genreKindWords11 = wordSet(`非遗 冷链 演艺 文创 电商 康养 研学 民宿 农旅 文旅 茶旅 星级 五星级 四星级 三星级 精品 主题 特色 民族 民俗 传统 手工 社区 乡村 农家 庭院 共享 智慧 数字 直播 托育 养老 日间照料 农村 田园 休闲 观光 体验 培训 实训 扶贫 帮扶 就业 创业 孵化`)

// kindOrgSuffixes11 end the bodies that a report names by their kind
// (民族文化演艺合作社, 星级酒店, 社区医院); firms (公司) are not among them.
var kindOrgSuffixes11 = []string{"专业合作社", "合作社", "工坊", "作坊", "车间", "酒店", "宾馆", "饭店", "医院", "物流"}

// kindOrgLast11 holds the last characters of kindOrgSuffixes11.
var kindOrgLast11 = runeBitsOf("社坊间店馆院流")

// becomingVerbs11 stand before what a body becomes (卫生院创成|社区医院):
// no part of the body's name.
var becomingVerbs11 = []string{"创成", "建成", "创建", "打造成", "打造", "成为", "评为", "升级为", "改造为", "转型为", "升级成"}

// kindOrg11 reports an organisation found in a text whose name part is
// only words of a kind of trade, service or rank (民族|文化|演艺|合作社,
// 星级|酒店, 非|遗|工坊, 冷|链|物流), after a verb of becoming (创成|社区医院):
// every word frequent or of the genre, none a place, name or made-up word.
func kindOrg11(tt *tokText, f Finding) bool {
	if f.Type != ORG || f.Score >= 100 || !(strings.HasPrefix(f.Evidence, "org-suffix:") || f.Evidence == "brand+industry" || f.Evidence == "list-item") {
		return false
	}
	if !kindOrgLast11.has(lastRune(f.Text)) {
		return false
	}
	text := f.Text
	for _, v := range becomingVerbs11 {
		if rest, ok := strings.CutPrefix(text, v); ok && runeLen(rest) >= 3 {
			text = rest
			break
		}
	}
	inner := ""
	for _, k := range kindOrgSuffixes11 {
		if w, ok := strings.CutSuffix(text, k); ok {
			inner = w
			break
		}
	}
	if inner == "" || !allHan(inner) {
		return false
	}
	if genreKindWords11[inner] {
		return true
	}
	s := tt.runeAt(f.End - len(text))
	e := s + runeLen(inner)
	if s < 0 || !tt.tokStart(s) || !tt.tokStart(e) {
		return false
	}
	l := getLexicon()
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		if t.end > e {
			return false
		}
		w := t.word
		switch {
		case genreKindWords11[w] || genreWords[w] || produceWords[w]:
		case l.common[w] && t.n() >= 2 && (t.pos == "n" || t.pos == "vn" || t.pos == "b"):
		case t.n() == 4 && t.pos == "n" && kindHalf11(string(tt.runes[t.start:t.start+2])) && kindHalf11(string(tt.runes[t.start+2:t.end])):
			// 民俗文化: two such words gojieba keeps as one
		default:
			return false
		}
		if l.places[w] > 0 || l.short[w] != "" {
			return false
		}
		i = t.end
	}
	return true
}

// kindHalf11 reports a two-character word of a kind or a frequent one.
func kindHalf11(w string) bool { return genreKindWords11[w] || getLexicon().common[w] }

// nationalBank11 reports a bank named by the nation and ordinary words
// alone (中国农业银行, 中国工商银行, 国家开发银行): a national body, which the
// default policy keeps like 国务院; its county branch (…县支行) keeps its place masked.
func nationalBank11(f Finding) bool {
	if f.Type != ORG || f.Score >= 100 {
		return false
	}
	w, ok := strings.CutSuffix(f.Text, "银行")
	if !ok {
		return false
	}
	if rest, ok := strings.CutPrefix(w, "中国"); ok {
		w = rest
	} else if rest, ok := strings.CutPrefix(w, "国家"); ok {
		w = rest
	} else {
		return false
	}
	switch w {
	case "", "农业", "工商", "建设", "邮政储蓄", "农业发展", "进出口", "开发":
		return true
	}
	return false
}

// honourVillageWords11 describe the villages an honour is given to
// (省级|美丽|宜居|村): with a rank or a verb of honouring before them the
// whole is a title, no village.
var honourVillageWords11 = wordSet(`美丽 和美 文明 生态 宜居 幸福 绿色 特色 示范 传统 森林 卫生 小康 旅游 乡村旅游 民主法治 善治 红色 历史文化 重点 先进 魅力 最美`)

// honourRanks11 stand before an honour's title (省级美丽宜居村).
var honourRanks11 = wordSet(`省级 市级 县级 州级 国家级 全国 全省 全市 全县 入选 评为 获评 创建 创成 命名 荣获 获得 列入 授予 被评为 成功创建`)

// honourVillage11 reports a village found by its suffix alone, or the
// short form of a place found as its stem, whose stem is a word describing
// villages standing after more such words and a rank or a verb of
// honouring (入选省级|美丽|宜居|村): a title, no village.
func honourVillage11(tt *tokText, f Finding) bool {
	if f.Type != LOCATION || f.Score >= 100 || !strings.HasPrefix(f.Evidence, "pattern:村") && !strings.HasPrefix(f.Evidence, "gazetteer-short:") {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 2 || s+3 > len(tt.runes) || tt.runes[s+2] != '村' || e-s != 3 && e-s != 2 || !honourVillageWords11[tt.sub(s, s+2)] {
		return false
	}
	for b, steps := s, 0; b > 0 && steps < 3; steps++ {
		t := tt.tokenBefore(b)
		if t == nil || t.end != b {
			return false
		}
		if honourRanks11[t.word] {
			return true
		}
		if !honourVillageWords11[t.word] {
			return false
		}
		b = t.start
	}
	return false
}

// becomingStem11 reports a place found by its suffix whose stem is only a
// verb of becoming (创成|社区医院 read as a 社区): no name.
func becomingStem11(f Finding) bool {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "pattern:") {
		return false
	}
	for _, v := range becomingVerbs11 {
		if rest, ok := strings.CutPrefix(f.Text, v); ok && (rest == strings.TrimPrefix(strings.SplitN(f.Evidence, ",", 2)[0], "pattern:")) {
			return true
		}
	}
	return false
}

// facilityVerbs11 glue into the names of roadside and service facilities
// (停车|港湾, 候车|亭): a short form after one is part of the facility.
var facilityVerbs11 = wordSet(`停车 候车 充电 休息 观景 避险 错车 应急 加油 换乘 泊车 临时停车`)

// sloganShortForm11 reports a two-character short form of a place that is
// an ordinary word of a slogan or a facility there: the first of a pair of
// words sharing their first character (宜居|宜业), after a facility verb
// (停车|港湾), after a word inside a quoted programme name with a middle
// dot (“文化|惠民·…”), or before a belt a few words on (滨海|乡村振兴|示范带).
func sloganShortForm11(tt *tokText, f Finding) bool {
	if f.Type != LOCATION || f.Score >= 100 || !strings.HasPrefix(f.Evidence, "gazetteer-short:") || runeLen(f.Text) != 2 {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return false
	}
	n := len(tt.runes)
	// 宜居|宜业, 宜业|宜居: a pair of slogan words, the other no place
	// and no preposition between two places (西安|至|安康)
	pair := func(a, b int) bool {
		if a < 0 || b > n || !isHan(tt.runes[a+1]) || functionRuneBits.has(tt.runes[a+1]) || strings.ContainsRune("县市区镇乡村至到往经向", tt.runes[a+1]) {
			return false
		}
		w := tt.sub(a, b)
		_, pl := getLexicon().place(w)
		_, sh := getLexicon().shortOf(w)
		return !pl && !sh
	}
	if e+2 <= n && tt.runes[e] == tt.runes[s] && pair(e, e+2) || s >= 2 && tt.runes[s-2] == tt.runes[s] && pair(s-2, s) {
		return true
	}
	if p := tt.tokenBefore(s); p != nil && p.end == s && facilityVerbs11[p.word] {
		return true
	}
	// inside “…·…”: a programme's slogan, the short form glued after a word
	if s >= 2 && isHan(tt.runes[s-1]) {
		o := s - 1
		for o >= 0 && s-o <= 8 && tt.runes[o] != '“' && tt.runes[o] != '”' && tt.runes[o] != '。' {
			o--
		}
		if o >= 0 && tt.runes[o] == '“' {
			dot := false
			for c := o + 1; c < n && c-o <= 16 && tt.runes[c] != '”'; c++ {
				dot = dot || tt.runes[c] == '·'
			}
			if dot {
				return true
			}
		}
	}
	// a belt a few words on: 滨海|乡村振兴|示范带
	if getLexicon().commonTown[f.Text] {
		for i, steps := e, 0; i < n && steps < 3; steps++ {
			rest := tt.text[tt.off[i]:]
			for _, w := range beltWords {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
			if strings.HasPrefix(rest, "示范带") || strings.HasPrefix(rest, "走廊") {
				return true
			}
			t := tt.tokenAt(i)
			if t == nil || t.start != i || !allHan(t.word) || t.pos != "n" && t.pos != "vn" && t.pos != "l" {
				break
			}
			i = t.end
		}
	}
	return false
}

// dropOrdinaryReadings11 drops readings of ordinary words as names: a
// county whose name is a conjunction and 县 (景区|和县|干部学院) between two
// words, where 县 begins the next body; a county department's short name
// read as a person (县人社|局局长); bodies named by their kind
// (kindOrg11); honour titles read as villages (honourVillage11); slogan
// words read as short forms (sloganShortForm11); and national banks are
// marked generic (nationalBank11).
func dropOrdinaryReadings11(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	out := fs[:0]
	for _, f := range fs {
		if f.Score >= 100 || f.Type != LOCATION && f.Type != PERSON && f.Type != ORG {
			out = append(out, f)
			continue
		}
		if f.Type == ORG {
			if kindOrg11(tt, f) {
				continue
			}
			if nationalBank11(f) {
				f.generic = true
			}
			out = append(out, f)
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e < 0 {
			out = append(out, f)
			continue
		}
		switch f.Type {
		case LOCATION:
			if e-s == 2 && s > 0 && e < n && tt.runes[e-1] == '县' && strings.ContainsRune("和与及同", tt.runes[s]) && isHan(tt.runes[s-1]) && isHan(tt.runes[e]) && !functionRuneBits.has(tt.runes[e]) {
				continue // 景区|和|县干部学院
			}
			if e-s == 3 && verbCountyAfterSelf11(tt, s, e) {
				continue // 我局…，会同|县住建局
			}
			if honourVillage11(tt, f) || sloganShortForm11(tt, f) || becomingStem11(f) {
				continue
			}
			if k := prepositionHead11(tt, f); k > 0 {
				f.Start = tt.off[k]
				f.Text = tt.text[f.Start:f.End]
			}
		case PERSON:
			if e > s+1 && e < n && genericLevel[tt.runes[s]] && deptBodyRunes.has(tt.runes[e]) && !strings.Contains(f.Evidence, "role-before") {
				continue // 县人社|局局长: a department's short name
			}
		}
		out = append(out, f)
	}
	return out
}

// prepositionHeads11 are the prepositions gojieba leaves on a stream's
// name (沿|清溪|河, 对龙塘河/x): they say where along it, and name nothing.
var prepositionHeads11 = runeBitsOf(`沿对在向从经跨顺绕环临傍靠往至到`)

// prepositionHead11 returns the rune where a stream found by its suffix
// begins once a preposition before it is left out (沿|清溪河 → 清溪河), or
// 0 when it has none: three characters at least, a preposition first, a
// stem of two characters or more after it, and the first two no short
// form of a place (临江, 沿河 begin the names of counties).
func prepositionHead11(tt *tokText, f Finding) int {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "pattern:") {
		return 0
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 3 || !prepositionHeads11.has(tt.runes[s]) || !strings.ContainsRune("河江溪湖渠", tt.runes[e-1]) {
		return 0
	}
	if t := tt.tokenAt(s); t.start != s || t.n() != 1 && t.pos != "x" {
		return 0 // 沿|…, 对龙塘河/x; a word that begins with the character (对岸) is no preposition
	}
	if _, ok := getLexicon().shortOf(tt.sub(s, s+2)); ok {
		return 0
	}
	if _, ok := getLexicon().place(tt.sub(s, s+2)); ok {
		return 0
	}
	return s + 1
}

// prepositionToken11 reports a preposition of place standing as a token
// of its own (沿|东溪、…): it begins no list item's name.
func prepositionToken11(t tok) bool {
	if t.n() != 1 || t.pos != "p" && t.pos != "f" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.word)
	return prepositionHeads11.has(r)
}

// selfBodies11 are the words a body speaks of itself with (我局, 本局).
var selfBodies11 = []string{"我局", "我委", "我办", "我部", "我厅", "本局", "本委", "我中心", "我院", "我站", "我所"}

// verbCountyAfterSelf11 reports a county [s, e) whose stem is an ordinary
// word (会同) opening a clause before a county department (，会同|县住建局)
// in a sentence where a body spoke of itself before (我局…): the verb and
// the department's 县, as verbCounty reads them after 并 or 我局.
func verbCountyAfterSelf11(tt *tokText, s, e int) bool {
	if s < 1 || e-s != 3 || !strings.ContainsRune("，；,;", tt.runes[s-1]) || !countyBeforeDepartment(tt, s, e) {
		return false
	}
	for b := s - 1; b >= 0 && s-b <= 40 && tt.runes[b] != '。'; b-- {
		for _, w := range selfBodies11 {
			if strings.HasPrefix(tt.text[tt.off[b]:], w) {
				return true
			}
		}
	}
	return false
}

// listKind11 reports a list item that names a kind of body, not one body:
// a body of a trade (kindOrg11) or a department of a county, city or
// township named by its level alone (县住建局, 市发改委), which the default
// policy keeps like 县政府.
func listKind11(tt *tokText, f Finding) bool {
	if kindOrg11(tt, f) || levelKindItem18(tt, f) || countedListItem18(tt, f) { // keep18.go: 县人民医院, 乡镇卫生院19家
		return true
	}
	if f.Type != ORG || f.Evidence != "list-item" {
		return false
	}
	rs := []rune(f.Text)
	return len(rs) >= 4 && len(rs) <= 6 && strings.ContainsRune("县市区省州旗乡镇", rs[0]) && strings.ContainsRune("局委办厅", rs[len(rs)-1]) && allHanRunes(rs)
}

// landformRunes11 end the names of hamlets named after their landform
// (…沟, …坪, …坝, …湾).
var landformRunes11 = runeBitsOf(`沟坪坝湾岭垭峪梁洼塬岔坳冲`)

// hamletSites11 are what a hamlet hosts when a report names it before
// them (楼房沟|特色民宿集群).
var hamletSites11 = []string{"特色民宿", "民宿", "农家乐", "景区", "景点", "露营地", "营地", "田园综合体", "采摘园", "产业园", "示范点", "示范基地", "种植基地", "养殖基地", "安置点", "移民安置点", "片区", "组团", "自然村", "村民小组"}

// landformHamletsBeforeSite11 finds a hamlet named by an ordinary noun and
// its landform (楼房|沟) before what it hosts (特色民宿, 农家乐, 安置点),
// after a verb, a preposition or a punctuation mark: a two-character noun
// or made-up word, the landform as a token of its own.
func landformHamletsBeforeSite11(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for k := 1; k+1 < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.n() != 1 || !landformRunes11.has(tt.runes[t.start]) {
			continue
		}
		p := &tt.toks[k-1]
		if p.n() != 2 || !(p.pos == "n" || p.pos == "x" || p.pos == "nz" || p.pos == "ns" || p.pos == "nr") || !hanName11(tt, p.start, p.end) {
			continue
		}
		rest := tt.text[tt.off[t.end]:]
		site := hasAnyPrefix13(rest, hamletSites11)
		if !site || genericVillagePrefix[p.word] || siblingGeneric11[p.word] || scenicModifiers[p.word] {
			continue
		}
		if p.start > 0 && isHan(tt.runes[p.start-1]) {
			if q := tt.tokenBefore(p.start); q == nil || !(q.pos == "v" || q.pos == "vn" || q.pos == "p" || q.pos == "c" || q.pos == "uj") {
				continue
			}
		}
		if overlapsMasked11(fs, tt.off[p.start], tt.off[t.end]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(p.start, t.end), Start: tt.off[p.start], End: tt.off[t.end], Evidence: "hamlet,landform,site-after", Score: 3})
	}
	return out
}
