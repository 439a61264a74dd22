// Package classify builds the section structure of a report (title,
// occasion, speaker, salutation, heading tree) and labels each paragraph
// achievement (成效), problem (问题), plan (计划) or other.
//
// A paragraph's category combines three kinds of evidence: the heading of
// its section (存在问题 → problem), cue phrases in its own text (我们也清醒
// 地看到 → problem; 已建成 → achievement; 现将…汇报如下 → other) and a
// logistic regression over gojieba tokens and paragraph features (how
// sentences open, tense and aspect marks, problem words, news-report
// words, quotations, numbers), trained by distant supervision (see
// TrainLogistic and scripts/train), then a document-level pass (news items
// get no review prior and their meeting proceedings are other; where no
// heading speaks, an undecided paragraph leans to the last confident one,
// and once a report has turned to what comes next its unmarked paragraphs
// lean to plan; a paragraph opening with a year earlier than the report's
// latest looks back). Paragraphs whose sentences disagree also get
// per-sentence labels.
package classify

import (
	"math"
	"regexp"
	"strings"

	"huibao/segment"
)

// Categories.
const (
	Achievement = "achievement"
	Problem     = "problem"
	Plan        = "plan"
	Other       = "other"
)

// Input is one paragraph as extraction delivers it.
type Input struct {
	Text    string
	Heading bool // marked as a heading by the file's styles
	Level   int  // heading level from the file's styles, 0 when unknown
}

// Sentence is one sentence of a paragraph with its own category.
type Sentence struct {
	Text     string `json:"text"`
	Category string `json:"category"`
}

// Result is what classification says about one paragraph.
type Result struct {
	Heading    bool       // a heading, by style or by numbering
	Level      int        // heading level, 0 for body text
	Role       string     // title, occasion, speaker, salutation, meta, heading, body
	Section    string     // text of the nearest enclosing heading, "" before the first
	Category   string     // one of the four categories
	Confidence float64    // 0..1
	Evidence   []string   // what decided the category, e.g. "heading:存在问题"
	Sentences  []Sentence // per-sentence labels for mixed paragraphs, else nil
}

// Analysis is the structure and classification of one report.
type Analysis struct {
	Results []Result
	Outline []*Node // heading tree
	DocType string  // 政府工作报告, 工作汇报, 汇报发言, 工作总结, 述职报告, 工作计划, 其他
	Year    int     // the year the report is about, 0 when not stated
	// Words holds gojieba's words for each body paragraph (nil for the
	// others), for later stages such as quantity.AnalyzeWords.
	Words [][]string
}

// Weights combine the evidence; the defaults were set by leave-one-
// document-out evaluation (huibao eval classify --holdout).
type Weights struct {
	Model   float64 // scale of the token model's evidence (logistic regression log-odds)
	Section float64 // bonus for the category of the enclosing heading
	DocPlan float64 // bonus for plan in a document titled as a plan
	Cue     float64 // bonus per content cue
	Genre   float64 // bonus for achievement where nothing else speaks: reports mostly review work
	Trouble float64 // bonus for problem per trouble word past the first (at most three)
	Flow    float64 // bonus, for an undecided paragraph without a section, for the category of the last confident one
}

// DefaultWeights are used by Classify and Analyze.
var DefaultWeights = Weights{Model: 0.3, Section: 3, DocPlan: 0.8, Cue: 1.5, Genre: 0.5, Trouble: 0.4, Flow: 0.5}

// Classifier labels paragraphs with a given model and weights.
type Classifier struct {
	Seg     *segment.Segmenter
	Model   *Model
	Weights Weights
}

// Classify labels every paragraph of one report with the shipped model.
func Classify(paras []Input) []Result { return Analyze(paras).Results }

// Analyze runs structure and classification with the shipped model and
// the shared segmenter; without a segmenter it falls back on headings and
// cue phrases.
func Analyze(paras []Input) *Analysis {
	seg, _ := segment.Default()
	c := &Classifier{Seg: seg, Model: Shipped(), Weights: DefaultWeights}
	return c.Analyze(paras)
}

