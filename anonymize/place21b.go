package anonymize

import "strings"

// This file holds round place21b: named works of transport and water
// control whose stem no gazetteer holds and gojieba cannot read as a
// place, before a kind of work that names one (class: works of a proper
// stem, works21b):
//
//   - tide and rotating gates and lift pumping stations (甲乙挡潮闸,
//     沙角旋水闸, 甲乙提灌站): strong kinds, whose stem may be an ordinary
//     noun when it is bounded as a name (text start, punctuation, a verb
//     of work, 的, a place found): these kinds take no trade or topic
//     before them;
//   - land ports, interchanges, flyovers, logistics parks, wetlands, canals
//     and sluices (吐尔尕特口岸, 甲乙互通, 甲乙立交, 水边物流园, 三垟湿地,
//     甲乙渠, 甲乙水闸): weak kinds, whose stem must look like a name — a
//     transliteration or a word gojieba did not know (x), a rare character
//     (垟/zg, 洄/g), a place, name or abbreviation tag (ns, nr, nz, j), a
//     place word (水边/s); a plain noun before them is a topic, trade or
//     setting (信息互通, 粮食物流园, X镇边境贸易物流园), even right after a
//     place the rules found.
//
// Generic works stay readable: a number (1号闸), a grade or a function
// (一类口岸, 排涝闸, 冷链物流园, 跨线立交), a side or level (主干渠, 北干渠,
// 斗渠), a setting (城市湿地, 滨海湿地): works21bGeneric lists their stems,
// and a stem of a verb, adjective or function word is none.
//
// works21b runs right after roleNames16 (anonymize.go).

// works21bKinds are the kinds of work of the class and whether they are
// strong (an ordinary-noun stem names them), longest first where one ends
// another (旋水闸 before 水闸).
var works21bKinds = []struct {
	kind   string
	strong bool
}{
	// land ports (吐尔尕特口岸)
	{"口岸", false},
	// interchanges and flyovers of a road (长安互通, 成渝立交)
	{"互通", false}, {"立交", false},
	// tide, rotating and sluice gates (沙角旋水闸, 甲乙挡潮闸, 甲乙水闸)
	{"旋水闸", true}, {"挡潮闸", true}, {"节制闸", false}, {"水闸", false},
	// lift pumping stations (甲乙提灌站)
	{"提灌站", true},
	// logistics parks (水边物流园)
	{"物流园", false},
	// wetlands (三垟湿地)
	{"湿地", false},
	// canals (甲乙干渠, 甲乙渠)
	{"干渠", false}, {"渠", false},
}

// works21bGeneric are stems that say what a work is, serves or where it
// stands, not which one it is (class: generic works kept readable).
var works21bGeneric = wordSet(`城市 国家 国际 省级 市级 县级 智慧 一类 二类 公路 铁路 航空 陆路 水运 边境 沿边 沿海 内陆 现代 冷链 电商 综合 保税
	高山 高寒 平原 山区 丘陵 草原 草甸 岩溶 喀斯特 泥炭 湖滨 河湖 库塘 沿湖 浅滩 高速公路 国道 省道 县道 干线 全市 全县 全省 全区 全国 全州 本地 当地 本市 本县 货运 客运 水路 空运 海运 临时 双边 指定 开放 通关 进境 出境
	空港 港口 区域 城乡 农产品 快递 物流 智能 跨线 枢纽 全互通 半互通 高速 主干 分干 总干 排涝 拦河 分水 节制 泄洪 进水 退水 防洪 排水
	灌溉 滨海 滨河 滨湖 河口 高原 沼泽 人工 天然 红树林 湖泊 河流 郊野 农田 稻田 森林 生态 重要 小微 口袋 湖泊 近海 海岸 河滨 库区
	水库 山地 沿江 沿河 两岸 中型 小型 大型 新建 现有 老旧 病险 骨干 重点 主要 配套 专用 公共 城区 县城 城镇 乡镇 集镇 农村 乡村
	商贸 仓储 智慧化 数字 绿色 标准化 规范化 示范 湿地 互通 立交 水闸 提灌 提水 扬水 引水 灌区 渠系 防渗 衬砌 干支 支斗 斗农`)

// works21bNameTags are gojieba tags of a name's word: places, names,
// abbreviations, words it made up and rare characters.
func works21bNameTag(pos string) bool {
	switch pos {
	case "ns", "nr", "nrt", "nz", "j", "x", "g", "zg", "ng":
		return true
	}
	return false
}

// works21bStemTag are the tags a stem's word may have: the name tags and
// plain nouns and place nouns (沙角/n, 水边/s).
func works21bStemTag(pos string) bool {
	return works21bNameTag(pos) || pos == "n" || pos == "s" || pos == "nt"
}

// works21bStops end right before a work's stem as a word of their own
// (新建|石角挡潮闸, 依托|甲乙渠, 设有|长安互通); gojieba tags 新建 ns.
var works21bStops = wordSet(`新建 建设 建成 改造 改建 扩建 完成 推进 依托 设有 设立 开通 经 经由 途经 通过 在 于 的 和 与 及 至 到 从 对 将 为 由 是 有 以 沿 把 让 将`)

// works21bGlued are verbs gojieba glues onto a transliterated stem
// (经吐尔尕特/x): the stem begins after them.
var works21bGlued = runeBitsOf("经在至从到往")

// works21bFirst holds the first characters of works21bKinds' kinds.
var works21bFirst = func() runeBits {
	var ks []string
	for _, k := range works21bKinds {
		ks = append(ks, k.kind)
	}
	return firstRuneBitsOf(ks)
}()

