package leakcheck

import (
	"strconv"
	"strings"
	"testing"
)

func TestDigitWindow(t *testing.T) {
	for _, c := range []struct {
		id   string
		want string
	}{
		{"13859471026", "38594710"},
		{"QQ206157066", "06157066"},
		{"138 5947 1026", "38594710"},
		{"0598-7654321", "59876543"}, // eleven digits, joined across the dash
		{"12345678", ""},
		{"无数字", ""},
	} {
		got := strings.Join(DigitWindow(c.id), ",")
		if got != c.want {
			t.Errorf("DigitWindow(%q) = %q, want %q", c.id, got, c.want)
		}
	}
	// the window is found in the number printed as a float
	f := strconv.FormatFloat(13859471026, 'g', -1, 64)
	if w := DigitWindow("13859471026"); !strings.Contains(strings.ReplaceAll(f, ".", ""), w[0]) {
		t.Errorf("window %q not in %q", w[0], f)
	}
}
