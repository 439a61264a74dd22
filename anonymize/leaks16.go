package anonymize

import "strings"

// This file holds round leaks16: transliterated names whose part before
// the dot was read as a place (阿曼·…, a country; 吐尔洪·…, a township's
// short form), names listed before 等 and a kind of person, districts and
// short forms gojieba tags as nouns (碑林区, 周口店一带), communities after
// their town, and kinds of village counted (电商村3个) kept readable.

// leaks16 adds the findings of this round to the findings fs of one text.
func leaks16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHoldNameDot() {
		fs = replaceInside16(fs, dotPlaceHeads16(tt, fs))
	}
	if tt.mayHold('等') && tt.mayHold('、') {
		fs = addWhole(fs, honourLists16(tt, fs))
	}
	fs = addWhole(fs, nounPlaces16(tt, fs))
	if tt.mayHold2('社', '区') {
		fs = addWhole(fs, communitiesAfterTown16(tt, fs))
	}
	if tt.mayHold('村') {
		fs = dropVillageKinds16(tt, fs)
	}
	fs = dropDescriptions16(tt, fs)
	return fs
}

// sceneNouns16 and sceneAdjs16 make the descriptions of four characters
// noun, adjective, noun, adjective (山高林密, 水深流急, 坡陡路险).
var sceneNouns16, sceneAdjs16 = runeBitsOf("山林水路坡沟谷河天地草树石岩浪风雾雪流"), runeBitsOf("高密深急陡险窄宽远长大多少清绿美秀窄滑")

// dropDescriptions16 drops a person finding of three characters that,
// with the character before it, is a description of four characters
// (山|高林密: noun, adjective, noun, adjective) and a familiar form 老X
// where the text also says 新X (老钱要管好，新钱要管好: old and new money).
func dropDescriptions16(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && (len(f.Text) <= 12 || runeLen(f.Text) <= 3) { // (no rune slice for a longer name, which neither test takes: speed9a)
			rs := []rune(f.Text)
			s := tt.runeAt(f.Start)
			if len(rs) == 3 && s >= 1 && sceneNouns16.has(tt.runes[s-1]) && sceneAdjs16.has(rs[0]) && sceneNouns16.has(rs[1]) && sceneAdjs16.has(rs[2]) {
				continue
			}
			if len(rs) == 2 && rs[0] == '老' && strings.Contains(tt.text, "新"+string(rs[1])) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// villageKinds16 are the words before 村 that name a kind of village a
// report counts (建成电商村3个、宜居村5个), not one village.
var villageKinds16 = wordSet(`电商 淘宝 宜居 旅游 生态 特色 文明 专业 明星 小康 富裕 数字 智慧 康养 研学 民宿 直播 网红 先进 绿色 森林 卫生 园林 和美 善治`)

// dropVillageKinds16 drops a village finding of a kind word and 村 that
// a count, a list comma or 等 follows (电商村3个, 宜居村、): counted or
// listed so, it is a kind of village.
func dropVillageKinds16(tt *tokText, fs []Finding) []Finding {
	var drop [][2]int
	for _, f := range fs {
		if f.Type == LOCATION && runeLen(f.Text) == 3 && strings.HasSuffix(f.Text, "村") && villageKinds16[strings.TrimSuffix(f.Text, "村")] {
			if e := tt.runeAt(f.End); e >= 0 && e < len(tt.runes) {
				if r := tt.runes[e]; r >= '0' && r <= '9' || strings.ContainsRune("、等个和各一二三四五六七八九十两百", r) {
					drop = append(drop, [2]int{f.Start, f.End})
				}
			}
		}
	}
	kept := fs[:0]
	for _, f := range fs {
		inside := false
		for _, d := range drop {
			if f.Type == LOCATION && f.Start >= d[0] && f.End <= d[1] {
				inside = true // the kind village or its stem read as a place (宜居, a township's short form)
			}
		}
		if inside {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// placeAreaWords16 follow a place to mean the land around it (周口店一带).
var placeAreaWords16 = map[string]bool{"一带": true, "附近": true, "周边": true, "周围": true, "境内": true, "沿线": true, "片区": true}

// nounPlaces16 finds places gojieba tagged as plain nouns, so that the
// gazetteer recognizers passed them by: a word that is a gazetteer
// district, county or banner whole (碑林区), its stem no frequent word
// (新城区 stays, a new town quarter too), and a word of three or more
// characters that is a place's short form before a word for the land
// around it (周口店一带).
func nounPlaces16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.n() < 3 || t.n() > 5 || t.pos != "n" || !allHanRunes(tt.runes[t.start:t.end]) {
			continue
		}
		// the two readings' own conditions first, then the search of fs
		// (speed9a: the same answers, the cheap tests first)
		last := tt.runes[t.end-1]
		level := last == '区' || last == '县' || last == '旗'
		area := k+1 < len(tt.toks) && placeAreaWords16[tt.sub(tt.toks[k+1].start, tt.toks[k+1].end)]
		if !level && !area || overlapsAny(fs, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		w := tt.sub(t.start, t.end)
		if l.common[w] {
			continue
		}
		if _, ok := l.place(w); ok && level && !l.common[tt.sub(t.start, t.end-1)] {
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "gazetteer,noun16", Score: 4})
			continue
		}
		if _, ok := l.shortOf(w); ok && area {
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "gazetteer-short,area16", Score: 4})
		}
	}
	return out
}

