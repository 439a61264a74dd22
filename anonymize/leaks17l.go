package anonymize

import (
	"slices"
	"strings"
)

// This file holds round leaks17l: places the recognizers passed by
// because their stem is an ordinary word or unknown to the gazetteer:
// numbered facilities (东升一泵站), places listed before 等乡镇 (…、东升、…
// 等乡镇), named roads in a list or at a junction (棋子山路、太行路;
// …与紫罗山路交叉口), ethnic townships (五马场哈萨克族乡), expressways
// named by two short forms (楚双高速) and villages right after their town
// (汤南镇新楼村), rivers named with their reach (濂江孔田段) and lists whose
// items end like the kind after 等 (东生围、尊三围等客家围屋). A name
// found so is masked wherever it stands in the text.

// leaks17l adds the findings of this round to the findings fs of one text.
func leaks17l(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayHold('站') || tt.mayHold('厂') {
		out = append(out, numberedFacilities17(tt)...)
	}
	if tt.mayHold('等') && tt.mayHold('、') {
		out = append(out, listedBeforeKind17(tt)...)
	}
	if tt.mayHold('路') {
		out = append(out, namedRoads17(tt)...)
	}
	if tt.mayHold('族') {
		out = append(out, ethnicTownships17(tt)...)
	}
	if tt.mayHold2('高', '速') {
		out = append(out, expressways17(tt)...)
	}
	if tt.mayHold('村') {
		out = append(out, villagesAfterTown17(tt, fs)...)
	}
	if tt.mayHold('段') {
		out = append(out, riverReaches17(tt)...)
	}
	if tt.mayHold('等') && tt.mayHold('、') {
		out = append(out, sameKindLists17(tt)...)
	}
	fs = keep17(fs)     // keep17.go: generic local bodies (教育集团) are no names
	fs = keep18(tt, fs) // keep18.go: kinds of body counted after them (公立医院4家)
	if len(out) == 0 {
		return fs
	}
	return addWhole(fs, everywhere17(tt, out))
}

// leftStop17 may stand right before a place's name: punctuation, the
// text's start, a conjunction or a list comma.
var leftStop17 = runeBitsOf("、，。；：！？（）“”《》「」 \n\t与和及同至")

// hanStem17 reports whether runes s..e are all Han and none a function
// character, so that they may be a name's stem.
func hanStem17(tt *tokText, s, e int) bool {
	if s < 0 || e > len(tt.runes) || s >= e {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || functionRuneBits.has(r) || listStopBits.has(r) {
			return false
		}
	}
	return true
}

// leftOpen17 reports whether a name may begin at rune i.
func leftOpen17(tt *tokText, i int) bool {
	return i == 0 || leftStop17.has(tt.runes[i-1])
}

// loc17 makes a place finding of runes s..e.
func loc17(tt *tokText, s, e int, ev string) Finding {
	return Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: 4}
}

// facilityKinds17 are the facilities a report numbers after their place
// (东升一泵站, 城南二水厂).
var facilityKinds17 = []string{"泵站", "水厂", "电站", "扬水站", "提灌站", "排涝站", "变电站", "污水处理厂"}

// facilityDeterminers17 begin no facility's name (新建二泵站: a verb).
var facilityDeterminers17 = runeBitsOf("新建改扩各每全本该此第共")

// numberedFacilities17 finds a two- or three-character stem, a numeral and
// a kind of facility (东升一泵站, 糜滩二泵站): numbered so, the stem names
// the place the facility serves.
func numberedFacilities17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := tt.nextAt(rcNumeral17, 0); i < n; i = tt.nextAt(rcNumeral17, i+1) { // (by position, speed9a.go)
		if !strings.ContainsRune("一二三四五六七八九十", tt.runes[i]) {
			continue
		}
		rest := tt.text[tt.off[i+1]:] // every kind is within the five runes after i
		kind := firstPrefix(rest, facilityKinds17)
		if kind == "" {
			continue
		}
		end := i + 1 + runeLen(kind)
		for _, ln := range []int{2, 3} {
			s := i - ln
			if s >= 0 && (leftOpen17(tt, s) || tt.tokStart(s) && tt.tokStart(i) && (isMaskRune(tt.runes[s-1]) || tt.toks[tt.tokOf[s-1]].pos == "t")) && hanStem17(tt, s, i) && !facilityDeterminers17.has(tt.runes[s]) && !strings.ContainsRune(tt.sub(s, i), '第') {
				out = append(out, loc17(tt, s, end, "numbered-facility17"))
				break
			}
		}
	}
	return out
}

