package anonymize

import (
	"math/rand/v2"
	"testing"
)

// The trigger classes of a text are exactly its trigger characters
// (trigMask), the upper half of its class mask, and a character above the
// Basic Multilingual Plane sets none of them.
func TestSpeed9aTriggerClasses(t *testing.T) {
	if rcRen != charClass(trigRen)<<32 || rcDi != 1<<32 {
		t.Fatal("the trigger classes do not follow the trigger bits")
	}
	rng := rand.New(rand.NewPCG(9, 1))
	pool := []rune(trigChars + "张三李四县镇乡的了，。、abc😀𠀋\uFFFD")
	for k := 0; k < 500; k++ {
		rs := make([]rune, rng.IntN(14))
		for i := range rs {
			rs[i] = pool[rng.IntN(len(pool))]
		}
		tt := newTokText(nil, string(rs))
		want := trigMask(tt.runes)
		if got := uint32(tt.runeCls >> 32); got != want || tt.trig != want {
			t.Fatalf("%q: trigger classes %b, trig %b, want %b", string(rs), got, tt.trig, want)
		}
		tt.release()
	}
}
