package anonymize

import "strings"

// This file holds round site20: named sites of heritage, tourism and
// urban-renewal reports that no rule found, by four classes of their shape
// and frame:
//
//   - a site whose stem and kind are split by a word of what the site is
//     (a mine 甲乙铜矿遗址, fossils 甲乙恐龙化石遗址, nature 甲乙天然溶洞,
//     甲乙自然风景区): the stem of two to four characters stands after a
//     name's edge (a list's 、, a verb, 境内, a place the rules found):
//     midSites20. Generic ones (天然溶洞, 自然风景区, 古铜矿遗址) stay
//     readable: their stem is missing, a function word, a frequent word or
//     a generic modifier (重点, 大型, 全县);
//   - a themed town in quotes (“甲乙小镇”): quotedTowns20. Generic ones
//     (“特色小镇”, “康养小镇”) stay readable;
//   - an area (片区) whose stem is an ordinary word (桂花片区, 和平片区)
//     in a sentence where a sibling area of the same kind was masked
//     (〔X〕片区 … 甲乙片区): areaSiblings20. Generic areas (核心片区,
//     老城片区, 产业片区) stay readable;
//   - a temple or palace of a two-character stem and the kind 宫 or 观
//     after a list's 和/与/及 or an attribute's 的 (依托古城和甲乙观, 建于明代的
//     甲乙宫), in a sentence about sites: shrines20. Words of the kinds
//     (文化宫, 少年宫, 景观, 价值观) stay readable;
//   - a site glued to the masked town, township or village it lies in
//     (〔X镇〕甲乙古道, 〔X镇〕甲乙丙遗址, 〔X镇〕甲乙观景台; the stem is masked, the kind
//     stays readable), whatever its stem, a
//     frequent word (河口, 望仙) or a numeral's (九里坪): townSites20. A
//     generic stem (〔X镇〕旅游景区, 〔X镇〕红军古道, 〔X镇〕传统古民居) stays
//     readable.
//
// site20 runs right after roleNames16 (anonymize.go).

// site20 adds the findings of the classes above to fs.
func site20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	fs = midSites20(tt, fs)
	fs = quotedTowns20(tt, fs)
	fs = areaSiblings20(tt, fs)
	fs = shrines20(tt, fs)
	return townSites20(tt, fs)
}

// genericStems20 are modifiers that stand before a site's kind without
// naming it (重点景区, 全县湿地, 大型溶洞, 特色小镇, 核心片区).
var genericStems20 = wordSet(`全县 全市 全区 全镇 全乡 全省 全国 本县 本地 当地 境内 县内 县域 区域 周边 各类 各个 多处 一批 大型 小型 中型
	国家 省级 市级 县级 乡级 重点 主要 知名 著名 原始 特色 优质 典型 古老 传统 其他 其它 世界 新建 现有 已有 相关 这些 该处 一处
	考古 革命 红色 历史 古代 远古 史前 新石器 旧石器 文物 重要 珍贵 稀有 罕见 大量 丰富 完整 典型的 废弃 闲置 老旧 工业 矿山 矿区
	康养 风情 旅游 田园 文旅 体育 运动 森林 温泉 农业 产业 科技 数字 智慧 生态 美丽 宜居 文化 民俗 花卉 农旅 养生 健康 艺术 创意
	电商 物流 金融 基金 航空 汽车 休闲 度假 乡村 城市 城镇 小镇 特色小 未来 示范 网红 宋韵 古韵
	核心 老城 新城 城区 老城区 新城区 主城 中心 商业 商务 居住 功能 启动 先行 东部 西部 南部 北部 中部 东区 西区 南区 北区
	城东 城西 城南 城北 整个 各 周围 重点区 开发 建设 改造 更新 棚改 征收 拆迁 安置 储备 规划 一期 二期 三期 首期 四至`)

// midWords20 stand between a site's stem and its kind, saying what the
// site is (甲乙|铜矿|遗址, 甲乙|天然|溶洞).
var midWords20 = []string{"恐龙化石", "化石", "天然", "自然", "铜矿", "铁矿", "铅矿", "锌矿", "金矿", "银矿", "锡矿", "煤矿", "汞矿", "锰矿", "窑址", "古墓"}

// midKinds20 are the kinds after a word of midWords20.
var midKinds20 = []string{"遗址", "溶洞", "风景区", "景区", "石窟", "岩洞", "洞穴", "地质公园", "群"}

// siteEdgeWords20 end right before a site's stem as a word of their own
// (境内|甲乙铜矿遗址).
var siteEdgeWords20 = wordSet(`境内 县内 域内 辖区 区内 市内 镇内 乡内 村内 依托 依靠 拥有 修缮 保护 发掘 开发 建成 打造 推进 完成 加快 启动 包括 以及 还有 其中 有`)

