package pdf

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// pdfWriter assembles test files object by object, with the
// cross-reference sections each case needs.
type pdfWriter struct {
	b    bytes.Buffer
	offs map[int]int
}

func newPDFWriter() *pdfWriter {
	w := &pdfWriter{offs: map[int]int{}}
	w.b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	return w
}

// obj writes object n (generation 0) and remembers its offset.
func (w *pdfWriter) obj(n int, body string) {
	w.offs[n] = w.b.Len()
	fmt.Fprintf(&w.b, "%d 0 obj\n%s\nendobj\n", n, body)
}

// table writes a classic xref section listing ids (one subsection each)
// and its trailer; it returns the section's offset.
func (w *pdfWriter) table(ids []int, trailer string) int {
	at := w.b.Len()
	w.b.WriteString("xref\n0 1\n0000000000 65535 f \n")
	for _, id := range ids {
		fmt.Fprintf(&w.b, "%d 1\n%010d 00000 n \n", id, w.offs[id])
	}
	fmt.Fprintf(&w.b, "trailer\n%s\n", trailer)
	return at
}

// xrefEntry is one row of an xref stream: type 1 (offset) or 2 (in an
// object stream).
type xrefEntry struct {
	id, typ, f2, f3 int
}

// xstream writes xref stream object n holding entries (plus itself, type
// 1) with an uncompressed body, extra keys added to its dictionary; it
// returns the stream's offset.
func (w *pdfWriter) xstream(n int, entries []xrefEntry, extra string) int {
	at := w.b.Len()
	entries = append(entries, xrefEntry{n, 1, at, 0})
	sort.Slice(entries, func(i, j int) bool { return entries[i].id < entries[j].id })
	var data bytes.Buffer
	var index []string
	size := 0
	for _, e := range entries {
		index = append(index, fmt.Sprintf("%d 1", e.id))
		data.Write([]byte{byte(e.typ), byte(e.f2 >> 24), byte(e.f2 >> 16), byte(e.f2 >> 8), byte(e.f2), byte(e.f3 >> 8), byte(e.f3)})
		size = max(size, e.id+1)
	}
	w.offs[n] = at
	fmt.Fprintf(&w.b, "%d 0 obj\n<< /Type /XRef /Size %d /Index [%s] /W [1 4 2] /Length %d %s >>\nstream\n", n, size, strings.Join(index, " "), data.Len(), extra)
	w.b.Write(data.Bytes())
	w.b.WriteString("\nendstream\nendobj\n")
	return at
}

func (w *pdfWriter) end(startxref int) []byte {
	fmt.Fprintf(&w.b, "startxref\n%d\n%%%%EOF\n", startxref)
	return bytes.Clone(w.b.Bytes())
}

// objStm returns the body of an uncompressed object stream holding the
// given objects, in order.
func objStm(ids []int, bodies []string) string {
	var head, data strings.Builder
	for i, id := range ids {
		fmt.Fprintf(&head, "%d %d ", id, data.Len())
		data.WriteString(bodies[i] + "\n")
	}
	s := head.String() + data.String()
	return fmt.Sprintf("<< /Type /ObjStm /N %d /First %d /Length %d >>\nstream\n%s\nendstream", len(ids), head.Len(), len(s), s)
}

const (
	catalog = "<< /Type /Catalog /Pages 2 0 R >>"
	pages1  = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
)

func page(box int) string {
	return fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>", box, box)
}

func openPages(t *testing.T, data []byte) []Page {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	return r.Pages(100)
}

// wantBox checks that the file has n pages and that the first one has the
// given media box width (which tells the original and updated page apart).
func wantBox(t *testing.T, data []byte, n int, box float64) {
	t.Helper()
	ps := openPages(t, data)
	if len(ps) != n {
		t.Fatalf("%d pages, want %d", len(ps), n)
	}
	if _, _, urx, _ := ps[0].MediaBox(); urx != box {
		t.Errorf("first page is %g wide, want %g", urx, box)
	}
}

// A trailer whose /Size is below the highest object number (pdfunite
// writes such files) keeps every object the table lists.
func TestXrefSizeTooSmall(t *testing.T) {
	w := newPDFWriter()
	w.obj(7, page(300))
	w.obj(8, "<< /Type /Pages /Kids [7 0 R] /Count 1 >>")
	w.obj(9, "<< /Type /Catalog /Pages 8 0 R >>")
	x := w.table([]int{7, 8, 9}, "<< /Size 4 /Root 9 0 R >>")
	data := w.end(x)
	ps := openPages(t, data)
	if len(ps) != 1 {
		t.Fatalf("%d pages, want 1", len(ps))
	}
}

// A hybrid file: the classic table lists the catalog, the xref stream
// named by /XRefStm the objects kept in an object stream.
func TestXrefHybridXRefStm(t *testing.T) {
	w := newPDFWriter()
	w.obj(1, catalog)
	w.obj(5, objStm([]int{2, 3}, []string{pages1, page(400)}))
	xs := w.xstream(6, []xrefEntry{{2, 2, 5, 0}, {3, 2, 5, 1}, {5, 1, w.offs[5], 0}}, "")
	x := w.table([]int{1, 5}, fmt.Sprintf("<< /Size 7 /Root 1 0 R /XRefStm %d >>", xs))
	wantBox(t, w.end(x), 1, 400)
}

