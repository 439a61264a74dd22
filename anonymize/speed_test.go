package anonymize

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths of the hot loops must answer exactly what the slow
// definitions they replace answer.

func TestIsHanMatchesUnicode(t *testing.T) {
	for _, r := range []rune{-1, -1 << 20, unicode.MaxRune + 1, 0x7fffffff} {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%d) = %v", r, isHan(r))
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, unicode.Is says %v", r, isHan(r), !isHan(r))
		}
	}
}

// The direct emission path (character records, folded per-character
// templates, direct tables) gives the same integer sums as hashing every
// feature, also for characters above U+FFFF, which take the slow path.
func TestDirectEmissionsOutsideBMP(t *testing.T) {
	st := currentTagger()
	if st == nil || st.m == nil {
		t.Fatal("embedded person model did not load")
	}
	checkDirectEmissions(t, []string{
		"\U00020000\U0002A6A5同志和张𠀾明出席会议😀，李四主持。",
		"副县长王𡿨，电话138\U0001F600；𪚥村支部书记赵六。",
		"a\x01\x02b 张三",
	}, []TaggerFeatureSet{st.m.off, 0, NoCharIdentity, 1<<0 | 1<<1 | 1<<13})
}

func TestLastFirstRuneMatchUTF8(t *testing.T) {
	var buf [5]byte
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for c := 0; c < 256; c += 1 + (c & 7) {
				buf = [5]byte{'x', byte(a), byte(b), byte(c), 0xE4}
				for _, s := range []string{string(buf[1:4]), string(buf[:4]), string(buf[1:]), string(buf[1:3])} {
					lr, _ := utf8.DecodeLastRuneInString(s)
					fr, _ := utf8.DecodeRuneInString(s)
					_, ln := utf8.DecodeLastRuneInString(s)
					if lastRune(s) != lr || firstRuneOf(s) != fr || lastRuneLen(s) != ln {
						t.Fatalf("% x: lastRune %U firstRuneOf %U, utf8 %U %U", s, lastRune(s), firstRuneOf(s), lr, fr)
					}
				}
			}
		}
	}
	for _, s := range []string{"", "a", "张", "张三", "𠀀", "a𠀀", "\xed\xa0\x80", "\xe0\x80\x80"} {
		lr, _ := utf8.DecodeLastRuneInString(s)
		fr, _ := utf8.DecodeRuneInString(s)
		if lastRune(s) != lr || firstRuneOf(s) != fr {
			t.Errorf("%q: lastRune %U firstRuneOf %U, utf8 %U %U", s, lastRune(s), firstRuneOf(s), lr, fr)
		}
	}
}

func TestRuneClassTable(t *testing.T) {
	lt := getTaggerLex()
	for r := rune(0); r < 1<<16; r++ {
		if got, want := uint32(lt.class[r]), runeClass([]rune{r}, 0); got != want {
			t.Fatalf("class of %U: table %d, runeClass %d", r, got, want)
		}
	}
}

// The hand-written scanners find exactly what the regular expressions they
// replace find, on random strings over the characters that matter.
func TestScannersMatchRegexps(t *testing.T) {
	alphabet := []string{"《", "》", "报", "日", "晚", "新", "闻", "周", "刊", "甲", "乙", "a", "“", "”", "\"", "「", "」", "农", "交", "大", "中", "\xff", " "}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.IntN(24); k > 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		if n%7 == 0 {
			text = "《" + strings.Repeat("甲", rng.IntN(16)) + []string{"报", "日报", "新闻", "杂志"}[rng.IntN(4)] + "》" + text
		}
		if n%5 == 0 {
			text += "“" + strings.Repeat("乙", rng.IntN(7)) + "”农大"
		}
		tt := newTokText(nil, text)
		if got, want := quotedUniSpans(tt), quotedUni.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: quotedUniSpans %v, regexp %v", text, got, want)
		}
		if got, want := pressTitleSpans(tt), pressTitle.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: pressTitleSpans %v, regexp %v", text, got, want)
		}
	}
}

