package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"huibao/anonymize"
	"huibao/api"
	"huibao/report"
	"huibao/store"
)

func init() {
	var (
		addr, db, token, maxUpload, policyFile, logFormat string
		workers, queue                                    int
		secureCookies                                     bool
		timeout, grace, queueWait                         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve [--addr :8080] [--db PATH|postgres://…] [--token TOKEN] [--max-upload 50MB] [--workers N] [--timeout 2m]",
		Short: "Run the web service: upload page, corpus search and the JSON API",
		Long: `serve starts huibao's HTTP service: a Chinese web interface (upload, result,
corpus search) and the JSON API under /api/v1 (see /api/v1/openapi.yaml), with
/healthz, /readyz and Prometheus /metrics.

The corpus is ./huibao.db (SQLite, created on first use) unless --db names another
file or a postgres:// URL. With --token (or HUIBAO_TOKEN) the API requires
"Authorization: Bearer TOKEN" and the pages a login with the same token.

Uploads above --max-upload are refused with 413; at most --workers documents are
processed at once and at most --queue further requests wait, the rest get 503 busy.
SIGTERM or Ctrl-C stops accepting, lets running requests finish for --grace, and
closes the corpus. Logs are structured (JSON by default) and never contain report
text or original file names.`,
		Example: `  huibao serve
  huibao serve --addr 127.0.0.1:9000 --db /srv/huibao/corpus.db --max-upload 100MB
  HUIBAO_TOKEN=$(cat token) huibao serve --db postgres://huibao@db/huibao --workers 4`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			limit, err := api.ParseSize(maxUpload)
			if err != nil {
				return usagef("--max-upload: %v", err)
			}
			if workers < 0 || queue < -1 {
				return usagef("--workers and --queue must not be negative")
			}
			if token == "" {
				token = os.Getenv("HUIBAO_TOKEN")
			}
			var h slog.Handler
			switch logFormat {
			case "json":
				h = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
			case "text":
				h = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
			default:
				return usagef("--log-format must be json or text")
			}
			log := slog.New(h)
			policies := map[string]*anonymize.Policy{}
			if policyFile != "" {
				p, err := anonymize.LoadPolicy(policyFile)
				if err != nil {
					return usageError{err}
				}
				name := p.Name
				if name == "" || name == "default" || name == "strict" || name == "file" {
					name = strings.TrimSuffix(filepath.Base(policyFile), filepath.Ext(policyFile))
				}
				policies[name] = p
			}

			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
			defer stop()
			go func() { <-ctx.Done(); stop() }() // a second signal kills at once
			octx, cancel := context.WithTimeout(ctx, 30*time.Second)
			st, err := store.Open(octx, db)
			cancel()
			if err != nil {
				return fmt.Errorf("cannot open the corpus: %w", err)
			}
			srv, err := api.New(api.Config{
				Store: st, Token: token, MaxUpload: limit, Workers: workers, Queue: queue, QueueWait: queueWait,
				Timeout: timeout, Policies: policies, Logger: log, SecureCookies: secureCookies,
			})
			if err != nil {
				st.Close()
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				st.Close()
				return err
			}
			if token == "" && !isLoopback(ln.Addr()) {
				log.Warn("no --token: anyone who can reach this address can upload and read the corpus")
			}
			log.Info("huibao serving", "addr", ln.Addr().String(), "version", version, "store", storeKind(db),
				"auth", token != "", "max_upload", limit, "workers", workers, "timeout", timeout.String())
			return srv.Serve(ctx, ln, grace)
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", ":8080", "address to listen on")
	f.StringVar(&db, "db", "", "corpus: a SQLite file (default ./huibao.db) or postgres://user:pass@host/db")
	f.StringVar(&token, "token", "", "access token required on the API and the pages (default $HUIBAO_TOKEN; empty: open)")
	f.StringVar(&maxUpload, "max-upload", "50MB", "largest request body (e.g. 50MB, 512KB)")
	f.IntVar(&workers, "workers", runtime.NumCPU(), "documents processed at once")
	f.IntVar(&queue, "queue", 0, "requests waiting for a worker before 503 busy (0: 4×workers, -1: none)")
	f.DurationVar(&queueWait, "queue-wait", 2*time.Minute, "longest wait for a worker before 503 busy")
	f.DurationVar(&timeout, "timeout", report.DefaultTimeout, "processing limit per document")
	f.DurationVar(&grace, "grace", 30*time.Second, "on SIGTERM, how long running requests may take to finish")
	f.StringVar(&policyFile, "policy", "", "an extra de-identification policy file (JSON/YAML deny and allow lists) users can choose")
	f.StringVar(&logFormat, "log-format", "json", "log format on stderr: json or text")
	f.BoolVar(&secureCookies, "secure-cookies", false, "mark the login and CSRF cookies Secure (behind an HTTPS proxy)")
	rootCmd.AddCommand(cmd)
}

// storeKind names the kind of corpus without its credentials.
func storeKind(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "postgres"
	}
	return "sqlite"
}

func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}
