package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// late18k.go: ordinary phrases of this session's late round read as names,
// by class:
//
//   - gas as a person (瓦斯涌出, 瓦斯抽采): a word gojieba tags as a
//     transliterated name that the text uses before a mine's process or
//     device word (涌出, 抽采, 传感器, 浓度) or after a verb of drawing it
//     (抽采, 抽放) is a substance; no person is drawn off or sensed.
//   - a level's programme body run over a verb (甲乙新材获批|省级重点实验室,
//     甲乙药业做好|省级重点实验室申报): a body found from its suffix that
//     holds a verb of winning or doing followed by a level word and a
//     generic body is cut back to the name before the verb; the level's
//     body (省级重点实验室) is an ordinary phrase.
//   - a level's generic body cut inside its level word (嘎|查级党群服务中心):
//     a body found from its suffix that starts with the level word or its
//     tail, 级 and a generic body alone, names no one.
//   - a verb as a ferry's or dock's stem (落实|渡口): a place read from a
//     strong kind whose stem is one verb token of gojieba is the verb and
//     the kind word.
//   - the reach marker as a surname (吉安段|滨水步道, 城区段|滨江绿道): a
//     person starting with 段 right after a masked place or an area word,
//     whose given part starts a waterfront word (滨, 沿, 临), is the reach
//     of a river and its waterfront.
//   - a national academy cut to its head (中国林业|科学研究院): a body
//     gojieba tags nt that starts with 中国 and runs on, in the text, into
//     an academy's kind that makes it a national body (nationalBody34) is
//     that national body, kept like 中国中医科学院.
//   - a zone as a firm's brand (经开区|化工新材料): a brand+industry firm
//     whose brand is a development zone's generic word names the zone's
//     industry, no firm.
//   - a level's department read as a list person (县行政|审批服务局科长):
//     a person of a list that starts with a level character and runs on,
//     without a stop, into a department's kind (局, 委员会, 办公室) is the
//     department's generic name.

// gasUses18k follow a mine gas's name as its process, measure or device.
// Only words no person does (a person governs, monitors and uses too:
// 麦克阿瑟治理后 is a name before 治理), and only for a two-character word.
var gasUses18k = []string{"涌出", "抽采", "抽放", "传感器", "浓度", "超限", "含量", "探头"}

// gasVerbs18k stand before a mine gas as its verb (抽采|瓦斯).
var gasVerbs18k = []string{"抽采", "抽放"}

// levelWords18k are the level words before a programme's or service's
// body (省级|重点实验室, 嘎查级|党群服务中心), longest first.
var levelWords18k = []string{"国家级", "自治区级", "省级", "市级", "州级", "盟级", "县级", "区级", "旗级", "乡级", "镇级", "苏木级", "村级", "嘎查级", "社区级"}

// levelBodies18k are the generic bodies a level names (省级重点实验室,
// 村级党群服务中心): every such place has one, no name.
var levelBodies18k = wordSet(`重点实验室 实验室 工程技术研究中心 工程研究中心 技术创新中心 企业技术中心 工程实验室 研发中心 新型研发机构 院士工作站 专家工作站 博士后工作站 科技企业孵化器 众创空间 党群服务中心 便民服务中心 综合服务中心 新时代文明实践中心 新时代文明实践站 文化服务中心`)

// levelVerbs18k stand between a body's name and the level's body it wins or
// works on (获批|省级重点实验室, 做好|省级重点实验室评估).
var levelVerbs18k = []string{"获批", "获评", "做好", "建成", "创建", "申报", "认定为", "入选", "成为", "建设", "组建", "牵头"}

// kindVerbs18k are verbs of managing a site that gojieba tags otherwise
// (落实 as an adjective) before a strong kind (落实|渡口安全管理).
var kindVerbs18k = wordSet(`落实 加强 规范 强化 完善 整治 清理 排查 巡查 检查 关闭 取缔 拆除 提升 改造 新建 扩建 设置 增设 管好 看护 值守 管控`)