// Apply with the start-bit filter replaces exactly what a scan trying
// every entity at every byte replaces, one-byte entities and broken UTF-8
// included.
func TestRedactionScanFilter(t *testing.T) {
	r := newRedaction(Placeholder, DefaultPolicy())
	for _, w := range []string{"A", "张三", "张三丰", "AB", "\xe5", "县委", "李"} {
		r.add(Finding{Type: PERSON, Text: w}, 0)
	}
	r.finish(nil)
	naive := func(s string) string {
		var b strings.Builder
		at := 0
		for _, m := range scanEveryByte(r, s) {
			b.WriteString(s[at:m[1]])
			b.WriteString(r.order[m[0]].placeholder)
			at = m[2]
		}
		b.WriteString(s[at:])
		return b.String()
	}
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"A", "B", "张", "三", "丰", "县", "委", "李", "\xe5", "x", "，"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := r.Apply(s), naive(s); got != want {
			t.Fatalf("Apply(%q) = %q, want %q", s, got, want)
		}
	}
}

// The unrolled Viterbi decoder returns the labels of the loop over labels,
// ties included (small integer scores make many).
func TestViterbiUnrolledMatchesLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	models := []*PersonTagger{{}}
	if st := currentTagger(); st != nil && st.m != nil {
		models = append(models, st.m)
	}
	for n := 0; n < 3000; n++ {
		m := models[n%len(models)]
		if n%len(models) == 0 {
			m = &PersonTagger{}
			for x := range m.trans {
				for y := range m.trans[x] {
					m.trans[x][y] = float32(rng.IntN(5) - 2)
				}
			}
		}
		ems := make([][nTags]float32, rng.IntN(40))
		for i := range ems {
			for y := range ems[i] {
				ems[i][y] = float32(rng.IntN(7)-3) * 0.5
			}
		}
		bias := float32(rng.IntN(3)) * 0.5
		got := m.viterbiEm(ems, bias, &taggerScratch{})
		if want := m.viterbiEmLoop(ems, bias); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: unrolled %v, loop %v", n, got, want)
		}
	}
}

func TestIsSurnameMatchesMap(t *testing.T) {
	l := getLexicon()
	if len(l.surname) == 0 {
		t.Fatal("no surnames loaded")
	}
	for r := rune(-1); r <= unicode.MaxRune; r++ {
		_, want := l.surname[r]
		if l.isSurname(r) != want {
			t.Fatalf("isSurname(%U) = %v, map says %v", r, !want, want)
		}
	}
}

// The narrowed e-mail windows give the e-mail pattern the matches it finds
// in the wide windows around each @.
func TestEmailWindowsSameMatches(t *testing.T) {
	var email *regexp.Regexp
	for _, p := range patternRecognizers {
		if p.typ == EMAIL {
			email = p.re
		}
	}
	parts := []string{"a", "Z", "0", "9", ".", "_", "%", "+", "-", "@", "@", "com", "cn", "邮箱", "，", " ", "\xff", "x@y.zz", strings.Repeat("b", 130), "中文字"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(20); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		want := findInWindows(email, text, anchorWindows(text, []string{"@"}, 128, 256))
		if got := findInWindows(email, text, emailWindows(text)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: narrowed %v, wide %v", text, got, want)
		}
	}
}

// The number patterns find in the runs of their bytes what they find in
// their whole windows.
func TestByteRunsSameMatches(t *testing.T) {
	parts := []string{"1", "3", "8", "9", "0", "5", "12345", "138", "13812345678", "+86", "86", " ", "-", "X", "x", "A", "Z", "9144", "4000", "电话", "，", "（", "）", "(", ")", "\xff", "110105194912310021", "6222", strings.Repeat("7", 16),
		"－", "—", "0939", "（0939）", "0939—", "400－", "\xbc", "\x94", "\xef\xbc", "\xe2\x80", "：", "•", "\u2000", "8008"}
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(24); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		windows := digitWindows(text)
		for _, p := range patternRecognizers {
			if p.runByte == nil {
				continue
			}
			want := findInWindows(p.re, text, windows)
			if got := findInWindows(p.re, text, byteRuns(text, windows, p.runByte, p.minRun)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: runs %v, windows %v", p.name, text, got, want)
			}
		}
	}
}

// TestHasFullwidthAlnum: exactly the fullwidth digits, latin letters, ＠, ．
// and － send a text through asciiFold, wherever they stand among other
// fullwidth forms (the punctuation of every report line).
func TestHasFullwidthAlnum(t *testing.T) {
	for r := rune(0xFF00); r <= 0xFFEF; r++ {
		want := r == 0xFF0D || r == 0xFF0E || r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF20 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A
		for _, s := range []string{string(r), "全县，（" + string(r) + "）：", "，，，，" + string(r)} {
			if got := hasFullwidthAlnum(s); got != want {
				t.Errorf("%U in %q: %v, want %v", r, s, got, want)
			}
		}
	}
	if hasFullwidthAlnum("联系电话：13912345678，邮箱：a@b.cn。") {
		t.Error("ASCII digits among fullwidth punctuation need no folding")
	}
}

