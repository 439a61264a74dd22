package quantity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"huibao/segment"
)

// Analyze finds the quantities in text like Find and fills each one's
// Subject, the noun phrase it counts (158个重点项目 → 重点项目; 引进高层次
// 科研人才×名以上 → 高层次科研人才; 地区生产总值440.5亿元 → 地区生产总值),
// from gojieba's words. Callers that have already cut the text use
// AnalyzeWords and pay for no second segmentation.
func Analyze(seg *segment.Segmenter, text string) []Quantity {
	var words []string
	if seg != nil {
		words = seg.Cut(text)
	}
	return AnalyzeWords(text, words)
}

// AnalyzeWords is Analyze with the words of text already cut by gojieba
// (segment.Segmenter.Cut); the words may cover only the start of text.
// Past them, subjects are read from the characters around the quantity,
// cut at the verbs and function words of notNoun.
func AnalyzeWords(text string, words []string) []Quantity {
	qs := Find(text)
	if len(qs) == 0 {
		return qs
	}
	spans := wordSpans(text, words)
	for i := range qs {
		if qs[i].Kind == KindDuration {
			continue
		}
		// 1.26万户4.3万人: the words of the figure before are no subject
		lo := 0
		if i > 0 {
			lo = qs[i-1].End
		}
		if len(spans) > 0 && qs[i].End <= spans[len(spans)-1].end {
			qs[i].Subject = headPhrase(subject(spans, qs[i], lo))
		} else {
			qs[i].Subject = headPhrase(subjectFromText(text, qs[i], lo))
		}
		// “三年翻两番”: a span of time is no thing counted
		if r, _ := utf8.DecodeRuneInString(qs[i].Subject); (isCN(r) || isDigit(r)) && strings.HasSuffix(qs[i].Subject, "年") {
			if sq := Find(qs[i].Subject); len(sq) == 1 && sq[0].Kind == KindDuration && sq[0].Start == 0 && sq[0].End == len(qs[i].Subject) {
				qs[i].Subject = ""
			}
		}
		// 脱贫户1260户、4380人: a count listed right after another counts
		// the same thing
		if qs[i].Subject == "" && i > 0 && qs[i].Kind == KindCount && qs[i-1].Kind == KindCount && listJoint(text[qs[i-1].End:qs[i].Start]) {
			qs[i].Subject = qs[i-1].Subject
		}
		// 地区生产总值440.5亿元、增长5.4%: a growth figure right after
		// another figure measures the same thing.
		if qs[i].Subject == "" && qs[i].Change && i > 0 {
			gap := text[qs[i-1].End:qs[i].Start]
			if utf8.RuneCountInString(gap) <= 8 {
				qs[i].Subject = qs[i-1].Subject
			}
		}
	}
	return qs
}

// oneCharHead reports whether w is a one-character noun that may end a
// subject after a word of two or more characters (脱贫户, 贫困村, 示范点).
func oneCharHead(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && strings.ContainsRune("户村镇乡人家企校站点园区所队组场厂馆院", r)
}

// qualifierNouns name the grade a modifier such as 副高级以上 or 本科以上
// sets (副高级以上职称专家, 本科以上学历人才): they belong to the modifier,
// not to the thing counted.
var qualifierNouns = []string{"文化程度", "技能等级", "职称", "学历", "学位", "资质", "职级", "等级", "文化"}

// headPhrase reduces a subject to the head noun phrase of the thing
// counted: past the last modifier ending in 以上/以下 (with its qualifier
// noun: 副高级以上职称专家 → 专家) and past the last 的, as long as two or
// more characters remain.
func headPhrase(s string) string {
	for _, m := range []string{"以上", "以下", "的"} {
		k := strings.LastIndex(s, m)
		if k < 0 {
			continue
		}
		rest := s[k+len(m):]
		for _, q := range qualifierNouns {
			if strings.HasPrefix(rest, q) && utf8.RuneCountInString(rest) > utf8.RuneCountInString(q)+1 {
				rest = rest[len(q):]
				break
			}
		}
		if utf8.RuneCountInString(rest) >= 2 {
			s = rest
		}
	}
	// a grade named without 以上 (职称专家, 学历人才)
	for _, q := range []string{"职称", "学历", "学位"} {
		if strings.HasPrefix(s, q) && utf8.RuneCountInString(s) >= utf8.RuneCountInString(q)+2 {
			s = s[len(q):]
			break
		}
	}
	return s
}