// communityKinds16 are the words before 社区 that name a kind of
// community, not one community (城关镇新型社区).
var communityKinds16 = wordSet(`新型 农村 城市 城镇 老旧 安置 搬迁 移民 智慧 各个 所有 全部 全镇 全乡 相关 周边 重点 试点 示范 文明 和谐 平安 绿色 无毒 美丽 幸福家园`)

// communitiesAfterTown16 finds a community named with a frequent word
// right after its town or subdistrict (城关镇|幸福|社区): namesAfterUnit15
// knows estates, lanes and gullies there, not communities.
func communitiesAfterTown16(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION || !(strings.HasSuffix(f.Text, "镇") || strings.HasSuffix(f.Text, "乡") || strings.HasSuffix(f.Text, "街道")) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 0 || s+4 > len(tt.runes) || tt.sub(s+2, s+4) != "社区" || !tt.tokStart(s) || !hanName11(tt, s, s+2) || communityKinds16[tt.sub(s, s+2)] {
			continue
		}
		if t := tt.tokenAt(s); t == nil || t.end != s+2 || t.pos == "v" || t.pos == "m" || t.pos == "r" {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, s+4), Start: tt.off[s], End: tt.off[s+4], Evidence: "community-after-town16", Score: 4})
	}
	return out
}

// honourKinds16 follow 等 after a list of people: the kind of person the
// list names (评选出…、…等先进个人, 表彰…、…等同志).
var honourKinds16 = []string{"先进个人", "先进典型", "同志", "劳动模范", "劳模", "优秀", "模范", "标兵", "能手", "典型", "个人", "名", "位", "人", "干部", "党员", "代表", "先进", "志愿者", "致富带头人", "乡贤", "好人"}

// honourLists16 finds the names of a list of people closed by 等 and the
// kind of person (…、…等先进个人): every item of two or three characters
// that begins with a surname is a name there, though no recognizer was
// sure of any (叶|建军, gojieba's 出叶; 马|小妹, a word). The first item
// may be glued to the verb before it (评选出叶建军): it is the three
// characters before the first comma when they begin with a surname, else
// the two. Lists of things (电商、物流等企业) fail the surname test.
func honourLists16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	nameItem := func(s, e int) bool {
		if e-s < 2 || e-s > 3 || s < 0 || !l.isSurname(tt.runes[s]) || !hanName11(tt, s, e) || l.common[tt.sub(s, e)] {
			return false
		}
		for _, g := range fs {
			if g.Start < tt.off[e] && tt.off[s] < g.End && !g.generic && g.Type != PERSON && (g.Start < tt.off[s] || g.End > tt.off[e]) {
				return false // part of a sure place or body
			}
		}
		return true
	}
	for d := 3; d+1 < n; d++ {
		if tt.runes[d] != '等' {
			continue
		}
		kind := false
		for _, w := range honourKinds16 {
			if rest := tt.text[tt.off[d+1]:]; strings.HasPrefix(rest, w) && !strings.HasPrefix(rest, "人才") && !strings.HasPrefix(rest, "人口") && !strings.HasPrefix(rest, "人民") {
				kind = true
				break
			}
		}
		if !kind {
			continue
		}
		var items [][2]int
		e := d
		ok := true
		for {
			s := e
			for s > 0 && tt.runes[s-1] != '、' && e-s < 4 && isHan(tt.runes[s-1]) {
				s--
			}
			if s > 0 && tt.runes[s-1] == '、' {
				if !nameItem(s, e) {
					ok = false
					break
				}
				items = append(items, [2]int{s, e})
				e = s - 1
				continue
			}
			// the first item: glued to what comes before
			switch {
			case e-3 >= 0 && nameItem(e-3, e):
				items = append(items, [2]int{e - 3, e})
			case nameItem(e-2, e):
				items = append(items, [2]int{e - 2, e})
			default:
				ok = false
			}
			break
		}
		if !ok || len(items) < 2 {
			continue
		}
		for _, it := range items {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "honour-list16", Score: 3})
		}
	}
	return out
}

