package anonymize

import "sync"

// Speed work of the fifteenth session (speed20): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed20_test.go compares each helper
// with the code it replaces.

// roles34Last holds the last character of every word of roles34, and
// roles34Len each word's length in runes, both built once at package
// initialisation (roles34 never changes).
var (
	roles34Last = lastRuneBitsOf(roles34)
	roles34Len  = runeLens20(roles34)
)

// runeLens20 returns runeLen of each word of ws.
func runeLens20(ws []string) []int {
	ns := make([]int, len(ws))
	for i, w := range ws {
		ns[i] = runeLen(w)
	}
	return ns
}

// roleBefore34 reports whether a word of roles34 ends right before rune s
// (s ≥ 1): one bit test on the character before s, then the words'
// lengths read from roles34Len, where roleNames34 counted the runes of its
// fifteen role words at every surname of every text (4.1 M instructions
// per reports-dev pass in runeLen alone).
func roleBefore34(tt *tokText, s int) bool {
	if !roles34Last.has(tt.runes[s-1]) {
		return false
	}
	for i, w := range roles34 {
		if k := roles34Len[i]; s >= k && tt.sub(s-k, s) == w {
			return true
		}
	}
	return false
}

// surnameFirst20 is the union of the characters that begin a surname for
// surnameLen14: the lexicon's surnames and compound surnames' first
// characters, rareSurnames14, extraSurnames13 and ordinarySurnames13b,
// built on first use from the lexicon, which never changes once loaded.
var surnameFirst20 = sync.OnceValue(func() *runeBits {
	l := getLexicon()
	b := unionBits(unionBits(l.surnameBits, l.compoundFirst), unionBits(unionBits(rareSurnames14, extraSurnames13), ordinarySurnames13b))
	return &b
})

// surnameMay20 reports false where surnameLen14 surely finds no surname
// beginning with r: below U+10000 one bit test in first
// (surnameFirst20), before surnameLen14's compound lookup and four set
// tests (fixedEndNames14 asks surnameLen14 of every character of a text:
// 2.8 M instructions per reports-dev pass).
func surnameMay20(first *runeBits, r rune) bool {
	return uint32(r) >= 1<<16 || first.has(r)
}

// bylineLast20 holds the last characters of byline28's words and of
// 联系人, the words fixedEndNames14 reads a name after.
var bylineLast20 = unionBits(lastRuneBits(byline28), runeBitsOf("人"))

// bylineTok20 is byline28[t.word] || t.word == "联系人", a bit test on the
// word's last character first (fixedEndNames14 asks it of every token:
// 1.4 M instructions per reports-dev pass in map lookups).
func bylineTok20(t *tok) bool {
	return mayEnd(&bylineLast20, t.word) && (byline28[t.word] || t.word == "联系人")
}

// minoritySecond20 reports false where no element of m's traditions
// (minorityElem14) has r as its second character: below U+10000 one bit
// test in m.second, which holds the second character of every clan,
// element and given name (minorityInContext14 looked up the two- and
// three-character words at every first character in three maps each:
// 1.0 M instructions per reports-dev pass).
func minoritySecond20(m *minorityInv21, r rune) bool {
	return uint32(r) >= 1<<16 || m.second.has(r)
}

// The sigList16 of the breeds and ethnic branches keepFinding33 asks
// insideBreed33 and insideEthnicBranch33 about for every finding.
var (
	transBreedsSig20    = sigListOf(transBreeds33)
	ethnicBranchesSig20 = sigListOf(ethnicBranches33)
)

// breedMay20 reports false when tt's text surely holds no breed of
// transBreeds33, so that insideBreed33(tt.text, f), which needs one
// covering f, is false for every finding: a few bit tests per breed, where
// insideBreed33 searched a window around each finding for each of the 27
// breeds (2.1 M instructions per reports-dev pass).
func breedMay20(tt *tokText) bool {
	return tt.sigAny28(sigBreeds28, transBreedsSig20)
}

// branchMay20 reports false when insideEthnicBranch33(tt.text, f) is
// surely false: tt's text holds no ethnic branch of ethnicBranches33 and
// f's text is the text's bytes from f.Start to f.End (the branch tests on
// f.Text then look inside the text too). insideEthnicBranch33 compared
// each of the 23 branches at every byte before each finding (2.7 M
// instructions per reports-dev pass).
func branchMay20(tt *tokText, f *Finding) bool {
	return tt.sigAny28(sigBranches28, ethnicBranchesSig20) || f.Text != tt.text[f.Start:f.End]
}

// roleName33First20 holds the characters below U+10000 that may begin a
// name for roleNames33: the lexicon's surnames, surnames33 and the
// characters of transliterated names whose log ratio is 2 or more, built
// on first use from the lexicon, which never changes once loaded.
var roleName33First20 = sync.OnceValue(func() *runeBits {
	l := getLexicon()
	b := unionBits(l.surnameBits, surnames33)
	for r, v := range l.translit {
		if v >= 2 {
			b.set(r)
		}
	}
	return &b
})

// roleName33At20 is l.isSurname(r) || surnames33.has(r) ||
// l.translit[r] >= 2, the test roleNames33 asks of every character of a
// text: below U+10000 one bit test in first (roleName33First20), where
// most characters cost a map lookup in l.translit (1.5 M instructions per
// reports-dev pass).
func roleName33At20(l *lexicon, first *runeBits, r rune) bool {
	if uint32(r) < 1<<16 {
		return first.has(r)
	}
	return l.isSurname(r) || l.translit[r] >= 2
}

// orgTailsLen20 and orgModsLen20 are runeLen of each word of orgTails14
// and orgModsOrNone14, built once at package initialisation (the lists
// never change): orgs14 counted the runes of the tail and of every
// modifier at each occurrence of a tail (1.0 M instructions per
// reports-dev pass in runeLen).
var (
	orgTailsLen20 = runeLens20(orgTails14)
	orgModsLen20  = runeLens20(orgModsOrNone14)
)