// placeKinds17 follow 等 after a list of places (刘川、东升等乡镇).
var placeKinds17 = []string{"乡镇", "镇", "乡", "村", "县", "区", "街道", "社区", "县区", "县市", "地"}

// leadVerbs17 stand glued before the first item of a list of places
// (深入刘川、…; 到前进、…).
var leadVerbs17 = []string{"深入", "走访", "前往", "覆盖", "包括", "涉及", "到", "赴", "去", "入"}

// listedBeforeKind17 finds the items of a list that 等 and a kind of place
// close (刘川、北滩、东升、五合等乡镇): each is a place's short form, even an
// ordinary word (东升).
func listedBeforeKind17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := tt.nextAt(rcCount, 0); i < n; i = tt.nextAt(rcCount, i+1) { // (等 is of the class, speed7b.go)
		if tt.runes[i] != '等' {
			continue
		}
		rest, ok := tt.text[tt.off[i+1]:], false
		for _, k := range placeKinds17 {
			if strings.HasPrefix(rest, k) {
				// 等地 only as a whole word (等地区 is 等 and 地区)
				ok = k != "地" || i+2 >= n || !isHan(tt.runes[i+2])
				if k == "地" || k == "区" {
					ok = ok && i+2 < n && !isHan(tt.runes[i+2])
				}
				break
			}
		}
		if !ok {
			continue
		}
		var items [][2]int
		e := i
		for {
			s := e
			for s > 0 && e-s < 5 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) {
				s--
			}
			for k := s + 1; k <= e-2; k++ { // (先后)到|前进、…: the verb before the first item
				if leadAt17(tt, k) {
					s = k
					break
				}
			}
			if e-s < 2 || e-s > 4 || !hanStem17(tt, s, e) {
				break
			}
			items = append(items, [2]int{s, e})
			if s == 0 || tt.runes[s-1] != '、' {
				break
			}
			e = s - 1
		}
		if len(items) < 3 {
			continue // a list of three or more: no verb phrase (深入刘川) reads so
		}
		// the first item may carry a verb glued before it (深入刘川): keep
		// it only when it stands alone
		last := items[len(items)-1]
		if !leftOpen17(tt, last[0]) && !functionRuneBits.has(tt.runes[last[0]-1]) && !leadAt17(tt, last[0]) {
			items = items[:len(items)-1]
		}
		for _, it := range items {
			out = append(out, loc17(tt, it[0], it[1], "list-before-kind17"))
		}
	}
	return out
}

// roadNotNames17 end ordinary words in 路, no street's name (山路 is
// not here: 棋子山路, a street named after a hill, is common)
var roadNotNames17 = wordSet(`道路 公路 铁路 马路 思路 出路 线路 水路 电路 销路 网路 环路 新路 老路 小路 大路 土路 油路 村路 乡路 支路 干路 来路 去路 后路 退路 门路 套路 弯路 歧路 岔路 活路 正路 进路 迷路 领路 带路 让路 问路 走路 修路 筑路 开路 拦路 沿路 一路 半路 中路 陆路 丝路 心路 引路 上路 下路 国路`)

// roadAfter17 follow a road's name at a junction or in its works
// (…路交叉口, …路口, …路雨污分流).
var roadAfter17 = []string{"交叉口", "路口", "口", "沿线", "雨污", "改造", "拓宽", "提升", "两侧", "西延", "东延", "南延", "北延", "延伸", "段"}

// roadCandidate17 reports the start of a road name ending with the 路 at
// rune p (路 included), or -1: a stem of two to four characters standing
// after a stop, no ordinary word.
func roadCandidate17(tt *tokText, p int) int {
	for _, ln := range []int{2, 3, 4} {
		s := p - ln
		if s < 0 || !leftOpen17(tt, s) || !hanStem17(tt, s, p) {
			continue
		}
		w := tt.sub(s, p+1)
		if roadNotNames17[tt.sub(p-1, p+1)] || getLexicon().common[w] {
			return -1
		}
		if strings.ContainsAny(tt.sub(s, p), "条个座处") || classStems[tt.sub(s, p)] || classStems[tt.sub(p-2, p)] {
			return -1
		}
		return s
	}
	return -1
}

