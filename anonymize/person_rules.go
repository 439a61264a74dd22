package anonymize

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"math"
	"strings"
	"sync"
)

//go:embed data/ordinary.txt.gz data/foreign_places.txt data/jpsurnames.txt data/namepos.txt.gz data/translit_words.txt
var personFS embed.FS

// personLexicon holds the word lists the PERSON recognizer uses beside the
// shared lexicon: ordinary two-character words (a given name that is one,
// 雷|阵雨, needs more evidence), foreign places gojieba may tag as names
// (莫斯科/nr), and Japanese family names (桥本).
type personLexicon struct {
	ordinary      map[string]bool
	foreignPlaces map[string]bool
	jpSurnames    map[string]bool
	translitWords map[string]bool // transliterated words that are not people (卢比)
	jpFirst       runeBits
	// last and mid: log ratio of a character ending a name (or standing
	// first in a two-character given name) against ending (or beginning)
	// an ordinary word, from namepos.txt.gz.
	last, mid map[rune]float64
}

var (
	personLexOnce sync.Once
	personLex     *personLexicon
)

// getPersonLexicon loads the person word lists on first use.
func getPersonLexicon() *personLexicon {
	personLexOnce.Do(func() { personLex = loadPersonLexicon() })
	return personLex
}

func readPersonFile(name string) string {
	b, err := personFS.ReadFile(name)
	if err != nil {
		panic("anonymize: missing embedded " + name)
	}
	if strings.HasSuffix(name, ".gz") {
		r, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			panic("anonymize: corrupt embedded " + name)
		}
		if b, err = io.ReadAll(r); err != nil {
			panic("anonymize: corrupt embedded " + name)
		}
	}
	return string(b)
}

// wordList reads a whitespace-separated word list; lines starting with #
// are comments.
func wordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

func loadPersonLexicon() *personLexicon {
	pl := &personLexicon{
		ordinary:      wordList(readPersonFile("data/ordinary.txt.gz")),
		foreignPlaces: wordList(readPersonFile("data/foreign_places.txt")),
		jpSurnames:    wordList(readPersonFile("data/jpsurnames.txt")),
		translitWords: wordList(readPersonFile("data/translit_words.txt")),
	}
	pl.last, pl.mid = map[rune]float64{}, map[rune]float64{}
	// Per character: name-final, name-middle, word-final and word-initial counts.
	rows, tot := charCounts(readPersonFile("data/namepos.txt.gz"))
	for r, w := range rows {
		pl.last[r] = math.Log((w[0]+0.5)/tot[0]) - math.Log((w[2]+50)/tot[2])
		pl.mid[r] = math.Log((w[1]+0.5)/tot[1]) - math.Log((w[3]+50)/tot[3])
	}
	for w := range pl.jpSurnames {
		r, _ := firstRune(w)
		pl.jpFirst.set(r)
	}
	return pl
}

// isForeignPlace reports countries and foreign places that are never
// personal names.
func isForeignPlace(w string) bool {
	return isCountry(w) || getPersonLexicon().foreignPlaces[w]
}

// notForeignName reports words that look transliterated but name no
// person: places, currencies, brands, substances (莫斯科, 卢比, 尼古丁).
func notForeignName(w string) bool {
	return isForeignPlace(w) || getPersonLexicon().translitWords[w]
}

// runStop are characters that end a transliterated run: place suffixes
// and words that follow a name (…县, …副总统, …小组).
var runStop = runeSet(`县州河市省镇村湖山岛港湾区城副小人自书`)

// translitRun extends the transliterated token k over its neighbours that
// continue the name (帕斯|特拉纳, 萨莫拉|诺): other transliterated or
// made-up words and single transliteration characters, at most eight
// characters in all. It returns the rune range.
func translitRun(tt *tokText, k int) (int, int) {
	l := getLexicon()
	part := func(t tok) bool {
		if !isHan(tt.runes[t.start]) || t.n() > 5 {
			return false
		}
		for _, r := range tt.runes[t.start:t.end] {
			if functionRunes[r] || givenStop[r] || runStop[r] || l.translitN[r] < 3 {
				return false
			}
		}
		if t.n() == 1 {
			return !gramPOS(t.pos)
		}
		return t.pos == "nrt" || t.pos == "x"
	}
	s, e := tt.toks[k].start, tt.toks[k].end
	for j := k + 1; j < len(tt.toks) && tt.toks[j].end-s <= 8 && part(tt.toks[j]); j++ {
		e = tt.toks[j].end
	}
	for j := k - 1; j >= 0 && e-tt.toks[j].start <= 8 && part(tt.toks[j]); j-- {
		s = tt.toks[j].start
	}
	return s, e
}

