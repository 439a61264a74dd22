package quantity

import (
	"strings"
	"unicode/utf8"

	"huibao/segment"
)

// Analyze finds the quantities in text like Find and fills each one's
// Subject, the noun phrase it counts, from gojieba's part-of-speech tags:
// the nouns right after a measure word (158个重点项目 → 重点项目), else the
// nouns right before the number (引进高层次科研人才×名以上 → 高层次科研人才,
// 地区生产总值440.5亿元 → 地区生产总值). Only the clause around each
// quantity is tagged, which keeps the cost well below tagging the text.
func Analyze(seg *segment.Segmenter, text string) []Quantity {
	qs := Find(text)
	if seg == nil {
		return qs
	}
	for i := range qs {
		if qs[i].Kind == KindDuration {
			continue
		}
		qs[i].Subject = subject(seg, text, qs[i])
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

const clauseStops = "，,。；;：:、！？!?（）()“”\"《》【】[]\n"

// connectors may stand between a subject and its number (企业总数达到12家).
var connectors = map[string]bool{
	"达到": true, "达": true, "为": true, "共": true, "共计": true, "累计": true, "合计": true, "总计": true, "约": true, "近": true,
	"超过": true, "突破": true, "完成": true, "实现": true, "增长": true, "增加": true, "下降": true, "提高": true, "减少": true,
	"同比": true, "比上年": true, "年均": true, "分别": true, "已": true, "已有": true, "有": true, "仅": true, "仅有": true,
	"是": true, "占": true, "的": true, "了": true, "至": true, "到": true, "由": true, "从": true, "多达": true, "不足": true,
	"达到了": true, "总数": true, "总量": true, "规模": false, "全年": true, "全县": true, "全镇": true, "全市": true, "全区": true,
	"上年": true, "比": true, "同期": true, "增幅": true, "增速": true, "分别为": true, "均": true, "都": true, "共有": true,
}

func nounish(pos string) bool {
	switch {
	case strings.HasPrefix(pos, "n") && pos != "nr" && pos != "ns":
		return true
	case pos == "vn", pos == "j", pos == "b", pos == "an", pos == "nz", pos == "eng", pos == "l":
		return true
	}
	return false
}

func subject(seg *segment.Segmenter, text string, q Quantity) string {
	// the clause around the quantity, at most 30 runes each side
	left := text[:q.Start]
	if k := strings.LastIndexAny(left, clauseStops); k >= 0 {
		_, w := utf8.DecodeRuneInString(left[k:])
		left = left[k+w:]
	}
	left = lastRunes(left, 30)
	right := text[q.End:]
	if k := strings.IndexAny(right, clauseStops); k >= 0 {
		right = right[:k]
	}
	right = firstRunes(right, 30)
	after := func() string {
		toks := seg.Tag(right)
		// the noun phrase after the measure word; a modifier such as
		// 副高级以上 or 优秀的 before the head noun restarts it
		var words []string
		for i, t := range toks {
			if i == 0 && t.Word == "的" {
				continue
			}
			if len(words) > 0 && (t.Word == "以上" || t.Word == "的" || t.Word == "以下") {
				words = words[:0]
				continue
			}
			if !nounish(t.POS) || len(words) == 4 {
				break
			}
			words = append(words, t.Word)
		}
		return strings.Join(words, "")
	}
	before := func() string {
		toks := seg.Tag(left)
		i := len(toks) - 1
		for skipped := 0; i >= 0 && skipped < 3 && connectors[toks[i].Word]; skipped++ {
			i--
		}
		j := i
		for j >= 0 && i-j < 4 && nounish(toks[j].POS) && !connectors[toks[j].Word] {
			j--
		}
		var sb strings.Builder
		for k := j + 1; k <= i; k++ {
			sb.WriteString(toks[k].Word)
		}
		return sb.String()
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

func lastRunes(s string, n int) string {
	for utf8.RuneCountInString(s) > n {
		_, w := utf8.DecodeRuneInString(s)
		s = s[w:]
	}
	return s
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}
