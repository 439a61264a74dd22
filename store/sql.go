package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"huibao/report"
)

// dialect holds what differs between SQLite and PostgreSQL. SQL text is
// written with ? placeholders; rebind turns them into $n for PostgreSQL.
type dialect struct {
	name string
	// rebind rewrites ? placeholders for the driver.
	rebind func(string) string
	// lock serialises the migration transaction across processes.
	lockMigrations string
	// timeArg converts an ingest time to a bind value; timeCol selects it
	// back as text "2006-01-02T15:04:05.000000Z".
	timeArg func(time.Time) any
	timeCol string
	// logTimeCol selects ingest_log.at back as text in the same layout.
	logTimeCol string
	// bodyArg converts the report's JSON for storage.
	bodyArg func([]byte) any
	// catCol selects one category count from reports.categories.
	catCol func(cat string) string
	// aggText concatenates a report's paragraph texts in order.
	aggText string
	// aggTags concatenates a report's tags as k=v;k2=v2.
	aggTags string
	// insertParagraph stores one paragraph and its index tokens; meta
	// carries the report's year and tags for index-side filtering.
	insertParagraph func(ctx context.Context, tx *txStmts, reportID int64, p *report.Paragraph, tokens []string, meta *indexMeta) error
	// deleteIndex removes a report's paragraphs from a separate index.
	deleteIndex string
	// facets counts the matching paragraphs per category (ignoring the
	// category filter); rank returns one page of matching paragraph ids,
	// best first, given the number of matches in the category.
	// approx reports facets that are estimates (see Results.Approx).
	facets func(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (facets map[string]int, approx bool, err error)
	rank   func(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery, facets map[string]int, total int) ([]ranked, error)
}

// indexMeta is what the full-text index keeps about a paragraph's report.
type indexMeta struct {
	year int
	tags map[string]string
}

// ranked is one search hit before its row is read.
type ranked struct {
	pid   int64
	score float64
}

// rankWindow bounds relevance ranking for broad queries: when more
// paragraphs match than this, the newest rankWindow of them (by ingest
// order) are ranked. Counts and facets stay exact. Scoring every one of
// 100,000 matches would cost a second; a broad query's best hits among
// the newest 5,000 are as useful.
var rankWindow = 5000

func window(q Query) int { return max(rankWindow, q.Page*q.Limit) }

// sqlStore implements Store over database/sql for both dialects.
type sqlStore struct {
	db *sql.DB
	d  *dialect
	// wmu serialises writers within the process (SQLite has one writer;
	// waiting here is cheaper than busy retries). Nil for PostgreSQL.
	wmu *sync.Mutex
}

func (s *sqlStore) q(query string) string { return s.d.rebind(query) }

// migrate applies the dialect's pending migrations, each in its own
// transaction, holding a lock so concurrent processes migrate once.
func (s *sqlStore) migrate(ctx context.Context) error {
	ms, err := migrations(s.d.name)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := s.applyMigration(ctx, m); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	return nil
}

// beginWrite starts a write transaction. On SQLite it holds the store's
// writer lock (one writer at a time) until done is called; done also rolls
// back a transaction that was not committed.
func (s *sqlStore) beginWrite(ctx context.Context) (tx *sql.Tx, done func(), err error) {
	if s.wmu != nil {
		s.wmu.Lock()
	}
	tx, err = s.db.BeginTx(ctx, nil)
	if err != nil {
		if s.wmu != nil {
			s.wmu.Unlock()
		}
		return nil, nil, err
	}
	return tx, func() {
		tx.Rollback()
		if s.wmu != nil {
			s.wmu.Unlock()
		}
	}, nil
}

func (s *sqlStore) applyMigration(ctx context.Context, m migration) error {
	tx, done, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer done()
	if s.d.lockMigrations != "" {
		if _, err := tx.ExecContext(ctx, s.d.lockMigrations); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, nowUTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// txStmts prepares each statement of a transaction once, since a report
// inserts the same few statements for each of its paragraphs.
type txStmts struct {
	tx      *sql.Tx
	rebind  func(string) string
	prepare bool
	stmts   map[string]*sql.Stmt
}

func (t *txStmts) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if !t.prepare {
		return t.tx.ExecContext(ctx, t.rebind(query), args...)
	}
	st, ok := t.stmts[query]
	if !ok {
		var err error
		st, err = t.tx.PrepareContext(ctx, t.rebind(query))
		if err != nil {
			return nil, err
		}
		if t.stmts == nil {
			t.stmts = map[string]*sql.Stmt{}
		}
		t.stmts[query] = st
	}
	return st.ExecContext(ctx, args...)
}

func (t *txStmts) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// SchemaVersion returns the highest applied migration.
func (s *sqlStore) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

func (s *sqlStore) Put(ctx context.Context, r *report.Report, tags map[string]string) (string, bool, error) {
	return s.put(ctx, r, tags, nil)
}

// put stores r and, when e is set, its ingest log row: in the report's
// transaction when the report is new, as a duplicate otherwise.
func (s *sqlStore) put(ctx context.Context, r *report.Report, tags map[string]string, e *Entry) (string, bool, error) {
	p, err := prepare(r)
	if err != nil {
		return "", false, err
	}
	tx, done, err := s.beginWrite(ctx)
	if err != nil {
		return "", false, err
	}
	defer done()
	var id int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO reports
		(sha256, name, format, bytes, title, doc_type, year, paragraphs, categories, entities, ingested_at, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING RETURNING id`),
		r.Source.SHA256, r.Source.Name, r.Source.Format, r.Source.Bytes, r.Title, r.DocType, r.Year,
		len(r.Paragraphs), string(p.catJSON), p.entities, s.d.timeArg(nowUTC()), s.d.bodyArg(p.body)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		tx.Rollback()
		existing, ok, err := s.Has(ctx, r.Source.SHA256)
		if err != nil {
			return "", false, err
		}
		if !ok {
			return "", false, fmt.Errorf("store: report vanished during a concurrent insert")
		}
		if e != nil {
			d := *e
			d.Status, d.ReportID, d.SHA256 = EntryDuplicate, existing, r.Source.SHA256
			if err := s.logEntry(ctx, s.db, d); err != nil {
				return "", false, err
			}
		}
		return existing, false, nil
	}
	if err != nil {
		return "", false, err
	}
	meta := &indexMeta{year: r.Year, tags: tags}
	// pgx caches prepared statements by itself; SQLite gains from reuse.
	ts := &txStmts{tx: tx, rebind: s.q, prepare: s.d.name == "sqlite"}
	defer ts.close()
	for i := range r.Paragraphs {
		if err := s.d.insertParagraph(ctx, ts, id, &r.Paragraphs[i], p.tokens[i], meta); err != nil {
			return "", false, err
		}
	}
	if len(r.Quantities) > 0 {
		for i, q := range r.Quantities {
			var nv sql.NullFloat64
			nu := ""
			if q.Normalized != nil {
				nv = sql.NullFloat64{Float64: q.Normalized.Value, Valid: true}
				nu = q.Normalized.Unit
			}
			var v, mx sql.NullFloat64
			if q.Value != nil {
				v = sql.NullFloat64{Float64: *q.Value, Valid: true}
			}
			if q.Max != nil {
				mx = sql.NullFloat64{Float64: *q.Max, Valid: true}
			}
			if _, err := ts.exec(ctx, `INSERT INTO quantities
			(report_id, position, paragraph, section, category, text, subject, kind, value, max_value, unit, per,
			 normalized_value, normalized_unit, approx, masked, change)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, q.Paragraph, q.Section, q.Category, q.Text, q.Subject,
				q.Kind, v, mx, q.Unit, q.Per, nv, nu, q.Approx, q.Masked, q.Change); err != nil {
				return "", false, err
			}
		}
	}
	for _, e := range r.Entities {
		if _, err := ts.exec(ctx, `INSERT INTO entities (report_id, type, placeholder, count) VALUES (?, ?, ?, ?)`,
			id, string(e.Type), e.Placeholder, e.Count); err != nil {
			return "", false, err
		}
	}
	for _, k := range sortedKeys(tags) {
		if _, err := ts.exec(ctx, `INSERT INTO tags (report_id, key, value) VALUES (?, ?, ?)`, id, k, tags[k]); err != nil {
			return "", false, err
		}
	}
	if e != nil {
		d := *e
		d.Status, d.ReportID, d.SHA256 = EntryIngested, formatID(id), r.Source.SHA256
		if err := s.logEntry(ctx, tx, d); err != nil {
			return "", false, err
		}
	}
	if err := tx.Commit(); err != nil {
		return "", false, err
	}
	return formatID(id), true, nil
}

