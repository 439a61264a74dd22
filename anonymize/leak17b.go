package anonymize

import "strings"

// This file holds round leak17b: small localities, landmarks and lanes
// whose name is no division of the gazetteer, found by the frame they stand
// in. It runs right after roleNames16 (anonymize.go). Classes:
//
//   - stretch pairs (stretchPairs17b): the other end of a stretch or route
//     whose one end is a masked place (甲公园至|财厅前一线, 察汗诺至|茶卡,
//     解放碑—|朝天门, 春熙路—|解放碑): a stem of two to four characters
//     that the village gazetteer knows or that ends in a locality's kind
//     (口, 坝, 碑, 隘, 路 …);
//   - stretch lists (stretchLists17b): the last member of a list before
//     一线/一带 whose member before it is masked (琉璃厂文化街、|菜市口一线,
//     乌君山、|茶花隘一带);
//   - lane siblings (laneSiblings17b): a lane or compound ending in 里, 巷,
//     弄 or 坊 next to a masked one in a list (安华里、|碧华里);
//   - glued localities (gluedLocalities17b): a gully, flat or village of a
//     stem of its own glued to its masked township (松树镇|松山沟,
//     X乡|阔斯阿尕什村), longer stems and more kinds than placeVillages16b;
//   - ordinary-word divisions (ordinaryDivisions17b): a street office or
//     town of the division lexicon whose name is an ordinary word, after a
//     preposition of place (在|向上街道);
//   - banks and sides (featureSides17b): a river's stem before a bank word
//     (章江|北岸), a ridge's before a side word and a masked place
//     (老岭|以北的|大阳岔镇).
//
// The doc-level class of new towns (newTownStems17b) is hooked beside
// kindStems16 in Analyze.

// stretchKinds17b end the name of a locality, landmark, lane or road: a
// stem before one of them at a stretch's end is a place (class: stretch
// pairs and lists).
var stretchKinds17b = runeBitsOf("隘垭坳峁塬峪岙嶂岭沟坝梁坡岗湾坪滩洼塘口门碑背前里巷弄路街桥寨屯堡")

// strongKinds17b end no ordinary phrase: a stem before them makes a place
// even when it is an ordinary word (茶花|隘, 王家|垭).
var strongKinds17b = runeBitsOf("隘垭坳峁塬峪岙嶂")

// stretchCandidate17b reports whether runes s..e may name a locality at a
// stretch's end: a small place's candidate of place16b (Han, a word's start,
// no finding over it, no ordinary word), and either a name of the village
// gazetteer (财厅前, 解放碑) or a locality's kind after a stem (春熙|路,
// 茶花|隘) that is no ordinary word (县城|公路, 乡村|公路 stay readable).
func stretchCandidate17b(tt *tokText, fs []Finding, s, e int) bool {
	if e-s < 2 || e-s > 4 || s < 0 || e > len(tt.runes) {
		return false
	}
	if !localityCandidate17b(tt, fs, s, e) || e < len(tt.runes) && !tt.tokStart(e) {
		return false // (a stem that runs on into a longer word names nothing)
	}
	last := tt.runes[e-1]
	if strongKinds17b.has(last) {
		return true
	}
	if twoWords17b(tt, s, e) {
		return false // 人民|广场, 城市|客厅: two ordinary words make a kind of place, no name
	}
	if getVillages().has(tt.sub(s, e)) {
		return true
	}
	if !stretchKinds17b.has(last) || e-s < 3 {
		return false
	}
	stem := tt.sub(s, e-1)
	l := getLexicon()
	return !l.common[stem] && !facGenericStem16(stem) && !kindGradeStems16[stem] && !genericVillagePrefix[stem]
}

// localityCandidate17b reports whether runes s..e may be a locality's
// name: Han, no numeral, stop or function character at its head, a word's
// start at its head (or after a list mark), no finding
// over it, and no ordinary word of the lexicon. Unlike placeCandidate16b it
// takes one word of the dictionary (菜市口/n, 老岭/x): the frame vouches
// for it.
func localityCandidate17b(tt *tokText, fs []Finding, s, e int) bool {
	if s < 0 || e > len(tt.runes) || e-s < 2 {
		return false
	}
	for i := s; i < e; i++ {
		if !isHan(tt.runes[i]) {
			return false
		}
	}
	head := tt.runes[s]
	if numeralRune(head) || toponymStemStop.has(head) || functionRuneBits.has(head) {
		return false
	}
	if !tt.tokStart(s) && !(s > 0 && (placeListSeps16b.has(tt.runes[s-1]) || stretchLinks17b.has(tt.runes[s-1])) && tt.tokStart(s-1)) {
		return false // (a list mark or a stretch's link gojieba glued to the name: 至城|台前, 至大桦|背)
	}
	if facOverlaps16(fs, tt.off[s], tt.off[e]) {
		return false
	}
	return !getLexicon().common[tt.sub(s, e)]
}

