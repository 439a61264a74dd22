package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round dst14: the classes behind the misses of
// span-train36, a text dense in organisations in short forms.
//
// Leaks:
//   - a quoted name right before the kind of body it names, a kind word
//     of a fund, team, school, association, shop or studio, with up to
//     four characters of trade between (“甲乙”公益基金, “甲乙”志愿服务队,
//     “甲乙”幼儿园, “甲乙”老年协会, “甲乙”名师工作室): the quotes hold
//     the body's own name. A slogan that opens with a number (“五老”), a
//     national programme or honour (“石榴籽”, “兵支书”) or a name made of
//     a programme or honour word (…计划, 最美…) stays;
//   - a firm's brand alone in a later clause (…有限公司（简称“甲乙食品”）
//     …，甲乙又…): the short form the report declares, less its trade word,
//     names the firm where it opens a clause (brandsAlone14, called from
//     Analyze).
//
// Ordinary phrases:
//   - a kind of facility named by its function alone (慈善超市, 储能电站,
//     雕刻工作室), with a level before it (县慈善超市) or none;
//   - a crop's orchard (古枣园, 部分枣园): a crop's 园 after 古, or read
//     as the short form of a township (枣园乡), is the orchard;
//   - varieties listed before 等品种 that share their last character
//     (油枣、团枣、木枣等品种): kinds of one produce, no villages;
//   - a place with no gazetteer entry (read by gojieba or by its landform
//     word) inside the title of a performed or written work (歌舞《兴安岭上》);
//   - a nationality is no short form of its ethnic township (鄂伦春族乡 →
//     鄂伦春语 stays; ethnicShortForm14, called from Analyze).
//
// dst14 runs in Analyze's rule chain after keep32 and before keep33;
// Analyze also masks the known place that opens a quoted body's name
// wherever else it stands (quotedBodyPlaces14).

// dst14 adds the quoted bodies (quotedBodies14) and drops the ordinary
// phrases of the classes above (ordinary14).
func dst14(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	if strings.Contains(tt.text, "”") {
		fs = quotedBodies14(tt, fs)
	}
	if len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if !ordinary14(tt, f) {
			kept = append(kept, f)
		}
	}
	return kept
}

// bodyKinds14 name a body a quoted name stands before: funds, volunteer
// teams and troupes, schools, associations, shops and studios. Only
// whether one of them opens the text is asked (bodyKindAfter14), so their
// order does not matter.
var bodyKinds14 = []string{"志愿者服务队", "志愿服务总队", "志愿服务队", "志愿服务团", "志愿者协会", "基金会", "志愿队", "服务队", "宣讲团", "艺术团", "合唱团", "舞蹈队", "文艺队", "演出队", "基金", "幼儿园", "协会", "商会", "研究会", "超市", "工作室"}

// quotedNotName14 are national programmes, honours and generic slogans
// that stand in quotes before a body's kind and name no one body.
var quotedNotName14 = wordSet(`石榴籽 兵支书 老娘舅 红马甲 蓝马甲 小红帽 红袖标 红领巾 学雷锋 雷锋 河小青 巾帼 春蕾 希望工程 党员先锋 青年突击 银龄 银发 志愿红 新时代文明实践 蓝天 母亲河 光明行 爱心 微心愿 邻里守望 时间银行 四点半 放心 诚信 平安 连心 暖心 贴心 同心 红色 绿色 金色 乡村振兴 共同富裕 博爱 希望 阳光`)

// quotedNotWords14 make a quoted name a programme, campaign or honour
// wherever they stand in it (“春蕾计划”, “最美家庭”).
var quotedNotWords14 = []string{"计划", "工程", "行动", "项目", "活动", "工作", "服务", "模式", "品牌", "示范", "标准", "文明", "先进", "优秀", "模范", "最美", "五好", "星级", "之家", "创建", "中国", "全国", "国家"}

