package anonymize

import "strings"

// villageDeterminers begin a phrase that counts or picks villages (各村,
// 所有村, 两村), never a village's name.
var villageDeterminers = runeSet(`各全本该每我其此某几多所这那一二三四五六七八九十两个诸`)

// townVillageSuffixes end a village's, community's or scenic area's name
// after its town (…镇新华村, …苏木…嘎查, …镇彩虹桥景区), longest first.
var townVillageSuffixes = []string{"社区", "嘎查", "景区", "村", "屯"}

// sightAfterTown reports a scenic area or community named with an
// ordinary word or a verb right after its town (清华镇|彩虹桥景区, 温宿镇|
// 团结路社区): a noun ending in a landmark character (桥, 路, 街, 山, 湖),
// whatever gojieba tags its first word.
func sightAfterTown(tt *tokText, b, c int, suf string) bool {
	if suf != "景区" && suf != "社区" || c-b != 3 {
		return false
	}
	return strings.ContainsRune("桥路街山湖园寺塔洞峡谷", tt.runes[c-1]) && !functionRuneBits.has(tt.runes[b])
}

// villagesAfterTown finds villages whose name is an ordinary word (新华,
// 胜利, 光明) right after a town found as a place (大兴沟镇新华村), and the
// villages listed after that one with 、: two or three name characters
// and a village suffix that ends a word of gojieba's, no verb or
// grammatical word among them (镇|包村干部 and 镇|各村 stay readable).
func villagesAfterTown(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	afterTowns(tt, fs, false, func(e int) int {
		for _, ln := range []int{2, 3} {
			b, c := e, e+ln
			if c >= n {
				return -1
			}
			suf := ""
			head := spanString(tt, c, min(n, c+2)) // (built once, not for each suffix: speed15)
			for _, s := range townVillageSuffixes {
				if strings.HasPrefix(head, s) {
					suf = s
					break
				}
			}
			if suf == "" {
				continue
			}
			end := c + runeLen(suf)
			// the town's suffix may be glued to the name's head (紫阳|镇文|公社|区)
			// and the village's suffix to a role after it (东游驾|村长|山药)
			headOK := tt.tokStart(b) || b == e && gluedSuffix(tt, b-1)
			tailOK := end >= n || tt.tokStart(end) || suf == "村" && roleGlued(tt, c)
			if villageDeterminers[tt.runes[b]] || !headOK || !tailOK || !noVerbOrFunction(tt, b, c) && !sightAfterTown(tt, b, c, suf) && !(suf == "村" && roleGlued(tt, c) && nameRunOfPieces(tt, b, c)) {
				continue
			}
			ok := true
			for _, x := range tt.runes[b:c] {
				if !isHan(x) || functionRuneBits.has(x) || isMaskRune(x) || listStopBits.has(x) {
					ok = false
				}
			}
			stem := tt.sub(b, c)
			if !ok || genericVillagePrefix[stem] || overlapsAny(fs, tt.off[b], tt.off[end]) && !coversExactly(fs, tt.off[b], tt.off[end]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, end), Start: tt.off[b], End: tt.off[end], Evidence: "village-after-town", Score: 4})
			return end
		}
		return -1
	})
	return out
}

// afterTowns walks the names listed right after each town, township,
// subdistrict or sum found as a place (…镇新华村、光明村、…): at each rune
// where a name may begin it calls try, which returns the rune where the
// name it took ends, or -1 to stop; a 、 there carries the walk on to the
// next name. With specific, generic places (县城所在镇) are skipped.
func afterTowns(tt *tokText, fs []Finding, specific bool, try func(e int) int) {
	n := len(tt.runes)
	for _, f := range fs {
		if f.Type != LOCATION || specific && f.generic {
			continue
		}
		r := lastRune(f.Text)
		if r != '镇' && r != '乡' && !strings.HasSuffix(f.Text, "街道") && !strings.HasSuffix(f.Text, "苏木") {
			continue
		}
		e := tt.runeAt(f.End)
		for e > 0 && e < n {
			next := try(e)
			if next < 0 || next >= n || tt.runes[next] != '、' {
				break
			}
			e = next + 1
		}
	}
}

// coversExactly reports whether a finding spans exactly bytes [s, e).
func coversExactly(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start == s && f.End == e {
			return true
		}
	}
	return false
}