// twoWords17b reports whether runes s..e split into two ordinary words of
// two characters or more each.
func twoWords17b(tt *tokText, s, e int) bool {
	l := getLexicon()
	o := getPersonLexicon().ordinary
	for i := s + 2; i+2 <= e; i++ {
		if a, b := tt.sub(s, i), tt.sub(i, e); (l.common[a] || o[a]) && (l.common[b] || o[b]) {
			return true
		}
	}
	return false
}

// stretchLinks17b join the two ends of a stretch or route.
var stretchLinks17b = runeBitsOf("至—－–")

// stretchHeads17b may stand between a stretch's link and a masked place
// the rules cut from its head (至小|庙子沟).
var stretchHeads17b = runeBitsOf("小大老上下前后")

// stretchTails17b are facility kinds the rules leave after a masked place
// at a stretch's end (流花湖|公园至…): the link follows them.
var stretchTails17b = []string{"公园", "广场", "大桥", "车站", "码头", "路口", "景区", "片区", "街道", "社区"}

// stretchNotLink17b make 至 the end of a word (截至, 直至, 甚至, 以至, 乃至).
var stretchNotLink17b = runeBitsOf("截直甚以乃及")

// stretchAnchor17b reports whether f may anchor a stretch: a place found by
// the rules that is no weak guess.
func stretchAnchor17b(f *Finding) bool {
	return f.Type == LOCATION && !f.generic && !weak19(f) && f.Text != ""
}

// stretchPairs17b adds the other ends of stretches whose one end is masked
// (see the file's comment); a new end anchors a second pass (春熙路—|解放碑
// after 解放碑—|朝天门).
func stretchPairs17b(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	anchors := fs
	for pass := 0; pass < 2 && len(anchors) > 0; pass++ {
		var added []Finding
		for i := range anchors {
			f := &anchors[i]
			if !stretchAnchor17b(f) {
				continue
			}
			// the end before: X至|f, X—|f, X至小|f (大桦背至小|庙子沟)
			c := tt.runeAt(f.Start)
			if c >= 4 && stretchHeads17b.has(tt.runes[c-1]) && stretchLinks17b.has(tt.runes[c-2]) {
				c--
			}
			if c >= 3 && stretchLinks17b.has(tt.runes[c-1]) && !(tt.runes[c-1] == '至' && stretchNotLink17b.has(tt.runes[c-2])) {
				e := c - 1
				for l := 4; l >= 2; l-- {
					s := e - l
					if s < 0 || !facBounded16(tt, fs, s) {
						continue
					}
					if stretchCandidate17b(tt, fs, s, e) && !overlapsAny(out, tt.off[s], tt.off[e]) && !overlapsAny(added, tt.off[s], tt.off[e]) {
						added = append(added, found19(tt, LOCATION, s, e, "leak17b,stretch"))
						break
					}
				}
			}
			// the end after: f|至Y, f|—Y, f公园|至Y (流花湖|公园至|财厅前)
			e := tt.runeAt(f.End)
			if e >= 0 && e+3 <= n && !stretchLinks17b.has(tt.runes[e]) && hasAnyPrefix13(tt.text[tt.off[e]:], stretchTails17b) {
				e += 2
			}
			if e >= 0 && e+3 <= n && stretchLinks17b.has(tt.runes[e]) {
				s := e + 1
				for l := 4; l >= 2; l-- {
					if s+l > n {
						continue
					}
					if stretchCandidate17b(tt, fs, s, s+l) && !overlapsAny(out, tt.off[s], tt.off[s+l]) && !overlapsAny(added, tt.off[s], tt.off[s+l]) {
						added = append(added, found19(tt, LOCATION, s, s+l, "leak17b,stretch"))
						break
					}
				}
			}
		}
		out = append(out, added...)
		fs = append(fs[:len(fs):len(fs)], added...)
		anchors = everywhere28(tt, added) // 解放碑 again: 春熙路—|解放碑
	}
	return out
}

// stretchFrames17b close a list of places that spans a stretch of land.
var stretchFrames17b = []string{"一线", "一带"}

