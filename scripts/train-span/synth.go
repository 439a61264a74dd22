package main

import (
	"bufio"
	"compress/gzip"
	"math/rand"
	"os"
	"strings"

	"huibao/anonymize"
)

// Generated report sentences for the kinds of names the rules miss most:
// roads and trails named after a place, expressways named by their two
// ends, numbered facilities, landforms with rare characters, shops, B&Bs
// and farm restaurants with invented names, markets, ethnic townships.
// The frames and word lists below are our own writing; the place stems
// come from the package's gazetteer files. Each frame has one slot {X}
// for a name (a span) or, in a share of the sentences, for an ordinary
// phrase of the same kind (no span), so the tagger learns that a kind
// word alone names nothing.

// frames are report sentences with a slot {X} and optionally {T}, a town
// or county written before the name (a span of its own).
var frames = []string{
	"完成{X}提质改造，新增停车位一百二十个。",
	"投资八百万元实施{X}拓宽工程，年底前完工。",
	"依托{X}发展乡村旅游，全年接待游客三万余人次。",
	"{T}{X}被评为省级示范点。",
	"加快推进{X}建设，力争年内建成投用。",
	"组织专班对{X}开展安全隐患排查，整改问题十七处。",
	"在{T}{X}召开全县现场推进会。",
	"{X}等十二家经营主体获得奖补资金。",
	"我们走访了{X}，听取经营户意见建议。",
	"{T}{X}日均销售额突破五万元。",
	"沿{X}新建路灯三百盏，群众出行更加便利。",
	"今年汛期，{X}累计抽排积水四十万立方米。",
	"引导{X}与周边农户签订收购协议。",
	"对{X}周边环境进行集中整治。",
	"{X}至县城段路面破损严重，群众反映强烈。",
	"督促{X}落实安全生产主体责任。",
	"以{X}为重点，打造生态旅游精品线路。",
	"{T}{X}的游客量同比增长两成。",
	"去年冬天，{X}因管道老化停水三天。",
	"新建的{X}已于五月通过验收。",
	"{T}“{X}”等经营主体带动周边群众增收。",
	"推动“{X}”“{Y}”连锁经营，打响本地品牌。",
	"加快{X}前期工作，力争早日开工。",
	"{X}沿线新增停车区两处。",
	"{X}接待量创历史新高。",
}

// Name makers: each returns a name built from a stem.
type maker func(r *rand.Rand, g *gaz) string

var (
	numerals   = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	roadKinds  = []string{"路", "大道", "街", "巷", "线", "公路", "大街", "环路"}
	trailKinds = []string{"山步道", "古道", "登山步道", "山游步道", "绿道"}
	waterWorks = []string{"泵站", "排涝站", "提灌站", "水厂", "污水处理厂", "水库", "电灌站", "闸站", "变电站"}
	landKinds  = []string{"山", "岭", "峰", "尖", "顶", "降", "坳", "垴", "峁", "崮", "岗"}
	homeKinds  = []string{"人家", "部落", "庄子", "小院", "山居", "农庄", "院子", "客舍"}
	siteKinds  = []string{"营地", "口岸", "农场", "教学点", "传习所", "广场", "森林公园", "湿地公园", "一级公路", "二级公路", "铁路", "隧道", "大桥", "服务区"}
	shopKinds  = []string{"农家乐", "民宿", "山庄", "超市", "餐馆", "小吃店", "茶楼", "酒家", "客栈", "便利店", "烧烤店", "粉店", "面馆", "茶社", "渔庄", "果园"}
	firmKinds  = []string{"农业开发有限公司", "商贸有限公司", "种植专业合作社", "养殖专业合作社", "食品厂", "砖厂", "建材有限公司", "家庭农场"}
	markets    = []string{"市场", "批发市场", "农贸市场", "集贸市场", "商城", "夜市"}
	ethnics    = []string{"苗族", "瑶族", "彝族", "土家族", "回族", "满族", "侗族", "壮族", "布依族", "畲族", "蒙古族", "白族", "哈尼族", "傈僳族"}
	// nameChars and rareChars: characters for invented shop names and for
	// landforms named with a rare word (our own choice).
	nameChars = []rune("瑞祥鑫隆福源盛兴恒泰丰裕康悦嘉华润昌达宏金云竹梅兰桂荷溪石松柏青翠红乐安和顺吉喜宝玉春秋月星阳光明德仁诚信益鸿凯锦绣湘蓉雅逸香满园乡味老友聚")
	rareChars = []rune("牯犇嵖岈嶂崆峒岙垭嵛岵崃峧嶙峋岚崧巑岌嶷崌峤岣嵝")
	// ordinary phrases of each kind: no name at all
	ordinary = []string{"精品民宿", "全县农家乐", "乡镇污水处理厂", "泵站", "农贸市场", "旅游公路", "登山步道", "高速公路", "连接线", "村级道路", "骨干水库", "中心市场", "特色小吃店", "便民超市", "家庭农场", "专业合作社", "产业路", "资源路", "排涝站", "主干道", "步行街", "美丽乡村示范带", "城区主干道", "景区道路", "农村公路", "集镇市场"}
)

