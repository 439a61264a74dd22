package classify

import (
	"strings"

	"huibao/outline"
)

// vocatives address a speech's audience (同志们，/各位代表，): a paragraph
// that opens so speaks to the room, not about the county's work.
var vocatives = []string{"同志们", "各位代表", "各位领导", "各位委员", "各位嘉宾", "朋友们", "尊敬的各位领导"}

// opensVocative reports whether t opens by addressing the audience
// (同志们，… / 各位领导，同志们，…).
func opensVocative(t string) bool {
	for _, v := range vocatives {
		if strings.HasPrefix(t, v) {
			rest := t[len(v):]
			return strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "！")
		}
	}
	return false
}

// aspirationWords close a rallying call: what the audience is asked to
// open or not to fail (开创…新局面, 谱写…新篇章, 决不辜负…期待, …而奋斗).
var aspirationWords = []string{"新局面", "新篇章", "新辉煌", "新征程", "新业绩", "新气象", "辜负", "奋斗", "贡献"}

// isRally reports the rallying call that closes a speech or a report
// without 让我们…！: a paragraph with no figure that addresses the
// audience (同志们，…) and ends by exclaiming or by naming what is to
// be opened or not failed (…开创…新局面, 决不辜负…期待), or one that
// says 让我们 and ends so. It calls for a spirit; it states no task.
func isRally(t string) bool {
	t = strings.TrimSpace(t)
	calls := strings.Contains(t, "让我们")
	if !calls && !opensVocative(t) || countDigitRuns(t) > 0 {
		return false
	}
	exclaims := strings.HasSuffix(t, "！") || strings.HasSuffix(t, "!")
	last := t
	if k := strings.LastIndexAny(strings.TrimRight(t, "。！!."), "。；;！!"); k >= 0 {
		last = t[k:]
	}
	aspires := false
	for _, w := range aspirationWords {
		if strings.Contains(last, w) {
			aspires = true
			break
		}
	}
	return exclaims || aspires
}

// surveyOpenings open a survey's findings (问卷显示，…).
var surveyOpenings = []string{"问卷显示", "问卷调查显示", "调查显示", "调查结果显示", "问卷结果显示", "统计显示"}

// surveyFrame returns the span of what marks a paragraph as a survey's
// own account — its sample (共发放问卷600份，收回有效问卷568份) or its
// findings opened by 问卷显示，… — or nil. Without a word of trouble or
// of satisfaction (both judged elsewhere: 反映最多的困难, 满意度达到) such a
// paragraph describes the respondents and what they prefer: background
// for the analysis, not a result of the work.
func surveyFrame(t string) []int {
	for _, w := range surveyOpenings {
		if strings.HasPrefix(t, w) {
			if strings.Contains(t, "满意") {
				return nil
			}
			return []int{0, len(w)}
		}
	}
	if !strings.Contains(t, "问卷") || strings.Contains(t, "满意") {
		return nil
	}
	end := firstSentenceEnd(t)
	for _, v := range []string{"发放", "收回", "回收"} {
		i := strings.Index(t[:end], v)
		if i < 0 {
			continue
		}
		rest := t[i+len(v):]
		rest = strings.TrimPrefix(rest, "调查")
		if strings.HasPrefix(rest, "问卷") || strings.HasPrefix(rest, "有效问卷") {
			return []int{i, i + len(v)}
		}
	}
	return nil
}

// notDirective are the words that open with 要 without being a modal
// (要求, 要点, 要素 …): a paragraph opening with them gives no order.
var notDirective = []string{"要求", "要点", "要素", "要害", "要闻", "要是", "要么", "要不", "要务", "要件", "要员", "要地", "要冲", "要道"}

// opensDirective reports whether t opens with the modal 要 and a verb
// (要压实工作责任，… / 要创新招商方式。): the run of orders a speech or a
// meeting report gives after 要求, each a task whatever trouble its
// object names (对进度滞后的单位严肃问责).
func opensDirective(t string) bool {
	if !strings.HasPrefix(t, "要") || len(t) <= len("要") {
		return false
	}
	for _, w := range notDirective {
		if strings.HasPrefix(t, w) {
			return false
		}
	}
	r := firstRune(t[len("要"):])
	return r >= 0x4e00 && r <= 0x9fff
}

// listOrdinal returns the numbering style and value of the ordinal that
// opens a body paragraph (一是… → InlineShi, 1; （三）… → ParenChinese, 3;
// 第二，… → OrdinalDi, 2), or "", 0. Values past ten are not read.
func listOrdinal(t string) (outline.Style, int) {
	m, ok := outline.Parse(t)
	if !ok || m.Style == outline.Sequence {
		return "", 0
	}
	n := 0
	for _, r := range m.Prefix {
		v := strings.IndexRune("一二三四五六七八九十", r)
		switch {
		case v >= 0:
			n = n*10 + v/3 + 1 // (three bytes a character)
			if r == '十' {
				n = 10
			}
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '①' && r <= '⑩':
			n = int(r-'①') + 1
		}
	}
	if n < 1 || n > 10 {
		return "", 0
	}
	return m.Style, n
}

