package anonymize

import "testing"

// TestRoleGluedNames17late: a name in the preposition 于 after a farmer's
// role whose given name gojieba glued to the verb after it is masked; the
// role before a verb or a preposition and a time stays.
func TestRoleGluedNames17late(t *testing.T) {
	got := maskedText(t, []string{
		"村种粮大户于得海流转土地。",
		"种植大户于得来流转土地。",
	})
	checkMasked(t, got, []string{"于得海", "于得来"}, []string{"流转土地"})
	kept := maskedText(t, []string{
		"镇党委副书记在会上讲话。",
		"养殖大户通过合作社流转土地。",
	})
	checkMasked(t, kept, nil, []string{"副书记在会上讲话", "养殖大户通过合作社流转土地"})
}