// namedRoads17 finds named roads that another named road or a junction
// word makes sure (棋子山路、太行路; 杜康大道与紫罗山路交叉口).
func namedRoads17(tt *tokText) []Finding {
	type road struct{ s, e int }
	var roads []road
	n := len(tt.runes)
	for p := 2; p < n; p++ {
		if tt.runes[p] != '路' || p+1 < n && tt.runes[p+1] == '路' {
			continue
		}
		if s := roadCandidate17(tt, p); s >= 0 {
			roads = append(roads, road{s, p + 1})
		}
	}
	var out []Finding
	isRoadEnd := func(e int) bool { // a road or avenue ends at rune e
		if e >= 2 && (tt.sub(e-2, e) == "大道" || tt.sub(e-2, e) == "大街") {
			return true
		}
		for _, r := range roads {
			if r.e == e {
				return true
			}
		}
		return false
	}
	for _, r := range roads {
		sure := false
		if r.e < n && strings.ContainsRune("、与和及", tt.runes[r.e]) {
			for _, q := range roads {
				if q.s == r.e+1 {
					sure = true
				}
			}
		}
		if r.s > 0 && strings.ContainsRune("、与和及", tt.runes[r.s-1]) && isRoadEnd(r.s-1) {
			sure = true
		}
		rest := tt.text[tt.off[r.e]:]
		if hasAnyPrefix13(rest, roadAfter17[:3]) {
			sure = true
		}
		if sure {
			out = append(out, loc17(tt, r.s, r.e, "named-road17"))
		}
	}
	return out
}

// leadAt17 reports whether one of leadVerbs17 ends right before rune i.
func leadAt17(tt *tokText, i int) bool {
	return hasAnySuffix14(tt.text[:tt.off[i]], leadVerbs17)
}

// ethnicGroups17 name the peoples of China's ethnic townships (…哈萨克族乡).
var ethnicGroups17 = []string{"回", "蒙古", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"}

// ethnicTownships17 finds an ethnic township: a stem of two to four
// characters, a people and 族乡 (五马场哈萨克族乡, 某某回族乡).
func ethnicTownships17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := 0; i+1 < n; i++ {
		if tt.runes[i] != '族' || tt.runes[i+1] != '乡' && tt.runes[i+1] != '镇' {
			continue
		}
		for _, g := range ethnicGroups17 {
			gl := runeLen(g)
			if i-gl < 0 || tt.sub(i-gl, i) != g {
				continue
			}
			for _, ln := range []int{2, 3, 4} {
				s := i - gl - ln
				if s >= 0 && leftOpen17(tt, s) && hanStem17(tt, s, i-gl) {
					out = append(out, loc17(tt, s, i+2, "ethnic-township17"))
					break
				}
			}
		}
	}
	return out
}

// expressways17 finds an expressway named by two short forms (楚双高速,
// 楚双高速公路) that stands alone after a stop or a verb's token: both
// characters of the stem begin no ordinary word together.
func expressways17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	l := getLexicon()
	for i := 2; i+1 < n; i++ {
		if tt.runes[i] != '高' || tt.runes[i+1] != '速' {
			continue
		}
		s := i - 2
		if !hanStem17(tt, s, i) || l.common[tt.sub(s, i)] || !(leftOpen17(tt, s) || tt.tokStart(s) && s > 0 && !isHan(tt.runes[s-1])) {
			continue
		}
		if !tt.tokStart(s) || tt.tokOf[s] == tt.tokOf[i] {
			continue // 全线高速: the stem glued into one word with 高速
		}
		// the stem alone: 高速(公路) is an ordinary word that stays readable
		out = append(out, loc17(tt, s, i, "expressway17"))
	}
	return out
}

// villageDet17 begin no village's name after a town (各村, 全村).
var villageDet17 = runeBitsOf("各每全本该此某一两三四五六七八九十等和与及新建")

