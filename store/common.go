package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"huibao/report"
)

// Export kinds accepted by Store.Export.
const (
	ExportReports    = "reports"
	ExportParagraphs = "paragraphs"
	ExportQuantities = "quantities"
)

// Columns of each export kind, in order. Every implementation yields
// exactly these, so CSV headers do not depend on the backend.
var (
	reportCols = []string{"id", "title", "name", "format", "bytes", "sha256", "doc_type", "year",
		"paragraphs", "achievement", "problem", "plan", "other", "entities", "tags", "ingested_at", "text"}
	paragraphCols = []string{"report_id", "title", "position", "section", "category", "heading",
		"role", "confidence", "text"}
	quantityCols = []string{"report_id", "title", "paragraph", "section", "category", "text", "subject",
		"kind", "value", "max_value", "unit", "per", "normalized_value", "normalized_unit", "approx", "masked", "change"}
)

// ExportColumns returns the column names Export yields for what, or an
// error for an unknown kind.
func ExportColumns(what string) ([]string, error) {
	switch what {
	case ExportReports, "":
		return reportCols, nil
	case ExportParagraphs:
		return paragraphCols, nil
	case ExportQuantities:
		return quantityCols, nil
	case ExportEntries:
		return entryCols, nil
	}
	return nil, fmt.Errorf("unknown export %q: want reports, paragraphs, quantities or entries", what)
}

// prepared is a report made ready for storage: the JSON body without the
// audit (never stored) and without the id, and the derived columns.
type prepared struct {
	body       []byte
	categories map[string]int
	catJSON    []byte
	entities   int
	tokens     [][]string // index tokens per paragraph
}

func prepare(r *report.Report) (*prepared, error) {
	if r == nil {
		return nil, fmt.Errorf("store: nil report")
	}
	if r.Error != nil {
		return nil, fmt.Errorf("store: a failed report cannot be stored (%s)", r.Error.Code)
	}
	if len(r.Source.SHA256) != 64 {
		return nil, fmt.Errorf("store: report has no SHA-256")
	}
	c := *r
	c.ID = ""
	c.Audit = nil // never stored
	c.Text = ""   // rebuilt from the paragraphs on Get
	body, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	p := &prepared{body: body, categories: map[string]int{}}
	for _, para := range r.Paragraphs {
		if !para.Heading {
			p.categories[para.Category]++
		}
		p.tokens = append(p.tokens, tokenize(para.Text))
	}
	p.catJSON, _ = json.Marshal(p.categories)
	for _, e := range r.Entities {
		p.entities += e.Count
	}
	return p, nil
}

// decodeBody turns a stored body back into a Report with its id and text.
func decodeBody(id string, body []byte) (*report.Report, error) {
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b { // gzip: SQLite stores bodies compressed
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("store: report %s: corrupt body: %w", id, err)
		}
		body, err = io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("store: report %s: corrupt body: %w", id, err)
		}
	}
	var r report.Report
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("store: report %s: corrupt body: %w", id, err)
	}
	r.ID = id
	lines := make([]string, len(r.Paragraphs))
	for i, p := range r.Paragraphs {
		lines[i] = p.Text
	}
	r.Text = strings.Join(lines, "\n")
	if r.Quantities == nil {
		r.Quantities = []report.Quantity{}
	}
	return &r, nil
}

// gzipBody compresses a report's JSON (about 6× smaller); PostgreSQL
// compresses JSONB by itself.
func gzipBody(b []byte) any {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// tagString renders tags as "k=v;k2=v2", sorted, for CSV.
func tagString(tags map[string]string) string {
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + tags[k]
	}
	return strings.Join(parts, ";")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// normQuery fills a Query's defaults and bounds.
func normQuery(q Query) Query {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	if q.Limit > 1000 {
		q.Limit = 1000
	}
	if q.Page < 1 {
		q.Page = 1
	}
	return q
}

func normPage(page, size int) (int, int) {
	if size <= 0 {
		size = 20
	}
	if size > 1000 {
		size = 1000
	}
	if page < 1 {
		page = 1
	}
	return page, size
}

func parseID(id string) (int64, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return 0, ErrNotFound
	}
	return n, nil
}

func formatID(n int64) string { return strconv.FormatInt(n, 10) }

// ctxErr returns ctx's error if it is done.
func ctxErr(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
		return nil
	}
}

func nowUTC() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
