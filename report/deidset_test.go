package report

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A check set of our own writing: the score counts a name left readable
// as a leak and a phrase that survives as kept, across the whole output.
func TestScoreDeid(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"docs", "gold"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	doc := "县委书记张建国同志主持会议，会议研究了高标准农田建设。\n联系电话：13912345678\n"
	gold := `{"must_mask": ["张建国", "13912345678"], "must_keep": ["高标准农田", "不存在的短语"]}`
	if err := os.WriteFile(filepath.Join(dir, "docs", "01.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gold", "01.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadDeidSet(dir)
	if err != nil || len(docs) != 1 || docs[0].Name != "01.txt" {
		t.Fatalf("ReadDeidSet: %v %+v", err, docs)
	}
	s := ScoreDeid(context.Background(), docs, Options{})
	if s.Docs != 1 || s.MustMask != 2 || s.Masked != 2 || s.MustKeep != 2 || s.Kept != 1 || len(s.Lost) != 1 || s.Lost[0] != "01: 不存在的短语" {
		t.Errorf("got %+v", s)
	}
	if _, err := ReadDeidSet(t.TempDir()); err == nil {
		t.Error("an empty directory is no check set")
	}
}
