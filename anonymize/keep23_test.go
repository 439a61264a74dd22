package anonymize

import (
	"strings"
	"testing"
)

// TestCountrysideAfterVerb: a verb and a word for the countryside in
// general (扎根山村, 走进乡村, 服务农村, 深入基层) name no place, whoever read
// them as one; a named village after the same verbs stays masked.
func TestCountrysideAfterVerb(t *testing.T) {
	got := maskedText(t, []string{
		"乡村医生刘某扎根山村三十年，守护群众健康。",
		"组织专家走进乡村开展义诊，引导人才服务农村、深入基层。",
		"工作队走进红岩村、扎根黄泥塘村，帮助发展产业。",
	})
	checkMasked(t, got, []string{"红岩村", "黄泥塘"}, []string{"扎根山村", "走进乡村", "服务农村", "深入基层"})
}

// TestCountrysideAt23 reads the rule itself on findings placed by hand:
// which spans it calls an ordinary phrase.
func TestCountrysideAt23(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text, span string
		ordinary   bool
	}{
		{"青竹村卫生室村医扎根山村20年。", "扎根山村", true},
		{"青竹村卫生室村医扎根山村20年。", "山村", true},
		{"医疗队走进乡村开展义诊。", "走进乡村", true},
		{"医疗队走进乡村开展义诊。", "进乡村", true},
		{"鼓励青年服务农村。", "服务农村", true},
		{"工作队走进龙山村调研。", "龙山村", false},     // a named village
		{"工作队走进龙山村调研。", "走进龙山村", false},   // a named village with its verb
		{"村医扎根山村20年。", "村医扎根山村", false},   // reaches before the verb
		{"同志们扎根山村小学任教。", "扎根山村小学", false}, // goes on past the word
		{"振兴乡村民议事会成立。", "振兴乡", false},     // a township, no countryside word
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		if b < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		f := Finding{Type: LOCATION, Text: c.span, Start: b, End: b + len(c.span)}
		if got := countrysideAt23(tt, f); got != c.ordinary {
			t.Errorf("%q in %q: ordinary %v, want %v", c.span, c.text, got, c.ordinary)
		}
	}
}
