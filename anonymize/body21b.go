package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round keep21b: ordinary phrases of deid-own112 … 114 (and
// older development sets) that a recognizer masked, each kept by its class:
//   - a government department or public institution every county or city
//     has, named after its place in full (吴江区|民政局, 越西县|人社局,
//     松阳县|人民医院, 磐安县|人民法院): the organisation reader takes the
//     whole as one body, so the department's ordinary name is lost with the
//     place. The place identifies it; the department stays readable
//     (placeDeptTail21b, cut back to the place like placeOfficeTail37);
//   - a preposition that is also a surname (由, 向) before a post of 长
//     (由|屯长、党员组成, 由|寨长牵头, 向|组长汇报) read as the surname of a
//     person holding the post (由寨长, 由楼栋, and then 由 alone before
//     组长 by the document's consistency): the clause's preposition and
//     the post, no one's name (prepPost21b);
//   - a person's name read from 者 after a role word in 长 (社区长|者食堂,
//     where 长者 "the elderly" is the word): 者 never opens a name
//     (zheName21b).
//
// keep21b runs right after keep37 (anonymize.go).

// keep21b cuts a place's generic department back to the place.
func keep21b(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding21b)
}

// keepFinding21b returns f, cut where a generic part belongs to it, and
// whether f is an ordinary phrase as a whole (never, so far).
func keepFinding21b(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if f.Type == PERSON && (prepPost21b(tt.text, f) || zheName21b(tt.text, f)) {
		return f, true
	}
	if g, ok := placeDeptTail21b(f, fs); ok {
		return g, false
	}
	return f, false
}

// institutions21b are the public institutions every county or city runs
// under its own name (…县|人民医院, …区|疾控中心, …市|人民法院).
var institutions21b = []string{"人民医院", "中医院", "中医医院", "中西医结合医院", "妇幼保健院", "妇幼保健计划生育服务中心", "疾控中心", "疾病预防控制中心", "融媒体中心", "人民法院", "人民检察院", "公安局", "公安分局", "消防救援大队", "消防救援支队", "消防救援局", "供销社", "供销合作社"}

// genericDept21b reports a generic department or institution of a place:
// a sector of depts30 and a body's kind of bodyKinds30 and nothing else
// (民政局, 人社局, 住建局, 卫健委, 市场监管局), or a listed institution.
func genericDept21b(w string) bool {
	if slices.Contains(institutions21b, w) {
		return true
	}
	for _, d := range depts30 {
		rest, ok := strings.CutPrefix(w, d)
		if ok && bodyKindSet30[rest] {
			return true
		}
	}
	return false
}

// deptTailLast21b holds the last characters genericDept21b's words end in.
var deptTailLast21b = func() runeBits {
	b := lastRuneBitsOf(institutions21b)
	for _, k := range bodyKinds30 {
		r, _ := utf8.DecodeLastRuneInString(k)
		b.set(r)
	}
	return b
}()

// placeDeptTail21b cuts an organisation read over a place named in full and
// a generic department or institution of it (吴江区|民政局, 松阳县|人民医院)
// back to the place. Class: a place's own department (round keep21b).
func placeDeptTail21b(f Finding, fs []Finding) (Finding, bool) {
	if f.Type != ORG {
		return f, false
	}
	if last, _ := utf8.DecodeLastRuneInString(f.Text); !deptTailLast21b.has(last) {
		return f, false
	}
	for i := 0; i < len(f.Text); {
		_, n := utf8.DecodeRuneInString(f.Text[i:])
		i += n
		head, tail := f.Text[:i], f.Text[i:]
		if tail == "" || !genericDept21b(tail) {
			continue
		}
		if !placeHead37(f, fs, head) || !placeNamed21b(fs, f.Start, head) {
			continue // (经绿色通道转诊|仙桃市|中医医院: no place alone before the department)
		}
		return cutToPlace37(f, len(head), "place-dept21b"), true
	}
	return f, false
}

