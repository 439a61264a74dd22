package anonymize

import (
	"sort"
	"strings"
)

// This file holds round orgs14: named organisations — a brand stem and a
// kind of body (恒源燃气, 李记酒楼, 鑫隆达众创空间, 宏远艺术团, 瑞丰观测站) —
// that stayed readable when no company form (有限公司) followed, or when
// the rules masked the place and the form but left the brand between them
// (〔地名〕恒源〔企业〕), and the brand alone in a later sentence (the
// organisation sweep, orgsweep14_test.go). Four classes of stem name a
// body when a kind of body follows right after, with at most one modifier
// between (种植|专业合作社, 口腔|诊所, 第二|幼儿园) (orgStemClass14):
//
//   - a brand word: two characters both of those firms choose for luck,
//     wealth and reach (恒源, 通达, 宏远, 鑫盛, 瑞祥), not the ordinary
//     words they also make (丰富, 豪华, 通信, 福利) (orgBrandRunes14,
//     orgBrandNot14);
//   - a surname and a brand character (李鑫, 王顺, 高远) or a shop's mark
//     (李记, 张氏) (siteSurnames13);
//   - three characters, two of them brand characters, or X之Y (鑫隆达,
//     金穗源, 康之源), no frequent word;
//   - a county or town short form of the gazetteer that is no frequent
//     word, tagged a name by gojieba (将乐|监理), not before a field of
//     work (县城|新区建设, orgPlaceNotTails14): the place alone is masked,
//     the kind stays.
//
// (A fifth class, three characters gojieba knows as no word before a
// kind of shop, inn or troupe (好再来饭店), was left out in d0278b3: on
// the development sets it masked 精品民宿, 特色客栈 and 民宿集聚区. Its
// code, orgPhrase3OK14, is in 9e133c8 and 1b0a9c6.)
//
// The stem starts after the text's start, a stop, a glue character, a
// verb (siteStart13), or right after a place: a place the rules found
// or a county or town short form of the gazetteer, which the finding
// then covers too (凌源|宏盛物流). The value of a project table's field
// (施工单位：…) that ends in a kind of body is a body whatever its stem
// (orgFields14). A brand so found is masked wherever it stands again as
// a word (隆达负责人表示). orgs14 runs right after leaks33 and before
// keep32 (anonymize.go).

// orgTails14 end a named body's name: trades of a company's short form,
// forms, and kinds of cooperative, farm, shop, inn, school, clinic, fund,
// troupe, association, incubator and station.
var orgTails14 = strings.Fields(`燃气 公交 监理 建工 物业 鞋服 鞋业 服饰 食品 药业 医药 电力 物流 水务 置业 地产 环保 商贸 贸易 茶业 酒业 建材 农业 牧业 林业 渔业 科技 劳务 旅游 传媒 实业 建设 建筑 能源 矿业 粮油 米业 果业 电器 家具 陶瓷 运输 客运 汽运 集团 公司
	合作社 农场 养殖场 牧场 超市 饭店 酒楼 餐馆 餐厅 宾馆 客栈 民宿 农家乐 便利店 药房 大药房 药店 火锅店 酒店 茶馆 茶楼
	中学 小学 幼儿园 学校 医院 诊所 中医馆 康复中心 门诊部
	基金 基金会 艺术团 魔术团 服务队 协会 商会 合唱团 舞蹈队 篮球队 足球队 剧团 戏班
	众创空间 孵化器 创客中心 基地 创业园
	水文站 监测站 气象站 雨量站 水位站 观测站`)

// orgTailsSig14 is the sigList16 of orgTails14: orgs14 asks each of its
// kinds of every text.
var orgTailsSig14 = sigListOf(orgTails14)

// orgMods14 may stand between a brand and its kind: what the farm grows,
// the clinic treats, the base does, the school's number or rank.
var orgMods14 = strings.Fields(`专业 农民专业 种植专业 养殖专业 种养殖专业 茶叶专业 中药材专业 果蔬专业 蔬菜专业 种植 养殖 种养殖 家庭 生态 口腔 中医 骨科 眼科 妇产 专科 电商直播 直播 创业孵化 孵化 电商 第一 第二 第三 中心 镇中心 镇第一 镇第二 镇 完全 实验 志愿 志愿服务 青年志愿 助学 慈善 文化 教育 爱心 大`)

