package anonymize

import (
	"slices"
	"strings"
)

// This file holds round sites13: named sites — a stem and a kind word
// (红旗小区, 八一水库, 王家古井, 七星广场) — that stayed readable wherever no
// place, list or junction stood beside them (the site sweep,
// sitesweep13_test.go). Six classes of stem name a site whatever its
// context, when a kind word of a site follows right after
// (siteStemClass13):
//
//   - a name word: the revolutionary and auspicious words that county
//     towns give to their streets, estates, reservoirs and schools (红旗,
//     东风, 胜利, 向阳, 凤凰, 卧龙 …), not the slogan words that also make
//     kinds (幸福, 和谐, 美丽, 文明 stay: 幸福家园, 和谐小区) (siteNameWords13);
//   - a commemorative date (八一, 五一, 三八) (siteDates13);
//   - a numeral and a landform or shape character (十里, 四方, 九龙, 六合),
//     not a count (三座桥, 两个小区 have a measure word) nor a rating (三星,
//     五星) (siteNumeralFirst13, siteNumeralShape13);
//   - a surname and a settlement character (王家, 李庄, 陈湾): the hamlet
//     the site is named after (siteSurnames13, siteSettlement13);
//   - a direction and a landform character (东湖, 南山, 西岗)
//     (siteDirectionLand13);
//   - a village stem of the gazetteer that is no frequent word (米太小区):
//     the village's name alone is masked, the kind stays
//     (gazetteerSiteStem13).
//
// The stem must start a word of gojieba's after a stop, a preposition,
// 的/了, a verb, a time word or a pronoun (siteStart13); the kind must not
// begin a longer ordinary word (路线, 河道, 市场化). sites13 runs right
// after leaks30 and before keep31 (anonymize.go); townItem13 is one of the
// policy filters there.

// siteKinds13Words end a site's name for sites13; schools, clinics and
// homes among them are bodies (siteBodyKinds13).
var siteKinds13Words = strings.Fields(`小区 家园 花园 苑 新村 公寓 安置区 路 大道 大街 街 大桥 桥 隧道 立交 客运站 火车站 汽车站 高速出口 收费站 服务区 码头 渡口
	水库 渠 干渠 灌区 河 溪 湖 泡 堰 塘 闸 泵站 水厂 污水处理厂 水电站 电站
	湿地公园 森林公园 自然保护区 林场 苗圃 矿区 尾矿库 监测站 农场 牧场
	广场 公园 体育馆 体育场 文化中心 卫生院 医院 中学 小学 幼儿园 敬老院
	寺 塔 楼 堂 亭 阁 祠 古井 土楼 古城墙 景区 峡谷 瀑布 洞
	商圈 市场 批发市场 产业园 工业园 种业园 物流园 旗舰店 商场 大厦 宾馆`)

// siteBodyKinds13 make a site of sites13 a body (ORG) rather than a place:
// schools, clinics and homes (前进卫生院).
var siteBodyKinds13 = wordSet(`卫生院 医院 中学 小学 幼儿园 敬老院`)

// siteNameWords13 are the ordinary words that name streets, estates,
// waters and schools as names, not as kinds.
var siteNameWords13 = wordSet(`红旗 东风 胜利 解放 友谊 和平 团结 光明 前进 向阳 朝阳 红星 新华 民主 长征 跃进 东方 曙光 红光 建国 新民 工农 红岩 丰收 金桥 长青 凤凰 卧龙 金沙 清泉 青年 白云 彩虹 星光 明珠 吉祥 如意 太平 永安 长安 福寿 龙泉 凤鸣 金龙 玉龙 银河 天河 中山 世纪 金穗 红卫 卫东 向东 东升 旭日`)

// siteNamePairsNot13 are a name word and a kind that together make a kind
// (青年公寓 for young staff) or a metaphor (友谊桥, 前进路上).
var siteNamePairsNot13 = wordSet(`青年公寓 友谊桥 友谊大桥 长征路`)

// siteDates13 are commemorative dates that name streets and squares.
var siteDates13 = wordSet(`五一 五四 六一 七一 八一 三八 二七`)

// siteNumeralFirst13 and siteNumeralShape13: a numeral and a landform or
// shape character (十里, 四方, 九龙, 双河, 七星).
var (
	siteNumeralFirst13 = runeBitsOf("一二三四五六七八九十双")
	siteNumeralShape13 = runeBitsOf("里道方龙合河岔沟墩湾塘井堡屯营铺岗峰岭湖江溪泉坪山关星")
)

// siteSurnames13 are common single surnames that name hamlets (王家, 李庄);
// 万 is left out (万家 is a count of homes).
var siteSurnames13 = runeBitsOf("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")

// siteSettlement13 end a hamlet named after a family.
var siteSettlement13 = runeBitsOf("家庄湾店营屯寨集坪坝岭沟堡洼窑峪")

