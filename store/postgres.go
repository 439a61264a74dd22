package store

import (
	"context"
	"database/sql"
	"encoding/json"
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
			reportID, p.Index, p.Heading, p.Role, p.Section, p.Category, p.Confidence, p.Text,
			tsvector(tokens)+" "+tsLexeme(catLexeme(p.Category)))
		return err
	},
	facets: pgFacets,
	rank:   pgRank,
}

// catLexeme is the lexeme every paragraph's tsvector carries for its
// category, so a tsquery can AND the category filter into one GIN
// lookup. Its prefix is never part of a query token (see tokenize).
func catLexeme(category string) string { return catPrefix + category }

// catPrefix starts the category lexemes.
const catPrefix = "§"

// pgFrom is the FROM clause of a search; the tsquery literal is the one
// bound parameter it contains, cast in the WHERE clause so the planner
// sees its lexemes (for its row estimates). Reports are joined only when
// a year or tag filter needs them.
func pgFrom(q Query) string {
	if q.Year == 0 && len(q.Tags) == 0 {
		return ` FROM paragraphs p WHERE p.tsv @@ ?::tsquery`
	}
	return ` FROM paragraphs p JOIN reports r ON r.id = p.report_id WHERE p.tsv @@ ?::tsquery`
}

// pgCountCap bounds exact counting: a query matching more paragraphs
// than this gets facets estimated from its first pgCountCap matches
// (Results.Approx). Counting visits
// every matching row in the heap, about 1.5 µs a row: 45 ms for a word
// in a fifth of a 3,000-report corpus, three times that at 10,000.
var pgCountCap = 2000

// pgRankWindow is PostgreSQL's ranking window (see rankWindow): reading
// a paragraph's tsvector for ts_rank costs more than FTS5's bm25, so the
// newest 1,000 matches are ranked.
var pgRankWindow = 1000

// pgProbeRows is the size of the newest-rows probe that spots broad
// queries before any counting: a word found in enough of the newest
// pgProbeRows paragraphs matches far more than pgCountCap rows, so its
// facets are estimated from the probe alone (about 5 ms) instead of
// building its whole GIN bitmap and reading pgCountCap heap rows (16 ms
// for a word in a quarter of 300,000 paragraphs).
var pgProbeRows = 2000

// pgProbeMin is the fewest probe matches an estimate is made from (the
// relative error of the total is then about 1/√pgProbeMin).
var pgProbeMin = 40

// pgProbe estimates a broad query's facets from the newest pgProbeRows
// paragraphs (by id, which follows ingest order). ok is false when the
// corpus is too small to gain from it, a year or tag filter would make
// each probed row join reports, or the probe does not show the query
// to be clearly beyond the counting cap.
func pgProbe(ctx context.Context, tx *sql.Tx, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, bool, error) {
	if q.Year != 0 || len(q.Tags) > 0 || pgProbeRows <= 0 {
		return nil, false, nil
	}
	var top sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(id) FROM paragraphs`).Scan(&top); err != nil {
		return nil, false, err
	}
	k := int64(pgProbeRows)
	if top.Int64 < 4*k {
		return nil, false, nil
	}
	// The probe tests each row's tsvector (2.5 µs a row): worth it only
	// for a query the planner's lexeme statistics already call broad. A
	// rare word's bitmap costs under a millisecond.
	var plan string
	if err := tx.QueryRowContext(ctx, `EXPLAIN (FORMAT JSON) SELECT 1 FROM paragraphs WHERE tsv @@ $1::tsquery`,
		pq.tsquery()).Scan(&plan); err != nil {
		return nil, false, err
	}
	var ex []struct {
		Plan struct {
			Rows float64 `json:"Plan Rows"`
		}
	}
	if err := json.Unmarshal([]byte(plan), &ex); err != nil || len(ex) != 1 || ex[0].Plan.Rows <= float64(4*pgCountCap) {
		return nil, false, nil
	}
	// ts_match_vq is the @@ operator's function: written as a call it is
	// not matched to the GIN index, so the probe stays a primary key
	// range scan that tests each row's tsvector.
	rows, err := tx.QueryContext(ctx, s.q(`SELECT category, count(*) FROM paragraphs
		WHERE id > ? AND ts_match_vq(tsv, ?::tsquery) GROUP BY 1`), top.Int64-k, pq.tsquery())
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	out := map[string]int{}
	m := 0
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			return nil, false, err
		}
		out[c] = n
		m += n
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	f := float64(top.Int64) / float64(k)
	if m < pgProbeMin || float64(m)*f <= float64(2*pgCountCap) {
		return nil, false, nil
	}
	for c, n := range out {
		out[c] = int(float64(n) * f)
	}
	return out, true, nil
}

func pgFacets(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery) (map[string]int, bool, error) {
	where, args := filters(q, false)
	args = append([]any{pq.tsquery()}, args...)
	// With a LIMIT the planner likes a sequential scan that tests every
	// row's tsvector (30 ms for a common word); the GIN bitmap is faster.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, false, err
	}
	defer tx.Rollback()
	if est, ok, err := pgProbe(ctx, tx, s, q, pq); err != nil || ok {
		return est, ok, err
	}
	if _, err := tx.ExecContext(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		return nil, false, err
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT category, count(*), max((ctid::text::point)[0])::bigint
		FROM (SELECT p.category, p.ctid`+pgFrom(q)+where+` LIMIT ?) m GROUP BY 1`), append(args, pgCountCap+1)...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	out := map[string]int{}
	n := 0
	var lastBlock int64
	for rows.Next() {
		var c string
		var k int
		var b int64
		if err := rows.Scan(&c, &k, &b); err != nil {
			return nil, false, err
		}
		out[c] = k
		n += k
		lastBlock = max(lastBlock, b)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if n <= pgCountCap {
		return out, false, nil
	}
	// More than the cap: the bitmap scan reads the table in block order,
	// so the sample covers blocks 0..lastBlock; matches are spread over
	// the table as reports arrive, so the total is about n × blocks /
	// (lastBlock+1), in the sample's category shares.
	var blocks int64
	if err := tx.QueryRowContext(ctx, `SELECT pg_relation_size('paragraphs') / current_setting('block_size')::bigint`).
		Scan(&blocks); err != nil {
		return nil, false, err
	}
	f := float64(blocks) / float64(lastBlock+1)
	if f <= 1 {
		return out, true, nil
	}
	for c, k := range out {
		out[c] = int(float64(k) * f)
	}
	return out, true, nil
}

