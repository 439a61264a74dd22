package anonymize

import (
	_ "embed"
	"strings"
	"sync"
)

// This file holds round features15: a gazetteer of China's named natural
// features — rivers, lakes and reservoirs, mountains and peaks, ranges,
// gorges, grasslands, deserts, islands, wetlands — from
// data/features15.txt, our own list written from general knowledge of
// geography. Before it, such names were found only by context rules
// (leaks6/8/9/10/11/17l/21, toponym.go), so a feature that stood alone or
// in a list (沅水、资水、澧水流经, 汉江、丹江、堵河穿境而过) stayed readable
// or was read as a person (堵河).
//
// features15 masks a listed feature as LOCATION (evidence
// feature-gazetteer) wherever it stands as a whole name:
//
//   - its first character starts a gojieba token, or follows a character
//     that is no Han character; its last ends one, or the text goes on
//     with a word that follows a feature (流经, 流域, 沿岸, 两岸, 之滨, 脚下,
//     景区 …), because gojieba glues a feature's last character to such a
//     word (澧|水流|经). So no match inside a longer word (稳如泰山,
//     华山松 as gojieba's words);
//   - no other finding covers or overlaps it, except a person reading,
//     which gives way (堵河 read as a person); a town or village of the
//     division gazetteer named after the feature (汾河镇) stays one
//     finding, and so does a person whose name holds it (王汉江);
//   - it is no stem of a policy term or a product (秦岭国家公园, 淮河生态
//     经济带, 泰山杯, 黑山羊): policyTails15;
//   - not inside a title in 《》;
//   - not a stopped name (stopFeatures15): 长江 and 黄河, national symbols
//     and the stems of national policy terms, and the names gojieba reads
//     as frequent ordinary words.

//go:embed data/features15.txt
var features15Data string

// featureGaz15 is the parsed gazetteer.
type featureGaz15 struct {
	kind   map[string]string // name → kind (river, lake, mountain …)
	first  runeBits          // first characters of the names
	maxLen int               // longest name in characters
	// sites17: stopped ordinary-word names (not the national class),
	// masked only before a kind word (stoppedSite17)
	stopped      map[string]string
	stoppedFirst runeBits
	stoppedMax   int
}

// stopFeatures15 are listed features that are never masked by the
// gazetteer. Three classes:
//
//   - national symbols and stems of national policy terms (长江经济带,
//     黄河流域生态保护和高质量发展, 长江十年禁渔, 三峡库区, 大运河国家文化
//     公园, 秦岭国家公园, 珠江三角洲): 长江 黄河 三峡 大运河 (the four are
//     not in the list either) 秦岭 珠江. A name found once is masked
//     everywhere in the document (Redaction), also inside such a term, so
//     policyTails15 alone cannot keep the term readable where the name
//     stands alone in another paragraph;
//   - the threshold class: a name gojieba's dictionary tags as an ordinary
//     word (a tag other than ns, nr, nz, nt) with a frequency of 45 or more,
//     or tags as a verb (v, vn) at any frequency: 神农架 (n 2114, also a
//     forest district of the division gazetteer), 笔架山 (n 1306, a pen
//     rest), 富水 (n 271), 方山 (n 77), 倒水 (v 77), 无量山 (l 47), 修水
//     (v 46, 修水库), 琅琊山 (vn 3). TestFeatureStopThreshold15 checks the
//     list against the dictionary, so a new entry over the threshold must
//     be added here;
//   - names that are ordinary words in report text whatever their tag:
//     向海 (向海经济), 盘山 (盘山公路), 黑山 (黑山羊; the county is found by
//     the division gazetteer), 千山 (千山万水), 巴山 (巴山蜀水), 草海 (a sea
//     of grass), and the X水 rivers whose two characters make an ordinary
//     phrase: 陆水 (水陆并举, 陆水并进), 渠水 (渠水畅通), 宜水 (宜水则水),
//     蒸水 (蒸水蛋).
//
// The second and third classes are still masked before a kind word that
// makes them a name (草海|湿地, 笔架山|风景区): stoppedSite17 (sites17.go).
var stopFeatures15 = wordSet(`长江 黄河 三峡 大运河 秦岭 珠江
	神农架 笔架山 富水 方山 倒水 无量山 修水 琅琊山
	向海 盘山 黑山 千山 巴山 草海 陆水 渠水 宜水 蒸水`)

// featureGazetteer15 parses data/features15.txt and data/sites17.txt
// (sites17.go) on first use.
var featureGazetteer15 = sync.OnceValue(func() *featureGaz15 {
	g := &featureGaz15{kind: map[string]string{}, stopped: map[string]string{}}
	for _, line := range strings.Split(features15Data+"\n"+sites17Data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		if stopFeatures15[f[0]] || stopSites17[f[0]] {
			if !nationalStops17[f[0]] {
				g.stopped[f[0]] = f[1]
				r, _ := firstRune(f[0])
				g.stoppedFirst.set(r)
				g.stoppedMax = max(g.stoppedMax, runeLen(f[0]))
			}
			continue
		}
		g.kind[f[0]] = f[1]
		r, _ := firstRune(f[0])
		g.first.set(r)
		if n := runeLen(f[0]); n > g.maxLen {
			g.maxLen = n
		}
	}
	return g
})

