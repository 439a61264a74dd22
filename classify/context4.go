package classify

import (
	"strings"
	"unicode/utf8"
)

// This file holds the content evidence of round classify4: cues read in
// their syntactic context (a difficulty asked about is not one admitted, a
// target compared with is not one set), the procedure of a speech or a
// meeting, and the lede of a feature story.

// inquiryVerbs take a difficulty as their object (了解…存在的困难, 帮助
// 解决…问题): the paragraph reports an inquiry or help, not a problem of
// its own.
var inquiryVerbs = []string{"了解", "询问", "听取", "收集", "征求", "摸清", "摸排", "梳理", "排查", "查找", "掌握", "解决", "协调", "研究"}

// comparedTarget are the words before a target that measure a result
// against it (低于年初预期目标, 超额完成目标任务): a review, not a plan.
// (Plain 完成/实现 are not among them: 确保完成预期目标 sets one.)
var comparedTarget = []string{"低于", "高于", "超过", "超出", "好于", "快于", "慢于", "超额完成", "完成了", "实现了", "达到了"}

// clauseBefore returns the text of the clause that ends at byte i of t,
// at most max runes long (a comma, a sentence mark or a colon ends it).
func clauseBefore(t string, i, max int) string {
	j, n := i, 0
	for j > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if strings.ContainsRune("，,。；;：:！？!?", r) {
			break
		}
		j -= size
		n++
	}
	return t[j:i]
}

// dropAfter drops the hits whose clause, within max runes before them,
// holds one of words.
func dropAfter(t string, hits [][2]int, words []string, max int) [][2]int {
	return dropHits(hits, func(h [2]int) bool {
		c := clauseBefore(t, h[0], max)
		for _, w := range words {
			if strings.Contains(c, w) {
				return true
			}
		}
		return false
	})
}

// speechNouns name what was said at a meeting (发言, 讲话, 通报).
var speechNouns = []string{"发言", "讲话", "通报", "汇报", "介绍", "报告", "宣读", "传达"}

// isProcedure reports a paragraph of a speech that opens by recalling
// what was just said (刚才，…作了表态发言，我完全同意): the meeting's
// procedure, not work of the county.
func isProcedure(t string) bool {
	t = strings.TrimLeft(t, " \t")
	if !strings.HasPrefix(t, "刚才") {
		return false
	}
	s := t[:firstSentenceEnd(t)]
	for _, w := range speechNouns {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isWholeQuote reports a paragraph that is one quotation and nothing else
// (“…！” or “…。”): the lede of a feature story opens with such a
// testimony before it says what was done.
func isWholeQuote(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "“") {
		return false
	}
	t = strings.TrimRight(t, "。.")
	return strings.HasSuffix(t, "”") && strings.Count(t, "“") == 1
}

// attributionVerbs end the line that says who spoke a quotation.
var attributionVerbs = []string{"说", "说道", "感慨道", "笑着说", "告诉记者", "高兴地说"}

// isAttribution reports a short line, without figures, that ends by
// saying who spoke (…一边看着烘干机一边说。): it belongs with the
// quotation before it and reports no work.
func isAttribution(t string) bool {
	t = strings.TrimSpace(t)
	t = strings.TrimRight(t, "。.：:")
	if runesUpTo(t, 50) >= 50 || countDigitRuns(t) > 0 || strings.Contains(t, "“") {
		return false
	}
	for _, v := range attributionVerbs {
		if strings.HasSuffix(t, v) {
			return true
		}
	}
	return false
}

// creditCue gives the credit for a year's results (过去一年取得的成绩，
// 得益于…的坚强领导，是全县人民团结奋斗的结果): a formula of thanks,
// like a greeting, that reports nothing itself — where the paragraph
// states no figure (增长8%，这是共同努力的结果 reports a result).
var creditCue = newCueSet(`成绩的取得|成绩来之不易|(?:取得|取得的|来的)(?:这些)?成绩[,，]?(?:主要)?(?:是|得益于|归功于|离不开)|(?:团结奋斗|共同努力|辛勤付出|顽强拼搏|不懈努力|苦干实干|真抓实干|拼搏奋斗|奋力拼搏)的结果|表示(?:衷心|诚挚|崇高)的(?:感谢|敬意)|致以(?:崇高|诚挚|衷心)的(?:敬意|感谢|问候)`)

// boundBefore are the characters that make a modal verb opening a plan
// cue (要以, 应加强) the tail of another word: 主要以种植为主, 重要在于,
// 需要把, 相应加强, 供应在…. Such a hit states no task.
var boundBefore = map[string][]rune{
	"要": []rune("主重需只想必首纲摘提紧简显"),
	"应": []rune("相适响供反效对回感呼顺"),
}

// dropBound drops the plan-cue hits whose opening modal (要, 应) is the
// second half of a word.
func dropBound(t string, hits [][2]int) [][2]int {
	return dropHits(hits, func(h [2]int) bool {
		if h[0] == 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(t[h[0]:])
		prev, _ := utf8.DecodeLastRuneInString(t[:h[0]])
		for _, b := range boundBefore[string(r)] {
			if prev == b {
				return true
			}
		}
		return false
	})
}

// runInEnd returns the byte end of a run-in heading opening text — a
// first sentence of at most 20 runes without figures (after a numbering
// such as 二是 or （一）), that more text follows: 搭建人才发挥作用的平台。
// Its opening verb names the topic, not a tense, so the sentence-opening
// features skip it. 0 when there is none.
func runInEnd(text string) int {
	end := firstSentenceEnd(text)
	if end >= len(text) || strings.TrimSpace(text[end:]) == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:end])
	if r != '。' && r != '.' {
		return 0
	}
	s := text[:end]
	if countDigitRuns(s) > 0 || runesUpTo(s, 25) > 24 {
		return 0
	}
	return end
}