// pgRank ranks the newest window of matches: the inner query takes them
// by id (a backward walk of an index for broad words, the GIN index for
// rare ones) and only those are scored.
func pgRank(ctx context.Context, s *sqlStore, q Query, pq *parsedQuery, facets map[string]int, total int) ([]ranked, error) {
	w := max(pgRankWindow, q.Page*q.Limit)
	// Two ways to the newest w matches: walk an index backwards, testing
	// about w × rows / matches rows, or read every match through the GIN
	// bitmap and sort. The planner, not knowing how many rows match,
	// often walks too far; the counts are known here (a bitmap row costs
	// about twice a walked one, measured). With a category filter the
	// walk follows (category, id), so it tests only that category's rows
	// (about w × rows / all matches, taking the category's share of rows
	// to be its share of matches), and the bitmap reads only the
	// category's matches. Year and tag filters join reports for each row
	// walked, so they always take the bitmap.
	all := 0
	for _, n := range facets {
		all += n
	}
	if q.Category == "" {
		all = total
	}
	walk := false
	if q.Year == 0 && len(q.Tags) == 0 {
		var n sql.NullInt64
		if err := s.db.QueryRowContext(ctx, `SELECT max(id) FROM paragraphs`).Scan(&n); err != nil {
			return nil, err
		}
		walk = 2*int64(total)*int64(all) > int64(w)*n.Int64
	}
	// The category: the walk follows (category, id); the bitmap ANDs the
	// category's lexeme into the tsquery, so the GIN index alone picks the
	// category's matches and the heap is read for those only (a quarter
	// of a word's matches), never a whole category's btree range.
	match := pq.tsquery()
	var cond string
	var cargs []any
	if q.Category != "" {
		if walk {
			cond = " AND p.category = ?"
			cargs = []any{q.Category}
		} else {
			match = "(" + match + ") & " + tsLexeme(catLexeme(q.Category))
		}
	}
	qc := q
	qc.Category = ""
	where, args := filters(qc, true)
	args = append(append([]any{match}, cargs...), args...)
	order := "p.id+0"
	if walk {
		order = "p.id"
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if walk {
		// pgx prepares and caches every statement; after five runs the
		// server may switch it to a generic plan, made without the
		// query's lexemes or category: for the walk, a BitmapAnd of a
		// whole category with a broad word (88 ms instead of 5 ms). The
		// walk is planned for its own values.
		if _, err := tx.ExecContext(ctx, `SET LOCAL plan_cache_mode = force_custom_plan`); err != nil {
			return nil, err
		}
	}
	if walk && q.Category != "" {
		// The table is read in id order and cached; at the default
		// random_page_cost (4) the planner prefers walking the primary
		// key, testing four times the rows, to following (category, id).
		if _, err := tx.ExecContext(ctx, `SET LOCAL random_page_cost = 1.1`); err != nil {
			return nil, err
		}
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT id, ts_rank(tsv, ?::tsquery) AS score FROM (SELECT p.id, p.tsv`+
		pgFrom(q)+cond+where+` ORDER BY `+order+` DESC LIMIT ?) m ORDER BY score DESC, id LIMIT ? OFFSET ?`),
		append(append([]any{pq.tsquery()}, args...), w, q.Limit, (q.Page-1)*q.Limit)...)
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