// followWords15 may follow a feature; gojieba glues the feature's last
// character to some of them (澧|水流|经, 汾|河流|域), so the name's end is
// taken from them when it is no token's end.
var followWords15 = []string{
	"流经", "流域", "流入", "流向", "流过", "水系", "水域", "水面", "水质", "沿岸", "沿线", "两岸", "之滨", "之畔", "岸边", "河畔", "湖畔", "江畔", "畔",
	"脚下", "山下", "山麓", "景区", "风景区", "干流", "支流", "上游", "中游", "下游", "源头", "源区", "穿境", "穿城", "穿过", "横贯", "贯穿", "蜿蜒", "发源",
	"汇入", "注入", "入境", "出境", "以东", "以西", "以南", "以北", "主峰", "南麓", "北麓", "东麓", "西麓", "腹地", "深处", "之巅", "峡谷", "湿地",
	// sites17: a site's kind after its stem (碛口|古镇, 美仁|草原, 佛坪|自然保护区)
	"古镇", "古城", "古村", "草原", "遗址", "保护区", "自然保护区",
}

// policyTails15 after a feature make it the stem of a policy term, a
// national body or a product, which the must_keep lists keep readable
// (秦岭国家公园, 淮河生态经济带, 汉江生态经济带, 泰山杯, 华山松, 黑山羊, 三河牛).
var policyTails15 = []string{
	"国家公园", "国家级", "国家文化公园", "文化公园", "经济带", "生态经济带", "经济区", "经济圈", "城市群", "三角洲", "精神", "大保护", "禁渔", "杯",
	"松", "羊", "牛", "猪", "鸡", "鸭", "鹅",
}

// features15 adds the listed natural features of the text to fs.
func features15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	g := featureGazetteer15()
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+1 < n; s++ {
		if !g.first.has(tt.runes[s]) && !g.stoppedFirst.has(tt.runes[s]) {
			continue
		}
		e := 0
		if g.first.has(tt.runes[s]) {
			e = featureEndMemo26(tt, g, s) // (speed22, speed26, speed30: featureEnd22 of this gazetteer, s+1 < n)
		}
		if e > 0 {
			w := tt.text[tt.off[s]:tt.off[e]]
			if wholeFeature15(tt, s, e) {
				out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "feature-gazetteer:" + g.kind[w], Score: 4})
				s = e - 1
				continue
			}
		}
		// sites17: a stopped ordinary-word name before a kind word (草海|湿地, 同里|古镇)
		if e = stoppedSite17(tt, g, s); e > 0 {
			w := tt.text[tt.off[s]:tt.off[e]]
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "feature-gazetteer:" + g.stopped[w] + ",kind", Score: 4})
			s = e - 1
		}
	}
	for _, f := range out {
		fs = addFeature15(fs, f)
	}
	return fs
}

// wholeFeature15 reports whether runes [s, e) stand as a whole name: at a
// token's start or after no Han character, at a token's end or before a
// follow word, not before a policy tail, not inside 《》.
func wholeFeature15(tt *tokText, s, e int) bool {
	n := len(tt.runes)
	if s > 0 && isHan(tt.runes[s-1]) && tt.toks[tt.tokOf[s]].start != s {
		return false
	}
	rest := tt.text[tt.off[e]:]
	if hasAnyPrefix13(rest, policyTails15) {
		return false
	}
	if e < n && isHan(tt.runes[e]) && tt.toks[tt.tokOf[e-1]].end != e && !hasAnyPrefix13(rest, followWords15) {
		return false
	}
	return !inTitle15(tt, s)
}

// inTitle15 reports whether rune s of tt is inside a title: a 《 before it
// in the clause with no 》 between.
func inTitle15(tt *tokText, s int) bool {
	for k := s - 1; k >= 0 && k >= s-40; k-- {
		r := tt.runes[k]
		if r == '》' || r == '\n' || r == '。' {
			break
		}
		if r == '《' {
			return true
		}
	}
	return false
}

// addFeature15 adds f to fs unless a finding there overlaps it: a person
// reading that does not hold it whole gives way (堵河 read as a person,
// 河穿 read as one); a person that holds it (王汉江), a place that holds
// it (汾河镇) and any other finding that overlaps it stand, and f is
// dropped. A weak guess (weak19) gives way too, and so does any reading
// of the same span or of a piece of it, and a kept reading of the name and
// its kind word (殷墟遗址: kindCover17).
func addFeature15(fs []Finding, f Finding) []Finding {
	return replaceUnlessClash(fs, f, func(g *Finding) bool {
		if weak19(g) || (g.Start >= f.Start && g.End <= f.End) || kindCover17(g, &f) {
			// a weak guess, or a reading of the same span or of a piece
			// by a context rule (toponym:水,stem, 庙岛 of 庙岛群岛), which
			// the keep rounds may drop as a landform word: the
			// gazetteer's reading replaces it
			return false
		}
		// a person reading gives way unless it holds f and more (王汉江)
		return g.Type != PERSON || (g.Start <= f.Start && g.End >= f.End && (g.Start < f.Start || g.End > f.End))
	})
}
