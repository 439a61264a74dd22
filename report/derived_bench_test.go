package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huibao/anonymize"
	"huibao/quantity"
	"huibao/segment"
)

// BenchmarkQuantityMasking compares, side by side on the development
// reports, the masking of quantities before the masked-span rule (replace
// in each string) with maskQuantities (look up the masked spans of the
// paragraph, drop the overlapping, replace in the rest). Run:
//
//	go test ./report -run XXX -bench QuantityMasking
func BenchmarkQuantityMasking(b *testing.B) {
	dev, _ := filepath.Glob(filepath.Join(sharedDir(b), "data", "reports-dev", "docs", "*.txt"))
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		red   *anonymize.Redaction
		texts []string
		qs    []Quantity
	}
	var docs []doc
	for _, f := range dev {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts := strings.Split(strings.TrimSpace(string(data)), "\n")
		var qs []Quantity
		for i, t := range texts {
			for _, q := range quantity.Analyze(seg, t) {
				qs = append(qs, Quantity{Quantity: q, Paragraph: i})
			}
		}
		docs = append(docs, doc{anonymize.New(seg, nil, "").Analyze(texts, ""), texts, qs})
	}
	run := func(b *testing.B, mask func(d doc, qs []Quantity)) {
		buf := make([]Quantity, 0, 256)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				mask(d, append(buf[:0], d.qs...))
			}
		}
	}
	b.Run("apply-only", func(b *testing.B) {
		run(b, func(d doc, qs []Quantity) {
			for i := range qs {
				qs[i].Text = d.red.Apply(qs[i].Text)
				qs[i].Subject = d.red.Apply(qs[i].Subject)
				qs[i].Section = d.red.Apply(qs[i].Section)
			}
		})
	})
	b.Run("masked-spans", func(b *testing.B) {
		run(b, func(d doc, qs []Quantity) { maskQuantities(d.red, d.texts, qs) })
	})
}
