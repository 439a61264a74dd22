package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"huibao/ingest"
	"huibao/store"
)

func init() {
	var pf pipelineFlags
	var db string
	var workers int
	var tags []string
	var asJSON, noClaims bool
	cmd := &cobra.Command{
		Use:   "ingest PATH... [--db DSN] [--workers N] [--tag key=value] [--policy …] [--style …] [--json]",
		Short: "Add files, folders and archives to the searchable corpus",
		Long: `ingest de-identifies every report under PATH (files, folders walked recursively,
zip — GBK names from Chinese Windows included —, tar, tar.gz, tar.bz2, gz, 7z and RAR,
multi-volume RAR through its first volume, archives nested up to 3 deep) and stores
the result in the corpus: SQLite by default (./huibao.db), PostgreSQL with
--db postgres://…. Only de-identified text and structure are stored.

A report is identified by the SHA-256 of its bytes: one already stored is counted
as a duplicate without being processed again, so an interrupted run can simply be
run again, and several processes may ingest into one PostgreSQL at once.

Every entry is counted as ingested, duplicate, failed (with a code and a reason) or
skipped (not a report), in the summary and in the corpus's ingest log (one row per
entry per run: huibao export --what entries). Names in both are de-identified like
the reports.

With PostgreSQL, concurrent ingesters claim each report before analysing it (an
advisory lock the server drops if the process dies): an entry another process is
working on is set aside and settled at the end, so two processes on the same input
each do about half of the work.

Exit status: 0 when no entry failed, 1 otherwise, 2 for usage errors.`,
		Example: `  huibao ingest reports.zip
  huibao ingest --db postgres://huibao@db/huibao --tag county=安吉 --tag batch=2024 archive/
  huibao ingest --json --workers 4 *.rar`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := pf.options()
			if err != nil {
				return err
			}
			tagMap, err := parseTags(tags)
			if err != nil {
				return err
			}
			if workers < 0 {
				return usagef("--workers must be positive")
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, err := openCorpus(ctx, db, true)
			if err != nil {
				return err
			}
			defer st.Close()

			iopt := ingest.Options{Workers: workers, Tags: tagMap, Pipeline: opt, NoClaims: noClaims}
			errOut := cmd.ErrOrStderr()
			var bar *progressbar.ProgressBar
			if isTerminal(errOut) {
				total := inputBytes(args)
				bar = progressbar.NewOptions64(total,
					progressbar.OptionSetWriter(errOut),
					progressbar.OptionShowBytes(true),
					progressbar.OptionSetWidth(30),
					progressbar.OptionThrottle(200*time.Millisecond),
					progressbar.OptionSetPredictTime(true),
					progressbar.OptionShowElapsedTimeOnFinish(),
					progressbar.OptionClearOnFinish(),
					progressbar.OptionSetDescription("ingesting"))
				var last int64
				iopt.Progress = func(p ingest.Progress) {
					if p.ReadBytes != last {
						bar.Add64(p.ReadBytes - last)
						last = p.ReadBytes
					}
					bar.Describe(fmt.Sprintf("%d done, %d new, %d failed", p.Done, p.Ingested, p.Failed))
				}
			}
			sum, runErr := ingest.Run(ctx, st, args, iopt)
			if bar != nil {
				bar.Finish()
			}
			if sum == nil {
				return runErr
			}
			out := cmd.OutOrStdout()
			if asJSON {
				b, _ := json.Marshal(sum)
				fmt.Fprintln(out, string(b))
			} else {
				writeIngestSummary(out, sum)
			}
			if runErr != nil {
				return fmt.Errorf("ingest stopped: %w", runErr)
			}
			if sum.Failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "corpus: a SQLite file (default ./huibao.db) or postgres://user:pass@host/db")
	f.IntVar(&workers, "workers", 0, "reports processed at once (default: the number of CPUs)")
	f.StringArrayVar(&tags, "tag", nil, "key=value stored with every report of this run (repeatable)")
	f.StringVar(&pf.policy, "policy", "default", "de-identification policy: default, strict, or a JSON/YAML policy file")
	f.StringVar(&pf.style, "style", "placeholder", "how masked entities are written: placeholder (〔人名1〕) or mask (×)")
	f.BoolVar(&asJSON, "json", false, "print the summary as one JSON object")
	f.BoolVar(&noClaims, "no-claims", false, "do not claim reports in a shared PostgreSQL (concurrent ingesters may then analyse one file twice; for measuring)")
	rootCmd.AddCommand(cmd)
}

func writeIngestSummary(w io.Writer, s *ingest.Summary) {
	fmt.Fprintf(w, "ingested %d, duplicate %d, failed %d, skipped %d in %.1f s (run %s)\n",
		s.Ingested, s.Duplicate, s.Failed, s.Skipped, s.Seconds, s.Run)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed: %s: %s: %s\n", f.Entry, f.Code, f.Message)
	}
}

// parseTags reads repeated key=value flags.
func parseTags(kvs []string) (map[string]string, error) {
	if len(kvs) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usagef("--tag wants key=value, not %q", kv)
		}
		m[k] = strings.TrimSpace(v)
	}
	return m, nil
}

// inputBytes sums the sizes of the files under paths, for the progress
// bar's total.
func inputBytes(paths []string) int64 {
	var n int64
	for _, p := range paths {
		fi, err := os.Lstat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			n += fi.Size()
			continue
		}
		walkSizes(p, &n)
	}
	return n
}

func walkSizes(dir string, n *int64) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := dir + string(os.PathSeparator) + e.Name()
		if e.IsDir() {
			walkSizes(p, n)
		} else if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			*n += fi.Size()
		}
	}
}

// openCorpus opens the corpus named by --db. Commands that only read
// (search, export) refuse to create an empty SQLite file.
func openCorpus(ctx context.Context, dsn string, create bool) (store.Store, error) {
	if !create && !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		path := dsn
		for _, p := range []string{"sqlite://", "sqlite:", "file:"} {
			path = strings.TrimPrefix(path, p)
		}
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		if path == "" {
			path = store.DefaultDSN
		}
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no corpus at %s: run huibao ingest first, or pass --db", path)
		}
	}
	return store.Open(ctx, dsn)
}
