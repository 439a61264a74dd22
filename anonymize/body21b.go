package anonymize

import (
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
//     (placeDeptTail21b, cut back to the place like placeOfficeTail37).
//
// keep21b runs right after keep37 (anonymize.go).

// keep21b cuts a place's generic department back to the place.
func keep21b(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding21b)
}

// keepFinding21b returns f, cut where a generic part belongs to it, and
// whether f is an ordinary phrase as a whole (never, so far).
func keepFinding21b(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
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
	for _, x := range institutions21b {
		if w == x {
			return true
		}
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
		if !placeHead37(f, fs, head) {
			continue
		}
		return cutToPlace37(f, len(head), "place-dept21b"), true
	}
	return f, false
}
