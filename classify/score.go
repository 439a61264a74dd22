package classify

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"huibao/outline"
)

// paraEvidence is what one paragraph offers, computed once and summed
// over the whole paragraph or over one sentence.
type paraEvidence struct {
	text    string
	words   []string
	ends    []int        // byte end of each word in text; nil when the words do not spell its start
	covered int          // bytes of text the words spell
	weights [][4]float64 // model weights per word
	known   []bool
	cues    [4][][2]int // literal content-cue hits per contentCues entry (Other runs as a regexp)
	gates   [][2]int    // words one of which the Other cue needs
	trouble [][2]int
	strong  [][2]int
	// recommendations (建议…, 应立即…)
	recommend [][2]int
	// retro is the byte span of a retrospective opening (一年来, 今年以来,
	// 上半年), or nil
	retro   []int
	ahead   []int         // span of an opening that looks ahead (今后, 下一步), or nil
	framing []int         // span of a phrase that sets the scene (关键之年, 提出了新要求, 全县共有…), or nil
	year    int           // the year opening the paragraph (openingYear), or 0
	target  []int         // span of a target stated in the first sentence (力争…, 计划完成…), or nil
	perf    []paraFeature // perfective verbs (建立了) in the segmented lead
	feats   []paraFeature // paragraph features (ParagraphFeatures) with their positions
	fweight [][4]float64  // their model weights
	fknown  []bool
	// the token model's best class over the whole paragraph and its
	// probability (-1, 0 without a model), set by scoreRange
	modelBest int
	modelP    float64
	credit    []int // span of a thanks formula (creditCue), or nil
	lesson    []int // span of a drawn lesson (lessonCue), or nil
	firstEnd  int   // byte end of the first sentence
}

func (c *Classifier) prepare(text string, words []string) *paraEvidence {
	pe := &paraEvidence{}
	c.prepareInto(pe, text, words)
	return pe
}

// prepareInto is prepare filling pe, whose per-word slices are reused for
// this paragraph (Analyze keeps one paraEvidence for all its paragraphs).
func (c *Classifier) prepareInto(pe *paraEvidence, text string, words []string) {
	ends, weights, known := pe.ends, pe.weights, pe.known
	*pe = paraEvidence{text: text, words: words, modelBest: -1}
	off := 0
	ok := true
	pe.ends = grow(ends, len(words))
	for i, w := range words {
		if !strings.HasPrefix(text[off:], w) {
			ok = false
			break
		}
		off += len(w)
		pe.ends[i] = off
	}
	if !ok {
		pe.ends = nil
	}
	pe.covered = off
	if c.Model != nil {
		pe.weights = grow(weights, len(words))
		pe.known = grow(known, len(words))
		for i, w := range words {
			if f, keep := feature(w); keep {
				pe.weights[i], pe.known[i] = c.Model.Weights[f]
			}
		}
	}
	hits := paraCues().scan(text)
	frame := reportedFrame(text)
	if frame > 0 && pe.ends != nil {
		// 据县人社局负责人介绍，… : the reporter's frame says nothing of
		// what is reported, so its words do not vote
		for i, e := range pe.ends {
			if e > frame {
				break
			}
			if pe.known != nil {
				pe.known[i] = false
			}
		}
	}
	if c.Model != nil && c.Model.Kind == KindLogistic {
		pe.feats = paragraphFeaturesOf(text, hits[paraFeatureSet:paraFeatureSet+4])
		if frame > 0 {
			kept := pe.feats[:0]
			for _, f := range pe.feats {
				if f.at < frame && (f.name == "#NEWS" || strings.HasPrefix(f.name, "#START:")) {
					continue
				}
				kept = append(kept, f)
			}
			pe.feats = kept
		}
		pe.fweight = make([][4]float64, len(pe.feats))
		pe.fknown = make([]bool, len(pe.feats))
		for i, f := range pe.feats {
			pe.fweight[i], pe.fknown[i] = c.Model.Weights[f.name]
		}
	}
	pe.retro = retrospective(text)
	if pe.retro == nil && frame > 0 {
		if l := retrospective(text[frame:]); l != nil {
			pe.retro = []int{frame + l[0], frame + l[1]}
		}
	}
	pe.ahead = openingIn(text, aheadOpen)
	pe.perf = perfective(text, words)
	pe.cues[0], pe.cues[1], pe.gates, pe.trouble, pe.strong, pe.cues[2], pe.cues[3], pe.recommend = hits[0], hits[1], hits[2], hits[3], hits[4], hits[5], hits[6], hits[7]
	pe.cues[2] = unnegated(text, pe.cues[2])
	// a difficulty asked about (了解…存在的困难) is none admitted; a target
	// a result is measured against (低于…预期目标) is none set
	pe.cues[0] = dropAfter(text, pe.cues[0], inquiryVerbs, 16)
	pe.strong = dropAfter(text, pe.strong, inquiryVerbs, 16)
	pe.cues[1] = dropAfter(text, pe.cues[1], comparedTarget, 6)
	pe.cues[1] = dropBound(text, pe.cues[1])
	pe.framing = firstIn(hits[8], 0, len(text))
	pe.year = openingYear(text)
	pe.recommend = append(pe.recommend, hits[9]...)
	pe.credit = firstIn(hits[paraFeatureSet+4], 0, len(text))
	pe.lesson = firstIn(hits[paraFeatureSet+5], 0, len(text))
	// the background and target phrases count in the first sentence only
	var lead [2][2]int
	pe.firstEnd = firstSentenceEnd(text)
	first := text[:pe.firstEnd]
	leadCues().firstHits(first, lead[:])
	if pe.framing == nil && lead[0][1] > 0 && !doneDeal(first[lead[0][1]:]) {
		pe.framing = []int{lead[0][0], lead[0][1]}
	}
	if lead[1][1] > 0 {
		pe.target = []int{lead[1][0], lead[1][1]}
	}
}

