// Package quantity finds the figures a report states: numbers in Arabic,
// full-width or Chinese numerals with their units and measure words,
// approximations (余, 多, 近, 约 …), ranges, growth figures and values the
// author masked (×, xx, 某, ＿, --), and says what each one counts.
//
// Compound units keep their base as written (3000元/亩 → 3000, 元/亩;
// normalised by the numerator's magnitude: 0.15万元/人 → 1500 元/人); a
// figure in two parts is one (1亿5千万元 → 1.5 亿元; 3万5千户 → 35000 户);
// fractions are ratios (三分之一, 1/3: kind fraction); 翻一番 is 1 番
// normalised to 2 倍; the base of a per-unit phrase (每亩850元, 人均) is Per,
// shared by the items of a list (分别达到4.5万元、2.3万元) but not given to
// a size (60厘米深的坑). Thousands and hundreds are one figure (3千5百万元
// → 3500 万元), years and months one span (两年零九个月 → 33 个月), and two
// digits before 折 a discount in tenths (八五折 → 8.5 折).
//
// Calendar years and dates (2019年, 4月份, 2月7日) are never quantities;
// durations (三年, 近10年, 4天) are. Neither are numbers that identify
// (phones, QQ, resident IDs, bank cards, postcodes, plates, house numbers:
// codes.go), even right before a measure word (手机：13859471026 村部).
package quantity

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of quantity.
const (
	KindCount    = "count"    // 家, 个, 名, 项 … (measure words)
	KindMoney    = "money"    // 元, 万元, 美元
	KindPercent  = "percent"  // %, 百分之
	KindPoints   = "points"   // 个百分点
	KindDuration = "duration" // 年, 个月, 天, 小时
	KindMeasure  = "measure"  // 亩, 公顷, 吨, 公里, 平方米, m3, kw …
	KindMultiple = "multiple" // 倍, 番 (翻一番)
	KindFraction = "fraction" // 三分之一, 1/3: value is the ratio; 一半, 过半, 半数: 0.5
	KindRatio    = "ratio"    // 1.96∶1: value the first term, unit the separator and the second
	KindOrdinal  = "ordinal"  // 第二名: a rank, not a count
	KindNumber   = "number"   // a bare magnitude (1.5亿)
)

// Quantity is one figure found in a text.
type Quantity struct {
	Text       string      `json:"text"`             // as written, e.g. "10多名"
	Value      *float64    `json:"value"`            // the number as written; nil when masked
	Max        *float64    `json:"max,omitempty"`    // upper end of a range (3-5家 → 5)
	Unit       string      `json:"unit"`             // as written, with magnitude ("万元")
	Approx     bool        `json:"approx"`           // 余, 多, 近, 约, 以上, 左右, 超过 …
	Masked     bool        `json:"masked"`           // ×, X, xx, 某, ＿, --
	Kind       string      `json:"kind"`             // count, money, percent, points, duration, measure, multiple, ordinal, number
	Subject    string      `json:"subject"`          // the thing counted
	Change     bool        `json:"change,omitempty"` // a growth figure (增长12.5%)
	Per        string      `json:"per,omitempty"`    // base of a per-unit phrase (每亩850元 → 亩, 人均 → 人)
	Normalized *Normalized `json:"normalized,omitempty"`
	Start      int         `json:"-"` // byte offsets in the text
	End        int         `json:"-"`

	perAt int // offset of the word Per was read from
}

// Normalized is a value in base units (46.1亿元 → 4.61e9 元).
type Normalized struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// unit is one unit or measure word.
type unit struct {
	s     string
	kind  string
	place bool // a place word (乡镇, 省): only after a plain, unmasked number other than 一
	ascii bool
}

var units = func() []unit {
	var us []unit
	add := func(kind string, ss ...string) {
		for _, s := range ss {
			us = append(us, unit{s: s, kind: kind, ascii: s[0] < utf8.RuneSelf})
		}
	}
	add(KindPoints, "个百分点", "百分点")
	add(KindPercent, "%", "％", "﹪", "‰", "成", "折")
	add(KindMoney, "元", "美元", "欧元", "港元", "日元", "块钱")
	add(KindDuration, "周岁", "岁", "年", "个月", "个季度", "天", "小时", "个小时", "分钟", "周年", "周", "个工作日", "工作日", "个星期", "星期")
	add(KindMeasure, "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "延长米", "延米", "毫米", "厘米", "米", "吨", "公斤", "千克", "斤", "标准亩", "亩",
		"立方厘米", "立方", "方", "千瓦时", "千瓦", "兆瓦", "千伏安", "千伏", "度电", "标准箱", "标箱", "微克/立方米", "hm2", "hm²", "kV", "kVA",
		"km2", "km²", "km", "m3", "m³", "m2", "m²", "㎡", "kwh", "kWh", "KWh", "kw", "kW", "KW", "MW", "kg", "mm", "cm", "m")
	add(KindMultiple, "倍")
	add(KindMeasure, "℃", "摄氏度")
	add(KindCount, "人次", "户次", "台次", "台套", "件次", "篇次", "班次", "车次", "架次", "批次", "场次", "辆次", "家次", "个次", "个", "名", "人", "位", "家", "项", "次", "所", "座", "条", "台", "户",
		"件", "篇", "场", "批", "期", "届", "处", "盏", "头", "只", "棒", "支", "起", "套", "辆", "间", "张", "部", "本", "册",
		"份", "块", "株", "棵", "根", "箱", "笔", "宗", "轮", "栋", "幢", "片", "对", "组", "类", "种", "门", "床", "口", "眼", "艘", "架", "所", "例", "份次", "课时", "学时", "集", "款", "首", "枚", "副", "匹", "羽", "尾", "亩次",
		"趟", "堂", "节", "孔", "等次", "档", "车道",
		"個", "項", "條", "臺", "戶", "場", "處", "張", "輛", "間")
	for _, s := range []string{"乡镇", "乡", "镇", "村", "县", "省"} {
		us = append(us, unit{s: s, kind: KindCount, place: true})
	}
	sort.SliceStable(us, func(i, j int) bool { return len(us[i].s) > len(us[j].s) })
	return us
}()

