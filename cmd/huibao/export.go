package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"huibao/store"
)

func init() {
	var db, format, what, outPath string
	cmd := &cobra.Command{
		Use:   "export --format jsonl|csv [--what reports|paragraphs|quantities] [--db DSN] [--out FILE]",
		Short: "Stream the corpus as JSON Lines or CSV",
		Long: `export writes the corpus one row at a time, for pandas, R or Excel:
  reports     one row per report: metadata, paragraph counts per category, tags, full text
  paragraphs  one row per paragraph: report, position, section, category, text
  quantities  one row per quantity: report, section, category, subject, value, unit,
              normalised value and unit, approximate/masked flags
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
			bw := bufio.NewWriterSize(w, 256<<10)
			if err := exportRows(cmd, st, bw, format, what); err != nil {
				return err
			}
			return bw.Flush()
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "corpus: a SQLite file (default ./huibao.db) or postgres://user:pass@host/db")
	f.StringVar(&format, "format", "jsonl", "jsonl (one JSON object per line) or csv")
	f.StringVar(&what, "what", "reports", "reports, paragraphs or quantities")
	f.StringVar(&outPath, "out", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
}

func exportRows(cmd *cobra.Command, st store.Store, w *bufio.Writer, format, what string) error {
	ctx := cmd.Context()
	if format == "csv" {
		w.WriteString("\uFEFF")
		cw := csv.NewWriter(w)
		cols, _ := store.ExportColumns(what)
		cw.Write(cols)
		rec := make([]string, len(cols))
		err := st.Export(ctx, what, func(_ []string, row []any) error {
			for i, v := range row {
				rec[i] = cell(v)
			}
			return cw.Write(rec)
		})
		cw.Flush()
		if err != nil {
			return err
		}
		return cw.Error()
	}
	return st.Export(ctx, what, func(cols []string, row []any) error {
		// An object with the columns in order (encoding/json would sort map keys).
		w.WriteByte('{')
		for i, c := range cols {
			if i > 0 {
				w.WriteByte(',')
			}
			k, _ := json.Marshal(c)
			v, err := json.Marshal(row[i])
			if err != nil {
				return err
			}
			w.Write(k)
			w.WriteByte(':')
			w.Write(v)
		}
		w.WriteString("}\n")
		return nil
	})
}

// cell renders one value for CSV: empty for NULL, plain numbers.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}