// dotPlaceHeads16 finds a transliterated name joined by a name dot whose
// part before the dot a recognizer read as a place (a country, a
// township's short form): a place never stands right before a name dot,
// so the place finding and the part after the dot are one person's name.
// The part after the dot is its first word (gojieba reads name parts as
// nouns: 木合) and the single characters and name or transliteration words
// after it, up to a function character or another word (积极参与), and
// at most five characters.
func dotPlaceHeads16(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := 2; i+2 < n; i++ {
		if !isNameDot(tt.runes[i]) || !isHan(tt.runes[i+1]) {
			continue
		}
		covered := false
		s := -1
		for _, f := range fs {
			if f.Type == PERSON && f.Start < tt.off[i] && f.End > tt.off[i] {
				covered = true
			}
			if (f.Type == LOCATION || f.Type == PERSON) && f.End == tt.off[i] {
				if b := tt.runeAt(f.Start); b >= 0 && i-b >= 2 && i-b <= 4 {
					s = b
				}
			}
		}
		if covered || s < 0 {
			continue
		}
		if placeAfterDot16(tt, fs, i) {
			continue // two places joined by the dot (中国·…国际龙虾节)
		}
		e := i + 1
		for j := i + 1; j < n && e-(i+1) < 5; {
			t := tt.tokenAt(j)
			if t == nil || t.start != j || j > i+1 && !hanName11(tt, t.start, t.start+1) || !allHanRunes(tt.runes[t.start:t.end]) {
				break
			}
			last := tt.runes[t.end-1]
			if t.n() == 1 {
				if j > i+1 && functionRuneBits.has(last) || dotStop[last] {
					break
				}
			} else if t.n() == 2 && (functionRuneBits.has(last) || dotStop[last]) {
				e = t.end - 1 // a speech verb glued to the name's end (依|明说)
				break
			} else if functionRuneBits.has(last) || dotStop[last] || j > i+1 && !(nameWordPOS15(t.pos) || translitRun15(tt, t.start, t.end)) {
				break
			}
			j = t.end
			e = j
		}
		if e-(i+1) < 2 || e-(i+1) > 5 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name,place-head16", Score: 5})
	}
	return out
}

// placeAfterDot16 reports whether a place or body starts right after the
// dot at rune i: a finding of fs, or a gazetteer place or short form of
// two to four characters.
func placeAfterDot16(tt *tokText, fs []Finding, i int) bool {
	for _, f := range fs {
		if f.Start == tt.off[i+1] && f.Type != PERSON {
			return true
		}
	}
	l := getLexicon()
	for e := i + 3; e <= i+5 && e <= len(tt.runes); e++ {
		w := tt.sub(i+1, e)
		if _, ok := l.place(w); ok {
			return true
		}
		if _, ok := l.shortOf(w); ok {
			return true
		}
	}
	return false
}

// replaceInside16 adds the findings of out to fs, each replacing the
// findings that lie inside its span (the head of a name read as a place
// or as a name of its own); one that overlaps a finding running past its
// span is left out.
func replaceInside16(fs, out []Finding) []Finding {
	for _, f := range out {
		fs = replaceUnlessClash(fs, f, func(g *Finding) bool {
			return g.Start < f.Start || g.End > f.End
		})
	}
	return fs
}
