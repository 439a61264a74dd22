package anonymize

import (
	"strings"
	"testing"
)

// TestSigAny28 checks that the per-text memo gives the answer of the list's
// own test, asked again and for a new text from the pool after release.
func TestSigAny28(t *testing.T) {
	seg := testSeg(t)
	for _, text := range []string{
		"石河村引进西门塔尔育肥牛八十头。",
		"白裤瑶村寨举办民俗展演。",
		"柳林镇完成道路硬化三公里。",
	} {
		tt := newTokText(seg, text)
		for k := 0; k < 2; k++ {
			if got, want := tt.sigAny28(sigBreeds28, transBreedsSig20), transBreedsSig20.any(tt); got != want {
				t.Errorf("%s: breeds %v, want %v", text, got, want)
			}
			if got, want := tt.sigAny28(sigBranches28, ethnicBranchesSig20), ethnicBranchesSig20.any(tt); got != want {
				t.Errorf("%s: branches %v, want %v", text, got, want)
			}
		}
		tt.release()
	}
}

// TestTourPhrase28 checks tourPhrase28 against tourPhrase16 on every span
// of a few texts, a route verb's finding and a text that is not UTF-8
// among them.
func TestTourPhrase28(t *testing.T) {
	seg := testSeg(t)
	for _, text := range []string{
		"游客经智慧景区前往非遗工坊参观。",
		"青溪镇打造乡村旅游精品线路和研学基地。",
		"红色旅游景区接待游客十万人次。",
		"到网红打卡点\xff休闲农庄",
	} {
		tt := newTokText(seg, text)
		n := 0
		for s := 0; s < len(text); s++ {
			for e := s + 1; e <= len(text); e++ {
				f := Finding{Type: LOCATION, Text: text[s:e], Start: s, End: e}
				got, want := tourPhrase28(tt, f), tourPhrase16(text, f)
				if got != want {
					t.Errorf("%q [%d,%d): %v, want %v", text, s, e, got, want)
				}
				if want {
					n++
				}
			}
		}
		if n == 0 && !strings.Contains(text, "\xff") {
			t.Errorf("%q: no tourism phrase found, the test tests nothing", text)
		}
		tt.release()
	}
}