// siteEdge20 reports whether a site's stem may begin at rune s: the
// text's start, a stop, a place or body found by the rules, a verb or an
// edge word of siteEdgeWords20 ending right before it.
func siteEdge20(tt *tokText, fs []Finding, s int) bool {
	if bounded19(tt, fs, s) {
		return true
	}
	t := tt.tokenBefore(s)
	if t == nil || t.end != s {
		return false
	}
	return siteEdgeWords20[t.word] || landmarkVerbs19[t.word] || workVerbs19[t.word] || strings.HasPrefix(t.pos, "v")
}

// siteStem20 reports whether runes s..e may be a site's stem: Han
// characters starting a word, not a frequent word, a generic modifier or
// one word of a part of speech no name has (landmarkStemWord19).
func siteStem20(tt *tokText, s, e int) bool {
	if !plainStem19(tt, s, e) || !tt.tokStart(s) || !tt.tokStart(e) {
		return false
	}
	stem := tt.sub(s, e)
	if genericStems20[stem] || getLexicon().common[stem] || landmarkStemNot19[stem] || endsIn19(tt, genericStems20, s, e) {
		return false
	}
	if genericStems20[tt.sub(s, s+2)] || strings.ContainsRune("内中里上下旁边外间", tt.runes[e-1]) {
		return false // a generic start or a locative's end (景区内|天然溶洞)
	}
	return landmarkStemWord19(tt, s, e)
}

// stemOf20 returns the start of the shortest stem of two to four
// characters ending at rune e that begins at a site's edge and passes
// siteStem20, or -1.
func stemOf20(tt *tokText, fs []Finding, e int) int {
	for ln := 2; ln <= 4; ln++ {
		s := e - ln
		if s < 0 {
			break
		}
		if !tt.tokStart(s) {
			continue
		}
		if siteEdge20(tt, fs, s) {
			if siteStem20(tt, s, e) {
				return s
			}
			return -1
		}
	}
	return -1
}

// ------------------------------------------------------------ mid sites

// midSites20 adds the sites whose stem and kind a word of midWords20
// splits (class 1 of the file's head).
func midSites20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, h := range midWordsByLast30.hits(tt, nil) { // (each word's occurrences in the list's order, in one walk: speed30.go)
		{
			mid, m := midWords20[h.k], int(h.e)
			k := m + runeLen(mid)
			z := -1
			if kind := firstPrefix(tt.text[tt.off[k]:], midKinds20); kind != "" {
				z = k + runeLen(kind)
			}
			if z < 0 || !tt.tokStart(m) {
				continue
			}
			if mid == "化石" && m >= 2 && tt.sub(m-2, m) == "恐龙" {
				continue // read from 恐龙化石
			}
			if s := stemOf20(tt, fs, m); s >= 0 {
				out = append(out, found19(tt, LOCATION, s, z, "midsite20"))
			}
		}
	}
	return add19(fs, out)
}

// ------------------------------------------------------------ quoted towns

// quotedTowns20 adds the themed towns in quotes (“甲乙小镇”, class 2 of the
// file's head).
func quotedTowns20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, k := range occurrences19(tt, "小镇”") {
		z := k + 2
		for ln := 2; ln <= 4; ln++ {
			s := k - ln
			if s < 1 || tt.runes[s-1] != '“' {
				continue
			}
			stem := tt.sub(s, k)
			if plainStem19(tt, s, k) && !genericStems20[stem] && !getLexicon().common[stem] && !endsIn19(tt, genericStems20, s, k) {
				out = append(out, found19(tt, LOCATION, s, z, "quotedtown20"))
			}
			break
		}
	}
	return add19(fs, out)
}

// ------------------------------------------------------------ areas

// areaSiblings20 adds the areas of an ordinary-word stem (桂花片区) in a
// sentence where the rules masked a sibling area (〔X〕片区 or 〔X片区〕),
// class 3 of the file's head.
func areaSiblings20(tt *tokText, fs []Finding) []Finding {
	ks := occurrences19(tt, "片区")
	if len(ks) < 2 {
		return fs
	}
	var out []Finding
	for _, k := range ks {
		s := k - 2
		if s < 0 || !tt.tokStart(s) || !tt.tokStart(k) || !plainStem19(tt, s, k) {
			continue
		}
		stem := tt.sub(s, k)
		if genericStems20[stem] || landmarkStemNot19[stem] || !siteEdge20(tt, fs, s) || !landmarkStemWord19(tt, s, k) {
			continue
		}
		if maskedAreaInSentence20(tt, fs, ks, k) {
			out = append(out, found19(tt, LOCATION, s, k+2, "areasibling20"))
		}
	}
	return add19(fs, out)
}

// maskedAreaInSentence20 reports another 片区 of ks in the sentence of the
// one at rune k whose stem a place finding of fs ends at or holds.
func maskedAreaInSentence20(tt *tokText, fs []Finding, ks []int, k int) bool {
	for _, j := range ks {
		if j == k || sentenceOf20(tt, j) != sentenceOf20(tt, k) {
			continue
		}
		b := tt.off[j]
		for i := range fs {
			f := &fs[i]
			if f.Type == LOCATION && !f.generic && (f.End == b || f.Start < b && f.End >= tt.off[j+2]) {
				return true
			}
		}
	}
	return false
}