// stretchLists17b adds the last member of a list before 一线/一带 whose
// member before it the rules masked (see the file's comment).
func stretchLists17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, w := range stretchFrames17b {
		for _, k := range occurrences19(tt, w) {
			if !tt.tokStart(k) {
				continue
			}
			for l := 4; l >= 2; l-- {
				s := k - l
				if s < 2 || tt.runes[s-1] != '、' || !maskedEndsAt17b(fs, tt.off[s-1]) {
					continue
				}
				if stretchCandidate17b(tt, fs, s, k) && !overlapsAny(out, tt.off[s], tt.off[k]) {
					out = append(out, found19(tt, LOCATION, s, k, "leak17b,stretch-list"))
					break
				}
			}
		}
	}
	return out
}

// maskedEndsAt17b reports whether a finding that is no weak guess ends at
// byte b: a place, a body, or a place read as a person (乌君山 read as a
// name ends in a place kind).
func maskedEndsAt17b(fs []Finding, b int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End != b || f.generic || weak19(f) || f.Text == "" {
			continue
		}
		if f.Type == LOCATION || f.Type == ORG {
			return true
		}
		if f.Type == PERSON {
			lr := []rune(f.Text)
			if strings.ContainsRune("山岭峰岗", lr[len(lr)-1]) {
				return true
			}
		}
	}
	return false
}

// laneKinds17b end a lane or compound's name (安华里, 铜锣巷, 步高里弄).
var laneKinds17b = runeBitsOf("里巷弄坊")

// laneSiblings17b adds a lane of a list next to a masked lane of the same
// kind (see the file's comment).
func laneSiblings17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || f.generic || weak19(f) || f.Text == "" {
			continue
		}
		lr := []rune(f.Text)
		last := lr[len(lr)-1]
		if !laneKinds17b.has(last) {
			continue
		}
		e := tt.runeAt(f.End)
		if e < 0 || e+3 > n || !placeListSeps16b.has(tt.runes[e]) {
			continue
		}
		c := e + 1
		for l := 4; l >= 3; l-- {
			if c+l > n || tt.runes[c+l-1] != last || c+l < n && !tt.tokStart(c+l) && isHan(tt.runes[c+l]) && !strings.ContainsRune("两三四五等和、", tt.runes[c+l]) {
				continue
			}
			if placeCandidate16b(tt, fs, c, c+l, false) && !overlapsAny(out, tt.off[c], tt.off[c+l]) {
				out = append(out, found19(tt, LOCATION, c, c+l, "leak17b,lane-sibling"))
				break
			}
		}
	}
	return out
}

// gluedKinds17b end a locality glued to its township: villages and hamlets,
// gullies, valleys, bays and flats (松山沟, 黄草坪).
var gluedKinds17b = runeBitsOf("村屯寨沟峪湾坪洼梁峁塬")

// gluedNext17b make 村 the start of a longer word (村民, 村委, 村级): no
// village is named before it.
var gluedNext17b = runeBitsOf("民委级务干组集两庄落")

// gluedLocalities17b adds the localities glued to their masked township
// (see the file's comment): a stem of two to five characters of no
// ordinary word of two characters or more (X镇|排水沟, X乡|易地搬迁村
// stay readable), the nearest kind character closing it.
func gluedLocalities17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := range fs {
		f := &fs[i]
		if !townshipFinding16b(f) {
			continue
		}
		c := tt.runeAt(f.End)
		if c < 0 || c+3 > n || numeralRune(tt.runes[c]) {
			continue
		}
		for l := 2; l <= 5 && c+l < n; l++ {
			if !isHan(tt.runes[c+l-1]) {
				break
			}
			k := tt.runes[c+l]
			if !gluedKinds17b.has(k) {
				continue
			}
			if l == 2 && placeVillageEnds16b.has(k) {
				break // placeVillages16b's (X镇|那当村)
			}
			e := c + l + 1
			if k == '村' && e < n && gluedNext17b.has(tt.runes[e]) {
				break
			}
			if k != '村' && (!tt.tokStart(e) || tt.tokStart(c+l) && tt.tokenAt(c+l).end > e) {
				break // …街道等|低洼片区: the kind's character starts or ends inside a word (村 before 村医 still closes a village)
			}
			if gluedStemOK17b(tt, c, c+l) && !crosses17b(fs, tt.off[c], tt.off[e]) && !overlapsAny(out, tt.off[c], tt.off[e]) {
				out = append(out, found19(tt, LOCATION, c, e, "leak17b,glued"))
			}
			break
		}
	}
	return out
}