// functionPOS reports gojieba tags of grammatical single characters that
// do not end a name: adverbs, prepositions, conjunctions, particles,
// pronouns, directions, numerals and measure words (郎平|曾, 赵华|说).
func functionPOS(pos string) bool {
	switch pos {
	case "d", "p", "c", "r", "f", "m", "q", "v", "vn", "ad", "ag", "dg":
		return true
	}
	return strings.HasPrefix(pos, "u")
}

// gramPOS reports gojieba tags of purely grammatical words: adverbs,
// prepositions, conjunctions, particles, pronouns, directions, numerals
// and measure words (not verbs: 猜 can be part of 素帕猜).
func gramPOS(pos string) bool {
	switch pos {
	case "d", "p", "c", "r", "f", "m", "q", "ad", "dg":
		return true
	}
	return strings.HasPrefix(pos, "u")
}

// personRoleWord reports title words, not verbs, that announce or follow
// a foreign name (总统, 教练): stronger evidence than a verb of saying.
func personRoleWord(w string) bool {
	return len(w) > 3 && (foreignRoles[w] || rolesBefore[w] || hasRoleSuffix(w)) && !verbsOfSaying[w]
}

// verbsOfSaying are the multi-character verbs among the role words.
var verbsOfSaying = wordSet(`表示 强调 认为 指出 透露 宣布 一行 等人 带领 陪同 会见 看望 慰问 采访 邀请 聘请 引进 授予 表彰 联系 委托 找到 告诉`)

// findJapaneseNames finds Japanese names: a Japanese family name alone or
// with a given name of one to three characters, before a title or a verb
// of saying (桥本首相, 桥本还表示) or after a title (首相桥本龙太郎), or a
// word gojieba made up that starts with a family name (武村正义).
func findJapaneseNames(tt *tokText) []Finding {
	pl := getPersonLexicon()
	var out []Finding
	n := len(tt.runes)
	ps := tt.personPos(posJapanese) // (speed9b.go)
	for i := 0; i+1 < n; i++ {
		if ps != nil {
			if i = nextPos(ps, i); i+1 >= n {
				break // (speed9b.go: no Japanese surname at a later character)
			}
		}
		if !pl.jpFirst.has(tt.runes[i]) || tt.toks[tt.tokOf[i]].start != i {
			continue // (speed14: a name begins a word, tested before the look-ups below)
		}
		sl := 0
		for l := 3; l >= 2; l-- {
			if i+l <= n && jpSurnameSpan(tt, i, i+l) {
				sl = l
				break
			}
		}
		if sl == 0 {
			continue
		}
		before := false
		if b := tt.tokenBefore(i); b != nil && (foreignRoles[b.word] || rolesBefore[b.word] || hasRoleSuffix(b.word) || endsInTitle(b.word)) && !verbsOfSaying[b.word] {
			before = true
		}
		best := 0
		for g := 3; g >= 0; g-- {
			e := i + sl + g
			if e > n || e < n && tt.toks[tt.tokOf[e]].start != e {
				continue
			}
			okGiven := true
			for _, r := range tt.runes[i+sl : e] {
				if !isHan(r) || givenStop[r] || functionRunes[r] {
					okGiven = false
				}
			}
			if !okGiven {
				continue
			}
			// the given name must be words gojieba does not know well
			if g > 0 {
				t := tt.toks[tt.tokOf[i+sl]]
				if t.n() > 1 && t.dictWord() && getLexicon().common[t.word] {
					continue
				}
			}
			after := false
			if a := tt.tokenAt(e); a != nil && a.start == e && (foreignRoles[a.word] || rolesAfter[a.word]) {
				after = true
			}
			// an adverb before a verb of saying (桥本|还|表示)
			if a := tt.tokenAt(e); a != nil && a.start == e && a.n() == 1 && a.pos == "d" {
				if a2 := tt.tokenAt(a.end); a2 != nil && a2.start == a.end && foreignRoles[a2.word] {
					after = true
				}
			}
			// one token from the family name to here (武村正义/x, 东条英机/n)
			t0 := tt.toks[tt.tokOf[i]]
			whole := g > 0 && t0.start == i && t0.end == e && t0.pos != "ns" && t0.pos != "nt" && !getLexicon().common[t0.word]
			// the family name alone before a verb, an adverb or a comma
			// (桥本则…, 桥本坦率地…), when it is no Chinese word or place
			alone := false
			if g == 0 && t0.start == i && t0.end == e && !getLexicon().common[t0.word] && !pl.ordinary[t0.word] && getLexicon().places[t0.word] == 0 && getLexicon().short[t0.word] == "" {
				if e == n {
					alone = true
				} else if a := tt.toks[tt.tokOf[e]]; gramPOS(a.pos) || a.pos == "v" || a.word == "，" || a.word == "、" {
					alone = true
				}
			}
			if after || before && (g > 0 || e == n || tt.toks[tt.tokOf[e]].n() > 1) || whole && g >= 2 || alone {
				best = e
				break
			}
		}
		if best == 0 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i, best), Start: tt.off[i], End: tt.off[best], Evidence: "japanese-name", Score: 3.5})
		i = best - 1
	}
	return out
}

