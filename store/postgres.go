package store

import (
	"context"
	"database/sql"
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
	timeCol:        `to_char(r.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
	catCol: func(cat string) string {
		return "coalesce((r.categories->>'" + cat + "')::bigint, 0)"
	},
	aggText: `coalesce((SELECT string_agg(text, E'\n' ORDER BY position) FROM paragraphs WHERE report_id = r.id), '')`,
	aggTags: `(SELECT string_agg(key || chr(30) || value, chr(31) ORDER BY key) FROM tags WHERE report_id = r.id)`,
	insertParagraph: func(ctx context.Context, tx *sql.Tx, reportID int64, p *report.Paragraph, tokens []string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO paragraphs
			(report_id, position, heading, role, section, category, confidence, text, tsv)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::tsvector)`,
			reportID, p.Index, p.Heading, p.Role, p.Section, p.Category, p.Confidence, p.Text, tsvector(tokens))
		return err
	},
	searchFrom:  `paragraphs p JOIN reports r ON r.id = p.report_id CROSS JOIN (SELECT ?::tsquery AS q) m`,
	searchWhere: `p.tsv @@ m.q`,
	searchScore: `ts_rank(p.tsv, m.q)`,
	matchArg:    func(q *parsedQuery) any { return q.tsquery() },
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
	return s, nil
}

var _ = stdlib.GetDefaultDriver // the import registers the "pgx" driver