var makers = []maker{
	func(r *rand.Rand, g *gaz) string { return invent(r, 2) + pick(r, homeKinds) },
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, siteKinds) },
	func(r *rand.Rand, g *gaz) string {
		return first(g.short(r)) + first(g.short(r)) + pick(r, []string{"高速", "公路", "一级公路", "铁路"})
	},
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, roadKinds) },
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, trailKinds) },
	func(r *rand.Rand, g *gaz) string { return g.short(r) + g.short(r) + "高速" },
	func(r *rand.Rand, g *gaz) string { return g.short(r) + "至" + g.short(r) + "高速公路" },
	func(r *rand.Rand, g *gaz) string {
		return g.stem(r) + pick(r, numerals) + "号" + pick(r, waterWorks)
	},
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, waterWorks) },
	func(r *rand.Rand, g *gaz) string {
		return string(rareChars[r.Intn(len(rareChars))]) + invent(r, 1) + pick(r, landKinds)
	},
	func(r *rand.Rand, g *gaz) string { return invent(r, 2+r.Intn(2)) + pick(r, shopKinds) },
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + invent(r, 1) + pick(r, shopKinds) },
	func(r *rand.Rand, g *gaz) string { return invent(r, 2) + pick(r, firmKinds) },
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, markets) },
	func(r *rand.Rand, g *gaz) string { return g.stem(r) + pick(r, ethnics) + "乡" },
	func(r *rand.Rand, g *gaz) string {
		return g.stem(r) + pick(r, ethnics) + pick(r, ethnics) + "乡"
	},
}

// gaz holds the gazetteer's names by level and the village stems.
type gaz struct {
	towns, counties, villages []string
}

func loadGaz(dir string) *gaz {
	g := &gaz{}
	readGz(dir+"/places.txt.gz", func(line string) {
		lv, name, ok := strings.Cut(line, "\t")
		if !ok {
			return
		}
		switch lv {
		case "3":
			g.counties = append(g.counties, name)
		case "4":
			g.towns = append(g.towns, name)
		}
	})
	readGz(dir+"/villages.txt.gz", func(line string) {
		if n := len([]rune(line)); n >= 2 && n <= 3 {
			g.villages = append(g.villages, line)
		}
	})
	if len(g.towns) == 0 || len(g.counties) == 0 || len(g.villages) == 0 {
		fatal(os.ErrNotExist)
	}
	return g
}

func readGz(path string, line func(string)) {
	f, err := os.Open(path)
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		fatal(err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line(sc.Text())
	}
}