// inspectionCue names what a visiting official does in a news item
// (仔细询问了…, 实地察看了…, 详细了解…): the visit, not the county's work,
// where the paragraph states no figure.
var inspectionCue = newCueSet(`询问了|察看了|查看了|视察了|实地察看|实地查看|详细了解|仔细询问|认真听取|听取了|进行了交流|进行交流|交换了意见|交换意见`)

// concessive returns the span from 虽 to the word of trouble after a
// following 但 in the same sentence (森林覆盖率虽高，但生态功能还不理想),
// within bytes [bs, be), or nil: a report grants a merit and then admits
// the difficulty it is about.
func concessive(t string, trouble [][2]int, bs, be int) []int {
	off := bs
	for off < be {
		k := strings.Index(t[off:be], "虽")
		if k < 0 {
			return nil
		}
		at := off + k
		end := sentenceEnd(t, at)
		if end > be {
			end = be
		}
		if d := strings.Index(t[at:end], "但"); d > 0 {
			for _, h := range trouble {
				if h[0] > at+d && h[1] <= end && !overcome(t, h[0]) {
					return []int{at, h[1]}
				}
			}
		}
		off = end
	}
	return nil
}

// overcomeVerbs take a difficulty as the object of work done (克服困难,
// 化解矛盾): the difficulty is no admission.
var overcomeVerbs = []string{"克服", "解决", "破解", "化解", "战胜", "应对", "缓解", "攻克", "排除"}

// overcome reports whether an overcoming verb stands in the clause before
// byte i of t.
func overcome(t string, i int) bool {
	c := clauseBefore(t, i, 12)
	for _, w := range overcomeVerbs {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// inspectionIn returns the span of an inspection cue in a news item's
// paragraph, or nil (other documents are not searched).
func inspectionIn(t string, news bool) []int {
	if !news {
		return nil
	}
	return inspectionCue.find(t)
}

// isClosingThanks reports the short line that ends a speech or a
// briefing (我的汇报完毕，谢谢！): a formula, like a greeting.
func isClosingThanks(t string) bool {
	t = strings.TrimSpace(t)
	if runesUpTo(t, 25) > 24 {
		return false
	}
	for _, w := range []string{"汇报完毕", "发言完毕", "述职完毕", "讲话完毕", "报告完毕"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	t = strings.TrimRight(t, "！!。.")
	for _, w := range []string{"谢谢", "谢谢大家", "谢谢各位", "感谢大家"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