// content cues: phrases that decide a paragraph whatever its section. The
// achievement cues are perfective: work already done (已建成, 取得了,
// 累计完成, 同比增长), or the conduct a 述职报告 reports (严格遵守…,
// 坚决抵制…, 从未利用职权…), which a negation right before turns round.
var contentCues = []struct {
	cat string
	re  *cueSet
}{
	{Problem, newCueSet(`清醒(?:地)?(?:看到|认识到)|清楚(?:地)?(?:看到|认识到)|也要看到|不容忽视|存在(?:的)?(?:一些|许多|不少|诸多)?(?:问题|不足|困难|短板|差距)|主要表现在|还有(?:许多|一些|不少)?(?:不足|差距)|仍有(?:一定|较大)?差距|差距(?:较大|明显)|问题(?:依然|仍然|还|较为|比较|尤为|十分)?(?:突出|严重)|意见(?:最|较|比较)?集中(?:的|在)|(?:反映|抱怨|吐槽|投诉)(?:最多|较多|最集中)的|(?:严重|明显)不足|亟待(?:解决|提高|加强)|不到位|不够(?:高|强|深入|到位|完善|明显)|薄弱|滞后|短缺|匮乏|困难重重|压力(?:较大|很大|巨大)|(?:能力|水平|意识|动力|后劲|活力|带动力|竞争力)(?:偏弱|较弱|不强|偏低|欠缺)|思路不宽|办法不多|明显弱化`)},
	{Plan, newCueSet(`(?:我们|我|我局|本人|我县|我镇|我乡|我区|我市|我委|我办|我单位)(?:还|也|仍|要)?将|下一步|下步|下阶段|今后|明年|新的一年|来年|(?:我们)?将(?:继续|进一步|着力|重点|全力|加快|持续|以|围绕|坚持|大力|认真|积极)|力争|计划(?:新建|实施|完成|投资|引进|新增|培训|于|在)|确保(?:全年|年内|完成|实现)|(?:要|应|应该|必须)(?:加强|加快|进一步|坚持|切实|着力|全面|持续|立即|抓好|做好|强化|突出|把|以|在|按照|围绕|注重)|预期目标|目标(?:任务)?(?:是|为)[:：]?`)},
	{Achievement, newCueSet(`已(?:经)?(?:完成|建成|实现|解决|帮助|签约|落地|投产|开工|竣工|落实|办结|培育|引进|发放|兑现|覆盖|封顶|完工|投用|投入使用|通车|交付使用|并网)|(?:取得|实现|完成|建成|引进|新增|新建|培育|签约)了|圆满完成|顺利完成|累计(?:完成|投入|建成|培训|发放|帮助|解决|引进|新增|实现)|同比增长|比上年增长|较上年增长|年均增长|成效(?:明显|显著|突出|初显)|取得(?:了)?(?:明显|显著|积极|良好|较好|新的|阶段性|实质性)(?:的)?(?:成效|成绩|进展|突破|效果)|(?:有力|有效)(?:地|的)?(?:促进|推动|保障|助推|带动|提升|提高|改善)了|得到(?:了)?(?:有效|明显|进一步)(?:改善|提升|加强|遏制|缓解)|(?:明显|显著|大幅|大幅度)(?:提高|提升|改善|增强|好转)|大为改观|明显改观|焕然一新|满意度(?:为|达到|达|提升到|提高到)|表示满意|严格遵守|自觉遵守|严格执行|坚决抵制|自觉抵制|始终做到|从未(?:利用|以|收受|发生|出现)`)},
	{Other, newCueSet(`(?:汇报|报告|总结|述职)如下|作(?:如下|简要)汇报|向大会报告工作|请予审议|请予评议|特此(?:报告|汇报|说明)|提出意见|批评指正|表示(?:热烈)?(?:的)?欢迎|特制(?:订|定)|以上(?:汇报|述职|报告|发言)|借此机会|向(?:大家|各位|大会|同志们)(?:作|做)(?:以|个|一个|一下|简要|简短)?(?:的)?(?:汇报|报告|述职)|(?:作|做)(?:以|个|一个)汇报`)},
}

