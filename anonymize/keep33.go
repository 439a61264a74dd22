package anonymize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// This file holds round keep33: ordinary phrases of deid-own55 … 66 that a
// recognizer masked, each kept by its class:
//   - breeds and varieties: a transliterated breed (西门塔尔, 安格斯) whose
//     first characters a gazetteer reads; a tree or fruit in a list that
//     a variety's close ends (侧柏、华山松等苗木, 青梅、三华李等原料); a
//     foreign country before its produce (澳洲|坚果);
//   - province short forms inside a policy term: a pair of province
//     abbreviations before a word of cooperation (闽宁|协作, 鲁渝|劳务协作站);
//     a township's short form before a policy word or 性 (两山|转化,
//     普惠|性) whose township the text never names; a region of several
//     provinces and its kind (三峡库区, 黄淮海|麦区);
//   - ethnic groups: a group's name read as a place's short form before 族
//     (鄂伦春|族民间河长), a group's branch (白裤瑶, 长角苗), a place's
//     ethnic festival cut back to the place (…镇|苗族芦笙会); but not a
//     group or branch that begins a festival's or site's own name
//     (红瑶|晒衣节, 赫哲|族民俗风情园: namedSiteAfter33);
//   - generic bodies: a place and a generic facility cut back to the place
//     (…乡|雨量站, …镇|烘干中心); a body of a generic kind with no name
//     (慈善超市, 研学团, 县邮政分公司, 蒙汉双语学校, 苏木卫生院);
//   - heritage items and epics read as persons: a title in 《》 before a
//     genre (《格萨尔》史诗), an item of a list that 等非遗项目 closes, a
//     weak name before 表演, 展演 or 演出;
//   - words read as streets or roads: a road read over a word ending in 路
//     (印制|电路板, 通信线路), a building material read as a place or a
//     street (火山石|古民居, 青石板|街巷), a zone of radio quiet (宁静区).
//
// keep33 is the last rule of Analyze's chain (after dst14), before the
// policy's filter and keep21; occurrence33 tests the classes that hang on
// the context again at each occurrence of a masked text (redaction.go),
// and keepListItem33 keeps a breed after a verb of breeding among
// enumeration items (Analyze).

// keep33 drops the findings of fs that are ordinary phrases of the classes
// above and cuts a place's generic facility or festival back to the place.
func keep33(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding33)
}