// academyKinds18k end a national academy after its head (中国林业|科学研究院).
var academyKinds18k = []string{"科学研究院", "科学院", "工程院"}

// zoneWords18k are development zones' generic words, no brand.
var zoneWords18k = []string{"经开区", "高新区", "开发区", "工业园区", "工业园", "产业园区", "产业园", "园区", "新区", "综保区", "自贸区"}

// levelChars18k start a level's department (县|行政审批服务局).
var levelChars18k = runeBitsOf("省市县区州旗盟")

// deptKinds18k end a level's department.
var deptKinds18k = []string{"局", "委员会", "办公室", "委", "办"}

// reachAreas18k are area words before a reach marker (城区|段).
var reachAreas18k = wordSet(`城区 市区 县城 城市 主城 主城区 中心城区 上游 中游 下游 城镇 镇区 老城`)

func late18k(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	// findings inside a reach's waterfront word (段滨|水步|道, 段|滨江|绿道)
	// go with the false person that held them
	var reaches [][2]int
	for _, f := range fs {
		if f.Type == PERSON && reachPerson18k(tt, f, fs) {
			reaches = append(reaches, [2]int{f.Start, f.End})
		}
	}
	gas := map[string]bool{}
	for _, f := range fs {
		if f.Type == PERSON && strings.Contains(f.Evidence, "transliterated") && utf8.RuneCountInString(f.Text) == 2 && gasWord18k(tt.text, f.Text) {
			gas[f.Text] = true
		}
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
		switch f.Type {
		case PERSON:
			if gas[f.Text] && strings.Contains(f.Evidence, "transliterated") {
				return f, true
			}
			if reachPerson18k(tt, f, fs) {
				return f, true
			}
		}
		if f.Type != ORG {
			for _, r := range reaches {
				if f.Start > r[0] && f.Start < r[1] && (strings.HasPrefix(f.Evidence, "gazetteer-short") || strings.HasPrefix(f.Evidence, "pattern:")) {
					return f, true
				}
			}
		}
		switch f.Type {
		case PERSON:
			if strings.Contains(f.Evidence, "person-list-item") && levelDept18k(tt.text, f) {
				return f, true
			}
		case ORG:
			if strings.Contains(f.Evidence, "jieba:nt") && nationalHead18k(tt.text, f) {
				return f, true
			}
			if strings.HasPrefix(f.Evidence, "brand+industry") && zoneBrand18k(tt.text, f) {
				return f, true
			}
			if strings.HasPrefix(f.Evidence, "org-suffix") {
				return levelBody18k(tt, f)
			}
		case LOCATION:
			if strings.HasPrefix(f.Evidence, "pattern:") && slices.Contains(zoneWords18k, f.Text) {
				return f, true // the zone's generic word left by the brand (经开区)
			}
			if verbKind18k(tt, f) {
				return f, true
			}
		}
		return f, false
	})
}

// gasWord18k reports a word that text uses, at least once, before a gas's
// process or device word or after a verb of drawing it.
func gasWord18k(text, w string) bool {
	for k := 0; k < len(text); {
		i := strings.Index(text[k:], w)
		if i < 0 {
			return false
		}
		b := k + i
		k = b + len(w)
		after := text[k:]
		for _, u := range gasUses18k {
			if strings.HasPrefix(after, u) {
				return true
			}
		}
		for _, v := range gasVerbs18k {
			if strings.HasSuffix(text[:b], v) {
				return true
			}
		}
	}
	return false
}

