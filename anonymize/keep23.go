package anonymize

// This file holds round keep23: ordinary phrases that a rule or the span
// tagger read as a place or a body. First, the countryside as a place one
// goes to, serves or takes root in (扎根山村, 走进乡村, 服务农村, 深入基层):
// a verb and a word for the countryside in general name no place. keep23
// runs inside keep22, so it is both a keep filter the span guard cannot
// overrule (keptByFilters) and a filter after the tagger.

// countrysideWords23 are words for the countryside or the grassroots in
// general, no place of their own.
var countrysideWords23 = wordSet(`山村 乡村 农村 基层 山区 牧区 林区 边疆 村庄 田间 田野 乡野 乡间 偏远山区 边远山区 贫困山区 农牧区 老区 村寨 乡镇`)

// countrysideVerbs23 are verbs of going to, staying in or serving a place
// that gojieba does not always tag as verbs (扎根 is ns to it).
var countrysideVerbs23 = wordSet(`扎根 植根 根植 深入 深耕 走进 走入 走向 走遍 来到 回到 返回 回归 留在 留守 坚守 驻守 驻扎 下沉 下到 沉到 奔赴 服务 奉献 反哺 助力 支援 投身 面向 进入 赋能 激活 惠及 覆盖 辐射 延伸 热爱 建设 振兴 繁荣 美化 走访 深入到 扎根于 服务于`)

// keep23 drops the place and body findings that are an ordinary phrase:
// see countrysideAt23.
func keep23(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if (f.Type == LOCATION || f.Type == ORG) && countrysideAt23(tt, f) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// countrysideAt23 reports whether finding f lies inside a verb and a word
// for the countryside right after it (扎根|山村, 走进|乡村) and covers part
// of that word: the verb is one of countrysideVerbs23 or a verb-tagged
// word of two or more characters, and the verb with the word's first
// character or with the whole word is no place or village stem (发展乡, a
// village stem, keeps 发展乡村 as it was read).
func countrysideAt23(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	k := tt.tokOf[e-1]
	g := &tt.toks[k]
	if k == 0 || g.end != e || !countrysideWords23[g.word] {
		return false
	}
	v := &tt.toks[k-1]
	if s < v.start || v.end != g.start {
		return false // the finding reaches before the verb
	}
	if !countrysideVerbs23[v.word] && !(verbTags[v.pos] && v.n() >= 2) {
		return false
	}
	// the verb and the word's first character may be a township (振兴乡)
	// or a village's stem before its 村 (发展乡|村)
	first := string(tt.runes[g.start])
	if _, place := getLexicon().places[v.word+first]; place {
		return false
	}
	return !getVillages().has(v.word + first)
}