// townBodies are the bodies and institutions a township's name stands
// before (公平镇|中心小学, 平安乡|卫生院): what ends there is a town.
var townBodies = []string{"党委", "人民政府", "政府", "人大", "纪委", "中心小学", "中心校", "中学", "小学", "幼儿园", "中心卫生院", "卫生院", "派出所", "财政所", "司法所", "便民服务中心", "综合文化站", "农业综合服务中心"}

// townHonours follow a place that wins a title (公平镇被评为…, 入选…).
var townHonours = []string{"被评为", "被命名为", "被列为", "获评", "入选", "荣获", "成功创建", "成功入选"}

// honourAfter reports a word of townHonours at rune i.
func honourAfter(tt *tokText, i int) bool {
	rest := tt.text[tt.off[i]:]
	for _, h := range townHonours {
		if strings.HasPrefix(rest, h) {
			return true
		}
	}
	return false
}

// reportTitleAfter reports what follows a town at the head of a report's
// title (大树镇2024年工作总结, 大树镇关于…的报告): a year or 关于.
func reportTitleAfter(tt *tokText, i int) bool {
	n := len(tt.runes)
	if i+5 <= n && isDigitRune(tt.runes[i]) && isDigitRune(tt.runes[i+1]) && isDigitRune(tt.runes[i+2]) && isDigitRune(tt.runes[i+3]) && tt.runes[i+4] == '年' {
		return true
	}
	return strings.HasPrefix(tt.text[tt.off[i]:], "关于")
}

// townTravel are the verbs of going to a place before a town (赴公平镇,
// 来到大树镇); 在 is not one (在新城镇建设中).
var townTravel = wordSet(`赴 到 来到 前往 走进 深入 奔赴 去`)

// travelBefore reports a word of townTravel ending at rune i.
func travelBefore(tt *tokText, i int) bool {
	b := tt.tokenBefore(i)
	return b != nil && b.end == i && townTravel[b.word]
}

// townJoiners join two places in a list or a road's ends (大树镇至公平镇).
var townJoiners = runeSet("、至到和与及")

// ordinaryWordTowns finds townships whose gazetteer name has an ordinary
// word for stem (公平镇, 大树镇, 莲花镇, 向阳镇), which the gazetteer pass
// leaves to gojieba, when something beside them shows a place: a place
// ends right before (奉节县|公平镇), a place or village starts right after
// (莲花镇|红岩村), a township body follows (公平镇|中心小学), it wins a title
// (公平镇被评为…), it heads a report's title (大树镇2024年工作总结), a verb
// of going comes before it (赴公平镇), or a connector
// joins them to a place or to another such town (大树镇至公平镇, 向阳镇、
// 民意乡、卫国乡). The suffix characters index the search: only a 镇, 乡 or
// 街道 starts a lookup, of the three to seven characters before it.
func ordinaryWordTowns(tt *tokText, found []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	type cand struct{ s, e int }
	var cands []cand
	for j := tt.nextAt(rcTownWord, 2); j < n; j = tt.nextAt(rcTownWord, j+1) { // (speed7b.go: the characters of the class only)
		r := tt.runes[j]
		if r != '镇' && r != '乡' && !(r == '道' && tt.runes[j-1] == '街') {
			continue
		}
		e := j + 1
		if !(e == n || tt.tokStart(e) || gluedSuffix(tt, j) || roleGlued(tt, j)) {
			continue
		}
		for s := max(0, e-7); s <= e-3; s++ {
			if !tt.tokStart(s) || !l.placeFirst.has(tt.runes[s]) {
				continue
			}
			name := tt.sub(s, e)
			lv, ok := l.place(name)
			if !ok || lv < 4 {
				continue
			}
			stem := shortPlace(name)
			if stem == "" || !(l.common[stem] || l.common[name]) || genericPlaceStems[stem] || genericVillagePrefix[stem] || oldTownWords[stem] || nationalTerms[stem] {
				break
			}
			if overlapsAny(found, tt.off[s], tt.off[e]) {
				break
			}
			cands = append(cands, cand{s, e})
			break
		}
	}
	if len(cands) == 0 {
		return nil
	}
	placeEndsAt := func(i int) bool {
		for _, f := range found {
			if f.Type == LOCATION && f.End == tt.off[i] {
				return true
			}
		}
		return false
	}
	placeStartsAt := func(i int) bool {
		for _, f := range found {
			if f.Type == LOCATION && f.Start == tt.off[i] {
				return true
			}
		}
		return false
	}
	bodyAt := func(i int) bool {
		rest := tt.text[tt.off[i]:]
		for _, b := range townBodies {
			if strings.HasPrefix(rest, b) {
				return true
			}
		}
		return false
	}
	ok := make([]bool, len(cands))
	for k, c := range cands {
		// a numeral and a measure word for stem (三道镇, 二道乡, 八里镇) make no
		// ordinary phrase with 镇 or 乡: the gazetteer name is the town
		ok[k] = numeralStem(tt, c.s, c.e) || c.s > 0 && placeEndsAt(c.s) || c.e < n && (placeStartsAt(c.e) || bodyAt(c.e) || honourAfter(tt, c.e) || reportTitleAfter(tt, c.e)) || travelBefore(tt, c.s) ||
			c.s > 1 && townJoiners[tt.runes[c.s-1]] && placeEndsAt(c.s-1) ||
			c.e+1 < n && townJoiners[tt.runes[c.e]] && placeStartsAt(c.e+1)
	}
	// two such towns joined (大树镇至公平镇), or one joined to a town
	// accepted above: repeat until nothing changes
	for changed := true; changed; {
		changed = false
		for k := range cands {
			for m := range cands {
				if k == m || ok[k] && ok[m] {
					continue
				}
				a, b := cands[k], cands[m]
				if b.s == a.e+1 && townJoiners[tt.runes[a.e]] {
					ok[k], ok[m], changed = true, true, true
				}
			}
		}
	}
	var out []Finding
	for k, c := range cands {
		if ok[k] {
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(c.s, c.e), Start: tt.off[c.s], End: tt.off[c.e], Evidence: "gazetteer,ordinary-word-town", Score: 4})
		}
	}
	return out
}

