package anonymize

import "testing"

// speed7bFilters lists the bit sets of speed7b.go with the word sets they
// stand for and whether they hold the words' first (or last) characters.
var speed7bFilters = []struct {
	name  string
	bits  *runeBits
	set   map[string]bool
	first bool
}{
	{"townLevels14First", &townLevels14First, townLevels14, true},
	{"originWords14First", &originWords14First, originWords14, true},
	{"passWords14First", &passWords14First, passWords14, true},
	{"gluedPersonNouns14Last", &gluedPersonNouns14Last, gluedPersonNouns14, false},
	{"nationalModels13Last", &nationalModels13Last, nationalModels13, false},
}

// TestSpeed7bFilters checks that every word of each set passes its filter
// as the rules test it, so that a word added to a set after the filter was
// built (by an init function) cannot be skipped, and that a filter is no
// set of every character (which would make it useless).
func TestSpeed7bFilters(t *testing.T) {
	for _, f := range speed7bFilters {
		if len(f.set) == 0 {
			t.Errorf("%s: empty word set", f.name)
		}
		for w := range f.set {
			if f.first && !mayStart(f.bits, w) || !f.first && !mayEnd(f.bits, w) {
				t.Errorf("%s misses %q", f.name, w)
			}
		}
		if f.first && mayStart(f.bits, "的") || !f.first && mayEnd(f.bits, "的") {
			t.Errorf("%s lets 的 through", f.name)
		}
	}
}
