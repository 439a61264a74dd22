package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"huibao/extract"
)

func init() {
	var raw bool
	cmd := &cobra.Command{
		Use:   "extract [--raw] FILE...",
		Short: "Print the extracted text of report files, one paragraph per line",
		Long: `extract prints the cleaned text of each file: one paragraph per line, headings on
their own line, nothing else. The format is detected from the bytes. With --raw,
watermarks, ads and page furniture are kept (paragraphs are still rebuilt).

Extraction does not de-identify: its output holds the original names. Use
"huibao analyze" for text you mean to share.`,
		Example: "  huibao extract report.pdf\n  huibao extract --raw scan.docx > raw.txt",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			failed := false
			for _, arg := range args {
				name, data, err := readInput(arg, cmd.InOrStdin())
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "huibao: %s: %v\n", arg, err)
					failed = true
					continue
				}
				doc, err := extract.Extract(context.Background(), name, data, extract.Options{Raw: raw})
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "huibao: %v\n", err)
					failed = true
					continue
				}
				for _, p := range doc.Paragraphs {
					fmt.Fprintln(out, p.Text)
				}
			}
			if failed {
				return errSomeFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "keep watermarks, ads and page furniture")
	rootCmd.AddCommand(cmd)
}
