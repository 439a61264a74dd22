package anonymize

import "strings"

// This file holds round leak18c: landmarks and sites of the eighteenth
// session's development sets that stayed readable, each class recognised
// by its kind word and the frame around it rather than by the name.
// leak18c runs right after roleNames16 (anonymize.go):
//
//   - an old official's mansion named by the title of its builder and 第
//     or 府 (进士第, 尚书第, 中宪大夫第, 都督府): the title word before the
//     kind makes the building one house of a village, a heritage site
//     named as such (titleMansions18c);
//   - a monitoring, hydrological or protection station named by its stem
//     (甲乙水文站, 甲乙水质自动监测站, …森林公园甲乙保护站): stations are named
//     after the place they stand at, the generic ones by an ordinary word
//     or a level (县水文站, 空气自动监测站) (namedStations18c);
//   - a mesa of the Yimeng hills by one or two characters and 崮 (甲崮,
//     乙丙崮), a landform whose kind character names nothing else
//     (mesas18c);
//   - an ancestral or residential hall of two characters and 堂 as an item
//     of a list in a sentence about heritage buildings (甲乙堂、丙丁堂、官厅等
//     古建筑保存完好) (heritageHalls18c);
//   - an ancient road named by a stem of two characters that is no
//     ordinary word (甲乙古道: two prefectures' abbreviations, a family's
//     name); the generic ones (红军古道, 茶马古道) stay readable
//     (ancientRoads18c);
//   - a natural feature or site of the features15/sites17 gazetteer that
//     gojieba glued to the word around it, so features15 saw no whole
//     word: a preposition before it (沿甲乙|水 read as 沿甲乙水), its last
//     character read into the word after it (甲乙|江水|位, 甲乙河|川道):
//     a name of three or more characters stands whatever word it runs
//     into; one of two only before a word of its own or a function
//     character (gluedFeatures18c). A weak guess gojieba made of the
//     glued characters (水河川, 江水) gives way (place18w).
//
// A name found so is masked wherever it stands in the text.

