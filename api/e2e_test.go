package api

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"huibao/report"
	"huibao/segment"
	"huibao/store"
)

// chromiumPath finds Debian's Chromium. Without it the browser test skips
// locally and fails in CI, where .ci/run installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (apt-get install -y chromium); the browser test must run in CI")
	}
	t.Skip("chromium not installed (apt-get install -y chromium); skipping the browser test")
	return ""
}

// TestBrowserEndToEnd drives headless Chromium through the real pages on a
// real SQLite corpus: upload the example report with the form, check the
// rendered categories against the pipeline's and that no masked name is on
// the page, then search the corpus with a category filter.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	chromium := chromiumPath(t)
	example := filepath.Join(sharedDir(t), "examples", "talent-work-briefing.txt")
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	want, err := report.Analyze(context.Background(), filepath.Base(example), data, report.Options{Audit: true})
	if err != nil {
		t.Fatal(err)
	}

	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	srv, err := New(Config{Store: st, Logger: slog.New(slog.NewJSONHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	defer srv.Close()

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(chromium),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.UserDataDir(t.TempDir()),
		)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	// 1. Upload through the form (the page's script posts it with progress
	// and then opens the stored report's page).
	err = chromedp.Do(ctx,
		chromedp.Navigate(hs.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#upload-form")),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{example}),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("article.report")),
	)
	if err != nil {
		t.Fatalf("upload through the form: %v\nlog:\n%s", err, logs.String())
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/reports/") {
		t.Fatalf("after upload the browser is at %q (%v)", loc, err)
	}
	html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html")))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range want.Audit {
		if utf8.RuneCountInString(a.Text) >= 2 && strings.Contains(html, a.Text) {
			t.Errorf("a masked %s (%d bytes) is on the result page", a.Type, len(a.Text))
		}
	}

	// 2. Each paragraph is shown with the category the pipeline gave it.
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](
		`Array.from(document.querySelectorAll('.para')).map(e => [e.dataset.index, e.dataset.category, e.querySelector('.cat').textContent])`))
	if err != nil {
		t.Fatal(err)
	}
	if len(shown) != len(want.Paragraphs) {
		t.Fatalf("page shows %d paragraphs, the pipeline found %d", len(shown), len(want.Paragraphs))
	}
	seen := map[string]bool{}
	for _, s := range shown {
		i, _ := strconv.Atoi(s[0])
		if i < 0 || i >= len(want.Paragraphs) {
			t.Fatalf("bad paragraph index %q", s[0])
		}
		if wc := want.Paragraphs[i].Category; s[1] != wc || s[2] != categoryLabel[wc] {
			t.Errorf("paragraph %d shown as %s/%s, pipeline says %s", i, s[1], s[2], wc)
		}
		seen[s[1]] = true
	}
	for _, c := range []string{"achievement", "problem", "plan"} {
		if !seen[c] {
			t.Errorf("no %s paragraph rendered", c)
		}
	}
	// The quantities table sorts by value when its header is clicked.
	firstVals, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`(() => { document.querySelectorAll('#quantities th')[1].click(); return Array.from(document.querySelectorAll('#quantities tbody tr td:nth-child(2)')).map(td => td.dataset.value); })()`))
	if err != nil {
		t.Fatal(err)
	}
	var prev float64 = -1e18
	for _, v := range firstVals {
		if v == "" {
			prev = 1e18 // masked values sort last
			continue
		}
		f, _ := strconv.ParseFloat(v, 64)
		if f < prev {
			t.Errorf("quantities not sorted ascending: %v", firstVals)
			break
		}
		prev = f
	}

	// 3. Search the corpus for a word of a problem paragraph, filtered to problems.
	term := searchTerm(t, want, "problem")
	err = chromedp.Do(ctx,
		chromedp.Navigate(hs.URL+"/corpus"),
		chromedp.WaitVisible(chromedp.CSS("form.search")),
		chromedp.SetValue(chromedp.CSS(`input[name="q"]`), term),
		chromedp.SetValue(chromedp.CSS(`select[name="category"]`), "problem"),
		chromedp.Click(chromedp.CSS(`form.search button`)),
		chromedp.WaitReady(chromedp.CSS("ol.hits")), // only on the results page
	)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](
		`Array.from(document.querySelectorAll('li.hit')).map(e => [e.dataset.category, e.querySelector('.snippet').innerHTML])`))
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		t.Fatalf("search for %q (a word of a problem paragraph) found nothing at %s", term, loc)
	}
	for _, h := range hits {
		if h[0] != "problem" || !strings.Contains(h[1], `<mark class="hit">`) {
			t.Errorf("hit %v: want category problem and a highlighted match", h)
		}
	}
	if strings.Contains(logs.String(), term) {
		t.Error("the search term reached the log")
	}

	// 4. Several files, not stored: the script shows the server's result
	// page in place (same URL) and initialises it again.
	docx := filepath.Join(filepath.Dir(example), "talent-work-briefing.docx")
	err = chromedp.Do(ctx,
		chromedp.Navigate(hs.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#upload-form")),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{example, docx}),
		chromedp.SetValue(chromedp.CSS(`select[name="store"]`), "false"),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("article.report")),
	)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`(() => { const th = document.querySelector('#quantities th'); th.click();
		  return [location.pathname, String(document.querySelectorAll('article.report').length), th.className,
		          String(document.querySelectorAll('article.report[data-id]').length)]; })()`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "/" || got[1] != "2" || got[2] != "asc" || got[3] != "0" {
		t.Errorf("unstored upload of two files: path %s, %s reports, sorted %q, %s stored", got[0], got[1], got[2], got[3])
	}
	if list, _, err := st.List(context.Background(), 1, 10); err != nil || len(list) != 1 {
		t.Errorf("the corpus holds %d reports, want only the first upload (%v)", len(list), err)
	}
}

// searchTerm picks a word of two or more Chinese characters from the first
// body paragraph of the category.
func searchTerm(t *testing.T, rep *report.Report, category string) string {
	seg := segment.MustDefault()
	for _, p := range rep.Paragraphs {
		if p.Heading || p.Category != category {
			continue
		}
		for _, w := range seg.Cut(p.Text) {
			if utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) < 0 {
				return w
			}
		}
	}
	t.Fatalf("no %s paragraph with a word to search for", category)
	return ""
}
