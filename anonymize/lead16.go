package anonymize

import (
	"strings"
	"unicode/utf8"
)

// roleNames16 fixes one class found after the sixteenth session's second
// score: a person whose given name ends in a place kind (赵春山, 李秀峰)
// right after a role word ending in 人 (传承人, 负责人, 联系人) is read by
// the place patterns as a mountain that begins with the role's last
// character (传承|人赵春山 → pattern:山), or by the transliteration reader as
// a name that begins with the role's tail (非遗|传|承人赵春山说), so the role
// loses its end. The finding is cut back to the name after the role and
// masked as a person; the role stays readable. Only a person finding or a
// place finding of the patterns is cut, only after a role that rolesIn16
// lists, and only when a surname opens a rest of two or three characters.
func roleNames16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "人") {
		return fs
	}
	var out []Finding
	for i := range fs {
		f := fs[i]
		if !(f.Type == PERSON || f.Type == LOCATION && strings.HasPrefix(f.Evidence, "pattern:")) {
			continue
		}
		cut := roleHead16(tt.text[:f.Start], f.Text)
		if cut == 0 {
			continue
		}
		rest := f.Text[cut:]
		if n := utf8.RuneCountInString(rest); n < 2 || n > 3 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !surname15(r) {
			continue
		}
		fs[i].Type, fs[i].Text, fs[i].Start = PERSON, rest, f.Start+cut
		fs[i].Evidence, fs[i].label = "role-name16", ""
		out = append(out, fs[i])
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// roleHead16 returns how many bytes at the head of a finding's text end a
// role of rolesIn16 begun in the text before it (传|承人赵春山 → 承人), or 0.
func roleHead16(before, text string) int {
	for _, w := range rolesIn16 {
		for k := len("人"); k < len(w); k += len("人") { // every role character is three bytes
			if strings.HasPrefix(text, w[len(w)-k:]) && strings.HasSuffix(before, w[:len(w)-k]) {
				return k
			}
		}
	}
	return 0
}

// rolesIn16 are the roles ending in 人 before which a name stands in
// reports (代表性传承人赵某, 项目负责人钱某).
var rolesIn16 = []string{"传承人", "负责人", "联系人", "责任人", "带头人", "手艺人", "接班人", "经营人", "申请人", "法定代表人", "代理人", "举报人", "当事人"}
