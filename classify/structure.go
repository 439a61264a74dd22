package classify

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"huibao/outline"
)

// Roles a paragraph can play.
const (
	RoleTitle      = "title"
	RoleOccasion   = "occasion"   // 在…会议上的汇报发言; 2019年3月2日在…会议上
	RoleSpeaker    = "speaker"    // 县人民政府县长 张三
	RoleSalutation = "salutation" // 各位代表：
	RoleMeta       = "meta"       // dates, 发布时间, 来源, 撰稿
	RoleHeading    = "heading"
	RoleBody       = "body"
)

// Node is one heading in the outline tree of a report.
type Node struct {
	Index    int     `json:"index"` // paragraph index of the heading
	Text     string  `json:"text"`
	Level    int     `json:"level"`
	Category string  `json:"category"`
	Children []*Node `json:"children,omitempty"`
}

var (
	reOccasion     = regexp.MustCompile(`^[—–\-－\s]*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*在.{2,60}(?:会议|大会|会|座谈会|推进会|务虚会|培训班|论坛|典礼|仪式)(?:上|开幕式上)(?:的(?:汇报)?(?:发言|讲话|报告|致辞|汇报))?[)）]?$|^[（(]?在.{2,60}上的(?:汇报)?(?:发言|讲话|报告|汇报)[)）]?$|^[—–\-－]{1,2}\s*\d{4}年\d{1,2}月\d{1,2}日|^\d{4}年\d{1,2}月\d{1,2}日\s*在`)
	reOccasionTail = regexp.MustCompile(`(?:会议|大会)上[)）]?$`)
	reSpeaker      = regexp.MustCompile(`(?:县长|区长|市长|镇长|乡长|书记|局长|主任|主席|队长|委员|部长|院长|校长|经理|厂长|站长|所长|组长|负责人|代表)\s*[:：]?\s*[\p{Han}·]{2,4}(?:\s[\p{Han}]{1,3})?$`)
	reSalutation   = regexp.MustCompile(`^(?:尊敬的)?(?:各位(?:代表|委员|领导|同事|同志|嘉宾)|同志们|同事们|领导们|朋友们|大家好)[、，,和及\p{Han}]{0,20}[：:！!，,]?$`)
	reMeta         = regexp.MustCompile(`^(?:发布(?:时间|日期)?|来源|信息来源|作者|撰稿|审核|编辑|责任编辑|阅读次数|浏览次数|点击)\s*[:：]|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s|$)|^\d{4}年\d{1,2}月\d{1,2}日$|^[（(]\s*\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*[）)]$|^[（(]?[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?[）)]?$|^[\p{Han}]{2,8}(?:日报|晚报|新闻网|在线)\s+\d{4}-\d{2}-\d{2}|^[（(]?(?:撰稿|供稿|来源)[:：]`)
	reYear         = regexp.MustCompile(`(19[5-9]\d|20\d\d)\s*年`)
	reDate         = regexp.MustCompile(`(19[5-9]\d|20\d\d)年\d{1,2}月\d{1,2}日`)
)

// maybeSalutation and maybeMeta are cheap tests of the first character
// (and, for meta lines, a few words) before the regular expressions.
func maybeSalutation(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("尊各同领朋大", r)
}

func maybeMeta(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if r >= '0' && r <= '9' || strings.ContainsRune("发来信作撰审编责阅浏点(（供〇零○一二三四五六七八九", r) {
		return true
	}
	return strings.Contains(t, "日报") || strings.Contains(t, "晚报") || strings.Contains(t, "新闻网") || strings.Contains(t, "在线")
}

