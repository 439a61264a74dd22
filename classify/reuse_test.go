package classify

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"huibao/segment"
)

// prepareInto on a paraEvidence left over from other paragraphs gives
// what prepare gives afresh (Analyze reuses one for all paragraphs).
func TestPrepareIntoReusesCleanly(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Skip(err)
	}
	c := &Classifier{Seg: seg, Model: Shipped(), Weights: DefaultWeights}
	in := append([]Input{{Text: ""}, {Text: "×××"}}, benchText()...)
	var pe paraEvidence
	for k := 0; k < 2; k++ { // twice: the second pass reuses long buffers for short paragraphs
		for _, p := range in {
			text := strings.TrimSpace(p.Text)
			words := seg.Cut(leadOf(text, MaxModelRunes))
			c.prepareInto(&pe, text, words)
			want := c.prepare(text, words)
			if !reflect.DeepEqual(&pe, want) {
				t.Fatalf("prepareInto(%q) differs from prepare", text)
			}
		}
	}
}

// The model evidence is written with strconv instead of fmt's %.2f: the
// two must agree on every probability (and on what a NaN would print).
func TestEvidenceFloatAsFmt(t *testing.T) {
	vals := []float64{0, 1, 0.005, 0.015, 0.125, 0.135, 0.994999, 0.995, 0.9999, math.NaN(), math.Inf(1)}
	for i := 0; i <= 100000; i++ {
		vals = append(vals, float64(i)/100000)
	}
	for _, v := range vals {
		if got, want := strconv.FormatFloat(v, 'f', 2, 64), fmt.Sprintf("%.2f", v); got != want {
			t.Fatalf("%v: strconv %q, fmt %q", v, got, want)
		}
	}
}
