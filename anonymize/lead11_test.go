package anonymize

import "testing"

// TestEthnicTownshipShortForms: an ethnic township's or town's short form
// drops its peoples, as an autonomous county's does, so the short form a
// report writes alone is known (户撒 of 户撒阿昌族乡).
func TestEthnicTownshipShortForms(t *testing.T) {
	for name, want := range map[string]string{
		"户撒阿昌族乡":     "户撒",
		"鸡场苗族彝族布依族乡": "鸡场",
		"红星回族镇":      "红星",
		"长阳土家族自治县":   "长阳",
		"城关镇":        "城关",
	} {
		if got := shortPlace(name); got != want {
			t.Errorf("shortPlace(%s) = %q, want %q", name, got, want)
		}
	}
}

// TestEthnicTownshipShortFormMasked: the short form written alone after
// the full name is masked too.
func TestEthnicTownshipShortFormMasked(t *testing.T) {
	got := maskedText(t, []string{"去年，我县在户撒阿昌族乡新建茶叶加工厂一座。户撒的刀具远近闻名，户撒群众人均收入增长8%。"})
	checkMasked(t, got, []string{"户撒"}, []string{"茶叶加工厂", "刀具远近闻名"})
}