func (s *sqlStore) Has(ctx context.Context, sha string) (string, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id FROM reports WHERE sha256 = ?`), sha).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return formatID(id), true, nil
}

func (s *sqlStore) Get(ctx context.Context, id string) (*report.Report, error) {
	n, err := parseID(id)
	if err != nil {
		return nil, err
	}
	var body []byte
	err = s.db.QueryRowContext(ctx, s.q(`SELECT body FROM reports WHERE id = ?`), n).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return decodeBody(formatID(n), body)
}

func (s *sqlStore) List(ctx context.Context, page, size int) ([]Summary, int, error) {
	page, size = normPage(page, size)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM reports`).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, title, name, format, bytes, sha256, doc_type, year,
		paragraphs, categories, `+s.d.timeCol+`, `+s.d.aggTags+`
		FROM reports r ORDER BY id DESC LIMIT ? OFFSET ?`), size, (page-1)*size)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []Summary{}
	for rows.Next() {
		var sm Summary
		var id int64
		var cats, at string
		var tags sql.NullString
		if err := rows.Scan(&id, &sm.Title, &sm.Name, &sm.Format, &sm.Bytes, &sm.SHA256, &sm.DocType, &sm.Year,
			&sm.Paragraphs, &cats, &at, &tags); err != nil {
			return nil, 0, err
		}
		sm.ID = formatID(id)
		sm.Categories = map[string]int{}
		_ = json.Unmarshal([]byte(cats), &sm.Categories)
		sm.IngestedAt, _ = time.Parse(timeLayout, at)
		sm.Tags = parseTags(tags.String)
		out = append(out, sm)
	}
	return out, total, rows.Err()
}

// timeLayout is how ingest times are stored in SQLite and selected back
// from both stores.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func parseTags(s string) map[string]string {
	if s == "" {
		return nil
	}
	m := map[string]string{}
	for _, kv := range strings.Split(s, "\x1f") {
		k, v, _ := strings.Cut(kv, "\x1e")
		m[k] = v
	}
	return m
}

func (s *sqlStore) Delete(ctx context.Context, id string) error {
	n, err := parseID(id)
	if err != nil {
		return err
	}
	tx, done, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer done()
	if s.d.deleteIndex != "" {
		if _, err := tx.ExecContext(ctx, s.q(s.d.deleteIndex), n); err != nil {
			return err
		}
	}
	res, err := tx.ExecContext(ctx, s.q(`DELETE FROM reports WHERE id = ?`), n)
	if err != nil {
		return err
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return ErrNotFound
	}
	return tx.Commit()
}

// filters renders the non-text conditions of a query over paragraphs p
// and reports r; withCategory false leaves the category out (for facets).
func filters(q Query, withCategory bool) (string, []any) {
	var b strings.Builder
	var args []any
	if withCategory && q.Category != "" {
		b.WriteString(" AND p.category = ?")
		args = append(args, q.Category)
	}
	if q.Year != 0 {
		b.WriteString(" AND r.year = ?")
		args = append(args, q.Year)
	}
	for _, k := range sortedKeys(q.Tags) {
		b.WriteString(" AND EXISTS (SELECT 1 FROM tags t WHERE t.report_id = r.id AND t.key = ? AND t.value = ?)")
		args = append(args, k, q.Tags[k])
	}
	return b.String(), args
}

func (s *sqlStore) Search(ctx context.Context, q Query) (*Results, error) {
	q = normQuery(q)
	pq, err := parseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	res := &Results{Hits: []Hit{}, Facets: map[string]int{}}
	facets, approx, err := s.d.facets(ctx, s, q, pq)
	if err != nil {
		return nil, searchErr(err)
	}
	res.Approx = approx
	for c, n := range facets {
		if n == 0 {
			continue
		}
		res.Facets[c] = n
		if q.Category == "" || q.Category == c {
			res.Total += n
		}
	}
	if res.Total == 0 || (q.Page-1)*q.Limit >= res.Total {
		return res, nil
	}
	page, err := s.d.rank(ctx, s, q, pq, res.Facets, res.Total)
	if err != nil {
		return nil, searchErr(err)
	}
	terms := pq.highlightTerms()
	if len(page) == 0 {
		return res, nil
	}
	// One query reads the whole page (a round trip per hit costs more
	// than the query on a busy PostgreSQL server).
	marks := strings.Repeat(", ?", len(page))[2:]
	ids := make([]any, len(page))
	for i, rk := range page {
		ids[i] = rk.pid
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT p.id, p.report_id, p.position, p.section, p.category, p.text, r.title, r.year
		FROM paragraphs p JOIN reports r ON r.id = p.report_id WHERE p.id IN (`+marks+`)`), ids...)
	if err != nil {
		return nil, searchErr(err)
	}
	defer rows.Close()
	type row struct {
		h    Hit
		text string
	}
	byID := map[int64]*row{}
	for rows.Next() {
		var r row
		var pid, rid int64
		if err := rows.Scan(&pid, &rid, &r.h.Paragraph, &r.h.Section, &r.h.Category, &r.text, &r.h.Title, &r.h.Year); err != nil {
			return nil, searchErr(err)
		}
		r.h.ReportID = formatID(rid)
		byID[pid] = &r
	}
	if err := rows.Err(); err != nil {
		return nil, searchErr(err)
	}
	for _, rk := range page {
		r, ok := byID[rk.pid]
		if !ok {
			continue // deleted meanwhile
		}
		r.h.Score = rk.score
		r.h.Snippet = snippet(r.text, terms)
		res.Hits = append(res.Hits, r.h)
	}
	return res, nil
}

