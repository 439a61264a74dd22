package classify

import (
	"runtime"
	"testing"

	"huibao/quantity"
	"huibao/segment"
)

// BenchmarkClassifyQuantities runs only the "ours" half of
// BenchmarkStructureClassifyQuantitiesVsTag (structure, classification
// and quantities with subjects on the same paragraphs), without the
// tagging it is compared with, so that an instruction count
// (bench/classify-instructions.sh) or a CPU profile sees our code alone.
func BenchmarkClassifyQuantities(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Skip(err)
	}
	in := benchText()
	bytes := 0
	for _, p := range in {
		bytes += len(p.Text)
	}
	c := &Classifier{Seg: seg, Model: Shipped(), Weights: DefaultWeights}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for i := 0; i < b.N; i++ {
		a := c.Analyze(in)
		for k, p := range in {
			found += len(quantity.AnalyzeWords(p.Text, a.Words[k]))
		}
	}
	runtime.KeepAlive(found)
}

// BenchmarkTagBenchText is the other half: gojieba tagging every paragraph
// of the same text (segment.Tag), the cost the issue compares ours with.
func BenchmarkTagBenchText(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Skip(err)
	}
	in := benchText()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, p := range in {
			n += len(seg.Tag(p.Text))
		}
	}
	runtime.KeepAlive(n)
}
