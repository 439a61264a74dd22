package anonymize

import "strings"

// This file holds round leaks21: classes behind the misses of the ninth
// session's unseen sets, each recognised by the words around the name
// rather than by the name:
//   - a speaker line's name of a surname alone and a two-character given
//     name, spaced apart after a role (市长  甲 乙丙);
//   - a stream named before its riverside works or scenery (…河滨河公园,
//     …河风光带), also when its stem opens with a numeral word (九曲);
//   - quoted names side by side (“甲”“乙”两家) when one of them is a
//     body or place already found;
//   - a named area, port zone or park right after its place (…街道|X片区,
//     …港区|X作业区) or after a work verb when its stem is no word of
//     gojieba's (依托|X城创业园), and the same stem before another kind;
//   - a heritage site named by a place and an old work (X古铜矿遗址);
//   - a word gojieba cannot read right before a landmark's kind (X湿地);
//   - an item of a list of subdistricts, townships or villages beside one
//     of the same kind (…街道、X街道; …乡、X乡; …村至X村);
//   - a farmer of a crop (柚农, 椒农) before his name, however gojieba cuts
//     the two apart;
//   - the start of a route (X至Y高速) whose end is a place, when X is a
//     county's short form that is also an ordinary word.
// A name found so is masked wherever it stands in the text.

// leaks21 adds the findings of this round to the findings fs of one text.
func leaks21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if hasSpace(tt.text) {
		out = append(out, spacedGivenAfterRole21(tt, fs)...)
	}
	if tt.mayContain("河") || tt.mayContain("江") || tt.mayContain("溪") {
		out = append(out, streamsBeforeShore21(tt, fs)...)
	}
	if tt.mayContain("“") && tt.mayContain("”") {
		out = append(out, quotedBrands21(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}

// spacedGivenAfterRole21 finds a name written as a surname, one to three
// spaces and a two-character given name after a role and its padding, as
// speaker lines and by-lines write it (县长  甲 乙丙): the surname stands
// as a token of its own, the given name ends the line or a clause, and
// neither holds a grammatical character. spacedAfterRole (person_report.go)
// reads only names whose every character stands apart.
func spacedGivenAfterRole21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end+4 > n || !spaceRune(tt.runes[t.end]) {
			continue
		}
		if !tt.roleTok(t) && !personNouns[t.word] {
			continue
		}
		s := t.end
		for j := 0; j < 3 && s < n && spaceRune(tt.runes[s]); j++ {
			s++
		}
		if s+4 > n || !l.isSurname(tt.runes[s]) || tt.toks[tt.tokOf[s]].n() != 1 || !spaceRune(tt.runes[s+1]) {
			continue
		}
		g := s + 1
		for j := 0; j < 3 && g < n && spaceRune(tt.runes[g]); j++ {
			g++
		}
		e := g + 2
		if e > n || e < n && isHan(tt.runes[e]) {
			continue // the given name runs on into a word (甲 乙丙主持)
		}
		score := 0.0
		ok := true
		for _, r := range tt.runes[g:e] {
			if !isHan(r) || functionRunes[r] || givenStop[r] || hardStop[r] {
				ok = false
				break
			}
			score += clamp(l.given[r], -4, 3)
		}
		if !ok || score < -4 || l.common[tt.sub(g, e)] && score < 0 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,role-before:" + t.word + ",leaks21", Score: contextScore + 1})
	}
	return out
}

// shoreWords21 follow a particular stream's name: its riverside works
// and scenery (…河滨河公园, …江风光带).
var shoreWords21 = []string{"滨河", "滨江", "滨溪", "风光带", "景观带", "生态廊道"}

// measureRunes21 follow a numeral in a count, not in a name (一条河,
// 两处溪): a stem of a numeral and one of them names no stream.
var measureRunes21 = runeBitsOf("条处段座个些片道几多两一二三四五六七八九十百千万")

// streamsBeforeShore21 finds a stream named by two or three characters
// before 河, 江 or 溪 and a word of its riverside works or scenery
// (，…河|滨河公园, 、…河风光带), where the name may begin after a stop, a
// place or a verb, however gojieba cut it (…|水河|滨河). A stem may open
// with a numeral word when a measure does not follow it (九曲河, not 一条河).
func streamsBeforeShore21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, w := range shoreWords21 {
		for _, a := range occurrences19(tt, w) {
			k := a - 1
			if k < 2 || !waterKinds20.has(tt.runes[k]) {
				continue
			}
			for ln := 2; ln <= 3; ln++ {
				s := k - ln
				if s < 0 || !before20(tt, fs, s) {
					continue
				}
				stem := tt.sub(s, k)
				if !plainStem19(tt, s, k) || stemNot20[stem] || classStems[stem] || riverGenericStems[stem] || genericPlaceStems[stem] || toponymStemStop.has(tt.runes[s]) {
					break
				}
				if strings.ContainsRune("一二三四五六七八九十两几多第", tt.runes[s]) && measureRunes21.has(tt.runes[s+1]) {
					break
				}
				if l.common[stem+string(tt.runes[k])] || startsWithin19(fs, tt.off[s], tt.off[k+1]) {
					break
				}
				out = append(out, found19(tt, LOCATION, s, k+1, "stream-before-shore21"))
				break
			}
		}
	}
	return out
}