// reTrouble matches words that describe a difficulty or a failing.
var reTrouble = newCueSet(`资不抵债|入不敷出|亏损|负债|拖欠|欠缴|上访|困难|严重|不足|缺乏|匮乏|薄弱|滞后|矛盾|难以|浪费|低下|不稳定|激烈|无法|不能|不够|不强|不高|偏低|偏少|较弱|偏弱|弱化|短缺|流失|老化|单一|制约|瓶颈|隐患|差距|压力|问题突出|不到位|不完善|不健全|不平衡|不充分|不理想|不规范|不及时|不明显|跟不上|没有任何|缺口|居高不下|屡查屡犯|屡禁不止|淡薄|等靠要|同质化|偏高|较重|不畅|乏力|缺位|空心化|老龄化|后继乏人|青黄不接`)

// reNowReport is the procedural opening "现将…汇报如下", a paragraph's
// last words; it runs only where 现将/现就 occurs.
var reNowReport = newCueSet(`现(?:将|就).{0,60}(?:汇报|报告|总结|阐述|述职)(?:如下)?[。:：]?$`, "现将", "现就")

// strongProblem phrases override the section: the review section of a
// government work report admits its problems this way.
var strongProblem = newCueSet(`清醒(?:地)?(?:看到|认识到)|清楚(?:地)?(?:看到|认识到)|也要看到|不容忽视|存在(?:的)?(?:一些|许多|不少|诸多)?(?:困难和问题|问题和不足|不足之处)|主要表现在|也深知|深刻认识到|困难和不足|困难与不足|问题与不足|(?:但|但是)(?:也|仍|还|仍然|依然)?存在(?:着)?(?:一些|许多|不少|诸多)?(?:问题|不足|困难|短板|差距)`)

// docCtx is what the whole document says about its paragraphs.
type docCtx struct {
	titlePlan bool // the title names a plan (工作计划, 要点)
	genre     bool // a report of work (a known genre or one with headings), whose unmarked paragraphs mostly review work
	news      bool // a news item about a meeting or a report (isNews)
	// turned is set once a paragraph without a section has confidently
	// turned to what comes next (今后五年…, 新的一年…总体要求是, 预期目标是):
	// from there on the unmarked paragraphs of a report lean to plan,
	// not to review
	turned bool
	// lastYear is the latest year that opens a line of the report or
	// stands in its title or occasion line (2024年工作总结和2025年计划 →
	// 2025); a paragraph opening with an earlier year looks back
	lastYear int
	// pastReview is set while the body paragraph before was labelled a
	// problem or a plan: the review part of the report is behind, and
	// an unmarked paragraph is no longer presumed to review work
	pastReview bool
}

// strongPlan phrases are recommendations, which count as plans even
// inside a problem section (调研报告 and 汇报 often follow each problem
// with what should be done about it), and stated targets (目标任务是：),
// whose figures would otherwise read as results.
var strongPlan = newCueSet(`建议(?:县|市|省|上级|有关|相关|各级|各地|将|把|加大|加强|尽快|设立|建立|出台|安排|增加)|应(?:该|当)?(?:立即|尽快|抓紧)|恳请|特此建议|呼吁(?:有关|相关|上级)|预期目标是|目标(?:任务)?(?:是|为)[:：]`)

var reDocPlan = regexp.MustCompile(`计划|规划|安排|打算|要点|部署`)

// reDateline opens a news item: 3月15日上午，… / 近日，…
var reDateline = regexp.MustCompile(`^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[,，]|^(?:近日|日前|连日来|近期)[,，]`)

// newsWords are the words of a reporter.
var newsWords = []string{"记者", "通讯员", "据悉", "据了解", "本报讯"}

// isNews reports whether a text is a news item about reports or meetings
// rather than a report itself: a dateline or a quotation opens its first
// body paragraph, or it speaks as a reporter. Its paragraphs without a
// section are not presumed to review work.
func isNews(paras []Input, rs []Result) bool {
	seen := 0
	for i, r := range rs {
		if r.Role != RoleBody {
			continue
		}
		t := strings.TrimSpace(paras[i].Text)
		if seen == 0 && (reDateline.MatchString(t) || strings.HasPrefix(t, "“")) {
			// a news lede opens with its date, a feature story with a quotation
			return true
		}
		for _, w := range newsWords {
			if strings.Contains(t, w) {
				return true
			}
		}
		seen++
	}
	return false
}

// reEventTitle is a news headline about a meeting or an event (召开…会议
// 部署…工作): a report of the event, not a plan, whatever it announces.
var reEventTitle = regexp.MustCompile(`召开|举行|举办|会议|开展|调研|视察|检查|座谈`)

