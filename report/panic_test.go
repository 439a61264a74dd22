package report

import (
	"encoding/json"
	"strings"
	"testing"

	"huibao/anonymize"
	"huibao/segment"
)

// TestFailAfterPanic checks what a file whose analysis panicked gives back:
// an internal error that names the file by its de-identified name, and
// nothing a stage had written before the panic.
func TestFailAfterPanic(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	anon := anonymize.New(seg, nil, anonymize.Placeholder)
	rep := &Report{Source: Source{Format: "txt", Bytes: 9}, Title: "张建国同志的述职报告",
		Paragraphs: []Paragraph{{Text: "县委书记张建国同志主持会议。"}}}
	out, err := failAfterPanic(rep, "张建国述职报告.txt", anon, Options{})
	if err == nil || out.Error == nil || out.Error.Code != "internal" {
		t.Fatalf("want an internal error, got %v, %+v", err, out.Error)
	}
	b, _ := json.Marshal(out)
	if strings.Contains(string(b), "张建国") || strings.Contains(err.Error(), "张建国") {
		t.Errorf("the name survives: %s / %v", b, err)
	}
	if len(out.Paragraphs) != 0 || out.Title != "" {
		t.Errorf("stage output kept after a panic: %s", b)
	}
	if !strings.Contains(err.Error(), "述职报告.txt") {
		t.Errorf("the error does not name the file: %v", err)
	}
}
