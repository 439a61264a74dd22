package report

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DeidGold is the part of a check set's gold file (reports-dev layout,
// gold/NN.json) that de-identification is scored on.
type DeidGold struct {
	MustMask []string `json:"must_mask"` // identifiers that must not survive
	MustKeep []string `json:"must_keep"` // ordinary phrases that must
}

// DeidDoc is one document of a check set with its gold.
type DeidDoc struct {
	Name string // base name of docs/NN.txt
	Data []byte
	Gold DeidGold
}

// ReadDeidSet reads a check set in the reports-dev layout: every
// dir/docs/NN.txt that has a dir/gold/NN.json, in name order.
func ReadDeidSet(dir string) ([]DeidDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no docs/*.txt (want the reports-dev layout: docs/NN.txt, gold/NN.json)", dir)
	}
	sort.Strings(paths)
	var out []DeidDoc
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		gb, err := os.ReadFile(filepath.Join(dir, "gold", id+".json"))
		if err != nil {
			continue
		}
		var g DeidGold
		if err := json.Unmarshal(gb, &g); err != nil {
			return nil, fmt.Errorf("%s: gold/%s.json: %w", dir, id, err)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, DeidDoc{Name: filepath.Base(p), Data: data, Gold: g})
	}
	return out, nil
}

// DeidScore is the de-identification score of a set of documents.
type DeidScore struct {
	Docs, Masked, MustMask, Kept, MustKeep int
	// Leaks and Lost are "NN: string" for each identifier left readable
	// and each phrase lost: originals, for development only.
	Leaks, Lost []string
}

// ScoreDeid runs the pipeline on each document and checks its whole JSON
// output (every field, the file name included; the audit left out) for the
// gold strings. The comparison ignores white space: a spaced name (龚  莉)
// that comes out with its spaces changed (龚 莉) has still leaked.
func ScoreDeid(ctx context.Context, docs []DeidDoc, opt Options) *DeidScore {
	s := &DeidScore{}
	for _, d := range docs {
		id := strings.TrimSuffix(d.Name, ".txt")
		rep, _ := Analyze(ctx, d.Name, d.Data, opt)
		if rep == nil {
			continue
		}
		rep.Audit = nil
		out, _ := json.Marshal(rep)
		text := unspaced(string(out))
		s.Docs++
		for _, m := range d.Gold.MustMask {
			s.MustMask++
			if strings.Contains(text, unspaced(m)) {
				s.Leaks = append(s.Leaks, id+": "+m)
			} else {
				s.Masked++
			}
		}
		for _, k := range d.Gold.MustKeep {
			s.MustKeep++
			if strings.Contains(text, unspaced(k)) {
				s.Kept++
			} else {
				s.Lost = append(s.Lost, id+": "+k)
			}
		}
	}
	return s
}

// unspaced drops spaces, ideographic spaces and tabs from s.
func unspaced(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u3000', '\t', '\u00a0':
			return -1
		}
		return r
	}, s)
}
