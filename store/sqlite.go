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
	"sort"
	"strings"
	"sync"
	"time"

	"huibao/report"

	_ "modernc.org/sqlite" // registers the "sqlite" driver (pure Go, FTS5 built in)
)

var sqliteDialect = &dialect{
	name:       "sqlite",
	rebind:     func(s string) string { return s },
	timeArg:    func(t time.Time) any { return t.Format(timeLayout) },
	timeCol:    "r.ingested_at",
	logTimeCol: "at",
	bodyArg:    gzipBody,
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
	deleteIndex: `DELETE FROM paragraphs_fts WHERE rowid IN (SELECT (` + catCodeSQL + ` << 40) | id FROM paragraphs WHERE report_id = ?)`,
	facets:      sqliteFacets,
	rank:        sqliteRank,
}

// The FTS5 rowid of a paragraph is its category code << 40 | its id, so
// each category is one contiguous rowid range: facets and the category
// filter are range scans of the index that never read a table row.
var catCodes = map[string]int64{"achievement": 1, "problem": 2, "plan": 3, "other": 4}

var catNames = map[int64]string{1: "achievement", 2: "problem", 3: "plan", 4: "other"}

const (
	catShift   = 40
	pidMask    = 1<<catShift - 1
	numCodes   = 5 // 0 is any category outside the four
	catCodeSQL = `(CASE category WHEN 'achievement' THEN 1 WHEN 'problem' THEN 2 WHEN 'plan' THEN 3 WHEN 'other' THEN 4 ELSE 0 END)`
)

func ftsRowid(pid int64, category string) int64 { return catCodes[category]<<catShift | pid }

func codeRange(code int64) (lo, hi int64) { return code << catShift, (code + 1) << catShift }

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

const ftsCount = `SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid >= ? AND rowid < ?`

func sqliteFacets(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, bool, error) {
	out, err := sqliteCounts(ctx, s, q, pq)
	return out, false, err
}

// sqliteCounts counts exactly: each category is a rowid range of the
// index, counted without reading a table row.
func sqliteCounts(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, error) {
	match := sqliteMatch(q, pq)
	out := map[string]int{}
	for code := int64(1); code < numCodes; code++ {
		lo, hi := codeRange(code)
		var n int
		if err := s.db.QueryRowContext(ctx, ftsCount, match, lo, hi).Scan(&n); err != nil {
			return nil, err
		}
		out[catNames[code]] = n
	}
	// Categories outside the four (code 0) are counted by name.
	lo, hi := codeRange(0)
	rows, err := s.db.QueryContext(ctx, `SELECT p.category, count(*) FROM paragraphs_fts
		JOIN paragraphs p ON p.id = paragraphs_fts.rowid
		WHERE paragraphs_fts MATCH ? AND paragraphs_fts.rowid >= ? AND paragraphs_fts.rowid < ? GROUP BY 1`, match, lo, hi)
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

// sqliteRank ranks each category's rowid range separately (bm25 scores
// share the index's statistics, so they compare across ranges) and
// merges; a range with more matches than its share of the window ranks
// only its newest matches.
func sqliteRank(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery, facets map[string]int, total int) ([]ranked, error) {
	match := sqliteMatch(q, pq)
	type part struct {
		code  int64
		n     int
		extra string // condition for categories outside the four
	}
	var parts []part
	known := 0
	for code := int64(1); code < numCodes; code++ {
		known += facets[catNames[code]]
	}
	switch code, ok := catCodes[q.Category]; {
	case ok:
		parts = []part{{code, facets[q.Category], ""}}
	case q.Category != "":
		parts = []part{{0, facets[q.Category], "(SELECT category FROM paragraphs WHERE id = paragraphs_fts.rowid) = ?"}}
	default:
		for code := int64(1); code < numCodes; code++ {
			parts = append(parts, part{code, facets[catNames[code]], ""})
		}
		parts = append(parts, part{0, total - known, ""})
	}
	need := q.Page * q.Limit
	var all []ranked
	for _, p := range parts {
		if p.n == 0 {
			continue
		}
		lo, hi := codeRange(p.code)
		cond, args := " AND rowid >= ? AND rowid < ?", []any{match, lo, hi}
		if p.extra != "" {
			cond += " AND " + p.extra
			args = append(args, q.Category)
		}
		w := max(window(q)*p.n/max(total, 1), need)
		if p.n > w {
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
			WHERE paragraphs_fts MATCH ?`+cond+` ORDER BY score DESC, rowid LIMIT ?`, append(args, need)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var rk ranked
			if err := rows.Scan(&rk.pid, &rk.score); err != nil {
				rows.Close()
				return nil, err
			}
			all = append(all, rk)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].pid&pidMask < all[j].pid&pidMask
	})
	from := min((q.Page-1)*q.Limit, len(all))
	all = all[from:min(need, len(all))]
	for i := range all {
		all[i].pid &= pidMask
	}
	return all, nil
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
