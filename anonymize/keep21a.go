package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds keep21a: three classes of ordinary phrase that the place
// and body readers took as (part of) a name.
//
//   - a counted kind phrase is a category, no name (countedKind21a): a
//     place or body that the document counts anywhere (6个抵边村, 15个插花村,
//     3个多式联运中心) names no one place, since a named village or body is
//     never counted; every finding of that text, and a short form cut from
//     it, is dropped, so that document consistency does not mask it
//     elsewhere (抵边村党组织);
//   - a family farm's kind stays readable after its masked name
//     (familyFarmKind21a): 家庭农场, 家庭牧场 and 家庭林场 are registered
//     forms of farm, like 专业合作社 a kind, not a name (〔甲〕家庭农场);
//   - a superlative opens no place or body name (superlative21a): 最美码头人,
//     最美网格员 are honour titles and 最高人民法院 a national body, whatever
//     kind word ends them;
//   - a work verb read as a division's stem (verbDivision21a): 壮大|嘎查村
//     集体经济, 盘活|嘎查闲置草场, 包联|嘎查干部, 做强|村集体经济 — the verb
//     governs the generic unit; two unit words together (苏木|嘎查) name no
//     one place either. Verbs that are also villages' names (团结村, 发展村)
//     and a stem right after a masked place stay with the readers.
//
// keep21a runs right after keep37 (anonymize.go).

// countNumerals21a are the characters of a count before its classifier
// (18个, 十二个, 两座, 多个, 30余个).
var countNumerals21a = runeBitsOf("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多数余")

// countClassifiers21a count places and bodies (个村, 座码头, 家中心, 所学校, 处站点).
var countClassifiers21a = runeBitsOf("个座家所处")

// countedNext21a continue a counted village into a bigger word (5个村民小组,
// 3个村委会, 村级) or a body into its members (100多个联合国成员国): the
// counted thing is then not the finding's text.
var countedNext21a = runeBitsOf("民委级务组成")

// familyKinds21a are the registered forms of a family farm.
var familyKinds21a = []string{"家庭农场", "家庭牧场", "家庭林场"}

// unitLevels21a end the name of a unit whose sub-units are numbered
// (铁道部十四局三处, 二院一所, 三团二营): a numeral after them numbers a
// sub-unit and counts nothing.
var unitLevels21a = runeBitsOf("局处部厅院所队科室团师旅营连排司")

// unitNumbered21a reports whether the numeral run that ends before (the
// text before a classifier) follows a unit's level character.
func unitNumbered21a(before string) bool {
	for before != "" {
		r, n := utf8.DecodeLastRuneInString(before)
		if !countNumerals21a.has(r) {
			return unitLevels21a.has(r)
		}
		before = before[:len(before)-n]
	}
	return false
}

// countSites21a are the places in a document's texts right after a count
// (numeral run + classifier, not a sub-unit's number): a counted phrase
// starts at one of them. They are found once per document, so a finding
// is tested against the few sites instead of searched for in every text.
type countSites21a struct {
	texts []string
	sites [][2]int // text index, byte offset after the classifier
	found bool
}

// newCountSites21a returns the count sites of texts, found on first use.
func newCountSites21a(texts []string) *countSites21a { return &countSites21a{texts: texts} }

func (c *countSites21a) find() {
	c.found = true
	for k, t := range c.texts {
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			i += n
			if !countClassifiers21a.has(r) {
				continue
			}
			before := t[:i-n]
			d, m := utf8.DecodeLastRuneInString(before)
			if m == 0 || !countNumerals21a.has(d) || unitNumbered21a(before) {
				continue
			}
			c.sites = append(c.sites, [2]int{k, i})
		}
	}
}

// counted reports whether text occurs in one of the document's texts
// right after a count and not run on into a bigger word.
func (c *countSites21a) counted(text string) bool {
	if !c.found {
		c.find()
	}
	for _, s := range c.sites {
		t := c.texts[s[0]][s[1]:]
		if !strings.HasPrefix(t, text) {
			continue
		}
		if nx, _ := utf8.DecodeRuneInString(t[len(text):]); countedNext21a.has(nx) {
			continue
		}
		return true
	}
	return false
}

