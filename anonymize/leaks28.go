package anonymize

// This file holds round leaks28: names of deid-own55 … 60 that stayed
// readable, each found by its own class. leaks28 runs right after leaks27:
//
//   - a padded name after a role and a colon, or with a compound surname
//     (组长：甲  乙丙, 编辑：甲  乙丙, 部长  欧阳 乙丙): by-lines and speaker
//     lines pad the surname apart from the given name, which the reading of
//     spacedGivenAfterRole21 (a single surname right after the role's
//     padding) misses (spacedAfterColon28);
//   - a quoted mediation room named after its founder by 老 and a surname
//     (“老甲调解室”): the room and the familiar name 老甲 both point to one
//     person (familiarRooms28);
//   - a name between a person noun and the bracketed ID number of a case
//     (驾驶人甲乙丙（身份证号…）): the number is masked, the name must be too
//     (namesBeforeID28).
//
// A name found so is masked wherever it stands in the text.

// leaks28 adds the findings of this round to fs.
func leaks28(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayContain(" ") || tt.mayContain("　") {
		out = append(out, spacedAfterColon28(tt, fs)...)
	}
	if tt.mayHold('老') && tt.mayContain("“") {
		out = append(out, familiarRooms28(tt, fs)...)
	}
	if tt.mayContain("身份证") {
		out = append(out, namesBeforeID28(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// everywhere28 is everywhere17 that also repeats two-character names
// (老甲 again later, in quotes or alone).
func everywhere28(tt *tokText, out []Finding) []Finding {
	all := everywhere17(tt, out)
	seen := map[string]bool{}
	for _, f := range out {
		if runeLen(f.Text) != 2 || seen[f.Text] {
			continue
		}
		seen[f.Text] = true
		for _, i := range occurrences19(tt, f.Text) {
			if s := tt.off[i]; s != f.Start {
				all = append(all, againAt(f, s))
			}
		}
	}
	return all
}

// spacedAfterColon28 finds a surname (single or compound), one to three
// spaces and a one- or two-character given name that ends the text or a
// clause, right after a role word followed by a colon (组长：, 编辑：) or by
// padding when the surname is compound (部长  欧阳 乙丙).
func spacedAfterColon28(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end+4 > n {
			continue
		}
		// a colon or a space must follow the role (below: s == t.end),
		// tested before paddingRole28's lookups (speed19)
		if r := tt.runes[t.end]; r != '：' && r != ':' && !spaceRune(r) || !paddingRole28(tt, t) {
			continue
		}
		s := t.end
		colon := false
		if r := tt.runes[s]; r == '：' || r == ':' {
			colon = true
			s++
		}
		for j := 0; j < 3 && s < n && spaceRune(tt.runes[s]); j++ {
			s++
		}
		if s == t.end || s+3 > n {
			continue
		}
		sl := 0
		if s+2 < n && l.isCompound(tt.sub(s, s+2)) && spaceRune(tt.runes[s+2]) {
			sl = 2
		} else if colon && l.isSurname(tt.runes[s]) && spaceRune(tt.runes[s+1]) {
			sl = 1
		}
		if sl == 0 {
			continue
		}
		g, e := paddedGiven28(tt, s+sl)
		if e == g || e < n && isHan(tt.runes[e]) && !creditRune33(tt, e) {
			continue // no given name, or it runs on into a word (甲 乙丙主持); a credit may follow (甲乙  丙摄)
		}
		score := 0.0
		ok := true
		for _, r := range tt.runes[g:e] {
			if functionRunes[r] || givenStop[r] || hardStop[r] {
				ok = false
				break
			}
			score += clamp(l.given[r], -4, 3)
		}
		if !ok || score < -4 || l.common[tt.sub(g, e)] && score < 0 || overlapsEdge18(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,after:" + t.word + ",leaks28", Score: contextScore + 1})
	}
	return out
}

// paddingRole28 reports whether token t names a person's role, a person
// noun or a by-line role: a padded name may follow it (县长  甲  乙,
// 通讯员：甲  乙).
func paddingRole28(tt *tokText, t *tok) bool {
	return tt.roleTok(t) || personNouns[t.word] || byline28[t.word]
}

// paddedGiven28 reads a given name after a padded surname ending at rune
// g: up to three spaces, then up to two Han characters. It returns the
// given name's runes [g, e); e == g when none stands there.
func paddedGiven28(tt *tokText, g int) (int, int) {
	n := len(tt.runes)
	for j := 0; j < 3 && g < n && spaceRune(tt.runes[g]); j++ {
		g++
	}
	e := g
	for e < n && e < g+2 && isHan(tt.runes[e]) && !creditRune33(tt, e) {
		e++ // a credit ends the given name (甲乙  丙摄, 甲  乙报道: credit33.go)
	}
	return g, e
}

// byline28 are the roles of a by-line that gojieba may not read as a
// role (编辑：, 撰稿：).
var byline28 = wordSet(`编辑 责任编辑 撰稿 记者 通讯员 审核 校对 供稿 摄影 执笔 起草 汇报人 发言人 主持人 组长 副组长 成员`)

// roomKinds28 end a quoted room named after its founder (“老甲调解室”).
var roomKinds28 = []string{"调解室", "调解工作室", "说事点", "说和室", "议事厅", "工作室", "服务站", "说事室", "评理室"}

// familiarRooms28 finds a quoted room of 老, a surname and a room's kind
// (“老甲调解室”): the room as a body and 老甲 as a person.
func familiarRooms28(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		rs := []rune(w)
		if len(rs) < 5 || len(rs) > 8 || rs[0] != '老' || !l.isSurname(rs[1]) || !allHan(w) || !hasAnySuffix14(w, roomKinds28) {
			continue
		}
		if l.common[string(rs[:2])] || overlapsEdge18(fs, s, e) {
			continue // 老师, 老乡: a word, no familiar name
		}
		p := s + len(string(rs[:2]))
		out = append(out,
			Finding{Type: ORG, Text: w, Start: s, End: e, Evidence: "familiar-room,leaks28", Score: contextScore, label: "机构"},
			Finding{Type: PERSON, Text: t[s:p], Start: s, End: p, Evidence: "familiar-room-founder,leaks28", Score: contextScore})
	}
	return out
}

// idHolders28 name the party of a case before its name and ID number
// (驾驶人, 经营户, 当事人), besides personNouns.
var idHolders28 = wordSet(`驾驶人 驾驶员 经营户 经营者 当事人 业主 户主 店主 负责人 法定代表人 行为人 违法人 嫌疑人 犯罪嫌疑人 被告人 申请人 承包人 租户 车主 船主 货主 摊主`)

// namesBeforeID28 finds two to four Han characters between a person noun
// and a bracket that opens an ID number (经营户甲乙丙（身份证号：…）): the
// name of the case's party.
func namesBeforeID28(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if !(idHolders28[t.word] || personNouns[t.word]) {
			continue
		}
		s := t.end
		e := s
		for e < n && e < s+5 && isHan(tt.runes[e]) {
			e++
		}
		if e-s < 2 || e-s > 4 || e+4 > n || !(tt.runes[e] == '（' || tt.runes[e] == '(') || tt.sub(e+1, e+4) != "身份证" {
			continue
		}
		ok := true
		for _, r := range tt.runes[s:e] {
			if r == '某' || functionRunes[r] || hardStop[r] {
				ok = false // 张某某 is already no name
				break
			}
		}
		if !ok || overlapsEdge18(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-before-id,after:" + t.word + ",leaks28", Score: contextScore + 1})
	}
	return out
}
