package anonymize

import (
	"maps"
	"reflect"
	"slices"
	"testing"
)

// framedNamesRef20p is framedNames20p before speed30 (the reference):
// surnameAny15 and the stop sets asked at every Han character before the
// frame.
func framedNamesRef20p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	l := getLexicon()
	var out []Finding
	for j := 2; j+3 < n; j++ {
		e := j + 3
		if !isHan(rs[j]) || !surnameAny15(l, rs[j]) || nameStops19.has(rs[j]) || firstStops19.has(rs[j]) {
			continue
		}
		host := hostBefore20p(tt, j)
		if !host && !roleBefore19(tt, j) {
			continue
		}
		if !(workVerbAt19(tt, e) || rs[e] == '在' || !host && countTail20p(tt, e)) {
			continue
		}
		if !looseName14x(tt, j, e, true) || nameStops19.has(rs[j+1]) || nameStops19.has(rs[j+2]) {
			continue
		}
		w := tt.sub(j, e)
		if l.common[w] || roleTails19[w] || roleNot19[w] || overlapsSure18w(fs, tt.off[j], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[j], End: tt.off[e], Evidence: "framed20p", Score: 3})
	}
	return out
}

// TestFramedNames30: framedNames20p, gated on the characters beside the
// name, finds what it found before speed30 in the development texts and
// in random texts of hosts, roles, surnames, given names, verbs and counts.
func TestFramedNames30(t *testing.T) {
	seg := testSeg(t)
	pieces := append([]string{"民宿主人", "客栈掌柜", "农家乐主人", "主人翁", "技术员", "小伙", "高级农艺师", "歌师", "村民",
		"原", "向", "龙", "程", "王", "李", "卫平", "秋水", "建国", "春桃", "明", "在", "等", "42", "十余", "名", "位", "人",
		"返乡", "获评", "创办", "因", "说，", "，", "。", "\xff", "𠀀", "a"}, roles34...)
	yes := 0
	speed20Texts(t, 30, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := framedNames20p(tt, nil), framedNamesRef20p(tt, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v, want %v", text, got, want)
		}
		yes += len(want)
	})
	if yes < 200 {
		t.Fatalf("only %d framed names: the test does not test", yes)
	}
}

// TestFeatureEnd30: featureEndAt30 answers as featureEndAt22 at every
// position of the development texts and of random texts of the
// gazetteer's names, their first characters and their pieces.
func TestFeatureEnd30(t *testing.T) {
	seg := testSeg(t)
	g := featureGazetteer15()
	names := slices.Sorted(maps.Keys(g.kind))
	pieces := []string{"流经", "水库", "山", "河", "，", "、", "\xff", "𠀀", "a", "12"}
	for i, w := range names {
		if i%7 == 0 {
			rs := []rune(w)
			pieces = append(pieces, w, string(rs[:2]), string(rs[1:]))
		}
	}
	yes := 0
	speed20Texts(t, 31, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := 0; s+1 < len(tt.runes); s++ {
			got, want := featureEndAt30(tt, g, s), featureEndAt22(tt, g, s)
			if got != want {
				t.Fatalf("%q at %d: %d, want %d", text, s, got, want)
			}
			if want > 0 {
				yes++
			}
		}
	})
	if yes < 10000 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}
