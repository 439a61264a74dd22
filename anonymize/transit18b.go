package anonymize

import (
	"strings"
	"sync"
)

// This file holds transit18b: a transport line named by the one-character
// short forms of the places it joins (京张高铁, 沪乍杭铁路, 宝八公路,
// 城万快速通道, 宁互一级公路) is a place identifier, like the expressways
// expressways19 reads (leaks19.go). That rule reads 高速 only, and only
// after a stop, a place or a verb gojieba cuts as a word of its own, so
// high-speed railways, railways, highways and fast roads named the same
// way leaked, and so did an expressway after a preposition glued to its
// first character (沿|杭长高速) or after a conjunction (和|建个元高速).
//
// Class (abbreviated lines): a stem of two or three characters right
// before a line kind (transitKinds18b), each character the first
// character of a province's, city's or county's name in the gazetteer or
// a province's short form (provinceShorts33); in a stem of three, one
// character may instead begin a town's name (沪|乍|杭: 乍浦镇). The stem is
// no kind of line (transitNot18b: 旅游公路, 农村公路, 城际铁路, 干线公路)
// and no ordinary word of the lexicon, holds no ordinary word of two
// characters (三个字 such as 新建成 are cut away by the head test or this),
// and stands after a stop, a place, a verb or a preposition.
//
// Class (an ordinary word as an abbreviation, 十堰–天水 as 十天高速): a
// stem the lexicon knows as an ordinary word, each character still a head,
// is taken only when it stands after a stop or a place, holds no function
// character or measure word (两个|高速出口), and a part of a road follows
// the line (出口, 互通, 连接线, 收费站, 服务区, 支线, or a place and 段):
// an ordinary word never names a road's exit.
//
// Decision on 城北新区 and the like (items of the round): a district
// named by a direction and 城 is left to the kind rules; it is no line.

// transitKinds18b are the kinds of line this rule reads, longest first at
// each end so that 一级公路 is read before 公路.
var transitKinds18b = []string{"环线高速", "快速通道", "一级公路", "二级公路", "高速", "高铁", "铁路", "公路", "快速路", "城际", "航线"}

// transitNot18b stand before a line kind as its kind, its state or its
// owner, never as the short forms of its ends (旅游公路, 城际铁路,
// 在建高铁, 国内航线).
var transitNot18b = wordSet(`旅游 农村 城际 干线 支线 城市 城乡 国防 普通 地方 专用 货运 客运 重载 山区 边境 扶贫 产业 资源 乡村 通村 通乡 通组 县乡 国省 省道 国道 县道 乡道 村道 环湖 环山 沿江 沿海 沿边 沿河 沿湖 沿线 等级 高等级 新建 在建 已建 规划 改建 扩建 续建 连接 快速 高速 城郊 绕城 环城 过境 进城 出城 景区 园区 港区 机场 疏港 进港 出海 国际 国内 空中 海上 航空 内河 全线 全程 一条 两条 三条 这条 该条 条条 大通道 生命 致富 幸福 产业园 一级 二级 三级 四级 双向 单向 主干 次干 南北 东西 横向 纵向 综合 现代 智慧 平安 美丽 交通 公路 铁路`)

// transitAfter18b are parts of a road that follow its name (十天高速|略阳|东出口).
var transitAfter18b = []string{"出口", "入口", "互通", "连接线", "收费站", "服务区", "支线"}

// transitFast18b follow 高速 as an adverb (高速发展), no line's name.
var transitFast18b = []string{"发展", "增长", "运转", "运行", "推进", "行驶", "前进", "扩张", "成长", "化"}

// transitMeasures18b end a count, no short form (两条|高速出口).
var transitMeasures18b = runeBitsOf("个条座处家项批名位台辆段")

// transitPreps18b are single characters that stand before a line's name
// glued to it by gojieba (沿|杭长高速, 经|京张高铁).
var transitPreps18b = runeBitsOf("沿经往从由在至到")

var (
	transitHeadsOnce       sync.Once
	transitHeads, townHead runeBits
)

// transitHeads18b returns the first characters of the gazetteer's
// provinces, cities and counties with the provinces' short forms, and the
// first characters of its towns.
func transitHeads18b() (*runeBits, *runeBits) {
	transitHeadsOnce.Do(func() {
		transitHeads = provinceShorts33
		for name, lv := range getLexicon().places {
			for _, r := range name {
				if lv <= 3 {
					transitHeads.set(r)
				} else {
					townHead.set(r)
				}
				break
			}
		}
	})
	return &transitHeads, &townHead
}

// transitStem18b reports whether runes s..e are the short forms of a
// line's ends: each a head, at most one a town's head in a stem of three.
func transitStem18b(tt *tokText, s, e int) bool {
	heads, towns := transitHeads18b()
	town := 0
	for _, r := range tt.runes[s:e] {
		if heads.has(r) {
			continue
		}
		if e-s == 3 && towns.has(r) && town == 0 {
			town++
			continue
		}
		return false
	}
	return true
}

