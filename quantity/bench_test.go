package quantity

import (
	"testing"

	"huibao/classify/devset"
)

// BenchmarkFind runs Find over every line of the own-writing sets and, if
// present, reports-dev.
func BenchmarkFind(b *testing.B) {
	var lines []string
	dirs := []string{ownDirB(b, "quantities-own"), ownDirB(b, "quantities-own2")}
	if d := devset.Find(); d != "" {
		dirs = append(dirs, d)
	}
	size := 0
	for _, dir := range dirs {
		docs, err := devset.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			lines = append(lines, d.Lines...)
			size += len(d.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			Find(l)
		}
	}
}
