package anonymize

// Eighth-session speed work: the token and character loops of the rule
// files written before speed7a/speed7b's tools, and of findLocations,
// findOrgs and the redaction scan, test a character or a cursor before
// the map look-up or the scan of every finding they used to make for
// each token. Every change keeps the output byte for byte
// (bench/anonymize-identical.sh).

// sortedSpans answers overlapsAny(fs, s, e) for a list of findings sorted
// by start whose spans do not overlap, asked about spans whose starts
// mostly do not decrease (a loop over the tokens): a cursor skips the
// findings that end at or before s once, instead of scanning them all for
// every token. A start smaller than the last one asked about moves the
// cursor back to the beginning, so the answer is always overlapsAny's.
type sortedSpans struct {
	fs   []Finding
	p    int // fs[:p] end at or before last
	last int // the last start asked about
}

// overlaps reports whether a finding of c.fs overlaps bytes [s, e).
func (c *sortedSpans) overlaps(s, e int) bool {
	if s < c.last {
		c.p = 0
	}
	c.last = s
	for c.p < len(c.fs) && c.fs[c.p].End <= s {
		c.p++
	}
	// fs[p] ends after s and starts before every later finding (sorted,
	// disjoint): an overlap needs fs[p] to start before e
	return c.p < len(c.fs) && c.fs[c.p].Start < e
}

// kinTitlesFirst holds the first characters of kinTitles, for
// kinPersons15's look-up of the word after every one-character token.
var kinTitlesFirst = firstRuneBits(kinTitles)

// highBytes8 reports whether the eight bytes of s from i on all have their
// high bit set (none is ASCII): the byte loops of findPatternsASCII, which
// look for ASCII letters and digits, step over such a block of a Chinese
// text at once. s must hold i+8 bytes.
func highBytes8(s string, i int) bool {
	s = s[i : i+8]
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return w&0x8080808080808080 == 0x8080808080808080
}

// scanHit is one occurrence Redaction.scan found: the entity and its
// bytes in the text scanned. Redaction.finish keeps them for each of the
// document's texts, and Apply of the same text reads them back: scan
// depends only on the text and on the entities, which no longer change
// after finish.
type scanHit struct {
	e          *entity
	start, end int
}

// First characters of findOrgs' trade word sets, for its brand+industry
// loop's look-ups of the words after a candidate brand.
var (
	industryWordsFirst = firstRuneBits(industryWords)
	brandIndustryFirst = firstRuneBits(brandIndustry)
)
