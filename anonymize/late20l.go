package anonymize

import "strings"

// This file holds round late20l: places named by a kind word of their own
// region or trade rather than by a gazetteer stem. late20l runs right after
// roleNames16 (anonymize.go). Classes:
//
//   - hut hamlets (hutHamlets20l): the natural villages of the north-east
//     named by the settlers' first shelters, 撮房, 窝堡 and 窝棚, after a
//     count of houses (七撮房, 前五撮房, 头道窝棚) or a family's name
//     (李家窝堡): the kind word is no common noun with such a stem, so the
//     whole is a hamlet's name;
//   - waterfront works (waterfrontWorks20l): a river, stream or lake of a
//     stem of its own right before a works word of its banks (甲江|碧道,
//     甲乙河|堤段, 甲溪|大堤), and the section's own name between a masked
//     river and 堤段 or 险段 (〔X河〕|甲乙丙|堤段): a dike section is named by
//     the place it guards. The national waters (长江, 黄河) and generic
//     waters (沿江, 内河, 运河) stay readable.
func late20l(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayContain("撮房") || tt.mayContain("窝堡") || tt.mayContain("窝棚") {
		fs = hutHamlets20l(tt, fs)
	}
	if tt.mayContain("碧道") || tt.mayContain("堤") || tt.mayContain("险段") {
		fs = waterfrontWorks20l(tt, fs)
	}
	return fs
}

// hutKinds20l are the hut-hamlet kind words.
var hutKinds20l = []string{"撮房", "窝堡", "窝棚"}

// hutCount20l are numerals that count a hamlet's first houses (七撮房) or
// its ridges (头道|窝棚 with 道).
var hutCount20l = runeBitsOf("一二三四五六七八九十两头")

// hutSide20l are the side and size characters that set one hamlet of a
// count apart from another of the same count (后七撮房, 大三家子).
var hutSide20l = runeBitsOf("前后东西南北上下大小里外")

// hutStemStart20l returns the start of the stem of a hut hamlet whose kind
// starts at rune k: a count (七, 十二, 头道) with an optional side before it,
// or a one-character family name and 家 (李家). -1 when there is none.
func hutStemStart20l(tt *tokText, k int) int {
	s := k
	if s >= 1 && tt.runes[s-1] == '道' {
		s-- // 头道|窝棚, 二道|窝堡
	}
	n := s
	for s > 0 && hutCount20l.has(tt.runes[s-1]) && n-s < 2 {
		s--
	}
	if s < n {
		if s > 0 && hutSide20l.has(tt.runes[s-1]) {
			s--
		}
		return s
	}
	if s != k {
		return -1 // 道 with no count before it
	}
	if k >= 2 && tt.runes[k-1] == '家' && isHan(tt.runes[k-2]) && !functionRunes[tt.runes[k-2]] && !isMaskRune(tt.runes[k-2]) && !hutCount20l.has(tt.runes[k-2]) {
		s = k - 2
		if s > 0 && hutSide20l.has(tt.runes[s-1]) {
			s--
		}
		return s
	}
	return -1
}

// hutHamlets20l masks hut hamlets (七撮房, 李家窝堡).
func hutHamlets20l(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	for k := 1; k+2 <= len(tt.runes); k++ {
		kind := ""
		for _, w := range hutKinds20l {
			if tt.sub(k, k+2) == w {
				kind = w
			}
		}
		if kind == "" {
			continue
		}
		s := hutStemStart20l(tt, k)
		if s < 0 {
			continue
		}
		if coveredBy19l(fs, tt.off[s], tt.off[k+2]) {
			continue
		}
		add = append(add, found19(tt, LOCATION, s, k+2, "hut-hamlet20l:"+kind))
	}
	return addReplacing(fs, add)
}

// bankWorks20l are the works words of a water's banks, longest first.
var bankWorks20l = []string{"碧道", "堤段", "险段", "大堤", "堤防", "干堤"}

// waterKinds20l end a water's name.
var waterKinds20l = runeBitsOf("江河溪湖涌")

