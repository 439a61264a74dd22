// Package devset reads an annotated folder laid out like reports-dev
// (docs/NN.txt, one paragraph per line, and gold/NN.json) so the
// classification and quantity evaluations and their tests share one reader.
package devset

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Paragraph is one gold paragraph label.
type Paragraph struct {
	Contains string `json:"contains"`
	Category string `json:"category"`
}

// Quantity is one gold quantity.
type Quantity struct {
	Contains string   `json:"contains"`
	Value    *float64 `json:"value"`
	Unit     string   `json:"unit"`
	Approx   bool     `json:"approx"`
}

// Gold is the annotation of one document.
type Gold struct {
	DocType    string      `json:"doc_type"`
	MustMask   []string    `json:"must_mask"`
	MustKeep   []string    `json:"must_keep"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Quantities []Quantity  `json:"quantities"`
}

// Doc is one annotated document.
type Doc struct {
	Name  string   // file stem, e.g. "07"
	Text  string   // the whole text
	Lines []string // one paragraph per line, trimmed, empty lines kept
	Gold  Gold
}

// Load reads every docs/*.txt with a matching gold/*.json under dir.
func Load(dir string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no docs/*.txt", dir)
	}
	sort.Strings(files)
	var out []Doc
	for _, f := range files {
		stem := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		gb, err := os.ReadFile(filepath.Join(dir, "gold", stem+".json"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(gb, &g); err != nil {
			return nil, fmt.Errorf("gold/%s.json: %w", stem, err)
		}
		text := strings.ReplaceAll(string(b), "\r\n", "\n")
		lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
		for i := range lines {
			lines[i] = strings.TrimSpace(lines[i])
		}
		out = append(out, Doc{Name: stem, Text: text, Lines: lines, Gold: g})
	}
	return out, nil
}

// Root returns the module root, the directory holding go.mod at or above
// the working directory, or "" when there is none.
func Root() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// Find locates dev data relative to the working directory: it walks up to
// the directory holding go.mod and looks for ../shared/data/reports-dev.
// It returns "" when there is none.
func Find() string {
	root := Root()
	if root == "" {
		return ""
	}
	p := filepath.Join(root, "..", "shared", "data", "reports-dev")
	if _, err := os.Stat(filepath.Join(p, "gold")); err != nil {
		return ""
	}
	return p
}

// Lines returns the lines of every file matching the glob patterns, which
// are relative to the module root (../shared/…, classify/testdata/…); a
// pattern that matches nothing adds nothing.
func Lines(patterns ...string) ([]string, error) {
	root := Root()
	var lines []string
	for _, pat := range patterns {
		files, _ := filepath.Glob(filepath.Join(root, pat))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	return lines, nil
}

// LineOf returns the index of the first non-empty line containing s, or -1.
func (d Doc) LineOf(s string) int {
	for i, l := range d.Lines {
		if l != "" && strings.Contains(l, s) {
			return i
		}
	}
	return -1
}