// positionScore is the evidence the given name's characters give by their
// position: the last character against ordinary word endings (纪念|章), a
// first given character of two against ordinary word beginnings.
func positionScore(given []rune) float64 {
	last, ok := lastOfRune(given[len(given)-1]) // pl.last[…]
	if !ok {
		last = -3
	}
	sc := clamp(last, -3, 2)
	if len(given) == 2 {
		m, ok := midOfRune(given[0]) // pl.mid[given[0]]
		if !ok {
			m = -3
		}
		sc += clamp(m, -3, 2) * midWeight
	}
	// only a penalty: ordinary word endings speak against a name, while
	// name-like endings are already counted by the given-name statistics
	return math.Min(0, sc) * positionWeight
}

// nameChars reports whether the characters of a given name are, taken
// together, more likely in names than in ordinary text.
func nameChars(given []rune) bool {
	l := getLexicon()
	sum := 0.0
	for _, r := range given {
		sum += l.given[r]
	}
	return sum > 0
}

// endsInTitle reports words that end in a title of two or more characters
// (日本首相, 巴西总统), not in a verb.
func endsInTitle(w string) bool {
	for _, t := range titleSuffixes {
		if len(w) > len(t) && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// titleSuffixes are the titles endsInTitle looks for.
var titleSuffixes = strings.Fields(`首相 总统 总理 外长 主席 议长 国王 大使 部长 教练 书记 委员长`)

// isRoleWord reports titles and roles, which are never names themselves
// (司令官/nr). A surname before a title (王主任) is left to the scorer.
func isRoleWord(w string) bool {
	return rolesBefore[w] || rolesAfter[w] || foreignRoles[w] || titleRefs[w] || strings.HasSuffix(w, "官")
}

// givenNameForms returns the given name of a confirmed Chinese name of
// three or four characters (王俊平 → 俊平), to be masked wherever it stands
// alone in the same document (俊平同志), unless the given name is an
// ordinary word or a place.
func givenNameForms(f Finding) []Finding {
	if f.Type != PERSON || f.generic || f.Score < 2 {
		return nil
	}
	s := surnameOf(f.Text)
	if s == "" || strings.ContainsAny(f.Text, " 　·") {
		return nil
	}
	g := strings.TrimPrefix(f.Text, s)
	if runeLen(g) != 2 || !allHan(g) {
		return nil
	}
	l := getLexicon()
	if l.common[g] || getPersonLexicon().ordinary[g] || l.places[g] > 0 || l.short[g] != "" || nationalTerms[g] || isRoleWord(g) {
		return nil
	}
	return []Finding{{Type: PERSON, Text: g, Evidence: "given-name-of-named-person", Score: f.Score}}
}