// quote21 is one quoted stretch: runes [s, e) inside the marks.
type quote21 struct{ s, e int }

// quotes21 returns the quoted stretches of one to eight characters.
func quotes21(tt *tokText) []quote21 {
	var qs []quote21
	n := len(tt.runes)
	for _, o := range occurrences19(tt, "“") {
		for c := o + 1; c < n && c-o <= 9; c++ {
			if tt.runes[c] == '”' {
				if c > o+1 {
					qs = append(qs, quote21{o + 1, c})
				}
				break
			}
			if tt.runes[c] == '“' {
				break
			}
		}
	}
	return qs
}

// brandAfter21 follow a brand's quoted name (“…”工夫茶, “…”等…品牌).
var brandAfter21 = []string{"品牌", "牌", "商标", "系列", "工夫茶", "红茶", "绿茶", "白茶", "黑茶", "茶叶", "大米", "香米", "贡米", "白酒", "米酒", "黄酒", "酱油", "蜂蜜", "腊肉", "火腿"}

// plainQuote21 reports whether a quoted stretch may be a name: two to
// six Han characters, no particle or punctuation, no frequent word whole.
func plainQuote21(tt *tokText, q quote21) bool {
	return q.e-q.s >= 2 && q.e-q.s <= 6 && plainStem19(tt, q.s, q.e) && !getLexicon().common[tt.sub(q.s, q.e)]
}

// afterSpan21 runs after the span tagger: quoted names side by side
// (“甲”“乙”, “甲”、“乙”) of which one is a body or place the rules or the
// tagger found whole are all of its kind (“…小院”“…树下”两家民宿).
func afterSpan21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 || !tt.mayContain("”“") && !tt.mayContain("”、“") {
		return fs
	}
	qs := quotes21(tt)
	var out []Finding
	plain := func(q quote21) bool { return plainQuote21(tt, q) }
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && (qs[j].s-1 == qs[j-1].e+1 || qs[j].s-1 == qs[j-1].e+2 && tt.runes[qs[j-1].e+1] == '、') {
			j++
		}
		if j-i >= 2 {
			typ := Type("")
			for _, q := range qs[i:j] {
				for k := range fs {
					f := &fs[k]
					if (f.Type == ORG || f.Type == LOCATION) && !f.generic && !weak19(f) && f.Start == tt.off[q.s] && f.End == tt.off[q.e] {
						typ = f.Type
					}
				}
			}
			if typ != "" {
				for _, q := range qs[i:j] {
					if plain(q) {
						out = append(out, found19(tt, typ, q.s, q.e, "quoted-sibling21"))
					}
				}
			}
		}
		i = j
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}

// quotedBrands21 finds a brand quoted before its product or 品牌 (“…”工夫茶,
// “…”等…品牌), made of characters gojieba reads one by one, as made-up
// names are (a slogan of dictionary words, “生态茶乡”品牌, is no such name).
func quotedBrands21(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, q := range quotes21(tt) {
		if !plainQuote21(tt, q) || q.e-q.s > 4 {
			continue
		}
		single := true
		for i := q.s; i < q.e; i++ {
			if t := tt.tokenAt(i); t.n() > 1 && t.pos != "x" {
				single = false
				break
			}
		}
		if !single {
			continue
		}
		c := q.e + 1
		rest := tt.text[tt.off[min(c, len(tt.runes))]:]
		brand := hasAnyPrefix13(rest, brandAfter21)
		if !brand && strings.HasPrefix(rest, "等") {
			// “…”等县域电商品牌: 品牌 within the clause after 等
			for k := c + 1; k < len(tt.runes) && k-c <= 10 && isHan(tt.runes[k]); k++ {
				if strings.HasPrefix(tt.text[tt.off[k]:], "品牌") {
					brand = true
					break
				}
			}
		}
		if brand {
			out = append(out, found19(tt, ORG, q.s, q.e, "quoted-brand21"))
		}
	}
	return out
}