// transitLeft18b reports whether the stem at rune s begins a name: after a
// stop, a place, a verb or conjunction standing as a word, or a
// preposition character (沿|杭长高速).
func transitLeft18b(tt *tokText, fs []Finding, s int) bool {
	if bounded19(tt, fs, s) || transitPreps18b.has(tt.runes[s-1]) {
		return true
	}
	if !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && (strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "p") || t.pos == "c" || t.word == "的" || workVerbs19[t.word])
}

// transitPart18b reports whether a part of a road follows rune e, after a
// place found there or a stem of two or three characters, and a direction
// (十天高速|略阳|东出口, 张涿高速|蔚县|段).
func transitPart18b(tt *tokText, fs []Finding, e int) bool {
	b, place := tt.off[e], false
	for i := range fs {
		if f := &fs[i]; f.Start == b && f.Type == LOCATION && f.End > b {
			b, place = f.End, true
			break
		}
	}
	if place && strings.HasPrefix(tt.text[b:], "段") {
		return true
	}
	if roadPartAt18b(tt.text[b:]) {
		return true
	}
	if place {
		return false
	}
	// an exit's place the rules left readable (太平高速|石门|西出口): two or
	// three Han characters, no 公路 (平安高速公路: a campaign's name)
	k := tt.runeAt(b)
	for ln := 2; ln <= 3 && k >= 0 && k+ln <= len(tt.runes); ln++ {
		skip := tt.sub(k, k+ln)
		if !allHan(skip) || strings.ContainsAny(skip, "公路线沿") {
			break
		}
		if roadPartAt18b(tt.text[tt.off[k+ln]:]) {
			return true
		}
	}
	return false
}

// roadPartAt18b reports whether rest begins with a part of a road, after a
// direction (东出口).
func roadPartAt18b(rest string) bool {
	for _, d := range []string{"东", "西", "南", "北"} {
		rest = strings.TrimPrefix(rest, d)
	}
	return hasAnyPrefix18b(rest, transitAfter18b)
}

// transitLines18b finds the lines of the class above and masks each with
// its kind (宝八公路), in place of the findings they overlap.
func transitLines18b(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	l := getLexicon()
	taken := map[int]bool{}
	// every kind's occurrences in one walk, kind by kind (speed26)
	for _, h := range transitByLast26.hits(tt, nil) {
		kind, e := transitKinds18b[h.k], int(h.e)
		end := e + runeLen(kind)
		if taken[end] || taken[e] {
			continue
		}
		rest := tt.text[tt.off[end]:]
		if kind == "高速" && hasAnyPrefix18b(rest, transitFast18b) {
			continue
		}
		if kind == "城际" && !hasAnyPrefix18b(rest, []string{"铁路", "列车", "轨道"}) {
			continue // 城际 alone is an adjective (城际交通)
		}
		s := transitStemBefore18b(tt, fs, e, func(s int) bool {
			stem := tt.sub(s, e)
			if transitNot18b[stem] || expresswayNot19[stem] || endsIn19(tt, transitNot18b, s, e) || transitNot18b[tt.sub(s, s+2)] || expresswayNot19[tt.sub(s, s+1)] {
				return false
			}
			if !transitStem18b(tt, s, e) || !transitLeft18b(tt, fs, s) {
				return false
			}
			if e-s == 3 && !provinceRun33(stem) && (l.common[tt.sub(s+1, e)] || l.common[tt.sub(s, s+2)]) {
				return false
			}
			if l.common[stem] {
				return e-s == 2 && bounded19(tt, fs, s) && !functionRunes[tt.runes[s]] && !functionRunes[tt.runes[s+1]] && !transitMeasures18b.has(tt.runes[s+1]) && transitPart18b(tt, fs, end)
			}
			return true
		})
		if s < 0 {
			continue
		}
		taken[end] = true
		if kind == "城际" && strings.HasPrefix(rest, "铁路") {
			end += 2
		}
		add = append(add, found19(tt, LOCATION, s, end, "transit18b"))
	}
	return addReplacing(fs, add)
}

// hasAnyPrefix18b reports whether s begins with one of ps.
func hasAnyPrefix18b(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// transitStemBefore18b returns the start of a stem of two or three plain
// Han characters before rune e that ok takes, or -1. Unlike stemBefore19 it
// tries three when two fail for a function character gojieba glued to the
// one before (建个|元: 个 is a measure word, here 个旧's short form), and
// it refuses a stem whose first character another reading shares with the
// character before it (申|嘉湖 read as a person with 申): the longer stem
// is then tried.
func transitStemBefore18b(tt *tokText, fs []Finding, e int, ok func(s int) bool) int {
	for ln := 2; ln <= 3; ln++ {
		s := e - ln
		if s < 0 {
			break
		}
		plain := true
		for _, r := range tt.runes[s:e] {
			if !isHan(r) || isMaskRune(r) || stemStop19.has(r) {
				plain = false
			}
		}
		if !plain {
			break
		}
		if s > 0 && crossesLeft18b(fs, tt.off[s-1], tt.off[s]) {
			continue
		}
		if ok(s) {
			if startsWithin19(fs, tt.off[s], tt.off[e]) {
				return -1
			}
			return s
		}
	}
	return -1
}

// crossesLeft18b reports whether a finding holds the bytes b0..b1 before a
// stem and runs on into it.
func crossesLeft18b(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start <= b0 && f.End > b1 {
			return true
		}
	}
	return false
}