// metaShape is a necessary condition of reMeta, tested before it: a label
// and its colon (来源：), a date of four digits (2024年5月6日, 2024-05-06)
// or of four Chinese numerals (二〇二四年…), one in brackets, or a paper's
// name with a dash-separated date. Numbered headings (一、…) and body
// lines fail it at once.
func metaShape(t string) bool {
	if strings.ContainsAny(t, ":：") {
		return true
	}
	r, w := utf8.DecodeRuneInString(t)
	if r == '(' || r == '（' {
		// a date in brackets: （2024年…） or （二〇二四年…）; not a
		// numbered heading such as （一）…
		rest := t[w:]
		i := 0
		for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t' || rest[i] == '\n' || rest[i] == '\f' || rest[i] == '\r') {
			i++
		}
		return i < len(rest) && rest[i] >= '0' && rest[i] <= '9' || len(rest) >= 15 && rest[12:15] == "年"
	}
	if len(t) >= 4 && isDigits(t[:4]) {
		return true
	}
	if len(t) >= 15 && t[12:15] == "年" {
		return true
	}
	return strings.Contains(t, "-")
}

// isBracketByline reports whether t is a byline in brackets (（县政协办公室
// 张三）, (通讯员 李四)): at most 30 characters, a space between the
// office and the name, no sentence or list mark, and no heading number.
func isBracketByline(t string) bool {
	var inner string
	switch {
	case strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）"):
		inner = t[len("（") : len(t)-len("）")]
	case strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"):
		inner = t[1 : len(t)-1]
	default:
		return false
	}
	inner = strings.TrimSpace(inner)
	if n := runesUpTo(inner, 31); n < 4 || n > 30 || strings.ContainsAny(inner, "，,。；;：:、（()）") {
		return false
	}
	k := strings.IndexAny(inner, " \u3000")
	return k > 0 && strings.TrimSpace(inner[k:]) != ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// runes counts the characters of s.
func runes(s string) int { return utf8.RuneCountInString(s) }

// isShortLine is a line with no sentence inside it.
func isShortLine(s string, max int) bool {
	n := runesUpTo(s, max)
	return n > 0 && n <= max && !hasSentenceMark(strings.TrimRight(s, "。；;"))
}

// structure assigns roles, heading levels and sections. It returns the
// results (Category still empty) and the outline roots.
func structure(paras []Input) []Result {
	out := make([]Result, len(paras))
	inTop := true // still in the title block
	titles := 0
	for i, p := range paras {
		r := &out[i]
		t := strings.TrimSpace(p.Text)
		r.Role = RoleBody
		switch {
		case t == "":
			r.Role = RoleMeta
			continue
		case len(t) <= 90 && maybeSalutation(t) && reSalutation.MatchString(t):
			r.Role = RoleSalutation
			continue
		case len(t) <= 150 && maybeMeta(t) && metaShape(t) && reMeta.MatchString(t):
			r.Role = RoleMeta
			continue
		case len(t) <= 100 && isBracketByline(t):
			r.Role = RoleMeta
			continue
		}
		heading, level := p.Heading, p.Level
		m, numbered := outline.Parse(t)
		if numbered && outline.IsHeading(t) {
			heading = true
			if level == 0 {
				level = m.Level
			}
		}
		// a file's styles mark titles as headings too: at the top, an
		// unnumbered styled line that names no section is a title line
		styledTitle := p.Heading && !numbered && inTop
		if styledTitle {
			if c, _ := headingCategory(t); c != "" && !strings.ContainsAny(t, "汇报报告发言讲话总结述职") {
				styledTitle = false
			}
		}
		if inTop && (!heading || styledTitle) {
			switch {
			case reOccasion.MatchString(t) && runesUpTo(t, 80) <= 80:
				r.Role = RoleOccasion
				if titles == 0 && strings.Contains(t, "的") && !strings.HasPrefix(t, "在") && !strings.HasPrefix(t, "—") {
					r.Role = RoleTitle
					titles++
				}
				continue
			case reOccasionTail.MatchString(t) && runesUpTo(t, 30) <= 30 && i > 0 && out[i-1].Role == RoleOccasion:
				r.Role = RoleOccasion
				continue
			case titles > 0 && out[i-1].Role == RoleTitle && strings.HasPrefix(t, "—") && !numbered && isShortLine(t, 50):
				// ——某镇基层治理工作经验交流材料: a subtitle names the
				// paper's kind, whatever section word it holds
				r.Role = RoleTitle
				titles++
				continue
			case isShortLine(t, 40) && reSpeaker.MatchString(t) && !strings.ContainsAny(t, "，,"):
				r.Role = RoleSpeaker
				continue
			case isShortLine(t, 50) && !numbered && titles < 3 && !strings.ContainsAny(t, "，,。") && !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") && !(titles > 0 && namesSection(t)):
				r.Role = RoleTitle
				titles++
				continue
			}
		}
		if !heading && !numbered && isShortLine(t, 24) && !strings.ContainsAny(t, "，,；;") && !strings.HasSuffix(t, "。") && !isCopulaLeadIn(t) {
			if c, _ := headingCategory(t); c != "" {
				heading = true
				if level == 0 {
					level = 1
				}
			}
		}
		inTop = false
		if heading {
			r.Heading, r.Level, r.Role = true, level, RoleHeading
		}
	}
	markSignature(paras, out)
	if titles == 0 {
		// A speech that opens with its occasion (在…推进会上的汇报发言) and
		// has no other title line is titled by that line.
		for i := range out {
			if out[i].Role == RoleOccasion {
				if t := strings.TrimSpace(paras[i].Text); reSpeechTitle.MatchString(t) {
					out[i].Role = RoleTitle
				}
				break
			}
			if out[i].Role != RoleMeta && out[i].Role != RoleSpeaker {
				break
			}
		}
	}
	return out
}

// reSpeechTitle: an occasion line that names the speech itself.
var reSpeechTitle = regexp.MustCompile(`^[（(]?在.{2,60}上的(?:汇报)?(?:发言|讲话|报告|汇报|致辞)[)）]?$`)

// buildOutline links headings into a tree and fills each paragraph's
// Section (the nearest enclosing heading) and the section category each
// body paragraph inherits.
func buildOutline(paras []Input, out []Result) ([]*Node, []string) {
	return outlineOf(paras, out, true)
}

// outlineOf builds the heading tree; results says whether a slogan that
// states a result (resultHeading) may head a review. Distant supervision
// leaves it out, so the shipped model was trained on the labels the
// headings' own cues give.
func outlineOf(paras []Input, out []Result, results bool) ([]*Node, []string) {
	var roots []*Node
	var stack []*Node
	secCat := make([]string, len(paras))
	for i := range paras {
		r := &out[i]
		if r.Heading {
			lv := r.Level
			if lv <= 0 {
				lv = 1
			}
			for len(stack) > 0 && stack[len(stack)-1].Level >= lv {
				stack = stack[:len(stack)-1]
			}
			n := &Node{Index: i, Text: strings.TrimSpace(paras[i].Text), Level: lv}
			cat, cue := headingCategory(n.Text)
			if cat == Other && len(stack) > 0 {
				// 了解村情民意 under 工作开展情况: a sub-heading keeps its parent's category
				cat = ""
			}
			if cat == "" && len(stack) > 0 {
				cat, cue = weakHeadingCategory(n.Text), "weak"
			} else if cat == "" {
				if c := weakHeadingCategory(n.Text); c == Problem {
					cat, cue = c, "weak"
				}
			}
			if results && cat == "" && !ancestorSpeaks(stack) && resultHeading(n.Text) {
				// (二)坚持项目为王,产业支撑更加有力 opening an excerpt: a
				// slogan that states a result heads a review
				cat, cue = Achievement, "result"
			}
			if cat != "" {
				n.Category = cat
				r.Evidence = append(r.Evidence, "heading:"+n.Text)
				_ = cue
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			} else {
				roots = append(roots, n)
			}
			stack = append(stack, n)
		}
		if len(stack) > 0 {
			r.Section = stack[len(stack)-1].Text
			if r.Heading && len(stack) > 1 {
				r.Section = stack[len(stack)-2].Text
			} else if r.Heading {
				r.Section = ""
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].Category != "" {
					secCat[i] = stack[k].Category
					break
				}
			}
		}
	}
	return roots, secCat
}