// orgModsOrNone14 is "" (no modifier) and then orgMods14, in the order
// orgs14 and orgFields14 try them; built once rather than per
// occurrence of a kind.
var orgModsOrNone14 = append([]string{""}, orgMods14...)

// orgBrandRunes14 are the characters firms pick for their brands: luck,
// wealth, growth, reach.
var orgBrandRunes14 = runeBitsOf("恒源通达宏远鑫盛隆泰华永瑞祥昌兴金德润嘉信福顺丰万晟鼎亿裕佳禾锦聚鸿运利汇宇豪凯腾康乐惠富荣茂益旺昊辉耀穗诚泓森淼")

// orgBrandNot14 are ordinary words made of brand characters only; before
// a kind they describe it (豪华酒店, 通信公司, 福利企业).
var orgBrandNot14 = wordSet(`陆运 海运 空运 联运 航运 货运 客运 丰富 豪华 通信 福利 利润 顺利 富裕 发达 兴旺 旺盛 永远 聚集 汇聚 盛大 丰盛 荣华 富豪 利益 远程 运通 康乐 益康 乐康 惠利 利达 万万 亿万 德国 华丽 兴隆 金融 永久`)

// orgStemClass14 returns the class of a stem before a kind of body for
// orgs14 — "brand", "surname", "brand3" or "gazetteer" — or "".
func orgStemClass14(stem string) string {
	// (the length and first three characters without a []rune per call:
	// firstRunes18; the stem is asked twice per kind occurrence)
	n, r0, r1, r2 := firstRunes18(stem)
	for _, c := range stem {
		if !isHan(c) || functionRuneBits.has(c) || siteGlue13.has(c) || isMaskRune(c) || numeralRune(c) && !orgBrandRunes14.has(c) {
			return "" // (万, 亿 are brand characters: 万通, 亿达)
		}
	}
	l := getLexicon()
	switch n {
	case 2:
		if orgBrandNot14[stem] || l.common[stem] {
			return "" // a frequent word is no brand (诚信|建设, 黄金|旅游线路, 陆运|物流)
		}
		if orgBrandRunes14.has(r0) && orgBrandRunes14.has(r1) {
			return "brand"
		}
		if siteSurnames13.has(r0) && (orgBrandRunes14.has(r1) || r1 == '记' || r1 == '氏') && !l.commonTown[stem] { // (陆运|物流: a word of middling frequency)
			return "surname"
		}
	case 3:
		if l.common[stem] {
			return ""
		}
		k := 0
		for _, c := range [3]rune{r0, r1, r2} {
			if orgBrandRunes14.has(c) {
				k++
			}
		}
		if k >= 2 || r1 == '之' && orgBrandRunes14.has(r2) {
			return "brand3"
		}
		// (no "phrase3" for three characters gojieba knows as no word:
		// left out, see the file's head)
	}
	if _, ok := l.short[stem]; ok && (n == 2 || n == 3) && !l.common[stem] && !l.commonTown[stem] && !siteGenericStems13[stem] && !townWords19[stem] {
		return "gazetteer"
	}
	return ""
}

// orgPlaceBefore14 returns the start of a place that ends right before
// rune s and so may stand before a brand (凌源|宏盛物流): a place the rules
// found, or a two-character county or town short form of the gazetteer
// that is no frequent word, at the text's start or after a character
// that is no Han or a glue character; -1 for none, s for a found place
// (it is masked already).
func orgPlaceBefore14(tt *tokText, fs []Finding, s int) int {
	if placeEnds19(tt, fs, s) {
		return s
	}
	if s < 2 {
		return -1
	}
	p := tt.sub(s-2, s)
	l := getLexicon()
	if _, ok := l.short[p]; ok && !l.common[p] && (s == 2 || !isHan(tt.runes[s-3]) || siteGlue13.has(tt.runes[s-3])) {
		return s - 2
	}
	return -1
}