// villagesAfterTown17 finds a two-character village name with 村 right
// after a town or township found (汤南镇新楼村): an ordinary word stem
// (新楼) the gazetteer recognizers refused.
func villagesAfterTown17(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for _, f := range fs {
		if f.Type != LOCATION || !(strings.HasSuffix(f.Text, "镇") || strings.HasSuffix(f.Text, "乡")) {
			continue
		}
		e := tt.runeAt(f.End)
		if e < 0 || e+3 > n || tt.runes[e+2] != '村' || !hanStem17(tt, e, e+2) || villageDet17.has(tt.runes[e]) && tt.runes[e] != '新' {
			continue
		}
		// a kind of village (移民村, 相邻村) or a verb phrase (召开村长会议)
		if stem := tt.sub(e, e+2); classStems[stem] || villageKinds16[stem] || !noVerbOrFunction(tt, e, e+2) {
			continue
		}
		if e+3 < n && strings.ContainsRune("民委级庄落内里长", tt.runes[e+3]) && tt.runes[e+3] != '委' {
			continue // 镇上|几村民: no name
		}
		out = append(out, loc17(tt, e, e+3, "village-after-town17"))
	}
	return out
}

// everywhere17 adds, for each finding of out of three or more characters,
// its other occurrences anywhere in the text (新楼村队 again later); leaks17l,
// leaks19 and leaks20 share it.
func everywhere17(tt *tokText, out []Finding) []Finding {
	seen := map[string]bool{}
	all := out
	for _, f := range out {
		if seen[f.Text] || runeLen(f.Text) < 3 {
			continue
		}
		seen[f.Text] = true
		for b := 0; ; {
			k := strings.Index(tt.text[b:], f.Text)
			if k < 0 {
				break
			}
			s := b + k
			b = s + len(f.Text)
			if s != f.Start {
				all = append(all, againAt(f, s))
			}
		}
	}
	return all
}

// againAt is f found once more at byte s of the text (its evidence ends in
// ",again"); everywhere17 and everywhere28 add such repeats.
func againAt(f Finding, s int) Finding {
	f.Start, f.End = s, s+len(f.Text)
	f.Evidence += ",again"
	return f
}

// riverKinds17 end the names of rivers and streams.
var riverKinds17 = runeBitsOf("江河溪")

// riverReaches17 finds a river named with the reach that a report works
// on (濂江孔田段, 清水河石门段): a river's name of two or three characters
// at a stop, then a place of two or three characters and 段.
func riverReaches17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := 1; i < n; i++ {
		if !riverKinds17.has(tt.runes[i]) {
			continue
		}
		for _, ln := range []int{1, 2} {
			s := i - ln
			if s < 0 || !leftOpen17(tt, s) || !hanStem17(tt, s, i) || classStems[tt.sub(s, i)] {
				continue
			}
			for _, pl := range []int{2, 3} {
				e := i + 1 + pl
				if e < n && tt.runes[e] == '段' && hanStem17(tt, i+1, e) && !classStems[tt.sub(i+1, e)] && !strings.ContainsAny(tt.sub(i+1, e), "上中下游全") {
					out = append(out, loc17(tt, s, i+1, "river-reach17"), loc17(tt, i+1, e, "river-reach17"))
					break
				}
			}
			break
		}
	}
	return out
}

// sameKindLists17 finds the items of a list that all end in the same
// character which the kind after 等 holds too (东生围、尊三围等客家围屋;
// 石门寨、龙头寨等古寨): each item is one named place of that kind.
func sameKindLists17(tt *tokText) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := tt.nextAt(rcCount, 3); i < n; i = tt.nextAt(rcCount, i+1) { // (等 is of the class, speed7b.go; speed10)
		if tt.runes[i] != '等' {
			continue
		}
		c := tt.runes[i-1]
		if !isHan(c) || functionRuneBits.has(c) || !slices.Contains(tt.runes[i+1:min(n, i+6)], c) {
			continue
		}
		var items [][2]int
		e := i
		for {
			s := e - 1
			for s > 0 && e-s < 4 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) {
				s--
			}
			if e-s < 3 || tt.runes[e-1] != c || !hanStem17(tt, s, e) {
				break
			}
			if !leftOpen17(tt, s) && (s == 0 || tt.runes[s-1] != '、') && e-s > 3 {
				s = e - 3 // 依托|龙头寨: the verb glued before the first item
			}
			if stem := tt.sub(s, e-1); classStems[stem] || villageKinds16[stem] {
				items = nil // a kind of place (特色村) in the list: no names
				break
			}
			items = append(items, [2]int{s, e})
			if s == 0 || tt.runes[s-1] != '、' {
				break
			}
			e = s - 1
		}
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			out = append(out, loc17(tt, it[0], it[1], "same-kind-list17"))
		}
	}
	return out
}
