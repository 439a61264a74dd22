package anonymize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsHanEveryRune checks the bit set of isHan against unicode.Han over
// every code point, negative and past the last one too.
func TestIsHanEveryRune(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, unicode.Is says %v", r, got, want)
		}
	}
}

// TestRuneEdgesAsUTF8 checks lastRune, firstRuneOf, mayStart and mayEnd
// against the utf8 package on every character of three bytes (valid or
// a surrogate), with and without a byte cut off, and on short and
// invalid strings.
func TestRuneEdgesAsUTF8(t *testing.T) {
	var all runeBits
	for i := range all {
		all[i] = ^uint64(0)
	}
	var none runeBits
	check := func(s string) {
		t.Helper()
		if r, _ := utf8.DecodeLastRuneInString(s); lastRune(s) != r {
			t.Fatalf("lastRune(%q) = %U, utf8 says %U", s, lastRune(s), r)
		}
		if r, _ := utf8.DecodeRuneInString(s); firstRuneOf(s) != r {
			t.Fatalf("firstRuneOf(%q) = %U, utf8 says %U", s, firstRuneOf(s), r)
		}
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		if !mayStart(&all, s) || mayStart(&none, s) != (first >= 1<<16) {
			t.Fatalf("mayStart(%q) wrong", s)
		}
		if !mayEnd(&all, s) || mayEnd(&none, s) != (last >= 1<<16) {
			t.Fatalf("mayEnd(%q) wrong", s)
		}
	}
	for _, s := range []string{"", "a", "ab", "abc", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "x\xe4\xb8\xad\x80", "😀", "a😀", "中", "中a", "é", "aé"} {
		check(s)
	}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x70; c1 <= 0xC5; c1++ {
			for _, c2 := range []int{0x41, 0x80, 0x9F, 0xBF, 0xC0} {
				s := string([]byte{byte(c0), byte(c1), byte(c2)})
				check(s)
				check("中" + s)
				check(s + "中")
				check(s[1:])
			}
		}
	}
}

// TestTokTextTables checks what newTokText precomputes against what the
// rules computed before: spanString against string(runes) on every span,
// tokFirst and tokLast against decoding each word, mayContain against
// strings.Contains, on valid and broken UTF-8.
func TestTokTextTables(t *testing.T) {
	seg := testSeg(t)
	texts := []string{
		"县委书记张三、李四同志到嘎查调研，天坑景区和溶洞群。",
		"a\xffb张\xe4\xb8三\xed\xa0\x80李四\uFFFD书记 😀王五",
		"\uFFFD\uFFFD中文",
		"苏木",
	}
	for _, text := range texts {
		tt := newTokText(seg, text)
		for s := 0; s <= len(tt.runes); s++ {
			for e := s; e <= len(tt.runes); e++ {
				if got, want := spanString(tt, s, e), string(tt.runes[s:e]); got != want {
					t.Fatalf("%q: spanString(%d, %d) = %q, want %q", text, s, e, got, want)
				}
				if w := string(tt.runes[s:e]); w != "" && utf8.ValidString(w) && strings.Contains(text, w) && !tt.mayContain(w) {
					t.Fatalf("%q: mayContain(%q) false", text, w)
				}
			}
		}
		for k, tk := range tt.toks {
			if tt.tokFirst[k] != firstRuneOf(tk.word) || tt.tokLast[k] != lastRune(tk.word) {
				t.Fatalf("%q: token %d %q: edges %U %U", text, k, tk.word, tt.tokFirst[k], tt.tokLast[k])
			}
		}
		if tt.mayContain("嘎查") != strings.Contains(text, "嘎查") && strings.Contains(text, "嘎查") {
			t.Fatalf("%q: mayContain(嘎查) wrong", text)
		}
		tt.release()
	}
	// a character absent from the text and from every bit it shares is
	// ruled out
	tt := newTokText(seg, "天坑")
	if tt.mayContain("嘎查") {
		t.Fatal("mayContain(嘎查) on 天坑: the signature has no bit of 嘎 or 查, it must say no")
	}
}

// TestDecodeRuneAsUTF8 checks decodeRune against utf8.DecodeRuneInString
// on every three-byte pattern of a lead byte E0–EF.
func TestDecodeRuneAsUTF8(t *testing.T) {
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x70; c1 <= 0xC5; c1++ {
			for _, c2 := range []int{0x41, 0x80, 0x9F, 0xBF, 0xC0} {
				for _, s := range []string{string([]byte{byte(c0), byte(c1), byte(c2)}), string([]byte{byte(c0), byte(c1)}), "a", "", "😀"} {
					r, n := decodeRune(s)
					wr, wn := utf8.DecodeRuneInString(s)
					if r != wr || n != wn {
						t.Fatalf("decodeRune(%q) = %U %d, utf8 says %U %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
}