// vetoAfterUnit lists words that begin with a unit character but are not
// measure words: "×项目" is a masked name, not a count of 项.
var vetoAfterUnit = []string{
	"项目", "人才", "人员", "人民", "人口", "人大", "人社", "人力", "人居", "人均", "人文", "人工", "人身", "人物", "人生", "人心",
	"个人", "个别", "个性", "家庭", "家园", "家长", "家属", "家政", "家风",
	"次要", "所有", "所以", "所在", "所属", "所得", "座谈", "条件", "条例", "条款", "台账", "台阶", "户籍", "户外", "户口",
	"场所", "场景", "场地", "场馆", "批准", "批复", "批示", "期间", "期限", "期待", "期望", "期末", "届时", "届满",
	"名单", "名称", "名额", "名牌", "名录", "名片", "处理", "处置", "处室", "处于", "处在",
	"起来", "起步", "起点", "起草", "起到", "支持", "支部", "支撑", "支付", "支出", "支柱", "支队", "头脑", "头雁", "只有", "只是", "只要", "只能",
	"本地", "本身", "本级", "部署", "部位", "年度", "年代", "年轻", "年龄", "年限", "年均",
	"天然", "天下", "天气", "天地", "周边", "周期", "周末", "周围", "周转", "元素", "元旦", "米面", "吨位", "倍增", "对接", "对象", "对照",
	"组织", "组建", "组成", "组长", "类型", "类别", "种类", "门户", "门诊", "门槛", "口岸", "口号", "间隔", "张贴", "套餐",
	"区域", "区位", "区县", "市场", "市民", "市级", "市区", "市委", "县域", "县城", "县级", "村民", "村级", "村庄", "村委", "镇村", "乡村", "省级", "国家", "国际", "国道", "国有", "国内",
	"集团", "集体", "集中", "款项", "折合", "折算", "折旧", "折扣", "折叠", "折射", "折腾", "折线", "折返", "折损", "折价", "折服", "折中", "折子", "首先", "首批", "首届", "枚举", "口径", "例如",
	"节约", "节能", "节日", "节点", "节假日", "节水", "节目", "节奏", "节庆", "节省", "节俭", "节余", "节气", "节地", "节电",
	"孔子", "堂皇",
}

// wordsWithOne are words in which 一 is no count (一起, 统一 …).
var wordsWithOne = []string{"一对一", "一成不变", "一起", "一道", "一体", "一线", "一流", "一片", "一度", "一样", "一律", "一直", "一些", "一次性", "一条龙", "一批批", "一年一度", "一站式", "一家人", "一把手", "一盘棋", "一口气", "一口价", "一张蓝图", "一项项", "一件件", "一个个", "一次次", "一场场", "一户一", "一村一", "一镇一", "一县一", "一事一", "一人一", "一企一", "一名名", "一件事", "一次办", "一趟趟"}

// oneAfter lists characters after which 一 belongs to a word (统一, 唯一, 之一 …).
const oneAfter = "统唯之万同逐专单划合不归初其任整纯个"

var approxBefore = []string{"不超过", "不高于", "大约有", "大约为", "约为", "约有", "约达", "约合", "将近", "接近", "大约", "超过", "突破", "不少于", "不低于", "不足", "不到", "近", "约", "超", "逾", "达近"}
var approxAfterNum = []string{"余", "多", "来"}
var approxAfterUnit = []string{"以上", "左右", "上下", "以下", "以内", "有余", "多"}

var changeCues = []string{"增长", "增加", "提高", "提升", "下降", "减少", "降低", "增幅", "增速", "上升", "回落", "上涨", "下跌", "增收", "减收", "降幅", "涨幅", "增长了", "提高了", "下降了", "减少了", "增加了",
	"扩大", "缩小", "加快", "放缓", "收窄", "回升", "下滑", "递增", "递减", "攀升",
	// a time saved or a place gained against the year before (比上年缩短一个多月, 比上年前移三位)
	"缩短", "前移", "后移", "前进", "后退"}

// waterAfter reports whether text begins with a word of water whose
// grade a numeral and 类 name (三类水质, 五类水体, 四类水).
func waterAfter(text string) bool {
	return strings.HasPrefix(text, "水")
}

