package anonymize

// Speed, fifteenth round: the helpers the rule stages call tens of
// thousands of times per reports-dev pass do less per call (no calls the
// inliner cannot remove, a signature test before a scan), with the same
// answers.

// spaceMay is hasSpace(tt.text), answered false from the text's
// character signature (newTokText's sig, through mayHold) without
// scanning the text when it surely holds neither space, as for most
// paragraphs of a report.
func (tt *tokText) spaceMay() bool {
	if len(tt.b2r) == len(tt.text)+1 && !tt.mayHold(' ') && !tt.mayHold('　') { // (b2r: built by newTokText, which filled sig)
		return false
	}
	return hasSpace(tt.text)
}

// tokKeys15 returns in buf (grown when short; packedEmissions passes
// its taggerScratch's), for each rune i of a text (tokOf[i] its token of
// toks, tokPC the tokens' tag codes), packedEmissions' indices of the
// token tables: bits 0-12 the word's (tag code, length up to five,
// position of i in it: 0 alone, 1 first, 2 inside, 3 last), bits 13-20
// the previous token's (its tag code, 0 at the start, and the position),
// bits 21-28 the next one's (1 at the end); every element is written.
// Tokens that follow one another from the first rune to the last, as
// newTokText makes them, are filled a token at a time; others rune by
// rune through tokOf (tokKeysByRune15).
func tokKeys15(buf []uint32, toks []tok, tokOf []int, tokPC []uint8) []uint32 {
	n := len(tokOf)
	if cap(buf) < n {
		buf = make([]uint32, n)
	}
	ks := buf[:n]
	const w = 1<<2 | 1<<13 | 1<<21 // the position's three places
	pos := 0
	for ti := range toks {
		t := &toks[ti]
		s, e := t.start, t.end
		if s != pos || e <= s || e > n {
			break
		}
		pp, pn := uint8(0), uint8(1)
		if ti > 0 {
			pp = tokPC[ti-1]
		}
		if ti+1 < len(toks) {
			pn = tokPC[ti+1]
		}
		tn := e - s
		base := uint32((uint(tokPC[ti])<<7|uint(min(tn, 5))<<4)&0x1FFF | uint(pp)<<2&0xFF<<13 | uint(pn)<<2&0xFF<<21)
		if tn == 1 {
			ks[s] = base // alone: position 0
		} else {
			ks[s] = base | 1*w
			for i := s + 1; i < e-1; i++ {
				ks[i] = base | 2*w
			}
			ks[e-1] = base | 3*w
		}
		pos = e
	}
	if pos != n {
		tokKeysByRune15(ks, toks, tokOf, tokPC)
	}
	return ks
}

// tokKeysByRune15 fills ks as tokKeys15, the token of each rune from
// tokOf.
func tokKeysByRune15(ks []uint32, toks []tok, tokOf []int, tokPC []uint8) {
	nt := len(toks)
	curTi := -1
	var start, last int
	var single bool
	var tokBase, prevBase, nextBase uint
	for i := range ks {
		if ti := tokOf[i]; ti != curTi {
			curTi = ti
			t := &toks[ti]
			start, last = t.start, t.end-1
			tn := t.end - t.start
			single = tn == 1
			pp, pn := uint8(0), uint8(1)
			if ti > 0 {
				pp = tokPC[ti-1]
			}
			if ti+1 < nt {
				pn = tokPC[ti+1]
			}
			tokBase = uint(tokPC[ti])<<7 | uint(min(tn, 5))<<4
			prevBase, nextBase = uint(pp)<<2, uint(pn)<<2
		}
		wpos := uint(2)
		switch {
		case single:
			wpos = 0
		case i == start:
			wpos = 1
		case i == last:
			wpos = 3
		}
		ks[i] = uint32((tokBase|wpos<<2)&0x1FFF | (prevBase|wpos)&0xFF<<13 | (nextBase|wpos)&0xFF<<21)
	}
}