// span is a word with its byte offsets.
type span struct {
	w          string
	start, end int
}

func wordSpans(text string, words []string) []span {
	out := make([]span, 0, len(words))
	off := 0
	for _, w := range words {
		j := strings.Index(text[off:], w)
		if j < 0 || w == "" {
			continue
		}
		out = append(out, span{w, off + j, off + j + len(w)})
		off += j + len(w)
	}
	return out
}

const clauseStops = "，,。；;：:、！？!?（）()“”\"《》【】[]\n"

// connectors may stand between a subject and its number (企业总数达到12家).
var connectors = map[string]bool{
	"达到": true, "达": true, "为": true, "共": true, "共计": true, "累计": true, "合计": true, "总计": true, "约": true, "近": true,
	"超过": true, "突破": true, "完成": true, "实现": true, "增长": true, "增加": true, "下降": true, "提高": true, "减少": true,
	"同比": true, "比上年": true, "年均": true, "分别": true, "已": true, "已有": true, "有": true, "仅": true, "仅有": true,
	"是": true, "占": true, "的": true, "了": true, "至": true, "到": true, "由": true, "从": true, "多达": true, "不足": true,
	"达到了": true, "总数": true, "总量": true, "规模": false, "全年": true, "全县": true, "全镇": true, "全市": true, "全区": true,
	"上年": true, "比": true, "同期": true, "增幅": true, "增速": true, "分别为": true, "均": true, "都": true, "共有": true,
	"中":  true, // 农民中三分之一
	"占比": true, "占比达": true, "比达": true,
}

// notNoun lists the verbs, adverbs and function words that end a subject
// phrase in report prose (gojieba's Cut gives no part of speech).
var notNoun = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`实现 完成 达到 达 引进 新增 新建 建成 建设 培育 组织 开展 帮助 带动 培训 改造 实施 签约 拜访 争取
		办理 兑付 发放 累计 共计 共有 合计 总计 其中 分别 同比 增长 下降 增加 减少 提高 提升 降低 比上年 年均 约 近 超过 突破
		不足 仅 仅有 已 已有 有 为 是 占 获得 荣获 获批 认定 评为 入选 列入 纳入 推动 推进 加快 加强 加大 强化 落实 完善 健全
		建立 设立 成立 举办 召开 参加 参与 接待 吸引 吸纳 安置 转移 解决 化解 处理 查处 排查 整改 整治 治理 清理 拆除 关停
		淘汰 投入 筹集 拨付 支付 补贴 奖励 扶持 支持 覆盖 惠及 涉及 包括 拥有 现有 辖 位于 全县 全镇 全市 全区 全乡 全村
		全省 全国 全年 今年 去年 上半年 下半年 目前 截至 截止 以来 期间 以上 以下 左右 等 和 与 及 或 的 了 在 对 向 从 由 把
		将 要 力争 确保 计划 预计 共 各 每 多达 高达 超 还 也 都 均 再 又 并 而 但 及时 积极 认真 大力 全面 深入 持续 不断
		进一步 先后 陆续 相继 逐步 成功 顺利 圆满 全部 首次 开工 竣工 投产 签订 达成 带领 组建 形成 打造 创建 申报 申请 通过
		取得 组成 设有 建有 聘请 选派 评选 表彰 受理 办结 培养 发展 新培育 新认定 新引进 新发展 新开工 新签约 累计完成 达到了
		改建 新改建 改扩建 扩建 修建 铺设 硬化 约为 分别为 增至 降至 提高到 增加到 超出 高于 低于 相当于 只有 不到 共计有 其次 另外 此外 同时 通过 按照 根据 围绕`) {
		m[w] = true
	}
	return m
}()

