package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds round keep36: ordinary phrases of deid-own73 … 78 that a
// recognizer masked, each kept by its class:
//   - a body named by its level alone (县慈善协会, 州级示范性高中) after a
//     sentence's start or a verb: no place owns it, the level is generic
//     (levelOnlyBody36);
//   - a seasonal pasture (夏牧场, 冬春牧场) read as a named ranch by the
//     牧场 pattern: the season names no place (seasonPasture36);
//   - a board game or sport that is also a place's short form (象棋 of
//     象棋镇) before a contest word (象棋比赛) (gameContest36);
//   - a policy or programme term whose head was read as a person's name
//     (公建|民营, 援青|干部) (programmeTerm36).

// keep36 drops the findings of fs that are ordinary phrases of the classes
// above.
func keep36(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding36)
}

// keepFinding36 returns f and whether f is an ordinary phrase as a whole.
func keepFinding36(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	before, after := text[:f.Start], text[f.End:]
	switch {
	case f.Type == ORG && levelOnlyBody36(tt, f, before):
		return f, true
	case f.Type == LOCATION && seasonPasture36(f.Text):
		return f, true
	case f.Type == LOCATION && gameContest36(f.Text, after):
		return f, true
	case f.Type == PERSON && programmeTerm36(f.Text, after):
		return f, true
	}
	return f, false
}

// levels36 open a body named by its level alone; longest first.
var levels36 = []string{"县级", "市级", "州级", "区级", "旗级", "县", "州", "旗"}

// placeRunes36 inside a body after its level name a place (县|城关镇中学).
var placeRunes36 = runeBitsOf("县市区镇乡村州旗盟屯寨街路山河湖")

// namedBodyRunes36 inside a body after its level make it one of several
// of its kind, a name (旗|蒙古族第一中学): an ordinal, a numeral, a people.
var namedBodyRunes36 = runeBitsOf("第族一二三四五六七八九十0123456789")

// levelBodyKinds36 end a body named by its level alone.
var levelBodyKinds36 = []string{"协会", "总会", "学会", "高中", "中学", "小学", "完小", "幼儿园", "医院", "卫生院", "图书馆", "文化馆", "博物馆", "敬老院", "福利院"}

// levelOnlyBody36 reports an organisation that opens with a level word
// (县|慈善协会) where no place can stand before it: the text before ends a
// sentence or a clause, or ends with a verb of two characters or more.
func levelOnlyBody36(tt *tokText, f Finding, before string) bool {
	lv := ""
	for _, l := range levels36 {
		if strings.HasPrefix(f.Text, l) {
			lv = l
			break
		}
	}
	if lv == "" {
		return false
	}
	rest := f.Text[len(lv):]
	if runeLen(rest) < 2 || firstSuffix(rest, levelBodyKinds36) == "" {
		return false
	}
	for _, r := range rest {
		if placeRunes36.has(r) || namedBodyRunes36.has(r) {
			return false
		}
	}
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsPunct(r) || unicode.IsSpace(r) {
		return true
	}
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	t := tt.toks[tt.tokOf[s-1]]
	if t.end != s || t.n() < 2 {
		return false
	}
	switch t.pos {
	case "v", "vn", "p":
		return true
	}
	return false
}

// seasons36 name the season of a pasture.
var seasons36 = wordSet(`春 夏 秋 冬 春秋 夏秋 冬春 春夏 秋冬`)

// seasonPasture36 reports a seasonal pasture (夏牧场).
func seasonPasture36(w string) bool {
	s, ok := strings.CutSuffix(w, "牧场")
	return ok && seasons36[s]
}

// games36 are board games and sports that some place's short form spells.
var games36 = wordSet(`象棋 围棋 跳棋 桥牌 篮球 排球 足球 龙舟 拔河 射箭 摔跤 赛马`)

// contests36 follow a game in an activity.
var contests36 = []string{"比赛", "大赛", "赛", "联赛", "协会", "爱好者", "培训", "表演"}

// gameContest36 reports a game before a contest word (象棋|比赛).
func gameContest36(w, after string) bool {
	return games36[w] && hasAnyPrefix13(after, contests36)
}

// programmeTerms36 are policy and programme terms whose first two
// characters read as a name (公建|民营, 援青|干部).
var programmeTerms36 = []string{"公建民营", "公办民营", "民办公助", "援青干部", "援藏干部", "援疆干部", "援青人才", "援藏人才", "援疆人才", "援青教师", "援藏教师", "援疆教师", "援青医生", "援藏医生", "援疆医生"}

// programmeTerm36 reports a person's name that opens a programme term.
func programmeTerm36(w, after string) bool {
	for _, p := range programmeTerms36 {
		if strings.HasPrefix(p, w) && len(p) > len(w) && strings.HasPrefix(after, p[len(w):]) {
			return true
		}
	}
	return false
}

// occurrence36 reports whether the occurrence of e at byte i of s lies in
// one of keep36's phrases although e is masked elsewhere in the document
// (象棋 of 象棋镇 inside 象棋比赛, 公建 of a name inside 公建民营).
func occurrence36(e *entity, s string, i int) bool {
	switch e.typ {
	case LOCATION:
		return gameContest36(e.text, s[i+len(e.text):])
	case PERSON:
		return programmeTerm36(e.text, s[i+len(e.text):])
	}
	return false
}
