package anonymize

import "strings"

// persons16b fixes two classes of persons found in the sixteenth session's
// late development sets (deid-own79 … 84).
//
// Class 1, craft and field roles the role sets lack: a name stands right
// after a word for a folk artist, a master craftsman, an old village
// secretary or a mine's manager (皮影艺人甲乙丙和, 制琴大师甲乙丙带领,
// 老支书甲乙丙带领, 副矿长甲乙丙未执行), often of a rare surname (陇, 敬,
// 涂) or with a given name that is an ordinary word (国庆, 天福, 金花),
// so neither the lexicon's reading nor the role readers take it. The name
// is a surname and a one- or two-character given name ending before
// punctuation, a word of followWords33 or of follow16b.
//
// Class 2, the surname again before a familiar title: once such a name is
// found, the surname standing at a clause's start before 师傅, 老支书 or a
// title of titles13 (涂师傅说, 陇老支书说) is masked with its title.
func persons16b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "艺人") && !strings.Contains(tt.text, "大师") && !strings.Contains(tt.text, "支书") && !strings.Contains(tt.text, "矿长") && !strings.Contains(tt.text, "歌手") {
		return fs
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+1 < n; s++ {
		r := tt.runes[s]
		if !roleBefore16b(tt, s) {
			continue
		}
		if e := tibetanName16b(tt, s); e > 0 {
			if !maskedPerson16b(fs, tt.off[s], tt.off[e]) && !strongOver33(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "role-name,tibetan,pers16b", Score: contextScore + 1})
			}
			continue
		}
		if !(surname15(r) || rareSurnames16b.has(r)) {
			continue
		}
		for gl := 2; gl >= 1; gl-- {
			e := s + 1 + gl
			if e > n || !allHan(tt.sub(s+1, e)) || !followAt16b(tt, e) {
				continue
			}
			bad := false
			for _, c := range tt.runes[s+1 : e] {
				if hardStop[c] || c == '某' || strings.ContainsRune("县市区乡镇村省州旗委局办每到赴傅", c) {
					bad = true
				}
			}
			given := tt.sub(s+1, e)
			// (the surname and the given name's first character may make an
			// ordinary word, 白天|福, when a third character follows)
			if bad || l.common[tt.sub(s, e)] || gl == 1 && l.common[tt.sub(s, s+2)] || personNouns[given] || isRoleWord(given) || isRoleWord(tt.sub(s, e)) {
				continue
			}
			if !maskedPerson16b(fs, tt.off[s], tt.off[e]) && !strongOver33(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "role-name,pers16b", Score: contextScore + 1})
			}
			break
		}
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	// (class 2 also for a name another reader found before a role of
	// roles16b: 老支书甲乙丙 … 甲老支书说)
	var named []Finding
	for _, f := range fs {
		if f.Type == PERSON && !f.generic && allHan(f.Text) && runeLen(f.Text) >= 2 && runeLen(f.Text) <= 3 && roleBefore16b(tt, tt.runeAt(f.Start)) {
			named = append(named, f)
		}
	}
	return add19(fs, surnameTitles16b(tt, fs, named))
}

// maskedPerson16b is coveredBy13 that counts no generic reading: a name
// of an ordinary-word given name (敬|天顺) the lexicon reads as a word
// gives way to the role's reading.
func maskedPerson16b(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && !f.generic && f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}

// tibetanName16b reads, for class 3 of persons16b (Tibetan names after a
// role: 民歌手甲乙才让在, 艺人扎西甲乙说), a four-character name at rune s
// one of whose halves is a common Tibetan name (tibetanParts16b), ending
// before what followAt16b takes; it returns the end or 0. Such names have
// no surname, so the surname readers pass them by.
func tibetanName16b(tt *tokText, s int) int {
	e := s + 4
	if e > len(tt.runes) || !followAt16b(tt, e) {
		return 0
	}
	for _, c := range tt.runes[s:e] {
		if !isHan(c) || hardStop[c] || c == '某' || strings.ContainsRune("县市区乡镇村省州旗委局办的和在", c) {
			return 0
		}
	}
	if !(tibetanParts16b[tt.sub(s, s+2)] || tibetanParts16b[tt.sub(s+2, e)]) || getLexicon().common[tt.sub(s, s+2)] && getLexicon().common[tt.sub(s+2, e)] {
		return 0
	}
	return e
}

// tibetanParts16b are common halves of Tibetan personal names.
var tibetanParts16b = wordSet(`才让 卓玛 扎西 多吉 次仁 拉姆 央金 尼玛 格桑 嘉措 加措 才旦 旦增 德吉 罗布 索南 东主 当周 仁青 贡布 措姆 拉毛 卓嘎 白玛 顿珠 平措 次旦 普布 达瓦 巴桑 边巴 旺堆 曲珍 桑珠 才仁 多杰 吉美 更登 洛桑`)

// roles16b are the role words of class 1 (persons16b); the longer forms
// (民间艺人, 副矿长) end in a shorter one and need no entry.
var roles16b = []string{"艺人", "大师", "老支书", "矿长", "歌手"}

// rareSurnames16b are surnames the lexicon lacks that are also ordinary
// characters or names of a place (陇, 敬, 涂), read only after roles16b.
var rareSurnames16b = runeBitsOf("陇敬涂")

// follow16b are words after such a name besides followWords33: verbs of
// what an artist or manager did (传承, 获评, 未执行) and 和 before a troupe.
var follow16b = []string{"和", "传承", "获评", "获得", "荣获", "未", "原是", "是", "制作", "创作", "演唱", "表演"}

// roleBefore16b reports whether a word of roles16b ends right before rune
// s, and is not the 大师 of 大师傅.
func roleBefore16b(tt *tokText, s int) bool {
	for _, w := range roles16b {
		k := runeLen(w)
		if s >= k && tt.sub(s-k, s) == w {
			return true
		}
	}
	return false
}

// followAt16b is followAt33 that also takes the words of follow16b.
func followAt16b(tt *tokText, e int) bool {
	if followAt33(tt, e) {
		return true
	}
	return firstPrefix(tt.text[tt.off[e]:], follow16b) != ""
}

// titles16b are the familiar titles of class 2 besides titles13.
var titles16b = []string{"老支书", "老书记", "老师傅", "老村长"}

// surnameTitles16b masks, with the title, the surname of each name of out
// where it stands again at a clause's start before a title (涂师傅说).
func surnameTitles16b(tt *tokText, fs, out []Finding) []Finding {
	var more []Finding
	seen := map[rune]bool{}
	for _, f := range out {
		r0 := firstRuneOf(f.Text)
		if seen[r0] {
			continue
		}
		seen[r0] = true
		for _, p := range occurrences19(tt, string(r0)) {
			e := p + 1
			if e >= len(tt.runes) || !clauseStart15(tt, p) {
				continue
			}
			rest := tt.text[tt.off[e]:]
			ti := firstPrefix(rest, titles16b)
			if ti == "" {
				ti = firstPrefix(rest, titles13)
			}
			if ti == "" {
				continue
			}
			te := e + runeLen(ti)
			b := tt.off[p]
			if coveredBy13(fs, b, tt.off[te]) {
				continue
			}
			more = append(more, Finding{Type: PERSON, Text: tt.sub(p, te), Start: b, End: tt.off[te], Evidence: "surname-title,pers16b", Score: contextScore})
		}
	}
	return more
}
