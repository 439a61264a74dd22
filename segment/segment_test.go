package segment

import (
	"strings"
	"testing"
)

func TestCutAndTag(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "全县已建人才飞地三家，力争突破高新技术企业。"
	words := s.Cut(text)
	if strings.Join(words, "") != text {
		t.Fatalf("cut lost text: %q", words)
	}
	found := false
	for _, w := range words {
		if w == "高新技术企业" {
			found = true
		}
	}
	if !found {
		t.Errorf("user dictionary word not kept whole: %q", words)
	}
	toks := s.Tag(text)
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Word {
			t.Errorf("offset mismatch for %q: %q", tk.Word, text[tk.Start:tk.End])
		}
	}
	if s2, _ := Default(); s2 != s {
		t.Error("Default must return the shared instance")
	}
}