// leak18c adds the findings of this round to fs.
func leak18c(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayHold('第') || tt.mayHold('府') {
		out = append(out, titleMansions18c(tt, fs)...)
	}
	if tt.mayHold('站') {
		out = append(out, namedStations18c(tt, fs)...)
	}
	if tt.mayHold('崮') {
		out = append(out, mesas18c(tt, fs)...)
	}
	if tt.mayHold('堂') {
		out = append(out, heritageHalls18c(tt, fs)...)
	}
	if tt.mayHold2('古', '道') {
		out = append(out, ancientRoads18c(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if glued := gluedFeatures18c(tt, fs); len(glued) > 0 {
		for _, f := range glued {
			fs = addFeature15(fs, f)
		}
	}
	return fs
}

// glueBefore18c are the one-character prepositions and verbs gojieba
// glues to a feature's first character (沿甲乙水, 经甲乙河).
var glueBefore18c = runeBitsOf("沿在经至从到向对以与和及临傍")

// glueAfter18c are function characters gojieba glues to a feature's last
// character (甲乙河至, 甲乙湖的).
var glueAfter18c = runeBitsOf("至到和与及的等畔边岸")

// gluedFeatures18c: see the file comment, sixth class.
func gluedFeatures18c(tt *tokText, fs []Finding) []Finding {
	g := featureGazetteer15()
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 0; s+1 < n; s++ {
		if !g.first.has(rs[s]) {
			continue
		}
		e := featureEnd22(tt, g, s)
		if e == 0 || wholeFeature15(tt, s, e) {
			continue
		}
		if s > 0 && isHan(rs[s-1]) && tt.toks[tt.tokOf[s]].start != s {
			t := tt.toks[tt.tokOf[s]]
			if !(t.start == s-1 && glueBefore18c.has(rs[s-1])) {
				continue
			}
		}
		if e < n && isHan(rs[e]) && tt.toks[tt.tokOf[e-1]].end != e && e-s < 3 {
			if !(glueAfter18c.has(rs[e]) || e+2 <= n && l.common[tt.sub(e, e+2)]) {
				continue
			}
		}
		// place18w: a weak guess over the glued characters (水河川 of
		// 甲水|河川|道, 江水 of 甲|江水|位, jieba:ns-doubtful) gives way, as
		// addFeature15 lets it; any other reading there stands
		if hasAnyPrefix13(tt.text[tt.off[e]:], policyTails15) || inTitle15(tt, s) || overlapsStrong18w(fs, tt.off[s], tt.off[e]) {
			continue
		}
		w := tt.sub(s, e)
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "feature-gazetteer-glued18c:" + g.kind[w], Score: 4})
		s = e - 1
	}
	return out
}

// officialTitles18c are titles of imperial officials and degree holders
// whose holders' houses are named by the title and 第 or 府 (class: old
// official's mansions).
var officialTitles18c = []string{"进士", "举人", "大夫", "尚书", "内史", "侍郎", "翰林", "状元", "榜眼", "探花", "太史", "御史", "司马", "都督", "提督", "总兵", "参将", "副将", "守备", "都司", "游击", "都阃", "千总", "知府", "知州", "知县", "郎中", "员外", "中书", "学士", "宰相", "相国", "太守", "刺史", "太傅", "太师", "太保", "宫保", "少保", "驸马", "提学", "学政", "布政", "按察", "协台", "镇台"}

// dafuRanks18c are the rank names a 大夫 title of the Ming and Qing
// carries (通议大夫, 中宪大夫): the rank is part of the mansion's name.
var dafuRanks18c = wordSet(`光禄 荣禄 资政 通奉 通议 中议 中宪 朝议 奉政 奉直 朝列 承德 儒林 文林 中顺 亚中 嘉议 正议 通政 奉议 承直 宣德 朝请 朝散 中散 武功 武德 武翼 昭武 宣武 明威 怀远 定远 安远 昭勇 武略 振威`)

// ordinalNext18c after 第 make it an ordinal's mark, no house's kind
// (进士第一名, 尚书第三条).
var ordinalNext18c = runeBitsOf("一二三四五六七八九十百千零〇两几0123456789０１２３４５６７８９次名批届期轮")

// titleMansions18c: see the file comment, first class.
func titleMansions18c(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for k := 2; k < n; k++ {
		if rs[k] != '第' && rs[k] != '府' {
			continue
		}
		if k+1 < n && (ordinalNext18c.has(rs[k+1]) || rs[k] == '府' && rs[k+1] == '第') {
			continue
		}
		s := -1
		for _, t := range officialTitles18c {
			if b := k - runeLen(t); b >= 0 && tt.sub(b, k) == t {
				s = b
				break
			}
		}
		if s < 0 {
			continue
		}
		if s >= 2 && tt.sub(s, k) == "大夫" && dafuRanks18c[tt.sub(s-2, s)] {
			s -= 2
		}
		if s > 0 && rs[k] == '府' && isHan(rs[s-1]) && !stop19.has(rs[s-1]) {
			// 府 after a title only as a whole name (提督府), not the
			// end of a longer word (…县知府 as an office)
			if t := tt.tokenAt(s); t == nil || t.start != s {
				continue
			}
		}
		if coveredBy13(fs, tt.off[s], tt.off[k+1]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, k+1, "title-mansion18c"))
	}
	return out
}

// stationKinds18c name stations a county keeps at a named place, longest
// first (class: named monitoring, hydrological and protection stations).
var stationKinds18c = []string{"水质自动监测站", "水质监测站", "自动监测站", "水文站", "水位站", "保护站", "管护站"}

// stationStemNot18c are stems of a generic station: its level, owner,
// field or object (县级水文站, 生态环境监测站, 野生动物保护站).
var stationStemNot18c = wordSet(`生态 环境 水质 空气 大气 自动 国控 省控 市控 县控 县级 省级 市级 国家 国家级 乡镇 基层 野生 动物 林业 森林 草原 湿地 自然 水土 气象 地震 中心 流动 移动 临时 固定 专用 基本 区域 河道 河流 湖泊 水库 水源 水源地 饮用水 地下水 地表水 文物 植物 鸟类 候鸟 救护 资源 管理 保护 监测 新建 全县 全市 全镇 全乡 重点 边境 水生 渔业 珍稀 江豚 熊猫 大熊猫 雪豹 朱鹮 社区 流域 水利 城市 农村 河段 江段 林区 牧区 村级 乡级 界河 跨界 出境 入境 断面 站点 各类 各个 这个 一个 两个 多个`)