// sentenceOf20 returns the start of the sentence that holds rune i.
func sentenceOf20(tt *tokText, i int) int {
	for i > 0 && !strings.ContainsRune("。！？；\n", tt.runes[i-1]) {
		i--
	}
	return i
}

// ------------------------------------------------------------ shrines

// shrineStemNot20 are stems of the kinds 宫 and 观 that name no site
// (文化宫, 少年宫, 价值观, 人生观).
var shrineStemNot20 = wordSet(`文化 少年 青少年 工人 妇女 儿童 科技 艺术 水晶 价值 人生 世界 发展 政绩 历史 科学 道德 群众 宇宙 荣辱 义利 婚恋 消费 审美
	就业 择业 权力 地宫 迷宫 子宫 故宫 天宫 龙宫 后宫 东宫 行宫 冷宫 神宫 寝宫 学宫 自然 人文 城市 乡村 田园 乐观 宏观 微观 景观 外观 奇观`)

// shrines20 adds the temples and palaces of a two-character stem and the
// kind 宫 or 观 after a list's conjunction or an attribute's 的 in a
// sentence about sites (class 4 of the file's head).
func shrines20(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for k := 3; k < n; k++ {
		if r := tt.runes[k]; r != '宫' && r != '观' {
			continue
		}
		s, z := k-2, k+1
		if p := tt.runes[s-1]; !strings.ContainsRune("和与及的", p) || !tt.tokStart(s) {
			continue
		}
		if z < n && !strings.ContainsRune("，。、；：）”", tt.runes[z]) && !strings.HasPrefix(tt.text[tt.off[z]:], "每年") {
			continue
		}
		stem := tt.sub(s, k)
		if !plainStem19(tt, s, k) || shrineStemNot20[stem] || genericStems20[stem] || landmarkStemNot19[stem] || getLexicon().common[tt.sub(s, z)] || !landmarkStemWord19(tt, s, k) {
			continue
		}
		if t := tt.tokenAt(s); t.end == z && getLexicon().common[t.word] {
			continue
		}
		if !siteSentence19(tt, s, z) {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, z, "shrine20"))
	}
	return add19(fs, out)
}

// ------------------------------------------------------------ town sites

// townSiteKinds20 are the kinds of a site named after the division it
// lies in (〔X镇〕甲乙古道).
var townSiteKinds20 = []string{"古道", "栈道", "瀑布", "观景台", "古民居", "遗址", "故居", "石窟", "溶洞", "湿地", "风景区", "景区", "烈士陵园", "古桥", "大桥", "廊桥"}

// divisionEnds20 end the name of a division a site lies in.
var divisionEnds20 = []string{"镇", "乡", "村", "街道", "苏木", "嘎查"}

// townStemNot20 are generic stems after a division (〔X镇〕高山古道,
// 〔X村〕传统古民居, 〔X乡〕两处遗址).
var townStemNot20 = wordSet(`高山 古老 传统 红军 茶马 玻璃 悬崖 天然 自然 人工 一处 两处 三处 多处 一座 两座 一条 两条 多个 境内 辖区 沿线 周边 旅游 精品
	古镇 古城 古村 古寨 老街 老城 国家级 省级 市级 县级 的 一批 全部 部分 现存 现有 新增 新建 已建 在建 拟建 主要 重点 特色 生态 湿地 山地 森林 城市 河流 湖泊 沼泽 滨河 沿河
	古渡口 渡口 古码头 码头 古窑 古窑址 窑址 古墓 古墓葬 古墓群 古城墙 城墙 古井 古寺 古塔 古桥 古堡 古戏台 戏台 祠堂 老宅`)

// townSites20 adds the sites of a two- to four-character stem and a kind
// of townSiteKinds20 glued to a division the rules found (class 5 of the
// file's head).
func townSites20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || f.generic || !hasSuffixAny18w(f.Text, divisionEnds20) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 0 {
			continue
		}
		// gojieba often glues the division's last character to the stem
		// (镇望|仙古道): the finding's end is the stem's start then
		glued := !tt.tokStart(s)
		for ln := 2; ln <= 4 && s+ln < len(tt.runes); ln++ {
			k := s + ln
			kind := firstPrefix(tt.text[tt.off[k]:], townSiteKinds20)
			if kind == "" || !tt.tokStart(k) {
				continue
			}
			stem := tt.sub(s, k)
			// a crop names what the site shows, not the site (〔X村〕银杏景区,
			// whose 银杏 the document then masks everywhere: 千年银杏)
			if cropWords15[stem] {
				break
			}
			if !plainStem19(tt, s, k) || townStemNot20[stem] || genericStems20[stem] || landmarkStemNot19[stem] || endsIn19(tt, townStemNot20, s, k) || !glued && !landmarkStemWord19(tt, s, k) {
				break
			}
			// the stem alone: the kind stays readable (〔X镇〕〔甲乙〕古道)
			out = append(out, found19(tt, LOCATION, s, k, "townsite20"))
			break
		}
	}
	return add19(fs, out)
}
