package main

import (
	"context"
	"fmt"
	"os"
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
				anonymize.WriteNERErrors(cmd.OutOrStdout(), an, sents, anonymize.Type(strings.ToUpper(errType)))
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