// namesSection tells a section heading under the title (【工作成效】,
// 壹、工作回顾, I. 存在问题: markers outline does not parse) from a second
// title line: it names a section's category and not the report's genre.
func namesSection(t string) bool {
	c, _ := headingCategory(t)
	return c != "" && !strings.ContainsAny(t, "汇报报告发言讲话总结述职")
}

// headingCue is a phrase in a heading that names its section's category.
type headingCue struct {
	cat string
	re  *cueSet
}

// achievementCues is the index of the achievement cues in strongCues.
const achievementCues = 2

var strongCues = []headingCue{
	{Problem, newCueSet(`存在(?:的)?(?:主要)?(?:问题|不足|困难|隐患|风险)|主要问题|困难和问题|困难与问题|问题和不足|问题与不足|困难和不足|不足之处|短板|面临的(?:主要)?(?:困难|问题|挑战)|问题及原因|制约因素|薄弱环节|差距和不足|突出问题|需要(?:协调|帮助)?解决的(?:主要)?(?:问题|困难)|(?:困难|问题|风险)(?:和|与|及)?挑战|原因分析|制约(?:发展|因素)|主要困难`)},
	{Plan, newCueSet(`下步|下一步|下阶段|工作计划|工作打算|打算|工作安排|工作思路|发展思路|思路和举措|工作重点|重点工作|目标任务|努力方向|今后|工作举措|主要措施|保障措施|工作部署|对策|建议|预期目标|奋斗目标|主要目标|发展目标|工作目标|指导思想|规划|展望|主要任务|重点任务|工作措施|发展方向|工作要求|几点要求|提出的要求|具体要求|总体思路|总体要求|表态|实施步骤|整治内容|工作建议|改进措施|整改措施|改进方向|设想|拟采取|谋划|几点思考|(?:请求|恳请|需要|需)(?:上级|帮助|协调|支持)?(?:解决|支持|帮助|协调)(?:的)?(?:事项|问题)|(?:请求|恳请)事项|支持的事项`)},
	{Achievement, newCueSet(`成效|成绩|成就|成果|工作回顾|回顾|做法|取得的|完成情况|工作情况|开展情况|工作总结|主要工作|进展|亮点|经验|履职情况|工作开展|落实情况|推进情况|运行情况|履行职责情况|履职尽责情况|廉洁自律情况|已开展的工作|实绩|业绩|建设情况|体会`)},
	{Other, newCueSet(`基本情况|基本概况|概况|背景|简介|发展现状|村情|县情|乡情|镇情|自然条件|村情概况|会议情况|背景和意义|背景意义|活动情况|会议概况|活动概况|项目概况|检查情况|调研情况|视察情况|启示`)},
}

