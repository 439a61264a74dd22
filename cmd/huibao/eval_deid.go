package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"huibao/report"
)

// deidGold is the part of a reports-dev gold file the de-identification
// score uses.
type deidGold struct {
	MustMask []string `json:"must_mask"`
	MustKeep []string `json:"must_keep"`
}

// deidResult is the score of one directory.
type deidResult struct {
	Docs, Masked, MustMask, Kept, MustKeep int
	Leaks, Lost                            []string // "NN: string" — shown only with --show
}

// evalDeid runs the pipeline on every docs/NN.txt of a reports-dev layout
// and checks the whole JSON output (every field, the file name included)
// for the gold must_mask and must_keep strings.
func evalDeid(ctx context.Context, dir string, opt report.Options) (*deidResult, error) {
	docs, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil || len(docs) == 0 {
		return nil, fmt.Errorf("%s: no docs/*.txt (want the reports-dev layout: docs/NN.txt, gold/NN.json)", dir)
	}
	sort.Strings(docs)
	res := &deidResult{}
	for _, d := range docs {
		id := strings.TrimSuffix(filepath.Base(d), ".txt")
		gb, err := os.ReadFile(filepath.Join(dir, "gold", id+".json"))
		if err != nil {
			continue
		}
		var g deidGold
		if err := json.Unmarshal(gb, &g); err != nil {
			return nil, fmt.Errorf("gold/%s.json: %w", id, err)
		}
		data, err := os.ReadFile(d)
		if err != nil {
			return nil, err
		}
		rep, _ := report.Analyze(ctx, filepath.Base(d), data, opt)
		rep.Audit = nil
		out, _ := json.Marshal(rep)
		// Compared without white space: a spaced name (龚  莉) that comes
		// out with its spaces changed (龚 莉) has still leaked.
		text := unspaced(string(out))
		res.Docs++
		for _, m := range g.MustMask {
			res.MustMask++
			if strings.Contains(text, unspaced(m)) {
				res.Leaks = append(res.Leaks, id+": "+m)
			} else {
				res.Masked++
			}
		}
		for _, k := range g.MustKeep {
			res.MustKeep++
			if strings.Contains(text, unspaced(k)) {
				res.Kept++
			} else {
				res.Lost = append(res.Lost, id+": "+k)
			}
		}
	}
	return res, nil
}

func init() {
	var pf pipelineFlags
	var show bool
	cmd := &cobra.Command{
		Use:   "deid [--policy default|strict|FILE] [--show] DIR",
		Short: "Score de-identification on annotated reports (reports-dev layout)",
		Long: `deid runs the whole pipeline on DIR/docs/NN.txt and checks the JSON output, every
field, against DIR/gold/NN.json: the share of must_mask identifiers no longer present
(target ≥ 98%) and the share of must_keep ordinary phrases still present (target ≥ 95%).
--show lists the leaked and lost strings: it prints originals, for development only.`,
		Example: `  huibao eval deid ../shared/data/reports-dev`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := pf.options()
			if err != nil {
				return err
			}
			res, err := evalDeid(context.Background(), args[0], opt)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s: %d documents, policy %s\n", args[0], res.Docs, opt.Policy.Name)
			fmt.Fprintf(w, "identifiers masked: %d/%d = %.3f\n", res.Masked, res.MustMask, ratio(res.Masked, res.MustMask))
			fmt.Fprintf(w, "ordinary phrases kept: %d/%d = %.3f\n", res.Kept, res.MustKeep, ratio(res.Kept, res.MustKeep))
			if show {
				for _, s := range res.Leaks {
					fmt.Fprintln(w, "  leaked:", s)
				}
				for _, s := range res.Lost {
					fmt.Fprintln(w, "  lost:  ", s)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&pf.policy, "policy", "default", "de-identification policy: default, strict, or a policy file")
	cmd.Flags().StringVar(&pf.style, "style", "placeholder", "style of the replacements")
	cmd.Flags().BoolVar(&show, "show", false, "list leaked and lost strings (prints originals)")
	evalCmd.AddCommand(cmd)
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

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
