package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"huibao/report"

	_ "modernc.org/sqlite" // registers the "sqlite" driver (pure Go, FTS5 built in)
)

var sqliteDialect = &dialect{
	name:    "sqlite",
	rebind:  func(s string) string { return s },
	timeArg: func(t time.Time) any { return t.Format(timeLayout) },
	timeCol: "r.ingested_at",
	catCol: func(cat string) string {
		return "coalesce(json_extract(r.categories, '$." + cat + "'), 0)"
	},
	aggText: "coalesce((SELECT group_concat(text, char(10) ORDER BY position) FROM paragraphs WHERE report_id = r.id), '')",
	aggTags: "(SELECT group_concat(key || char(30) || value, char(31) ORDER BY key) FROM tags WHERE report_id = r.id)",
	insertParagraph: func(ctx context.Context, tx *sql.Tx, reportID int64, p *report.Paragraph, tokens []string) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO paragraphs
			(report_id, position, heading, role, section, category, confidence, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			reportID, p.Index, p.Heading, p.Role, p.Section, p.Category, p.Confidence, p.Text)
		if err != nil {
			return err
		}
		pid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO paragraphs_fts (rowid, tokens) VALUES (?, ?)`, pid, strings.Join(tokens, " "))
		return err
	},
	deleteIndex: `DELETE FROM paragraphs_fts WHERE rowid IN (SELECT id FROM paragraphs WHERE report_id = ?)`,
	searchFrom:  `paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN reports r ON r.id = p.report_id`,
	searchWhere: `paragraphs_fts MATCH ?`,
	searchScore: `-bm25(paragraphs_fts)`,
	matchArg:    func(q *parsedQuery) any { return q.fts5() },
}

// OpenSQLite opens or creates the SQLite corpus at path (WAL mode,
// foreign keys on) and applies pending migrations.
func OpenSQLite(ctx context.Context, path string) (Store, error) {
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	if path == "" {
		path = DefaultDSN
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	v := url.Values{}
	v.Add("_pragma", "busy_timeout(30000)")
	v.Add("_pragma", "journal_mode(WAL)")
	v.Add("_pragma", "foreign_keys(1)")
	v.Add("_pragma", "synchronous(NORMAL)")
	v.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+v.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s := &sqlStore{db: db, d: sqliteDialect, wmu: &sync.Mutex{}}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", filepath.Base(path), err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
