package anonymize

// This file holds round keep25: two ordinary phrases that a retrained span
// tagger reads into a place (spanrt, eleventh session).
//
//   - A verb of assignment after an adverb of sharing out (分别|包保|东风村,
//     各自|联系|红旗村): the adverb stands before a verb, never before a
//     place, so the word after it is no part of the place. gojieba does not
//     know some such verbs (包保, tag x), so the tagger may read verb and
//     village as one name; the verb is cut off the finding.
//   - A title a village strives for or is awarded (争创|明星村、文明村,
//     荣获|卫生村): an ordinary word and 村 (villageItem22) after a verb of
//     striving or awarding, alone or as an item of a list of such titles,
//     names no village.
//
// keep25 runs after keep22 and inside keptByFilters, so the span guard reads
// it as a hard filter too.

// shareAdverbs25 stand before the verb of a task shared out among several
// (分别包保, 各自联系, 分头走访).
var shareAdverbs25 = wordSet(`分别 各自 分头 逐一 一一 共同 对口 定点 结对 轮流`)

// titleVerbs25 are verbs of striving for or being awarded a title
// (争创明星村, 荣获文明村).
var titleVerbs25 = wordSet(`争创 创建 创成 创评 争当 争做 争先 评为 评选为 获评 荣获 获得 命名为 晋级 申报 申创 复评 验收`)

// villageKinds25 are the last characters of a whole place after a cut verb.
var villageKinds25 = runeBitsOf("村镇乡屯寨")

// keep25 cuts a verb of assignment off a place finding and drops village
// titles (see assignedVerb25, villageTitle25).
func keep25(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION {
			if s, e := tt.runeAt(f.Start), tt.runeAt(f.End); s >= 0 && e > s {
				if cut := assignedVerb25(tt, s, e); cut > s {
					f.Start, f.Text = tt.off[cut], tt.sub(cut, e)
				} else if e-s == 3 && villageTitle25(tt, s) {
					continue
				}
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// assignedVerb25 returns the rune where the place of runes [s, e) begins
// after a verb of assignment it holds (分别|包保东风村 → 东风村), or s: the
// first word of the finding is a word of two or more characters that
// gojieba tags a verb or a noun (联系/n) or does not know and no gazetteer
// place (a village stem may be a verb too: 联系), an adverb of sharing out
// stands right before it, and the rest of the finding, a place of at least
// three characters ending in a kind of place, begins at a word's start.
func assignedVerb25(tt *tokText, s, e int) int {
	k := tt.tokOf[s]
	v := &tt.toks[k]
	if k == 0 || v.start != s || v.end >= e-2 || v.n() < 2 || !(v.pos == "x" || v.pos == "n" || verbTags[v.pos]) {
		return s
	}
	if !shareAdverbs25[tt.toks[k-1].word] || !villageKinds25.has(tt.runes[e-1]) {
		return s
	}
	for i := v.start; i < v.end; i++ {
		if !isHan(tt.runes[i]) {
			return s
		}
	}
	if _, place := getLexicon().places[v.word]; place {
		return s
	}
	return v.end
}

// villageTitle25 reports whether the village of runes [s, s+3) is a title
// (争创明星村、文明村): an ordinary word and 村 (villageItem22), first of a
// run of such items joined by list words, right after a verb of striving
// or awarding.
func villageTitle25(tt *tokText, s int) bool {
	first, ok := villageRunFirst22(tt, s)
	if !ok {
		return false
	}
	k := tt.tokOf[first]
	if k == 0 || tt.toks[k].start != first {
		return false
	}
	return titleVerbs25[tt.toks[k-1].word]
}