// numeralStem reports whether the town name at runes [s, e) is a Chinese
// numeral, a measure word and its suffix (三道镇, 二道乡, 八里镇).
func numeralStem(tt *tokText, s, e int) bool {
	if e-s != 3 || tt.runes[e-1] == '道' {
		return false
	}
	return strings.ContainsRune("一二三四五六七八九十两", tt.runes[s]) && strings.ContainsRune("道里沟岔家台屯堡营", tt.runes[s+1])
}

// nameRunOfPieces reports runes [b, c) that gojieba read as pieces, not as
// a phrase (东游/f 驾/v before 村长): no verb of two characters or more and
// no grammatical word, so they can be a village's name.
func nameRunOfPieces(tt *tokText, b, c int) bool {
	for ti := tt.tokOf[b]; ti < len(tt.toks) && tt.toks[ti].start < c; ti++ {
		t := tt.toks[ti]
		switch t.pos {
		case "p", "c", "u", "uj", "ul", "r", "d", "m", "q":
			return false
		case "v", "vn", "vd":
			if t.n() >= 2 {
				return false
			}
		}
	}
	return true
}

// villageBodies follow a village's name (红星村|两委, 龙腾村|党支部).
var villageBodies = []string{"两委", "党支部", "党总支", "村委会", "村民委员会", "党群服务中心"}

// villagesBeforeBody finds villages named with an ordinary word right
// before one of their bodies (红星村两委班子): two or three Han characters
// from the start of a word of gojieba's, then 村 and the body. The 村
// indexes the search.
func villagesBeforeBody(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcTrigCun == 0 {
		return nil // no 村 in the text (speed6.go)
	}
	n := len(tt.runes)
	var out []Finding
	for j := tt.nextAt(rcCun, 2); j+2 < n; j = tt.nextAt(rcCun, j+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[j] != '村' {
			continue
		}
		rest := tt.text[tt.off[j+1]:]
		body := hasAnyPrefix13(rest, villageBodies)
		if !body && !reportTitleAfter(tt, j+1) {
			continue // (or the village heads a report's title: 红星村2024年工作总结)
		}
		for _, ln := range []int{3, 2} {
			s := j - ln
			if s < 0 || !tt.tokStart(s) || villageDeterminers[tt.runes[s]] || villageVerbHeads[tt.runes[s]] {
				continue
			}
			stem := tt.sub(s, j)
			if !allHan(stem) || hasMaskRune(stem) || genericVillagePrefix[stem] || overlapsFirm(found, tt.off[s], tt.off[j+1]) || leadVerbIn15(stem) {
				continue
			}
			if s > 0 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) && !placeEndsAtRune(tt, found, s) && ln == 2 {
				continue // …的|两个|村: the word before may be the name's head
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, j+1), Start: tt.off[s], End: tt.off[j+1], Evidence: "village-before-body", Score: 3})
			break
		}
	}
	return out
}

