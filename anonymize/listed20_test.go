package anonymize

import (
	"sort"
	"strings"
	"testing"
)

// TestListedSiblingsRow: a class of list is one row of the listed-sibling
// reader: a made-up row for bays (…湾) reads the sibling before and after a
// masked bay across the row's marks, and its guard's verdicts decide (a
// stem its guard stops yields nothing; one it passes over lets the next
// length be tried).
func TestListedSiblingsRow(t *testing.T) {
	bay := listClass{
		evidence: "bay-test",
		cues:     []string{"、", "和"},
		marks:    "、和",
		kindOf: func(tt *tokText, f Finding) (string, int, int) {
			if f.Type != LOCATION || !strings.HasSuffix(f.Text, "湾") {
				return "", -1, -1
			}
			return "湾", tt.runeAt(f.Start), tt.runeAt(f.End)
		},
	}
	guard := func(tt *tokText, fs []Finding, kind string, s, e, end int) listStep {
		switch tt.sub(s, e) {
		case "各戊":
			return listStop // (a made-up stop)
		case "戊己":
			return listNext // (a made-up word)
		}
		return listTake
	}
	bay.before = listSide{2, 3, guard}
	bay.after = listSide{2, 4, guard}
	read := func(text, masked string) string {
		tt := newTokText(testSeg(t), text)
		s := strings.Index(text, masked)
		fs := []Finding{{Type: LOCATION, Text: masked, Start: s, End: s + len(masked), Evidence: "test", Score: 5}}
		var got []string
		for _, f := range listedSiblings(tt, fs, &bay) {
			if f.Evidence != "test" {
				got = append(got, f.Text+" "+f.Evidence)
			}
		}
		sort.Strings(got)
		return strings.Join(got, "|")
	}
	for _, c := range []struct{ text, masked, want string }{
		{"甲乙湾、丙丁湾和庚辛壬湾整治完成。", "丙丁湾", "庚辛壬湾 bay-test:湾|甲乙湾 bay-test:湾"},
		{"丙丁湾和戊己湾庚湾整治完成。", "丙丁湾", "戊己湾庚湾 bay-test:湾"}, // listNext: the next length
		{"丙丁湾和各戊湾己湾整治完成。", "丙丁湾", ""},                 // listStop: no longer one
		{"丙丁湾岸线整治完成。", "丙丁湾", ""},                     // no mark
	} {
		if got := read(c.text, c.masked); got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
