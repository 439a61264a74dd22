package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"huibao/classify"
	"huibao/classify/devset"
	"huibao/quantity"
	"huibao/segment"
)

func init() {
	var holdout, verbose, content, strip bool
	classifyCmd := &cobra.Command{
		Use:   "classify DIR",
		Short: "Paragraph accuracy and confusion matrix against a reports-dev style folder",
		Long: `classify labels every line of DIR/docs/*.txt (one paragraph per line) and compares
the labels with DIR/gold/*.json ("paragraphs": [{contains, category}]). It prints
the accuracy, the confusion matrix (rows gold, columns predicted) and, with -v, each
miss by its gold substring.

By default the shipped model is used. If that model was trained on the same
documents (as it is for reports-dev), the figure is optimistic: use --holdout,
which retrains the model once per document on the project's own corpus and every
other document in DIR (headings only, never the gold) and labels the held-out one.
--content measures the token model alone on the body paragraphs (no headings, cues
or position), also held out per document, for naive Bayes and logistic regression.
--strip-headings removes every heading line before labelling, to measure how well
the content of paragraphs decides where a report's headings are missing.`,
		Example: `  huibao eval classify ../shared/data/reports-dev
  huibao eval classify --holdout -v ../shared/data/reports-dev`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := devset.Load(args[0])
			if err != nil {
				return usagef("%v", err)
			}
			seg, err := segment.Default()
			if err != nil {
				return err
			}
			if strip {
				docs = classify.StripHeadings(docs)
			}
			var e classify.EvalResult
			if content {
				// the token model alone, logistic regression beside naive Bayes
				nb := classify.EvaluateContent(seg, docs, func(ex []classify.Example) *classify.Model { return classify.Train(ex, classify.MinDocs) })
				fmt.Fprintf(cmd.OutOrStdout(), "content only, naive Bayes: %d/%d = %.1f%%\n", nb.Right, nb.Total, 100*nb.Accuracy())
				e = classify.EvaluateContent(seg, docs, classify.TrainDefault)
				fmt.Fprintln(cmd.OutOrStdout(), "content only, shipped kind (logistic regression), leave-one-document-out:")
			} else if holdout {
				e = classify.EvaluateHoldout(seg, docs, nil, classify.DefaultWeights)
				fmt.Fprintln(cmd.OutOrStdout(), "leave-one-document-out:")
			} else {
				c := &classify.Classifier{Seg: seg, Model: classify.Shipped(), Weights: classify.DefaultWeights}
				e = classify.Evaluate(c, docs)
				fmt.Fprintln(cmd.OutOrStdout(), "shipped model:")
			}
			fmt.Fprint(cmd.OutOrStdout(), e.Report(verbose))
			return nil
		},
	}
	classifyCmd.Flags().BoolVar(&holdout, "holdout", false, "retrain without each document before labelling it (honest figure)")
	classifyCmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the misses")
	classifyCmd.Flags().BoolVar(&strip, "strip-headings", false, "drop every heading line first: how well content alone decides (gold paragraphs that were headings are then not found)")
	classifyCmd.Flags().BoolVar(&content, "content", false, "the token model alone on body paragraphs, no headings or cues (held out per document)")

	quantCmd := &cobra.Command{
		Use:   "quantities DIR",
		Short: "Share of gold quantities read with the right value and unit, with the misses",
		Long: `quantities finds the quantities in every line of DIR/docs/*.txt and compares them with
DIR/gold/*.json ("quantities": [{contains, value, unit, approx}]). A gold quantity is
read right when a found one overlaps it with the same value (or both masked) and the
same unit. It also lists any calendar year or date reported as a quantity, any found
quantity overlapping a string of the gold's optional "not_quantities" list, and, where
a gold quantity gives the optional "kind", "change", "max" or "per", whether those are right.`,
		Example: `  huibao eval quantities ../shared/data/reports-dev`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := quantity.EvaluateDir(args[0], quantity.Find)
			if err != nil {
				return usagef("%v", err)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "quantities read right: %d/%d = %.1f%% (approx flag also right: %d)\n", s.Right, s.Gold, 100*s.Accuracy(), s.ApproxRight)
			fmt.Fprintf(w, "quantities found in all: %d\n", s.Found)
			fmt.Fprintf(w, "years or dates reported as quantities: %d\n", len(s.Dates))
			for _, d := range s.Dates {
				fmt.Fprintln(w, "  date:", d)
			}
			if s.NotGold > 0 {
				fmt.Fprintf(w, "not_quantities read as quantities: %d (of %d occurrences)\n", len(s.NotWrong), s.NotGold)
				for _, d := range s.NotWrong {
					fmt.Fprintln(w, "  not a quantity:", d)
				}
			}
			if s.Details > 0 {
				fmt.Fprintf(w, "kind/change/max/per also right: %d/%d\n", s.DetailsOK, s.Details)
				for _, d := range s.DetailMis {
					fmt.Fprintln(w, "  detail:", d)
				}
			}
			if len(s.Misses) > 0 {
				fmt.Fprintln(w, "misses:")
			}
			for _, m := range s.Misses {
				fmt.Fprintln(w, " ", m)
			}
			return nil
		},
	}
	evalCmd.AddCommand(classifyCmd, quantCmd)
}