// stem is a village stem or the stem of a town.
func (g *gaz) stem(r *rand.Rand) string {
	if r.Intn(2) == 0 {
		return pick(r, g.villages)
	}
	return strip(pick(r, g.towns))
}

// short is a county's short form.
func (g *gaz) short(r *rand.Rand) string { return strip(pick(r, g.counties)) }

// strip cuts a unit's level word off (县, 镇, 乡, 街道 …) when two or more
// characters remain.
func strip(name string) string {
	for _, s := range []string{"街道", "自治县", "县", "市", "区", "镇", "乡", "旗"} {
		if t := strings.TrimSuffix(name, s); t != name && len([]rune(t)) >= 2 {
			return t
		}
	}
	return name
}

// first is the first character of s.
func first(s string) string {
	for _, c := range s {
		return string(c)
	}
	return ""
}

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

func invent(r *rand.Rand, n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = nameChars[r.Intn(len(nameChars))]
	}
	return string(b)
}

// fillFrame writes frame fr to b, calling fill for each three-byte slot
// ({T}, {X}, …) in order where the slot stands; fill writes its text to b.
func fillFrame(b *strings.Builder, fr string, fill func(slot string)) {
	for fr != "" {
		i := strings.IndexByte(fr, '{')
		if i < 0 {
			b.WriteString(fr)
			return
		}
		b.WriteString(fr[:i])
		slot := fr[i : i+3]
		fr = fr[i+3:]
		fill(slot)
	}
}

// synthTexts generates n labelled sentences with a fixed seed.
func synthTexts(n int, seed int64) []anonymize.SpanTrainText {
	if n <= 0 {
		return nil
	}
	g := loadGaz("anonymize/data")
	r := rand.New(rand.NewSource(seed))
	out := make([]anonymize.SpanTrainText, 0, n)
	for len(out) < n {
		fr := pick(r, frames)
		var b strings.Builder
		var spans [][2]int
		fillFrame(&b, fr, func(slot string) {
			switch slot {
			case "{T}":
				if r.Intn(2) == 0 {
					s := b.Len()
					b.WriteString(pick(r, g.towns))
					spans = append(spans, [2]int{s, b.Len()})
				}
			case "{X}", "{Y}":
				if r.Intn(5) == 0 {
					b.WriteString(pick(r, ordinary))
					return
				}
				s := b.Len()
				b.WriteString(makers[r.Intn(len(makers))](r, g))
				spans = append(spans, [2]int{s, b.Len()})
			}
		})
		out = append(out, anonymize.SpanTrainText{Text: b.String(), Spans: spans})
	}
	return out
}

// Generated negatives: ordinary words that end like a place or a body (a
// kind word after an ordinary word), standing in report frames of our own
// writing with no span, so the tagger and its guard learn that such a word
// names nothing. The words come from gojieba's dictionary (common nouns
// that end in a kind word, and distinguishing words before a kind word of
// our list); no sentence of the package's tests is used.

// negFrames are report sentences with slots {N} and {M} for ordinary
// phrases and, in a share of the sentences, {X} for a name (a span).
var negFrames = []string{
	"全县新建{N}十二个，改造提升{M}五个。",
	"推进{N}和{M}建设，完善配套设施。",
	"{N}、{M}等项目有序推进。",
	"培育{N}三个，其中{X}被评为省级示范。",
	"今年共创建{N}八个，{M}两个。",
	"加强{N}管理，规范{M}运营。",
	"{X}与{N}同步建设，年内投入使用。",
	"各乡镇要把{N}作为重点，抓好{M}的日常维护。",
	"完成{N}提升改造，新增{M}四处。",
	"组织干部群众参观{N}，学习先进经验。",
	"{N}覆盖率达到百分之九十，{M}实现全覆盖。",
	"依托{X}建设{N}，带动周边群众就业。",
	"对全县{N}开展安全检查，发现隐患三十处。",
	"争创{N}、{M}，提升基层治理水平。",
	"投资六百万元新建{N}一座。",
	"鼓励社会资本参与{N}和{M}的运营。",
}