// levelBody18k drops a body that is a level's generic body alone
// (查级党群服务中心 of 嘎查级…) and cuts one run over a verb back to the name
// before the verb (甲乙新材获批省级重点实验室 → 甲乙新材).
func levelBody18k(tt *tokText, f Finding) (Finding, bool) {
	for _, lw := range levelWords18k {
		i := strings.Index(f.Text, lw)
		for cut := 0; i < 0 && cut < len(lw)-len("级"); {
			// the finding starts inside the level word (查级 of 嘎查级)
			_, n := utf8.DecodeRuneInString(lw[cut:])
			cut += n
			if strings.HasPrefix(f.Text, lw[cut:]) && strings.HasSuffix(tt.text[:f.Start], lw[:cut]) {
				i = -len(lw[:cut]) // a negative offset: the level word began before f
			}
		}
		if i == -1 {
			continue
		}
		rest := f.Text[i+len(lw):]
		if !levelBodies18k[rest] {
			continue
		}
		if i <= 0 {
			return f, true
		}
		for _, v := range levelVerbs18k {
			if strings.HasSuffix(f.Text[:i], v) {
				name := f.Text[:i-len(v)]
				if utf8.RuneCountInString(name) < 2 {
					return f, true
				}
				g := f
				g.Text, g.End = name, f.Start+len(name)
				g.Evidence += ",late18k:cut-before-verb"
				return g, false
			}
		}
	}
	return f, false
}

// verbKind18k reports a place read from a strong kind whose stem is one verb
// token of gojieba (落实|渡口), no place's name.
func verbKind18k(tt *tokText, f Finding) bool {
	if !strings.Contains(f.Evidence, "stem-before-strong-kind") {
		return false
	}
	s := tt.runeAt(f.Start)
	t := tt.tokenAt(s)
	if s < 0 || t == nil || t.start != s || t.n() < 2 || !(t.pos == "v" || t.pos == "vn" || kindVerbs18k[t.word]) {
		return false
	}
	lx := getLexicon()
	if lx.places[t.word] > 0 || lx.short[t.word] != "" {
		return false
	}
	kind := f.Text[tt.off[t.end]-f.Start:]
	return utf8.RuneCountInString(kind) >= 2 && tt.off[t.end] < f.End
}

// reachPerson18k reports a person 段+given right after a masked place or an
// area word whose given part starts a waterfront word (吉安段|滨水步道).
func reachPerson18k(tt *tokText, f Finding, fs []Finding) bool {
	if !strings.HasPrefix(f.Text, "段") {
		return false
	}
	given := f.Text[len("段"):]
	if !(strings.HasPrefix(given, "滨") || strings.HasPrefix(given, "沿") || strings.HasPrefix(given, "临")) {
		return false
	}
	before := tt.text[:f.Start]
	for w := range reachAreas18k {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.End == f.Start {
			return true
		}
	}
	return false
}

// nationalHead18k reports a body 中国… that runs on into an academy's kind
// making it a national body, with no sub-unit after it.
func nationalHead18k(text string, f Finding) bool {
	if !strings.HasPrefix(f.Text, "中国") {
		return false
	}
	after := text[f.End:]
	k := firstPrefix(after, academyKinds18k)
	return k != "" && nationalBody34(f.Text+k) && !subUnitAfter34(after[len(k):])
}

// levelDept18k reports a list person starting with a level character whose
// text runs on, Han characters alone, into a department's kind within eight
// characters (县行政|审批服务局).
func levelDept18k(text string, f Finding) bool {
	r, _ := utf8.DecodeRuneInString(f.Text)
	if !levelChars18k.has(r) {
		return false
	}
	n := runeLen(f.Text)
	for i, c := range text[f.End:] {
		if !isHan(c) || n >= 8 {
			return false
		}
		if firstPrefix(text[f.End+i:], deptKinds18k) != "" {
			return n >= 3
		}
		n++
	}
	return false
}

// zoneBrand18k reports a brand+industry firm whose brand is a zone's generic
// word, whole (经开区|化工) or begun before the finding (经|开区化工).
func zoneBrand18k(text string, f Finding) bool {
	for _, z := range zoneWords18k {
		for cut := 0; cut < len(z); {
			if strings.HasPrefix(f.Text, z[cut:]) && strings.HasSuffix(text[:f.Start], z[:cut]) {
				return true
			}
			_, n := utf8.DecodeRuneInString(z[cut:])
			cut += n
		}
	}
	return false
}
