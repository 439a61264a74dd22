package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bio writes an own BIO file: one sentence per entry, gold person spans
// given as [start, end) rune ranges.
func bio(t *testing.T, sents []string, persons [][][2]int) string {
	t.Helper()
	var b strings.Builder
	for i, s := range sents {
		rs := []rune(s)
		for j, r := range rs {
			tag := "O"
			for _, p := range persons[i] {
				if j == p[0] {
					tag = "B-PER"
				} else if j > p[0] && j < p[1] {
					tag = "I-PER"
				}
			}
			b.WriteString(string(r) + " " + tag + "\n")
		}
		b.WriteString("\n")
	}
	p := filepath.Join(t.TempDir(), "own.bio")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalNER(t *testing.T) {
	p := bio(t, []string{
		"县委书记王立新主持会议。",    // found
		"各地有阵雨或雷阵雨。",      // nothing to find
		"据介绍，这项工作由张三丰负责。", // gold name; the tool decides
	}, [][][2]int{{{4, 7}}, nil, {{9, 12}}})
	out := string(run(t, 0, "eval", "ner", p))
	if !strings.Contains(out, "3 sentences, policy strict") || !strings.Contains(out, "PERSON") {
		t.Fatalf("scores: %s", out)
	}
	var person []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) == 8 && f[0] == "PERSON" {
			person = f
		}
	}
	if person == nil || person[1] != "2" {
		t.Fatalf("PERSON row: %q in %s", person, out)
	}
	// --errors lists only misses and false spans, with the evidence tally
	errs := string(run(t, 0, "eval", "ner", "--errors", "person", p))
	if strings.Contains(errs, "王立新") || strings.Contains(errs, "雷阵雨") || !strings.Contains(errs, "# evidence") {
		t.Errorf("--errors: %s", errs)
	}
}