// nounish reports whether a word can belong to a subject phrase: two or
// more Han characters (or letters), not a verb or function word.
func nounish(w string) bool {
	if notNoun[w] || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r)) {
			return false
		}
	}
	return true
}

func isStop(w string) bool { return strings.ContainsAny(w, clauseStops) }

// subject reads the subject of q from the words around it; words that
// begin before lo (the end of the figure before q) are not used.
func subject(spans []span, q Quantity, lo int) string {
	// words after the quantity, up to the clause end: a modifier such as
	// 副高级以上 or 优秀的 before the head noun restarts the phrase
	after := func() string {
		var words []string
		n := 0
		for _, sp := range spans {
			if sp.start < q.End {
				continue
			}
			if isStop(sp.w) || n > 8 {
				break
			}
			n++
			if n == 1 && sp.w == "的" {
				continue
			}
			if len(words) > 0 && (sp.w == "以上" || sp.w == "的" || sp.w == "以下") {
				words = words[:0]
				continue
			}
			if !nounish(sp.w) || len(words) == 4 {
				break
			}
			words = append(words, sp.w)
		}
		return strings.Join(words, "")
	}
	before := func() string {
		i := -1
		for k, sp := range spans {
			if sp.end <= q.Start {
				i = k
			}
		}
		for skipped := 0; i >= 0 && skipped < 3 && connectors[spans[i].w] && !isStop(spans[i].w) && spans[i].start >= lo; skipped++ {
			i--
		}
		j := i
		// 脱贫 户 1260户: a one-character noun cut off the word before it
		if i >= 1 && spans[i-1].start >= lo && oneCharHead(spans[i].w) && nounish(spans[i-1].w) && !connectors[spans[i-1].w] && !connectors[spans[i].w] {
			j = i - 1
		}
		for j >= 0 && i-j < 4 && !isStop(spans[j].w) && nounish(spans[j].w) && !connectors[spans[j].w] && spans[j].start >= lo {
			j--
		}
		var sb strings.Builder
		for k := j + 1; k <= i; k++ {
			sb.WriteString(spans[k].w)
		}
		return sb.String()
	}
	if q.Kind == KindFraction {
		// 五分之二的村: the noun after 的 (one character will do);
		// 劳动力中三分之一: the noun before
		for k, sp := range spans {
			if sp.start == q.End && sp.w == "的" {
				if s := after(); s != "" {
					return s
				}
				if k+1 < len(spans) {
					if w := spans[k+1].w; utf8.RuneCountInString(w) == 1 && !notNoun[w] && !isStop(w) && unicode.Is(unicode.Han, []rune(w)[0]) {
						return w
					}
				}
			}
		}
		if s := before(); s != "" {
			return s
		}
		return after()
	}
	if q.Kind == KindCount || q.Kind == KindOrdinal {
		if s := after(); s != "" {
			return s
		}
		return before()
	}
	if s := before(); s != "" {
		return s
	}
	return after()
}

