package anonymize

import (
	"iter"
	"strings"
)

// quotedSpans yields the byte offsets [s, e) of the inside of each “…” of
// text, left to right; an opening quote with no closing one after it ends
// the scan.
func quotedSpans(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; ; {
			o := strings.Index(text[i:], "“")
			if o < 0 {
				return
			}
			s := i + o + len("“")
			c := strings.Index(text[s:], "”")
			if c < 0 {
				return
			}
			e := s + c
			if !yield(s, e) {
				return
			}
			i = e + len("”")
		}
	}
}

// closingQuotes yields the byte offset of each ” of text, left to right.
func closingQuotes(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			j := strings.Index(text[i:], "”")
			if j < 0 || !yield(i+j) {
				return
			}
			i += j + len("”")
		}
	}
}
