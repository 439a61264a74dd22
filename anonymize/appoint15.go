package anonymize

import (
	"slices"
	"strings"
)

// This file holds round appoint15: the names of appointment, removal and
// profile documents (干部任免, 述职, 拟任人选), whose sentences fix a name's
// two ends whatever its characters. The surname may be one the surname table
// lacks (操, 过, 占) and the given name an ordinary word (建国, 立新):
//
//   - after a verb of appointment and before 为 (任命甲乙丙为…, 提名甲乙、
//     丙丁为…, 聘任甲乙丙同志为…);
//   - after 免去 and before 的 … 职务 (免去甲乙丙的县某局局长职务);
//   - at a clause's start before 同志 and a verb of office (甲乙丙同志任…,
//     甲乙丙同志不再担任…);
//   - at a clause's start before ，男， or ，女， and a profile's next item
//     (甲乙丙，男，汉族, 甲乙丙，女，1980年5月出生).
//
// A name found so is masked wherever it stands in the document, and its
// surname again before a title (甲书记, 甲局长: appointSurname15).

// appointCues15 are the verbs of appointment a name follows before 为.
var appointCues15 = []string{"任命", "提名", "聘任", "聘请", "推选", "选举", "增补", "补选", "推荐", "提拔", "任用", "拟任", "委任", "选派", "选聘"}

// appointRemoveCues15 are appointCues15 and 免去, the cue of a removal,
// in that order: appointNames15 reads a list after each (built once, not
// at every call).
var appointRemoveCues15 = append(slices.Clip(appointCues15), "免去")

// officeVerbs15 follow 甲乙丙同志 in an appointment: the person takes,
// keeps or leaves an office.
var officeVerbs15 = []string{"任", "为", "担任", "兼任", "不再担任", "同志的", "的"}

// notNameStart15 begin words that stand where a name could (全体同志为,
// 各位同志, 该同志任): determiners and pronouns.
var notNameStart15 = runeBitsOf("全各这那每该本诸众其他她我你您咱大小老新原前现副正总")

// notNameRune15 are characters of bodies, places and roles, never of a
// name in these frames (任命县局长为, 推荐优秀教师为).
var notNameRune15 = runeBitsOf("县市区镇乡村局委院校部处组办厅署站司所馆队社员师户省州旗盟")