// namedStations18c: see the file comment, second class.
func namedStations18c(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	var out []Finding
	for _, kind := range stationKinds18c {
		for _, k := range occurrences19(tt, kind) {
			if k < 2 {
				continue
			}
			if p := tt.text[:tt.off[k]]; strings.HasSuffix(p, "水质") || strings.HasSuffix(p, "自动") {
				continue // a longer kind's tail (…水质|自动监测站)
			}
			z := k + runeLen(kind)
			for ln := 2; ln <= 3 && k-ln >= 0; ln++ {
				b := k - ln
				glued := gluedPrep18c(tt, b)
				if !(b == 0 || glued || stop19.has(rs[b-1]) || rs[b-1] == '的' || placeEnds19(tt, fs, b) || verbBefore19(tt, b) || verbTokBefore30(tt, b) || prepBefore18c(tt, b) || parkBefore18c(tt, b)) {
					continue
				}
				stem := tt.sub(b, k)
				if !plainStem19(tt, b, k) || functionRunes[rs[b]] || stationStemNot18c[stem] || endsIn19(tt, stationStemNot18c, b, k) || strings.ContainsRune("区园站所场局队县市省乡镇村级", rs[k-1]) {
					break
				}
				if l.common[stem] && l.places[stem] == 0 {
					// an ordinary word names a station only as a noun
					// gojieba reads whole (石门/n), no verb (设立|保护站)
					if t := tt.tokenAt(b); t == nil || t.start != b || t.end != k || !(t.pos == "n" || t.pos == "ns" || t.pos == "nz") {
						break
					}
				}
				if t := tt.tokenAt(b); t != nil && t.start < b && !glued {
					break // the stem begins inside a word
				}
				if coveredBy13(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
					break
				}
				out = append(out, found19(tt, LOCATION, b, z, "named-station18c"))
				break
			}
		}
	}
	return out
}

// gluedPrep18c reports whether rune s follows a one-character
// preposition that gojieba glued to the unknown stem after it (以清浪/x):
// the preposition starts the word and stands right before s.
func gluedPrep18c(tt *tokText, s int) bool {
	if s == 0 || !strings.ContainsRune("以在对与和及至从向经", tt.runes[s-1]) {
		return false
	}
	t := tt.tokenAt(s - 1)
	return t != nil && t.start == s-1 && t.pos == "x" && t.end > s
}

// prepBefore18c reports whether a preposition or conjunction token ends
// right before rune s (以|甲乙监测站, 对|甲乙保护站).
func prepBefore18c(tt *tokText, s int) bool {
	if s == 0 || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && t.end == s && (t.pos == "p" || t.pos == "c")
}

// parkKinds18c end the name of a park or reserve a station stands in
// (…国家森林公园|甲乙保护站).
var parkKinds18c = []string{"公园", "保护区", "林场", "景区", "湿地"}

// parkBefore18c reports whether a park's or reserve's kind ends right
// before rune s.
func parkBefore18c(tt *tokText, s int) bool {
	p := tt.text[:tt.off[s]]
	for _, k := range parkKinds18c {
		if strings.HasSuffix(p, k) {
			return true
		}
	}
	return false
}

// mesas18c: see the file comment, third class.
func mesas18c(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for _, k := range occurrences19(tt, "崮") {
		if k < 1 {
			continue
		}
		z := k + 1
		if z < n && isHan(rs[z]) && !stop19.has(rs[z]) {
			if t := tt.tokenAt(z); t == nil || t.start != z || rs[z] == '乡' {
				continue // 崮 begins a word (崮乡, 崮顶)
			}
		}
		for ln := 1; ln <= 2 && k-ln >= 0; ln++ {
			b := k - ln
			if !(b == 0 || stop19.has(rs[b-1]) || rs[b-1] == '的' || rs[b-1] == '“' || placeEnds19(tt, fs, b) || verbBefore19(tt, b) || verbTokBefore30(tt, b)) {
				continue
			}
			ok := true
			for _, r := range rs[b:k] {
				if !isHan(r) || isMaskRune(r) || functionRunes[r] || numeralRune(r) || stemStop19.has(r) {
					ok = false
				}
			}
			if ok && !coveredBy13(fs, tt.off[b], tt.off[z]) && !overlapsEdge18(fs, tt.off[b], tt.off[z]) {
				out = append(out, found19(tt, LOCATION, b, z, "mesa18c"))
			}
			break
		}
	}
	return out
}

