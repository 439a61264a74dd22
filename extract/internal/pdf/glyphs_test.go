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

// A later ToUnicode entry overrides an earlier range that holds the same
// code, as in Ghostscript's output (<00ff><01ff> followed by entries for
// 0100 and 0144); bfchar entries override ranges; wide ranges still work.
func TestUniMapLaterEntriesWin(t *testing.T) {
	str := func(s string) Value { return Value{data: s} }
	c := &cmap{
		bfrange: []bfrange{
			{lo: "\x00\xff", hi: "\x01\xff", dst: str("\x5e\x7f")}, // 广 and, wrongly, 256 more
			{lo: "\x01\x00", hi: "\x01\x00", dst: str("\x96\x1f")}, // 队
			{lo: "\x01\x44", hi: "\x01\x44", dst: str("\x5e\x93")}, // 库
			{lo: "\x10\x00", hi: "\x1f\xff", dst: str("\x4e\x00")}, // wide: 一…
			{lo: "\x00\x10", hi: "\x00\x11", dst: str("\x4e\x8c")}, // 二 三? overridden below
		},
		bfchar: []bfchar{{orig: "\x00\x11", repl: "\x4e\x09"}}, // 三
	}
	m := buildUniMap(c)
	cases := map[uint32]string{0x00ff: "广", 0x0100: "队", 0x0144: "库", 0x0101: "\u5e81", 0x1001: "丁", 0x0010: "二", 0x0011: "三"}
	for code, want := range cases {
		if got, ok := m.lookup(code); !ok || got != want {
			t.Errorf("code %#04x: %q, want %q", code, got, want)
		}
	}
}