// orgs14 finds named bodies of the four stem classes (orgStemClass14)
// before a kind of orgTails14, the values of a project table's fields
// (orgFields14) and the brand again wherever it stands as a word, and
// adds them to fs, widening a finding that runs out of one of them
// (extendOver13, extendOver14).
func orgs14(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	brands := map[string]bool{}
	var hb [32]siteHit19
	for _, h := range orgTailsByLast21.hits(tt, hb[:0]) { // (each tail's occurrences19 in the list's order, in one walk: speed21.go)
		i, tail, e := int(h.k), orgTails14[h.k], int(h.e)
		{
			end := e + orgTailsLen20[i] // (runeLen(tail), and of m below, read from a table: speed20.go)
			for j, m := range orgModsOrNone14 {
				me := e - orgModsLen20[j]
				if me < 2 || m != "" && tt.sub(me, e) != m || tail == "基地" && m == "" {
					continue // (a base names a body only with what it does: 电商直播基地, not 杨梅基地)
				}
				s, cls, from := -1, "", -1
				for ln := 3; ln >= 2; ln-- {
					if me-ln < 0 {
						continue
					}
					c := orgStemClass14(tt.sub(me-ln, me))
					if c == "" {
						continue
					}
					if me-ln == 0 || !isHan(tt.runes[me-ln-1]) || siteStart13(tt, fs, me-ln) {
						s, cls, from = me-ln, c, me-ln
						break
					}
					if c != "gazetteer" {
						if p := orgPlaceBefore14(tt, fs, me-ln); p >= 0 {
							s, cls, from = me-ln, c, p
							break
						}
					}
				}
				if s < 0 || overlapsAny(out, tt.off[from], tt.off[end]) {
					continue
				}
				if cls == "gazetteer" && orgPlaceNotTails14[tail] {
					continue // 县城|新区建设: a place before a field of work is no firm's name
				}
				if cls == "gazetteer" {
					// the village's name alone; the kind stays readable
					if !tt.tokStart(me) {
						continue
					}
					if k := tt.toks[tt.tokOf[s]]; k.start != s || k.end != me || !(k.pos == "ns" || k.pos == "nr" || k.pos == "nrt" || k.pos == "x") {
						continue // 梯田|旅游, 电商|直播基地: a word of gojieba's other than a name is a kind of trade
					}
					out = append(out, found19(tt, LOCATION, s, me, "org14,gazetteer"))
					break
				}
				out = append(out, found19(tt, ORG, from, end, "org14,"+cls))
				brands[tt.sub(s, me)] = true
				break
			}
		}
	}
	out = append(out, orgFields14(tt, fs, out, brands)...)
	if len(out) == 0 {
		return fs
	}
	// the brand alone again, as a word of its own (隆达负责人表示)
	bs := make([]string, 0, len(brands))
	for b := range brands {
		bs = append(bs, b)
	}
	sort.Strings(bs)
	for _, b := range bs {
		for _, i := range occurrences19(tt, b) {
			e := i + runeLen(b)
			if overlapsAny(out, tt.off[i], tt.off[e]) || overlapsAny(fs, tt.off[i], tt.off[e]) {
				continue
			}
			if !(i == 0 || !isHan(tt.runes[i-1]) || siteStart13(tt, fs, i) || placeEnds19(tt, fs, i)) || !tt.tokStart(e) && e < len(tt.runes) {
				continue
			}
			out = append(out, found19(tt, ORG, i, e, "org14,brand-again"))
		}
	}
	return add19(extendOver14(extendOver13(fs, out), out), out)
}

// extendOver14 lets a body or place found by the rules that starts inside
// a body of orgs14 and runs past it (高远|食品有限公司 read as the company
// without its brand) give way: the body is widened over it, so the brand
// does not stay readable between two masks.
func extendOver14(fs, out []Finding) []Finding {
	for k := range out {
		f := &out[k]
		kept := fs[:0]
		for _, g := range fs {
			if g.Start > f.Start && g.Start < f.End && g.End > f.End && (g.Type == ORG || g.Type == LOCATION) {
				f.End, f.Text = g.End, f.Text+g.Text[f.End-g.Start:]
				continue
			}
			kept = append(kept, g)
		}
		fs = kept
	}
	return fs
}

