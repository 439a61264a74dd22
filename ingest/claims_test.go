package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to make the test schema

	"huibao/store"
)

// postgresDSN returns a DSN for a fresh schema of HUIBAO_TEST_POSTGRES,
// dropped at the end; it skips without a server, except under CI=true.
func postgresDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("HUIBAO_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but HUIBAO_TEST_POSTGRES is not set: concurrent ingest must be tested in CI")
		}
		t.Skip("PostgreSQL ingest test skipped: set HUIBAO_TEST_POSTGRES=postgres://user:pass@host/db to run it")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("huibao_ingest_%d_%d", os.Getpid(), rand.Int63())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if a, err := sql.Open("pgx", dsn); err == nil {
			a.Exec("DROP SCHEMA " + schema + " CASCADE")
			a.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestConcurrentIngestersShareWork runs two ingesters, each with its own
// connection to one PostgreSQL corpus, on the same input at once: every
// report is stored once, each entry is ingested by exactly one of them
// and counted as a duplicate by the other, and both logs account for
// every entry.
func TestConcurrentIngestersShareWork(t *testing.T) {
	dsn := postgresDSN(t)
	in := filepath.Join(t.TempDir(), "in")
	const n = 24
	for i := 0; i < n; i++ {
		write(t, filepath.Join(in, fmt.Sprintf("r%02d.txt", i)), []byte(reportText(100+i, "张三")))
	}
	write(t, filepath.Join(in, "note.jpg"), []byte("not a report"))
	var wg sync.WaitGroup
	sums := make([]*Summary, 2)
	stores := make([]store.Store, 2)
	for i := range sums {
		st, err := store.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
	}
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum, err := Run(context.Background(), stores[i], []string{in}, Options{Workers: 2})
			if err != nil {
				t.Error(err)
			}
			sums[i] = sum
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	a, b := sums[0], sums[1]
	t.Logf("ingester 1: %+v\ningester 2: %+v", a, b)
	if a.Ingested+b.Ingested != n || a.Duplicate+b.Duplicate != n || a.Failed+b.Failed != 0 || a.Skipped != 1 || b.Skipped != 1 {
		t.Errorf("summaries do not add up to %d reports", n)
	}
	if _, total, _ := stores[0].List(context.Background(), 1, 1); total != n {
		t.Errorf("stored %d reports, want %d", total, n)
	}
	checkLog(t, stores[0], a, in, "张三")
	checkLog(t, stores[1], b, in, "张三")
}
