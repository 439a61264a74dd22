package outline

import (
	"strings"
	"testing"

	"huibao/classify/devset"
)

// parseEvery is Parse trying every pattern in turn, as it did before
// candidates: the reference the fast path must agree with.
func parseEvery(s string) (Marker, bool) {
	s = strings.TrimSpace(s)
	if !maybeMarker(s) {
		return Marker{}, false
	}
	for _, p := range patterns {
		if m := p.re.FindStringSubmatch(s); m != nil {
			prefix := m[1]
			if p.style == ArabicDot || p.style == ChineseDot {
				if i := strings.IndexAny(prefix, ".．、"); i >= 0 {
					_, n := firstRune(prefix[i:])
					prefix = prefix[:i+n]
				}
			}
			return Marker{Style: p.style, Level: p.level, Prefix: prefix, Rest: strings.TrimSpace(s[len(prefix):])}, true
		}
	}
	return Marker{}, false
}

// TestCandidatesKeepParse checks Parse against trying every pattern on
// made-up openings of every style, near misses, and the lines of the
// report sets (../shared and testdata) when present.
func TestCandidatesKeepParse(t *testing.T) {
	heads := []string{"一、", "十二、", "一 、", "一\t，", "一,", "一.", "二．", "三.5", "一是", "其一是", "另一方面，", "一方面 ，", "两要", "一年来",
		"（一）", "(二)", "（ 三 ）、", "（1）", "( 12 )", "(123)", "（a）", "1.", "1、", "12 .", "123.", "1.5亿元", "3)", "12）", "2023年",
		"㈠", "㈢、", "⑴", "⒇.", "①", "⑳", "第一，", "第十二：", "第一次", "首先，", "其次", "再次、", "最后：", "最近", "其他", "另外",
		"百", "零、", "〇.", "一\n、", "一\r,", "(", "（", "1", "一", "其", "第", "　一、", "1 2.", "1\f)", "一二三四五六七八九十百零〇两、"}
	tails := []string{"", "主要工作成效", " 加强领导。今年以来，全县完成投资3亿元。", "5亿元", ".", "是", "要", "方面，"}
	var lines []string
	for _, h := range heads {
		for _, tl := range tails {
			lines = append(lines, h+tl)
		}
	}
	more, err := devset.Lines("../shared/data/reports-dev/docs/*.txt", "classify/testdata/own*/docs/*.txt", "testdata/quantities-own*/docs/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, more...)
	matched := 0
	for _, l := range lines {
		got, ok := Parse(l)
		want, wok := parseEvery(l)
		if got != want || ok != wok {
			t.Errorf("Parse(%q) = %+v %v, every pattern gives %+v %v", l, got, ok, want, wok)
		}
		if ok {
			matched++
		}
	}
	if matched < 100 {
		t.Errorf("only %d of %d lines numbered: the check saw too few markers", matched, len(lines))
	}
}