// grow returns s resliced to n zero elements, reusing its array when it
// is large enough; never nil, like make.
func grow[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// negBefore and negAfter turn a done-work cue into its opposite: 未完成,
// 没有实现 (a failing) and 已签约未开工 (signed but not started).
var (
	negBefore = []string{"没有", "未能", "尚未", "并未", "未", "不"}
	negAfter  = []string{"未", "而未", "但未", "尚未"}
)

// unnegated drops the achievement-cue hits that a negation word just
// before or after turns round.
func unnegated(text string, hits [][2]int) [][2]int {
	return dropHits(hits, func(h [2]int) bool {
		for _, w := range negBefore {
			if strings.HasSuffix(text[:h[0]], w) {
				return true
			}
		}
		for _, w := range negAfter {
			if strings.HasPrefix(text[h[1]:], w) {
				return true
			}
		}
		return false
	})
}

// dropHits returns hits without those drop reports, copying only from
// the first dropped one (most paragraphs drop none, and then hits itself
// is returned).
func dropHits(hits [][2]int, drop func(h [2]int) bool) [][2]int {
	var out [][2]int
	for k, h := range hits {
		d := drop(h)
		switch {
		case d && out == nil:
			out = append(make([][2]int, 0, len(hits)), hits[:k]...)
		case !d && out != nil:
			out = append(out, h)
		}
	}
	if out == nil {
		return hits
	}
	return out
}

// paraFeatureSet is the first set of paraCues that belongs to featureMarks.
const paraFeatureSet = 10

var (
	paraCuesOnce sync.Once
	paraCueIndex *cueIndex
)

// paraCues indexes, in one pass: the problem and plan cues, the gates of
// the other cue (a regexp), the trouble words, the strong problem cues,
// the achievement and other cues, the recommendations, the framing
// phrases, the leads of recommendation lists and, from paraFeatureSet on,
// the mark lists of paragraphFeatures (featureMarks), so that a paragraph
// is scanned once for both.
func paraCues() *cueIndex {
	paraCuesOnce.Do(func() {
		paraCueIndex = newCueIndex(paraCueSets()...)
	})
	return paraCueIndex
}

// paraCueSets are the literal sets paraCues indexes, in its order.
func paraCueSets() [][]string {
	return [][]string{contentCues[0].re.lits, contentCues[1].re.lits, reNowReport.gates, reTrouble.lits, strongProblem.lits, contentCues[2].re.lits, contentCues[3].re.lits, strongPlan.lits,
		framingCue.lits, recommendLead.lits,
		futureStarts, pastMarks, problemMarks, newsMarks, creditCue.lits, lessonCue.lits}
}

var (
	leadCuesOnce sync.Once
	leadCueIndex *cueIndex
)

// leadCues indexes the phrases that count in a paragraph's first sentence
// only: background (全县共有…) and targets (力争…).
func leadCues() *cueIndex {
	leadCuesOnce.Do(func() {
		leadCueIndex = newCueIndex(backgroundCue.lits, targetCue.lits)
	})
	return leadCueIndex
}

func firstIn(hits [][2]int, a, b int) []int {
	for _, h := range hits {
		if h[0] >= a && h[0] < b {
			return []int{h[0], h[1]}
		}
	}
	return nil
}

func countIn(hits [][2]int, a, b int) int {
	n := 0
	for _, h := range hits {
		if h[0] >= a && h[0] < b {
			n++
		}
	}
	return n
}

// scoreRange adds up the evidence of words [wi, wj) and bytes [bs, be).
func (c *Classifier) scoreRange(pe *paraEvidence, wi, wj, bs, be int, section string, dc docCtx, explain bool) ([4]float64, []string) {
	var s [4]float64
	var ev []string
	modelBest := -1
	modelP := 0.0
	if pe.weights != nil {
		var m [4]float64
		n := 0
		for i := wi; i < wj; i++ {
			if !pe.known[i] {
				continue
			}
			n++
			for k := range m {
				m[k] += pe.weights[i][k]
			}
		}
		for i, f := range pe.feats {
			if pe.fknown[i] && f.at >= bs && f.at < be {
				n++
				for k := range m {
					m[k] += pe.fweight[i][k]
				}
			}
		}
		if n > 0 {
			best := 0
			m = c.Model.combine(m, n)
			for k := range m {
				s[k] += c.Weights.Model * m[k]
				if m[k] > m[best] {
					best = k
				}
			}
			modelBest = best
			modelP = softmax(m)[best]
			if bs == 0 && be == len(pe.text) {
				pe.modelBest, pe.modelP = modelBest, modelP
			}
			if explain {
				// (fmt's %.2f, without fmt)
				ev = append(ev, "model:"+Classes[best]+"="+strconv.FormatFloat(modelP, 'f', 2, 64))
			}
		}
	}
	if k := classIndex(section); k >= 0 {
		w := c.Weights.Section
		if section == Other {
			// background sections (基本情况) also report what was done
			w /= 2
		}
		if section == Problem && modelBest == classIndex(Achievement) && modelP >= 0.9 && countIn(pe.trouble, bs, be) == 0 && firstIn(pe.cues[0], bs, be) == nil {
			// a result the model is sure of, naming no trouble, under a
			// problem heading (a review's last item set after it)
			w /= 2
		}
		s[k] += w
	}
	// words of trouble: several in one paragraph speak for a problem
	if n := min(countIn(pe.trouble, bs, be), 4); n >= 2 {
		s[classIndex(Problem)] += c.Weights.Trouble * float64(n-1)
		if explain {
			ev = append(ev, "trouble-words:"+strconv.Itoa(n))
		}
	}
	if dc.titlePlan {
		s[classIndex(Plan)] += c.Weights.DocPlan
	} else if section == "" && dc.genre {
		if dc.turned {
			if modelBest != classIndex(Other) {
				// (not a thanks or a closing the model reads as other)
				s[classIndex(Plan)] += c.Weights.Genre
			}
		} else if countIn(pe.trouble, bs, be) == 0 && !(modelBest == classIndex(Other) && modelP >= ModelSure) && !dc.pastReview {
			// a paragraph that names a difficulty is not presumed a review
			s[classIndex(Achievement)] += c.Weights.Genre
		}
	}
	for k, cue := range contentCues {
		loc := firstIn(pe.cues[k], bs, be)
		if cue.cat == Other && loc == nil && firstIn(pe.gates, bs, be) != nil {
			if l := reNowReport.re.FindStringIndex(pe.text[bs:be]); l != nil {
				loc = []int{bs + l[0], bs + l[1]}
			}
		}
		if loc != nil && cue.cat == Achievement && firstIn(pe.cues[1], bs, be) != nil {
			// a target states growth too (预计比上年增长…, 目标任务是…)
			loc = nil
		}
		if loc != nil {
			w := c.Weights.Cue
			if cue.cat == Other {
				w *= 1.5
			}
			s[classIndex(cue.cat)] += w
			if explain {
				ev = append(ev, "cue:"+pe.text[loc[0]:loc[1]])
			}
			if cue.cat == Other && (closes(pe.text[:be], loc[1]) || loc[0] == bs && strings.HasPrefix(pe.text[bs:], "以上")) {
				// a preamble that ends by announcing the report (现将…汇报如下)
				// is procedural whatever it mentioned on the way, and so is
				// the close that opens by looking back on it (以上述职，请予评议)
				s[classIndex(Other)] += c.Weights.Section
				if explain {
					ev = append(ev, "preamble")
				}
			}
		}
	}
	if bs == 0 && be == len(pe.text) && firstIn(pe.cues[1], 0, pe.firstEnd) == nil {
		if l := progressHeadline(pe.text); l != nil {
			// 义务教育均衡发展有序推进。…: a summary's result, headline first
			s[classIndex(Achievement)] += c.Weights.Section
			if explain {
				ev = append(ev, "progress:"+pe.text[l[0]:l[1]])
			}
		}
	}
	if opensDirective(pe.text[bs:be]) {
		// 要压实…，要创新…: an order, a task in its own right
		s[classIndex(Plan)] += c.Weights.Cue
		if explain {
			ev = append(ev, "directive")
		}
	}
	if hasPerfective(pe.perf, bs, be) && firstIn(pe.cues[1], bs, be) == nil && !(modelBest == classIndex(Problem) && modelP >= ModelSure) && !(dc.news && modelBest == classIndex(Other)) {
		// (a failing has its perfective too, 拖慢了进度: not where the
		// model reads a problem; a news item tells its event in the
		// perfective too, 展示了, 走访了: not where the model reads other)
		// work marked as done (建立了, 实施了) and no target in sight
		s[classIndex(Achievement)] += c.Weights.Cue / 2
		if explain {
			ev = append(ev, "perfective")
		}
	}
	if pe.retro != nil && bs <= pe.retro[0] && pe.retro[0] < be && firstIn(pe.cues[1], bs, be) == nil {
		// a paragraph that opens by looking back (一年来，我局…) reviews work
		s[classIndex(Achievement)] += c.Weights.Cue
		if explain {
			ev = append(ev, "retrospective:"+pe.text[pe.retro[0]:pe.retro[1]])
		}
	}
	if bs == 0 && pe.retro == nil && dc.lastYear > 0 && firstIn(pe.cues[1], bs, be) == nil && modelBest != classIndex(Other) {
		// (the year tells a review from a plan, not work from a preamble
		// or background the model reads as other)
		if y := pe.year; y > 0 && y < dc.lastYear {
			// 2024年，全县… in a report that also speaks of 2025 looks back
			s[classIndex(Achievement)] += c.Weights.Cue
			if explain {
				ev = append(ev, "earlier-year:"+strconv.Itoa(y)+"<"+strconv.Itoa(dc.lastYear))
			}
		}
	}
	if l := concessive(pe.text, pe.trouble, bs, be); l != nil {
		// 覆盖率虽高，但…还不理想: the concession grants, the turn admits
		s[classIndex(Problem)] += c.Weights.Cue
		if explain {
			ev = append(ev, "concession:"+pe.text[l[0]:l[1]])
		}
	}
	if firstIn(pe.strong, bs, be) != nil {
		s[classIndex(Problem)] += c.Weights.Section
	}
	if bs == 0 && pe.ahead != nil {
		// 今后，我将… / 下一步，… opens a plan even under a problem heading
		s[classIndex(Plan)] += c.Weights.Section
		if explain {
			ev = append(ev, "looks-ahead:"+pe.text[pe.ahead[0]:pe.ahead[1]])
		}
	}
	if pe.target != nil && bs <= pe.target[0] && pe.target[0] < be && firstIn(pe.recommend, bs, be) == nil {
		// a paragraph whose first sentence states a target (全年计划完成…，
		// 力争…) is a plan even inside a review section
		s[classIndex(Plan)] += c.Weights.Section
		if explain {
			ev = append(ev, "first-sentence-target:"+pe.text[pe.target[0]:pe.target[1]])
		}
	}
	if loc := firstIn(pe.recommend, bs, be); loc != nil && !asksCorrection(pe.text[loc[0]:be]) {
		s[classIndex(Plan)] += c.Weights.Section
		if explain {
			kind := "recommendation:"
			if strings.Contains(pe.text[loc[0]:loc[1]], "目标") {
				kind = "target:"
			}
			ev = append(ev, kind+pe.text[loc[0]:loc[1]])
		}
	}
	if bs == 0 && be == len(pe.text) && isClosingCall(pe.text) {
		// 让我们…而努力奋斗！ closes a speech: a formula, like a greeting,
		// whatever section it ends and whatever it looks ahead to (新的一年)
		s[classIndex(Other)] += 2 * c.Weights.Section
		if explain {
			ev = append(ev, "closing-call")
		}
	}
	if bs == 0 && be == len(pe.text) && pe.framing != nil && !spoke(ev) && len(pe.trouble) == 0 {
		// the setting of the work (今年是…关键之年, …对教育提出了新要求,
		// 全县共有…) states no result, trouble or task of its own: background
		// without evaluation
		s[classIndex(Other)] += c.Weights.Cue
		if explain {
			ev = append(ev, "framing:"+pe.text[pe.framing[0]:pe.framing[1]])
		}
	}
	if bs == 0 && be == len(pe.text) {
		if isClosingThanks(pe.text) {
			// 我的汇报完毕，谢谢！ closes a speech
			s[classIndex(Other)] += 2 * c.Weights.Section
			if explain {
				ev = append(ev, "closing-thanks")
			}
		}
		if dc.news && outsiderSpeaks(pe.text) {
			// 签约企业代表表示，将加快推进项目建设: what a guest of the
			// event says or will do is neither the county's result nor its plan
			s[classIndex(Other)] += c.Weights.Section
			if explain {
				ev = append(ev, "outsider")
			}
		}
		if isExhortation(pe.text) {
			// 全县上下要以只争朝夕的精神…确保完成各项目标任务 calls on the
			// audience's spirit, with no task of its own: a closing formula
			s[classIndex(Other)] += c.Weights.Section
			if explain {
				ev = append(ev, "exhortation")
			}
		}
		l := pe.lesson
		if l != nil && countDigitRuns(pe.text) > 0 {
			l = nil
		}
		if l == nil && firstIn(pe.cues[1], 0, len(pe.text)) == nil && !(pe.modelBest == classIndex(Plan) && pe.modelP >= ModelSure) && !opensDirective(pe.text[pe.firstEnd:]) {
			// (一是项目建设是关键。要… opens a task, not a lesson)
			l = lessonOpening(pe.text)
		}
		if l != nil {
			// 实践证明，只要…就一定能…: the lesson drawn from the work, a
			// report's moral, neither its result nor its task, even in
			// the section of tasks it closes
			s[classIndex(Other)] += c.Weights.Section + c.Weights.Cue
			if explain {
				ev = append(ev, "lesson:"+pe.text[l[0]:l[1]])
			}
		}
		if isProcedure(pe.text) {
			// 刚才，…作了表态发言 recalls the meeting's procedure
			s[classIndex(Other)] += c.Weights.Section
			if explain {
				ev = append(ev, "procedure")
			}
		}
		if l := pe.credit; l != nil && countDigitRuns(pe.text) == 0 {
			// 取得的成绩，得益于… thanks, whatever results it recalls;
			// credit and thanks together (…的结果。在此，…表示衷心的感谢)
			// close a review and outweigh its heading
			w := c.Weights.Section
			if strings.Contains(pe.text, "感谢") || strings.Contains(pe.text, "敬意") || opensWith(pe.text, l) && len(pe.trouble) == 0 && pe.modelBest != classIndex(Problem) {
				// (a paragraph that opens with the credit, 这些成绩的
				// 取得，得益于…, is the formula and nothing else)
				w *= 2
			}
			s[classIndex(Other)] += w
			if explain {
				ev = append(ev, "credit:"+pe.text[l[0]:l[1]])
			}
		}
		if l := inspectionIn(pe.text, dc.news); l != nil && countDigitRuns(pe.text) == 0 && len(pe.trouble) == 0 {
			// 在…现场，县长仔细询问了…: the visit itself, no figure of work
			s[classIndex(Other)] += c.Weights.Cue
			if explain {
				ev = append(ev, "inspection:"+pe.text[l[0]:l[1]])
			}
		}
		if dc.news && (strings.HasPrefix(pe.text, "据了解") || strings.HasPrefix(pe.text, "据悉")) && firstIn(pe.cues[1], 0, len(pe.text)) == nil && firstIn(pe.cues[2], 0, len(pe.text)) == nil {
			// 据了解，… adds the reporter's background to the event:
			// neither the event's result nor a task (unless a cue says so)
			s[classIndex(Other)] += c.Weights.Cue
			if explain {
				ev = append(ev, "background:"+pe.text[:strings.IndexAny(pe.text, "，,")+1])
			}
		}
		if dc.news && isAttribution(pe.text) {
			// …一边看着一边说。 says who spoke the quotation before it
			s[classIndex(Other)] += c.Weights.Cue
			if explain {
				ev = append(ev, "attribution")
			}
		}
	}
	if dc.news && bs == 0 && be == len(pe.text) && !spoke(ev) && len(pe.trouble) == 0 {
		if l := meetingCue.find(pe.text); l != nil && !(doneDeal(pe.text) && countDigitRuns(pe.text) > 0) && !seesFrom(pe.text, l[1]) {
			// a news item's account of the meeting itself (与会人员观摩了…,
			// 会上…作了交流发言, …参加会议) reports no work of the county
			s[classIndex(Other)] += c.Weights.Cue
			if explain {
				ev = append(ev, "meeting:"+pe.text[l[0]:l[1]])
			}
		}
		if doneDeal(pe.text) && countDigitRuns(pe.text) > 0 && modelBest != classIndex(Plan) {
			// 会上，共有18个项目现场签约: the deals an event closed, counted,
			// are its result
			s[classIndex(Achievement)] += c.Weights.Cue
			if explain {
				ev = append(ev, "deals")
			}
		}
	}
	if bs == 0 && be == len(pe.text) && !spoke(ev) {
		if l := composition(pe.text); l != nil {
			// 从游客来源看，本市游客占58%… says who the respondents of a
			// survey are, or how a whole divides: a profile, not a result
			s[classIndex(Other)] += c.Weights.Section
			if explain {
				ev = append(ev, "composition:"+pe.text[l[0]:l[1]])
			}
		} else if l := surveyFrame(pe.text); l != nil && len(pe.trouble) == 0 {
			// 共发放问卷600份… / 问卷显示，受访者最希望…: the survey's
			// sample and preferences, background to its analysis, even
			// where a results section holds them
			s[classIndex(Other)] += c.Weights.Section + c.Weights.Cue
			if explain {
				ev = append(ev, "survey:"+pe.text[l[0]:l[1]])
			}
		}
	}
	// a short lead-in ending with a colon (今年年初我们系统的状况是：)
	// announces what follows and says nothing itself, unless a cue spoke
	if bs == 0 && be == len(pe.text) && len(ev) <= 1 && isLeadIn(pe.text) {
		s[classIndex(Other)] += c.Weights.Cue
		if explain {
			ev = append(ev, "lead-in")
		}
	}
	return s, ev
}

// sentences labels each sentence of a mixed paragraph; nil when the
// paragraph has one sentence or all agree. The paragraph's words and cue
// hits are reused, so nothing is segmented or searched twice.
func (c *Classifier) sentences(pe *paraEvidence, section string, dc docCtx) []Sentence {
	type piece struct{ wi, wj, bs, be int }
	var ps []piece
	off := 0
	if pe.ends != nil {
		start, bs := 0, 0
		for i, w := range pe.words {
			if isSentenceEnd(w) {
				ps = append(ps, piece{start, i + 1, bs, pe.ends[i]})
				start, bs = i+1, pe.ends[i]
			}
		}
		if bs < pe.covered && strings.TrimSpace(pe.text[bs:pe.covered]) != "" {
			ps = append(ps, piece{start, len(pe.words), bs, pe.covered})
		}
		off = pe.covered
	}
	if off < len(pe.text) {
		// past the segmented lead: sentences by punctuation, cues only
		for _, s := range splitSentences(pe.text[off:]) {
			k := strings.Index(pe.text[off:], s)
			if k < 0 {
				continue
			}
			ps = append(ps, piece{0, 0, off + k, off + k + len(s)})
			off += k + len(s)
		}
	}
	if len(ps) < 2 {
		return nil
	}
	out := make([]Sentence, len(ps))
	var cats [4]bool // the categories other than other that some sentence has
	for i, p := range ps {
		sc, _ := c.scoreRange(pe, p.wi, p.wj, p.bs, p.be, section, dc, false)
		// a sentence is short: let the section count for less
		if k := classIndex(section); k >= 0 {
			sc[k] -= c.Weights.Section / 2
		}
		out[i] = Sentence{Text: pe.text[p.bs:p.be]}
		out[i].Category, _ = pick(sc)
		if out[i].Category != Other {
			cats[classIndex(out[i].Category)] = true
		}
	}
	if n := countTrue(cats); n < 2 {
		return nil
	}
	return out
}

func countTrue(b [4]bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// isSentenceEnd reports whether a word ends a sentence (gojieba gives
// punctuation as words of its own).
func isSentenceEnd(w string) bool {
	switch w {
	case "。", "；", ";", "！", "!", "？", "?":
		return true
	}
	return len(w) <= 12 && hasSentenceMark(w)
}

// isLeadIn reports a short paragraph that ends with a colon.
func isLeadIn(t string) bool {
	t = strings.TrimSpace(t)
	return (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && runesUpTo(t, 30) <= 30
}

// closes reports whether only closing punctuation follows byte end in t.
// asksCorrection reports whether t, from a 恳请 on, asks the audience to
// correct the report (恳请各位领导批评指正) within its sentence: a closing
// formula, not a request for support.
func asksCorrection(t string) bool {
	if !strings.HasPrefix(t, "恳请") {
		return false
	}
	if k := strings.IndexAny(t, "。；;！!"); k >= 0 {
		t = t[:k]
	}
	return strings.Contains(t, "指正")
}

func closes(t string, end int) bool {
	return end <= len(t) && strings.Trim(t[end:], " 。.:：;；") == ""
}

// retroOpen are the openings of a paragraph that looks back on a period.
var retroOpen = newCueSet(`一年来|一年以来|今年以来|年初以来|去年以来|近年来|近几年来|近年以来|几年来|过去一年|过去的一年|上半年|前三季度|一季度|截至目前|截止目前|回顾(?:一年来|过去|上半年|去年)|近(?:两|三|四|五|十)年(?:来|以来)?|过去(?:两|三|四|五)年|(?:两|三|四|五)年来`)

// framingCue sets the scene of the work: the year's place in a plan
// period (收官之年, 关键一年), a stage (正处于…关键时期) or what the times
// ask (对…提出了新要求, 发生了历史性变化).
var framingCue = newCueSet(`之年|关键一年|开局之年|关键时期|关键期|攻坚期|机遇期|窗口期|元年|提出了(?:新|更高)(?:的)?要求|发生了(?:历史性|深刻|巨大)(?:的)?变化`)

// backgroundCue opens a description of the place or body reported on
// (全县共有…, 我县地处…, 辖9镇4乡, 内设股室…): background, not work done,
// when nothing else in the paragraph speaks.
var backgroundCue = newCueSet(`共有|现有|下辖|辖区|辖(?:[0-9]|[一二三四五六七八九十])|总人口|总面积|位于|地处|内设`)

// recommendLead introduces a list of recommendations (建议：一是…,
// 提出如下建议) or a member's proposal reported from a meeting (有的委员
// 建议，…; 代表们提出，应…): a plan like the recommendations of strongPlan,
// though not one of the distant-supervision cues the shipped model was
// trained with.
var recommendLead = newCueSet(`建议[:：]|建议如下|提出如下建议|提出以下建议|几点建议[:：]|(?:委员|代表|专家|学者|与会人员)(?:们)?(?:建议|提出)[，,]`)

// meetingCue names the proceedings of a meeting in a news item.
var meetingCue = newCueSet(`应到|实到|人员参加|参加演练|参演|会议还|会议审议|会议表决|会议听取|表决通过|会上|会前|会后|会议由|与会|参加会议|出席会议|列席会议|主持会议|参加活动|出席活动|参加仪式|出席仪式|参加推介会|参加座谈会|交流发言|典型发言|表态发言|观摩|述职评议|现场评议|进行述职`)

// turnsAhead reports whether a paragraph's evidence shows it opening the
// part of a report that looks ahead: an opening such as 今后/新的一年 or
// a stated target (预期目标是). A target inside one paragraph of a
// review (全年计划完成…) turns nothing.
func turnsAhead(ev []string) bool {
	for _, e := range ev {
		if strings.HasPrefix(e, "looks-ahead:") || strings.HasPrefix(e, "target:") {
			return true
		}
	}
	return false
}

// setsScene reports whether a paragraph was read as setting the scene
// (framing, background, a meeting's proceedings): the flow of the report
// does not carry it.
func setsScene(ev []string) bool {
	for _, e := range ev {
		if strings.HasPrefix(e, "framing:") || strings.HasPrefix(e, "meeting:") {
			return true
		}
	}
	return false
}

// spoke reports whether evidence other than the model and the perfective
// mark decided a paragraph.
func spoke(ev []string) bool {
	for _, e := range ev {
		if !strings.HasPrefix(e, "model:") && e != "perfective" {
			return true
		}
	}
	return false
}

// targetCue states a target: a paragraph whose first sentence holds one
// sets goals rather than reporting results.
var targetCue = newCueSet(`力争|计划(?:完成|实施|新建|新增|投资|引进)|争取(?:全年|年内|年底前|到)`)

// firstSentenceEnd is the byte end of text's first sentence.
func firstSentenceEnd(text string) int { return sentenceEnd(text, 0) }

// openingYear returns the year that opens text (2024年，… or, after a
// heading number, 二、2025年工作安排), or 0.
func openingYear(text string) int {
	t := strings.TrimSpace(text)
	if k := strings.Index(t[:min(len(t), 27)], "年"); k < 4 {
		// no year in reach: spare the heading parser
		return 0
	}
	if r := firstRune(t); r < '0' || r > '9' {
		if m, ok := outline.Parse(t); ok {
			t = m.Rest
		}
	}
	return yearAt(t, 0)
}

// yearAt reads a year 1950-2099 written as four ASCII digits and 年 at
// byte i of t, or returns 0.
func yearAt(t string, i int) int {
	if i+7 > len(t) || t[i+4:i+7] != "年" {
		return 0
	}
	y := 0
	for _, b := range []byte(t[i : i+4]) {
		if b < '0' || b > '9' {
			return 0
		}
		y = y*10 + int(b-'0')
	}
	if y < 1950 || y > 2099 || (i > 0 && t[i-1] >= '0' && t[i-1] <= '9') {
		return 0
	}
	return y
}

// latestYear is the latest year written anywhere in t (a title's
// 2024年工作总结和2025年工作计划), or 0.
func latestYear(t string) int {
	y := 0
	for i := 0; i+7 <= len(t); i++ {
		y = max(y, yearAt(t, i))
	}
	return y
}

// reportVerbs end the frame of reported speech that opens a paragraph of
// a news item (据…介绍，, …通报说，, 会议指出，). 强调 and 要求 are not
// among them: what follows them is a task, and the verb says so.
var reportVerbs = []string{"介绍说", "介绍", "指出", "表示", "通报说", "通报", "认为", "坦言", "透露", "说", "称"}

// reportedFrame returns the byte end of a reported-speech frame opening
// text (据县人社局负责人介绍，), within its first 24 runes, or 0.
func reportedFrame(text string) int {
	n := 0
	for i, r := range text {
		if n >= 24 || r == '。' || r == '“' {
			return 0
		}
		n++
		if r != '，' && r != ',' && r != '：' && r != ':' {
			continue
		}
		if n < 3 {
			return 0
		}
		for _, v := range reportVerbs {
			if strings.HasSuffix(text[:i], v) {
				return i + utf8.RuneLen(r)
			}
		}
		return 0
	}
	return 0
}

// aheadOpen are the openings of a paragraph that turns to what comes next.
var aheadOpen = newCueSet(`今后|在今后的工作中|在今后工作中|下一步|下步|下阶段|下一阶段|明年|新的一年|来年`)

// retrospective returns the span of a retrospective opening at the start
// of text (after a heading number such as （一） or 1.), or nil.
func retrospective(text string) []int { return openingIn(text, retroOpen) }

// openingIn returns the span of one of set's phrases opening text (after
// a heading number), longest first, or nil.
func openingIn(text string, set *cueSet) []int {
	off := len(text) - len(strings.TrimLeft(text, " \t"))
	if r := firstRune(text[off:]); r < 0x4E00 || strings.ContainsRune("一二三四五六七八九十第首其", r) {
		// perhaps a heading number: （一） 1. 一是
		if m, ok := outline.Parse(text[off:]); ok {
			off = len(text) - len(m.Rest)
		}
	}
	if off > len(text) || off < 0 {
		return nil
	}
	for _, l := range set.byFirst[firstRune(text[off:])] {
		if strings.HasPrefix(text[off:], l) {
			return []int{off, off + len(l)}
		}
	}
	return nil
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func hasPerfective(perf []paraFeature, bs, be int) bool {
	for _, f := range perf {
		if f.at >= bs && f.at < be {
			return true
		}
	}
	return false
}

// isClosingCall reports the call that ends a speech or a government work
// report (让我们在县委的坚强领导下……努力奋斗！).
func isClosingCall(t string) bool {
	t = strings.TrimSpace(t)
	return strings.Contains(t, "让我们") && (strings.HasSuffix(t, "！") || strings.HasSuffix(t, "!")) || isRally(t)
}

// changeWords state a change over time (增长, 提高到): a paragraph with
// them compares periods, not the parts of one whole.
var changeWords = []string{"增长", "增加", "提高", "提升", "上升", "下降", "减少", "同比", "比上年", "较上年"}

// composition returns the span of the opening of a paragraph that
// describes how a whole divides — an angle (从游客来源看，) followed by at
// least two shares (占58%, 占34%) and no change over time — or nil. A
// survey describes its respondents so, and a profile of a place its
// make-up.
func composition(t string) []int {
	if !strings.HasPrefix(t, "从") {
		return nil
	}
	end := -1
	for i, r := range t {
		if i > 3*14 || r == '。' || r == '；' {
			break
		}
		if r == '，' && (strings.HasSuffix(t[:i], "看") || strings.HasSuffix(t[:i], "来看")) {
			end = i
			break
		}
	}
	if end < 0 {
		return nil
	}
	shares := 0
	for rest := t; ; {
		i := strings.Index(rest, "占")
		if i < 0 {
			break
		}
		rest = rest[i+len("占"):]
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			shares++
		}
	}
	if shares < 2 {
		return nil
	}
	for _, w := range changeWords {
		if strings.Contains(t, w) {
			return nil
		}
	}
	return []int{0, end}
}

// dealWords are what happens to projects (签约, 开工, 投产): a count of
// them (共有18个项目现场签约) tells what was achieved, not what a place
// has.
var dealWords = []string{"签约", "开工", "落地", "投产", "竣工", "完工", "入驻", "获批"}

// doneDeal reports whether t, the rest of a first sentence after a
// background cue (共有), tells of projects signed or started.
func doneDeal(t string) bool {
	for _, w := range dealWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// spiritWords name the spirit a closing exhortation asks for.
var spiritWords = []string{"精神", "状态", "紧迫感", "责任感", "使命感", "信心", "干劲", "定力"}

// isExhortation reports the exhortation that closes a speech or a
// meeting report: it asks the audience for a spirit (以只争朝夕的精神,
// 坚定信心) to complete all the year's tasks (确保完成各项目标任务), names
// no task of its own and states no figure.
func isExhortation(t string) bool {
	if countDigitRuns(t) > 0 || !strings.Contains(t, "确保") || !(strings.Contains(t, "各项目标任务") || strings.Contains(t, "各项工作任务")) {
		return false
	}
	for _, w := range spiritWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// outsiderWords name the guests of an event reported in a news item:
// investors, company representatives, invited experts.
var outsiderWords = []string{"企业代表", "客商", "投资方", "投资商", "嘉宾", "专家", "企业家"}

// outsiderSpeaks reports a paragraph without figures that opens by
// reporting what a guest of the event said (签约企业代表在发言中表示，…).
func outsiderSpeaks(t string) bool {
	f := reportedFrame(t)
	if f == 0 || countDigitRuns(t) > 0 {
		return false
	}
	for _, w := range outsiderWords {
		if strings.Contains(t[:f], w) {
			return true
		}
	}
	return false
}
