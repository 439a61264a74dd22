package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// keep18w.go: round keep18w, ordinary words of goods and services that the
// surname reader took for a person. Each class is a weak person finding
// (weakName18b: a surname and given characters alone, no role, title or
// speech at it) in a product's frame:
//   - productHead18w: a weak name of three characters or more, scored low
//     (productNameScore18w) and whose given part is no word of its own,
//     stands right before a head noun of a product (红缨子|高粱,
//     牛羊菜|果薯药): nobody's name is glued to a crop or a food, while a
//     person's own farm, shop or field (张华|茶园, 李秋菊|菜地) and a name of
//     two characters (李强|苹果丰收: it scores low either way) stay masked;
//   - productGrade18w: the weak name stands right after a grade word of
//     goods (高纯|石英砂, 重瓣|…, 富硒|…), or is the grade word itself:
//     such a word grades a thing, never a person.
// As in keep18b, a text the document once shows as a product stays at
// every occurrence. Two classes of words read as places stay too:
//   - streakWord18w: a township's short form that is the streak word of a
//     count (十九|连丰, 五|连增: so many years of growth in a row);
//   - terrainIdiom18w: a mountain read from its kind character whose 山
//     opens a four-character idiom of rough terrain (村寨|山高林密, 崮顶|山高
//     林密, …山大沟深): the idiom describes the land, it names no mountain.

// productHeads18w are head nouns of farm produce, foods, raw materials and
// medical operations that follow the variety or kind they head (红缨子|高粱,
// 牛羊菜|果薯药). Verbs are left out: a name stands before them as a subject
// (王芳|服务群众).
var productHeads18w = []string{
	"鲜奶", "牛奶", "酸奶", "奶粉", "奶酪", "奶茶", "乳业",
	"高粱", "玉米", "水稻", "小麦", "荞麦", "燕麦", "大豆", "马铃薯", "土豆",
	"凤梨", "菠萝", "苹果", "葡萄", "柑橘", "猕猴桃", "李子", "梨", "杏", "桃",
	"茶叶", "红茶", "绿茶", "白茶", "黑茶", "茶", "果", "蔬菜", "菜", "药材",
	"手术", "疗法", "古道",
}

// productKinds18w follow a head noun in the name of a farm, shop, firm or
// cooperative that may bear its owner's name (张华|茶|园, 李明|果|业合作社):
// the name stays masked there.
var productKinds18w = []string{"园", "厂", "店", "场", "社", "馆", "坊", "庄", "铺", "行", "楼", "室", "院", "部", "业", "地", "田", "棚", "山", "公司", "合作", "基地", "农场", "家庭", "专业", "有限"}

// productGrades18w grade goods by purity, form or origin (高纯|石英砂,
// 重瓣|玫瑰, 富硒|茶): they qualify a thing, never a person.
var productGrades18w = []string{"高纯", "高纯度", "重瓣", "富硒", "野生", "优质", "特级", "精制", "新品种"}

// keep18w drops the weak person findings of fs that stand in a product's
// frame (above).
func keep18w(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	products := map[string]bool{}
	for _, f := range fs {
		if _, seen := products[f.Text]; !seen && weakProductName18w(f) {
			products[f.Text] = productFrame18w(tt.text, f.Text, f.Evidence, f.Score)
		}
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, _ []Finding) (Finding, bool) {
		if streakWord18w(tt.text, f) || terrainIdiom18w(tt.text, f) {
			return f, true
		}
		if f.Type == PERSON && slices.Contains(productGrades18w, f.Text) {
			return f, true // a grade word is no name, whatever stands before it (引进|高纯…)
		}
		return f, weakProductName18w(f) && (products[f.Text] || insideProduct18b(tt.text, f, products))
	})
}

// productFrame18w reports whether name stands somewhere in text right
// before a product's head noun that no owner's kind follows
// (productHead18w), or right after a grade of goods (productGrade18w).
func productFrame18w(text, name, ev string, score float64) bool {
	if utf8.RuneCountInString(name) < 2 {
		return false
	}
	if slices.Contains(productGrades18w, name) {
		return true // the grade word itself read as a name (高纯 of 高纯石英砂)
	}
	for k := 0; ; {
		i := strings.Index(text[k:], name)
		if i < 0 {
			return false
		}
		b, e := k+i, k+i+len(name)
		k = e
		if h := firstPrefix(text[e:], productHeads18w); h != "" && headName18w(name, ev, score) && firstPrefix(text[e+len(h):], productKinds18w) == "" && !headRunsOn18w(text, e, h) {
			return true
		}
		if firstSuffix(text[:b], productGrades18w) != "" {
			return true
		}
	}
}

// headRunsOn18w reports a one-character head at byte e that makes a common
// word with the character after it (…|果断, …|菜单): a word of the clause,
// no product.
func headRunsOn18w(text string, e int, h string) bool {
	if utf8.RuneCountInString(h) != 1 || e+len(h) >= len(text) {
		return false
	}
	_, n := utf8.DecodeRuneInString(text[e+len(h):])
	return getLexicon().common[text[e:e+len(h)+n]]
}

// productNameScore18w bounds the surname reader's score of a weak person
// that a product's frame may give back: the reader scores a name of real
// given characters high (李秋菊 9, 张建华 3.2), a word of goods low (巴氏
// 2.6, 红缨子 1.5, 马帮 0.5), and a person's own field or crop after a high
// score (李秋菊|菜地) stays masked.
const productNameScore18w = 2.0

// weakProductName18w reports a weak person finding (weakName18b) scored
// below productNameScore18w.
func weakProductName18w(f Finding) bool {
	return f.Type == PERSON && weakName18b(f)
}

// headName18w reports a weak name that a head noun after it may give back:
// three characters or more scored below productNameScore18w. A name of two
// characters scores low whether it is a word or a person (李强|苹果丰收,
// 何平|药材收入), so only a grade before it gives it back.
// A given name that is a word of its own (建国 of 王建国) is a person's
// mark too.
func headName18w(name, ev string, score float64) bool {
	return utf8.RuneCountInString(name) >= 3 && score < productNameScore18w && !strings.Contains(ev, "given-is-word")
}

// countRunes18w are the digits and numerals of a count before a streak word.
var countRunes18w = runeBitsOf("一二三四五六七八九十百两0123456789")

// streakWord18w reports a township's short form found from the gazetteer
// alone that starts with 连 (连丰 of 连丰乡, 连增) right after a count and
// before no level of a division (十九|连丰, not 三|连丰乡).
func streakWord18w(text string, f Finding) bool {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "gazetteer-short") || !strings.HasPrefix(f.Text, "连") || utf8.RuneCountInString(f.Text) != 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:f.Start])
	if f.Start == 0 || !countRunes18w.has(r) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[f.End:])
	return f.End >= len(text) || !strings.ContainsRune("乡镇村县区", n)
}

// terrainIdioms18w are the last three characters of four-character idioms
// of rough terrain that open with 山 (山|高林密, 山|大沟深).
var terrainIdioms18w = []string{"高林密", "高坡陡", "高路远", "高谷深", "高路陡", "高水险", "大沟深", "大林深", "多地少", "高沟深", "陡路险", "高路险"}

// terrainIdiom18w reports a place read from its kind pattern ending in 山 whose 山 opens an
// idiom of terrainIdioms18w.
func terrainIdiom18w(text string, f Finding) bool {
	return f.Type == LOCATION && strings.HasPrefix(f.Evidence, "pattern:") && strings.HasSuffix(f.Text, "山") && f.End <= len(text) && firstPrefix(text[f.End:], terrainIdioms18w) != ""
}