var weakProblem = newCueSet(`问题|困难|不足|差距|滞后|薄弱|缺位|不均|不高|不强|不够|不顺|矛盾|缺口|短缺|缺乏|难以|瓶颈`)

// headingCategory reads the category a heading names, with the cue.
func headingCategory(s string) (string, string) {
	// 一、2023年工作回顾: strip the marker first
	if m, ok := outline.Parse(s); ok {
		s = m.Rest
	}
	// The cue nearest the end wins: a Chinese heading ends with its head
	// noun (重点工作开展情况 is a review, 下一步工作重点 a plan).
	best, bestEnd, cue := "", -1, ""
	for _, h := range strongCues {
		if loc := h.re.last(s); loc != nil && loc[1] > bestEnd {
			if h.cat == Problem && remedyAfter(s[loc[1]:]) {
				// 开展…突出问题专项整治: the problems are the object of
				// the work the heading sets, not the section's subject
				continue
			}
			best, bestEnd, cue = h.cat, loc[1], s[loc[0]:loc[1]]
			if h.cat == Plan && (reDoneBefore.MatchString(s[:loc[0]]) || reTakenBefore.MatchString(s[:loc[0]])) {
				// 较好完成目标任务, 超额完成年度计划: a target met;
				// 采取的主要措施: measures already taken
				best = Achievement
			}
		}
	}
	if best == Achievement && cue == "体会" && strongCues[achievementCues].re.last(s[:bestEnd-len(cue)]) == nil {
		// 几点体会: lessons drawn, not work done (主要工作和体会 still
		// reviews its work)
		best = Other
	}
	if best == "" {
		// 述职报告 in the 德能勤绩廉 pattern: 一、德：坚定理想信念
		if r, w := utf8.DecodeRuneInString(s); strings.ContainsRune("德能勤绩廉", r) && (strings.HasPrefix(s[w:], "：") || strings.HasPrefix(s[w:], ":")) {
			best, cue = Achievement, s[:w]
		}
	}
	return best, cue
}

