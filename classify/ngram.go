package classify

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Character n-grams beside gojieba words: a paragraph's lead read as runs
// of Chinese characters (digits and masks folded into one '0'), cut into
// overlapping pairs and triples. They carry what a segmentation may hide
// (已建|成 vs 将|建成, a new word gojieba splits), and unseen words still
// share characters with words seen in training.

// gramPrefix marks an n-gram token in a Model's weights ("~已建").
const gramPrefix = "~"

// NgramMin and NgramMax are the lengths of the character n-grams the
// model reads.
const (
	NgramMin = 2
	NgramMax = 2
)

// gramRune folds a rune for n-grams: Chinese characters stay, digits and
// masks become '0', anything else (punctuation, Latin, spaces) ends a run.
func gramRune(r rune) (rune, bool) {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return r, true
	case r >= '0' && r <= '9', r >= '０' && r <= '９', r == '×', r == 'x', r == 'X', r == '%', r == '％', r == '.':
		return '0', true
	}
	return 0, false
}

// gramKey packs up to three runes (each < 2^21) into one map key.
func gramKey(rs []rune) uint64 {
	var k uint64
	for _, r := range rs {
		k = k<<21 | uint64(r)
	}
	return k // the length shows in the packing: no folded rune is 0
}

// gramVisit calls f for every character n-gram of text (the folded runes,
// at the byte offset of their first rune), in order of position.
func gramVisit(text string, f func(at int, rs []rune)) {
	var buf [NgramMax]rune
	var pos [NgramMax]int
	n := 0
	for i, r := range text {
		g, ok := gramRune(r)
		if !ok {
			n = 0
			continue
		}
		if g == '0' && n > 0 && buf[(n-1)%NgramMax] == '0' {
			continue // a run of digits is one '0'
		}
		buf[n%NgramMax], pos[n%NgramMax] = g, i
		n++
		for l := NgramMin; l <= NgramMax && l <= n; l++ {
			var rs [NgramMax]rune
			for j := 0; j < l; j++ {
				rs[j] = buf[(n-l+j)%NgramMax]
			}
			f(pos[(n-l)%NgramMax], rs[:l])
		}
	}
}

// Ngrams returns the character n-gram tokens of text, as the model names
// them ("~已建", "~增长0").
func Ngrams(text string) []string {
	var out []string
	gramVisit(text, func(_ int, rs []rune) {
		out = append(out, gramPrefix+string(rs))
	})
	return out
}

// gramTable is a Model's n-gram weights keyed by packed runes, so that
// labelling looks them up without building strings.
type gramTable map[uint64][4]float64

func (m *Model) grams() gramTable {
	m.gramOnce.Do(func() {
		t := gramTable{}
		for k, w := range m.Weights {
			if !strings.HasPrefix(k, gramPrefix) {
				continue
			}
			s := k[len(gramPrefix):]
			rs := make([]rune, 0, NgramMax)
			for _, r := range s {
				rs = append(rs, r)
			}
			if len(rs) < NgramMin || len(rs) > NgramMax || utf8.RuneCountInString(s) != len(rs) {
				continue
			}
			t[gramKey(rs)] = w
		}
		m.gramTab = t
	})
	return m.gramTab
}

// gramHits returns the known n-grams of text with their weights, as
// paragraph features at their byte offsets.
func (m *Model) gramHits(text string) ([]int, [][4]float64) {
	t := m.grams()
	if len(t) == 0 {
		return nil, nil
	}
	var at []int
	var ws [][4]float64
	gramVisit(text, func(p int, rs []rune) {
		if w, ok := t[gramKey(rs)]; ok {
			at = append(at, p)
			ws = append(ws, w)
		}
	})
	return at, ws
}

// gramState lets a Model built by hand or by json.Unmarshal compute its
// n-gram table once.
type gramState struct {
	gramOnce sync.Once
	gramTab  gramTable
}