// keep21a drops counted kind phrases and superlative titles, and cuts a
// family farm's kind from its masked name.
//
// cs holds the document's count sites: a phrase counted in one paragraph
// is a category in all of them.
func keep21a(tt *tokText, fs []Finding, cs *countSites21a) []Finding {
	if len(fs) == 0 {
		return fs
	}
	l := getLexicon()
	counted := map[string]bool{}
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Type != LOCATION && f.Type != ORG || seen[f.Text] || utf8.RuneCountInString(f.Text) < 3 {
			continue
		}
		seen[f.Text] = true
		// countedKind21a: a whole administrative name (三个乡镇 never reads
		// one) is a place however the document counts it
		if _, ok := l.places[f.Text]; !ok && cs.counted(f.Text) {
			counted[f.Text] = true
		}
	}
	out := fs[:0]
	for _, f := range fs {
		if (f.Type == LOCATION || f.Type == ORG) && strings.HasPrefix(f.Text, "最") {
			continue // superlative21a
		}
		if f.Type == LOCATION && verbDivision21a(tt, f, fs) {
			continue // verbDivision21a
		}
		if counted[f.Text] {
			continue // countedKind21a
		}
		if f.Type == LOCATION && strings.Contains(f.Evidence, "short-form") && shortOfCounted21a(f.Text, counted) {
			continue // countedKind21a: 抵边 cut from 抵边村
		}
		if f.Type == ORG || f.Type == LOCATION {
			if g, ok := familyFarmKind21a(f); ok {
				f = g
			}
		}
		out = append(out, f)
	}
	return out
}

// shortOfCounted21a reports whether s is a counted text's stem (抵边 of 抵边村).
func shortOfCounted21a(s string, counted map[string]bool) bool {
	for c := range counted {
		if len(c) > len(s) && strings.HasPrefix(c, s) {
			return true
		}
	}
	return false
}

// familyFarmKind21a cuts a family farm's kind from the end of a finding whose
// name is more than the kind (青禾家庭农场 → 青禾), so that 家庭农场 stays
// readable; a stem that is an ordinary word (黄桃家庭农场, 示范家庭农场)
// names no farm, and the finding is left to the rules that keep it.
func familyFarmKind21a(f Finding) (Finding, bool) {
	for _, k := range familyKinds21a {
		if !strings.HasSuffix(f.Text, k) {
			continue
		}
		stem := strings.TrimSuffix(f.Text, k)
		if utf8.RuneCountInString(stem) < 2 || getLexicon().common[stem] || genericTail21a(stem) {
			return f, false
		}
		if f.End-f.Start != len(f.Text) {
			return f, false
		}
		f.Text = stem
		f.End -= len(k)
		return f, true
	}
	return f, false
}

// genericTail21a reports whether stem ends in generic words alone (黄桃,
// 省级示范, 〔甲村〕|生态种植): keep17c's genericKindBody17c keeps or cuts
// such a farm, which its whole text must reach.
func genericTail21a(stem string) bool {
	for i := range stem {
		if runeLen(stem[i:]) >= 2 && genericStem17c(stem[i:]) {
			return true
		}
	}
	return false
}

// divisionKinds21a are the generic units a work verb governs, longest first.
var divisionKinds21a = []string{"嘎查村", "嘎查", "苏木", "社区", "村"}

// divisionVerbs21a are the verbs of a report's work on a generic unit
// (壮大|嘎查村, 包联|嘎查, 做强|村); no build verb (修建村, 新建村 are
// villages' names too).
var divisionVerbs21a = wordSet(`壮大 巩固 增强 做强 做大 做优 做实 激活 盘活 扶持 帮扶 培育 支持 带动 覆盖 深入 走访 走进 进驻 入驻 下沉 包联 包保 包抓 结对 联系 指导 帮助 督导 整合 规范 引导 鼓励 组织 动员 每个 各个 全部 所有`)

// divisionUnitStems21a are unit words that stand before another unit word
// (苏木|嘎查, 乡镇|村, 村组|社区) in a generic pair.
var divisionUnitStems21a = wordSet(`苏木 嘎查 乡镇 镇村 村组 街道 乡村 城乡`)

// verbDivision21a reports whether f is a work verb or a unit word read with
// the generic unit after it as a division's name.
func verbDivision21a(tt *tokText, f Finding, fs []Finding) bool {
	for _, k := range divisionKinds21a {
		stem, ok := strings.CutSuffix(f.Text, k)
		if !ok || runeLen(stem) != 2 {
			continue
		}
		if kindVerbNames16[stem] {
			return false // 团结村, 发展村: villages of a verb's name
		}
		if !(divisionVerbs21a[stem] || divisionUnitStems21a[stem]) {
			return false // (修建村, 新建村: a build verb names villages too)
		}
		if c, _ := utf8.DecodeLastRuneInString(tt.text[:f.Start]); strings.ContainsRune("至到、和与及", c) {
			return false // 甲村至|扶持村: a village in a route or a list
		}
		for _, g := range fs {
			if g.End == f.Start && g.Type == LOCATION {
				return false // 〔甲镇〕|扶持村: a village after its town
			}
		}
		return true
	}
	return false
}
