package classify

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// The byte scans must give what the rune loops they replaced gave, on
// text valid or not: these are those loops, kept as references.
func refSentenceEnd(text string, start int) int {
	for i := start; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		i += w
		switch r {
		case '。', '；', ';', '！', '!', '？', '?':
			return i
		}
	}
	return len(text)
}

func refCountDigitRuns(s string) int {
	n := 0
	in := false
	for _, r := range s {
		d := r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '×'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

func refSplitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		switch r {
		case '。', '；', ';', '！', '!', '？', '?':
			end := i + utf8.RuneLen(r)
			if strings.TrimSpace(text[start:end]) != "" {
				out = append(out, text[start:end])
			}
			start = end
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, text[start:])
	}
	return out
}

func TestByteScansAgreeWithRuneLoops(t *testing.T) {
	pieces := []string{"。", "；", ";", "！", "!", "？", "?", "1", "23", "０", "９", "１２", "×", "×", "x", "一", "年", " ", "\xe3", "\xe3\x80", "\xef\xbc", "\xef", "\xc3",
		"\x80", "\x82", "\x97", "\xbc\x9b", "\xf0\x9f\x98\x80", "增长", "亿元", "：", "，", "\xed\xa0\x80", "�"}
	rng := rand.New(rand.NewSource(1))
	texts := []string{"", testReport}
	for _, p := range benchText() {
		texts = append(texts, p.Text)
	}
	for k := 0; k < 20000; k++ {
		var sb strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		for start := 0; start <= len(s) && start < 8; start++ {
			if got, want := sentenceEnd(s, start), refSentenceEnd(s, start); got != want {
				t.Fatalf("sentenceEnd(%q, %d) = %d, want %d", s, start, got, want)
			}
		}
		if got, want := countDigitRuns(s), refCountDigitRuns(s); got != want {
			t.Fatalf("countDigitRuns(%q) = %d, want %d", s, got, want)
		}
		if got, want := splitSentences(s), refSplitSentences(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("splitSentences(%q) = %q, want %q", s, got, want)
		}
		if got, want := hasSentenceMark(s), strings.ContainsAny(s, "。；;！？!?"); got != want {
			t.Fatalf("hasSentenceMark(%q) = %v, want %v", s, got, want)
		}
		for _, max := range []int{0, 1, 3, 24, 30, 40, 80} {
			got, n := runesUpTo(s, max), utf8.RuneCountInString(s)
			if (got <= max) != (n <= max) || (n <= max && got != n) {
				t.Fatalf("runesUpTo(%q, %d) = %d, RuneCountInString %d", s, max, got, n)
			}
		}
	}
}