// works21b adds the works of the class to fs, with their other
// occurrences in the text.
func works21b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	n := len(tt.runes)
	for p := 2; p < n; p++ {
		if !works21bFirst.has(tt.runes[p]) {
			continue // no kind starts here
		}
		for _, k := range works21bKinds {
			if !strings.HasPrefix(tt.text[tt.off[p]:], k.kind) {
				continue
			}
			end := p + len([]rune(k.kind))
			if f, ok := works21bAt(tt, fs, p, end, k.strong); ok && !overlapsAny(out, f.Start, f.End) {
				out = append(out, f)
			}
			break
		}
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// works21bAt reads the stem before the kind at p..end and returns stem and
// kind as one LOCATION finding when the stem names the work.
func works21bAt(tt *tokText, fs []Finding, p, end int, strong bool) (Finding, bool) {
	if end < len(tt.runes) && !tt.tokStart(end) {
		if t := tt.tokenAt(end - 1); t != nil && t.end > end && t.start >= p {
			return Finding{}, false // 口岸经济 is fine, but 渠道/湿地化: the kind begins a longer word
		}
	}
	if tt.tokStart(p) == false {
		// the kind glued to a word before it (渠边/x is after it, 水渠/n before)
		if t := tt.tokenAt(p); t != nil && t.start < p && !(t.pos == "x" && t.end > p) {
			return Finding{}, false
		}
	}
	// read the stem's words back from p
	s := p
	afterPlace, nameLike, numeral, placeWord := false, false, false, false
	for s > 0 && p-s < 4 {
		if overlapsAnyEnd17a(fs, tt.off[s]) && s < p {
			afterPlace = true
			break
		}
		t := tt.tokenBefore(s)
		if t == nil || !allHan(t.word) {
			break
		}
		ts := t.start
		if t.end > s {
			break
		}
		if works21bStops[t.word] || works21bKindWord(t.word) {
			break // 国家二类口岸|片马口岸: a work's kind ends the stem of the next work
		}
		if works21bGeneric[t.word] {
			return Finding{}, false // 蔬菜|冷链|物流园: a generic word inside the stem makes the work a kind
		}
		if t.pos == "x" && t.n() > 2 && works21bGlued.has(tt.runes[ts]) {
			ts++ // 经|吐尔尕特: the verb gojieba glued on
			if p-ts > 4 {
				break
			}
			s = ts
			nameLike = true
			break
		}
		if t.pos == "m" && t.n() == 1 && numeralRune(tt.runes[ts]) {
			numeral = true
		} else if !works21bStemTag(t.pos) {
			break
		}
		if p-ts > 4 {
			break
		}
		if works21bNameTag(t.pos) {
			nameLike = true
		}
		if t.pos == "s" && t.start == ts && t.n() == 2 && p-ts == 2 {
			placeWord = true // 水边|物流园: a place word, the whole stem
		}
		s = ts
	}
	// a finding inside the work (a weak guess over the stem alone, 长安|互通,
	// which a keep filter later gives back) gives way to it (add19); one
	// that runs across the work's edge stands
	if p-s < 2 || overlapsOutside18p(fs, tt.off[s], tt.off[end]) {
		return Finding{}, false
	}
	for i := range fs {
		if f := &fs[i]; f.Start == tt.off[s] && f.End == tt.off[p] && !weak19(f) {
			return Finding{}, false // the stem found as a place on its own (〔X〕口岸): the kind stays readable
		}
	}
	if s > 0 && !afterPlace {
		if overlapsAnyEnd17a(fs, tt.off[s]) {
			afterPlace = true
		}
	}
	stem := tt.sub(s, p)
	if works21bGeneric[stem] {
		return Finding{}, false
	}
	if numeral && !nameLike {
		return Finding{}, false // 三类|湿地: a count, not a name
	}
	for _, r := range tt.runes[s:p] {
		if strings.ContainsRune("东西南北上下左右中主支斗农毛新老大小总", r) && p-s == 2 && works21bGeneric[string(tt.runes[s+1:p])] {
			return Finding{}, false // 北|排涝闸: a side and a function
		}
	}
	if l := getLexicon(); l.common[stem+tt.sub(p, end)] || l.common[stem] && !afterPlace && !strong && !works21bPlaceTagged(tt, s, p) {
		return Finding{}, false // a set phrase, or a common word before a weak kind (a place's name that is one, 长安/ns, stays a name)
	}
	if tt.runes[s] == '沿' {
		return Finding{}, false // 沿黄|提灌站, 沿江|湿地: what the work stands along, not its name
	}
	if !strong && !nameLike && !placeWord {
		// a weak kind after a place found takes a trade or a setting as
		// often as a name (X镇|边境贸易|物流园, X镇|蔬菜冷链|物流园): only a
		// stem that looks like a name names it
		return Finding{}, false
	}
	return found19(tt, LOCATION, s, end, "works21b"), true
}

// works21bKindWord reports whether w is a kind of work of the class (口岸,
// 互通 …): it stands between two works, never inside a stem.
func works21bKindWord(w string) bool {
	for _, k := range works21bKinds {
		if w == k.kind {
			return true
		}
	}
	return false
}

// works21bPlaceTagged reports whether the stem s..p is one word gojieba
// tags as a place, a name or an abbreviation (长安/ns, 成渝/nr).
func works21bPlaceTagged(tt *tokText, s, p int) bool {
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != p {
		return false
	}
	switch t.pos {
	case "ns", "nr", "nrt", "j":
		return true
	}
	return false
}