// planTitle reports whether a title names a plan (2024年工作要点, 实施
// 计划), not a summary (工作总结和明年计划), a report on how a plan went
// (计划执行情况) or a news item about a meeting.
func planTitle(t string) bool {
	return reDocPlan.MatchString(t) && !strings.Contains(t, "总结") && !reEventTitle.MatchString(t) && !reDoneTitle.MatchString(t)
}

// reDoneTitle names a report on how a plan went (计划执行情况, 规划实施
// 情况, 工作安排落实情况): a review, not a plan.
var reDoneTitle = regexp.MustCompile(`(?:执行|实施|完成|落实|进展)(?:情况|报告)`)

// Analyze labels the paragraphs of one report.
func (c *Classifier) Analyze(paras []Input) *Analysis {
	rs := structure(paras)
	roots, secCat := buildOutline(paras, rs)
	a := &Analysis{Results: rs, Outline: roots}
	a.DocType = docType(paras, rs)
	a.Year = docYear(paras, rs, a.DocType)
	news := isNews(paras, rs)
	dc := docCtx{genre: (a.DocType != TypeOther || len(roots) > 0) && !news, news: news}
	for i, r := range rs {
		if r.Role == RoleTitle && planTitle(paras[i].Text) {
			dc.titlePlan = true
		}
		y := openingYear(paras[i].Text)
		if r.Role == RoleTitle || r.Role == RoleOccasion {
			y = max(y, latestYear(paras[i].Text))
		}
		dc.lastYear = max(dc.lastYear, y)
	}
	a.Words = make([][]string, len(rs))
	prev := -1                           // category of the last confidently labelled body paragraph
	var pe paraEvidence                  // one paragraph's evidence, its slices reused for the next
	seenBody := false                    // a body paragraph came before this one
	last := -1                           // category of the body paragraph before, when not other
	final := make([][4]float64, len(rs)) // each body paragraph's scores
	readOther := make([]bool, len(rs))   // the token model reads it as other
	for i := range rs {
		r := &rs[i]
		switch r.Role {
		case RoleBody:
		case RoleHeading:
			continue
		default:
			r.Category, r.Confidence = Other, 0.95
			r.Evidence = append(r.Evidence, "role:"+r.Role)
			continue
		}
		text := strings.TrimSpace(paras[i].Text)
		var words []string
		if c.Seg != nil {
			words = c.Seg.Cut(leadOf(text, MaxModelRunes))
			a.Words[i] = words
		}
		c.prepareInto(&pe, text, words)
		dc.pastReview = last >= 0 && Classes[last] != Achievement
		scores, ev := c.scoreRange(&pe, 0, len(pe.words), 0, len(text), secCat[i], dc, true)
		if dc.news && !seenBody && isWholeQuote(text) {
			// a feature story opens with a testimony before it reports
			scores[classIndex(Other)] += c.Weights.Section
			ev = append(ev, "quote-lede")
		}
		seenBody = true
		if secCat[i] == "" && c.Weights.Flow > 0 && prev >= 0 && !setsScene(ev) && !dc.news {
			// no heading speaks: a report runs review → problems → plans,
			// so an undecided paragraph leans to the one before it (but
			// a news item runs no such course: what follows the figures
			// it quotes is its event again, 某某推介了…, and what follows
			// the leader's orders is the reporter's again, 据悉，…)
			if cat, conf := pick(scores); conf < 0.5 && cat != Classes[prev] && !(towardProblem(prev, pe.modelBest) && pe.modelP >= ModelSure) && !movedOn(prev, last) {
				scores[prev] += c.Weights.Flow
				ev = append(ev, "flow:"+Classes[prev])
			}
		}
		r.Category, r.Confidence = pick(scores)
		final[i] = scores
		readOther[i] = pe.modelBest == classIndex(Other) && pe.modelP >= ModelSure
		if r.Confidence >= 0.7 && r.Category != Other {
			prev = classIndex(r.Category)
		}
		if r.Category != Other && !(r.Category == Achievement && r.Confidence < 0.5 && last >= 0 && Classes[last] != Achievement) {
			// (an undecided reading as a result does not take a report
			// that has passed its review back to it)
			last = classIndex(r.Category)
		}
		if secCat[i] == "" && r.Category == Plan && r.Confidence >= 0.9 && turnsAhead(ev) {
			dc.turned = true
		}
		if secCat[i] != "" {
			ev = append(ev, "section:"+secCat[i])
		}
		r.Evidence = append(r.Evidence, ev...)
		r.Sentences = c.sentences(&pe, secCat[i], dc)
	}
	c.listPass(paras, rs, secCat, final, readOther)
	// a heading carries the category of its section: its own cue, else
	// the category most of its paragraphs have
	var fill func(n *Node, inherited string)
	fill = func(n *Node, inherited string) {
		cat := n.Category
		if cat == "" {
			cat = inherited
		}
		if cat == "" {
			cat = majority(rs, n, paras)
		}
		n.Category = cat
		r := &rs[n.Index]
		r.Category, r.Confidence = cat, 0.9
		if cat == "" {
			r.Category, r.Confidence = Other, 0.5
			n.Category = Other
		}
		for _, ch := range n.Children {
			fill(ch, cat)
		}
	}
	for _, n := range roots {
		fill(n, "")
	}
	return a
}

