package extract

import (
	"context"
	"testing"
)

// BenchmarkReaders extracts one fixture of each non-PDF format, cleaning
// included: go test ./extract -run '^$' -bench Readers -benchmem
func BenchmarkReaders(b *testing.B) {
	for _, name := range []string{"agri-summary.docx", "agri-summary.lo.docx", "agri-summary.doc", "agri-summary.odt",
		"agri-summary.rtf", "agri-summary.html", "agri-summary.gbk.txt", "agri-summary.wrapped.txt", "town-report.big5.txt"} {
		data := fixture(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Extract(context.Background(), name, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
