package pdf

import (
	"io"
	"testing"
)

func TestUniMapRanges(t *testing.T) {
	m := &uniMap{single: map[uint32]string{0x0041: "甲"}}
	m.ranges = []uniRange{
		{lo: 0x0000, hi: 0xFFFF, n: 2, base: []uint16{0x0000}},   // fpdf: code = Unicode
		{lo: 0x10000, hi: 0x10010, n: 3, base: []uint16{0xFFFE}}, // crosses the BMP
	}
	cases := map[uint32]string{0x4E00: "一", 0x0041: "甲", 0x6237: "户", 0x10003: "\U00010001"}
	for code, want := range cases {
		if got, ok := m.lookup(code); !ok || got != want {
			t.Errorf("code %#x: %q, want %q", code, got, want)
		}
	}
}

func TestGlyphName(t *testing.T) {
	cases := map[string]string{"A": "A", "uni4E00": "一", "uni4E004E8C": "一二", "u1F600": "😀", "comma.alt": ",", "g123": ""}
	for name, want := range cases {
		if got := glyphName(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func TestValidHeader(t *testing.T) {
	for h, want := range map[string]bool{"%PDF-1.7\n": true, "%PDF-2.0\r": true, "%PDF-1.4 ": true, "%PDF-3.0\n": false, "%PDF-1x\n": false, "PK\x03\x04": false} {
		if got := validHeader([]byte(h)); got != want {
			t.Errorf("%q: %v", h, got)
		}
	}
}

func TestRunLengthAndHex(t *testing.T) {
	rl := []byte{2, 'a', 'b', 'c', 254, 'x', 128}
	buf := make([]byte, 16)
	n, _ := runLengthReader(bytesReader(rl)).Read(buf)
	if string(buf[:n]) != "abcxxx" {
		t.Errorf("run length: %q", buf[:n])
	}
	n, _ = asciiHexReader(bytesReader([]byte("4E 2d4>"))).Read(buf)
	if string(buf[:n]) != "N-@" {
		t.Errorf("hex: %q", buf[:n])
	}
}

func bytesReader(b []byte) *bytesR { return &bytesR{b: b} }

type bytesR struct{ b []byte }

func (r *bytesR) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}
