package anonymize

import (
	_ "embed"
	"strings"
)

// This file holds round sites17: a gazetteer of China's named sites below
// the national level — nature reserves by their stem (可可西里, 佛坪),
// scenic areas, wetland, forest and geoparks, heritage sites (藏王墓,
// 定远营), grottoes, tombs, temples, forts, ancient towns and old streets,
// former residences by their owner's name (鲁迅故居), famous grasslands
// (美仁草原), valleys and plains named regionally (雅砻河谷) — from
// data/sites17.txt, our own list. Such names stand alone or with a kind
// word our rules read as ordinary, so no context rule finds them (issue 4:
// no place identifier may survive).
//
// The list is loaded into the features15 gazetteer (featureGazetteer15)
// and matched by its code, as a whole name (wholeFeature15), with its
// guards: policy tails, titles in 《》, findings that overlap.
//
// sites17 adds two things to that matcher:
//
//   - a stopped ordinary-word name before a kind word that makes it a name
//     is masked (草海湿地, 坝上草原, 同里古镇, 桃花源景区, 殷墟遗址, 笔架山
//     风景区): stoppedKinds17. The national class of stopFeatures15 (长江
//     黄河 三峡 大运河 秦岭 珠江) is never masked this way;
//   - a kept (generic) reading of a listed name and its kind word (殷墟
//     遗址 read as a kind of ruin) gives way to the name: kindCover17.
//
// 国家公园 and 精神 stay policy tails of features15 (武夷山国家公园,
// 井冈山精神), and the stems of national spirits are not listed (see the
// head of data/sites17.txt).

//go:embed data/sites17.txt
var sites17Data string

// stopSites17 are listed sites that are never masked alone, only before a
// kind word (stoppedKinds17). The threshold class of stopFeatures15: a name
// gojieba's dictionary tags as an ordinary word (a tag other than ns, nr,
// nz, nt) with a frequency of 45 or more, or tags as a verb at any
// frequency: 坝上 (s 64, 吃住在坝上), 隆中 (t 800), 殷墟 (n 194), 平型关 (n
// 77), 溪口 (n 68), 火焰山 (n 68), 十三陵 (j 66), 桃花源 (n 64), 室韦 (n 50),
// 同里 (r 47), 函谷关 (n 45), 偏关 (v 15), 然乌湖 (v 3).
// TestSiteStopThreshold17 checks the list against the dictionary.
var stopSites17 = wordSet(`坝上 隆中 殷墟 平型关 溪口 火焰山 十三陵 桃花源 室韦 同里 函谷关 偏关 然乌湖`)

// nationalStops17 is the national class of stopFeatures15: symbols and
// stems of national policy terms, never masked, whatever follows.
var nationalStops17 = wordSet(`长江 黄河 三峡 大运河 秦岭 珠江`)

// stoppedKinds17 after a stopped ordinary-word name make it a name: a
// reserve's, a park's, a scenic area's or a heritage site's kind word.
var stoppedKinds17 = []string{
	"湿地", "草原", "景区", "风景区", "风景名胜区", "旅游区", "保护区", "自然保护区", "国家级自然保护区", "省级自然保护区",
	"森林公园", "地质公园", "国家森林公园", "国家地质公园", "国家湿地公园", "遗址", "古镇", "古城", "石窟",
}

// stoppedSite17 returns the end (in runes) of the longest stopped
// ordinary-word name of g that starts at rune s of tt and stands before a
// kind word of stoppedKinds17, as a whole name at its start and outside a
// title, or 0.
func stoppedSite17(tt *tokText, g *featureGaz15, s int) int {
	if !g.stoppedFirst.has(tt.runes[s]) {
		return 0
	}
	n := len(tt.runes)
	for l := min(g.stoppedMax, n-s); l >= 2; l-- {
		w := tt.text[tt.off[s]:tt.off[s+l]]
		if g.stopped[w] == "" || !hasAnyPrefix13(tt.text[tt.off[s+l]:], stoppedKinds17) {
			continue
		}
		if s > 0 && isHan(tt.runes[s-1]) && tt.toks[tt.tokOf[s]].start != s {
			return 0
		}
		if inTitle15(tt, s) {
			return 0
		}
		return s + l
	}
	return 0
}

// kindCover17 reports whether g is a kept (generic) reading of the listed
// name f and a kind word of stoppedKinds17 after it (殷墟遗址 read as a
// kind of ruin by the toponym rules): the gazetteer's reading of the name
// replaces it, and the kind word stays readable.
func kindCover17(g, f *Finding) bool {
	if !g.generic || g.Start != f.Start || g.End <= f.End || !strings.HasPrefix(g.Text, f.Text) {
		return false
	}
	tail := g.Text[len(f.Text):]
	for _, k := range stoppedKinds17 {
		if tail == k {
			return true
		}
	}
	return false
}
