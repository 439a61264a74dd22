package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"huibao/store"
)

func init() {
	var db, category string
	var year, limit, page int
	var tags []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY [--category plan] [--year 2019] [--tag k=v] [--limit N] [--json] [--db DSN]",
		Short: "Search the corpus",
		Long: `search finds paragraphs in the corpus. Words are segmented with the same
dictionary as the index, so 乡村振兴 finds 乡村振兴 and 振兴 finds it too; every word
must occur. "quoted words" must occur together, in order; -word excludes paragraphs
that contain it. Anything else (AND, OR, brackets, stray quotes) is searched as text.

Results are ranked by relevance (BM25 in SQLite, ts_rank in PostgreSQL), with the
number of matching paragraphs per category (achievement, problem, plan, other).`,
		Example: `  huibao search 人才 --category plan
  huibao search '"乡村振兴" 产业 -旅游' --year 2023 --json
  huibao search 招商引资 --tag county=安吉 --db postgres://huibao@db/huibao`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			tagMap, err := parseTags(tags)
			if err != nil {
				return err
			}
			if limit < 0 || limit > 1000 || page < 0 {
				return usagef("--limit must be between 1 and 1000 and --page positive")
			}
			st, err := openCorpus(cmd.Context(), db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := st.Search(cmd.Context(), store.Query{Text: strings.Join(args, " "), Category: category,
				Year: year, Tags: tagMap, Limit: limit, Page: page})
			if errors.Is(err, store.ErrBadQuery) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				b, _ := json.Marshal(res)
				fmt.Fprintln(out, string(b))
				return nil
			}
			writeResults(out, res, isTerminal(out))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "corpus: a SQLite file (default ./huibao.db) or postgres://user:pass@host/db")
	f.StringVar(&category, "category", "", "only paragraphs of this category: achievement, problem, plan or other")
	f.IntVar(&year, "year", 0, "only reports about this year")
	f.StringArrayVar(&tags, "tag", nil, "only reports ingested with this key=value tag (repeatable)")
	f.IntVar(&limit, "limit", 20, "hits per page")
	f.IntVar(&page, "page", 1, "page of hits")
	f.BoolVar(&asJSON, "json", false, "print the results as one JSON object")
	rootCmd.AddCommand(cmd)
}

func writeResults(w io.Writer, res *store.Results, color bool) {
	cats := make([]string, 0, len(res.Facets))
	for c := range res.Facets {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	parts := make([]string, len(cats))
	for i, c := range cats {
		parts[i] = fmt.Sprintf("%s %d", c, res.Facets[c])
	}
	about := ""
	if res.Approx {
		about = "about "
	}
	fmt.Fprintf(w, "%s%d matching paragraphs (%s)\n\n", about, res.Total, strings.Join(parts, ", "))
	open, close := "【", "】"
	if color {
		open, close = "\x1b[1;31m", "\x1b[0m"
	}
	for _, h := range res.Hits {
		fmt.Fprintf(w, "%s  #%s ¶%d [%s] %s\n", h.Title, h.ReportID, h.Paragraph, h.Category, h.Section)
		s := strings.ReplaceAll(strings.ReplaceAll(h.Snippet, "<mark>", open), "</mark>", close)
		fmt.Fprintf(w, "    %s\n\n", html.UnescapeString(s))
	}
}
