package anonymize

import "strings"

// This file holds round pers21c: real surnames that no surname tier held.
//
// Class: real surnames missing from every tier (丘 of the Hakka counties,
// 零, 磨 and 俸 of the Zhuang counties of Guangxi, 粘 of Fujian, 哈 of the
// Hui, the old surnames 荀, 睢, 郯, 郤, 苻, 斛, 菅, 芶, 凃, 矫, 弓, 汝, 凤).
// A name of theirs after a role (研究员丘甲乙等, 蔗农零甲乙通过) was read by
// no person reader, since every frame reader asks first for a surname of
// some tier. Most are also ordinary characters or the first character of
// a place (丘陵, 零售, 零容忍, 磨砺, 粘虫, 凤凰, 哈密, 汝城, 睢宁), so they
// are read only in the person's frame of rareFrames21c, never on their
// own. (They do not join the frame-only tier surnames15: its readers take
// a one-character given name and a bare role, so 群众零跑腿 and 员工磨合期
// would be read as names.)
const rareSurnames21c = "丘零磨俸粘哈荀睢郯郤苻斛菅芶凃矫弓汝凤"

// Class: a name of a rare surname (rareSurnames21c, rareSurnames16) in a
// person's frame that the role readers miss because the role word or the
// verb after it is outside their lists (蔗农零甲乙通过, 研究员丘甲乙等,
// 网格员俸甲乙入户, 由零甲乙同志主持). The surname is frame-only, so
// the frame is stated by its shape, not by a list of roles:
//   - before the surname, a character that ends a word for a person (员,
//     农, 户, 长, 医, 警, 师, 人, 家, 生, 者, 匠, 工, 记, 任, 士), or 由, 给予, 对,
//     请, 邀请 … before a name followed by 同志;
//   - a two-character given name whose characters are given-name
//     characters and no numeral, and which makes no word with the surname
//     (零售, 磨合), on its own (距离 of 零距离) or with the next character;
//   - after it, a word followAt34 accepts, 同志, 等, punctuation or a verb
//     of verbs21c.
func rareFrames21c(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	if tt == nil || n < 4 {
		return fs
	}
	l := getLexicon()
	var out []Finding
	for s := 1; s+3 <= n; s++ {
		r := tt.runes[s]
		if !rare21c.has(r) || l.isSurname(r) {
			continue
		}
		e := s + 3
		if !hanName11(tt, s+1, e) || !given21c(tt, s+1, e) {
			continue
		}
		if l.common[tt.sub(s, s+2)] || l.common[tt.sub(s, e)] || l.common[tt.sub(s+1, e)] || l.common[tt.sub(s-1, s+1)] ||
			personNouns[tt.sub(s+1, e)] || isRoleWord(tt.sub(s+1, e)) {
			continue
		}
		if e < n && isHan(tt.runes[e]) && l.common[tt.sub(e-1, e+1)] {
			continue // (the given name's last character opens a word with the next one)
		}
		rest := tt.text[tt.off[e]:]
		comrade := hasAnyPrefix13(rest, []string{"同志", "等"})
		role := personEnds21c.has(tt.runes[s-1])
		ok := role && (comrade || punctAt15(tt, e) || followAt34(tt, e) || hasAnyPrefix13(rest, verbs21c))
		ok = ok || comrade && (clauseStart15(tt, s) || hasSuffixAny18w(tt.text[:tt.off[s]], comradeBefore21c))
		if !ok {
			continue
		}
		if !coveredBy13(fs, tt.off[s], tt.off[e]) && !strongOver15(fs, tt.off[s], tt.off[e]) {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "rare-surname-frame,pers21c", Score: contextScore + 1})
		}
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// rare21c are the surnames rareFrames21c reads: the rare real surnames
// of this round and of pers16 (翦, 虢), which hardly open an ordinary word
// in a person's frame.
var rare21c = runeBitsOf(rareSurnames21c + rareSurnames16)

// personEnds21c end words for a person or a role (护林员, 蔗农, 养殖户,
// 屯长, 村医, 民警, 教师, 传承人, 专家, 医生, 学者, 工匠, 书记, 主任, 院士).
var personEnds21c = runeBitsOf("员农户长医警师人家生者匠工记任士")

// comradeBefore21c end the words before a name closed by 同志 (由甲乙丙同志
// 主持, 给予甲乙丙同志记功).
var comradeBefore21c = []string{"由", "给予", "对", "请", "邀请", "推荐", "选举", "任命", "免去", "决定"}

// verbs21c are the verbs and adverbs after a name of this class that
// followAt34 lacks.
var verbs21c = []string{"在", "说", "通过", "每", "带领", "带着", "带动", "带徒", "组织", "入户", "协调", "化解", "引进", "破获", "坚守", "获", "创办", "参与", "主持", "牵头", "介绍", "表示", "认为", "流转", "种植", "养殖", "发现", "巡", "利用", "投资", "捐", "回乡", "返乡", "扎根", "从事", "自", "今年", "去年", "家", "一家"}

// given21c reports whether runes [s, e) are given-name characters: each
// one known to the given-name table, none a numeral.
func given21c(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		if strings.ContainsRune("零〇一二三四五六七八九十百千万亿两点号", r) {
			return false
		}
		if _, ok := givenOfRune(r); !ok {
			return false
		}
	}
	return true
}
