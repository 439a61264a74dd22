package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"huibao/anonymize"
	"huibao/quantity"
	"huibao/report"
)

// secret is an "original" name that only the audit carries: it must never
// come back out of a store.
const secret = "欧阳秘密"

func sha(n int) string { return fmt.Sprintf("%064x", n) }

func para(i int, cat, section, text string) report.Paragraph {
	return report.Paragraph{Index: i, Text: text, Role: "body", Section: section, Category: cat, Confidence: 0.8}
}

func fval(v float64) *float64 { return &v }

// fixture returns a small report of our own writing.
func fixture(n int, year int, extra string) *report.Report {
	r := &report.Report{
		Source:  report.Source{Name: fmt.Sprintf("〔人名1〕述职报告%d.docx", n), Format: "docx", Bytes: 1000 + int64(n), SHA256: sha(n)},
		Title:   fmt.Sprintf("关于人才工作情况的汇报（%d）", n),
		DocType: "工作汇报",
		Year:    year,
		Paragraphs: []report.Paragraph{
			{Index: 0, Text: fmt.Sprintf("关于人才工作情况的汇报（%d）", n), Heading: true, Role: "title", Category: "other", Confidence: 1},
			para(1, "achievement", "一、工作成效", "今年以来，我县深入实施人才强县战略，新引进高层次人才120名，建成乡村振兴实训基地3个。"+extra),
			para(2, "problem", "二、存在问题", "人才引进渠道还不够宽，基层专业技术人才流失问题依然突出，〔人名1〕同志反映的<待遇>问题需要重视。"),
			para(3, "plan", "三、下步打算", "下一步，我们将加大招才引智力度，计划新建人才公寓200套，推进数字乡村建设。"),
			para(4, "other", "三、下步打算", "联系电话：0571-〔电话1〕。"),
		},
		Quantities: []report.Quantity{
			{Quantity: quantity.Quantity{Text: "120名", Value: fval(120), Unit: "名", Subject: "高层次人才"}, Paragraph: 1, Category: "achievement", Section: "一、工作成效"},
			{Quantity: quantity.Quantity{Text: "3至5个", Value: fval(3), Max: fval(5), Unit: "个", Per: "村", Kind: "count", Subject: "实训基地", Normalized: &quantity.Normalized{Value: 3, Unit: "个"}}, Paragraph: 1, Category: "achievement", Section: "一、工作成效"},
			{Quantity: quantity.Quantity{Text: "××套", Unit: "套", Masked: true, Approx: true}, Paragraph: 3, Category: "plan", Section: "三、下步打算"},
		},
		Entities: []anonymize.EntityCount{{Type: anonymize.PERSON, Placeholder: "〔人名1〕", Count: 2}},
		Audit:    []anonymize.AuditEntry{{Type: anonymize.PERSON, Text: secret, Placeholder: "〔人名1〕", Paragraph: 2}},
	}
	lines := make([]string, len(r.Paragraphs))
	for i, p := range r.Paragraphs {
		lines[i] = p.Text
	}
	r.Text = strings.Join(lines, "\n")
	return r
}

type impl struct {
	name string
	open func(t *testing.T) Store
}

// implementations lists the stores to test. PostgreSQL needs
// HUIBAO_TEST_POSTGRES; without it the PostgreSQL cases skip, except
// under CI=true, where they fail.
func implementations(t *testing.T) []impl {
	return []impl{
		{"sqlite", func(t *testing.T) Store {
			s, err := Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}},
		{"postgres", openTestPostgres},
	}
}

