package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"huibao/report"
)

// evalDeid scores the check set in dir (reports-dev layout) with the
// whole pipeline (report.ScoreDeid).
func evalDeid(ctx context.Context, dir string, opt report.Options) (*report.DeidScore, error) {
	docs, err := report.ReadDeidSet(dir)
	if err != nil {
		return nil, err
	}
	return report.ScoreDeid(ctx, docs, opt), nil
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

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
