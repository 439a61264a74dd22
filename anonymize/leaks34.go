package anonymize

import "strings"

// This file holds round leaks34: classes behind the leaks left in
// deid-own67 … 72, each recognised by the shape of the name or the words
// around it rather than by the name. leaks34 runs right after leaks33:
//
//   - a township office named after its town at a clause's start (甲乙司法所,
//     甲乙市场监管所): the town's two characters and the office are masked,
//     and the town's short form alone again (townOffices34);
//   - a line of an honour list that begins with a name, padding and the
//     person's village or town (甲乙丙  某镇某村党员): the name, whose given
//     name may be an ordinary word (建设, 文学), is masked (listLineNames34);
//   - a name after a role word the role sets lack (传承人, 民宿主, 领队,
//     分拣工) or with a surname of the south-west (茶, 自), before a verb
//     of what the person does or punctuation (roleNames34).
//
// A name found so is masked wherever it stands in the text.

// leaks34 adds the findings of this round to fs.
func leaks34(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayContain("所") {
		out = append(out, townOffices34(tt, fs)...)
	}
	if tt.mayContain("  ") || tt.mayContain("\u3000") {
		out = append(out, listLineNames34(tt, fs)...)
	}
	out = append(out, roleNames34(tt, fs)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// offices34 are township offices named after their town (class: 甲乙司法所,
// 甲乙市场监管所 of a town whose name is ordinary words).
var offices34 = []string{"司法所", "市场监管所", "市场监督管理所", "财政所", "林业站", "农技站"}

// genericTowns34 are two-character words that stand before an office
// without naming a town (乡镇司法所, 基层市场监管所).
var genericTowns34 = wordSet(`乡镇 基层 街道 城区 农村 社区 辖区 各地 全县 全市 全区 全旗 县级 镇级 乡级 所属 派驻 中心 区域 边境 涉农 其中 以及 加强 推进 依托 联合 指导 督促 发挥 充分 同时 所有 每个 各个 部分 其他 其余 相关 城乡 郊区 牧区 山区 市场 司法 全镇 全乡`)

// townOffices34 finds a two-character town before an office of offices34
// at a clause's start (after punctuation, a list comma or a quote).
func townOffices34(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+3 < n; s++ {
		if s > 0 && isHan(tt.runes[s-1]) {
			continue
		}
		e := s + 2
		rest := tt.text[tt.off[e]:]
		kind := ""
		for _, k := range offices34 {
			if strings.HasPrefix(rest, k) {
				kind = k
				break
			}
		}
		if kind == "" {
			continue
		}
		town := tt.sub(s, e)
		if !allHan(town) || genericTowns34[town] || strings.ContainsAny(town, "县市区乡镇村旗州省级各全某") {
			continue
		}
		ke := e + runeLen(kind)
		if coveredBy13(fs, tt.off[s], tt.off[ke]) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: town, Start: tt.off[s], End: tt.off[e], Evidence: "town-office,leaks34", Score: contextScore + 1})
	}
	return out
}

// placeTails34 end the words of a person's village or town in a list line.
var placeTails34 = []string{"村", "镇", "乡", "街道", "社区", "苏木", "嘎查"}

// listLineNames34 finds a name of two or three characters that begins a
// line, before two or more spaces and a text naming a village or town
// within its first fifteen characters (class: honour lists, 甲乙丙  某镇某村
// 党员、种粮大户; the given name may be an ordinary word such as 建设).
func listLineNames34(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+4 < n; s++ {
		if s > 0 && tt.runes[s-1] != '\n' {
			continue
		}
		e := s
		for e < n && e-s < 4 && isHan(tt.runes[e]) {
			e++
		}
		// one space where the pipeline folded the padding: b15.go
		if e-s < 2 || e-s > 3 || e+2 >= n || !spaceRune(tt.runes[e]) || !spaceRune(tt.runes[e+1]) && !oneSpaceListName15(tt, s, e) {
			continue
		}
		if !(l.isSurname(tt.runes[s]) || surnames33.has(tt.runes[s]) || surnames34.has(tt.runes[s])) {
			continue
		}
		p := e
		for p < n && spaceRune(tt.runes[p]) {
			p++
		}
		q := p
		for q < n && q-p < 15 && tt.runes[q] != '\n' {
			q++
		}
		line := tt.sub(p, q)
		found := false
		for _, t := range placeTails34 {
			if i := strings.Index(line, t); i > 0 {
				found = true
				break
			}
		}
		if !found || !allHan(tt.sub(p, min(p+2, q))) {
			continue
		}
		if coveredBy13(fs, tt.off[s], tt.off[e]) || strongOver33(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "list-line-name,leaks34", Score: contextScore + 1})
	}
	return out
}

// surnames34 are surnames of the south-west (Bai, Yi, Naxi families) that
// are ordinary characters: read only after a role word or in a list line.
var surnames34 = runeBitsOf("茶自字者普")

// roles34 are role words a name follows that the role sets lack (class:
// heritage bearers, guesthouse owners, team leaders, line workers).
var roles34 = []string{"传承人", "民宿主", "民宿业主", "领队", "分拣工", "店主", "摊主", "茶农", "果农", "菜农", "养殖户", "种植户", "手艺人", "绣娘", "技术员"}

// follow34 are words that may start right after such a name, besides
// those of follow33.
var follow34 = []string{"经营", "带队", "带头", "领办", "流转", "家"}

// roleNames34 finds a surname and a one- or two-character given name right
// after a word of roles34, or with a surname of surnames34 after any role
// word, ending before a word of follow33 or follow34 or punctuation.
func roleNames34(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+1 < n; s++ {
		if !roleNames34May22(tt, s) { // (speed22: a role's last character before s, or no name)
			continue
		}
		r := tt.runes[s]
		south := surnames34.has(r)
		if !(l.isSurname(r) || surnames33.has(r) || south) {
			continue
		}
		role := roleBefore34(tt, s) // speed20: gated on the last character
		if !role && !(south && roleEndAt33(tt, s)) {
			continue
		}
		for gl := 2; gl >= 1; gl-- {
			e := s + 1 + gl
			if e > n || !allHan(tt.sub(s+1, e)) || !followAt34(tt, e) {
				continue
			}
			bad := false
			for _, c := range tt.runes[s+1 : e] {
				if hardStop[c] || c == '某' {
					bad = true
				}
			}
			name := tt.sub(s, e)
			if bad || l.common[name] || l.common[tt.sub(s, s+2)] || personNouns[tt.sub(s+1, e)] || isRoleWord(tt.sub(s+1, e)) {
				continue
			}
			if !coveredBy13(fs, tt.off[s], tt.off[e]) && !strongOver33(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: name, Start: tt.off[s], End: tt.off[e], Evidence: "role-name,leaks34", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// followAt34 is followAt33 that also takes the words of follow34.
func followAt34(tt *tokText, e int) bool {
	if followAt33(tt, e) {
		return true
	}
	rest := tt.text[tt.off[e]:]
	for _, w := range follow34 {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