// crosses17b reports whether a finding that is no weak guess runs across
// bytes b or e: one inside them (托村 of 阿尔善托村, a piece of the name
// read alone) gives way to the whole, and so does a person reading that
// runs in from before (add19).
func crosses17b(fs []Finding, b, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End <= b || f.Start >= e || f.Start >= b && f.End <= e || weak19(f) {
			continue
		}
		if f.Type == PERSON && f.Start < b && f.End <= e {
			continue
		}
		return true
	}
	return false
}

// gluedStemStops17b stand in no locality's stem glued to its township:
// divisions' kinds and joining words (…镇至|杜热镇|农村公路).
var gluedStemStops17b = runeBitsOf("镇乡县区市州旗和与及或")

// gluedStemOK17b reports whether runes s..e may be a locality's stem glued
// to its township: no stop or function character at its head, no grade of
// division, and no word of the lexicon of two characters or more inside.
func gluedStemOK17b(tt *tokText, s, e int) bool {
	if toponymStemStop.has(tt.runes[s]) || functionRuneBits.has(tt.runes[s]) || kindStemStops16.has(tt.runes[s]) {
		return false // X街道|等低|洼: a list's close, no stem
	}
	for i := s; i < e; i++ {
		if r := tt.runes[i]; !isHan(r) || stretchLinks17b.has(r) || gluedStemStops17b.has(r) {
			return false // X镇|至杜热镇农|村: a link and a second place, no stem
		}
	}
	stem := tt.sub(s, e)
	if kindGradeStems16[stem] || genericVillagePrefix[stem] || classStems[stem] {
		return false
	}
	l := getLexicon()
	o := getPersonLexicon().ordinary
	if e-s == 2 {
		// a stem of one word: no frequent word, nor a verb or quality
		// (排水|沟, 贫困|村); a thing's word names gullies (柳条沟, 青石沟)
		if l.common[stem] {
			return false
		}
		if t := tt.tokenAt(s); o[stem] && t != nil && t.start == s && t.end == e && (strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "a") || t.pos == "d") {
			return false
		}
		return true
	}
	for i := s; i < e; i++ {
		for j := i + 2; j <= e; j++ {
			if w := tt.sub(i, j); l.common[w] || o[w] {
				return false // 易地|搬迁村, 重点|帮扶村
			}
		}
	}
	return true
}

// bankWords17b follow a river's name (章江北岸, X河两岸).
var bankWords17b = []string{"北岸", "南岸", "东岸", "西岸", "两岸", "沿岸"}

// sideRiverHeads17b begin a river's kind, no river's name (大江, 小河,
// 沿河, 内河).
var sideRiverHeads17b = runeBitsOf("大小沿内外母界运护干支")

// sideWords17b follow a ridge's name before the place on that side
// (老岭以北的X镇).
var sideWords17b = []string{"以北", "以南", "以东", "以西"}

// featureSides17b adds the rivers before a bank word and the ridges before
// a side word and a masked place (see the file's comment): a stem of one or
// two characters and the feature's kind, no ordinary word (长江两岸, 黄河
// 沿岸, 秦岭以南 stay readable).
func featureSides17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	try := func(k int, kinds string, ev string) {
		if k < 2 || !strings.ContainsRune(kinds, tt.runes[k-1]) {
			return
		}
		for l := 3; l >= 2; l-- {
			s := k - l
			if s < 0 || numeralRune(tt.runes[s]) || !facBounded16(tt, fs, s) {
				continue
			}
			if sideRiverHeads17b.has(tt.runes[s]) && kinds == "江河溪" {
				continue // 大江|南岸, 小河|两岸: no river's name
			}
			if t := tt.toks[tt.tokOf[s]]; l == 2 && t.n() == 1 && verbOrAdjPOS17(t.pos) {
				continue // 春风又绿|江南岸: a one-character stem that is a verb or adjective is no river's name
			}
			if localityCandidate17b(tt, fs, s, k) && !overlapsAny(out, tt.off[s], tt.off[k]) {
				out = append(out, found19(tt, LOCATION, s, k, ev))
				return
			}
		}
	}
	for _, w := range bankWords17b {
		for _, k := range occurrences19(tt, w) {
			if tt.tokStart(k) || k > 0 && tt.tokStart(k-1) {
				try(k, "江河溪", "leak17b,bank")
			}
		}
	}
	for _, w := range sideWords17b {
		for _, k := range occurrences19(tt, w) {
			a := k + 2
			if a < len(tt.runes) && tt.runes[a] == '的' {
				a++
			}
			if a >= len(tt.runes) || !maskedStartsAt17b(fs, tt.off[a]) {
				continue
			}
			try(k, "岭山梁峰", "leak17b,side")
		}
	}
	return out
}

