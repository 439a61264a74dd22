package anonymize

// This file holds round place18w: places and sites of the eighteenth
// session's development sets that stayed readable after leak18b and
// leak18c, each class stated by the gazetteer and the frame around the
// name. place18w runs right after roleNames16 (anonymize.go):
//
//   - a site of three or more characters of the features15/sites17
//     gazetteer whose characters a generic body took (甲乙陵|游客服务中心
//     read as the body 陵游客服务中心, 甲乙园游客服务中心 read whole as a
//     generic one; a generic body stays readable, so the site clashed and
//     was dropped): the body gives up the site's characters, the site is
//     masked and the body's kind after it stays readable
//     (sitesBeforeBodies18w);
//   - (data) lakes, rivers, peaks, polders, gardens and city landmarks of
//     the regions the reports come from, added to data/sites17.txt from
//     general knowledge (白马尖, 万春圩, 水绘园, 二十四道拐, 无量河);
//   - a stopped name of the gazetteer (one gojieba tags as a verb or an
//     ordinary word, 甲乙湖 tagged v) that stands as a whole token as the
//     sibling of a masked gazetteer feature in a list or a route (甲乙湖—
//     丙丁冰川, 甲乙湖、丙丁山): the company it keeps makes it the name
//     (stoppedSiblings18w).
//
// The glued features of leak18c let a weak guess over their characters
// give way (overlapsStrong18w, leak18c.go).

// place18w adds the findings of this round to fs.
func place18w(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = sitesBeforeBodies18w(tt, fs)
	fs = stoppedSiblings18w(tt, fs)
	return fs
}

// sitesBeforeBodies18w: see the file comment, first class.
func sitesBeforeBodies18w(tt *tokText, fs []Finding) []Finding {
	g := featureGazetteer15()
	rs := tt.runes
	n := len(rs)
	for s := 0; s+2 < n; s++ {
		if !g.first.has(rs[s]) {
			continue
		}
		if s > 0 && isHan(rs[s-1]) && tt.toks[tt.tokOf[s]].start != s {
			continue
		}
		e := featureEnd22(tt, g, s)
		if e-s < 3 || policyStem18w(tt, e) || inTitle15(tt, s) {
			continue // a name of two characters is too often a word's piece
		}
		// the generic body that starts at the site's last character
		b := -1
		for i := range fs {
			if f := &fs[i]; f.generic && f.Start >= tt.off[s] && f.Start < tt.off[e] && f.End > tt.off[e] {
				b = i
				break
			}
		}
		if b < 0 || overlapsOther18w(fs, b, tt.off[s], tt.off[e]) {
			continue
		}
		fs[b].Start = tt.off[e]
		fs[b].Text = tt.text[fs[b].Start:fs[b].End]
		w := tt.sub(s, e)
		fs = addFeature15(fs, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "feature-gazetteer-before-body18w:" + g.kind[w], Score: 4})
		s = e - 1
	}
	return fs
}

// policyStem18w reports whether a policy tail follows rune e (秦岭|国家公园).
func policyStem18w(tt *tokText, e int) bool {
	return hasAnyPrefix13(tt.text[tt.off[e]:], policyTails15)
}

// overlapsOther18w reports whether a finding of fs other than fs[skip]
// and a weak guess overlaps bytes [s, e).
func overlapsOther18w(fs []Finding, skip, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; i != skip && s < f.End && f.Start < e && !weak19(f) {
			return true
		}
	}
	return false
}

// siblingMarks18w join the items of a list or the stops of a route.
var siblingMarks18w = runeBitsOf("—、和与及至到")

// stoppedSiblings18w: see the file comment, second class.
func stoppedSiblings18w(tt *tokText, fs []Finding) []Finding {
	g := featureGazetteer15()
	if len(g.stopped) == 0 {
		return fs
	}
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for _, t := range tt.toks {
		if t.end-t.start < 2 || !g.stoppedFirst.has(rs[t.start]) {
			continue
		}
		w := tt.sub(t.start, t.end)
		if g.stopped[w] == "" || inTitle15(tt, t.start) || policyStem18w(tt, t.end) || overlapsStrong18w(fs, tt.off[t.start], tt.off[t.end]) {
			continue
		}
		sib := false
		if t.end+1 < n && siblingMarks18w.has(rs[t.end]) {
			sib = featureAt18w(fs, tt.off[t.end+1], true)
		}
		if !sib && t.start >= 2 && siblingMarks18w.has(rs[t.start-1]) {
			sib = featureAt18w(fs, tt.off[t.start-1], false)
		}
		if sib {
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[t.start], End: tt.off[t.end], Evidence: "feature-gazetteer-stopped-sibling18w:" + g.stopped[w], Score: 4})
		}
	}
	for _, f := range out {
		fs = addFeature15(fs, f)
	}
	return fs
}

// featureAt18w reports whether a gazetteer feature of fs starts (start) or
// ends (!start) at byte i.
func featureAt18w(fs []Finding, i int, start bool) bool {
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || !hasPrefix18w(f.Evidence, "feature-gazetteer") {
			continue
		}
		if start && f.Start == i || !start && f.End == i {
			return true
		}
	}
	return false
}

func hasPrefix18w(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
