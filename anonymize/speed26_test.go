package anonymize

import (
	"slices"
	"testing"
)

// TestFeatureEndMemo26: featureEnd22 through speed26's memo answers as the
// gazetteer loop does, asked at every position of a text three times (as
// features15, gluedFeatures18c and sitesBeforeBodies18w ask it), from the
// end backwards the second time, on pooled tokTexts that served a text of
// another length and of the same length before.
func TestFeatureEndMemo26(t *testing.T) {
	seg := testSeg(t)
	g := featureGazetteer15()
	pieces := slices.Concat(speed15Pieces, []string{"流经", "景区", "河", "江", "山", "湖", "岛", "水", "\xe6\xb2", "𠀀"})
	k := 0
	for name := range g.kind {
		if k++; k > 300 {
			break
		}
		rs := []rune(name)
		pieces = append(pieces, name, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed20TextsN(t, 26, 3000, 20, pieces, func(text string) {
		for range 2 { // the second tokText is a pooled one of the same length
			tt := newTokText(seg, text)
			n := len(tt.runes)
			for pass := range 3 {
				for i := 0; i+1 < n; i++ {
					s := i
					if pass == 1 {
						s = n - 2 - i
					}
					got, want := featureEnd22(tt, g, s), featureEndRef15(tt, g, s)
					if got != want {
						t.Fatalf("%q at %d (pass %d): featureEnd22 %d, the loop %d", text, s, pass, got, want)
					}
					if want > 0 && pass == 0 {
						yes++
					}
				}
			}
			tt.release()
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}