// appoint15 adds the findings of this round to fs.
func appoint15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayContain("为") || tt.mayContain("免去") {
		names := append(appointNames15(tt, fs), spacedAppointNames15(tt, fs)...)
		if len(names) > 0 {
			fs = slices.DeleteFunc(fs, func(f Finding) bool {
				for k := range names {
					if f.Type != PERSON && overFrame15(tt, &f, names[k].Start, names[k].End) {
						return true
					}
				}
				return false
			})
		}
		out = append(out, names...)
	}
	if tt.mayContain("同志") {
		out = append(out, comradeNames15(tt, fs)...)
	}
	if tt.mayContain("男") || tt.mayContain("女") {
		out = append(out, profileNames15(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// okName15 reports whether runes [s, e) of tt may be a name that a frame
// of this round fixes: two or three Han characters (four with a compound
// surname), none of a body, place or role, not a frequent word, not a
// determiner's phrase, and not inside a place or body already found.
func okName15(tt *tokText, fs []Finding, s, e int) bool {
	n := e - s
	if n < 2 || n > 4 {
		return false
	}
	name := tt.sub(s, e)
	if !allHan(name) {
		return false
	}
	l := getLexicon()
	if n == 4 && !l.isCompound(tt.sub(s, s+2)) {
		return false
	}
	if notNameStart15.has(tt.runes[s]) {
		return false
	}
	for k, r := range tt.runes[s:e] {
		// a surname may be a particle (过春生, 那仁花) when its first two
		// characters are no word (过去, 那些)
		if hardStop[r] && (k > 0 || l.common[tt.sub(s, s+2)]) || notNameRune15.has(r) || r == '某' || r == '为' {
			return false
		}
	}
	if l.common[name] || personNouns[name] || isRoleWord(name) {
		return false
	}
	return !strongAcross15(tt, fs, tt.off[s], tt.off[e])
}

// strongAcross15 is strongOver33 that lets pass a finding wholly inside
// bytes [s, e) (a frame of this round fixes both ends of the name, and a
// place read inside it, 秀英 of 占秀英, gives way to it: add19) and a body
// that begins inside the name and runs over the frame's 为 at e (甲乙丙为学校
// read as a school: overFrame15, dropped by appoint15).
func strongAcross15(tt *tokText, fs []Finding, s, e int) bool {
	for k := range fs {
		f := &fs[k]
		if f.Type == PERSON || f.End <= s || f.Start >= e || weak19(f) {
			continue
		}
		if f.Start >= s && f.End <= e || overFrame15(tt, f, s, e) {
			continue
		}
		return true
	}
	return false
}

// overFrame15 reports whether f begins inside the name at bytes [s, e) and
// runs over the 为 that ends the name's frame.
func overFrame15(tt *tokText, f *Finding, s, e int) bool {
	return f.Start >= s && f.Start < e && f.End > e && strings.HasPrefix(tt.text[e:], "为")
}

// appointNames15 finds the names of a list (one or more, joined by 、)
// between a verb of appointCues15 and 为, or between 免去 and 的 when 职务
// closes the clause.
func appointNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for _, cue := range appointRemoveCues15 {
		for _, p := range occurrences19(tt, cue) {
			s := p + runeLen(cue)
			if s < n && (tt.runes[s] == '：' || tt.runes[s] == ':') {
				s++ // 决定任命：甲乙丙为…
			}
			// the list of names: items of two to four characters joined by 、
			var items [][2]int
			i := s
			for {
				e := i
				for e < n && e-i < 5 && isHan(tt.runes[e]) && tt.runes[e] != '为' && !(cue == "免去" && tt.runes[e] == '的') {
					e++
				}
				// 甲乙丙同志为: the title between the name and the frame's end
				end := e
				if e-i >= 4 && tt.sub(e-2, e) == "同志" {
					end = e - 2
				}
				if !okName15(tt, fs, i, end) {
					items = nil
					break
				}
				items = append(items, [2]int{i, end})
				if e < n && tt.runes[e] == '、' {
					i = e + 1
					continue
				}
				if cue == "免去" {
					if e >= n || tt.runes[e] != '的' || !dutyAhead15(tt, e) {
						items = nil
					}
				} else if e >= n || tt.runes[e] != '为' {
					items = nil
				}
				break
			}
			for _, it := range items {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "appointment:" + cue + ",appoint15", Score: contextScore + 1})
			}
		}
	}
	return out
}

// dutyAhead15 reports whether 职务 stands after rune e within the clause
// (免去甲乙丙的县某局局长职务).
func dutyAhead15(tt *tokText, e int) bool {
	for k := e; k < len(tt.runes) && k-e < 40; k++ {
		switch tt.runes[k] {
		case '。', '；', '\n', '！', '？':
			return false
		}
		if tt.runes[k] == '职' && k+1 < len(tt.runes) && tt.runes[k+1] == '务' {
			return true
		}
	}
	return false
}

// clauseAt15 reports whether rune s begins a clause: the text's or a
// line's start, or after punctuation, a space or an opening bracket or
// quote (class: the start of an appointment's or a profile's name).
// clauseStart15 of shapes15.go takes other characters (closing brackets,
// the ideographic space, not the ASCII bracket): the two are kept apart.
func clauseAt15(tt *tokText, s int) bool {
	return s == 0 || strings.ContainsRune("。；：，、！？\n （(“", tt.runes[s-1])
}

// comradeNames15 finds a name at a clause's start before 同志 and a verb of
// office (甲乙丙同志任县某局局长, 甲乙同志不再担任…).
func comradeNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, p := range occurrences19(tt, "同志") {
		rest := tt.text[tt.off[p+2]:]
		if firstPrefix(rest, officeVerbs15) == "" {
			continue
		}
		for s := p - 3; s <= p-2; s++ {
			if s < 0 || !clauseAt15(tt, s) || !okName15(tt, fs, s, p) || coveredBy13(fs, tt.off[s], tt.off[p]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, p), Start: tt.off[s], End: tt.off[p], Evidence: "appointment:同志,appoint15", Score: contextScore + 1})
			break
		}
	}
	return out
}

// profileNext15 may follow 甲乙丙，男， in a profile: an ethnic group, a
// year of birth, a party or a birthplace.
var profileNext15 = []string{"汉族", "回族", "满族", "壮族", "苗族", "彝族", "土家族", "蒙古族", "藏族", "维吾尔族", "侗族", "瑶族", "白族", "哈尼族", "傣族", "黎族", "畲族", "19", "20", "中共党员", "群众", "生于", "出生"}