// orgFieldRoles14 head the fields of a project table whose value is the
// body that builds, supervises, designs or owns the project (施工单位：…；
// 监理单位：…).
var orgFieldRoles14 = strings.Fields("施工单位 监理单位 建设单位 设计单位 勘察单位 项目业主 业主单位 承建单位 中标单位 代建单位 运营单位 供货单位 承办单位 投资主体 投资方 运营方 承建方 施工方")

// orgFieldRolesSig14 is the sigList16 of orgFieldRoles14: orgFields14
// asks each of its roles of every text.
var orgFieldRolesSig14 = sigListOf(orgFieldRoles14)

// orgFieldNotHeads14 open a field's value that is a public or national
// body, left to the other rules (县交通运输局, 中国铁建 …).
var orgFieldNotHeads14 = strings.Fields("县 市 省 州 区 镇 乡 村 各 全 本 我 该 中国 中铁 中建 中交 中电 中冶 中化 国家 国网 国有 待定 暂无 无")

// orgFields14 finds the value of a project table's field (施工单位：…) that
// ends in a kind of body (orgTails14 or a company form) and whose stem —
// the value without its kind and modifier — is no frequent word, and
// reads it as a body whatever its stem's shape (红满天种植专业合作社).
// The value runs from the colon (or 为, 是) to the clause's end, at most
// 30 characters of Han text; a value that opens with a public or
// national body's head (orgFieldNotHeads14) is left to the other rules.
func orgFields14(tt *tokText, fs, out []Finding, brands map[string]bool) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	var res []Finding
	for k, role := range orgFieldRoles14 {
		for _, i := range occurrencesSig18(tt, orgFieldRolesSig14, orgFieldRoles14, k) { // (occurrences19 by the list's bits: speed18.go)
			s := i + runeLen(role)
			if s >= n || !strings.ContainsRune("：:为是", tt.runes[s]) {
				continue
			}
			s++
			for s < n && spaceRune(tt.runes[s]) {
				s++
			}
			e := s
			for e < n && e-s <= 30 && isHan(tt.runes[e]) {
				e++
			}
			if e-s < 4 || e-s > 30 || e < n && isHan(tt.runes[e]) {
				continue
			}
			v := tt.sub(s, e)
			if firstPrefix(v, orgFieldNotHeads14) != "" {
				continue // a public or national body
			}
			stem := ""
			for _, form := range []string{"集团有限公司", "股份有限公司", "有限责任公司", "有限公司", ""} {
				w, ok := strings.CutSuffix(v, form)
				if !ok {
					continue
				}
				for _, tail := range orgTails14 {
					x, ok := strings.CutSuffix(w, tail)
					if !ok || x == "" {
						continue
					}
					for _, m := range orgModsOrNone14 {
						if y, ok := strings.CutSuffix(x, m); ok && runeLen(y) >= 2 && (stem == "" || runeLen(y) < runeLen(stem)) {
							stem = y
						}
					}
				}
				if stem != "" {
					break
				}
			}
			if stem == "" || l.common[stem] || overlapsAny(out, tt.off[s], tt.off[e]) {
				continue
			}
			// (the field's place says it is a name: 之, 万 and numerals
			// may stand in it, 绿之源, 五都; a mask or a particle not)
			ok := true
			for _, r := range stem {
				if isMaskRune(r) || strings.ContainsRune("的了和与及或等", r) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			res = append(res, found19(tt, ORG, s, e, "org14,field:"+role))
			if c := orgStemClass14(stem); c == "brand" || c == "surname" || c == "brand3" {
				brands[stem] = true
			}
		}
	}
	return res
}

// orgPlaceNotTails14 are fields of work that follow a place as its
// sector, not as a firm's short form (新区建设, 县域农业, 全域旅游).
var orgPlaceNotTails14 = wordSet(`建设 农业 林业 牧业 渔业 科技 旅游 运输 客运 能源 实业 建筑 贸易 商贸 环保 食品 传媒 劳务 集团 公司 基地 物流 电力`)
