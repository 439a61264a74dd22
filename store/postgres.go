package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"huibao/report"

	"github.com/jackc/pgx/v5/stdlib"
)

var postgresDialect = &dialect{
	name:           "postgres",
	rebind:         rebindDollar,
	lockMigrations: `SELECT pg_advisory_xact_lock(727001)`,
	timeArg:        func(t time.Time) any { return t },
	bodyArg:        func(b []byte) any { return string(b) },
	timeCol:        `to_char(r.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
	logTimeCol:     `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
	catCol: func(cat string) string {
		return "coalesce((r.categories->>'" + cat + "')::bigint, 0)"
	},
	aggText: `coalesce((SELECT string_agg(text, E'\n' ORDER BY position) FROM paragraphs WHERE report_id = r.id), '')`,
	aggTags: `(SELECT string_agg(key || chr(30) || value, chr(31) ORDER BY key) FROM tags WHERE report_id = r.id)`,
	insertParagraph: func(ctx context.Context, tx *txStmts, reportID int64, p *report.Paragraph, tokens []string, _ *indexMeta) error {
		_, err := tx.exec(ctx, `INSERT INTO paragraphs
			(report_id, position, heading, role, section, category, confidence, text, tsv)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::tsvector)`,
			reportID, p.Index, p.Heading, p.Role, p.Section, p.Category, p.Confidence, p.Text, tsvector(tokens))
		return err
	},
	facets: pgFacets,
	rank:   pgRank,
}

// pgFrom is the FROM clause of a search; the tsquery literal is the one
// bound parameter it contains, cast once. Reports are joined only when a
// year or tag filter needs them.
func pgFrom(q Query) string {
	if q.Year == 0 && len(q.Tags) == 0 {
		return ` FROM paragraphs p CROSS JOIN (SELECT ?::tsquery AS q) m WHERE p.tsv @@ m.q`
	}
	return ` FROM paragraphs p JOIN reports r ON r.id = p.report_id CROSS JOIN (SELECT ?::tsquery AS q) m WHERE p.tsv @@ m.q`
}

func pgFacets(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, error) {
	where, args := filters(q, false)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT p.category, count(*)`+pgFrom(q)+where+` GROUP BY 1`),
		append([]any{pq.tsquery()}, args...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			return nil, err
		}
		out[c] = n
	}
	return out, rows.Err()
}

func pgRank(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery, _ map[string]int, total int) ([]ranked, error) {
	where, args := filters(q, true)
	args = append([]any{pq.tsquery()}, args...)
	if w := window(q); total > w {
		var min int64
		err := s.db.QueryRowContext(ctx, s.q(`SELECT p.id`+pgFrom(q)+where+` ORDER BY p.id DESC LIMIT 1 OFFSET ?`),
			append(args, w-1)...).Scan(&min)
		if err == nil {
			where += " AND p.id >= ?"
			args = append(args, min)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT p.id, ts_rank(p.tsv, m.q) AS score`+pgFrom(q)+where+
		` ORDER BY score DESC, p.id LIMIT ? OFFSET ?`), append(args, q.Limit, (q.Page-1)*q.Limit)...)
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
		out = append(out, rk)
	}
	return out, rows.Err()
}

// rebindDollar turns ? placeholders into $1, $2, … (the SQL here never has
// a ? inside a literal).
func rebindDollar(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// OpenPostgres connects to the PostgreSQL corpus at dsn
// (postgres://user:pass@host/db) and applies pending migrations; several
// processes may do so at once.
func OpenPostgres(ctx context.Context, dsn string) (Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: postgres: cannot connect: %w", err)
	}
	s := &sqlStore{db: db, d: postgresDialect}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return &pgStore{sqlStore: s, claims: &pgClaims{db: db}}, nil
}

// pgStore is the PostgreSQL corpus: the shared SQL store plus claims for
// concurrent ingesters (see Claimer).
type pgStore struct {
	*sqlStore
	claims *pgClaims
}

var _ Claimer = (*pgStore)(nil)

// Claim implements Claimer.
func (s *pgStore) Claim(ctx context.Context, sha string) (func(), bool, error) {
	return s.claims.Claim(ctx, sha)
}

// AwaitClaim implements Claimer.
func (s *pgStore) AwaitClaim(ctx context.Context, sha string) error {
	return s.claims.AwaitClaim(ctx, sha)
}

// Close releases the claims and the connections.
func (s *pgStore) Close() error {
	s.claims.close()
	return s.sqlStore.Close()
}

var _ = stdlib.GetDefaultDriver // the import registers the "pgx" driver