// towardProblem reports whether a paragraph the token model reads as a
// problem (b) follows a confident review (a): the turn a report takes
// from its results to its difficulties, which the flow must not undo.
// (Turns to plan are left to the flow: on real reports the model reads
// many reviews that open with a task, 围绕…目标, as plans.)
func towardProblem(a, b int) bool {
	return a == classIndex(Achievement) && b == classIndex(Problem)
}

// ModelSure is the token model's probability from which its reading of
// a paragraph without a heading stands against the report's priors: a
// problem after a review is not carried into it by the flow or by a
// perfective, and background (other) gets no review prior.
const ModelSure = 0.5

// MaxModelRunes caps the text of a paragraph the model reads: its lead
// sentences, where a report states what the paragraph is about. Cue
// phrases are still searched in the whole paragraph. Segmenting only the
// lead keeps classification cheaper than tagging the text.
var MaxModelRunes = 100

// leadOf returns text cut after at most max runes, at the last sentence
// end before that when there is one.
func leadOf(text string, max int) string {
	n := 0
	lastEnd := -1
	for i, r := range text {
		if n == max {
			if lastEnd > 0 {
				return text[:lastEnd]
			}
			return text[:i]
		}
		n++
		if r == '。' || r == '；' || r == '！' || r == '？' {
			lastEnd = i + len(string(r))
		}
	}
	return text
}

// majority is the most common category of the body paragraphs under n
// (up to the next heading of the same or a higher level).
func majority(rs []Result, n *Node, paras []Input) string {
	count := map[string]int{}
	for i := n.Index + 1; i < len(rs); i++ {
		if rs[i].Heading && rs[i].Level <= n.Level {
			break
		}
		if rs[i].Role == RoleBody {
			count[rs[i].Category]++
		}
	}
	best, bn := "", 0
	for _, k := range Classes {
		if count[k] > bn {
			best, bn = k, count[k]
		}
	}
	return best
}

func softmax(s [4]float64) [4]float64 {
	mx := s[0]
	for _, v := range s {
		mx = math.Max(mx, v)
	}
	var p [4]float64
	sum := 0.0
	for k, v := range s {
		p[k] = math.Exp(v - mx)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

func pick(s [4]float64) (string, float64) {
	p := softmax(s)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	return Classes[best], math.Round(p[best]*1000) / 1000
}

// splitSentences cuts a paragraph after 。；！？ (and ; ! ?).
func splitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if !markLead[text[i]] {
			continue
		}
		if n := sentenceMarkAt(text, i); n > 0 {
			end := i + n
			if strings.TrimSpace(text[start:end]) != "" {
				out = append(out, text[start:end])
			}
			start = end
			i = end - 1
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, text[start:])
	}
	return out
}

// movedOn reports whether the paragraph before (last, its category) is
// later in the order a report runs — review, problems, plans — than the
// last confident one (prev): the report has moved on, and the flow no
// longer pulls an undecided paragraph back to the earlier part.
func movedOn(prev, last int) bool {
	order := func(k int) int {
		switch Classes[k] {
		case Achievement:
			return 1
		case Problem:
			return 2
		case Plan:
			return 3
		}
		return 0
	}
	return prev >= 0 && last >= 0 && order(last) > order(prev)
}
