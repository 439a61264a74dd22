package main

import (
	"io"
	"os"

	"github.com/spf13/cobra"

	"huibao/store"
)

func init() {
	var db, format, what, outPath string
	cmd := &cobra.Command{
		Use:   "export --format jsonl|csv [--what reports|paragraphs|quantities|entries] [--db DSN] [--out FILE]",
		Short: "Stream the corpus as JSON Lines or CSV",
		Long: `export writes the corpus one row at a time, for pandas, R or Excel:
  reports     one row per report: metadata, paragraph counts per category, tags, full text
  paragraphs  one row per paragraph: report, position, section, category, text
  quantities  one row per quantity: report, section, category, subject, value, unit,
              normalised value and unit, approximate/masked flags
  entries     the ingest log: one row per input entry per ingest run (run, de-identified
              entry name, status ingested/duplicate/failed/skipped, code, message,
              sha256, report id, time)
CSV starts with a UTF-8 byte-order mark so Excel reads Chinese correctly.
Everything exported is de-identified.`,
		Example: `  huibao export --format csv --what quantities > quantities.csv
  huibao export --format jsonl --db postgres://huibao@db/huibao | gzip > corpus.jsonl.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "csv" {
				return usagef("--format must be jsonl or csv, not %q", format)
			}
			if _, err := store.ExportColumns(what); err != nil {
				return usageError{err}
			}
			st, err := openCorpus(cmd.Context(), db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			var w io.Writer = cmd.OutOrStdout()
			if outPath != "" && outPath != "-" {
				f, err := os.Create(outPath)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			return store.WriteExport(cmd.Context(), st, w, format, what)
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "corpus: a SQLite file (default ./huibao.db) or postgres://user:pass@host/db")
	f.StringVar(&format, "format", "jsonl", "jsonl (one JSON object per line) or csv")
	f.StringVar(&what, "what", "reports", "reports, paragraphs, quantities or entries (the ingest log)")
	f.StringVar(&outPath, "out", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
}
