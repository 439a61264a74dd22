package anonymize

import (
	"slices"
	"strings"
)

// This file holds round leaks27: names of span-train33 that stayed
// readable once keep27 kept the kind words inside them (胡杨, 白桦, 鼓楼),
// each found whole by its own class. leaks27 runs right after keep27,
// when every recognizer and the span tagger have spoken:
//
//   - a quoted inn named by a word and 人家 or a kind of cabin right after
//     its village or a stop (…村“胡杨人家”, …村“白桦林小木屋”): one
//     family's business (quotedInns27);
//   - a landmark named by a stem and a kind of building that is also a
//     district's short form (马胖|鼓楼 read as a person and 鼓楼区): one
//     landmark (landmarkKinds27).
//
// A name found so is masked wherever it stands in the text.

// leaks27 merges the landmarks of landmarkKinds27 into fs and adds the
// quoted inns of quotedInns27, masked wherever they stand.
func leaks27(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = landmarkKinds27(tt, fs)
	if !tt.mayHold('“') || !tt.mayHold('”') {
		return fs // no quoted name, no quoted inn
	}
	out := quotedInns27(tt, fs)
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}

// innKinds27 end a quoted name of a family inn or cabin (“胡杨人家”,
// “白桦林小木屋”).
var innKinds27 = []string{"人家", "小木屋", "木屋", "小屋", "山庄", "草堂", "小栈"}

// quotedInns27 finds a quoted name of three to ten Han characters that ends
// in an inn's kind and stands right after a village, township or a stop
// (…村“胡杨人家”, ，“峡谷人家”): such a name points to one owner.
func quotedInns27(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		n := runeLen(w)
		if n < 3 || n > 10 || !allHan(w) || !hasAnySuffix14(w, innKinds27) {
			continue
		}
		b := tt.runeAt(s - len("“"))
		if slices.Contains(innKinds27, w) || b < 0 || !(villageEnd19(tt, b) || bounded19(tt, fs, b)) || overlapsEdge18(fs, s, e) {
			continue
		}
		out = append(out, Finding{Type: ORG, Text: w, Start: s, End: e, Evidence: "quoted-inn,leaks27", Score: contextScore, label: "企业"})
	}
	return out
}

// landmarkKinds27 merges a kind of building read as a district's short
// form (鼓楼 of 鼓楼区, which the text does not name) with the person or
// place reading glued before it (马胖|鼓楼) into one landmark; with no
// reading before it, it stretches the kind back over a plain stem of two
// characters after a stop (、华练|鼓楼).
func landmarkKinds27(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || !countedKinds27[f.Text] || !strings.HasPrefix(f.Evidence, "gazetteer-short") || namedInText27(tt, *f) {
			continue
		}
		for j := range fs {
			g := &fs[j]
			if j == k || g.End != f.Start || (g.Type != PERSON && g.Type != LOCATION) {
				continue
			}
			if n := runeLen(g.Text); n < 2 || n > 4 {
				continue
			}
			merged := Finding{Type: LOCATION, Text: tt.text[g.Start:f.End], Start: g.Start, End: f.End, Evidence: "landmark-kind,leaks27", Score: max(f.Score, g.Score)}
			out := make([]Finding, 0, len(fs)-1)
			for i, h := range fs {
				switch i {
				case k:
				case j:
					out = append(out, merged)
				default:
					out = append(out, h)
				}
			}
			return landmarkKinds27(tt, out)
		}
		// no reading before it: a stem of two characters after a stop
		// (、华练|鼓楼), no verb (现存|鼓楼236座 counts kinds)
		if s := tt.runeAt(f.Start); s >= 3 && stop19.has(tt.runes[s-3]) && plainStem19(tt, s-2, s) && noVerbIn27(tt, s-2, s) && !countedKind27(tt, *f, s, tt.runeAt(f.End)) {
			f.Start, f.Text, f.Evidence = tt.off[s-2], tt.text[tt.off[s-2]:f.End], "landmark-kind,leaks27"
		}
	}
	return fs
}

// noVerbIn27 reports whether runes [s, e) are not one verb of gojieba's
// (现存, 新建): a stem may hold a character gojieba reads as a verb (华|练).
func noVerbIn27(tt *tokText, s, e int) bool {
	t := &tt.toks[tt.tokOf[s]]
	return !(t.start == s && t.end == e && verbTags[t.pos])
}
