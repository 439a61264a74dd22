package anonymize

// This file holds round place21a's road sections: a section of a road
// named by its two ends (国道108线僧楼至清涧段, 沿江公路公道至方巷段) whose
// one end the rules mask (a county, a town of the lexicon) and whose other
// end is a town's or village's short form that is an ordinary word (公道,
// 高坡, 和平, 古城) and so stayed readable.
//
// Class (section ends): in X至Y段, where one end is a place found and the
// other a stem of two or three Han characters that is no generic point of
// a route (县城, 城区, 机场, 起点, 终点, 收费站 …, sectionGenericEnds21a),
// the other end names a place too: a section runs between two places of
// one kind.

// sectionGenericEnds21a are the generic points a section of a road runs
// from or to (县城至〔X镇〕段, 〔X镇〕至机场段): no names.
var sectionGenericEnds21a = wordSet(`县城 城区 市区 主城 主城区 老城 老城区 新城 新区 园区 开发区 景区 城关 镇区 集镇 村部 村委 中心 市中心
	机场 车站 火车站 高铁站 客运站 汽车站 港口 码头 港区 渡口 口岸 枢纽 服务区 收费站 互通 立交 路口 隧道 大桥 桥头 桥梁 出口 入口
	起点 终点 起始 界 交界 边界 省界 市界 县界 镇界 乡界 分界 边境 国道 省道 县道 高速 公路 主线 支线 城区段 一期 二期 三期 上游 下游 河口 水库 坝址 坝区 学校 医院 工业园 产业园 物流园`)

// sectionEnds21a adds the readable end of a section whose other end is a
// place found.
func sectionEnds21a(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 || !tt.mayContain("至") || !tt.mayContain("段") {
		return fs
	}
	n := len(tt.runes)
	var out []Finding
	for m := 2; m < n-3; m++ {
		if tt.runes[m] != '至' {
			continue
		}
		// Y: the end after 至, up to 段
		if s, e, ok := sectionRightEnd21a(tt, m); ok && sectionPlaceEnds21a(tt, fs, m) {
			if sectionStemOK21a(tt, s, e) && !kindCovered16(fs, tt.off[s], tt.off[e+1]) {
				out = append(out, found19(tt, LOCATION, s, e, "section-end21a"))
			}
			continue
		}
		// X: the end before 至, when a place found runs from 至 to 段
		if !sectionPlaceTo21a(tt, fs, m) {
			continue
		}
		for ln := 3; ln >= 2; ln-- {
			s := m - ln
			if s < 0 || !(tt.tokStart(s) || sectionLeftBound21a(tt, s)) || !sectionStemOK21a(tt, s, m) {
				continue
			}
			if ln == 3 && !sectionLeftBound21a(tt, s) {
				continue // 线|高坡: the route's word, no part of the end
			}
			if kindCovered16(fs, tt.off[s], tt.off[m]) {
				break
			}
			out = append(out, found19(tt, LOCATION, s, m, "section-end21a"))
			break
		}
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, out)
}

// sectionRightEnd21a returns the stem s..e between 至 at m and 段 at e
// (two or three characters), when there is one.
func sectionRightEnd21a(tt *tokText, m int) (int, int, bool) {
	for ln := 2; ln <= 3; ln++ {
		e := m + 1 + ln
		if e < len(tt.runes) && tt.runes[e] == '段' {
			return m + 1, e, true
		}
	}
	return 0, 0, false
}

// sectionAnchor21a reports whether f is a place the rules found for sure:
// no weak guess (weak19) nor generic reading, which a later round may drop
// (东门至西门段 stays readable when neither end is a name).
func sectionAnchor21a(f *Finding) bool {
	return f.Type == LOCATION && !f.generic && !weak19(f)
}

// sectionPlaceEnds21a reports whether a sure place ends right before 至 at
// m (〔X〕至高坡段).
func sectionPlaceEnds21a(tt *tokText, fs []Finding, m int) bool {
	b := tt.off[m]
	for i := range fs {
		if f := &fs[i]; f.End == b && f.Start < b && sectionAnchor21a(f) {
			return true
		}
	}
	return false
}

// sectionPlaceTo21a reports whether a sure place starts right after 至 at
// m, or with it (a place read as 至方巷), and ends right before 段
// (…至〔清涧〕段).
func sectionPlaceTo21a(tt *tokText, fs []Finding, m int) bool {
	for i := range fs {
		f := &fs[i]
		if f.Start != tt.off[m+1] && f.Start != tt.off[m] || !sectionAnchor21a(f) {
			continue
		}
		e := tt.runeAt(f.End)
		return e > m+2 && e < len(tt.runes) && tt.runes[e] == '段'
	}
	return false
}

// sectionStemOK21a reports whether runes s..e may be an end's name: Han
// characters without a stop or mask, no numeral at the start, no generic
// point of a route, and no route word inside (线, 路, 道: 国道|108线).
func sectionStemOK21a(tt *tokText, s, e int) bool {
	if !kindStemOK16(tt, s, e) {
		return false
	}
	stem := tt.sub(s, e)
	if sectionGenericEnds21a[stem] || kindGradeStems16[stem] || genericVillagePrefix[stem] {
		return false
	}
	for i := s; i < e; i++ {
		switch tt.runes[i] {
		case '线', '路', '道', '段', '期', '号', '至':
			return false
		}
	}
	return true
}

// sectionLeftBound21a reports whether a three-character end may begin at
// rune s: at the text's start or after a character that is no Han
// letter of a word (a digit, a mark) or after a route's word (线, 路, 道).
func sectionLeftBound21a(tt *tokText, s int) bool {
	if s == 0 {
		return true
	}
	p := tt.runes[s-1]
	return !isHan(p) || p == '线' || p == '路' || p == '道' || p == '的' || p == '、'
}