// openTestPostgres opens a store in a fresh schema of the test database,
// dropped when the test ends, so runs never see each other's rows.
func openTestPostgres(t *testing.T) Store {
	s, err := Open(context.Background(), testPostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testPostgresDSN returns the DSN of a fresh schema of the test database,
// dropped when the test ends (skipping or failing like openTestPostgres).
func testPostgresDSN(t *testing.T) string {
	dsn := os.Getenv("HUIBAO_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but HUIBAO_TEST_POSTGRES is not set: the PostgreSQL store must be tested in CI")
		}
		t.Skip("PostgreSQL tests skipped: set HUIBAO_TEST_POSTGRES=postgres://user:pass@host/db to run them")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("huibao_test_%d_%d", os.Getpid(), rand.Int63())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", dsn)
		if err == nil {
			a.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			a.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	qv := u.Query()
	qv.Set("search_path", schema)
	u.RawQuery = qv.Encode()
	return u.String()
}

func forEach(t *testing.T, fn func(t *testing.T, s Store)) {
	for _, im := range implementations(t) {
		t.Run(im.name, func(t *testing.T) { fn(t, im.open(t)) })
	}
}

func TestPutGetIdempotent(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		r := fixture(1, 2023, "")
		id, created, err := s.Put(ctx, r, map[string]string{"county": "安吉", "batch": "a=b"})
		if err != nil || !created || id == "" {
			t.Fatalf("Put = %q, %v, %v", id, created, err)
		}
		id2, created2, err := s.Put(ctx, fixture(1, 2023, "不同的文字"), nil)
		if err != nil || created2 || id2 != id {
			t.Fatalf("second Put of the same SHA-256 = %q, %v, %v; want %q, false", id2, created2, err, id)
		}
		if got, ok, err := s.Has(ctx, sha(1)); err != nil || !ok || got != id {
			t.Fatalf("Has = %q %v %v", got, ok, err)
		}
		if _, ok, err := s.Has(ctx, sha(2)); err != nil || ok {
			t.Fatalf("Has(unknown) = %v %v", ok, err)
		}
		g, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if g.ID != id || g.Title != r.Title || len(g.Paragraphs) != len(r.Paragraphs) || g.Text != r.Text ||
			len(g.Quantities) != 3 || g.Year != 2023 || g.DocType != "工作汇报" || g.Source != r.Source {
			t.Fatalf("Get returned a different report: %+v", g)
		}
		if g.Audit != nil {
			t.Fatal("Get returned the audit: it must never be stored")
		}
		if g.Quantities[2].Value != nil || !g.Quantities[2].Masked || *g.Quantities[0].Value != 120 {
			t.Fatalf("quantities changed: %+v", g.Quantities)
		}
		if _, err := s.Get(ctx, "999999"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Get(unknown) err = %v", err)
		}
		if _, err := s.Get(ctx, "abc"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Get(bad id) err = %v", err)
		}
		bad := fixture(3, 0, "")
		bad.Error = &report.Error{Code: "corrupt", Message: "x"}
		if _, _, err := s.Put(ctx, bad, nil); err == nil {
			t.Fatal("a failed report was stored")
		}

		list, total, err := s.List(ctx, 1, 10)
		if err != nil || total != 1 || len(list) != 1 {
			t.Fatalf("List = %v %d %v", list, total, err)
		}
		sm := list[0]
		if sm.ID != id || sm.Paragraphs != 5 || sm.Categories["achievement"] != 1 || sm.Categories["other"] != 1 ||
			sm.Tags["county"] != "安吉" || sm.Tags["batch"] != "a=b" || sm.IngestedAt.IsZero() || sm.Year != 2023 {
			t.Fatalf("summary = %+v", sm)
		}
	})
}

