package anonymize

import (
	"strings"
	"testing"
)

// TestFragmentEdgesMasked: a string cut out of a paragraph (a quantity's
// subject starting inside a company name, a clause ending inside a place)
// shows no readable piece of the entity, while one character at an edge and
// ordinary fragments, and strings that only look like an entity's edge but
// were not cut from it (松茶业务, 参观白水), stay as they are.
func TestFragmentEdgesMasked(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	para := "引进广东青松茶业有限公司投资1.8亿元，张德明到白水河镇调研。"
	red := a.Analyze([]string{para})
	if got := red.Apply(para); strings.Contains(got, "青松") || strings.Contains(got, "张德明") {
		t.Fatalf("paragraph not masked: %s", got)
	}
	for _, c := range []struct{ in, gone, kept string }{
		{"青松茶业有限公司投资", "青松", "投资"},
		{"茶业有限公司投资", "茶业", "投资"},
		{"德明到", "德明", "到"},
		{"张德明到白水", "白水", "到"},
	} {
		got := red.Apply(c.in)
		if strings.Contains(got, c.gone) || !strings.Contains(got, c.kept) {
			t.Errorf("Apply(%q) = %q: want %q masked and %q kept", c.in, got, c.gone, c.kept)
		}
	}
	for _, s := range []string{"司投资", "投资1.8亿元", "全县乡村振兴", "松茶业务培训", "参观白水"} {
		if got := red.Apply(s); got != s {
			t.Errorf("Apply(%q) = %q: want it unchanged", s, got)
		}
	}
}