// profileNames15 finds a name at a clause's start before ，男， or ，女，
// and a profile's next item, whatever its surname (profileNames33 reads
// only the surnames of the table and of surnames33).
func profileNames15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for s := 0; s+5 < n; s++ {
		if !clauseAt15(tt, s) || !isHan(tt.runes[s]) {
			continue
		}
		for e := s + 2; e <= s+4 && e+3 < n; e++ {
			if !(tt.runes[e] == '，' || tt.runes[e] == ',') || !strings.ContainsRune("男女", tt.runes[e+1]) || !(tt.runes[e+2] == '，' || tt.runes[e+2] == ',') {
				continue
			}
			if firstPrefix(tt.text[tt.off[e+3]:], profileNext15) == "" {
				break
			}
			if okName15(tt, fs, s, e) && !coveredBy13(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "profile-name,appoint15", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// appointSurname15 returns the surname of a name this round found that the
// surname table lacks (操 of 操建国), so that Analyze's surname + title
// references mask it again before a title in any paragraph (操书记); "" for
// any other finding.
func appointSurname15(f Finding) string {
	if f.Type != PERSON || !strings.HasSuffix(f.Evidence, ",appoint15") || strings.HasPrefix(f.Evidence, "surname-title") {
		return ""
	}
	if n := runeLen(f.Text); n < 2 || n > 3 || !allHan(f.Text) {
		return ""
	}
	return string(firstRuneOf(f.Text))
}

// leadVerbs15 are verbs of leading and organising that stand before
// 村两委 in a report (…上任后带领|村两委班子, 负责指导|村党支部): a stem
// that holds one names no village (villagesBeforeBody).
var leadVerbs15 = []string{"带领", "组织", "指导", "督促", "联系", "协助", "配合", "帮助", "召集", "走访", "会同", "联合", "动员", "发动", "依托", "指挥", "引导", "推动", "要求", "召开", "参加", "进驻", "驻"}

// leadVerbIn15 reports whether stem holds a word of leadVerbs15 (used by
// villagesBeforeBody, village_town.go: a stem of a leading verb before
// 村两委 is no village).
func leadVerbIn15(stem string) bool {
	for _, v := range leadVerbs15 {
		if strings.Contains(stem, v) {
			return true
		}
	}
	return false
}

// spacedAppointNames15 finds a name padded between its surname and given
// name (甄  勇, as speaker and list lines write it, folded to one space by
// extraction) right after a verb of appointment or 免去, before 为, 的 … 职务
// or a list comma: appointNames15 reads unbroken names only.
func spacedAppointNames15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	n := len(tt.runes)
	for _, cue := range append(appointCues15, "免去") {
		for _, p := range occurrences19(tt, cue) {
			s := p + runeLen(cue)
			if s < n && (tt.runes[s] == '：' || tt.runes[s] == ':') {
				s++
			}
			if s+2 >= n || !isHan(tt.runes[s]) || !spaceRune(tt.runes[s+1]) {
				continue
			}
			r0 := tt.runes[s]
			if !(l.isSurname(r0) || surnames33.has(r0) || surnames34.has(r0) || surnames15.has(r0)) {
				continue
			}
			g := s + 1
			for g < n && g-s <= 3 && spaceRune(tt.runes[g]) {
				g++
			}
			e := g
			for e < n && e-g < 3 && isHan(tt.runes[e]) && tt.runes[e] != '为' && !(cue == "免去" && tt.runes[e] == '的') {
				e++
			}
			if e-g < 1 || e-g > 2 || e >= n {
				continue
			}
			switch tt.runes[e] {
			case '为', '、':
			case '的':
				if cue != "免去" || !dutyAhead15(tt, e) {
					continue
				}
			default:
				continue
			}
			bad := false
			for _, r := range tt.runes[g:e] {
				if hardStop[r] || notNameRune15.has(r) || r == '某' {
					bad = true
				}
			}
			if bad || coveredBy13(fs, tt.off[s], tt.off[e]) || strongAcross15(tt, fs, tt.off[s], tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "appointment:" + cue + ",spaced,appoint15", Score: contextScore + 1})
		}
	}
	return out
}
