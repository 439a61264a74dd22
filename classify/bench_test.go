package classify

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"huibao/classify/devset"
	"huibao/quantity"
	"huibao/segment"
)

// benchText is the reports-dev documents and the example when present,
// else the test report of classify_test.go repeated.
func benchText() []Input {
	var sb strings.Builder
	if dir := devset.Find(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
		files = append(files, filepath.Join(dir, "..", "..", "examples", "talent-work-briefing.txt"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				sb.Write(b)
				sb.WriteString("\n")
			}
		}
	}
	if sb.Len() == 0 {
		for i := 0; i < 40; i++ {
			sb.WriteString(testReport + "\n")
		}
	}
	return Lines(sb.String())
}

// threadCPU is the CPU time of the calling OS thread (Linux), which the
// machine's other load does not inflate; 0 where unsupported.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStructureClassifyQuantitiesVsTag times, in one run and on the
// same paragraphs, (a) structure + classification + quantities with
// subjects, as the pipeline runs them, and (b) gojieba tagging every
// paragraph (segment.Tag). The two alternate in every iteration, on one
// locked OS thread, and the thread's CPU time is measured as well as the
// wall clock, so that other load on the machine cancels out. It reports
// ours/tag as "cpu-ratio" and "wall-ratio" (the issue asks for < 1).
func BenchmarkStructureClassifyQuantitiesVsTag(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Skip(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	in := benchText()
	bytes := 0
	for _, p := range in {
		bytes += len(p.Text)
	}
	c := &Classifier{Seg: seg, Model: Shipped(), Weights: DefaultWeights}
	ours := func() {
		a := c.Analyze(in)
		for k, p := range in {
			quantity.AnalyzeWords(p.Text, a.Words[k])
		}
	}
	tag := func() {
		for _, p := range in {
			seg.Tag(p.Text)
		}
	}
	var oursWall, tagWall, oursCPU, tagCPU time.Duration
	measure := func(f func(), wall, cpu *time.Duration) {
		c0, t0 := threadCPU(), time.Now()
		f()
		*wall += time.Since(t0)
		*cpu += threadCPU() - c0
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			measure(ours, &oursWall, &oursCPU)
			measure(tag, &tagWall, &tagCPU)
		} else {
			measure(tag, &tagWall, &tagCPU)
			measure(ours, &oursWall, &oursCPU)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(oursCPU.Nanoseconds())/n, "ours-cpu-ns/op")
	b.ReportMetric(float64(tagCPU.Nanoseconds())/n, "tag-cpu-ns/op")
	if tagCPU > 0 {
		b.ReportMetric(float64(oursCPU)/float64(tagCPU), "cpu-ratio")
	}
	b.ReportMetric(float64(oursWall)/float64(tagWall), "wall-ratio")
}