// remedyAfter reports whether text, right after a problem word of a
// heading, names the work that removes it (突出问题专项整治, 问题整改,
// 问题清零).
func remedyAfter(text string) bool {
	for _, w := range []string{"专项整治", "整治", "整改", "清零", "销号", "专项治理", "治理"} {
		if strings.HasPrefix(text, w) {
			return true
		}
	}
	return false
}

// reTakenBefore ends a heading's words just before a plan noun (主要措施)
// when the measures were already taken (采取的主要措施), not proposed
// (拟采取的措施 is a plan cue of its own).
var reTakenBefore = regexp.MustCompile(`(?:^|[^拟将要])采取(?:了)?(?:的)?$`)

// reDoneBefore ends a heading's words just before a plan noun when the
// heading reports the target met (完成…目标任务).
var reDoneBefore = regexp.MustCompile(`(?:完成|实现|达到|兑现|落实)(?:了)?(?:年度|全年|各项|既定|预期)?$`)

// reResultEnd ends a slogan heading that states a result (产业支撑更加
// 有力, 民生福祉持续增进, 城乡面貌焕然一新).
var reResultEnd = regexp.MustCompile(`(?:更加|持续|不断|明显|显著|稳步|大幅|日益|逐步|进一步|全面|有效|加快)(?:有力|增进|提升|增强|改善|提高|优化|巩固|完善|加强|扩大|健全|向好|好转|彰显|释放|夯实|壮大|坚实|稳固|规范|便捷|优美|宜居)$|焕然一新$|成效(?:明显|显著|初显)$|取得新(?:进展|突破|成效)$|迈上新台阶$|再上新台阶$`)

// resultEnds are the last two characters reResultEnd accepts.
var resultEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("有力 增进 提升 增强 改善 提高 优化 巩固 完善 加强 扩大 健全 向好 好转 彰显 释放 夯实 壮大 坚实 稳固 规范 便捷 优美 宜居 一新 明显 显著 初显 进展 突破 成效 台阶") {
		m[w] = true
	}
	return m
}()

// reVerbLead opens a clause with a verb of what is to be done (推动…持续
// 壮大 is a task, not a result).
var reVerbLead = regexp.MustCompile(`^(?:推动|促进|加快|推进|确保|力争|实现|保持|着力|全力|持续|不断|进一步|努力|奋力|全面|大力|切实|以|让|使|把|要|将|做大|做强|做优|提升|强化|深化|扎实|聚焦|坚持|锚定)`)

// resultHeading reports a heading whose last clause states a result with
// its subject first (产业支撑更加有力), not a task (推动经济持续向好).
func resultHeading(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), "。.")
	if len(t) < 6 || !resultEnds[t[len(t)-6:]] {
		// not one of the two-character endings reResultEnd accepts
		return false
	}
	if m, ok := outline.Parse(s); ok {
		s = m.Rest
	}
	s = strings.TrimRight(strings.TrimSpace(s), "。.")
	last := s
	if k := strings.LastIndexAny(s, ",，;；"); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		last = s[k+w:]
	}
	return reResultEnd.MatchString(last) && !reVerbLead.MatchString(last)
}

// ancestorSpeaks reports whether a heading on the stack names a category.
func ancestorSpeaks(stack []*Node) bool {
	for _, n := range stack {
		if n.Category != "" {
			return true
		}
	}
	return false
}

// weakHeadingCategory reads a sub-heading that states a problem
// (（三）项目移交后管护严重缺位), unless it names a remedy (解决…) or the
// needy (困难群众).
func weakHeadingCategory(s string) string {
	for _, w := range notProblemHeading {
		if strings.Contains(s, w) {
			if strings.HasPrefix(w, "困难") {
				s = strings.ReplaceAll(s, w, "")
				continue
			}
			return ""
		}
	}
	if weakProblem.find(s) != nil {
		return Problem
	}
	return ""
}