// negKinds are kind words a distinguishing word may stand before.
var negKinds = []string{"村", "村", "村", "街", "站", "馆", "园", "小区", "景区", "社区", "街", "街区", "园区", "基地", "市场", "广场", "公园", "站", "中心", "馆", "片区", "新区", "路", "学校", "医院", "合作社", "服务站", "工作站", "示范区", "开发区"}

// negWords reads from gojieba's dictionary the common nouns (n, vn, l, i;
// frequency 10 or more; two to six characters) that end in a place or body
// kind, leaving out gazetteer names, and the words to put before a kind
// word: distinguishing words (b, frequency 100 or more) and very frequent
// nouns and adjectives (frequency 3000 or more, no county, city or town
// stem), all of two characters.
func negWords(dictPath string, places map[string]bool) (nouns, mods []string) {
	kindEnd := []string{"村", "街", "区", "馆", "站", "园", "场", "所", "院", "中心", "社", "厂", "店", "路", "道", "库", "桥", "山", "河", "湖", "镇", "乡", "城", "楼", "坊", "苑", "基地"}
	readGz(dictPath, func(line string) {
		f := strings.Fields(line)
		if len(f) != 3 {
			return
		}
		w, tag := f[0], f[2]
		freq := 0
		for _, c := range f[1] {
			if c < '0' || c > '9' {
				return
			}
			freq = freq*10 + int(c-'0')
		}
		n := len([]rune(w))
		switch {
		case tag == "b" && n == 2 && freq >= 100,
			(tag == "a" || tag == "vn" || tag == "n") && n == 2 && freq >= 3000 && !places[w+"市"] && !places[w+"县"] && !places[w+"区"] && !places[w+"镇"]:
			mods = append(mods, w) // a distinguishing word, or a very frequent ordinary word
		case (tag == "n" || tag == "vn" || tag == "l" || tag == "i") && n >= 2 && n <= 6 && freq >= 10 && !places[w]:
			for _, k := range kindEnd {
				if strings.HasSuffix(w, k) && w != k {
					nouns = append(nouns, w)
					break
				}
			}
		}
	})
	return nouns, mods
}

// negTexts generates n labelled sentences of ordinary kind phrases (each a
// Keep phrase, no span) with a fixed seed; one in three also holds a name
// of synthTexts' makers (a span).
func negTexts(n int, seed int64) []anonymize.SpanTrainText {
	if n <= 0 {
		return nil
	}
	g := loadGaz("anonymize/data")
	places := map[string]bool{}
	readGz("anonymize/data/places.txt.gz", func(line string) {
		if _, name, ok := strings.Cut(line, "\t"); ok {
			places[name] = true
		}
	})
	nouns, mods := negWords("segment/dict/jieba.dict.utf8.gz", places)
	if len(nouns) == 0 || len(mods) == 0 {
		fatal(os.ErrNotExist)
	}
	phrase := func(r *rand.Rand) string {
		if r.Intn(2) == 0 {
			return pick(r, nouns)
		}
		return pick(r, mods) + pick(r, negKinds)
	}
	r := rand.New(rand.NewSource(seed))
	out := make([]anonymize.SpanTrainText, 0, n)
	for len(out) < n {
		fr := pick(r, negFrames)
		var b strings.Builder
		var spans [][2]int
		var keep []string
		fillFrame(&b, fr, func(slot string) {
			if slot == "{X}" && r.Intn(3) == 0 {
				s := b.Len()
				b.WriteString(makers[r.Intn(len(makers))](r, g))
				spans = append(spans, [2]int{s, b.Len()})
				return
			}
			p := phrase(r)
			b.WriteString(p)
			keep = append(keep, p)
		})
		out = append(out, anonymize.SpanTrainText{Text: b.String(), Spans: spans, Keep: keep})
	}
	return out
}
