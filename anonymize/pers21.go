package anonymize

import "strings"

// This file holds round pers21: padded names (a surname, padding, a
// two-character given name) that leaks36 (spacedNames36) leaves, as reports
// no one has scored yet write them. pers21 runs right after roleNames16
// (anonymize.go). Two classes, each stated by the frame and the name's
// shape, not by surnames:
//
//   - paddedInClause21: a padded name run on in a sentence, right after a
//     person's role word and straight into the verb of the clause
//     (驻站负责人甲  乙丙实行值班, 副市长甲  乙丙任河长, 驾驶员甲  乙丙被处理).
//     spacedNames36 wants a space, punctuation or 等/说 after the given
//     name; here the role before and the padding inside fix the name, and
//     the given name is two characters unless its second character opens
//     a word with the next (甲  乙主持 keeps 主持). The surname may be one
//     the surname table lacks (拓, 零) when it is no function character.
//   - paddedNameLine21: a line made only of padded names (甲  乙丙  丁  戊己, a
//     by-line under a title): every chunk of one character followed by a
//     chunk of two is a name, once one of the line's names opens with a
//     known surname; spacedNames36 refuses them because a single character
//     set apart looks like a letter-spaced word (工  作  总  结).
//   - paddedMoonName21: a padded name whose given name ends in 月 (秋月,
//     晓月, 新月) in a column of a member or contact line (成员：县林业局  甲
//     乙月); spacedNames36 refuses 月 as a date character, but a month is
//     no character set apart after a surname: only a calendar word (正月,
//     腊月, 本月, 岁月) is kept out.
func pers21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 || !strings.ContainsAny(tt.text, " 　") {
		return fs
	}
	var out []Finding
	out = append(out, paddedInClause21(tt, fs)...)
	out = append(out, paddedNameLine21(tt, fs)...)
	out = append(out, paddedMoonName21(tt, fs)...)
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// roleEnds21 are the last characters of person role words (局长, 负责人,
// 驾驶员, 书记, 主任, 经理, 医师, 主席, 示范户, 蔗农).
var roleEnds21 = runeBitsOf("长人员记任理师席户农")

// notRole21 are ordinary words that end in a character of roleEnds21 but
// name no person (增长 甲乙, 管理 甲乙).
var notRole21 = []string{"增长", "成长", "延长", "擅长", "特长", "生长", "助长", "动员", "登记", "日记", "标记", "笔记", "责任", "担任", "信任", "兼任", "主任务", "管理", "治理", "处理", "清理", "整理", "办理", "代理", "受理", "合理", "出席", "缺席", "个人", "他人", "本人", "每人", "万人", "名人", "为人", "农户", "住户", "用户", "账户", "窗户", "门户", "入户", "到户", "务农", "支农", "惠农", "助农", "涉农"}

// stopSurname21 are function characters that may stand before a stray
// space in a clause and are no surname (网格员将  继续, 负责人也  表示).
var stopSurname21 = runeBitsOf("将把被对向从与和及也都就还又已正要会可能应该并且而但其此该各每这那我你他她它们之以于由在到给让使")

// roleBefore21 reports whether the Han characters before rune s end in a
// person's role word.
func roleBefore21(rs []rune, s int) bool {
	if s < 2 || !isHan(rs[s-1]) || !roleEnds21.has(rs[s-1]) {
		return false
	}
	return !hasSuffixAny18w(string(rs[max(0, s-4):s]), notRole21)
}

// padAt21 returns the end of the padding that starts at rune i (one to
// three spaces), or -1.
func padAt21(rs []rune, i int) int {
	j := i
	for j < len(rs) && spaceRune(rs[j]) {
		j++
	}
	if j == i || j-i > 3 {
		return -1
	}
	return j
}

// givenOK21 tells whether rs[g:e] may be a padded given name.
func givenOK21(rs []rune, g, e int) bool {
	for _, r := range rs[g:e] {
		if !isHan(r) || hardStop[r] || notNameRune15.has(r) || r == '某' || notGiven36.has(r) && !givenOK16.has(r) {
			return false
		}
	}
	return true
}

