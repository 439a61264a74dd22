package anonymize

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchText is the committed fixture repeated to about 40 KB.
func benchText(b *testing.B) []string {
	raw, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	for len(strings.Join(paras, "")) < 40<<10 {
		paras = append(paras, strings.Split(strings.TrimSpace(string(raw)), "\n")...)
	}
	return paras
}

// BenchmarkTag is gojieba tagging the text, the yardstick: the issue asks
// that de-identification cost no more than this.
func BenchmarkTag(b *testing.B) {
	seg := testSeg(b)
	paras := benchText(b)
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paras {
			seg.Tag(p)
		}
	}
}

// BenchmarkAnonymize is the whole de-identification of the same text
// (recognizers, document-level propagation, Apply to every paragraph).
func BenchmarkAnonymize(b *testing.B) {
	seg := testSeg(b)
	paras := benchText(b)
	a := New(seg, nil, Placeholder)
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		red := a.Analyze(paras)
		for _, p := range paras {
			red.Apply(p)
		}
	}
}

// BenchmarkAnonymizeVsTag alternates gojieba tagging and the whole
// de-identification of the same text in one loop and reports the ratio of
// the process CPU time each took (CPU time, not wall time, so that other
// processes on a shared machine do not skew it): x-tag is Anonymize / Tag
// (Anonymize tags the text itself, once, shared by every recognizer), and
// overhead-x-tag is the time beyond that tagging / Tag.
func BenchmarkAnonymizeVsTag(b *testing.B) {
	vsTag(b, [][]string{benchText(b)})
}

// BenchmarkAnonymizeVsTagReports is BenchmarkAnonymizeVsTag over the real
// report excerpts of ../shared/data/reports-dev, one Analyze per document
// as the pipeline calls it (the committed fixture holds a contact line in
// every kilobyte, far more numbers and addresses than a report).
func BenchmarkAnonymizeVsTagReports(b *testing.B) {
	vsTag(b, reportDocs(b))
}

// BenchmarkAnonymizeReports is the de-identification alone of the real
// report excerpts (one Analyze per document and Apply to each paragraph),
// for profiling.
func BenchmarkAnonymizeReports(b *testing.B) {
	docs := reportDocs(b)
	a := New(testSeg(b), nil, Placeholder)
	a.Analyze(docs[0][:1])
	b.ResetTimer()
	for b.Loop() {
		for _, paras := range docs {
			red := a.Analyze(paras)
			for _, p := range paras {
				red.Apply(p)
			}
		}
	}
}

// BenchmarkTagReports is gojieba tagging the paragraphs of the report
// excerpts, the yardstick of BenchmarkAnonymizeReports (for instruction
// counts: bench/anonymize-instructions.sh).
func BenchmarkTagReports(b *testing.B) {
	docs := reportDocs(b)
	seg := testSeg(b)
	b.ResetTimer()
	for b.Loop() {
		for _, paras := range docs {
			for _, p := range paras {
				seg.Tag(p)
			}
		}
	}
}

// reportDocs reads the paragraphs of each document of
// ../shared/data/reports-dev, skipping the benchmark when it is absent.
func reportDocs(b *testing.B) [][]string {
	files, _ := filepath.Glob(filepath.Join(repoShared(b), "data", "reports-dev", "docs", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/reports-dev not found")
	}
	var docs [][]string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var paras []string
		for _, p := range strings.Split(string(raw), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		docs = append(docs, paras)
	}
	return docs
}

// vsTag alternates tagging and de-identifying each document and reports
// the CPU time ratio (see BenchmarkAnonymizeVsTag).
func vsTag(b *testing.B, docs [][]string) {
	seg := testSeg(b)
	a := New(seg, nil, Placeholder)
	a.Analyze(docs[0][:1]) // load the lexicons outside the timing
	var tagT, anonT time.Duration
	for b.Loop() {
		t0 := cpuTime()
		for _, paras := range docs {
			for _, p := range paras {
				seg.Tag(p)
			}
		}
		t1 := cpuTime()
		for _, paras := range docs {
			red := a.Analyze(paras)
			for _, p := range paras {
				red.Apply(p)
			}
		}
		t2 := cpuTime()
		tagT += t1 - t0
		anonT += t2 - t1
	}
	b.ReportMetric(float64(anonT)/float64(tagT), "x-tag")
	b.ReportMetric(float64(anonT-tagT)/float64(tagT), "overhead-x-tag")
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