// searchErr keeps driver errors from echoing query text back; the
// tokens are the user's own words, but an error is not the place for them.
func searchErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("store: search failed: %w", err)
}

func (s *sqlStore) Export(ctx context.Context, what string, fn func(cols []string, row []any) error) error {
	cols, err := ExportColumns(what)
	if err != nil {
		return err
	}
	if what == "" {
		what = ExportReports
	}
	var query string
	switch what {
	case ExportReports:
		query = `SELECT r.id, r.title, r.name, r.format, r.bytes, r.sha256, r.doc_type, r.year, r.paragraphs, ` +
			s.d.catCol("achievement") + `, ` + s.d.catCol("problem") + `, ` + s.d.catCol("plan") + `, ` + s.d.catCol("other") +
			`, r.entities, ` + s.d.aggTags + `, ` + s.d.timeCol + `, ` + s.d.aggText + ` FROM reports r ORDER BY r.id`
	case ExportParagraphs:
		query = `SELECT p.report_id, r.title, p.position, p.section, p.category, p.heading, p.role, p.confidence, p.text
			FROM paragraphs p JOIN reports r ON r.id = p.report_id ORDER BY p.report_id, p.position`
	case ExportEntries:
		return s.exportEntries(ctx, cols, fn)
	case ExportQuantities:
		query = `SELECT q.report_id, r.title, q.paragraph, q.section, q.category, q.text, q.subject, q.kind, q.value, q.max_value, q.unit, q.per,
			q.normalized_value, q.normalized_unit, q.approx, q.masked, q.change
			FROM quantities q JOIN reports r ON r.id = q.report_id ORDER BY q.report_id, q.position`
	}
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		var row []any
		switch what {
		case ExportReports:
			var id, bytes, year, paras, a, pr, pl, o, ents int64
			var title, name, format, sha, dt, at, text string
			var tags sql.NullString
			if err := rows.Scan(&id, &title, &name, &format, &bytes, &sha, &dt, &year, &paras, &a, &pr, &pl, &o,
				&ents, &tags, &at, &text); err != nil {
				return err
			}
			row = []any{formatID(id), title, name, format, bytes, sha, dt, year, paras, a, pr, pl, o, ents,
				tagString(parseTags(tags.String)), at, text}
		case ExportParagraphs:
			var rid, pos int64
			var title, section, cat, role, text string
			var heading bool
			var conf float64
			if err := rows.Scan(&rid, &title, &pos, &section, &cat, &heading, &role, &conf, &text); err != nil {
				return err
			}
			row = []any{formatID(rid), title, pos, section, cat, heading, role, conf, text}
		case ExportQuantities:
			var rid, para int64
			var title, section, cat, text, subject, kind, unit, per, nunit string
			var value, maxv, nvalue sql.NullFloat64
			var approx, masked, change bool
			if err := rows.Scan(&rid, &title, &para, &section, &cat, &text, &subject, &kind, &value, &maxv, &unit, &per,
				&nvalue, &nunit, &approx, &masked, &change); err != nil {
				return err
			}
			row = []any{formatID(rid), title, para, section, cat, text, subject, kind, nullFloat(value), nullFloat(maxv),
				unit, per, nullFloat(nvalue), nunit, approx, masked, change}
		}
		if err := fn(cols, row); err != nil {
			return err
		}
	}
	return rows.Err()
}

func nullFloat(v sql.NullFloat64) any {
	if !v.Valid {
		return nil
	}
	return v.Float64
}

func (s *sqlStore) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

func (s *sqlStore) Close() error { return s.db.Close() }

// exportEntries streams the whole ingest log as export rows.
func (s *sqlStore) exportEntries(ctx context.Context, cols []string, fn func([]string, []any) error) error {
	return s.Entries(ctx, EntryFilter{}, func(e Entry) error {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		return fn(cols, []any{e.Run, e.Entry, e.Status, e.Code, e.Message, e.SHA256, e.ReportID,
			e.At.Format(timeLayout)})
	})
}