// The one-pass search for bank branch words finds every occurrence a
// strings.Index loop per word finds, broken UTF-8 included; spanString is
// string(runes); notNameWord is notForeignName || isRoleWord.
func TestFastPathsMatchSlow(t *testing.T) {
	parts := append([]string{"支", "行", "分", "营业", "部", "所", "信用", "社", "农商", "供电", "公司", "\xe6", "\x94", "a", "张", "，"}, bankBranches...)
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.IntN(16); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		tt := newTokText(nil, text)
		got := branchWordsAt(tt)
		for bi, w := range bankBranches {
			var want []int
			for i := 0; ; {
				j := strings.Index(text[i:], w)
				if j < 0 {
					break
				}
				want = append(want, i+j)
				i += j + len(w)
			}
			var g []int
			if got != nil {
				g = got[bi]
			}
			if !reflect.DeepEqual(g, want) {
				t.Fatalf("%q, %q: one pass %v, strings.Index %v", text, w, g, want)
			}
		}
		for s := 0; s < len(tt.runes); s++ {
			for e := s; e <= len(tt.runes) && e <= s+4; e++ {
				if got, want := spanString(tt, s, e), string(tt.runes[s:e]); got != want {
					t.Fatalf("spanString(%q, %d, %d) = %q, want %q", text, s, e, got, want)
				}
			}
		}
	}
	pl := getPersonLexicon()
	var words []string
	for _, m := range []map[string]bool{countries, pl.foreignPlaces, pl.translitWords, rolesBefore, rolesAfter, foreignRoles, titleRefs} {
		for w := range m {
			words = append(words, w, w+"官", w[:len(w)-1], "副"+w)
		}
	}
	words = append(words, "", "官", "张三", "外交官", "李书记", "\xe5\xae")
	for _, w := range words {
		if got, want := notNameWord(w), notForeignName(w) || isRoleWord(w); got != want {
			t.Errorf("notNameWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// The bit sets before the word-set lookups hold every last character of
// their sets.
func TestLastRuneBitsCoverSets(t *testing.T) {
	for name, c := range map[string]struct {
		b *runeBits
		m map[string]bool
	}{"roleNouns": {&roleNounsLast, roleNouns}, "personNouns": {&personNounsLast, personNouns}, "rolesBefore": {&roleEndLast, rolesBefore}} {
		for w := range c.m {
			if !mayEnd(c.b, w) {
				t.Errorf("%s: %q ends in a character the bit set lacks", name, w)
			}
		}
	}
	for r := range landmarkEnds {
		if !mayHaveRune(&landmarkEndBits, r) {
			t.Errorf("landmarkEnds: %q missing from the bit set", r)
		}
	}
	for _, w := range []string{"县长", "副县长", "党委书记", "项目经理"} {
		if !hasRoleSuffix(w) && !rolesBefore[w] {
			continue
		}
		if !mayEnd(&roleEndLast, w) {
			t.Errorf("role word %q ends in a character roleEndLast lacks", w)
		}
	}
}

// newTokText decodes the characters and their offsets as a range loop
// over the text does, broken UTF-8, surrogates and overlong forms
// included, and falls back to one token per character exactly when the
// text is not valid UTF-8.
func TestTokTextDecodeMatchesRange(t *testing.T) {
	seg := testSeg(t)
	parts := []string{"张", "a", "，", "\xe5", "\xe5\xbc", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "😀", "é", "\x80", "县长"}
	rng := rand.New(rand.NewPCG(15, 16))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		var rs []rune
		var off []int
		for i, r := range text {
			rs, off = append(rs, r), append(off, i)
		}
		off = append(off, len(text))
		var tt *tokText
		if n%50 == 0 {
			tt = newTokText(seg, text)
		} else {
			tt = newTokText(nil, text)
		}
		if !slices.Equal(tt.runes, rs) || !slices.Equal(tt.off, off) {
			t.Fatalf("%q: runes %q offsets %v, range loop %q %v", text, tt.runes, tt.off, rs, off)
		}
		if seg != nil && n%50 == 0 && !utf8.ValidString(text) && len(tt.toks) != len(rs) {
			t.Fatalf("%q is not valid UTF-8 but has %d tokens for %d characters", text, len(tt.toks), len(rs))
		}
		tt.release()
	}
}

// The name statistics table answers what the lexicon maps answer, for
// every character and beyond the Basic Multilingual Plane.
func TestNameStatsMatchMaps(t *testing.T) {
	l, pl := getLexicon(), getPersonLexicon()
	for r := rune(-1); r <= 0x20010; r++ {
		g, gok := l.given[r]
		la, lok := pl.last[r]
		m, mok := pl.mid[r]
		g2, gok2 := givenOfRune(r)
		la2, lok2 := lastOfRune(r)
		m2, mok2 := midOfRune(r)
		if surnameOfRune(r) != l.surname[r] || firstOfRune(r) != l.first[r] || g2 != g || gok2 != gok || la2 != la || lok2 != lok || m2 != m || mok2 != mok {
			t.Fatalf("%U: table and maps differ", r)
		}
	}
}

// scanEveryByte is Redaction.scan trying every byte: the definition the
// character-stepping scan must match.
func scanEveryByte(r *Redaction, s string) [][3]int {
	var out [][3]int
	for i := 0; i < len(s); {
		var hit *entity
		for _, e := range r.byFirst(s[i]) {
			if strings.HasPrefix(s[i:], e.text) {
				hit = e
				break
			}
		}
		if hit == nil {
			i++
			continue
		}
		out = append(out, [3]int{slices.Index(r.order, hit), i, i + len(hit.text)})
		i += len(hit.text)
	}
	return out
}

// Redaction.scan steps over the continuation bytes of a character only
// when no entity begins with one: on valid and broken UTF-8 alike it
// finds what trying every byte finds.
func TestScanStepsByCharacter(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 5))
	pieces := []string{"张三", "李四", "红星村", "县", "a", "\x80", "\xbd\xa0", "三", "\xe4", "你好", "·", "〔", "1"}
	for round := 0; round < 300; round++ {
		r := newRedaction(Placeholder, DefaultPolicy())
		for k := 0; k < 1+rng.IntN(4); k++ {
			w := pieces[rng.IntN(len(pieces))] + pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) == 0 {
				w = pieces[rng.IntN(len(pieces))]
			}
			if _, ok := r.index[w]; !ok {
				e := &entity{text: w}
				r.index[w] = e
				r.order = append(r.order, e)
			}
		}
		var b strings.Builder
		for k := 0; k < 30; k++ {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		r.finish(nil)
		var got [][3]int
		r.scan(s, func(e *entity, start, end int) { got = append(got, [3]int{slices.Index(r.order, e), start, end}) })
		if want := scanEveryByte(r, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("entities %v in %q: scan %v, every byte %v", slices.Collect(maps.Keys(r.index)), s, got, want)
		}
	}
}