// siteDirectionLand13 follow a direction in the name of the hill, lake or
// gate a site is named after (东湖, 南山, 西岗, 北门).
var siteDirectionLand13 = runeBitsOf("湖山河岭坡塘湾岗溪关门江峰岩")

// siteStart13 reports whether a site's name may start at rune s: a word
// of gojieba's starts there after the text's start, a stop, a glue
// character, a verb (推进|八一路), a time word (今年|王家小区) or a pronoun
// (其中|米太小区).
func siteStart13(tt *tokText, fs []Finding, s int) bool {
	if !tt.tokStart(s) && !(s > 0 && siteGlue13.has(tt.runes[s-1])) {
		return false
	}
	if s > 0 && isHan(tt.runes[s-1]) && !siteGlue13.has(tt.runes[s-1]) && !bounded19(tt, fs, s) {
		if p := tt.tokenBefore(s); p == nil || p.end != s || !strings.HasPrefix(p.pos, "v") && p.pos != "t" && p.pos != "r" {
			return false
		}
	}
	return true
}

// stemInPlace13 reports whether a site's stem starting at rune s begins
// inside a place or body already found, or with the suffix character of a
// township, town or village right after one (白石山镇|南洞村, 玉皇庙镇|西河村:
// 镇南 and 镇西 are gazetteer village stems, but here 镇 ends the town and
// the kind that follows, 洞 or 河, begins the village's name). Read as a
// site, the stem would cut the village after its town out of the text.
func stemInPlace13(tt *tokText, fs []Finding, s int) bool {
	b := tt.off[s]
	for i := range fs {
		if f := &fs[i]; (f.Type == LOCATION || f.Type == ORG) && f.Start < b && b < f.End {
			return true
		}
	}
	return strings.ContainsRune("镇乡村", tt.runes[s]) && placeEnds19(tt, fs, s)
}

// siteStemClass13 returns the class of a stem of two or three characters
// before kind for sites13 — "gazetteer" (two or three characters),
// "name-word", "date", "numeral", "surname" or "direction" (two) — or ""
// for none, a rating (五星), a count or distance (一道闸, 三里路) or a
// metaphor (友谊桥).
func siteStemClass13(stem, kind string) string {
	r := []rune(stem)
	if (len(r) == 2 || len(r) == 3) && gazetteerSiteStem13(stem) {
		return "gazetteer"
	}
	if len(r) != 2 {
		return ""
	}
	switch {
	case siteNameWords13[stem]:
		if siteNamePairsNot13[stem+kind] {
			return ""
		}
		return "name-word"
	case siteDates13[stem]:
		return "date"
	case siteNumeralFirst13.has(r[0]) && siteNumeralShape13.has(r[1]):
		if r[1] == '星' && strings.ContainsRune("一二三四五", r[0]) {
			return "" // 三星, 五星: a rating
		}
		if r[1] == '里' && kind == "路" || r[1] == '道' && strings.ContainsAny(kind, "闸渠堰") {
			return "" // 三里路, 一道闸: a distance, a count
		}
		return "numeral"
	case siteSurnames13.has(r[0]) && siteSettlement13.has(r[1]):
		return "surname"
	case strings.ContainsRune("东南西北", r[0]) && siteDirectionLand13.has(r[1]):
		return "direction"
	}
	return ""
}

// siteGenericStems13 are village names of the gazetteer that are also
// modifiers of a site's kind (农贸市场, 互通立交, 城关小学), a town's centre,
// landform kinds (海岛景区, 古镇景区) or shopping platforms (天猫旗舰店).
var siteGenericStems13 = wordSet(`海岛 古镇 古村 山村 渔村 水乡 天猫 京东 淘宝 抖音 快手 苏宁 互通 枢纽 高架 跨线 跨河 跨江 人行 景观 农贸 城关 老城 新城 病险 老旧 寄宿制 中心 集镇 城郊 近郊 城中 县直 市直 乡直 镇直`)

// gazetteerSiteStem13 reports whether stem is a village stem of the
// gazetteer that is no frequent word (大石包, 米太, 岗墩): before a site's
// kind it names the place the site stands in.
func gazetteerSiteStem13(stem string) bool {
	for _, r := range stem {
		if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) || numeralRune(r) {
			return false
		}
	}
	return getVillages().has(stem) && !getLexicon().common[stem] && !siteGenericStems13[stem] && !townWords19[stem] &&
		!descriptiveStem33(stem, "") // 石榴籽|家园, 高山|…: a description, no place (describe33.go)
}

// siteGlue13 may stand glued before a site's name (在东风水库, 于四方街):
// prepositions, conjunctions, 的 and 了 (siteStart13).
var siteGlue13 = runeBitsOf("在到至经于从对将把为以向由与和及同跟的了往去赴")