// keepEach33 runs keep, a round's test of one finding (keepFinding33,
// keepFinding34), over fs: a finding it calls ordinary is dropped, the
// others are kept as it returns them (cut back or whole); a policy's
// deny-list entry and a finding outside the text are kept untouched.
func keepEach33(tt *tokText, fs []Finding, keep func(*tokText, Finding, []Finding) (Finding, bool)) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Score >= 100 || f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
			kept = append(kept, f) // a policy's deny-list entry
			continue
		}
		g, drop := keep(tt, f, fs)
		if drop {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// keepFinding33 returns f, cut back to its place where a generic tail
// follows the place, and whether f is an ordinary phrase as a whole.
func keepFinding33(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	after := tt.text[f.End:]
	switch {
	case breedMay20(tt) && insideBreed33(tt.text, f): // (a text without a breed's characters skipped: speed20.go)
		return f, true
	case varietyListItem33(tt.text, f):
		return f, true
	case f.Type == LOCATION && foreignProduce33(f.Text, after):
		return f, true
	case provincePairTerm33(f.Text, after):
		return f, true
	case f.Type == LOCATION && shortFormInTerm33(tt.text, f, after):
		return f, true
	case f.Type == LOCATION && regionTerm33(f.Text, after):
		return f, true
	case (ethnicGroupRead33(f, after) || branchMay20(tt, &f) && insideEthnicBranch33(tt.text, f)) && !namedSiteAfter33(after): // (speed20.go)
		return f, true
	case f.Type == ORG && genericBodyAlone33(f.Text):
		return f, true
	case f.Type == PERSON && heritageItem33(tt.text, f, after):
		return f, true
	case f.Type == LOCATION && (wordRoad33(f) || material33(f, after) || quietZone33(f)):
		return f, true
	}
	if f.Type == ORG {
		if g, ok := placeGenericTail33(tt, f, fs); ok {
			return g, false
		}
	}
	return f, false
}

// ------------------------------------------------------------ breeds and varieties

// transBreeds33 are breeds of livestock named by a transliteration whose
// first characters a gazetteer or a surname reads (西门|塔尔, 安格斯).
var transBreeds33 = []string{"西门塔尔", "安格斯", "夏洛莱", "利木赞", "荷斯坦", "荷斯坦因", "娟姗", "海福特", "婆罗门", "和牛", "杜泊", "萨福克", "特克赛尔", "澳洲白", "无角陶赛特", "杜洛克", "长白", "大约克", "皮特兰", "汉普夏", "巴克夏", "波尔山羊", "努比亚", "萨能", "罗曼", "海兰", "伊莎"}

// transBreedMin33 are breeds long and rare enough to stand for themselves;
// the others must stand before a kind of livestock (长白|猪, 罗曼|蛋鸡).
var transBreedMin33 = wordSet(`西门塔尔 安格斯 夏洛莱 利木赞 荷斯坦 荷斯坦因 海福特 萨福克 特克赛尔 无角陶赛特 杜洛克 皮特兰 汉普夏 巴克夏 波尔山羊`)

// livestockRunes33 follow a breed's name.
var livestockRunes33 = runeBitsOf("牛羊猪鸡鸭鹅兔马驴种")

// placeKindRunes33 after a breed make it a place's name (西门塔尔村 is none
// known, but 长白|山, 海兰|村 are).
var placeKindRunes33 = runeBitsOf("村乡镇县市区路街山湖河")

// insideBreed33 reports whether f lies inside the name of a transliterated
// breed in text (西门|塔尔育肥牛).
func insideBreed33(text string, f Finding) bool {
	for _, b := range transBreeds33 {
		// a match must cover f: it starts at most len(b) bytes before
		// f's end and ends at most len(b) bytes after f's start
		lo, hi := max(f.End-len(b), 0), min(f.Start+len(b), len(text))
		for p := lo; p < hi; {
			k := strings.Index(text[p:hi], b)
			if k < 0 {
				break
			}
			s, e := p+k, p+k+len(b)
			p = e
			if s > f.Start || e < f.End {
				continue
			}
			n, _ := utf8.DecodeRuneInString(text[e:])
			if placeKindRunes33.has(n) {
				continue
			}
			if transBreedMin33[b] || livestockRunes33.has(n) {
				return true
			}
		}
	}
	return false
}

// personContext33 reports evidence of a person's context that keeps a
// finding from the variety and heritage classes (varietyListItem33,
// heritageItem33): a role before the name, a name after it, or speech
// after it (title-after:说).
func personContext33(ev string) bool {
	return strings.Contains(ev, "role-before") || strings.Contains(ev, "name-after") || strings.Contains(ev, "title-after:说")
}

// varietyEndRunes33 end the name of a tree, a fruit or a crop variety
// (华山|松, 三华|李, 红阳|猕猴桃's 桃).
var varietyEndRunes33 = runeBitsOf("松柏杉桧杨柳槐榆桃李梨杏枣橘柑橙柚梅榧椒茶")

// varietyCloses33 close a list of trees, fruits or raw produce (…、华山松等苗木).
var varietyCloses33 = []string{"等苗木", "等树苗", "等树种", "等乡土树种", "等绿化苗木", "等果树", "等果苗", "等经济林", "等原料", "等水果", "等鲜果", "等特色水果", "等林果", "等品种", "等良种"}

// varietyListItem33 reports whether f lies inside an item of a list that a
// variety's close ends (侧柏、华山松等苗木; 青梅、三华李等原料) and the item
// ends in a tree's or fruit's character: a variety, no person or village.
// A person's context (a role before, a title or speech after) keeps f.
func varietyListItem33(text string, f Finding) bool {
	if f.Type == ORG || personContext33(f.Evidence) {
		return false
	}
	// the item's end: f's end, or the rest of the word up to 、 or 等
	e := f.End
	for n := 0; n < 3 && e < len(text); n++ {
		r, sz := utf8.DecodeRuneInString(text[e:])
		if r == '、' || r == '等' || !isHan(r) {
			break
		}
		e += sz
	}
	if r, _ := utf8.DecodeLastRuneInString(text[f.Start:e]); !varietyEndRunes33.has(r) {
		return false
	}
	// the rest of the list up to its close, in the same clause
	rest := text[e:]
	for i, r := range rest {
		if i > 90 || r == '，' || r == '。' || r == '；' || r == '：' || r == '\n' {
			return false
		}
		if r == '等' {
			return firstPrefix(rest[i:], varietyCloses33) != ""
		}
		if !isHan(r) && r != '、' {
			return false
		}
	}
	return false
}

// foreignPlaces33 are foreign countries and continents that name a produce
// grown at home (澳洲坚果, 美国红提, 新西兰|猕猴桃).
var foreignPlaces33 = wordSet(`澳洲 澳大利亚 美国 美洲 非洲 欧洲 新西兰 以色列 荷兰 日本 韩国 泰国 越南 巴西 智利 秘鲁 加拿大`)

// foreignProduces33 are the produce such a country names.
var foreignProduces33 = []string{"坚果", "红提", "青提", "蓝莓", "车厘子", "牛油果", "奇异果", "猕猴桃", "火龙果", "榴莲", "甜橙", "大豆", "黑麦", "白羊", "肉牛", "牛", "羊", "猪", "草"}

// foreignProduce33 reports a foreign country read as a place right before
// its produce (澳洲|坚果).
func foreignProduce33(w, after string) bool {
	return foreignPlaces33[w] && firstPrefix(after, foreignProduces33) != ""
}

// ------------------------------------------------------------ province and place short forms in terms

// provinceAbbrs33 are the one-character names of the provinces (闽, 宁, 鲁, 渝).
var provinceAbbrs33 = runeBitsOf("京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台")

// coopWords33 follow a pair of provinces in the name of a cooperation
// (闽宁|协作, 鲁渝|劳务协作站, 沪滇|合作).
var coopWords33 = []string{"协作", "合作", "帮扶", "扶贫", "劳务", "对口", "共建", "携手", "产业协作", "消费协作", "东西部"}

// provincePairTerm33 reports a pair of province abbreviations before a
// word of cooperation: a national programme's name (闽宁协作), no place
// or person.
func provincePairTerm33(w, after string) bool {
	// (speed25: the two characters decoded in place, as []rune(w) reads
	// them, without a slice per finding)
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	return n0 > 0 && n1 > 0 && n0+n1 == len(w) && provinceAbbrs33.has(r0) && provinceAbbrs33.has(r1) && r0 != r1 && firstPrefix(after, coopWords33) != ""
}

// termAfterShort33 follow a township's short form in a policy term (两山|转化,
// 两山|理论) or make an adjective of it (普惠|性).
// (not 银行 or 基地: 长安|银行 is a bank's name)
var termAfterShort33 = []string{"转化", "理论", "理念", "性"}

// shortFormInTerm33 reports a township's short form that stands before a
// policy word or 性 (两山转化, 普惠性) when the text never names the
// township itself: a word of the term, no place.
func shortFormInTerm33(text string, f Finding, after string) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok {
		return false
	}
	if i := strings.IndexByte(full, ','); i >= 0 {
		full = full[:i]
	}
	return firstPrefix(after, termAfterShort33) != "" && !strings.Contains(text, full)
}

