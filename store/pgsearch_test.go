package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// hitKeys lists a result's hits as report/paragraph, in result order.
func hitKeys(res *Results) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = fmt.Sprint(h.ReportID, "/", h.Paragraph)
	}
	return out
}

// TestPostgresCategorySearch checks the category lexeme and the two ways
// to the ranking window (walking (category, id) and the GIN bitmap with
// the category ANDed in) give the same hits, only of that category, and
// that no query text reaches a category lexeme.
func TestPostgresCategorySearch(t *testing.T) {
	ctx := context.Background()
	s := openTestPostgres(t)
	for i := 1; i <= 12; i++ {
		if _, _, err := s.Put(ctx, fixture(i, 2019, ""), nil); err != nil {
			t.Fatal(err)
		}
	}
	q := Query{Text: "人才", Category: "problem", Limit: 50}
	old := pgRankWindow
	defer func() { pgRankWindow = old }()
	// 60 paragraphs, 48 match, 12 in the category: a window of 1,000
	// takes the bitmap (2·12·48 ≤ 1000·60), a window of 12 walks.
	pgRankWindow = 1000
	bitmap, err := s.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	pgRankWindow = 12
	walk, err := s.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if bitmap.Total != 12 || len(bitmap.Hits) != 12 || bitmap.Facets["achievement"] != 12 {
		t.Fatalf("bitmap path: total %d hits %d facets %v", bitmap.Total, len(bitmap.Hits), bitmap.Facets)
	}
	for _, h := range append(bitmap.Hits, walk.Hits...) {
		if h.Category != "problem" {
			t.Fatalf("hit outside the category: %+v", h)
		}
	}
	b, w := hitKeys(bitmap), hitKeys(walk)
	sort.Strings(b)
	sort.Strings(w)
	if strings.Join(b, " ") != strings.Join(w, " ") {
		t.Fatalf("walk and bitmap disagree:\n%v\n%v", b, w)
	}
	// The category lexemes are out of the query's reach.
	for _, text := range []string{"§problem", "§plan 人才", "'§plan'"} {
		res, err := s.Search(ctx, Query{Text: text})
		if err != nil && !strings.Contains(err.Error(), "query") {
			t.Fatalf("%q: %v", text, err)
		}
		if err == nil && text != "§plan 人才" && res.Total != 0 {
			t.Fatalf("%q matched a category lexeme: %d", text, res.Total)
		}
		if err == nil && text == "§plan 人才" && res.Total != 0 {
			t.Fatalf("%q: 'plan' is in no text, yet %d matches", text, res.Total)
		}
	}
}

// TestPostgresProbe checks the newest-rows probe: a broad word's facets
// are estimated from it (flagged approximate, in proportion), a rare
// word's are left to exact counting.
func TestPostgresProbe(t *testing.T) {
	ctx := context.Background()
	s := openTestPostgres(t)
	for i := 1; i <= 12; i++ {
		extra := ""
		if i == 3 {
			extra = "独有词汇甲乙"
		}
		if _, _, err := s.Put(ctx, fixture(i, 2019, extra), nil); err != nil {
			t.Fatal(err)
		}
	}
	st := s.(*pgStore).sqlStore
	if _, err := st.db.ExecContext(ctx, `ANALYZE paragraphs`); err != nil {
		t.Fatal(err)
	}
	oldRows, oldMin, oldCap := pgProbeRows, pgProbeMin, pgCountCap
	defer func() { pgProbeRows, pgProbeMin, pgCountCap = oldRows, oldMin, oldCap }()
	pgProbeRows, pgProbeMin, pgCountCap = 10, 4, 2
	probe := func(text string) (map[string]int, bool) {
		t.Helper()
		pq, err := parseQuery(text)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := st.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		est, ok, err := pgProbe(ctx, tx, st, Query{Text: text}, pq)
		if err != nil {
			t.Fatal(err)
		}
		return est, ok
	}
	// The newest 10 paragraphs (two reports) hold 8 matches of 人才, two
	// in each category (the title is "other"): scaled by 60/10.
	est, ok := probe("人才")
	if !ok {
		t.Fatal("a word in four of five paragraphs was not estimated")
	}
	want := map[string]int{"achievement": 12, "problem": 12, "plan": 12, "other": 12}
	for c, n := range want {
		if est[c] != n {
			t.Fatalf("estimate %v, want %v", est, want)
		}
	}
	if _, ok := probe("独有词汇甲乙"); ok {
		t.Fatal("a word of one paragraph was estimated")
	}
	res, err := s.Search(ctx, Query{Text: "独有词汇甲乙"})
	if err != nil || res.Approx || res.Total != 1 {
		t.Fatalf("rare word: %+v %v", res, err)
	}
	res, err = s.Search(ctx, Query{Text: "人才", Category: "plan", Limit: 5})
	if err != nil || !res.Approx || res.Total != 12 || len(res.Hits) != 5 {
		t.Fatalf("broad word: total %d approx %v hits %d %v", res.Total, res.Approx, len(res.Hits), err)
	}
}

// TestPostgresMigrateCategoryLexeme opens a corpus written at schema
// version 2 (paragraph tsvectors without category lexemes) and checks
// that migrating it makes category-filtered search find its rows.
func TestPostgresMigrateCategoryLexeme(t *testing.T) {
	ctx := context.Background()
	dsn := testPostgresDSN(t)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := migrations("postgres")
	if err != nil {
		t.Fatal(err)
	}
	old := &sqlStore{db: db, d: postgresDialect}
	for _, m := range ms {
		if m.version > 2 {
			break
		}
		if err := old.applyMigration(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO reports (id, sha256, name, format, bytes, title, paragraphs,
		categories, entities, ingested_at, body) VALUES (1, 'a', 'x.txt', 'txt', 1, '汇报', 1, '{"plan":1}', 0, now(), '{}')`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO paragraphs (report_id, position, heading, role, section, category,
		confidence, text, tsv) VALUES (1, 0, false, 'body', '', 'plan', 1, '建设人才公寓', $1::tsvector)`,
		tsvector(tokenize("建设人才公寓"))); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.(*pgStore).SchemaVersion(ctx); err != nil || v < 3 {
		t.Fatalf("schema version %d %v", v, err)
	}
	old2 := pgRankWindow
	pgRankWindow = 1000 // the bitmap path, which relies on the lexeme
	defer func() { pgRankWindow = old2 }()
	res, err := s.Search(ctx, Query{Text: "公寓", Category: "plan"})
	if err != nil || res.Total != 1 || len(res.Hits) != 1 {
		t.Fatalf("migrated corpus: %+v %v", res, err)
	}
}
