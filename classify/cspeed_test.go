package classify

import (
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeAt and the decoding inlined in cueIndex.scan must agree with
// utf8.DecodeRuneInString on every byte sequence, valid or not, so that
// the fast path never moves a cue hit.
func TestRuneAtAgreesWithUTF8(t *testing.T) {
	buf := make([]byte, 3)
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2 += 1 + 62*(b0&1) { // all third bytes for half the leads
				buf[0], buf[1], buf[2] = byte(b0), byte(b1), byte(b2)
				for n := 1; n <= 3; n++ {
					s := string(buf[:n])
					r, w := runeAt(s, 0)
					r2, w2 := utf8.DecodeRuneInString(s)
					if r != r2 || w != w2 {
						t.Fatalf("runeAt(% x) = %U,%d, utf8 says %U,%d", s, r, w, r2, w2)
					}
				}
			}
		}
	}
	// the hand-inlined copy in scan: a literal after invalid bytes is found
	// where utf8 decoding finds it
	x := newCueIndex([]string{"问题"}, []string{"\xef\xbc"})
	for _, s := range []string{"\xed\xa0\x80问题", "\xe0\x80问题", "问\xef\xbc问题", "\xef\xbc", "问题\xe4\xb8"} {
		want := [][2]int{}
		for i := 0; i < len(s); {
			if len(s[i:]) >= 6 && s[i:i+6] == "问题" {
				want = append(want, [2]int{i, i + 6})
				i += 6
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		got := x.scan(s)[0]
		if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("scan(%q) = %v, want %v", s, got, want)
		}
	}
}

// paraCues scans a paragraph once for the content cues and the feature
// marks: its feature sets must give exactly what featureMarks gives.
func TestParaCuesCarryFeatureMarks(t *testing.T) {
	texts := []string{testReport, "一是要加强领导，已经完成了任务。二是存在不足，会议强调：下一步将继续推进。",
		"据记者介绍，今年以来累计完成投资3亿元；但仍然存在短板和瓶颈问题。",
		"这些成绩的取得，得益于县委的坚强领导，是全县人民团结奋斗的结果。"}
	for _, p := range benchText() {
		texts = append(texts, p.Text)
	}
	for _, s := range texts {
		all := paraCues().scan(s)
		// (the thanks formula's set follows the four mark lists)
		if got, want := all[paraFeatureSet:paraFeatureSet+4], featureMarks().scan(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("feature marks of %q: paraCues %v, featureMarks %v", s, got, want)
		}
		if got, want := paragraphFeaturesOf(s, all[paraFeatureSet:paraFeatureSet+4]), paragraphFeatures(s, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("features of %q: %v, want %v", s, got, want)
		}
		if got, want := firstIn(all[paraFeatureSet+4], 0, len(s)), creditCue.find(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("thanks formula in %q: %v, want %v", s, got, want)
		}
		if got, want := paragraphFeaturesOf(s, all[paraFeatureSet:]), paragraphFeatures(s, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("features of %q: %v, want %v", s, got, want)
		}
	}
}

// refScan is cueIndex.scan as it was before the table and the
// second-character filter: literals by first rune in a map, longest first
// per set, each tried with strings.HasPrefix.
func refIndex(sets [][]string) map[rune][]cueLit {
	first := map[rune][]cueLit{}
	for k, lits := range sets {
		for _, l := range lits {
			if l == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(l)
			first[r] = append(first[r], cueLit{set: k, s: l})
		}
	}
	for _, ls := range first {
		sort.SliceStable(ls, func(i, j int) bool { return len(ls[i].s) > len(ls[j].s) })
	}
	return first
}

func refScan(first map[rune][]cueLit, n int, text string) [][][2]int {
	out := make([][][2]int, n)
	next := make([]int, n)
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		for _, l := range first[r] {
			if next[l.set] <= i && strings.HasPrefix(text[i:], l.s) {
				out[l.set] = append(out[l.set], [2]int{i, i + len(l.s)})
				next[l.set] = i + len(l.s)
			}
		}
		i += w
	}
	return out
}

// The cue scan finds what the plain scan finds, on the report texts, on
// texts cut anywhere (a cue cut short at the end must not match) and on
// random mixes of cue pieces and broken bytes.
func TestScanAgreesWithPlainScan(t *testing.T) {
	sets := paraCueSets()
	x := paraCues()
	ref := refIndex(sets)
	var texts []string
	for _, p := range benchText() {
		texts = append(texts, p.Text)
	}
	rng := rand.New(rand.NewSource(2))
	var pieces []string
	for _, set := range sets {
		for _, l := range set {
			pieces = append(pieces, l, l[:len(l)-1], l[:(len(l)+1)/2])
		}
	}
	pieces = append(pieces, "\xe4", "\xb8", "，", "1", " ")
	for k := 0; k < 5000; k++ {
		var sb strings.Builder
		for n := rng.Intn(8); n >= 0; n-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		for _, cut := range []int{len(s), len(s) - 1, len(s) - 2, len(s) - 4} {
			if cut < 0 {
				continue
			}
			got, want := x.scan(s[:cut]), refScan(ref, len(sets), s[:cut])
			for k := range want {
				if len(got[k])+len(want[k]) > 0 && !reflect.DeepEqual(got[k], want[k]) {
					t.Fatalf("set %d of %q: scan %v, plain scan %v", k, s[:cut], got[k], want[k])
				}
			}
		}
	}
}
