// Package store keeps the searchable corpus of de-identified reports:
// SQLite embedded by default, PostgreSQL to scale out, behind one interface.
// It stores only what the pipeline outputs (de-identified text, structure,
// quantities, entity counts, source metadata), never original bytes or text.
package store

import (
	"context"
	"errors"
	"strings"
	"time"

	"huibao/report"
)

// ErrNotFound is returned by Get and Delete for an unknown id.
var ErrNotFound = errors.New("report not found")

// Summary is one row of a report listing.
type Summary struct {
	ID         string            `json:"id"`
	Title      string            `json:"title"`
	Name       string            `json:"name"` // de-identified file name
	Format     string            `json:"format"`
	Bytes      int64             `json:"bytes"`
	SHA256     string            `json:"sha256"`
	DocType    string            `json:"doc_type,omitempty"`
	Year       int               `json:"year,omitempty"`
	Paragraphs int               `json:"paragraphs"`
	Categories map[string]int    `json:"categories"` // paragraphs per category
	Tags       map[string]string `json:"tags,omitempty"`
	IngestedAt time.Time         `json:"ingested_at"`
}

// Query is a corpus search. Text is segmented with the index's gojieba
// dictionary; every word must occur; "quoted words" (or “…”) must occur
// adjacent and in order; -word excludes. Nothing in Text is ever spliced
// into SQL or an FTS5/tsquery expression as syntax.
type Query struct {
	Text     string            // user input: words, "quoted phrases", -excluded
	Category string            // "" for all
	Year     int               // 0 for all
	Tags     map[string]string // all must match
	Limit    int               // page size; 0 means 20
	Page     int               // 1-based
}

// Hit is one matching paragraph.
type Hit struct {
	ReportID  string  `json:"report_id"`
	Title     string  `json:"title"`
	Paragraph int     `json:"paragraph"`
	Section   string  `json:"section"`
	Category  string  `json:"category"`
	Year      int     `json:"year,omitempty"`
	Snippet   string  `json:"snippet"` // HTML-escaped text with <mark> around matches
	Score     float64 `json:"score"`
}

// Results is one page of hits with facet counts over all matches.
type Results struct {
	Total  int            `json:"total"`
	Hits   []Hit          `json:"hits"`
	Facets map[string]int `json:"facets"` // matching paragraphs per category
	// Approx is true when Total and Facets are estimates: PostgreSQL
	// counts exactly up to 5,000 matches and estimates beyond.
	Approx bool `json:"approx,omitempty"`
}

// Store is a corpus. Implementations are safe for concurrent use.
type Store interface {
	// Put stores a de-identified report in one transaction. A report whose
	// Source.SHA256 is already stored is not stored again: Put returns the
	// existing id and created=false.
	Put(ctx context.Context, r *report.Report, tags map[string]string) (id string, created bool, err error)
	// Has reports whether a report with this SHA-256 of its original bytes is stored.
	Has(ctx context.Context, sha256 string) (id string, ok bool, err error)
	// Get returns a stored report (never with an audit), or ErrNotFound.
	Get(ctx context.Context, id string) (*report.Report, error)
	// List returns one page (1-based; size 0 means 20, at most 1000) of
	// reports, newest first, and the number of reports stored.
	List(ctx context.Context, page, size int) ([]Summary, int, error)
	// Delete removes a report and everything derived from it, or returns
	// ErrNotFound.
	Delete(ctx context.Context, id string) error
	// Search finds paragraphs (see Query). A query with nothing to search
	// for returns an error wrapping ErrBadQuery, whose message can be shown
	// to the user. Total and Facets are exact (beyond 2,000 matches,
	// PostgreSQL estimates them and sets Approx). When many paragraphs
	// match, ranking covers the newest of them: 5,000 in SQLite, 1,000
	// in PostgreSQL.
	Search(ctx context.Context, q Query) (*Results, error)
	// Export streams rows: what is "reports", "paragraphs", "quantities"
	// or "entries" (the ingest log, see Journal); "" means reports. fn receives one row at a time, values in the
	// order of cols (see ExportColumns). WriteExport renders CSV or JSONL.
	Export(ctx context.Context, what string, fn func(cols []string, row []any) error) error
	// Ping checks the connection.
	Ping(ctx context.Context) error
	// Close releases the connection.
	Close() error
}

// DefaultDSN is the corpus Open uses when given an empty DSN.
const DefaultDSN = "./huibao.db"

// Open opens (creating and migrating as needed) the corpus named by dsn:
// "" is ./huibao.db; a file path, "sqlite:PATH" or "file:PATH" is SQLite;
// "postgres://…" or "postgresql://…" is PostgreSQL.
func Open(ctx context.Context, dsn string) (Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return OpenPostgres(ctx, dsn)
	case dsn == "":
		return OpenSQLite(ctx, DefaultDSN)
	case strings.HasPrefix(dsn, "sqlite://"):
		return OpenSQLite(ctx, strings.TrimPrefix(dsn, "sqlite://"))
	case strings.HasPrefix(dsn, "sqlite:"):
		return OpenSQLite(ctx, strings.TrimPrefix(dsn, "sqlite:"))
	case strings.HasPrefix(dsn, "file:"):
		return OpenSQLite(ctx, strings.TrimPrefix(dsn, "file:"))
	}
	return OpenSQLite(ctx, dsn)
}