// mayStart answers what its definition answers (the first character, as
// utf8.DecodeRuneInString reads it, is above U+FFFF or in the set), on
// random bytes around three-byte sequences, and it never rules out a word
// of the set it was built from.
func TestMayStartMatchesDefinition(t *testing.T) {
	sets := map[string]map[string]bool{"leadVerbs": leadVerbs, "kinPairs": kinPairs, "academicTitles": academicTitles, "personOnlyTitles": personOnlyTitles, "landmarkLocatives": landmarkLocatives}
	rng := rand.New(rand.NewPCG(6, 7))
	for name, m := range sets {
		b := firstRuneBits(m)
		for w := range m {
			if !mayStart(&b, w) {
				t.Errorf("%s: mayStart rules out its own word %q", name, w)
			}
		}
		for k := 0; k < 20000; k++ {
			buf := make([]byte, rng.IntN(5))
			for i := range buf {
				switch rng.IntN(4) {
				case 0:
					buf[i] = byte(0xE0 + rng.IntN(16))
				case 1:
					buf[i] = byte(0x80 + rng.IntN(64))
				default:
					buf[i] = byte(rng.IntN(256))
				}
			}
			if k%3 == 0 && len(m) > 0 {
				for w := range m { // a real first character with random bytes after it
					buf = append([]byte(w[:3]), buf...)
					break
				}
			}
			w := string(buf)
			r := firstRuneOf(w)
			if want := r < 0 || r >= 1<<16 || b.has(r); mayStart(&b, w) != want {
				t.Fatalf("%s: mayStart(% x) = %v, definition %v", name, w, !want, want)
			}
		}
	}
}