func isMask(r rune) bool {
	switch r {
	case '×', 'x', 'X', 'ｘ', 'Ｘ', '*', '＊', '＿', '_':
		return true
	}
	return false
}
func isDigit(r rune) bool       { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
func isASCIILetter(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }

var cnDigit = map[rune]float64{
	'零': 0, '〇': 0, '○': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '三': 3, '叁': 3, '參': 3,
	'四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '陸': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}
var cnUnit = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
var cnBig = map[rune]float64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8}

func isCN(r rune) bool {
	switch r {
	case '零', '〇', '○', '一', '壹', '二', '贰', '貳', '两', '兩', '三', '叁', '參', '四', '肆', '五', '伍', '六', '陆', '陸',
		'七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億', '几', '数':
		return true
	}
	return false
}

// magnitudes that may follow an Arabic number, longest first.
var magnitudes = []struct {
	s string
	v float64
}{{"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"亿", 1e8}, {"億", 1e8}, {"万", 1e4}, {"萬", 1e4}, {"千", 1e3}, {"百", 1e2}}

// Find returns the quantities in text, in order, without subjects (see
// Analyze for subjects).
func Find(text string) []Quantity {
	// collect on the stack; the result is one allocation of its exact size
	var buf [8]Quantity
	out := buf[:0]
	i := 0
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf && !(b >= '0' && b <= '9' || b == 'x' || b == 'X' || b == '*' || b == '_' || b == '-' || b == '(') {
			i++
			continue
		}
		if b := text[i]; b >= 0xE0 && b < 0xF0 && i+2 < len(text) {
			// a three-byte character (all of Chinese): one table look-up
			// tells whether a figure may start at it
			if b1, b2 := text[i+1], text[i+2]; b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
				if r := rune(b&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) && startSet[r>>6]&(1<<(r&63)) == 0 {
					i += 3
					continue
				}
			}
		}
		var q Quantity
		var next int
		ok := false
		if text[i] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '半' {
				// 一半, 过半, 大半 start a character before 半; 半数 at it
				from := i
				if p, size := utf8.DecodeLastRuneInString(text[:i]); p == '一' || p == '过' || p == '大' {
					from = i - size
				}
				if k := len(out) - 1; k < 0 || out[k].End <= from {
					q, next, ok = halfAt(text, from)
				}
				if !ok {
					i += n
					continue
				}
			} else if !(isCN(r) || isMask(r) || isDigit(r) || r == '－' || r == '某' || r == '（') {
				i += n
				continue
			}
		}
		if !ok {
			q, next, ok = scanAt(text, i)
		}
		if ok {
			// 分别下降3.2%、2.8%和4.1%: the items of a list share its change cue
			if k := len(out) - 1; k >= 0 && out[k].Change && !q.Change && q.Kind == out[k].Kind && listJoint(text[out[k].End:q.Start]) {
				q.Change = true
			}
			// 人均不足13平方米14户: a per-unit phrase belongs to the first
			// figure after it, not to one after another count or measure
			if k := len(out) - 1; k >= 0 && q.Per != "" && out[k].Start > q.perAt && out[k].Per == q.Per &&
				out[k].Kind != KindDuration && out[k].Kind != KindPercent && out[k].Kind != KindPoints {
				q.Per = ""
			}
			// 人均可支配收入分别达到4.52万元、2.31万元: the items of a list
			// share its per-unit base
			// (人均纯收入由2860元增加到10260元: so do the two ends of a change)
			if k := len(out) - 1; k >= 0 && q.Per == "" && out[k].Per != "" && q.Unit == out[k].Unit && q.Kind == out[k].Kind &&
				(listJoint(text[out[k].End:q.Start]) || changedTo(text[out[k].End:q.Start])) {
				q.Per, q.perAt = out[k].Per, out[k].perAt
			}
			out = append(out, q)
			i = next
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	if len(out) == 0 {
		return nil
	}
	return append([]Quantity(nil), out...)
}

// startSet marks the characters of the Basic Multilingual Plane at which
// Find tries to read a figure (the test of its loop, as a bit set).
var startSet = func() (set [1 << 16 / 64]uint64) {
	for r := rune(0); r < 1<<16; r++ {
		if isCN(r) || isMask(r) || isDigit(r) || r == '－' || r == '某' || r == '（' || r == '半' {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return set
}()

// number is a parsed number token.
type number struct {
	start, end   int
	value        float64
	masked       bool
	chinese      bool    // written in Chinese numerals
	approx       bool    // 十几, 数十
	plain        bool    // only digits or only Chinese numerals, no mask
	one          bool    // the single character 一
	yearLike     bool    // four Arabic digits, 〇-style digit strings, or digits mixed with masks (20xx)
	digitByDigit bool    // two or more Chinese digits without 十/百/千 (八五, 二〇二三)
	bare         bool    // 百, 千 or 万 without a digit (近百万元, 上千人, 百余家)
	max          float64 // upper end of a pair of neighbouring numerals (三五家 → 5), else 0
	mag          string  // a magnitude read inside the numeral (一亿二千万 → 1.2 with 亿), else ""
	magv         float64 // its factor
}

// scanAt tries to read a quantity whose number starts at i (an approx
// prefix before it is picked up by looking back).
func scanAt(text string, i int) (Quantity, int, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !(isDigit(r) || isMask(r) || isCN(r) || r == '-' || r == '－' || r == '某' || r == '百' || r == '(' || r == '（') {
		return Quantity{}, 0, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if i > 0 && (isDigit(prev) || isASCIILetter(prev) || prev == '.' || prev == '．' || isMask(prev) || isCN(r) && isCN(prev)) {
		return Quantity{}, 0, false
	}
	// 百分之十五, 千分之三 (‰), 万分之五 (‱)
	if pre, unit := perMille(text[i:]); pre != "" {
		j := i + len(pre)
		n, ok := readNumber(text, j)
		if !ok || n.mag != "" || n.bare && pre != "百分之" {
			return Quantity{}, 0, false
		}
		q := Quantity{Unit: unit, Kind: KindPercent, Masked: n.masked, Approx: n.approx}
		if !n.masked {
			v := n.value
			q.Value = &v
			q.Normalized = &Normalized{Value: v, Unit: unit}
		}
		end := n.end
		for _, a := range approxAfterUnit[:5] { // 以上, 左右, 上下, 以下, 以内
			if strings.HasPrefix(text[end:], a) {
				q.Approx = true
				end += len(a)
				break
			}
		}
		return finish(text, i, end, q), end, true
	}
	n, ok := readNumber(text, i)
	if !ok || codeNumber(text, n) {
		return Quantity{}, 0, false
	}
	// 三分之一, 1/3: a fraction; 翻一番: a doubling
	if r, end, unit, ok := fraction(text, n); ok {
		v := r // a fresh variable: taking the address of r would move it to the heap on every call
		q := Quantity{Unit: unit, Kind: KindFraction, Value: &v, Normalized: &Normalized{Value: roundNoise(v * 100), Unit: "%"}}
		end = approxAfter(text, end, &q)
		return finish(text, i, end, q), end, true
	}
	// 1.96∶1, 收入比2.3:1: a ratio, its value the first term as written
	// and its unit the separator and the second term
	if second, b, sep, end, ok := ratio(text, n); ok {
		v := n.value
		q := Quantity{Unit: sep + second, Kind: KindRatio, Value: &v, Normalized: &Normalized{Value: roundNoise(v / b), Unit: ":1"}}
		return finish(text, i, end, q), end, true
	}
	if from, ok := doubling(text, n); ok && n.value > 0 && n.value <= 10 {
		v := n.value
		end := n.end + len("番")
		approx := false
		if strings.HasPrefix(text[end:], "多") && !startsWithIdeograph(text[end+len("多"):]) {
			end += len("多") // 翻了一番多
			approx = true
		}
		q := Quantity{Approx: approx, Unit: "番", Kind: KindMultiple, Value: &v, Change: true, Normalized: &Normalized{Value: math.Pow(2, v), Unit: "倍"}}
		q.Text, q.Start, q.End = text[from:end], from, end
		return q, end, true
	}
	j := n.end
	q := Quantity{Masked: n.masked, Approx: n.approx}
	var hi *number
	// ranges: 3-5家, 3至5家, 3～5家
	if !n.masked {
		for _, sep := range []string{"-", "－", "—", "~", "～", "至", "到"} {
			if strings.HasPrefix(text[j:], sep) {
				if m, ok := readNumber(text, j+len(sep)); ok && !m.masked && m.chinese == n.chinese {
					hi = &m
				}
				break
			}
		}
	}
	if hi != nil {
		j = hi.end
	} else if n.max > 0 {
		hi = &number{value: n.max}
	}
	// 余/多 between the number and the unit
	marked := false // 余 or 多 written after the number
	for _, a := range approxAfterNum {
		if strings.HasPrefix(text[j:], a) {
			if a == "多" && strings.HasPrefix(text[j:], "多元") { // 多元化
				break
			}
			if a == "来" && !n.chinese && n.value < 10 {
				break
			}
			q.Approx = true
			marked = a != "来"
			j += len(a)
			break
		}
	}
	// stray space from PDF text (6.12 亿元)
	k := j
	if k < len(text) && (text[k] == ' ' || strings.HasPrefix(text[k:], "\u3000")) && !n.chinese {
		if text[k] == ' ' {
			k++
		} else {
			k += len("\u3000")
		}
	}
	// magnitude and unit
	mag, magv := "", 1.0
	u, ulen := matchUnit(text, k)
	if n.mag != "" {
		mag, magv = n.mag, n.magv // 一亿二千万元
	} else if u == nil {
		for _, m := range magnitudes {
			if strings.HasPrefix(text[k:], m.s) {
				mag, magv = m.s, m.v
				k += len(m.s)
				break
			}
		}
		if mag != "" {
			// a stray space before 余/多 (3.6 万 余人)
			if k+1 < len(text) && text[k] == ' ' && !n.chinese && (strings.HasPrefix(text[k+1:], "余") || strings.HasPrefix(text[k+1:], "多")) {
				k++
			}
			for _, a := range approxAfterNum[:2] {
				if strings.HasPrefix(text[k:], a) {
					q.Approx = true
					k += len(a)
					break
				}
			}
			u, ulen = matchUnit(text, k)
			// a stray space between magnitude and unit (6.12亿 元)
			if u == nil && k+1 < len(text) && text[k] == ' ' && !n.chinese {
				if u2, l2 := matchUnit(text, k+1); u2 != nil && !u2.place {
					u, ulen = u2, l2
					k++
				}
			}
			// 1.5万至3.5万元, 3万-5万人: a range with its magnitude written
			// at both ends and its unit at the high end
			if u == nil && !q.Approx && !n.masked && hi == nil && n.mag == "" {
				if m, e, u2, l2, ok := magRangeEnd(text, k, n, mag); ok {
					hi, k, u, ulen = &m, e, u2, l2
				}
			}
			// 3千5百万元, 2千3百平方米: thousands and hundreds, then the
			// figure's own magnitude if any
			if u == nil && !q.Approx && !n.masked && !n.chinese && hi == nil && magv == 1e3 && mag == "千" {
				if v, m2, m2v, e, approx, ok := hundredsPart(text, k, n.value); ok {
					if u2, l2 := matchUnit(text, e); u2 != nil && !u2.place || m2 != "" {
						n.value, mag, magv, k = v, m2, m2v, e
						q.Approx = approx
						u, ulen = u2, l2
						if u2 == nil {
							ulen = 0
						}
					}
				}
			}
			// 1亿5千万元, 3万5千户: a figure written in two parts
			if u == nil && !q.Approx && !n.masked && !n.chinese && hi == nil && (magv == 1e8 || magv == 1e4) {
				if v, m2, m2v, e, approx, ok := secondPart(text, k, n.value, mag, magv); ok {
					if u2, l2 := matchUnit(text, e); u2 != nil && !u2.place || m2 != "" {
						n.value, mag, magv, k = v, m2, m2v, e
						q.Approx = q.Approx || approx
						u, ulen = u2, l2
						if u2 == nil {
							ulen = 0
						}
					}
				}
			}
		}
	}
	// 两个多月, 一个多小时, 3个多百分点: 多/余 inside a unit that begins with 个
	if u != nil && u.s == "个" {
		for _, a := range approxAfterNum[:2] {
			rest := text[k+len("个"):]
			if !strings.HasPrefix(rest, a) {
				continue
			}
			rest = rest[len(a):]
			if len(rest) > 16 {
				rest = rest[:16]
			}
			if u2, l2 := matchUnit("个"+rest, 0); u2 != nil && l2 > len("个") {
				u, ulen = u2, l2+len(a)
				q.Approx = true
			}
			break
		}
	}
	end := k
	tableAt := -1 // where a table line's bracketed unit opens
	switch {
	case u != nil:
		end = k + ulen
	case mag != "" && !n.masked && (!n.chinese || n.mag != "" || marked && n.value >= 10):
		// 七百多万: a Chinese numeral makes a bare magnitude only with 余/多
		end = k // 1.5亿: a bare magnitude
	case mag == "" && !n.chinese && hi == nil && !q.Approx:
		// 规模以上工业增加值（亿元）：45.3: a table line's unit in brackets
		tm, tmv, tu, at, ok := tableUnit(text[:i])
		if !ok {
			return Quantity{}, 0, false
		}
		tableAt = at
		mag, magv, u, ulen, k = tm, tmv, tu, 0, n.end
		end = n.end
	default:
		return Quantity{}, 0, false
	}
	// 八五折, 九五折: two digits read one by one are tenths of a 折
	if u != nil && u.s == "折" && n.chinese && n.value > 10 && n.value < 100 && n.digitByDigit && utf8.RuneCountInString(text[n.start:n.end]) == 2 {
		n.value /= 10
	}
	// 近×年, 超过×成: a masked figure of years is a span only after a mark
	// of approximation (xxxx年以来 is a date); one of tenths needs that
	// mark, one after it (×成以上) or no word after it (×成。)
	maskedSpan := n.masked && !n.yearLike && (approxPrefix(text[:i]) != "" || u != nil && u.s == "年" && maskedYears(text, n.start, n.end, k+ulen))
	maskedTenths := maskedSpan || n.masked && u != nil && (approxAfterUnitAt(text[k+ulen:]) || !startsWithIdeograph(text[k+ulen:]))
	if u != nil && (u.s == "成" || u.s == "折") && (n.masked && !(u.s == "成" && maskedTenths) || mag != "" || n.value > 10 || n.one && vetoOne(text, n.start, k+ulen)) {
		return Quantity{}, 0, false
	}
	if u != nil && u.s == "折" && (prev == '波' || n.value <= 0) { // 一波三折
		return Quantity{}, 0, false
	}
	if u != nil && u.s == "节" && n.digitByDigit { // 五一节, 三八节: a festival named by its date
		return Quantity{}, 0, false
	}
	if u != nil && u.s == "堂" && strings.ContainsRune("聚集济", prev) { // 欢聚一堂, 汇集一堂
		return Quantity{}, 0, false
	}
	if u != nil && u.s == "次" && strings.HasPrefix(text[end:], "产业") { // 三次产业: the three sectors
		return Quantity{}, 0, false
	}
	if u != nil && u.s == "方" && mag != "万" && mag != "亿" { // 86万方 is cubic metres; 三方, 多方 are parties
		return Quantity{}, 0, false
	}
	unitText := mag
	kind := KindNumber
	if u != nil {
		unitText += u.s
		if u.s == "％" || u.s == "﹪" {
			unitText = mag + "%" // full-width: the same unit
		}
		// 元/亩, 万元/人, 公里/小时: a compound unit keeps its base
		if den, l := compoundUnit(text, end); l > 0 && ulen > 0 && u.kind != KindPercent && u.kind != KindPoints && !u.place {
			unitText += "/" + den
			end += l
		}
		kind = u.kind
		if u.place && (n.masked || !n.plain || n.one || mag != "") {
			return Quantity{}, 0, false
		}
		// 一个一米见方的坑: after 个, 一 and a measure is a size
		if n.one && vetoOne(text, n.start, end) && !(prev == '个' && kind == KindMeasure) {
			return Quantity{}, 0, false
		}
	}
	// calendar years and dates are not quantities
	if u != nil && u.s == "年" && mag == "" && !q.Approx {
		if n.masked && !maskedSpan || n.yearLike && (n.chinese || n.value >= 1900 && n.value <= 2100) {
			return Quantity{}, 0, false
		}
		if hi != nil && hi.value >= 1900 && hi.value <= 2100 {
			return Quantity{}, 0, false
		}
	}
	if u != nil && u.s == "年" && n.masked && !maskedSpan {
		return Quantity{}, 0, false
	}
	// 23年底, 24年初: a year written with two digits, at its end or start
	if u != nil && u.s == "年" && !n.masked && !n.chinese && mag == "" && hi == nil && !q.Approx && end-k == len("年") &&
		n.value >= 10 && n.value <= 99 && n.value == math.Trunc(n.value) && end-n.start == len("年")+2 {
		if r, _ := utf8.DecodeRuneInString(text[end:]); (r == '底' || r == '初' || r == '末') && approxPrefix(text[:i]) == "" {
			return Quantity{}, 0, false
		}
	}
	// 两年零九个月, 1年3个月: years and months are one span, in months
	if u != nil && u.s == "年" && !n.masked && hi == nil && mag == "" && !q.Approx && n.value >= 1 && n.value < 100 && n.value == math.Trunc(n.value) {
		if mv, e, mu, ok := monthsAfter(text, end, n.chinese); ok {
			n.value = n.value*12 + mv
			u, unitText, end = mu, mu.s, e
		}
	}
	// 5%-8%, 7%至8%, 3家至5家: a range with its unit written twice
	if hi == nil && !n.masked && u != nil && !u.place && end > k && strings.HasSuffix(text[:end], u.s) && strings.HasSuffix(text[:end-len(u.s)], mag) {
		if m, e, ok := rangeEnd(text, end, n, mag, u.s); ok {
			hi, end = &m, e
		}
	}
	// 以上/左右 after the unit
	for _, a := range approxAfterUnit {
		if strings.HasPrefix(text[end:], a) {
			if a == "多" && (u == nil || u.kind != KindDuration && startsWithIdeograph(text[end+len(a):])) {
				break // 两个多功能厅, 3家多元化: 多 begins a word unless the unit is a span of time (三年多来)
			}
			q.Approx = true
			end += len(a)
			break
		}
	}
	q.Unit, q.Kind = unitText, kind
	// “两个维护”, “最多跑一次”: a Chinese numeral inside a short quoted
	// slogan names a formula and counts nothing
	if n.chinese && kind == KindCount && (inSlogan(text, i, end) || formula(text[i:])) {
		return Quantity{}, 0, false
	}
	// 劣五类水体, 三类水质: a grade of water quality names a class and
	// counts nothing
	if u != nil && u.s == "类" && n.chinese && hi == nil && (prev == '劣' || waterAfter(text[end:])) {
		return Quantity{}, 0, false
	}
	// 十八届人大三次会议, 十八届三中全会: the sessions of a congress are
	// ordinals even without 第
	if u != nil && (u.s == "届" || u.s == "次") && sessionOrdinal(text, i, end, u.s) {
		q.Kind = KindOrdinal
	}
	// 二期工程, 一期项目: a phase, not a count of periods
	if u != nil && u.s == "期" && n.chinese && (strings.HasPrefix(text[end:], "工程") || strings.HasPrefix(text[end:], "项目")) {
		q.Kind = KindOrdinal
	}
	if n.bare && prev == '上' {
		i -= len("上") // 上千人, 上百家
	}
	// ranks: 第二名, 第×届
	if prev == '第' {
		q.Kind = KindOrdinal
		i -= len("第")
	} else if prev == '前' && u != nil && (u.s == "名" || u.s == "位") && hi == nil && rankBefore(text[:i-len("前")]) {
		q.Kind = KindOrdinal // 全省前三名: a rank
		i -= len("前")
	}
	// 零下8摄氏度
	if u != nil && (u.s == "℃" || u.s == "摄氏度") && strings.HasSuffix(text[:i], "零下") && !n.masked {
		n.value = -n.value
		i -= len("零下")
	}
	// 增长-3.2%, 增速为－5.6%: a minus sign after a word (not a range's dash)
	if (prev == '-' || prev == '－' || prev == '−') && !n.masked && hi == nil &&
		(kind == KindPercent || kind == KindPoints || kind == KindMoney) {
		w := utf8.RuneLen(prev)
		if pp, _ := utf8.DecodeLastRuneInString(text[:i-w]); i-w > 0 && (unicode.Is(unicode.Han, pp) && cnBig[pp] == 0 && cnUnit[pp] == 0 || pp == '：' || pp == ':' || pp == ' ') {
			n.value = -n.value
			i -= w
		}
	}
	if !n.masked {
		v := n.value
		q.Value = &v
		if hi != nil {
			h := hi.value
			q.Max = &h
		}
		if q.Kind != KindOrdinal {
			q.Normalized = normalize(v*magv, unitText, mag, u)
			if u != nil && (u.s == "成" || u.s == "折") {
				q.Normalized = &Normalized{Value: v * 10, Unit: "%"}
			}
		}
	}
	q = finish(text, i, end, q)
	if tableAt >= 0 && !q.Change {
		q.Change = changeBefore(text[:tableAt]) // 同比增长（%）：6.2
	}
	return q, end, true
}

// approxAfterUnitAt reports whether s begins with a mark of approximation
// written after a unit (以上, 左右, 以内 …).
func approxAfterUnitAt(s string) bool {
	for _, a := range approxAfterUnit {
		if strings.HasPrefix(s, a) {
			return true
		}
	}
	return false
}

// finish fills the text, offsets, approx prefix and change mark.
func finish(text string, start, end int, q Quantity) Quantity {
	if q.Kind != KindOrdinal {
		if a := approxPrefix(text[:start]); a != "" {
			q.Approx = true
			start -= len(a)
		}
		q.Change = changeBefore(text[:start])
	}
	if !strings.Contains(q.Unit, "/") && !(q.Kind == KindMeasure && dimension(text[end:])) {
		q.Per, q.perAt = perBase(text, start, q.Kind)
	}
	q.Text = text[start:end]
	q.Start, q.End = start, end
	return q
}

// approxWordBefore lists, for the one-character approximation marks 约,
// 近 and 超, the characters before them that make them part of a word
// (签约, 节约, 附近, 最近, 赶超) rather than a mark on the figure.
var approxWordBefore = map[string]string{
	"约": "签节制预履违合特邀公条相集简如践毁解续守失婚租",
	"近": "附最亲临就靠邻贴远",
	"超": "赶高",
}

// approxPrefix returns the approximation mark (近, 约, 超过 …) that before
// ends in, or "".
func approxPrefix(before string) string {
	for _, a := range approxBefore {
		if strings.HasSuffix(before, a) {
			key := a
			if strings.HasPrefix(a, "约") {
				key = "约" // 约为, 约有: 签约为 is a word too
			}
			if w := approxWordBefore[key]; w != "" {
				if r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(a)]); strings.ContainsRune(w, r) {
					continue
				}
			}
			return a
		}
	}
	return ""
}

// vetoOne reports whether the 一 at start is part of a word (统一, 一起).
func vetoOne(text string, start, end int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:start])
	if start > 0 && strings.ContainsRune(oneAfter, prev) {
		return true
	}
	for _, w := range wordsWithOne {
		if strings.HasPrefix(text[start:], w) {
			return true
		}
	}
	return false
}

// unitsByFirst and vetoByFirst index units and veto words by first rune.
var unitsByFirst, vetoByFirst = func() (map[rune][]*unit, map[rune][]string) {
	ub := map[rune][]*unit{}
	for k := range units {
		r, _ := utf8.DecodeRuneInString(units[k].s)
		ub[r] = append(ub[r], &units[k])
	}
	vb := map[rune][]string{}
	for _, w := range vetoAfterUnit {
		r, _ := utf8.DecodeRuneInString(w)
		vb[r] = append(vb[r], w)
	}
	return ub, vb
}()

// matchUnit returns the longest unit at text[i:], if any.
func matchUnit(text string, i int) (*unit, int) {
	if i >= len(text) {
		return nil, 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	for _, u := range unitsByFirst[r] {
		if !strings.HasPrefix(text[i:], u.s) {
			continue
		}
		rest := text[i+len(u.s):]
		if u.ascii {
			if r, _ := utf8.DecodeRuneInString(rest); isASCIILetter(r) || isDigit(r) && u.s != "m" && u.s != "km" {
				continue
			} else if isDigit(r) {
				continue
			}
		}
		vetoed := false
		for _, w := range vetoByFirst[r] {
			if strings.HasPrefix(text[i:], w) && len(w) > len(u.s) {
				vetoed = true
				break
			}
		}
		if vetoed {
			continue
		}
		return u, len(u.s)
	}
	return nil, 0
}

// readNumber reads an Arabic, full-width, Chinese or masked number at i.
func readNumber(text string, i int) (number, bool) {
	n := number{start: i}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch {
	case isDigit(r) || isMask(r):
		j := i
		digits, masks := 0, 0
		group, spaced := 0, false // digits since a space separator; one seen
		var buf [32]byte          // the digits in ASCII, on the stack for short numbers
		sb := buf[:0]
		dot := false
		for j < len(text) {
			c, w := utf8.DecodeRuneInString(text[j:])
			switch {
			case isDigit(c):
				digits++
				group++
				sb = append(sb, byte(toASCIIDigit(c)))
			case (c == ' ' || c == '\u00a0' || c == '\u2009') && masks == 0 && (group >= 1 && group <= 3 && !spaced || group == 3 && spaced) &&
				digits == len(sb) && threeDigits(text[j+w:]):
				// a space between digit groups (4 000户, 1 236 000元)
				group, spaced = 0, true
			case isMask(c):
				// 7×24小时: a sign of multiplication between digits ends the number
				if digits > 0 && masks == 0 && j+w < len(text) {
					if nr, _ := utf8.DecodeRuneInString(text[j+w:]); isDigit(nr) {
						goto done
					}
				}
				masks++
			case c == ',' && digits > 0 && masks == 0 && threeDigits(text[j+1:]):
				// thousands separator
			case (c == '.' || c == '．') && !dot && j+w < len(text):
				nr, _ := utf8.DecodeRuneInString(text[j+w:])
				if !(isDigit(nr) || isMask(nr)) {
					goto done
				}
				sb = append(sb, '.')
				dot = true
			default:
				goto done
			}
			j += w
		}
	done:
		if j == i || digits == 0 && masks == 0 {
			return n, false
		}
		n.end = j
		if masks > 0 {
			// a lone x between ASCII letters is a word, not a mask
			if r == 'x' || r == 'X' || r == 'ｘ' || r == 'Ｘ' {
				if nr, _ := utf8.DecodeRuneInString(text[j:]); isASCIILetter(nr) {
					return n, false
				}
			}
			n.masked = true
			n.yearLike = digits > 0
			return n, true
		}
		v, err := strconv.ParseFloat(string(sb), 64)
		if err != nil {
			return n, false
		}
		n.value, n.plain = v, true
		n.yearLike = digits == 4 && !dot
		return n, true
	case r == '-' || r == '－':
		j := i
		for j < len(text) {
			c, w := utf8.DecodeRuneInString(text[j:])
			if c != '-' && c != '－' && c != '.' {
				break
			}
			j += w
		}
		if nr, _ := utf8.DecodeRuneInString(text[j:]); isDigit(nr) || j-i > 12 {
			return n, false
		}
		n.end, n.masked = j, true
		return n, true
	case r == '(' || r == '（':
		// a blank left in a template: （ ）个, (  )人
		j := i + utf8.RuneLen(r)
		blank := false
		for j < len(text) {
			c, w := utf8.DecodeRuneInString(text[j:])
			if c == ')' || c == '）' {
				if !blank {
					return n, false
				}
				n.end, n.masked = j+w, true
				return n, true
			}
			if c != ' ' && c != '\u3000' && c != '\u00a0' || j-i > 24 {
				return n, false
			}
			blank = true
			j += w
		}
		return n, false
	case r == '某':
		// 某 stands for a value only before a magnitude or a money/percent unit
		j := i + len("某")
		for _, p := range []string{"万", "亿", "元", "%", "个百分点"} {
			if strings.HasPrefix(text[j:], p) {
				n.end, n.masked = j, true
				return n, true
			}
		}
		return n, false
	case isCN(r):
		j := i
		for j < len(text) {
			c, w := utf8.DecodeRuneInString(text[j:])
			if !isCN(c) {
				break
			}
			j += w
		}
		s := text[i:j]
		// a trailing 万/亿 is the unit's magnitude, as with Arabic numbers
		// (三万元 → 3, 万元); 一万二千 keeps its inner 万. A trailing 万 after
		// 亿 belongs to the numeral's lower part, which is read in 亿
		// (一亿二千万元 → 1.2, 亿元).
		if last, w := utf8.DecodeLastRuneInString(s); len(s) > w {
			if _, big := cnBig[last]; big {
				if yi := strings.IndexAny(s, "亿億"); cnBig[last] == 1e4 && yi > 0 && yi < len(s)-w-len("亿") {
					if v, approx, ok := parseChinese(s); ok && !approx {
						_, yw := utf8.DecodeRuneInString(s[yi:])
						n.end, n.value, n.chinese, n.plain = j, v/1e8, true, true
						n.mag, n.magv = s[yi:yi+yw], 1e8
						return n, true
					}
				}
				s, j = s[:len(s)-w], j-w
			}
		}
		if strings.Trim(s, "○〇") == "" {
			// ○○家, ○○万元: circles alone stand for digits left out
			n.end, n.masked, n.chinese = j, true, true
			return n, true
		}
		if lo, hi, ok := neighbours(s); ok {
			// 三五家, 七八个, 一两年, 四五十人: a rough range
			n.end, n.value, n.max, n.approx, n.chinese, n.plain = j, lo, hi, true, true, true
			return n, true
		}
		v, approx, ok := parseChinese(s)
		if !ok {
			var bare bool
			if v, j, approx, bare = bareNumber(text, i, j, s); !bare {
				return n, false
			}
			n.bare = true
		} else if !approx && strings.HasPrefix(text[j:], "点") {
			// a Chinese decimal: 八点五, 零点五, 三点五亿
			k := j + len("点")
			dec := []byte(strconv.FormatFloat(v, 'f', -1, 64) + ".")
			for k < len(text) {
				c, w := utf8.DecodeRuneInString(text[k:])
				d, isD := cnDigit[c]
				if !isD {
					break
				}
				dec = append(dec, byte('0'+int(d)))
				k += w
			}
			if k > j+len("点") {
				if f, err := strconv.ParseFloat(string(dec), 64); err == nil {
					v, j = f, k
					s = "" // neither a digit-by-digit year nor the lone 一
				}
			}
		}
		n.end, n.value, n.approx, n.chinese, n.plain = j, v, approx, true, true
		n.one = s == "一"
		n.digitByDigit = utf8.RuneCountInString(s) >= 2 && !strings.ContainsAny(s, "十百千万亿拾佰仟萬億几数")
		n.yearLike = n.digitByDigit && utf8.RuneCountInString(s) >= 3
		return n, true
	}
	return n, false
}

// bareBefore lists the characters after which a lone 百 or 千 is an
// amount (近百万元, 上千人, 突破百亿元, 超千亩, 百分之百); a lone 万 or 亿
// only after those of bigBefore (近万人, 上亿元), since 亿元以上项目 and
// 超亿元项目 name classes of projects, not amounts.
const bareBefore, bigBefore = "近上破超逾达之", "近上逾"

// bareNumber reads a numeral without a digit that parseChinese refused:
// s is the run at text[i:j] without a trailing 万/亿. 百 and 千 are 100
// and 1000, a lone 万 or 亿 is 1 of that magnitude (万余人 → 1, 万人), and
// 数 or 几 before a magnitude is 1 of it, approximately (数万名 → 1, 万名).
// A lone 百, 千 or 万 counts only after a word of bareBefore or before
// 余/多 (百余家), so names such as 千人计划 and 万人计划 stay words.
func bareNumber(text string, i, j int, s string) (v float64, end int, approx, ok bool) {
	switch s {
	case "数", "几":
		if j < len(text) {
			if c, _ := utf8.DecodeRuneInString(text[j:]); cnBig[c] > 0 {
				return 1, j, true, true
			}
		}
		return 0, 0, false, false
	case "百", "佰":
		v, end = 100, j
	case "千", "仟":
		v, end = 1000, j
	case "万", "萬", "亿", "億":
		v, end = 1, i
	default:
		return 0, 0, false, false
	}
	before := bareBefore
	if end == i {
		before = bigBefore
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	after := text[j:]
	if c, w := utf8.DecodeRuneInString(after); cnBig[c] > 0 {
		after = after[w:]
	}
	if i > 0 && strings.ContainsRune(before, prev) || strings.HasPrefix(after, "余") || strings.HasPrefix(after, "多") {
		return v, end, prev == '上', true
	}
	return 0, 0, false, false
}

// formulas are fixed political formulas whose numeral counts nothing,
// written with or without quotes.
var formulas = []string{"八项规定", "两个确立", "两个维护", "两个一百年", "两个务必", "三个务必", "两个毫不动摇", "四个意识", "四个自信",
	"四个全面", "三个代表", "五位一体", "四个伟大", "四个革命"}

// formula reports whether s begins with one of the formulas (and not a
// longer word: 四个意识形态阵地 counts 阵地).
func formula(s string) bool {
	// 五个一批, 四个一工程, 三个一百: a count of 一-something names a programme
	if _, w := utf8.DecodeRuneInString(s); strings.HasPrefix(s[w:], "个一") {
		for _, t := range []string{"批", "工程", "百", "千", "万"} {
			if strings.HasPrefix(s[w+len("个一"):], t) {
				return true
			}
		}
	}
	for _, f := range formulas {
		if strings.HasPrefix(s, f) && !strings.HasPrefix(s[len(f):], "形态") {
			return true
		}
	}
	return false
}

// inSlogan reports whether text[start:end] lies inside a quotation of at
// most 10 characters that closes within 4 characters after end.
func inSlogan(text string, start, end int) bool {
	open := -1
	for k, r := 0, start; k < 10 && r > 0; k++ {
		c, w := utf8.DecodeLastRuneInString(text[:r])
		if c == '“' || c == '「' || c == '『' {
			open = r - w
			break
		}
		if c == '”' || c == '」' || c == '』' || unicode.IsPunct(c) {
			return false
		}
		r -= w
	}
	if open < 0 {
		return false
	}
	for k, r := 0, end; k < 5 && r < len(text); k++ {
		c, w := utf8.DecodeRuneInString(text[r:])
		if c == '”' || c == '」' || c == '』' {
			return utf8.RuneCountInString(text[open:r]) <= 11
		}
		if unicode.IsPunct(c) {
			return false
		}
		r += w
	}
	return false
}

// sessionOrdinal reports whether the 届 or 次 ending at end numbers a
// session: 届 before a numeral or a body (十八届三中全会, 十八届人大), 次
// before a meeting within a few characters after a 届 of the same clause
// (人大三次会议).
func sessionOrdinal(text string, start, end int, unit string) bool {
	rest := text[end:]
	if unit == "届" {
		if c, _ := utf8.DecodeRuneInString(rest); cnDigit[c] > 0 {
			return true
		}
		for _, b := range []string{"人大", "人民代表大会", "政协", "党代会", "委员会", "县委", "市委", "区委", "中央", "全会", "全国人大"} {
			if strings.HasPrefix(rest, b) {
				return true
			}
		}
		return false
	}
	meeting := false
	for _, b := range []string{"会议", "全会", "全体会议", "代表大会", "常委会"} {
		if strings.HasPrefix(rest, b) {
			meeting = true
		}
	}
	if !meeting {
		return false
	}
	before := text[:start]
	for k := 0; k < 8 && before != ""; k++ {
		c, w := utf8.DecodeLastRuneInString(before)
		if c == '届' {
			return true
		}
		if unicode.IsPunct(c) || unicode.IsSpace(c) {
			return false // 连续举办三届，召开三次会议
		}
		before = before[:len(before)-w]
	}
	return false
}

// neighbours reads two neighbouring digits with an optional 十, 百 or 千
// after them (三五, 七八, 一两, 两三, 四五十, 三四百) as a range.
func neighbours(s string) (lo, hi float64, ok bool) {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 3 {
		return 0, 0, false
	}
	a, okA := cnDigit[rs[0]]
	b, okB := cnDigit[rs[1]]
	if !okA || !okB || a == 0 || !(b == a+1 || a == 3 && b == 5) {
		return 0, 0, false
	}
	mult := 1.0
	if len(rs) == 3 {
		u, isU := cnUnit[rs[2]]
		if !isU {
			return 0, 0, false
		}
		mult = u
	}
	return a * mult, b * mult, true
}

// listJoint reports whether s joins two items of a list (、 和 与 及).
func listJoint(s string) bool {
	switch s {
	case "、", "和", "与", "及", "以及", "、和":
		return true
	}
	return false
}

// startsWithIdeograph reports whether s begins with a Han character.
func startsWithIdeograph(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

func threeDigits(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

func toASCIIDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return '0' + r - '０'
	}
	return r
}

// someReplacer drops 数 and 几 from a numeral.
var someReplacer = strings.NewReplacer("数", "", "几", "")

// parseChinese parses a Chinese numeral: 两, 十二, 一百零五, 一万二千,
// 三千五百万, 一九九八 (digit by digit), 十几, 数十, 几百.
func parseChinese(s string) (float64, bool, bool) {
	rs := []rune(s)
	hasDigit := false
	for _, r := range rs {
		if _, ok := cnDigit[r]; ok {
			hasDigit = true
		}
		if r == '十' || r == '拾' {
			hasDigit = true
		}
	}
	approx := strings.ContainsAny(s, "几数")
	if approx && strings.ContainsAny(s, "十百千拾佰仟") {
		hasDigit = true // 数百, 几千
	}
	if !hasDigit {
		return 0, false, false
	}
	if approx {
		// 数 and 几 count as "some": 十几 → 10, 数十 → 10, 几百 → 100
		s = someReplacer.Replace(s)
		rs = []rune(s)
		if len(rs) == 0 {
			return 0, false, false
		}
		if _, ok := cnDigit[rs[0]]; !ok {
			rs = append([]rune{'一'}, rs...)
		}
	}
	// digit by digit (一九九八, 二〇二〇)
	positional := true
	for _, r := range rs {
		if _, ok := cnDigit[r]; !ok {
			positional = false
		}
	}
	if positional && len(rs) > 1 {
		var v float64
		for _, r := range rs {
			v = v*10 + cnDigit[r]
		}
		return v, approx, true
	}
	var total, section, cur float64
	for _, r := range rs {
		if d, ok := cnDigit[r]; ok {
			cur = d
		} else if u, ok := cnUnit[r]; ok {
			if cur == 0 {
				cur = 1
			}
			section += cur * u
			cur = 0
		} else if b, ok := cnBig[r]; ok {
			section += cur
			if section == 0 {
				section = 1
			}
			total += section * b
			section, cur = 0, 0
		} else {
			return 0, false, false
		}
	}
	return total + section + cur, approx, true
}

// baseUnits maps a written unit to its base unit and factor where the
// unit itself carries a scale (平方公里 stays, 万 is a magnitude).
func normalize(v float64, unitText, mag string, u *unit) *Normalized {
	base := strings.TrimPrefix(unitText, mag)
	if base == "" {
		base = ""
	}
	if u != nil && u.kind == KindPoints {
		base = "个百分点"
	}
	return &Normalized{Value: roundNoise(v), Unit: base}
}

// roundNoise rounds away float noise (46.1 * 1e8) at 12 significant digits.
func roundNoise(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v // a whole number of at most 12 digits has no noise to round
	}
	p := math.Pow(10, 12-math.Ceil(math.Log10(math.Abs(v))))
	if math.IsInf(p, 0) || p == 0 {
		return v
	}
	return math.Round(v*p) / p
}

// approxAfter extends end over 以上, 左右, 上下, 以下 or 以内 after a
// figure and marks q approximate when one is there.
func approxAfter(text string, end int, q *Quantity) int {
	for _, a := range approxAfterUnit[:5] {
		if strings.HasPrefix(text[end:], a) {
			q.Approx = true
			return end + len(a)
		}
	}
	return end
}

// perMille returns the prefix and unit of a percentage written in words
// at the start of s: 百分之 (%), 千分之 (‰), 万分之 (‱).
func perMille(s string) (string, string) {
	if len(s) < 9 || s[3:9] != "分之" {
		return "", ""
	}
	switch s[:3] {
	case "百":
		return "百分之", "%"
	case "千":
		return "千分之", "‰"
	case "万":
		return "万分之", "‱"
	}
	return "", ""
}

// changeBefore reports whether the text before a figure ends in a cue of
// change (增长, 下降了, 提高 …).
func changeBefore(before string) bool {
	if len(before) > 18 {
		before = before[len(before)-18:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	before = strings.TrimRight(before, "了达为 \u3000") // 增长了, 增长 7.2 %
	last, _ := utf8.DecodeLastRuneInString(before)
	for _, c := range changeCuesByLast[last] {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	return comparedMore(before)
}

// comparedMore reports whether before ends in a difference from an
// earlier period: 比上年多230人, 较去年少3起, 比上年多争取1.3亿元 (多/少
// and at most two more characters, after 比/较 and the period).
func comparedMore(before string) bool {
	k := strings.LastIndexAny(before, "多少")
	if k < 0 || utf8.RuneCountInString(before[k:]) > 3 {
		return false
	}
	head := before[:k]
	for _, p := range []string{"上年", "去年", "上年同期", "去年同期", "同期", "上一年", "前一年"} {
		if strings.HasSuffix(head, "比"+p) || strings.HasSuffix(head, "较"+p) {
			return true
		}
	}
	return false
}

// changeCuesByLast indexes changeCues by their last rune.
var changeCuesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, c := range changeCues {
		r, _ := utf8.DecodeLastRuneInString(c)
		m[r] = append(m[r], c)
	}
	return m
}()

// rangeEnd reads the high end of a range whose unit is written at both
// ends (5%-8%, 7%至8%) after the low end's unit at text[end:]: a dash or
// 至/到, then a larger number of the same script, the same magnitude mag
// and the same unit us.
func rangeEnd(text string, end int, n number, mag, us string) (number, int, bool) {
	for _, sep := range [...]string{"-", "－", "—", "~", "～", "至", "到"} {
		if !strings.HasPrefix(text[end:], sep) {
			continue
		}
		m, ok := readNumber(text, end+len(sep))
		if !ok || m.masked || m.chinese != n.chinese || m.value <= n.value || m.mag != "" || !strings.HasPrefix(text[m.end:], mag) {
			return number{}, 0, false
		}
		if u, l := matchUnit(text, m.end+len(mag)); u == nil || u.s != us || l != len(us) {
			return number{}, 0, false // 3人至5人次: not the same unit
		}
		return m, m.end + len(mag) + len(us), true
	}
	return number{}, 0, false
}

// rankBefore reports whether the text before 前 in 前三名 names a field
// ranked (全省前三名, 排名前10位, 进入前五名) rather than a time (目前3名).
func rankBefore(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("省市县区国州盟旗列名入居进全内", r)
}