// quotedBodies14 finds a quoted name of two to eight Han characters right
// before a body's kind (“甲乙”慈善基金, “甲乙”幼儿园), with up to four
// Han characters of trade or level between (“甲乙”调解工作室, “甲乙”老年
// 协会). A reading wholly inside the quotes gives way to the whole name;
// one that crosses a quote leaves it alone.
func quotedBodies14(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		if n := runeLen(w); n < 2 || n > 8 || !allHan(w) || !quotedBodyName14(w) {
			continue
		}
		if !bodyKindAfter14(t[e+len("”"):]) || overlapsEdge18(fs, s, e) {
			continue
		}
		out = append(out, Finding{Type: ORG, Text: w, Start: s, End: e, Evidence: "quoted-body14", Score: contextScore, label: "机构"})
	}
	kept, out := dropInside18(fs, out) // the findings inside a quoted name give way to it
	return append(kept, out...)
}

// quotedBodyName14 reports whether a quoted word can be a body's own name:
// no slogan that opens with a number, no national programme or honour.
func quotedBodyName14(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if strings.ContainsRune("一二三四五六七八九十两百千万双多", r) || quotedNotName14[w] {
		return false
	}
	for _, x := range quotedNotWords14 {
		if strings.Contains(w, x) {
			return false
		}
	}
	return true
}

// bodyKindAfter14 reports whether rest opens with a body's kind, after
// up to four Han characters of trade or level with no function word or
// list mark among them (“…”老年协会, “…”名师工作室).
func bodyKindAfter14(rest string) bool {
	i := 0
	for n := 0; n <= 4; n++ {
		if firstPrefix(rest[i:], bodyKinds14) != "" {
			return true
		}
		r, size := utf8.DecodeRuneInString(rest[i:])
		if size == 0 || !isHan(r) || strings.ContainsRune("的和与及或在由为是将把对向从等", r) {
			return false
		}
		i += size
	}
	return false
}

// ordinary14 reports whether f is an ordinary phrase of dst14's classes:
// a facility named by its function, a crop's orchard, an item of a list
// of varieties, or a place only gojieba reads in a work's title.
func ordinary14(tt *tokText, f Finding) bool {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return false
	}
	switch f.Type {
	case ORG, LOCATION:
		if functionFacility14(f.Text) {
			return true
		}
	}
	if f.Type != LOCATION {
		return false
	}
	before, after := tt.text[:f.Start], tt.text[f.End:]
	// an orchard of a crop (古|枣园, 部分|枣园) read as the short form of
	// a township named after it (枣园乡): the orchard is the reading a
	// report means when nothing of a township's follows
	if crop, ok := strings.CutSuffix(f.Text, "园"); ok && orchardCrops14[crop] && (strings.HasSuffix(before, "古") || strings.HasPrefix(f.Evidence, "gazetteer-short")) {
		return true
	}
	if varietyItem14(tt.text, f) {
		return true
	}
	// a place only gojieba calls one, in the title of a work
	if l := getLexicon(); tt.mayHold('《') && !l.knownPlace24(f.Text) && inWorkTitle14(before, after) { // (no title without 《: speed21)
		return true
	}
	return false
}

// functionFacilities14 name a facility by its kind and what it serves or
// stores, no owner: the whole finding is one of them, after a level or
// none (县慈善超市, 储能电站, 雕刻工作室).
var functionFacilities14 = map[string][]string{
	"超市":  {"慈善", "爱心", "便民", "公益", "积分", "平价", "生鲜", "连锁", "社区", "农村", "乡村"},
	"电站":  {"储能", "蓄能", "光伏", "风力", "水力", "火力", "抽水蓄能", "充电", "换电", "光伏发电", "小水", "分布式光伏"},
	"工作室": {"雕刻", "木雕", "根雕", "石雕", "玉雕", "刺绣", "剪纸", "陶艺", "摄影", "设计", "书法", "绘画", "手工", "直播", "电商", "非遗", "调解", "心理咨询"},
}

// facilityLevels14 may stand before a facility named by its function
// (县|慈善超市), or none ("").
var facilityLevels14 = []string{"", "县", "市", "区", "乡", "镇", "村"}

