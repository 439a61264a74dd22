package anonymize

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteNERErrors lists, sentence by sentence, the gold spans of type t not
// masked exactly as t ("!" when still readable, "~" when masked some other
// way) and the spans masked as t that are not gold ("+", with the evidence
// that fired), then a tally of exact and false spans per evidence kind. It
// prints the sentences' own text: use it on development files only, never
// on reports or on the files a result is measured on.
func WriteNERErrors(w io.Writer, an *Anonymizer, sents []NERSentence, t Type) {
	tally := map[string][2]int{} // evidence kind → exact, false spans
	for _, s := range sents {
		writeSentenceErrors(w, an, s, t, tally)
	}
	WriteErrorTally(w, tally)
}

// WriteErrorTally prints a tally of exact / false spans per evidence kind,
// most false spans first.
func WriteErrorTally(w io.Writer, tally map[string][2]int) {
	var kinds []string
	for k := range tally {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if tally[kinds[i]][1] != tally[kinds[j]][1] {
			return tally[kinds[i]][1] > tally[kinds[j]][1]
		}
		return kinds[i] < kinds[j]
	})
	fmt.Fprintln(w, "# evidence: exact / false spans")
	for _, k := range kinds {
		fmt.Fprintf(w, "# %s: %d / %d\n", k, tally[k][0], tally[k][1])
	}
}

// writeSentenceErrors prints the errors of one sentence and adds its
// predicted spans of type t to the tally.
func writeSentenceErrors(w io.Writer, an *Anonymizer, s NERSentence, t Type, tally map[string][2]int) {
	red := an.Analyze([]string{s.Text})
	pred := map[Span]bool{}
	var predT []Span
	masked := make([]bool, len(s.Text)+1)
	for _, p := range red.Spans(s.Text) {
		for k := p.Start; k < p.End; k++ {
			masked[k] = true
		}
		pred[p] = true
		if p.Type == t {
			predT = append(predT, p)
		}
	}
	gold := map[Span]bool{}
	var lines []string
	for _, g := range s.Gold {
		gold[g] = true
		if g.Type == t && !pred[g] {
			n, m := 0, 0
			for k := range s.Text[g.Start:g.End] {
				n++
				if masked[g.Start+k] {
					m++
				}
			}
			mark := "~ " // masked, but not as exactly this span
			if 2*m < n {
				mark = "! " // still readable
			}
			lines = append(lines, mark+s.Text[g.Start:g.End])
		}
	}
	evidence := map[string]string{}
	for _, a := range red.Audit() {
		evidence[a.Text] = a.Evidence
	}
	for _, p := range predT {
		x := s.Text[p.Start:p.End]
		k := evidenceKind(evidence[x])
		if gold[p] {
			tally[k] = [2]int{tally[k][0] + 1, tally[k][1]}
		} else {
			tally[k] = [2]int{tally[k][0], tally[k][1] + 1}
			lines = append(lines, "+ "+x+" ("+evidence[x]+")")
		}
	}
	if len(lines) > 0 {
		fmt.Fprintf(w, "%s\n\t%s\n", strings.Join(lines, "  "), s.Text)
	}
}

// evidenceKind drops the words quoted in an evidence string (role-before:记者
// → role-before), so spans can be tallied by the rules that fired.
func evidenceKind(ev string) string {
	parts := strings.Split(ev, ",")
	for i, p := range parts {
		if k, _, ok := strings.Cut(p, ":"); ok && k != "jieba" {
			parts[i] = k
		}
	}
	return strings.Join(parts, ",")
}