// hallNot18c are words of 堂 that name a kind of hall, no hall's name
// (食堂, 讲堂, 祠堂): a list item ending in one is no name.
var hallNot18c = wordSet(`食堂 课堂 讲堂 礼堂 学堂 会堂 天堂 祠堂 佛堂 经堂 教堂 殿堂 厅堂 庙堂 明堂 满堂 医堂 药堂 草堂 书堂 茶堂 饭堂 澡堂 弄堂 灵堂 中堂 大堂 正堂 后堂 前堂 厨堂 膳堂`)

// heritageCues18c in a sentence make its list one of heritage buildings.
var heritageCues18c = []string{"古民居", "古建筑", "祠堂", "家庙", "官厅", "书院", "文物保护", "文化遗产", "保存完好", "修缮", "古村落", "古宅", "老宅", "明清"}

// heritageHalls18c: see the file comment, fourth class.
func heritageHalls18c(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for _, k := range occurrences19(tt, "堂") {
		b, z := k-2, k+1
		if b < 1 {
			continue
		}
		before, after := rs[b-1], rune(0)
		if z < n {
			after = rs[z]
		}
		// an item of a list: a list comma on one side, a comma, 等 or a
		// list comma on the other
		if !(before == '、' && (after == '、' || after == '，' || after == '等' || after == '。') || after == '、' && (before == '、' || before == '，' || before == '：')) {
			continue
		}
		if hallNot18c[tt.sub(b+1, z)] || !plainStem19(tt, b, k) || functionRunes[rs[b]] || l.common[tt.sub(b, k)] || l.common[tt.sub(b, z)] {
			continue
		}
		if !heritageSentence18c(tt, b) || coveredBy13(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, b, z, "heritage-hall18c"))
	}
	return out
}

// heritageSentence18c reports whether the sentence around rune s names a
// heritage cue of heritageCues18c.
func heritageSentence18c(tt *tokText, s int) bool {
	rs := tt.runes
	a, e := s, s
	for a > 0 && !strings.ContainsRune("。！？；\n", rs[a-1]) {
		a--
	}
	for e < len(rs) && !strings.ContainsRune("。！？；\n", rs[e]) {
		e++
	}
	sent := tt.sub(a, e)
	for _, c := range heritageCues18c {
		if strings.Contains(sent, c) {
			return true
		}
	}
	return false
}

// roadStemNot18c are stems of a generic ancient road: who walked it, what
// was carried, its age or its ground (红军古道, 茶马古道, 千年古道, 石板古道).
var roadStemNot18c = wordSet(`红军 茶马 盐马 马帮 商旅 丝路 唐蕃 高山 山水 山间 林间 千年 百年 明清 唐宋 历史 传统 乡村 石板 青石 卵石 驿站 驿道 官道 商道 盐道 徒步 森林 峡谷 沿线 一条 两条 多条 这条 该条 修复 恢复 保护 红色 绿色 生态 文化`)

// ancientRoads18c: see the file comment, fifth class.
func ancientRoads18c(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	var out []Finding
	for _, k := range occurrences19(tt, "古道") {
		b := k - 2
		if b < 0 {
			continue
		}
		if !(b == 0 || stop19.has(rs[b-1]) || rs[b-1] == '的' || placeEnds19(tt, fs, b) || verbBefore19(tt, b) || verbTokBefore30(tt, b)) {
			continue
		}
		stem := tt.sub(b, k)
		if !plainStem19(tt, b, k) || functionRunes[rs[b]] && rs[b] != '两' || roadStemNot18c[stem] || l.common[stem] || strings.ContainsRune("条座个处段批片", rs[b+1]) {
			continue
		}
		if t := tt.tokenAt(b); t != nil && t.start < b {
			continue
		}
		if coveredBy13(fs, tt.off[b], tt.off[k]) || overlapsEdge18(fs, tt.off[b], tt.off[k]) {
			continue
		}
		// the stem alone: 古道 stays readable as the kind
		out = append(out, found19(tt, LOCATION, b, k, "ancient-road18c"))
	}
	return out
}

// overlapsStrong18w reports whether a finding of fs other than a weak
// guess (weak19) overlaps bytes [s, e) (place18w).
func overlapsStrong18w(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e && !weak19(f) {
			return true
		}
	}
	return false
}