// siteKindNext13 end a word that 路, 街 or another one-character kind
// begins (路线, 路面, 街道): there sites13 reads no site.
var siteKindNext13 = runeBitsOf("线面径况子上边费口灯长陡险远窄宽烂滑难网道流床岸堤坝泊盘梁顶层")

// sites13 finds named sites of the six stem classes (siteStemClass13)
// before a kind of siteKinds13Words and adds them to fs: a place, or a
// body for a kind of siteBodyKinds13; a gazetteer stem alone.
func sites13(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	var buf [64]siteHit19
	for _, h := range siteKindHits19(tt, buf[:0]) { // (every occurrences19 of each kind, in one walk: speed19.go)
		kind, kl, e := siteKinds13Words[h.k], len(siteKindsByLast19.runes[h.k]), int(h.e)
		end := e + kl
		s, cls := -1, ""
		for ln := 2; ln <= 3; ln++ {
			if e-ln < 0 || !siteStart13(tt, fs, e-ln) {
				continue
			}
			if c := siteStemClass13(tt.sub(e-ln, e), kind); c != "" {
				s, cls = e-ln, c
				break
			}
		}
		if s < 0 || overlapsAny(out, tt.off[s], tt.off[end]) || stemInPlace13(tt, fs, s) {
			continue
		}
		// the kind begins no longer ordinary word (路线, 河道, 市场化)
		if end < n && isHan(tt.runes[end]) {
			if kl == 1 && siteKindNext13.has(tt.runes[end]) && !(kind == "路" && tt.runes[end] == '口') {
				continue
			}
			// (河段, 路段 only say which stretch of the site)
			if tt.runes[end] != '段' && (l.common[tt.sub(e, end+1)] || end+2 <= n && l.common[tt.sub(e, end+2)]) {
				continue
			}
		}
		if cls == "gazetteer" {
			// the village's name alone, masked wherever else it
			// stands (浑河小区 … 浑河滨河步道); the kind stays readable
			if !tt.tokStart(e) {
				continue // 幸福|河湖: the kind's start is glued to the stem's end in a word
			}
			if k := tt.toks[tt.tokOf[s]]; k.start == s && k.end == e && !(k.pos == "ns" || k.pos == "nr" || k.pos == "nrt" || k.pos == "x") {
				continue // 轴承|产业园: a word of gojieba's other than a name is a kind of trade
			}
			out = append(out, found19(tt, LOCATION, s, e, "site13,"+cls))
			continue
		}
		t := LOCATION
		if siteBodyKinds13[kind] {
			t = ORG
		}
		out = append(out, found19(tt, t, s, end, "site13,"+cls))
	}
	if len(out) == 0 {
		return fs
	}
	return add19(extendOver13(fs, out), out)
}

// extendOver13 lets a finding that starts inside a site's kind word and
// runs past it (六合|体育馆片区 read as one place, 苑段 as a person) give
// way: the site is widened over a place, so the stem does not stay
// readable. Generic readings that overlap the site give way too.
func extendOver13(fs, out []Finding) []Finding {
	for k := range out {
		f := &out[k]
		kept := fs[:0]
		for _, g := range fs {
			if g.generic && g.Start < f.End && f.Start < g.End {
				continue // a generic reading (卫生院举办 as a kind of body) is no name
			}
			if g.Start > f.Start && g.Start < f.End && g.End > f.End && (g.Type == PERSON || g.Type == LOCATION || weak19(&g)) {
				if g.Type != PERSON {
					f.End, f.Text = g.End, f.Text+g.Text[f.End-g.Start:]
				}
				continue
			}
			kept = append(kept, g)
		}
		fs = kept
	}
	return fs
}

// townItem13 reports whether a list item read as a name after a named
// site (甲小区、城区绿道等) is a town's centre and an ordinary word or a
// site's kind: the centre no name, the item no name either.
func townItem13(f Finding) bool {
	l := getLexicon()
	for _, w := range townItemHeads13 {
		rest, ok := strings.CutPrefix(f.Text, w)
		if !ok {
			continue
		}
		if rest == "" || l.common[rest] || slices.Contains(siteKinds13Words, rest) || slices.Contains(townItemKinds13, rest) {
			return true
		}
	}
	return false
}

// townItemHeads13 are the words for a town's centre that open a list
// item of townItem13, longer ones before those they end in (主城区 before
// 城区).
var townItemHeads13 = []string{"主城区", "老城区", "新城区", "城区", "县城", "镇区", "集镇", "市区", "城关"}

// townItemKinds13 are kinds of work in a town's centre that no frequent
// word list holds (城区绿道, 城区管网).
var townItemKinds13 = strings.Fields("绿道 步道 管网 雨污管网 供水 污水管网 路网 水系 公厕 停车场 口袋公园 游园")
