package anonymize

import "testing"

// TestScoreFloorSame checks the bound of round speed9b: for every span
// the person scorer may score in the test texts, scorePersonEvFloor
// either answers exactly as scorePersonEv or leaves out a span that
// scorePersonEv rejects too or scores below the floor.
func TestScoreFloorSame(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	if len(texts) > 4000 {
		texts = texts[:4000]
	}
	floors := []float64{-10, -4, -3.2, 0, 0.5, 3}
	spans, left := 0, 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		n := len(tt.runes)
		for s := 0; s < n; s++ {
			for sl := 1; sl <= 2; sl++ {
				for e := s + sl + 1; e <= min(s+sl+2, n); e++ {
					sc, ev, ok := scorePersonEv(tt, s, sl, e)
					for _, fl := range floors {
						spans++
						fsc, fev, fok := scorePersonEvFloor(tt, s, sl, e, fl)
						if fok {
							if !ok || fsc != sc || fev != ev {
								t.Fatalf("%q [%d,%d) sl %d floor %v: got %v %v %v, want %v %v %v", text, s, e, sl, fl, fsc, fev, fok, sc, ev, ok)
							}
							continue
						}
						if ok && sc >= fl {
							t.Fatalf("%q [%d,%d) sl %d floor %v: left out a span scoring %v", text, s, e, sl, fl, sc)
						}
						if ok {
							left++
						}
					}
				}
			}
		}
		tt.release()
	}
	if left == 0 {
		t.Errorf("no span of %d left out: the bound never works", spans)
	}
	t.Logf("%d spans and floors, %d left out below the floor", spans, left)
}