// groupListItems finds villager groups listed side by side (小坝组、大坝组、
// 新寨组): a 、 list of two items at least, each two or three Han characters
// and 组 or 屯 between separators. An item whose stem is a frequent word is
// a working group (宣传组, 材料组) and is left, as is a list that has one.
func groupListItems(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcGroup == 0 {
		return nil // (speed7b.go: no 组 or 屯 in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for j := 2; j < n; j++ {
		if tt.runes[j] != '组' && tt.runes[j] != '屯' || j+1 < n && tt.runes[j+1] != '、' {
			continue
		}
		// a list's first item ends here: its start is a word's start two
		// or three characters before the 组 (完成|小坝组)
		var items [][2]int
		first := -1
		for _, ln := range []int{2, 3} {
			if b := j - ln; b >= 0 && (b == 0 || !isHan(tt.runes[b-1]) || listItemEdge[tt.runes[b-1]] || tt.tokStart(b)) {
				first = b
				break
			}
		}
		if first < 0 {
			continue
		}
		items = append(items, [2]int{first, j + 1})
		for e := j + 1; e < n && tt.runes[e] == '、'; {
			// the next item: two or three characters, then the same suffix
			next := -1
			for k := e + 3; k <= min(n-1, e+4); k++ {
				if tt.runes[k] == tt.runes[j] && (k+1 == n || !isHan(tt.runes[k+1]) || tt.tokStart(k+1)) {
					next = k + 1
					break
				}
			}
			if next < 0 {
				break
			}
			items = append(items, [2]int{e + 1, next})
			e = next
		}
		if len(items) < 2 {
			continue
		}
		good := true
		for _, it := range items {
			stem := tt.sub(it[0], it[1]-1)
			for _, r := range stem {
				good = good && isHan(r) && !functionRuneBits.has(r) && !isMaskRune(r)
			}
			good = good && !l.common[stem] && !genericVillagePrefix[stem]
		}
		if good {
			for _, it := range items {
				if !overlapsFirm(found, tt.off[it[0]], tt.off[it[1]]) {
					out = append(out, Finding{Type: LOCATION, Text: tt.sub(it[0], it[1]), Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "group-list", Score: 3})
				}
			}
		}
		j = items[len(items)-1][1]
	}
	return out
}

// villageHonours are titles a village wins that end like its name (明星村,
// 文明村, 富裕村): no name.
var villageHonours = wordSet(`明星 文明 卫生 生态 小康 富裕 先进 示范 模范 和谐 平安 法治 民主 美丽 宜居 整洁 十佳 百强 红旗 五好 双强 强村 重点 试点 样板 干净 清洁 绿色 数字 智慧 旅游 特色 产业 专业`)

// villagePrepositions come before a village someone is at or goes to (在|
// 新华村, 与|新华村…座谈, 深入|新华村).
var villagePrepositions = wordSet(`在 到 赴 与 和 同 对 深入 来到 走进 前往 走访`)

// ordinaryWordVillages finds villages named with a frequent word (新华村,
// 胜利村) that the pattern leaves to gojieba: two characters starting a
// word and 村 ending one, no title a village wins (明星村, 文明村), after a
// preposition of place or opening a sentence before a verb (新华村依托…).
// The 村 indexes the search.
func ordinaryWordVillages(tt *tokText, found []Finding) []Finding {
	if tt.runeCls&rcTrigCun == 0 {
		return nil // no 村 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for j := tt.nextAt(rcCun, 2); j < n; j = tt.nextAt(rcCun, j+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[j] != '村' {
			continue
		}
		s, e := j-2, j+1
		if !tt.tokStart(s) || !(e == n || tt.tokStart(e) || roleGlued(tt, j)) {
			continue
		}
		stem := tt.sub(s, j)
		if !allHan(stem) || !l.common[stem] || genericVillagePrefix[stem] || villageHonours[stem] || villageDeterminers[tt.runes[s]] || overlapsFirm(found, tt.off[s], tt.off[e]) {
			continue
		}
		evidence := false
		if b := tt.tokenBefore(s); b != nil && b.end == s && villagePrepositions[b.word] {
			evidence = true
		} else if s == 0 || strings.ContainsRune("。！？；\n", tt.runes[s-1]) {
			if a := tt.tokenAt(e); a != nil && a.start == e && (a.pos == "v" || a.pos == "vn") {
				evidence = true
			}
		}
		if evidence {
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "ordinary-word-village", Score: 3})
		}
	}
	return out
}