func TestNeverStoresAudit(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		id, _, err := s.Put(ctx, fixture(1, 2022, ""), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, what := range []string{"reports", "paragraphs", "quantities"} {
			err := s.Export(ctx, what, func(cols []string, row []any) error {
				if strings.Contains(fmt.Sprint(row...), secret) {
					t.Errorf("export %s leaked an audit original", what)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		res, err := s.Search(ctx, Query{Text: secret})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 0 {
			t.Fatalf("searching the audit original found %d hits", res.Total)
		}
		if g, _ := s.Get(ctx, id); g == nil || strings.Contains(fmt.Sprintf("%+v", *g), secret) {
			t.Fatal("Get leaked an audit original")
		}
	})
}

func TestSearch(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		for i := 1; i <= 6; i++ {
			extra := ""
			if i%2 == 0 {
				extra = "同时开展了生态环境整治行动。"
			}
			tags := map[string]string{"county": "甲县"}
			if i > 3 {
				tags["county"] = "乙县"
			}
			if _, _, err := s.Put(ctx, fixture(i, 2018+i%2, extra), tags); err != nil {
				t.Fatal(err)
			}
		}
		cases := []struct {
			name     string
			q        Query
			total    int
			category string // every hit's category, when set
		}{
			{"one word", Query{Text: "人才"}, 24, ""},                                     // title + 3 paragraphs × 6 reports
			{"word inside long word", Query{Text: "振兴"}, 6, "achievement"},              // 乡村振兴
			{"two words", Query{Text: "人才 公寓"}, 6, "plan"},                              // both in the plan paragraph
			{"category", Query{Text: "人才", Category: "problem"}, 6, "problem"},          //
			{"year", Query{Text: "人才", Year: 2019}, 12, ""},                             // odd i → 2019
			{"tag", Query{Text: "人才", Tags: map[string]string{"county": "乙县"}}, 12, ""}, //
			{"exclusion", Query{Text: "人才 -生态"}, 21, ""},                                // 3 achievement paragraphs have 生态
			{"phrase", Query{Text: `"乡村振兴实训基地"`}, 6, "achievement"},                     //
			{"phrase in wrong order", Query{Text: `"基地实训"`}, 0, ""},                     //
			{"chinese quotes", Query{Text: "“人才公寓”"}, 6, "plan"},                        //
			{"number with dash", Query{Text: "0571-"}, 6, "other"},                      //
			{"operators as words", Query{Text: "AND OR ("}, 0, ""},                      //
			{"sql in query", Query{Text: "'; DROP TABLE reports; --"}, 0, ""},           //
			{"fts5 syntax", Query{Text: `NEAR(人才 公寓) col:x * ^人才`}, 0, ""},              //
			{"no match", Query{Text: "航天飞机"}, 0, ""},                                    //
		}
		for _, c := range cases {
			res, err := s.Search(ctx, c.q)
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
				continue
			}
			if res.Total != c.total {
				t.Errorf("%s: total %d, want %d (facets %v)", c.name, res.Total, c.total, res.Facets)
			}
			if want := min(c.total, 20); len(res.Hits) != want {
				t.Errorf("%s: %d hits, want %d", c.name, len(res.Hits), want)
			}
			for _, h := range res.Hits {
				if c.category != "" && h.Category != c.category {
					t.Errorf("%s: hit in category %s", c.name, h.Category)
				}
				if !strings.Contains(h.Snippet, "<mark>") {
					t.Errorf("%s: snippet without a highlight: %s", c.name, h.Snippet)
				}
				if h.ReportID == "" || h.Title == "" {
					t.Errorf("%s: incomplete hit %+v", c.name, h)
				}
			}
		}
		// Facets count every matching paragraph per category, whatever
		// the category filter.
		res, err := s.Search(ctx, Query{Text: "人才", Category: "plan"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Facets["achievement"] != 6 || res.Facets["problem"] != 6 || res.Facets["plan"] != 6 || res.Total != 6 {
			t.Fatalf("facets = %v total %d", res.Facets, res.Total)
		}
		// Highlights are HTML-escaped around the marks.
		res, err = s.Search(ctx, Query{Text: "待遇"})
		if err != nil || len(res.Hits) == 0 {
			t.Fatalf("待遇: %v %v", res, err)
		}
		if sn := res.Hits[0].Snippet; !strings.Contains(sn, "&lt;<mark>待遇</mark>&gt;") {
			t.Fatalf("snippet not escaped/marked: %s", sn)
		}
		// Bad queries: a clear error, never a crash.
		for _, bad := range []string{`"`, "", "   ", "-人才", "（）", `""`} {
			_, err := s.Search(ctx, Query{Text: bad})
			if !errors.Is(err, ErrBadQuery) {
				t.Errorf("query %q: err = %v, want ErrBadQuery", bad, err)
			}
		}
		// Paging.
		p1, err1 := s.Search(ctx, Query{Text: "人才", Limit: 10, Page: 1})
		p2, err2 := s.Search(ctx, Query{Text: "人才", Limit: 10, Page: 3})
		if err1 != nil || err2 != nil || len(p1.Hits) != 10 || len(p2.Hits) != 4 {
			t.Fatalf("paging: %v %v", err1, err2)
		}
		seen := map[string]bool{}
		for _, h := range append(p1.Hits, p2.Hits...) {
			k := fmt.Sprint(h.ReportID, "/", h.Paragraph)
			if seen[k] {
				t.Fatalf("paragraph %s on two pages", k)
			}
			seen[k] = true
		}
		// Broad queries rank only the newest matches; counts stay exact.
		old, oldPG := rankWindow, pgRankWindow
		rankWindow, pgRankWindow = 5, 5
		res, err = s.Search(ctx, Query{Text: "人才", Category: "achievement", Limit: 3})
		rankWindow, pgRankWindow = old, oldPG
		if err != nil || res.Total != 6 || len(res.Hits) != 3 || res.Approx {
			t.Fatalf("windowed search: %v %v", res, err)
		}
		first, _, _ := s.Has(ctx, sha(1))
		for _, h := range res.Hits {
			if h.ReportID == first {
				t.Fatalf("windowed search ranked an old match: %+v", h)
			}
		}
		// Beyond PostgreSQL's counting cap, counts are estimates, flagged
		// and never below what was counted; SQLite stays exact.
		oldCap := pgCountCap
		pgCountCap = 3
		res, err = s.Search(ctx, Query{Text: "人才", Category: "achievement", Limit: 3})
		pgCountCap = oldCap
		if err != nil || len(res.Hits) != 3 {
			t.Fatalf("capped count: %v %v", res, err)
		}
		sum := 0
		for _, n := range res.Facets {
			sum += n
		}
		if _, pg := s.(*pgStore); pg != res.Approx || (pg && sum < 4) || (!pg && res.Total != 6) {
			t.Errorf("capped count: total %d approx %v facets %v", res.Total, res.Approx, res.Facets)
		}

		// A category outside the four is counted and filtered by name.
		odd := fixture(99, 2019, "")
		odd.Paragraphs[3].Category = "custom"
		if _, _, err := s.Put(ctx, odd, nil); err != nil {
			t.Fatal(err)
		}
		res, err = s.Search(ctx, Query{Text: "公寓", Category: "custom"})
		if err != nil || res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].Category != "custom" || res.Facets["plan"] != 6 {
			t.Fatalf("custom category: %+v %v", res, err)
		}
		res, err = s.Search(ctx, Query{Text: "公寓"})
		if err != nil || res.Total != 7 || len(res.Hits) != 7 || res.Facets["custom"] != 1 {
			t.Fatalf("custom category unfiltered: %+v %v", res, err)
		}
		if err := s.Delete(ctx, func() string { id, _, _ := s.Has(ctx, sha(99)); return id }()); err != nil {
			t.Fatal(err)
		}
		// The table survived the injection attempt.
		if _, total, err := s.List(ctx, 1, 1); err != nil || total != 6 {
			t.Fatalf("after injection attempt: %d %v", total, err)
		}
	})
}

func TestExportAndDelete(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		ids := []string{}
		for i := 1; i <= 3; i++ {
			id, _, err := s.Put(ctx, fixture(i, 2020, ""), map[string]string{"k": fmt.Sprint(i)})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		count := func(what string) (int, []string, [][]any) {
			var n int
			var cols []string
			var rows [][]any
			if err := s.Export(ctx, what, func(c []string, row []any) error {
				n++
				cols = c
				if len(row) != len(c) {
					t.Fatalf("%s: %d values for %d columns", what, len(row), len(c))
				}
				rows = append(rows, row)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			return n, cols, rows
		}
		n, cols, rows := count("reports")
		if n != 3 || cols[0] != "id" || rows[0][len(cols)-1] != fixture(1, 0, "").Text {
			t.Fatalf("reports export: %d %v %v", n, cols, rows)
		}
		if rows[0][9] != int64(1) || rows[0][14] != "k=1" { // achievement count, tags
			t.Fatalf("reports row = %v", rows[0])
		}
		if n, _, _ := count("paragraphs"); n != 15 {
			t.Fatalf("paragraph rows = %d", n)
		}
		n, cols, rows = count("quantities")
		if n != 9 || strings.Join(cols, ",") != strings.Join(quantityCols, ",") {
			t.Fatalf("quantity rows = %d %v", n, cols)
		}
		if rows[0][8] != 120.0 || rows[2][8] != nil || rows[2][15] != true || rows[1][12] != 3.0 || rows[0][12] != nil {
			t.Fatalf("quantity rows = %v", rows[:3])
		}
		// kind, the upper end of a range and the per-unit base travel with
		// the figure, so 3至5个 per 村 is not read as 3 个.
		if rows[1][7] != "count" || rows[1][9] != 5.0 || rows[1][11] != "村" || rows[0][9] != nil || rows[0][11] != "" {
			t.Fatalf("quantity rows = %v", rows[:3])
		}
		if err := s.Export(ctx, "bogus", func([]string, []any) error { return nil }); err == nil {
			t.Fatal("unknown export kind accepted")
		}
		stop := errors.New("stop")
		if err := s.Export(ctx, "paragraphs", func([]string, []any) error { return stop }); !errors.Is(err, stop) {
			t.Fatalf("callback error not returned: %v", err)
		}

		if err := s.Delete(ctx, ids[0]); err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, ids[0]); !errors.Is(err, ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
		if _, err := s.Get(ctx, ids[0]); !errors.Is(err, ErrNotFound) {
			t.Fatalf("get deleted: %v", err)
		}
		res, err := s.Search(ctx, Query{Text: "人才"})
		if err != nil || res.Total != 8 {
			t.Fatalf("search after delete: %v %v", res, err)
		}
		for _, h := range res.Hits {
			if h.ReportID == ids[0] {
				t.Fatal("deleted report still found")
			}
		}
		if n, _, _ := count("quantities"); n != 6 {
			t.Fatalf("quantities after delete = %d", n)
		}
		// Deleting frees the SHA-256: the report can be stored again.
		if _, created, err := s.Put(ctx, fixture(1, 2020, ""), nil); err != nil || !created {
			t.Fatalf("re-put after delete: %v %v", created, err)
		}
	})
}

func TestConcurrentPutsStoreOnce(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		var wg sync.WaitGroup
		var mu sync.Mutex
		created, ids := 0, map[string]bool{}
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 5; i++ {
					id, c, err := s.Put(ctx, fixture(i, 2021, ""), nil)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					if c {
						created++
					}
					ids[id] = true
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if created != 5 || len(ids) != 5 {
			t.Fatalf("created %d, distinct ids %d; want 5, 5", created, len(ids))
		}
		if _, total, _ := s.List(ctx, 1, 100); total != 5 {
			t.Fatalf("stored %d reports, want 5", total)
		}
	})
}

func TestOpenDSNAndMigrations(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	for _, dsn := range []string{"sqlite:" + filepath.Join(dir, "a.db"), "file:" + filepath.Join(dir, "b.db"), filepath.Join(dir, "sub", "c.db")} {
		s, err := Open(ctx, dsn)
		if err != nil {
			t.Fatalf("%s: %v", dsn, err)
		}
		if _, _, err := s.Put(ctx, fixture(1, 0, ""), nil); err != nil {
			t.Fatal(err)
		}
		s.Close()
		// Reopening applies no migration twice and keeps the data.
		s, err = Open(ctx, dsn)
		if err != nil {
			t.Fatalf("reopen %s: %v", dsn, err)
		}
		v, err := s.(interface {
			SchemaVersion(context.Context) (int, error)
		}).SchemaVersion(ctx)
		ms, _ := migrations("sqlite")
		if err != nil || v != ms[len(ms)-1].version {
			t.Fatalf("schema version %d %v", v, err)
		}
		if _, total, _ := s.List(ctx, 1, 1); total != 1 {
			t.Fatalf("%s: reopened store has %d reports", dsn, total)
		}
		s.Close()
	}
	// Each dialect's versions run 1, 2, … without gaps (a dialect may have
	// steps the other does not need, such as PostgreSQL's search indexes).
	for _, d := range []string{"postgres", "sqlite"} {
		ms, err := migrations(d)
		if err != nil || len(ms) == 0 {
			t.Fatalf("%s migrations: %d %v", d, len(ms), err)
		}
		for i, m := range ms {
			if m.version != i+1 {
				t.Fatalf("%s migration %s: version %d, want %d", d, m.name, m.version, i+1)
			}
		}
	}
}

func TestParseQuery(t *testing.T) {
	for _, c := range []struct{ in, fts, ts string }{
		{"人才", `(("人才"))`, `('人才')`},
		{`"人才 公寓" -生态`, `(("人才" + "公寓")) NOT (("生态"))`, `('人才' <-> '公寓') & !('生态')`},
		{`it's "a"b`, `(("it" AND "s") AND ("a") AND ("b"))`, `('it' & 's') & ('a') & ('b')`},
	} {
		q, err := parseQuery(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := q.fts5(); got != c.fts {
			t.Errorf("%q: fts5 %s, want %s", c.in, got, c.fts)
		}
		if got := q.tsquery(); got != c.ts {
			t.Errorf("%q: tsquery %s, want %s", c.in, got, c.ts)
		}
	}
	if got := tsLexeme(`a'b\c`); got != `'a''b\\c'` {
		t.Errorf("tsLexeme = %s", got)
	}
	if got := snippet("<p>人才&</p>", []string{"人才"}); got != "&lt;p&gt;<mark>人才</mark>&amp;&lt;/p&gt;" {
		t.Errorf("snippet = %s", got)
	}
	long := strings.Repeat("一", 100) + "人才" + strings.Repeat("二", 100)
	if got := snippet(long, []string{"人才"}); !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") ||
		!strings.Contains(got, "<mark>人才</mark>") {
		t.Errorf("long snippet = %s", got)
	}
}

// BenchmarkPut measures storing one report of 30 paragraphs (tokenizing
// included) in SQLite.
func BenchmarkPut(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	base := fixture(0, 2020, "")
	for len(base.Paragraphs) < 30 {
		p := base.Paragraphs[1+len(base.Paragraphs)%4]
		p.Index = len(base.Paragraphs)
		base.Paragraphs = append(base.Paragraphs, p)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := *base
		r.Source.SHA256 = sha(1000 + i)
		if _, _, err := s.Put(context.Background(), &r, map[string]string{"k": "v"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWriteExport(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		r := fixture(1, 2020, "")
		r.Paragraphs[3].Text = "计划新建人才公寓200套, 含 \"引号\"\n和换行"
		if _, _, err := s.Put(ctx, r, map[string]string{"k": "v"}); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteExport(ctx, s, &buf, "csv", "paragraphs"); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF")) {
			t.Fatal("CSV without a UTF-8 byte-order mark")
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 6 || strings.Join(recs[0], ",") != strings.Join(paragraphCols, ",") || recs[4][8] != r.Paragraphs[3].Text {
			t.Fatalf("CSV = %q", recs)
		}
		buf.Reset()
		if err := WriteExport(ctx, s, &buf, "csv", "quantities"); err != nil {
			t.Fatal(err)
		}
		recs, _ = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF")))).ReadAll()
		// 120名: value 120, no normalised value; ××套: masked, empty value.
		// 3至5个 per 村: max 5, per 村.
		if len(recs) != 4 || recs[1][8] != "120" || recs[1][12] != "" || recs[3][8] != "" || recs[3][15] != "true" ||
			recs[2][9] != "5" || recs[2][11] != "村" {
			t.Fatalf("quantities CSV = %q", recs)
		}
		buf.Reset()
		if err := WriteExport(ctx, s, &buf, "jsonl", "reports"); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], `{"id":"`) {
			t.Fatalf("JSONL = %s", buf.String())
		}
		var obj map[string]any
		if err := json.Unmarshal([]byte(lines[0]), &obj); err != nil || obj["tags"] != "k=v" || obj["year"] != 2020.0 {
			t.Fatalf("JSONL object %v: %v", obj, err)
		}
		for _, bad := range [][2]string{{"xml", "reports"}, {"csv", "people"}} {
			if err := WriteExport(ctx, s, &buf, bad[0], bad[1]); err == nil {
				t.Errorf("export %v accepted", bad)
			}
		}
	})
}
