package anonymize

import "strings"

// This file holds round leaks20: names of waters, routes and landforms
// whose stem gojieba cuts so that no recognizer sees a stem before its
// kind, each recognised by the words around it rather than by the cut:
//   - a river, stream or lake whose kind gojieba glues to the word after
//     it (…河|漂流 cut as 河漂流): a two-character stem before a water's
//     kind and a word only a particular water takes (漂流, 沿岸, 两岸);
//   - the two ends of a named route (X至Y徒步线, X至Y骑行线): the ends of
//     a trail, a cycling or running route are places;
//   - a landform right after a township or village the rules found
//     (…乡|长云岭 cut as 乡长|云岭): a two-character stem and a
//     landform's kind.
// A name found so is masked wherever it stands in the text.

// leaks20 adds the findings of this round to the findings fs of one text.
func leaks20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayHold2('漂', '流') || tt.mayHold2('沿', '岸') || tt.mayHold2('两', '岸') {
		out = append(out, gluedWaters20(tt, fs)...)
	}
	if tt.mayHold('至') && tt.mayHold('线') {
		out = append(out, routeEnds20(tt, fs)...)
	}
	out = append(out, landformsAfterTown20(tt, fs)...)
	if len(out) == 0 {
		return leaks21(tt, fs) // leaks21.go: the next round, after this one
	}
	return leaks21(tt, add19(fs, everywhere17(tt, out)))
}

// waterKinds20 are one-character kinds of water whose token gojieba may
// glue to the word after them.
var waterKinds20 = runeBitsOf("河江溪湖")

// waterAfter20 follow only a particular water (…河漂流, …江沿岸).
var waterAfter20 = []string{"漂流", "沿岸", "两岸"}

// stemNot20 are no stem of a particular water, route end or landform:
// words of a town's centre, of scope and of class (县城至乡镇, 城区河两岸).
var stemNot20 = wordSet(`县城 城区 镇区 集镇 市区 乡镇 村组 全县 全市 全镇 全乡 全村 各乡 各镇 各村 本县 该县 沿线 景区 园区 城乡 城市 农村 乡村 山区 境内 辖区 流域 主要 重点 重要 大小 内外 上下 东西 南北 城镇 中心 县域 周边 两岸 沿岸 各地 多条 一条 两条 全线 省内 市内 县内 县外 省外 国内 国外 干支 支流 干流 大型 小型 中小 骨干 主干 城内 城外 河道 河流 村庄 社区`)

// stem20 reports whether runes s..e may be a name's stem: Han characters
// (plainStem19) that are no word of scope or class and begin with no
// determiner.
func stem20(tt *tokText, s, e int) bool {
	if !plainStem19(tt, s, e) {
		return false
	}
	stem := tt.sub(s, e)
	if stemNot20[stem] || classStems[stem] || toponymStemStop.has(tt.runes[s]) || strings.ContainsRune("一二三四五六七八九十两几多第", tt.runes[s]) {
		return false
	}
	return true
}

// before20 reports whether a name may begin at rune s: where bounded19
// lets one begin, or right after a word gojieba cut as its own token that
// is a verb or preposition (对|…, 开通|…).
func before20(tt *tokText, fs []Finding, s int) bool {
	if bounded19(tt, fs, s) {
		return true
	}
	if !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && (t.pos == "p" || t.pos == "v" || workVerbs19[t.word] || toponymLocatives[t.word])
}

// gluedWaters20 finds a water named by two characters before its kind and
// a word only a particular water takes (对|柳杉河漂流: …河漂流,
// …溪两岸), where the stem begins after a stop, a place or a verb.
func gluedWaters20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, after := range waterAfter20 {
		for _, a := range occurrences19(tt, after) {
			k := a - 1
			if k < 2 || !waterKinds20.has(tt.runes[k]) {
				continue
			}
			s := k - 2
			if !stem20(tt, s, k) || !before20(tt, fs, s) || startsWithin19(fs, tt.off[s], tt.off[k]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k+1, "glued-water20"))
		}
	}
	return out
}

// routeKinds20 end the name of a trail or route between two places
// (…徒步线, …骑行线).
var routeKinds20 = []string{"徒步线", "骑行线", "越野跑线", "跑步线", "登山线", "徒步路线", "骑行路线", "徒步道", "骑行道", "自驾线", "自驾游线", "旅游线", "精品线", "观光线"}

