package anonymize

import (
	"strings"
	"testing"
)

// rules16 are the chain rules of the *16.go files, in Analyze's order,
// each called on its own by FuzzRules16.
var rules16 = []struct {
	name string
	fn   func(*tokText, []Finding) []Finding
}{
	{"leaks16", leaks16}, {"ner16", ner16}, {"kind16", kind16}, {"fac16", fac16},
	{"tourSites16", tourSites16}, {"pers16", pers16}, {"roleNames16", roleNames16},
	{"persons16b", persons16b}, {"firmBrands16b", firmBrands16b}, {"quotedShops16b", quotedShops16b},
	{"place16b", place16b}, {"keep16b", keep16b}, {"keep16", keep16},
}

// FuzzRules16 feeds short and odd texts (an empty paragraph, one kind word,
// a one-character title, a text that starts with 县/镇/村, a lone bracket or
// quote) to Analyze and to each rule of the *16.go files on its own, with no
// findings and with the recognizers' findings: no input may panic or index
// out of range, and every finding must stay inside its text. The seeds run
// in go test; go test -run '^$' -fuzz FuzzRules16 -fuzztime 60s explores.
func FuzzRules16(f *testing.F) {
	for _, s := range []string{
		"", "\n", "\n\n", "县", "镇", "村", "乡", "节", "馆", "街", "家", "（", "）", "“", "”", "《", "》", "「", "·", "、",
		"县\n", "镇\n村", "县城", "村委", "镇上", "县里召开会议。", "镇党委", "村“", "县（", "“县", "（镇",
		"花海节", "戏台", "非遗馆", "古街", "景区", "灌区", "停车场", "协会", "家协会", "同志", "都要", "来我县",
		"任县委", "粤赣", "黄梅花海节", "十八梯", "市场", "电站", "法庭", "古城", "社区", "有限公司", "客栈",
		"甲\n县", "字\n镇上的同志都要到站上。", "题\n“", "题\n”（", "题\n（甲乙丙）", "抖音账号“”（）",
		"县委书记", "副河长", "调研组成员：", "成员：甲  乙", "　", "  ", "甲  乙", "·阿", "阿·",
		"…", "——", "县县县县", "村村", "镇、村、县", "等", "等乡镇", "X镇|", "\xff", "县\xff镇", "“”", "（）",
		"专家来我县", "邀请专家来我县指导。", "同志任镇", "湘鄂", "都来", "连", "越", "任",
	} {
		f.Add(s)
	}
	seg := testSeg(f)
	a := New(seg, nil, Placeholder)
	f.Fuzz(func(t *testing.T, in string) {
		paras := strings.Split(in, "\n")
		red := a.Analyze(paras)
		for _, p := range paras {
			_ = red.Apply(p)
		}
		for _, p := range paras {
			tt := newTokText(seg, p)
			var found []Finding
			found = append(found, findOrgs(tt)...)
			found = append(found, findPersons(tt)...)
			found = append(found, findLocations(tt)...)
			for _, r := range rules16 {
				for _, fs := range [][]Finding{nil, append([]Finding(nil), found...)} {
					for _, g := range r.fn(tt, fs) {
						if g.Start < 0 || g.End > len(p) || g.Start > g.End {
							t.Fatalf("%s: finding %q at [%d,%d) outside %q", r.name, g.Text, g.Start, g.End, p)
						}
					}
				}
			}
		}
	})
}
