// Command searchbench measures corpus search latency (p50, p95, max) for
// one- and two-word queries with and without a category filter, against
// any store DSN. With -fill N it first stores N synthetic reports built
// from ../shared/data/reports-dev paragraphs (bypassing the pipeline), to
// test search at scale quickly; bench/ingest.sh measures on a corpus
// made by the real ingester.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"huibao/report"
	"huibao/store"
)

// Everyday words of the genre, as an analyst would type them.
var words = []string{"人才", "发展", "建设", "项目", "企业", "乡村振兴", "产业", "投资", "教育", "医疗",
	"生态", "环境", "就业", "农业", "旅游", "文化", "改革", "创新", "民生", "安全", "服务", "基础设施",
	"招商引资", "脱贫", "养老", "交通", "水利", "社区", "党建", "财政"}

var categories = []string{"achievement", "problem", "plan"}

func main() {
	dsn := flag.String("db", "", "store DSN")
	n := flag.Int("n", 200, "queries per kind")
	fill := flag.Int("fill", 0, "store this many synthetic reports first")
	shared := flag.String("shared", "../shared", "shared data directory (for -fill)")
	flag.Parse()
	ctx := context.Background()
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer st.Close()
	if *fill > 0 {
		if err := doFill(ctx, st, *fill, *shared); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	_, total, _ := st.List(ctx, 1, 1)
	fmt.Printf("corpus: %d reports\n", total)
	// Warm up: the first query loads the segmenter's dictionary (0.6 s).
	if _, err := st.Search(ctx, store.Query{Text: words[0]}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rng := rand.New(rand.NewSource(7))
	kinds := []struct {
		name string
		make func() store.Query
	}{
		{"one word + category", func() store.Query {
			return store.Query{Text: words[rng.Intn(len(words))], Category: categories[rng.Intn(3)]}
		}},
		{"two words + category", func() store.Query {
			return store.Query{Text: words[rng.Intn(len(words))] + " " + words[rng.Intn(len(words))], Category: categories[rng.Intn(3)]}
		}},
		{"one word", func() store.Query { return store.Query{Text: words[rng.Intn(len(words))]} }},
		{"phrase + year", func() store.Query {
			return store.Query{Text: `"` + words[rng.Intn(len(words))] + `"`, Year: 2015 + rng.Intn(10)}
		}},
	}
	// Wall time suffers when other processes share the CPU; the process's
	// CPU time per query (user+sys, getrusage) does not, so both are shown.
	fmt.Printf("%-22s %8s %8s %8s %10s %10s %8s\n", "query", "p50 ms", "p95 ms", "max ms", "cpu p50", "cpu p95", "hits")
	for _, k := range kinds {
		var ds, cs []time.Duration
		hits := 0
		for i := 0; i < *n; i++ {
			q := k.make()
			c0 := cpuTime()
			start := time.Now()
			res, err := st.Search(ctx, q)
			ds = append(ds, time.Since(start))
			cs = append(cs, cpuTime()-c0)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			hits += res.Total
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		fmt.Printf("%-22s %8.1f %8.1f %8.1f %10.1f %10.1f %8d\n", k.name, ms(ds[len(ds)/2]), ms(ds[len(ds)*95/100]),
			ms(ds[len(ds)-1]), ms(cs[len(cs)/2]), ms(cs[len(cs)*95/100]), hits/len(ds))
	}
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// doFill stores n synthetic reports of ~30 paragraphs each.
func doFill(ctx context.Context, st store.Store, n int, shared string) error {
	files, _ := filepath.Glob(filepath.Join(shared, "data/reports-dev/docs/*.txt"))
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); len(l) > 30 {
				paras = append(paras, l)
			}
		}
	}
	if len(paras) == 0 {
		return fmt.Errorf("no texts under %s", shared)
	}
	rng := rand.New(rand.NewSource(1))
	cats := []string{"achievement", "problem", "plan", "other"}
	start := time.Now()
	for i := 0; i < n; i++ {
		r := &report.Report{Title: fmt.Sprintf("合成报告%d", i), Year: 2015 + i%10, DocType: "工作汇报"}
		for j := 0; j < 30; j++ {
			r.Paragraphs = append(r.Paragraphs, report.Paragraph{Index: j, Text: paras[rng.Intn(len(paras))],
				Category: cats[rng.Intn(4)], Section: "一、工作", Role: "body"})
		}
		h := sha256.Sum256([]byte(fmt.Sprint("fill", i)))
		r.Source = report.Source{Name: fmt.Sprintf("r%d.txt", i), Format: "txt", Bytes: 10000, SHA256: hex.EncodeToString(h[:])}
		if _, _, err := st.Put(ctx, r, map[string]string{"fill": "1"}); err != nil {
			return err
		}
	}
	fmt.Printf("filled %d reports in %.1f s\n", n, time.Since(start).Seconds())
	return nil
}
