package anonymize

import (
	"testing"
)

// TestToponymKindCutShort runs the whole analysis over sentences in which
// gojieba cuts a kind word of the toponym recognizer shorter than the kind
// and glues its tail to the next word (小|区内, 故|居民, 老|街上, 国控断|面前):
// the recognizer once sliced such a text backwards and panicked. Every kind
// is tried before a set of characters that form words with its tail, after
// a stem and after a pronoun.
func TestToponymKindCutShort(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	for _, s := range []string{"他们小区内都好。", "他们故居民都好。", "他们老街上都好。", "他们国控断面前都好。", "张家小区内的道路已硬化。"} {
		if got := a.Analyze([]string{s}).Apply(s); got == "" {
			t.Errorf("%s: empty output", s)
		}
	}
	var kinds []string
	for k := range toponymKinds {
		kinds = append(kinds, k)
	}
	next := []rune("长子民生内外上下中前后期间区面场地所人员工作业主要口头")
	for _, k := range kinds {
		for _, x := range next {
			for _, s := range []string{"他们" + k + string(x) + "都好。", "红星" + k + string(x) + "都好。"} {
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("%s: panic %v", s, p)
						}
					}()
					a.Analyze([]string{s}).Apply(s)
				}()
			}
		}
	}
}
