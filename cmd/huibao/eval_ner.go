package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"huibao/anonymize"
	"huibao/segment"
)

func init() {
	var policy, errType string
	cmd := &cobra.Command{
		Use:   "ner [--policy strict|default|FILE] FILE",
		Short: "Score the de-identifier on a BIO-annotated NER file",
		Long: `ner masks every sentence of a character-per-line BIO file ("字 TAG", a blank line
between sentences, tags B-PER/I-PER, B-ORG/I-ORG, B-LOC/I-LOC) as its own document and
prints, per entity type, exact-span precision, recall and F1 and the privacy figure:
the share of gold names no longer readable in the masked text (at least half of
their characters masked, by an entity of any type). The default policy here is strict.`,
		Example: `  huibao eval ner ../shared/data/ner/peoples_daily_dev.txt
  huibao eval ner --policy default ../shared/data/ner/msra_test_bio.txt`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := anonymize.LoadPolicy(policy)
			if err != nil {
				return usageError{err}
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			sents, err := anonymize.ReadBIO(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			seg, err := segment.Default()
			if err != nil {
				return err
			}
			an := anonymize.New(seg, p, anonymize.Placeholder)
			if errType != "" {
				printNERErrors(cmd.OutOrStdout(), an, sents, anonymize.Type(strings.ToUpper(errType)))
				return nil
			}
			scores, err := an.ScoreNER(context.Background(), sents)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d sentences, policy %s\n", args[0], len(sents), p.Name)
			fmt.Fprintln(w, "type\tgold\tmasked\texact\tprecision\trecall\tF1\tcaught\t")
			for _, s := range scores {
				fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t\n", s.Type, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1, s.Privacy)
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&policy, "policy", "strict", "de-identification policy: strict, default, or a policy file")
	cmd.Flags().StringVar(&errType, "errors", "", "instead of scores, list the misses (! still readable, ~ masked otherwise) and false spans (+) of one type (PERSON, ORG, LOCATION), for development files only")
	evalCmd.AddCommand(cmd)
}

// printNERErrors lists, sentence by sentence, the gold spans of type t not
// masked exactly as t ("!" when still readable, "~" when masked some other
// way) and the spans
// masked as t that are not gold ("+"). It prints the file's own text: use it
// on development files, never on reports.
func printNERErrors(w io.Writer, an *anonymize.Anonymizer, sents []anonymize.NERSentence, t anonymize.Type) {
	tally := map[string][2]int{} // evidence kind → correct, false spans
	defer func() {
		var kinds []string
		for k := range tally {
			kinds = append(kinds, k)
		}
		sort.Slice(kinds, func(i, j int) bool { return tally[kinds[i]][1] > tally[kinds[j]][1] })
		fmt.Fprintln(w, "# evidence: exact / false spans")
		for _, k := range kinds {
			fmt.Fprintf(w, "# %s: %d / %d\n", k, tally[k][0], tally[k][1])
		}
	}()
	for _, s := range sents {
		red := an.Analyze([]string{s.Text})
		pred := map[anonymize.Span]bool{}
		var predT []anonymize.Span
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
		gold := map[anonymize.Span]bool{}
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
			w := s.Text[p.Start:p.End]
			k := evidenceKind(evidence[w])
			if gold[p] {
				tally[k] = [2]int{tally[k][0] + 1, tally[k][1]}
			} else {
				tally[k] = [2]int{tally[k][0], tally[k][1] + 1}
				lines = append(lines, "+ "+w+" ("+evidence[w]+")")
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s\n\t%s\n", strings.Join(lines, "  "), s.Text)
		}
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
