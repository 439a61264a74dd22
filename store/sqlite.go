package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
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
	insertParagraph: func(ctx context.Context, tx *txStmts, reportID int64, p *report.Paragraph, tokens []string, meta *indexMeta) error {
		res, err := tx.exec(ctx, `INSERT INTO paragraphs
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
		_, err = tx.exec(ctx, `INSERT INTO paragraphs_fts (rowid, tokens, meta) VALUES (?, ?, ?)`,
			ftsRowid(pid, p.Category), strings.Join(tokens, " "), metaTokens(meta))
		return err
	},
	deleteIndex: `DELETE FROM paragraphs_fts WHERE rowid IN (SELECT (id << 3) | ` + catCodeSQL + ` FROM paragraphs WHERE report_id = ?)`,
	facets:      sqliteFacets,
	rank:        sqliteRank,
}

// The FTS5 rowid of a paragraph is its id × 8 + its category code, so
// facets and the category filter read only the index, never a table row.
var catCodes = map[string]int64{"achievement": 1, "problem": 2, "plan": 3, "other": 4}

var catNames = map[int64]string{1: "achievement", 2: "problem", 3: "plan", 4: "other"}

const catCodeSQL = `CASE category WHEN 'achievement' THEN 1 WHEN 'problem' THEN 2 WHEN 'plan' THEN 3 WHEN 'other' THEN 4 ELSE 0 END`

func ftsRowid(pid int64, category string) int64 { return pid<<3 | catCodes[category] }

// metaTokens renders the meta column: y<year> and one hashed token per
// tag, so year and tag filters are index lookups too. User queries are
// confined to the tokens column and never see these.
func metaTokens(m *indexMeta) string {
	parts := []string{"y" + itoa(m.year)}
	for _, k := range sortedKeys(m.tags) {
		parts = append(parts, tagToken(k, m.tags[k]))
	}
	return strings.Join(parts, " ")
}

func tagToken(k, v string) string {
	h := sha256.Sum256([]byte(k + "\x00" + v))
	return "tg" + hex.EncodeToString(h[:10])
}

// sqliteMatch renders the whole MATCH expression: the user's words in the
// tokens column, year and tags in the meta column.
func sqliteMatch(q Query, pq *parsedQuery) string {
	m := "{tokens} : (" + pq.fts5() + ")"
	if q.Year != 0 {
		m += ` AND {meta} : "y` + itoa(q.Year) + `"`
	}
	for _, k := range sortedKeys(q.Tags) {
		m += ` AND {meta} : "` + tagToken(k, q.Tags[k]) + `"`
	}
	return m
}

func sqliteFacets(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, error) {
	match := sqliteMatch(q, pq)
	rows, err := s.db.QueryContext(ctx, `SELECT rowid & 7, count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? GROUP BY 1`, match)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	other := 0
	for rows.Next() {
		var code int64
		var n int
		if err := rows.Scan(&code, &n); err != nil {
			return nil, err
		}
		if name, ok := catNames[code]; ok {
			out[name] = n
		} else {
			other += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if other > 0 { // categories outside the four: count them by name
		rows, err := s.db.QueryContext(ctx, `SELECT p.category, count(*) FROM paragraphs_fts
			JOIN paragraphs p ON p.id = (paragraphs_fts.rowid >> 3)
			WHERE paragraphs_fts MATCH ? AND (paragraphs_fts.rowid & 7) = 0 GROUP BY 1`, match)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var c string
			var n int
			if err := rows.Scan(&c, &n); err != nil {
				return nil, err
			}
			out[c] += n
		}
		return out, rows.Err()
	}
	return out, nil
}

func sqliteRank(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery, total int) ([]ranked, error) {
	match := sqliteMatch(q, pq)
	cond, args := "", []any{match}
	if q.Category != "" {
		if code, ok := catCodes[q.Category]; ok {
			cond += " AND (rowid & 7) = ?"
			args = append(args, code)
		} else {
			cond += " AND (rowid & 7) = 0 AND (SELECT category FROM paragraphs WHERE id = (paragraphs_fts.rowid >> 3)) = ?"
			args = append(args, q.Category)
		}
	}
	if w := window(q); total > w {
		var min int64
		err := s.db.QueryRowContext(ctx, `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`+cond+
			` ORDER BY rowid DESC LIMIT 1 OFFSET ?`, append(args, w-1)...).Scan(&min)
		if err == nil {
			cond += " AND rowid >= ?"
			args = append(args, min)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, -bm25(paragraphs_fts, 1.0, 0.0) AS score FROM paragraphs_fts
		WHERE paragraphs_fts MATCH ?`+cond+` ORDER BY score DESC, rowid LIMIT ? OFFSET ?`,
		append(args, q.Limit, (q.Page-1)*q.Limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ranked
	for rows.Next() {
		var rk ranked
		if err := rows.Scan(&rk.pid, &rk.score); err != nil {
			return nil, err
		}
		rk.pid >>= 3
		out = append(out, rk)
	}
	return out, rows.Err()
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