// functionFacility14 reports whether text is a facility named by its
// function alone, with a one-character level before it or none.
func functionFacility14(text string) bool {
	if !functionFacilityMay21(text) {
		return false // (no kind at its end: speed21.go)
	}
	for _, lv := range facilityLevels14 {
		if !strings.HasPrefix(text, lv) {
			continue
		}
		rest := text[len(lv):]
		for kind, uses := range functionFacilities14 {
			if !strings.HasSuffix(rest, kind) {
				continue
			}
			if slices.Contains(uses, strings.TrimSuffix(rest, kind)) {
				return true
			}
		}
	}
	return false
}

// orchardCrops14 are the crops an old orchard (古X园) is named by.
var orchardCrops14 = wordSet(`枣 茶 梨 桃 杏 柿 橘 桔 李 荔枝 龙眼 核桃 板栗 栗 桑 柑 橙 果 梅 杨梅 银杏 油茶 椰`)

// varietyItem14 reports whether f is an item of a 、-list of varieties
// closed by 等品种 (油枣、团枣、木枣等品种) whose items all share their last
// character.
func varietyItem14(text string, f Finding) bool {
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	items := 1
	// the items before f; the list's first item may be glued to the
	// words that lead into it (收集油枣)
	for s := f.Start; strings.HasSuffix(text[:s], "、"); items++ {
		s -= len("、")
		w := hanRunBefore14(text[:s])
		s -= len(w)
		whole := strings.HasSuffix(text[:s], "、")
		if whole && !varietySibling14(w, last) || !whole && (runeLen(w) < 2 || !strings.HasSuffix(w, string(last))) {
			return false
		}
	}
	// the items after f, up to the closer
	e := f.End
	for strings.HasPrefix(text[e:], "、") {
		e += len("、")
		w := hanRunAfter14(text[e:])
		if !varietySibling14(w, last) {
			return false
		}
		e += len(w)
		items++
	}
	if items < 3 || !strings.HasPrefix(text[e:], "等") {
		return false
	}
	closer := text[e+len("等"):]
	if len(closer) > 18 {
		closer = closer[:18]
	}
	return strings.Contains(closer, "品种") || strings.Contains(closer, "品系")
}

// varietySibling14 reports whether w is a list item of two to four
// characters that ends in last.
func varietySibling14(w string, last rune) bool {
	l, _ := utf8.DecodeLastRuneInString(w)
	n := runeLen(w)
	return n >= 2 && n <= 4 && l == last
}

// hanRunBefore14 returns the Han characters that end s. Unlike
// hanRunAfter14 it does not stop at 等: an item before f read so ends in
// 等 and fails varietyItem14's test of the last character.
func hanRunBefore14(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHan(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// hanRunAfter14 returns the Han characters that open s, up to 等.
func hanRunAfter14(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) || r == '等' {
			break
		}
		i += size
	}
	return s[:i]
}

// workGenres14 name a performed or written work before its title in 《》.
var workGenres14 = []string{"歌舞", "歌曲", "舞蹈", "小品", "情景剧", "戏曲", "话剧", "快板", "诗朗诵", "朗诵", "合唱", "民歌", "歌谣", "童谣", "纪录片", "微电影", "专题片", "图书", "丛书", "专著", "诗集", "小说"}

// inWorkTitle14 reports whether a finding between before and after lies
// in a title in 《》 that a genre of work opens (歌舞《…》).
func inWorkTitle14(before, after string) bool {
	o, c := strings.LastIndex(before, "《"), strings.Index(after, "》")
	if o < 0 || strings.Contains(before[o:], "》") || c < 0 || strings.Contains(after[:c], "《") {
		return false
	}
	return hasAnySuffix14(before[:o], workGenres14)
}

// ethnicShortForm14 reports whether s, the short form of place, is the
// name of a nationality cut off its ethnic township (鄂伦春族乡 →
// 鄂伦春): the people, no place.
func ethnicShortForm14(s, place string) bool {
	if !nationalities29[s] {
		return false
	}
	i := strings.Index(place, s)
	if i < 0 {
		return false
	}
	rest := place[i+len(s):]
	return strings.HasPrefix(rest, "族乡") || strings.HasPrefix(rest, "族镇") || strings.HasPrefix(rest, "民族乡") || strings.HasPrefix(rest, "族苏木")
}