// maskedStartsAt17b reports whether a place the rules found starts at byte
// b.
func maskedStartsAt17b(fs []Finding, b int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start == b && stretchAnchor17b(f) {
			return true
		}
	}
	return false
}

// locativeRunes17b are the prepositions and verbs of place a division's
// name follows (在|向上街道, 到|和平镇).
var locativeRunes17b = runeBitsOf("在于到赴")

// divisionReportWords17b follow a division's kind when the ordinary word
// before it is an adverb of the way up, not the division's name (在向上|街道
// 汇报: reporting up to the street office).
var divisionReportWords17b = []string{"汇报", "报告", "反映", "请示", "申请", "报送", "上报", "提交", "递交", "推荐", "提出", "申报", "报备", "求助", "咨询", "寻求", "争取"}

// ordinaryDivisions17b adds the divisions of the town level whose name is
// an ordinary word (向上街道, 和平镇: the division lexicon knows the whole)
// right after a preposition or verb of place, the kind word no start of a
// longer word and no report verb after it (class: an ordinary word as a
// street office's or town's name, kept readable by the ordinary-word guard
// where no place stands before it).
func ordinaryDivisions17b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	n := len(tt.runes)
	for _, kind := range []string{"街道", "镇", "乡"} {
		for _, k := range occurrences19(tt, kind) {
			s := k - 2
			end := k + runeLen(kind)
			if s < 1 || !locativeRunes17b.has(tt.runes[s-1]) || !tt.tokStart(s) || !tt.tokStart(k) {
				continue
			}
			if end < n && strings.ContainsRune(kindNextNot16[kind], tt.runes[end]) {
				continue
			}
			stem := tt.sub(s, k)
			if !l.common[stem] || !allHan(stem) || kindGradeStems16[stem] || genericVillagePrefix[stem] || categoryStems15[stem] || urbanGenericMods15[stem] {
				continue // (a stem of no ordinary word is kindDivisions16's)
			}
			if lv, ok := l.place(tt.sub(s, end)); !ok || lv < 3 {
				continue
			}
			if hasAnyPrefix13(tt.text[tt.off[min(end, n)]:], divisionReportWords17b) || kindCovered16(fs, tt.off[s], tt.off[end]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, end, "leak17b,ordinary-division"))
		}
	}
	return out
}

// leak17b adds the findings of this round to fs, each also wherever its
// name stands again in the text.
func leak17b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayContain("至") || tt.mayContain("—") || tt.mayContain("－") || tt.mayContain("–") {
		out = append(out, stretchPairs17b(tt, fs)...)
	}
	if tt.mayContain("一线") || tt.mayContain("一带") {
		out = append(out, stretchLists17b(tt, fs)...)
	}
	out = append(out, laneSiblings17b(tt, fs)...)
	out = append(out, ordinaryDivisions17b(tt, fs)...)
	out = append(out, gluedLocalities17b(tt, fs)...)
	if tt.mayContain("岸") || tt.mayContain("以") {
		out = append(out, featureSides17b(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// newTownStems17b returns, for a town named X新镇 (a town merged from X镇
// and its neighbours keeps the old town's name), the stem X when it stands
// as an item of a list of places in the document (新场、川沙、高桥 after
// 川沙新镇): kindStems16's class for the stem before 新镇.
func newTownStems17b(tts []*tokText, f Finding, memo kindStemMemo16) []Finding {
	if f.Type != LOCATION {
		return nil
	}
	st, ok := strings.CutSuffix(f.Text, "新镇")
	if !ok || runeLen(st) != 2 {
		return nil
	}
	return kindStems16(tts, Finding{Type: LOCATION, Text: st + "镇", Score: f.Score}, memo)
}

// verbOrAdjPOS17 are gojieba's tags of verbs, adjectives and adverbs: a
// one-character stem of such a tag before 江/河 and a bank word is the
// verb of a phrase (春风又绿|江南岸), not a river's name (章江北岸: 章 is
// a measure word to gojieba, and stays a stem).
func verbOrAdjPOS17(pos string) bool {
	switch pos {
	case "a", "ad", "an", "v", "vd", "vn", "d":
		return true
	}
	return false
}