// listPass lets the items of one enumeration agree. Consecutive body
// paragraphs numbered in one style from 1 (一是…, 二是…, 三是…) are parallel
// items of one list, and a list holds one kind of thing: its results, its
// difficulties or its tasks. An item no heading speaks for and whose own
// evidence left it undecided (confidence below one half) takes the
// category the other items of a list of at least three read together
// (their probabilities summed), unless that is other or the token model
// reads the item itself as other (a list of lessons drawn, 一是党建引领是
// 根本, after a list of results). scores holds each paragraph's final
// scores and is updated; readOther tells where the model reads other.
func (c *Classifier) listPass(paras []Input, rs []Result, secCat []string, scores [][4]float64, readOther []bool) {
	for i := 0; i < len(rs); {
		if rs[i].Role != RoleBody {
			i++
			continue
		}
		st, v := listOrdinal(strings.TrimSpace(paras[i].Text))
		if v != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j].Role == RoleBody {
			s2, v2 := listOrdinal(strings.TrimSpace(paras[j].Text))
			if s2 != st || v2 != j-i+1 {
				break
			}
			j++
		}
		if j-i >= 3 {
			c.agreeList(rs, secCat, scores, readOther, i, j)
		}
		i = j
	}
}

func (c *Classifier) agreeList(rs []Result, secCat []string, scores [][4]float64, readOther []bool, from, to int) {
	probs := make([][4]float64, 0, to-from)
	for k := from; k < to; k++ {
		probs = append(probs, softmax(scores[k]))
	}
	for k := from; k < to; k++ {
		r := &rs[k]
		if secCat[k] != "" || r.Confidence >= 0.5 || readOther[k] {
			continue
		}
		var sum [4]float64
		for m := from; m < to; m++ {
			if m == k {
				continue
			}
			for q := range sum {
				sum[q] += probs[m-from][q]
			}
		}
		best := 0
		for q := range sum {
			if sum[q] > sum[best] {
				best = q
			}
		}
		if Classes[best] == Other || Classes[best] == r.Category {
			continue
		}
		scores[k][best] += c.Weights.Cue
		r.Category, r.Confidence = pick(scores[k])
		r.Evidence = append(r.Evidence, "list:"+Classes[best])
	}
}

// perceptionVerbs close a frame that hands over to what was seen or
// learnt (观摩团看到，… / 调研组了解到，…).
var perceptionVerbs = []string{"看到", "了解到", "获悉", "感受到"}

// seesFrom reports whether the clause of t running on from byte end
// (the end of a meeting word such as 观摩) closes with a perception
// verb and a comma, so that the meeting only frames what its members saw:
// the sights that follow (园区建成温室大棚320个…) are the county's work.
func seesFrom(t string, end int) bool {
	rest := t[end:]
	k := strings.IndexAny(rest, "，,。；")
	if k < 0 || !(strings.HasPrefix(rest[k:], "，") || strings.HasPrefix(rest[k:], ",")) {
		return false
	}
	for _, v := range perceptionVerbs {
		if strings.HasSuffix(rest[:k], v) {
			return true
		}
	}
	return false
}

// opensWith reports whether the span l starts within the first few
// characters of t (after 这些/上述/一年来的 …).
func opensWith(t string, l []int) bool {
	return l != nil && runesUpTo(t[:l[0]], 6) <= 5
}

// lessonCue draws the lesson of a piece of work (实践证明，…; 我们深刻
// 体会到，…): the moral an experience paper or a report closes on.
var lessonCue = newCueSet(`实践证明|事实证明|实践告诉我们|经验告诉我们|(?:深刻|深切|深深)(?:地)?体会到|启示我们`)

// isCopulaLeadIn reports a line that ends by announcing what follows
// with a copula or 如下 (我们的主要做法是： / 具体情况如下：): a sentence
// leading in to a list, not a heading, whatever section word it holds.
func isCopulaLeadIn(t string) bool {
	if !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") {
		return false
	}
	t = strings.TrimRight(t, "：:")
	return strings.HasSuffix(t, "是") || strings.HasSuffix(t, "如下")
}

// orgSuffixes end the name of a body that signs a document.
var orgSuffixes = []string{"局", "委", "办", "院", "政府", "委员会", "办公室", "中心", "公司", "镇", "乡", "街道", "村", "社区", "课题组", "调研组", "党委", "党组", "党支部", "工作组", "领导小组", "协会", "站", "所"}

