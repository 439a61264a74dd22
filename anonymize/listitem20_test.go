package anonymize

import "testing"

// TestListItemStopsAtVerb: the first item of a list of places, read back
// into its clause, stops after a verb or a word gojieba does not know
// (包保, tag x) when the words after it are a whole place (东风村): the
// verb stays readable and the places are masked.
func TestListItemStopsAtVerb(t *testing.T) {
	got := maskedText(t, []string{
		"两名驻村干部分别包保东风村、向阳村、红星村，完成改良。",
		"分别包保东风村、红旗村和高桥镇",
	})
	checkMasked(t, got, []string{"东风村", "向阳村", "红星村", "红旗村", "高桥镇"},
		[]string{"分别包保", "驻村干部"})
}