// Incremental updates: the newest version of an object wins, whatever mix
// of tables and streams the chain holds, and an update trailer without a
// /Root uses the one it updates.
func TestXrefIncrementalUpdates(t *testing.T) {
	base := func() (*pdfWriter, int) {
		w := newPDFWriter()
		w.obj(1, catalog)
		w.obj(2, pages1)
		w.obj(3, page(100))
		return w, w.table([]int{1, 2, 3}, "<< /Size 4 /Root 1 0 R >>")
	}
	baseStream := func() (*pdfWriter, int) {
		w := newPDFWriter()
		w.obj(1, catalog)
		w.obj(2, pages1)
		w.obj(3, page(100))
		return w, w.xstream(4, []xrefEntry{{1, 1, w.offs[1], 0}, {2, 1, w.offs[2], 0}, {3, 1, w.offs[3], 0}}, "/Root 1 0 R")
	}
	t.Run("table-table", func(t *testing.T) {
		w, x0 := base()
		w.obj(3, page(200))
		x1 := w.table([]int{3}, fmt.Sprintf("<< /Size 4 /Root 1 0 R /Prev %d >>", x0))
		wantBox(t, w.end(x1), 1, 200)
	})
	t.Run("table-table-table", func(t *testing.T) {
		w, x0 := base()
		w.obj(3, page(200))
		x1 := w.table([]int{3}, fmt.Sprintf("<< /Size 4 /Root 1 0 R /Prev %d >>", x0))
		w.obj(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>")
		w.obj(5, page(500))
		x2 := w.table([]int{2, 5}, fmt.Sprintf("<< /Size 6 /Root 1 0 R /Prev %d >>", x1))
		wantBox(t, w.end(x2), 2, 200)
	})
	t.Run("table-stream", func(t *testing.T) {
		w, x0 := base()
		w.obj(3, page(200))
		x1 := w.xstream(5, []xrefEntry{{3, 1, w.offs[3], 0}}, fmt.Sprintf("/Root 1 0 R /Prev %d", x0))
		wantBox(t, w.end(x1), 1, 200)
	})
	t.Run("stream-table", func(t *testing.T) {
		w, x0 := baseStream()
		w.obj(3, page(200))
		x1 := w.table([]int{3}, fmt.Sprintf("<< /Size 5 /Root 1 0 R /Prev %d >>", x0))
		wantBox(t, w.end(x1), 1, 200)
	})
	t.Run("stream-stream-smaller-size", func(t *testing.T) {
		// the update's /Size is smaller than the section it updates
		w, x0 := baseStream()
		w.obj(3, page(200))
		x1 := w.xstream(5, []xrefEntry{{3, 1, w.offs[3], 0}}, fmt.Sprintf("/Root 1 0 R /Prev %d", x0))
		data := w.end(x1)
		data = bytes.Replace(data, []byte("/Size 6 /Index [3 1 5 1]"), []byte("/Size 4 /Index [3 1 5 1]"), 1)
		wantBox(t, data, 1, 200)
	})
	t.Run("update-without-root", func(t *testing.T) {
		w, x0 := base()
		w.obj(3, page(200))
		x1 := w.table([]int{3}, fmt.Sprintf("<< /Size 4 /Prev %d >>", x0))
		wantBox(t, w.end(x1), 1, 200)
	})
	t.Run("prev-loop", func(t *testing.T) {
		w, _ := base()
		w.obj(3, page(200))
		at := w.b.Len()
		x1 := w.table([]int{3}, fmt.Sprintf("<< /Size 4 /Root 1 0 R /Prev %d >>", at))
		data := w.end(x1)
		if _, err := NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			t.Error("a /Prev pointing at its own section opened without error")
		}
	})
}

// A table whose offsets are wrong — shifted by an edit before the
// objects, or numbered from 1 where the free entry for object 0 belongs —
// is corrected by scanning the file for the object headers.
func TestXrefWrongOffsets(t *testing.T) {
	build := func() (*pdfWriter, []int) {
		w := newPDFWriter()
		w.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
		w.obj(2, "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>")
		w.obj(3, page(300))
		w.obj(4, page(400))
		return w, []int{1, 2, 3, 4}
	}
	t.Run("shifted", func(t *testing.T) {
		w, ids := build()
		at := w.b.Len()
		w.b.WriteString("xref\n0 5\n0000000000 65535 f \n")
		for _, id := range ids {
			fmt.Fprintf(&w.b, "%010d 00000 n \n", w.offs[id]-7)
		}
		w.b.WriteString("trailer\n<< /Size 5 /Root 1 0 R >>\n")
		wantBox(t, w.end(at), 2, 300)
	})
	t.Run("numbered-from-one", func(t *testing.T) {
		w, ids := build()
		at := w.b.Len()
		w.b.WriteString("xref\n1 5\n0000000000 65535 f \n")
		for _, id := range ids {
			fmt.Fprintf(&w.b, "%010d 00000 n \n", w.offs[id])
		}
		w.b.WriteString("trailer\n<< /Size 6 /Root 1 0 R >>\n")
		wantBox(t, w.end(at), 2, 300)
	})
}
