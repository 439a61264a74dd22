package anonymize

import "testing"

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