// paddedInClause21: see the file comment, first class.
func paddedInClause21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 2; s+3 < n; s++ {
		if !isHan(rs[s]) || !spaceRune(rs[s+1]) || !roleBefore21(rs, s) {
			continue
		}
		g := padAt21(rs, s+1)
		if g < 0 || g+2 > n || !isHan(rs[g]) || !isHan(rs[g+1]) {
			continue
		}
		sur := rs[s]
		if !surnameAny36(l, sur) && (stopSurname21.has(sur) || hardStop[sur] || notGiven36.has(sur) || notNameRune15.has(sur) || strings.ContainsRune("一二三四五六七八九十百千万亿", sur)) {
			continue
		}
		e := g + 2
		if e < n && isHan(rs[e]) {
			// the given name's second character opens a word with the
			// next one (甲  乙主持): a one-character given name
			if l.common[string(rs[g+1:e+1])] {
				e = g + 1
			}
		} else if e < n && !(spaceRune(rs[e]) || rs[e] == '\n' || rs[e] == '\r' || strings.ContainsRune("，、。；：:,（(）)“”！？", rs[e])) {
			continue
		}
		// a word split by a stray space (落  实): the surname and the
		// given name's first character make an ordinary word
		if l.common[string([]rune{sur, rs[g]})] {
			continue
		}
		if !givenOK21(rs, g, e) || coveredBy13(fs, tt.off[s], tt.off[e]) || strongAcross15(tt, fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-in-clause,pers21", Score: contextScore + 1})
	}
	return out
}

// paddedNameLine21: see the file comment, second class.
func paddedNameLine21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for ls := 0; ls < n; {
		le := ls
		for le < n && rs[le] != '\n' && rs[le] != '\r' {
			le++
		}
		out = append(out, nameLine21(tt, fs, l, ls, le)...)
		ls = le + 1
	}
	return out
}

// nameLine21 reads one line [ls, le) as chunks of Han characters set apart
// by padding and returns its names when every chunk pairs as surname (one
// character) and given name (two), two names at least.
func nameLine21(tt *tokText, fs []Finding, l *lexicon, ls, le int) []Finding {
	rs := tt.runes
	type chunk struct{ s, e int }
	var cs []chunk
	for i := ls; i < le; {
		if spaceRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < le && isHan(rs[j]) {
			j++
		}
		if j == i || j < le && !spaceRune(rs[j]) {
			return nil // a character that is no Han and no space: no name line
		}
		cs = append(cs, chunk{i, j})
		i = j
	}
	if len(cs) < 4 || len(cs)%2 != 0 {
		return nil
	}
	known := false
	for k := 0; k < len(cs); k += 2 {
		if cs[k].e-cs[k].s != 1 || cs[k+1].e-cs[k+1].s != 2 {
			return nil
		}
		sur := rs[cs[k].s]
		if surnameAny36(l, sur) {
			known = true
		} else if stopSurname21.has(sur) || hardStop[sur] || notGiven36.has(sur) || notNameRune15.has(sur) {
			return nil
		}
		if !givenOK21(rs, cs[k+1].s, cs[k+1].e) || l.common[string([]rune{sur, rs[cs[k+1].s]})] {
			return nil
		}
	}
	if !known {
		return nil
	}
	var out []Finding
	for k := 0; k < len(cs); k += 2 {
		s, e := cs[k].s, cs[k+1].e
		if coveredBy13(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-name-line,pers21", Score: contextScore + 1})
	}
	return out
}

// calendarHead21 open calendar words ending in 月 (正月, 腊月, 本月, 岁月,
// 满月), which are no given names.
var calendarHead21 = runeBitsOf("正腊元冬本上下当每同次该岁满蜜个半数年日前后今明去首末两几")

// paddedMoonName21: see the file comment, third class.
func paddedMoonName21(tt *tokText, fs []Finding) []Finding {
	if !strings.Contains(tt.text, "月") {
		return nil
	}
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 0; s+3 < n; s++ {
		if !isHan(rs[s]) || !spaceRune(rs[s+1]) || !surnameAny36(l, rs[s]) {
			continue
		}
		// a column: the line's start, a colon or padding before
		if s > 0 && !(spaceRune(rs[s-1]) || strings.ContainsRune("：:\n", rs[s-1])) {
			continue
		}
		g := padAt21(rs, s+1)
		if g < 0 || g+2 > n || !isHan(rs[g]) || rs[g+1] != '月' || calendarHead21.has(rs[g]) || strings.ContainsRune("一二三四五六七八九十", rs[g]) {
			continue
		}
		e := g + 2
		if e < n && !(spaceRune(rs[e]) || rs[e] == '\n' || rs[e] == '\r' || strings.ContainsRune("，、。；,）)", rs[e])) {
			continue
		}
		if !givenOK21(rs, g, g+1) || coveredBy13(fs, tt.off[s], tt.off[e]) || strongAcross15(tt, fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-moon-name,pers21", Score: contextScore + 1})
	}
	return out
}