var notProblemHeading = []string{"困难群众", "困难户", "困难家庭", "困难职工", "困难党员", "困难老人", "困难学生", "困难儿童",
	"解决", "破解", "化解", "防范", "整改", "攻坚", "排查", "回应", "整治", "清零"}

// DocTypes.
const (
	TypeGovReport = "政府工作报告"
	TypeBriefing  = "工作汇报"
	TypeSpeech    = "汇报发言"
	TypeSummary   = "工作总结"
	TypeDuty      = "述职报告"
	TypePlan      = "工作计划"
	TypeOther     = "其他"
)

var (
	reSpeech    = regexp.MustCompile(`发言|讲话`)
	rePlanTitle = regexp.MustCompile(`计划|规划|安排|打算|要点`)
	reDutyBody  = regexp.MustCompile(`述职|履职情况`)
	reBriefBody = regexp.MustCompile(`汇报如下|作(?:如下|简要)?汇报|汇报一下`)
)

// docType tells the genre from the title block and the first paragraphs.
// reGovBody marks an excerpt of a government work report without its
// title: the speaker addresses the deputies (各位代表，) or speaks of the
// government's own work (本届政府, 政府工作的总体要求, 镇政府将).
var reGovBody = regexp.MustCompile(`各位代表[,，！!]|本届政府|政府工作的总体(?:要求|思路)|(?:县|区|镇|乡|市)(?:人民)?政府将`)

func docType(paras []Input, rs []Result) string {
	var head strings.Builder
	var body strings.Builder
	for i, p := range paras {
		if i > 12 {
			break
		}
		switch rs[i].Role {
		case RoleTitle, RoleOccasion:
			head.WriteString(p.Text + "\n")
		case RoleBody:
			if body.Len() < 1200 {
				body.WriteString(p.Text + "\n")
			}
		}
	}
	h, b := strings.ReplaceAll(head.String(), " ", ""), body.String()
	switch {
	case strings.Contains(h, "政府工作报告") || strings.Contains(b, "向大会报告") || strings.Contains(b, "政府向大会") || reGovBody.MatchString(b):
		return TypeGovReport
	case strings.Contains(h, "述职"):
		return TypeDuty
	case reSpeech.MatchString(h):
		return TypeSpeech
	case strings.Contains(h, "汇报"):
		return TypeBriefing
	case strings.Contains(h, "总结"):
		return TypeSummary
	case rePlanTitle.MatchString(h):
		return TypePlan
	case reDutyBody.MatchString(b):
		return TypeDuty
	case reBriefBody.MatchString(b):
		return TypeBriefing
	case strings.Contains(b, "总结如下"):
		return TypeSummary
	}
	return TypeOther
}

// docYear finds the year a report is about: the year in its title, else
// for a government work report the year before the session date, else the
// first year the opening paragraphs name.
func docYear(paras []Input, rs []Result, typ string) int {
	for i, p := range paras {
		if i > 12 {
			break
		}
		if rs[i].Role == RoleTitle {
			if m := reYear.FindStringSubmatch(p.Text); m != nil {
				y, _ := strconv.Atoi(m[1])
				return y
			}
		}
	}
	for i, p := range paras {
		if i > 12 {
			break
		}
		if rs[i].Role == RoleOccasion || rs[i].Role == RoleMeta {
			if m := reDate.FindStringSubmatch(p.Text); m != nil {
				y, _ := strconv.Atoi(m[1])
				if typ == TypeGovReport {
					return y - 1
				}
				return y
			}
		}
	}
	for i, p := range paras {
		if i > 8 {
			break
		}
		if rs[i].Role == RoleBody || rs[i].Role == RoleHeading {
			if m := reYear.FindStringSubmatch(p.Text); m != nil {
				y, _ := strconv.Atoi(m[1])
				return y
			}
		}
	}
	return 0
}
