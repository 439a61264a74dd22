package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestIngestLog(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		j, ok := s.(Journal)
		if !ok {
			t.Fatal("store keeps no ingest log")
		}
		r := fixture(1, 2021, "")
		id, created, err := j.PutLogged(ctx, r, nil, Entry{Run: "run-a", Entry: "批次/〔人名1〕述职报告1.docx"})
		if err != nil || !created {
			t.Fatalf("PutLogged: %v %v", created, err)
		}
		id2, created, err := j.PutLogged(ctx, fixture(1, 2021, ""), nil, Entry{Run: "run-b", Entry: "副本.docx"})
		if err != nil || created || id2 != id {
			t.Fatalf("second PutLogged: id %s (want %s) created %v err %v", id2, id, created, err)
		}
		at := time.Date(2024, 5, 6, 7, 8, 9, 123456000, time.UTC)
		if err := j.LogEntries(ctx,
			Entry{Run: "run-b", Entry: "坏文件.pdf", Status: EntryFailed, Code: "corrupt", Message: "not a PDF", SHA256: sha(9), At: at},
			Entry{Run: "run-b", Entry: "照片.jpg", Status: EntrySkipped}); err != nil {
			t.Fatal(err)
		}
		if err := j.LogEntries(ctx, Entry{Run: "run-b", Entry: "x", Status: "lost"}); err == nil {
			t.Error("an unknown status was logged")
		}
		var all []Entry
		if err := j.Entries(ctx, EntryFilter{}, func(e Entry) error { all = append(all, e); return nil }); err != nil {
			t.Fatal(err)
		}
		want := []struct{ run, status, rid, sha string }{
			{"run-a", EntryIngested, id, sha(1)}, {"run-b", EntryDuplicate, id, sha(1)},
			{"run-b", EntryFailed, "", sha(9)}, {"run-b", EntrySkipped, "", ""},
		}
		if len(all) != len(want) {
			t.Fatalf("%d log rows, want %d: %+v", len(all), len(want), all)
		}
		for i, w := range want {
			e := all[i]
			if e.Run != w.run || e.Status != w.status || e.ReportID != w.rid || e.SHA256 != w.sha || e.At.IsZero() {
				t.Errorf("row %d = %+v, want %+v", i, e, w)
			}
		}
		if !all[2].At.Equal(at) || all[2].Code != "corrupt" || all[2].Message != "not a PDF" || all[2].Entry != "坏文件.pdf" {
			t.Errorf("failed row read back as %+v", all[2])
		}
		fs, err := Failures(ctx, j, "run-b")
		if err != nil || len(fs) != 1 || fs[0].Entry != "坏文件.pdf" {
			t.Fatalf("Failures(run-b) = %+v, %v", fs, err)
		}
		if fs, _ := Failures(ctx, j, "run-a"); len(fs) != 0 {
			t.Errorf("Failures(run-a) = %+v", fs)
		}
		var rows [][]any
		if err := s.Export(ctx, ExportEntries, func(cols []string, row []any) error {
			if len(cols) != len(row) || cols[2] != "status" {
				t.Fatalf("columns %v, row %v", cols, row)
			}
			rows = append(rows, row)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(rows) != 4 || rows[3][2] != EntrySkipped || rows[0][6] != id {
			t.Fatalf("export entries: %v", rows)
		}
		var b strings.Builder
		if err := WriteExport(ctx, s, &b, "csv", ExportEntries); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), secret) || !strings.Contains(b.String(), "坏文件.pdf") {
			t.Errorf("CSV export of the log: %q", b.String())
		}
		// Deleting the report keeps its log rows, without the id.
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		all = all[:0]
		j.Entries(ctx, EntryFilter{Run: "run-a"}, func(e Entry) error { all = append(all, e); return nil })
		if len(all) != 1 || all[0].ReportID != "" || all[0].Status != EntryIngested {
			t.Errorf("after delete: %+v", all)
		}
	})
}

// csha is a SHA-256-shaped hex string whose leading bytes (the claim
// key) differ for each n.
func csha(n int) string { return strings.Repeat(fmt.Sprintf("%02x", n), 32) }

// TestClaims runs two stores on one PostgreSQL schema, as two ingest
// processes would.
func TestClaims(t *testing.T) {
	dsn := testPostgresDSN(t)
	ctx := context.Background()
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ca, cb := a.(Claimer), b.(Claimer)
	relA, ok, err := ca.Claim(ctx, csha(1))
	if err != nil || !ok {
		t.Fatalf("first claim: %v %v", ok, err)
	}
	if _, ok, _ := ca.Claim(ctx, csha(1)); ok {
		t.Error("the same process claimed one SHA-256 twice")
	}
	if _, ok, err := cb.Claim(ctx, csha(1)); ok || err != nil {
		t.Fatalf("second process claimed a held SHA-256: %v %v", ok, err)
	}
	relB2, ok, err := cb.Claim(ctx, csha(2))
	if err != nil || !ok {
		t.Fatalf("other SHA-256: %v %v", ok, err)
	}
	relB2()
	done := make(chan error)
	go func() { done <- cb.AwaitClaim(ctx, csha(1)) }()
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("AwaitClaim returned while the claim was held: %v", err)
	default:
	}
	relA()
	relA() // releasing twice is harmless
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("AwaitClaim still waiting after the release")
	}
	rel, ok, err := cb.Claim(ctx, csha(1))
	if err != nil || !ok {
		t.Fatalf("claim after release: %v %v", ok, err)
	}
	defer rel()
	// A process that ends loses its claims.
	c, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := c.(Claimer).Claim(ctx, csha(3)); !ok {
		t.Fatal("claim sha 3")
	}
	c.Close()
	if r, ok, err := ca.Claim(ctx, csha(3)); err != nil || !ok {
		t.Fatalf("claim of a closed store's SHA-256: %v %v", ok, err)
	} else {
		r()
	}
}