// regions33 are regions of several provinces or of a great river (三峡,
// 黄淮海): no county's place.
var regions33 = []string{"三峡", "黄淮海", "黄淮", "长三角", "珠三角", "京津冀", "成渝", "粤港澳", "江汉", "江淮", "华北", "东北", "西北", "西南", "华南", "华东", "华中"}

// regionKinds33 follow such a region (三峡|库区, 黄淮海|麦区).
var regionKinds33 = []string{"库区", "麦区", "地区", "平原", "流域", "产区", "主产区", "经济圈", "城市群", "片区"}

// regionTerm33 reports a region of several provinces and its kind, read as
// one place (三峡库区) or the region alone before its kind (黄淮海|麦区).
func regionTerm33(w, after string) bool {
	for _, r := range regions33 {
		if rest, ok := strings.CutPrefix(w, r); ok && (rest == "" && firstPrefix(after, regionKinds33) != "" || rest != "" && firstPrefix(rest, regionKinds33) == rest) {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ ethnic groups

// ethnicSettleRunes33 after 族 make a place (…族乡, …族自治县, …族村).
var ethnicSettleRunes33 = runeBitsOf("乡镇村自")

// ethnicGroupRead33 reports an ethnic group's name read as a place or a
// name right before 族, or with it, where no township follows
// (鄂伦春|族民间河长): the people, no place's short form.
func ethnicGroupRead33(f Finding, after string) bool {
	if f.Type == ORG {
		return false
	}
	w, rest := f.Text, after
	if g, ok := strings.CutSuffix(w, "族"); ok {
		w = g
	} else if r, ok := strings.CutPrefix(after, "族"); ok {
		rest = r
	} else {
		return false
	}
	n, _ := utf8.DecodeRuneInString(rest)
	return runeLen(w) >= 2 && nationalities29[w] && !ethnicSettleRunes33.has(n)
}

// ethnicBranches33 are branches of an ethnic group named by their dress or
// their land (白裤瑶, 长角苗, 黑衣壮).
var ethnicBranches33 = []string{"白裤瑶", "花瑶", "红瑶", "蓝靛瑶", "过山瑶", "盘瑶", "茶山瑶", "布努瑶", "山子瑶", "平地瑶", "坳瑶", "红头瑶", "长角苗", "短裙苗", "歪梳苗", "大花苗", "小花苗", "黑衣壮", "花腰傣", "旱傣", "水傣", "花腰彝", "白马藏"}

// branchCrafts33 follow an ethnic branch in the name of a kind of workshop
// (白裤瑶|服饰工坊): no name of its own.
var branchCrafts33 = []string{"服饰", "刺绣", "蜡染", "织锦", "银饰", "文化", "民俗", "手工"}

// insideEthnicBranch33 reports whether f is an ethnic branch, lies inside
// one, is one read with the character before it (群众中|白裤瑶), or is a
// workshop of the branch's craft (白裤瑶|服饰工坊). A branch with a
// place's or a shop's end (白面红瑶寨, “红瑶人家”) is a name and stays.
func insideEthnicBranch33(text string, f Finding) bool {
	for _, b := range ethnicBranches33 {
		if f.Type == ORG {
			if rest, ok := strings.CutPrefix(f.Text, b); ok && firstPrefix(rest, branchCrafts33) != "" {
				return true
			}
			continue
		}
		if rest, ok := strings.CutSuffix(f.Text, b); ok && runeLen(rest) <= 1 {
			return true // 中|白裤瑶 read as one name
		}
		for d := 0; d < len(b); d++ {
			s := f.Start - d
			if s >= 0 && s+len(b) >= f.End && strings.HasPrefix(text[s:], b) {
				return true
			}
		}
	}
	return false
}

// siteEnds33 end the name of a festival or site that an ethnic group or
// branch begins (红瑶|晒衣节, 赫哲|族民俗风情园): a name, masked whole.
var siteEnds33 = []string{"节", "园", "寨", "馆", "宫", "城", "景区", "广场", "村"}

// namedSiteAfter33 reports whether after (the text right after an ethnic
// group's or branch's name) continues, past an optional 族, with at most
// four Han characters and no function word into a festival's or site's
// end. Added after span-train4 and span-train8 leaked such names.
func namedSiteAfter33(after string) bool {
	after = strings.TrimPrefix(after, "族")
	n := 0 // the characters read before the end
	for i, r := range after {
		if n > 4 || !isHan(r) || strings.ContainsRune("在到和与的是了为等及", r) {
			return false
		}
		if k := firstPrefix(after[i:], siteEnds33); k != "" {
			// the end must end the name: 村民 and 节约 begin with 村 and 节
			rest := after[i+len(k):]
			if n, _ := utf8.DecodeRuneInString(rest); rest == "" || !isHan(n) || strings.ContainsRune("在到和与的是了为等及", n) {
				return true
			}
		}
		n++
	}
	return false
}

// festivalEnds33 end an ethnic festival or gathering (苗族|芦笙会).
var festivalEnds33 = []string{"会", "节", "赛", "大会", "节庆"}

// ------------------------------------------------------------ generic bodies

// facilities33 are generic facilities a township or village keeps, named
// after the place (…乡|雨量站, …镇|烘干中心).
var facilities33 = wordSet(`雨量站 水位站 水文站 气象站 气象观测站 自动气象站 雨量监测站 烘干中心 粮食烘干中心 烘干厂 育秧中心 育秧工厂 农机服务中心 冷链中心 冷链物流中心 电商服务站 电商服务中心 快递服务站 物流服务站 电商物流服务站`)

// placeGenericTail33 cuts an organisation read over a place and a generic
// facility (石门乡|雨量站) or an ethnic festival (…镇|苗族芦笙会) back to
// the place: the place stays masked, the kind stays readable.
func placeGenericTail33(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return f, false
	}
	for i := s + 2; i < e; i++ {
		if !placeLevelEnds21.has(tt.runes[i-1]) {
			continue
		}
		head, tail := tt.sub(s, i), tt.sub(i, e)
		if !facilities33[tail] && !ethnicFestival33(tail) {
			continue
		}
		if !(runeLen(head) >= 3 && !hasAnyPrefix13(head, wholeArea17)) && !placeFoundAt21(fs, f.Start, tt.off[i], head) {
			continue
		}
		f.Type, f.Text, f.End, f.label = LOCATION, head, tt.off[i], ""
		f.Evidence += ",place-generic-tail33"
		return f, true
	}
	return f, false
}

// ethnicFestival33 reports an ethnic group's festival or gathering
// (苗族芦笙会, 侗族大歌节): the group, 族, and a short name ending in a
// festival's kind.
func ethnicFestival33(w string) bool {
	i := strings.Index(w, "族")
	if i < 0 || !nationalities29[w[:i]] {
		return false
	}
	rest := w[i+len("族"):]
	return runeLen(rest) >= 2 && runeLen(rest) <= 6 && firstSuffix(rest, festivalEnds33) != ""
}

// genericLevels33 may open a body of a generic kind (县|邮政分公司, 苏木|卫生院).
var genericLevels33 = []string{"乡镇", "县", "市", "区", "旗", "镇", "乡", "苏木", "嘎查", "各"}

// genericKindLast33 holds the last characters of genericDescriptors33's
// kinds, for genericBodyAlone33's gate (built on first use).
var genericKindLast33 = sync.OnceValue(func() *runeBits {
	b := new(runeBits)
	for kind := range genericDescriptors33 {
		b.set(lastRune(kind))
	}
	return b
})

// genericDescriptors33 are, for each kind of body, the words that describe
// it without naming it (慈善|超市, 研学|团, 邮政|分公司, 蒙汉双语|学校).
var genericDescriptors33 = map[string][]string{
	"超市":   {"慈善", "爱心", "积分", "公益", "便民", "社区"},
	"团":    {"研学", "考察", "观摩", "调研", "参观", "慰问", "宣讲", "志愿服务", "艺术", "采风", "旅游"},
	"分公司":  {"邮政", "电信", "移动", "联通", "供电", "烟草", "石油", "石化", "人保", "人保财险", "人寿", "财险", "农发行"},
	"学校":   {"牧区", "寄宿制", "蒙汉", "藏汉", "维汉", "双语", "民族", "九年一贯制", "农村", "乡村", "寄宿"},
	"卫生院":  {"中心"},
	"双语学校": {"蒙汉", "藏汉", "维汉", "牧区", "寄宿制"},
}

// genericBodyAlone33 reports a body of a generic kind with no name: a
// level at most, descriptors of its kind, and the kind (慈善超市,
// 县邮政分公司, 牧区寄宿制蒙汉双语学校, 苏木卫生院).
func genericBodyAlone33(w string) bool {
	// (speed25: a body ends in a kind, so in a kind's last character; the
	// kinds' map is walked only then)
	if !mayHaveRune(genericKindLast33(), lastRune(w)) {
		return false
	}
	for kind, ds := range genericDescriptors33 {
		d, ok := strings.CutSuffix(w, kind)
		if !ok {
			continue
		}
		lv := firstPrefix(d, genericLevels33)
		d = d[len(lv):]
		if d == "" {
			if lv != "" && kind == "卫生院" {
				return true // 苏木|卫生院, 乡镇|卫生院
			}
			continue
		}
		for d != "" {
			p := firstPrefix(d, ds)
			if p == "" {
				break
			}
			d = d[len(p):]
		}
		if d == "" {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ heritage items and epics

// genres33 follow the title of an epic or a work in 《》 (《江格尔》史诗).
var genres33 = []string{"史诗", "长诗", "叙事诗", "说唱", "长调", "民歌", "传说", "神话", "故事", "剧目"}

// heritageCloses33 close a list of heritage items (…、咚咚喹等非遗项目).
var heritageCloses33 = []string{"等非遗项目", "等非遗", "等非物质文化遗产", "等民俗", "等民间艺术", "等传统技艺", "等节目", "等剧目", "等曲目", "等表演"}

// performWords33 follow an item that is performed (毛古斯|表演).
var performWords33 = []string{"表演", "展演", "演出"}

// heritageItem33 reports a person read over a work or a heritage item: the
// whole title in 《》 before a genre, an item of a list 等非遗项目 closes,
// or a weak name right before 表演. A person's context keeps f.
func heritageItem33(text string, f Finding, after string) bool {
	if personContext33(f.Evidence) {
		return false
	}
	if isBefore(text, f.Start, "《") && strings.HasPrefix(after, "》") && firstPrefix(after[len("》"):], genres33) != "" {
		return true
	}
	weak := strings.Contains(f.Evidence, "unknown-word") || strings.Contains(f.Evidence, "jieba:nr")
	if !weak {
		return false
	}
	if firstPrefix(after, performWords33) != "" {
		return true
	}
	for i, r := range after {
		if i > 90 || r == '，' || r == '。' || r == '；' || r == '：' || r == '\n' {
			return false
		}
		if r == '等' {
			c := firstPrefix(after[i:], heritageCloses33)
			// 等非遗项目传承人 names people
			return c != "" && !strings.HasPrefix(after[i+len(c):], "传承人") && !strings.HasPrefix(after[i+len(c):], "代表性传承人")
		}
		if !isHan(r) && r != '、' {
			return false
		}
	}
	return false
}

// isBefore reports whether text has s right before byte offset i.
func isBefore(text string, i int, s string) bool {
	return i >= len(s) && text[i-len(s):i] == s
}

// ------------------------------------------------------------ words read as streets, roads and zones

// pathWords33 end in 路 and are no road (电路, 线路, 思路).
var pathWords33 = []string{"电路", "线路", "回路", "短路", "闭路", "油路", "气路", "思路", "出路", "销路", "门路", "套路", "弯路"}

// wordRoad33 reports a road read from its kind over a word that ends in 路
// and is no road (印制|电路, 通信线路).
func wordRoad33(f Finding) bool {
	return strings.HasPrefix(f.Evidence, "pattern:路") && firstSuffix(f.Text, pathWords33) != ""
}

// materials33 are building materials a recognizer reads as a place or the
// head of a street (火山石, 青石板).
var materials33 = wordSet(`火山石 青石板 石板 青石 鹅卵石 卵石 条石 毛石 夯土 土坯 青砖 红砖 灰砖 木板`)

// buildingAfter33 follow a material that builds them (火山石|古民居).
var buildingAfter33 = []string{"古民居", "民居", "古建筑", "建筑", "房屋", "老屋", "墙", "砌", "铺", "台阶", "街巷", "路面"}

// streetCompounds33 begin with 街 or 路 and are no street's end (街巷, 路面).
var streetCompounds33 = []string{"巷", "面", "基", "网"}

// material33 reports a building material read as a place (火山石|古民居) or
// as a street before a compound of 街 (青石板街|巷: a paving, no street).
func material33(f Finding, after string) bool {
	if materials33[f.Text] {
		return firstPrefix(after, buildingAfter33) != "" // not 青石 of 青石镇 alone
	}
	r := lastRune(f.Text)
	return (r == '街' || r == '路') && materials33[strings.TrimSuffix(f.Text, string(r))] && firstPrefix(after, streetCompounds33) != ""
}

// quietWords33 name a zone kept quiet for radio astronomy (电磁波宁静区).
var quietWords33 = []string{"宁静", "电磁宁静", "电磁波宁静", "无线电宁静", "无线电静默", "静默"}

// quietZone33 reports a zone of radio quiet read as a district (宁静区).
func quietZone33(f Finding) bool {
	d, ok := strings.CutSuffix(f.Text, "区")
	return ok && strings.HasPrefix(f.Evidence, "pattern:") && firstPrefix(d, quietWords33) == d
}

// ------------------------------------------------------------ each occurrence

// occurrence33 reports whether the entity e found at byte i of s stands,
// at this place, in one of keep33's ordinary phrases: a text masked
// elsewhere in the document (鄂伦春 of 鄂伦春族乡, 闽宁 of 闽宁镇, 普惠 of
// 学前教育普惠发展, 江格尔 of 江格尔宫) masks every place it occurs, so
// the classes that hang on the context are tested again for each
// occurrence: an ethnic group before 族 (鄂伦春|族民间河长), a province
// pair before cooperation (闽宁|协作), a short form before 性 (普惠|性),
// a transliterated breed (西门|塔尔), a title in 《》 before a genre.
func occurrence33(e *entity, s string, i int) bool {
	end := i + len(e.text)
	after := s[end:]
	switch e.typ {
	case LOCATION:
		if r, ok := strings.CutPrefix(after, "族"); ok && nationalities29[e.text] && runeLen(e.text) >= 2 {
			n, _ := utf8.DecodeRuneInString(r)
			return !ethnicSettleRunes33.has(n) && !namedSiteAfter33(after)
		}
		if strings.HasPrefix(after, "性") && strings.Contains(e.evidence, "short") {
			return true
		}
		return provincePairTerm33(e.text, after) || insideBreed33(s, Finding{Start: i, End: end})
	case PERSON:
		return inGenreTitle33(s, i, end)
	}
	return false
}

// inGenreTitle33 reports whether bytes i to end of s lie inside a short
// title in 《》 that a genre follows (《江格尔》史诗, and 格尔 of it, the
// given name of a person read from the title elsewhere): the title of a
// work, no person's name.
func inGenreTitle33(s string, i, end int) bool {
	j := i
	for n := 0; ; n++ {
		if isBefore(s, j, "《") {
			break
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if n >= 4 || !isHan(r) {
			return false
		}
		j -= size
	}
	k := end
	for n := 0; ; n++ {
		if strings.HasPrefix(s[k:], "》") {
			break
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if n >= 4 || !isHan(r) {
			return false
		}
		k += size
	}
	return firstPrefix(s[k+len("》"):], genres33) != ""
}

// keepListItem33 reports an item of an enumeration (Analyze's listItems)
// that is a verb of breeding (breedVerbs31) and a breed of two to four
// characters ending in a kind of livestock (发展|藏香猪、藏鸡养殖): no name.
// The text is not needed; the parameter keeps the shape of the other
// list-item filters Analyze asks beside it (keepListItem30).
func keepListItem33(_ *tokText, f Finding) bool {
	for v := range breedVerbs31 {
		if b, ok := strings.CutPrefix(f.Text, v); ok && runeLen(b) >= 2 && runeLen(b) <= 4 && livestockRunes33.has(lastRune(b)) {
			return true
		}
	}
	return false
}
