package anonymize

import "strings"

// This file holds the one reader of listed siblings (listedSiblings): a
// masked place of some kind stands in a list (、和及与), and the item right
// before or after it is a stem and the same kind, so that item names a
// place of that kind too, however ordinary its stem (X村五组、|六组,
// 〔X镇〕和|甲乙镇, 甲乙各庄乡、|〔X乡〕). Each class of list is one row
// (listClass): the kinds and how a masked item shows its kind, the stem
// lengths tried on each side and the guards of the sibling's stem. The
// rounds read their rows where they run: place19 reads listedGroups19,
// late19l reads listedDivisions19l. The next class of list is a new row,
// read where its round runs.
//
// (The older list-item reading of anonymize.go, listItems, is another
// mechanism: it splits a clause at 、 and spaces and types the items of
// two to five characters by the exactly found items among them, before
// the keep filters run.)

// listStep is a guard's verdict on one candidate sibling.
type listStep int

const (
	listTake listStep = iota // the stem and its kind are the sibling
	listNext                 // not this stem: try the next length
	listStop                 // no sibling on this side of the item
)

// listSide is one side of a masked item in a list class: the stem lengths
// tried (shortest first after the item, longest first before it) and the
// guard of one candidate, runes s..e the stem and end the kind's end.
// A nil guard reads no sibling on that side.
type listSide struct {
	lo, hi int
	guard  func(tt *tokText, fs []Finding, kind string, s, e, end int) listStep
}

// listClass is one row of the listed-sibling reader (see the file comment).
type listClass struct {
	evidence string   // the siblings' evidence; ":" and the kind follow
	cues     []string // the reader runs only when the text may hold one of these marks
	marks    string   // the marks between the items
	// kindOf returns the kind of place the masked finding f shows, the rune
	// f starts at and the rune after the kind; "" when f is no item of the class.
	kindOf        func(tt *tokText, f Finding) (kind string, start, after int)
	before, after listSide
}

// mayHold reports whether tt may hold one of the class's cue marks.
func (c *listClass) mayHold(tt *tokText) bool {
	for _, m := range c.cues {
		if tt.mayContain(m) {
			return true
		}
	}
	return false
}

// listedSiblings adds the siblings of class c's masked items (see the file
// comment): for every item, the one before it (stem, kind, mark) and the one
// after it (mark, stem, kind) that c's guards take.
func listedSiblings(tt *tokText, fs []Finding, c *listClass) []Finding {
	if !c.mayHold(tt) {
		return fs
	}
	var add []Finding
	n := len(tt.runes)
	for _, f := range fs {
		kind, start, after := c.kindOf(tt, f)
		if kind == "" {
			continue
		}
		kl := runeLen(kind)
		// before: stem+kind, a mark, then f (甲乙各庄乡、|〔X乡〕)
		if g := c.before.guard; g != nil {
			if m := start - 1; m-kl >= c.before.lo && strings.ContainsRune(c.marks, tt.runes[m]) && tt.sub(m-kl, m) == kind {
				e := m - kl
				for ln := c.before.hi; ln >= c.before.lo; ln-- {
					s := e - ln
					if s < 0 {
						continue
					}
					if v := g(tt, fs, kind, s, e, m); v == listTake {
						add = append(add, found19(tt, LOCATION, s, m, c.evidence+":"+kind))
						break
					} else if v == listStop {
						break
					}
				}
			}
		}
		// after: f, a mark, then stem+kind (〔X镇〕和|甲乙镇, X村五组、|六组)
		if g := c.after.guard; g != nil && after >= 0 && after < n && strings.ContainsRune(c.marks, tt.runes[after]) {
			s := after + 1
			for ln := c.after.lo; ln <= c.after.hi && s+ln < n; ln++ {
				if !strings.HasPrefix(tt.text[tt.off[s+ln]:], kind) {
					continue
				}
				end := s + ln + kl
				if v := g(tt, fs, kind, s, s+ln, end); v == listTake {
					add = append(add, found19(tt, LOCATION, s, end, c.evidence+":"+kind))
					break
				} else if v == listStop {
					break
				}
			}
		}
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}