// placeNamed21b reports whether head, at byte s, is a place: a place of
// the gazetteer or found on its own (placeFoundAt21), or two gazetteer
// places one after the other (苏州市|吴江区).
func placeNamed21b(fs []Finding, s int, head string) bool {
	if placeFoundAt21(fs, s, s+len(head), head) {
		return true
	}
	l := getLexicon()
	for i := 0; i < len(head); {
		_, n := utf8.DecodeRuneInString(head[i:])
		i += n
		if lv, ok := l.place(head[:i]); ok && lv > 0 && i < len(head) {
			if lv, ok := l.place(head[i:]); ok && lv > 0 {
				return true
			}
		}
	}
	return false
}

// prepSurnames21b are prepositions that are also surnames (由 "by", 向
// "to"): before a post they open the clause's agent or addressee.
var prepSurnames21b = runeBitsOf("由向")

// posts21b are posts of 长 a clause names by the post alone (屯长, 组长,
// 网格长): a responsibility system's chiefs (chiefs23) and the heads of a
// unit, a team or a site. Longer ones first.
var posts21b = func() []string {
	ws := []string{"楼栋长", "网格长", "村民组长", "村长", "镇长", "乡长", "队长", "站长", "所长", "社长", "场长", "户长", "院长", "馆长", "园长", "厂长", "店长", "会长", "团长", "班长", "校长", "理事长", "族长"}
	for w := range chiefs23 {
		ws = append(ws, w)
	}
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	return ws
}()

// speechAfter21b follow a person who speaks (由队长说): there the post's
// holder is named by surname and post.
var speechAfter21b = []string{"说", "表示", "介绍", "告诉", "坦言", "笑着", "感慨", "回忆", "谈到", "指出", "同志", "家"}

// reportTo21b follow 向 and a post where 向 is "to" (向屯长汇报).
var reportTo21b = []string{"汇报", "反映", "请示", "报告", "报备", "咨询", "求助", "提出", "递交", "申请", "学习", "说明", "了解", "致敬"}

// prepPost21b reports a person read over a preposition that is also a
// surname and the post after it (由|屯长, 由|楼栋|长, 由 before 组长),
// ending inside the post, where the post is not followed by a speech verb
// (由队长说 is 由 the surname); after 向 the clause must go on with a verb
// of reporting to someone (向|屯长|汇报). Class: a preposition before a
// post (round keep21b).
func prepPost21b(text string, f Finding) bool {
	r, n := utf8.DecodeRuneInString(f.Text)
	if !prepSurnames21b.has(r) || f.Start+n > len(text) {
		return false
	}
	rest := text[f.Start+n:]
	p := firstPrefix(rest, posts21b)
	if p == "" || len(f.Text)-n > len(p) {
		return false
	}
	next := rest[len(p):]
	if firstPrefix(next, speechAfter21b) != "" {
		return false
	}
	if r == '向' && firstPrefix(next, reportTo21b) == "" {
		return false
	}
	return true
}

// elderKinds21b follow 长者 or 老者 in the name of a facility, body or
// service for the elderly (长者|食堂, 长者|之家, 长者|协会, 长者|助餐点).
var elderKinds21b = []string{"食堂", "饭堂", "餐厅", "餐桌", "之家", "协会", "服务", "助餐", "活动", "照护", "公寓", "大学", "学堂", "驿站", "课堂", "日间", "关爱", "爱心", "健康", "福利"}

// zheName21b reports a person whose name opens with 者 right after 长 or
// 老, read after a role word in 长 (社区长|者食堂), where a facility's or
// service's word for the elderly follows 者: the word is 长者 "the
// elderly". 者 is also a rare surname (乡长|者海龙), so a name after 者
// stays one. Class: 长者 read as a role and a name (round keep21b).
func zheName21b(text string, f Finding) bool {
	rest, ok := strings.CutPrefix(f.Text, "者")
	if !ok || f.Start < len("长") || !strings.HasSuffix(text[:f.Start], "长") && !strings.HasSuffix(text[:f.Start], "老") {
		return false
	}
	after := text[f.Start+len("者"):]
	return firstPrefix(after, elderKinds21b) != "" && len(rest) <= len(after)
}