// markSignature gives the signature at a document's foot the meta role:
// a short line without punctuation or numbering that ends with the name
// of a body (县医疗保障局) and stands beside the date line that closes
// the document. It signs the report; it is no paragraph of its last
// section.
func markSignature(paras []Input, out []Result) {
	end := len(out)
	for end > 0 && strings.TrimSpace(paras[end-1].Text) == "" {
		end--
	}
	for i := max(end-3, 1); i < end; i++ {
		if out[i].Role != RoleBody {
			continue
		}
		nextMeta := i+1 < end && out[i+1].Role == RoleMeta
		prevMeta := out[i-1].Role == RoleMeta && i == end-1
		if !nextMeta && !prevMeta {
			continue
		}
		t := strings.TrimSpace(paras[i].Text)
		if !isShortLine(t, 30) || strings.ContainsAny(t, "，,。；;：:、！!？?") {
			continue
		}
		if _, numbered := outline.Parse(t); numbered {
			continue
		}
		name := strings.TrimSpace(t)
		if k := strings.LastIndexAny(name, " \u3000"); k >= 0 {
			name = name[k:]
		}
		for _, suf := range orgSuffixes {
			if strings.HasSuffix(name, suf) {
				out[i].Role = RoleMeta
				break
			}
		}
	}
}

// lessonHeads close the short first sentence that names a lesson of an
// experience paper (党建引领是根本。群众参与是关键。).
var lessonHeads = []string{"是根本", "是关键", "是前提", "是基础", "是保障", "是核心", "是支撑", "是动力", "是法宝", "是灵魂", "是抓手", "是落脚点", "是出发点", "是根本保证", "是重要保障"}

// lessonOpening returns the span of a short first sentence, after any
// list marker, that names a lesson (二是群众参与是关键。…), or nil.
func lessonOpening(t string) []int {
	end := firstSentenceEnd(t)
	if end > len(t) || !strings.Contains(t[:end], "是") {
		return nil
	}
	start := 0
	if m, ok := outline.Parse(t); ok {
		start = len(t) - len(m.Rest)
	}
	if end <= start {
		return nil
	}
	s := strings.TrimRight(t[start:end], "。.！!；;")
	if runesUpTo(s, 21) > 20 || countDigitRuns(s) > 0 || strings.ContainsAny(s, "，,") {
		return nil
	}
	for _, h := range lessonHeads {
		if strings.HasSuffix(s, h) {
			return []int{start, start + len(s)}
		}
	}
	return nil
}

// progressEnds close a run-in headline that states progress made
// (学前教育普及水平进一步提高。/ 义务教育均衡发展有序推进。): the way a
// summary opens each of its results.
var progressEnds = []string{"进一步提高", "进一步提升", "进一步增强", "进一步加强", "进一步完善", "进一步优化", "稳步提升", "稳步提高", "稳步推进", "稳步发展", "有序推进", "扎实推进", "深入推进", "持续推进", "持续加强", "持续深化", "持续优化", "持续提升", "不断加强", "不断完善", "不断提升", "不断增强", "不断深化", "逐步完善", "逐步提高", "逐步延伸", "逐步扩大", "全面加强", "全面提升", "有新进展", "取得新进展", "取得新突破", "成效明显", "成效显著", "有力有效", "更加便民", "更加完善", "明显改善", "不断优化"}

// notYet precede a progress phrase that is still wanted (有待进一步提高).
var notYet = []string{"有待", "亟待", "亟需", "需要", "仍需", "还需", "需", "要", "应", "力争", "确保", "将"}

// progressHeadline returns the span of a run-in headline (a short first
// sentence without figures that more text follows) ending with a phrase
// of progress made (…有序推进。), or nil. A paragraph that opens so
// reports a result, whatever difficulty its last clause concedes (…，但
// 城区学位仍然偏紧).
func progressHeadline(t string) []int {
	end := runInEnd(t)
	if end == 0 {
		return nil
	}
	whole := strings.TrimRight(t[:end], "。.")
	found := false
	for _, p := range progressEnds {
		if strings.HasSuffix(whole, p) {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	start := 0
	if m, ok := outline.Parse(t); ok {
		start = len(t) - len(m.Rest)
	}
	if start >= end {
		return nil
	}
	s := strings.TrimRight(t[start:end], "。.")
	for _, p := range progressEnds {
		if !strings.HasSuffix(s, p) {
			continue
		}
		head := strings.TrimSuffix(s, p)
		for _, n := range notYet {
			if strings.HasSuffix(head, n) || strings.HasPrefix(head, n) {
				return nil
			}
		}
		return []int{start, start + len(s)}
	}
	return nil
}