// longNotNoun are the notNoun words of two or more characters, searched
// inside running text when no segmentation is at hand.
var longNotNoun = func() []string {
	var out []string
	for w := range notNoun {
		if utf8.RuneCountInString(w) >= 2 {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}()

// notNounByFirst indexes longNotNoun by first rune.
var notNounByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range longNotNoun {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// forEachNotNoun calls f for every occurrence of a longNotNoun word in s.
func forEachNotNoun(s string, f func(at int, w string)) {
	for i, r := range s {
		for _, w := range notNounByFirst[r] {
			if strings.HasPrefix(s[i:], w) {
				f(i, w)
			}
		}
	}
}

// hanRun trims s to its Han characters at the given end.
func hanRun(s string, fromEnd bool) string {
	if fromEnd {
		i := len(s)
		for i > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			i -= w
		}
		return s[i:]
	}
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i += w
	}
	return s[:i]
}

// subjectFromText reads a subject without segmentation, from the text
// after lo.
func subjectFromText(text string, q Quantity, lo int) string {
	left := text[lo:q.Start]
	if k := strings.LastIndexAny(left, clauseStops); k >= 0 {
		_, w := utf8.DecodeRuneInString(left[k:])
		left = left[k+w:]
	}
	right := text[q.End:]
	if k := strings.IndexAny(right, clauseStops); k >= 0 {
		right = right[:k]
	}
	before := func() string {
		l := hanRun(left, true)
		for changed, n := true, 0; changed && n < 3; n++ {
			changed = false
			for _, c := range connectorSuffixes {
				if strings.HasSuffix(l, c) {
					l, changed = strings.TrimSuffix(l, c), true
					break
				}
			}
		}
		cut := -1
		forEachNotNoun(l, func(k int, w string) {
			if k+len(w) > cut && !nounSuffix(l[k+len(w):]) {
				cut = k + len(w)
			}
		})
		if cut >= 0 {
			l = l[cut:]
		}
		// the head noun phrase follows the last 的 (未退休的院士受聘的院士工作站)
		if k := strings.LastIndex(l, "的"); k >= 0 {
			l = l[k+len("的"):]
		}
		return lastN(l, 12)
	}
	after := func() string {
		r := hanRun(right, false)
		r = strings.TrimPrefix(r, "的")
		for {
			k := -1
			for _, m := range []string{"以上", "以下", "的"} {
				if j := strings.Index(r, m); j >= 0 && (k < 0 || j < k) {
					k = j
				}
			}
			cut := len(r)
			forEachNotNoun(r, func(j int, w string) {
				if w != "以上" && w != "以下" && j < cut && !nounSuffix(r[j+len(w):]) {
					cut = j
				}
			})
			if k >= 0 && k < cut && k > 0 {
				m := "的"
				if strings.HasPrefix(r[k:], "以上") || strings.HasPrefix(r[k:], "以下") {
					m = r[k : k+len("以上")]
				}
				r = r[k+len(m):]
				continue
			}
			r = r[:cut]
			// a place or purpose follows the noun (干部到村任职, 专家赴企业服务)
			for i, ch := range r {
				if i >= 2*3 && strings.ContainsRune("到赴在向给", ch) {
					r = r[:i]
					break
				}
			}
			// a list goes on after 和/与/及/或/等: keep its first item
			if k := strings.IndexAny(r, "和与及或等"); k > 0 {
				r = r[:k]
			}
			break
		}
		if utf8.RuneCountInString(r) < 2 {
			return ""
		}
		return firstN(r, 12)
	}
	if q.Kind == KindCount || q.Kind == KindOrdinal || q.Kind == KindFraction {
		if s := after(); s != "" {
			return s
		}
		return before()
	}
	if s := before(); s != "" {
		return s
	}
	return after()
}

// connectorSuffixes may end the text between a subject and its number.
var connectorSuffixes = []string{"同比增长", "比上年增长", "年均增长", "分别为", "达到了", "共计", "累计", "合计", "总计", "达到", "超过", "突破", "完成",
	"实现", "增长", "增加", "下降", "提高", "减少", "分别", "总数", "总量", "已有", "仅有", "共有", "达", "为", "共", "约", "近", "已", "有",
	"仅", "是", "占", "的", "了", "至", "到", "不"}

// nounSuffix reports whether s starts with a character that turns the
// verb before it into a noun (覆盖率, 增长量, 投资额).
func nounSuffix(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("率量额数值度比者", r)
}

func lastN(s string, n int) string {
	for utf8.RuneCountInString(s) > n {
		_, w := utf8.DecodeRuneInString(s)
		s = s[w:]
	}
	return s
}

func firstN(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}
