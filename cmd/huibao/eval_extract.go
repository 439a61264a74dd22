package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"huibao/extract"
)

func init() {
	var raw bool
	cmd := &cobra.Command{
		Use:   "extract DIR",
		Short: "Measure extraction fidelity against source texts",
		Long: fmt.Sprintf(`eval extract compares extracted text with the text each file was made from.
For every DIR/NAME.source.txt (UTF-8, one paragraph per line) each sibling file
DIR/NAME.* of any format is extracted (cleaning on) and scored with a
difflib-style ratio over its characters (white space ignored) and over its list
of paragraphs. It prints a table and fails (exit 1) when a file scores below
%.1f%% on characters or %.0f%% on paragraphs, or cannot be read. With --raw the
files are extracted without cleaning, for source texts that keep watermarks.`, extract.MinCharRatio*100, extract.MinParagraphRatio*100),
		Example: "  huibao eval extract testdata/extract\n  huibao eval extract --raw /tmp/converted-dev-set",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := extract.EvalDirOptions(context.Background(), args[0], extract.Options{Raw: raw})
			if err != nil {
				return err
			}
			if len(res) == 0 {
				return usagef("no NAME.source.txt with sibling files in %s", args[0])
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "FILE\tFORMAT\tENGINE\tCHARS\tPARAGRAPHS\tMS\tRESULT")
			failed := 0
			for _, r := range res {
				status := "ok"
				if !r.OK() {
					status = "FAIL"
					failed++
				}
				if r.Err != nil {
					fmt.Fprintf(tw, "%s\t-\t-\t-\t-\t%d\tFAIL: %v\n", r.File, r.Elapsed.Milliseconds(), r.Err)
					continue
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f%%\t%.2f%%\t%d\t%s\n", r.File, r.Format, r.Engine,
					100*r.Chars, 100*r.Paragraphs, r.Elapsed.Milliseconds(), status)
			}
			tw.Flush()
			fmt.Fprintf(cmd.OutOrStdout(), "%d files, %d below %.1f%% characters / %.0f%% paragraphs\n",
				len(res), failed, extract.MinCharRatio*100, extract.MinParagraphRatio*100)
			if failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "extract without removing watermarks, ads and page furniture")
	evalCmd.AddCommand(cmd)
}