// brandsAlone14 returns the brand of the firm f, the short form the
// report declares after its full name (（简称“甲乙食品”）) less its last
// word, when the brand opens a clause alone in one of the texts (，甲乙又
// 在…): there it names the firm.
func brandsAlone14(tt *tokText, f Finding, texts []*tokText) []string {
	if tt == nil || f.Type != ORG || f.generic || f.End > len(tt.text) {
		return nil
	}
	suf, _ := orgSuffix(f.Text)
	if !strings.Contains(suf, "公司") && !strings.Contains(suf, "集团") {
		return nil
	}
	rest := tt.text[f.End:]
	d := bracketedShortForm(rest)
	if d == "" {
		d = declaredShortForm(rest)
	}
	if d == "" {
		return nil
	}
	b := brandOf14(tt, f, d)
	if b == "" {
		return nil
	}
	for _, x := range texts {
		if x != nil && brandOpensClause14(x.text, b) {
			return []string{b}
		}
	}
	return nil
}

// brandOf14 returns the declared short form d less its last word, as the
// full name f is cut into words (康保|塞风|新能源 → 塞风), when d stands
// in the full name on word edges and spans two words or more; "" else.
func brandOf14(tt *tokText, f Finding, d string) string {
	p := strings.Index(f.Text, d)
	if p < 0 {
		return ""
	}
	rs, re := tt.runeAt(f.Start+p), tt.runeAt(f.Start+p+len(d))
	if rs < 0 || re < 0 || !tt.tokStart(rs) || !tt.tokStart(re) {
		return ""
	}
	last := tt.tokenBefore(re)
	if last == nil || last.start <= rs || last.n() < 2 {
		return ""
	}
	b := tt.sub(rs, last.start)
	if t := tt.tokenAt(rs); t != nil && t.end == last.start && ordinaryPOS14[t.pos] {
		return "" // an ordinary noun or verb before the trade word (梯田|人家): no brand alone
	}
	l := getLexicon()
	if n := runeLen(b); n < 2 || n > 4 || !allHan(b) || l.places[b] > 0 || l.shortAll[b] || nationalTerms[b] || industryWords[b] || genreWords[b] {
		return ""
	}
	return b
}

// ordinaryPOS14 are gojieba's tags of an ordinary word: a brand of one
// such word (梯田 of “梯田人家”) names a thing before it names a firm.
var ordinaryPOS14 = wordSet(`n ns nr nrt nt v vn vd s t f m q`)

// quotedBodyPlaces14 returns the known place that opens a quoted body's
// name f (“巴里坤|蘑菇姐”电商工作室): masked with the whole name, the
// place is masked on its own wherever else it stands, as it was before
// the whole name was found.
func quotedBodyPlaces14(f Finding) []Finding {
	if f.Evidence != "quoted-body14" {
		return nil
	}
	l := getLexicon()
	rs := []rune(f.Text)
	for n := min(len(rs)-1, 5); n >= 2; n-- {
		w := string(rs[:n])
		if l.knownPlace24(w) && !l.common[w] && !nationalTerms[w] {
			return []Finding{{Type: LOCATION, Text: w, Evidence: "place-in-quoted-body14", Score: f.Score}}
		}
	}
	return nil
}

// clauseStops14 end a clause: the brand after one of them opens the next.
var clauseStops14 = []string{"。", "，", "；", "：", "！", "？", "）"}

// brandOpensClause14 reports whether b opens a clause of text (the text's
// start or right after a stop) and no trade word follows it there (甲乙
// 食品 is the trade short form, found on its own).
func brandOpensClause14(text, b string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], b)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(b)
		if at > 0 && !hasAnySuffix14(text[:at], clauseStops14) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i:])
		if !isHan(next) {
			continue // the brand alone, quoted or listed: another class
		}
		if w := firstPrefixWord14(text[i:]); industryWords[w] {
			continue
		}
		return true
	}
}

// firstPrefixWord14 returns the longest word of industryWords of one to
// four characters that s opens with, or "" (brandOpensClause14: 甲乙|食品
// is the trade short form, no brand alone).
func firstPrefixWord14(s string) string {
	best := ""
	for n, k := 0, 0; k < 4 && n < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[n:])
		n += size
		if industryWords[s[:n]] {
			best = s[:n]
		}
	}
	return best
}
