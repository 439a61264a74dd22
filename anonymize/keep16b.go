package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep16b: ordinary phrases of deid-own79 … 84 that a
// recognizer masked, each kept by its class:
//   - a place's short form that is also an ordinary word, in the ordinary
//     term it belongs to: 惠民 ("benefit the people") after a field (文化|
//     惠民, 科技惠民) or before a programme word (惠民工程), 临港 ("by the
//     port") before an economy word (临港|产业), 北疆/南疆 after 祖国 (祖国|
//     北疆) (shortFormInTerm16b);
//   - a thing compound read as a surname and given name before the kind of
//     thing it names (连栋|温室, 桑基|鱼塘) (thingCompound16b);
//   - a hospitality kind (农家乐, 牧家乐, 渔家乐) after a verb, read as a
//     business named by everything before it (…系统发展农家乐)
//     (verbHospitality16b);
//   - a body's name whose front holds the tail of the department before it
//     and a preposition (县自然资源|局为瑞泓集团): cut back to the body after
//     the preposition (deptTailFront16b);
//   - a kind of mine or enterprise named by a negation prefix (非煤矿山,
//     非金属矿), read as a brand after a count's classifier (12|家非煤矿)
//     (negationKind16b).

// keep16b drops the findings of fs that are ordinary phrases of the classes
// above and cuts a body's name back where a department's tail leads it.
func keep16b(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding16b)
}

func keepFinding16b(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	before, after := text[:f.Start], text[f.End:]
	switch {
	case f.Type == LOCATION && shortFormInTerm16b(f, before, after):
		return f, true
	case f.Type == PERSON && thingCompound16b(f, after):
		return f, true
	case f.Type == ORG && verbHospitality16b(f.Text):
		return f, true
	case f.Type == ORG && negationKind16b(f.Text, before):
		return f, true
	}
	if f.Type == ORG {
		if g, ok := deptTailFront16b(f, before); ok {
			return g, false
		}
	}
	return f, false
}

// shortFormInTerm16b: the short forms 惠民 (惠民县), 临港 (临港街道), 北疆/南疆
// (北疆乡) in the ordinary terms they are words of.
func shortFormInTerm16b(f Finding, before, after string) bool {
	if !strings.HasPrefix(f.Evidence, "gazetteer-short") {
		return false
	}
	switch f.Text {
	case "惠民":
		return hasAnySuffix16b(before, "文化", "科技", "政策", "金融", "医疗", "法律", "体育", "电影", "演出", "便民") ||
			hasAnyPrefix16b(after, "工程", "政策", "活动", "演出", "项目", "服务", "利民", "举措", "实事")
	case "临港":
		return hasAnyPrefix16b(after, "产业", "经济", "工业", "物流", "制造", "贸易")
	case "北疆", "南疆":
		return strings.HasSuffix(before, "祖国")
	}
	return false
}

// thingKinds16b: kinds of farm and park things that end compounds whose
// first two characters look like a surname and a given name (连栋温室, 桑基
// 鱼塘).
var thingKinds16b = []string{"温室", "大棚", "鱼塘"}

// thingCompound16b: a two- or three-character person found by its surname
// directly before a thing kind, with no role or verb between.
func thingCompound16b(f Finding, after string) bool {
	if !strings.HasPrefix(f.Evidence, "surname+given") {
		return false
	}
	n := utf8.RuneCountInString(f.Text)
	return n >= 2 && n <= 3 && hasAnyPrefix16b(after, thingKinds16b...)
}

// verbHospitality16b: a business "named" by a clause ending in a verb and a
// hospitality kind (…发展农家乐, …开办牧家乐).
func verbHospitality16b(s string) bool {
	for _, kind := range []string{"农家乐", "牧家乐", "渔家乐"} {
		stem, ok := strings.CutSuffix(s, kind)
		if !ok {
			continue
		}
		return hasAnySuffix16b(stem, "发展", "开办", "开设", "经营", "兴办", "建设", "打造")
	}
	return false
}

// negationKind16b: 非煤矿…/非金属矿… after a count's classifier (12家非煤矿).
func negationKind16b(s, before string) bool {
	rest, ok := strings.CutPrefix(s, "家")
	if !ok {
		if !strings.HasPrefix(s, "非") {
			return false
		}
		rest = s
	} else if r, _ := utf8.DecodeLastRuneInString(before); !(r >= '0' && r <= '9') && !strings.ContainsRune("一二三四五六七八九十百千两几多", r) {
		return false
	}
	return hasAnyPrefix16b(rest, "非煤", "非金属")
}

// deptTailFront16b: an ORG whose first characters are a department's last
// character and a preposition (局为, 委向, 办对), with the department's
// name before it, cut to the body after the preposition.
func deptTailFront16b(f Finding, before string) (Finding, bool) {
	r1, n1 := utf8.DecodeRuneInString(f.Text)
	if !strings.ContainsRune("局委办厅", r1) {
		return f, false
	}
	r2, n2 := utf8.DecodeRuneInString(f.Text[n1:])
	if !strings.ContainsRune("为向与对给同和", r2) {
		return f, false
	}
	if utf8.RuneCountInString(before) < 2 || !hasAnySuffix16b(before, "资源", "审批", "管理", "保障", "建设", "发展", "改革", "财政", "商务", "农业", "水利", "交通", "教育", "卫生", "住建", "民政", "统计", "税务", "审计") {
		return f, false
	}
	cut := n1 + n2
	if utf8.RuneCountInString(f.Text[cut:]) < 3 {
		return f, false
	}
	g := f
	g.Start += cut
	g.Text = f.Text[cut:]
	return g, true
}

func hasAnyPrefix16b(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix16b(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