// genericWaters20l are waters of no name of their own, and the national
// waters that keep14 leaves readable.
var genericWaters20l = wordSet(`沿江 沿河 沿湖 沿溪 滨江 滨河 滨湖 临江 临河 两江 跨江 大江 大河 小河 小溪 内河 外河 界河 运河 江河 河湖 山河 山溪 城河 护城河 母亲河 干河 支河 主河 全河 全江 一江 本河 该河 各河 河 江 湖 溪
长江 黄河 珠江 淮河 海河 松花江 辽河 大运河`)

// waterStemBreak20l are characters no water's name holds (沿|江, 全|河).
var waterStemBreak20l = runeBitsOf("沿滨临跨两全各该本每其此这那的了在和与及或对将把向从")

// waterBefore20l returns the start of a water's name that ends at rune e
// (its kind the rune before e): the shortest of two to four characters
// that starts a word or follows a works verb, a list mark or a
// non-Han character. -1 when there is none.
func waterBefore20l(tt *tokText, e int) int {
	if e < 2 || !waterKinds20l.has(tt.runes[e-1]) {
		return -1
	}
	for ln := 2; ln <= 4; ln++ {
		s := e - ln
		if s < 0 || !plainStem19(tt, s, e) {
			return -1
		}
		if waterStemBreak20l.has(tt.runes[s]) {
			return -1
		}
		if s > 0 && isHan(tt.runes[s-1]) && !isMaskRune(tt.runes[s-1]) && !strings.ContainsRune("、和与及", tt.runes[s-1]) && !workVerbBefore20l(tt, s) {
			continue
		}
		if genericWaters20l[tt.sub(s, e)] || nationalWaters14[tt.sub(s, e)] {
			return -1
		}
		return s
	}
	return -1
}

// locEndingAt20l reports whether a place of fs ends at byte b.
func locEndingAt20l(fs []Finding, b int) bool {
	for i := range fs {
		if f := &fs[i]; f.End == b && f.Type == LOCATION && !f.generic {
			return true
		}
	}
	return false
}

// waterfrontWorks20l masks waters before their banks' works (甲江|碧道)
// and dike sections after a masked water (〔X河〕|甲乙丙|堤段).
func waterfrontWorks20l(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	for k := 2; k+2 <= len(tt.runes); k++ {
		if !bankWorkFirst30.has(tt.runes[k]) { // speed30.go: no works word begins here
			continue
		}
		work := firstPrefix(tt.text[tt.off[k]:], bankWorks20l)
		if work == "" {
			continue
		}
		if s := waterBefore20l(tt, k); s >= 0 {
			if !coveredBy19l(fs, tt.off[s], tt.off[k]) {
				add = append(add, found19(tt, LOCATION, s, k, "waterfront-water20l:"+work))
			}
			continue
		}
		if work != "堤段" && work != "险段" {
			continue
		}
		// a section's name of two or three characters after a masked water
		for ln := 2; ln <= 3; ln++ {
			s := k - ln
			if s < 1 || !plainStem19(tt, s, k) || functionRunes[tt.runes[s]] || sectionStemStop20l.has(tt.runes[s]) || sectionStemStop20l.has(tt.runes[k-1]) {
				break
			}
			if !locEndingAt20l(fs, tt.off[s]) && !locEndingAt20l(add, tt.off[s]) {
				continue
			}
			if !coveredBy19l(fs, tt.off[s], tt.off[k]) {
				add = append(add, found19(tt, LOCATION, s, k+2, "waterfront-section20l:"+work))
			}
			break
		}
	}
	return addReplacing(fs, add)
}

// workVerbBefore20l reports whether a works verb of workVerbs19 of one or
// two characters ends right before rune s, however gojieba cut the words
// (推进东|江: the verb is the frame, not the token).
func workVerbBefore20l(tt *tokText, s int) bool {
	return s >= 2 && workVerbs19[tt.sub(s-2, s)] || s >= 1 && workVerbs19[tt.sub(s-1, s)]
}

// sectionStemStop20l are characters of the works' own words and counts
// that begin or end no section's name (险工|险段, 12处|险段, 水毁|堤段).
var sectionStemStop20l = runeBitsOf("险工程堤段坝闸涵处座个毁段")
