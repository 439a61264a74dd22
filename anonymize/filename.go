package anonymize

import "strings"

// nameTextPersons adapts the findings of a title or file name, which has no
// sentence around a name to judge it by: a doubtful personal name is
// masked, and so is any bare piece of two to four characters that reads as
// surname + given name (张建国.pdf, 李明_述职报告), unless it is an ordinary
// word or already found as something else.
func nameTextPersons(tt *tokText, fs []Finding) []Finding {
	for i := range fs {
		if fs[i].Type == PERSON && fs[i].generic && !strings.Contains(fs[i].Evidence, "political-formula") {
			fs[i].generic = false
			fs[i].Evidence += ",name-text"
		}
	}
	l := getLexicon()
	add := func(s, e int, ev string) {
		if e-s < 2 || e-s > 4 || surnameOf(tt.sub(s, e)) == "" {
			return
		}
		w := tt.sub(s, e)
		if l.common[w] || l.places[w] > 0 || l.short[w] != "" || nationalTerms[w] || countries[w] || !allHan(w) {
			return
		}
		for _, r := range tt.runes[s:e] {
			if functionRunes[r] || givenStop[r] {
				return
			}
		}
		// a doubtful finding the default policy keeps (马建国 tagged ns, a
		// "place" nobody masks) gives way to the name
		overlaps := func(f Finding) bool { return f.Start < tt.off[e] && tt.off[s] < f.End }
		for _, f := range fs {
			if !f.generic && overlaps(f) {
				return
			}
		}
		kept := fs[:0]
		for _, f := range fs {
			if !overlaps(f) {
				kept = append(kept, f)
			}
		}
		fs = kept
		fs = append(fs, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: 2})
	}
	// 1. a whole piece between separators (张建国.pdf, 2023_李明_总结)
	start := -1
	for i := 0; i <= len(tt.runes); i++ {
		if i < len(tt.runes) && isHan(tt.runes[i]) && !functionRunes[tt.runes[i]] {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			add(start, i, "name-text:bare-name")
			start = -1
		}
	}
	// 2. a word gojieba does not know or tags as a name, or a run of
	// single characters, starting with a surname (王芳述职报告)
	for k := 0; k < len(tt.toks); k++ {
		t := tt.toks[k]
		switch {
		case t.pos == "x" || t.pos == "nr" || t.pos == "nrfg" || t.pos == "nrt" || t.pos == "ns":
			// ns too: a name gojieba reads as a place (马建国/ns); add
			// keeps real places out
			add(t.start, t.end, "name-text:name-word")
		case t.n() == 1 && k+1 < len(tt.toks) && l.isSurname(tt.runes[t.start]) && tt.toks[k+1].n() <= 2 && nameWordPOS(tt.toks[k+1].pos):
			// a surname cut off its given name (何|建华/nz)
			add(t.start, tt.toks[k+1].end, "name-text:surname+name-word")
		case t.n() == 1:
			e := k
			for e+1 < len(tt.toks) && tt.toks[e+1].n() == 1 && e+1-k < 3 {
				e++
			}
			if e > k {
				add(t.start, tt.toks[e].end, "name-text:single-characters")
			}
		}
	}
	return fs
}

// nameWordPOS are the tags gojieba gives a given name it cut off its
// surname (何|建华/nz).
func nameWordPOS(pos string) bool {
	switch pos {
	case "nz", "nr", "nrfg", "nrt", "x", "ns":
		return true
	}
	return false
}