// routeEnds20 finds the two ends of a named route (开通X至Y徒步线): Y of
// two to four characters between 至 and the route's kind, X of two to four
// characters before 至 where a name may begin.
func routeEnds20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, z := range occurrences19(tt, "至") {
		// Y: the shortest run after 至 that a route's kind follows
		ye := -1
		for ln := 2; ln <= 4 && z+1+ln < len(tt.runes); ln++ {
			if firstPrefix(tt.text[tt.off[z+1+ln]:], routeKinds20) != "" {
				ye = z + 1 + ln
				break
			}
		}
		if ye < 0 || !stem20(tt, z+1, ye) {
			continue
		}
		// X: the shortest run before 至 where a name may begin
		xs := -1
		for ln := 2; ln <= 4 && z-ln >= 0; ln++ {
			if !stem20(tt, z-ln, z) {
				if !plainStem19(tt, z-ln, z) {
					break
				}
				continue
			}
			if before20(tt, fs, z-ln) {
				xs = z - ln
				break
			}
		}
		if xs < 0 {
			continue
		}
		for _, r := range [][2]int{{xs, z}, {z + 1, ye}} {
			if !startsWithin19(fs, tt.off[r[0]], tt.off[r[1]]) {
				out = append(out, found19(tt, LOCATION, r[0], r[1], "route-end20"))
			}
		}
	}
	return out
}

// landformKinds20 are one-character kinds of landform named after a
// township or village (…乡长云岭, …镇黑石沟). 梁 is left out: it is as
// often a surname after a village and a word for its people (…村女孩|梁…).
var landformKinds20 = runeBitsOf("岭峰山沟峪坡垭崖坳洼")

// peopleNot20 are people of a place, no landform's stem: a name after
// them is a person's (…村村民|…, …镇女孩|…).
var peopleNot20 = wordSet(`村民 居民 农民 牧民 渔民 群众 农户 妇女 女孩 男孩 女子 男子 姑娘 小伙 青年 老人 儿童 学生 干部 党员 书记 主任 镇长 乡长 村长 组长 大姐 大哥 大爷 大妈 阿姨 老乡 乡亲 能人 代表 职工 工人 医生 教师 老师 游客`)

// landformNotAfter20 follow a stem and kind that make no landform's name
// but a village's, a group's or an ordinary word (…山村, …沟组, …山区).
var landformNotAfter20 = runeBitsOf("村乡镇组社区寨屯地上下头")

// landformsAfterTown20 finds a landform of a two-character stem and a
// landform's kind right after a township, town or village the rules
// found (…乡|长云岭越野跑线), however gojieba cut it.
func landformsAfterTown20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || weak19(f) || f.End >= len(tt.text) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 2 || s+3 > len(tt.runes) || !strings.ContainsRune("乡镇村", tt.runes[s-1]) || !landformKinds20.has(tt.runes[s+2]) {
			continue
		}
		if s+3 < len(tt.runes) && landformNotAfter20.has(tt.runes[s+3]) {
			continue
		}
		stem := tt.sub(s, s+2)
		if peopleNot20[stem] || s+3 < len(tt.runes) && !isHan(tt.runes[s+3]) && !stop19.has(tt.runes[s+3]) {
			continue // a person after the people of a place, or a name spaced out
		}
		if routeRunes13.has(tt.runes[s]) || stemStop19.has(tt.runes[s]) || verbStem20(tt, s, s+2) {
			continue // a route or a verb after the place (…村至东山坡村, …村发生山洪)
		}
		if k := tt.tokenAt(s + 2); k == nil || k.end != s+3 {
			continue // the kind begins a longer word (山洪, 山塘, 坡耕地)
		}
		if !stem20(tt, s, s+2) || l.common[stem+string(tt.runes[s+2])] || startsWithin19(fs, tt.off[s], tt.off[s+3]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, s+3, "landform-after-town20"))
	}
	return out
}

// verbStem20 reports whether runes s..e are one verb of gojieba's or a
// work verb (发生, 实施): a clause goes on there, no name begins.
func verbStem20(tt *tokText, s, e int) bool {
	if workVerbs19[tt.sub(s, e)] {
		return true
	}
	t := tt.tokenAt(s)
	return t != nil && t.start == s && t.end == e && strings.HasPrefix(t.pos, "v")
}
