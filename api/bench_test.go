package api

import (
	"context"
	"testing"

	"huibao/report"
)

// BenchmarkAnalyzeOverhead compares the pipeline called directly with the
// same document through POST /api/v1/analyze (multipart parsing, pool,
// metrics, JSON), side by side:
//
//	go test -run '^$' -bench AnalyzeOverhead ./api
func BenchmarkAnalyzeOverhead(b *testing.B) {
	data := fixture(b, "briefing.txt")
	ts := newTestServer(b, Config{})
	body, ct := multipartBody(b, []file{{"briefing.txt", data}})
	payload := body.Bytes()
	report.Analyze(context.Background(), "warm.txt", data, report.Options{}) // load the dictionaries
	b.Run("pipeline", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := report.Analyze(context.Background(), "briefing.txt", data, report.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("http", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			rec := ts.do(newUpload(payload, ct))
			if rec.Code != 200 {
				b.Fatal(rec.Code)
			}
		}
	})
}
