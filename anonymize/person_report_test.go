package anonymize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// reportCase is one paragraph of report text, the strings that must be
// masked in it and the strings that must survive.
type reportCase struct {
	text       string
	mask, keep []string
}

func checkReportCases(t *testing.T, cases []reportCase) {
	t.Helper()
	a := New(testSeg(t), nil, Placeholder)
	for _, c := range cases {
		out, _ := analyzeLines(t, a, c.text)
		for _, m := range c.mask {
			if strings.Contains(out, m) {
				t.Errorf("%q: %q survived masking: %s", c.text, m, out)
			}
		}
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				t.Errorf("%q: %q was masked: %s", c.text, k, out)
			}
		}
	}
}

// Names spaced out to a column width after a role, in running text and
// in speaker lines, are masked, and so is their unspaced form.
func TestSpacedNameAfterRole(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "监理单位反映，施工方项目经理郑 斌多次未到岗。", mask: []string{"郑 斌", "郑斌"}, keep: []string{"多次未到岗", "项目经理"}},
		{text: "据石桥镇副镇长苗 雪 介绍，今年新建蔬菜大棚40个。", mask: []string{"苗 雪"}, keep: []string{"介绍", "副镇长"}},
		{text: "汇报单位：某某乡人民政府　乡长 吉 克 拉 惹", mask: []string{"吉 克 拉 惹"}, keep: []string{"乡长"}},
		{text: "苗 雪同志、郑 斌同志分别发言。县长 苗 雪 指出，乡长郑 斌 要抓落实。", mask: []string{"苗雪", "郑斌"}},
		{text: "新任村主任由包村干部鲁 明 担任。", mask: []string{"鲁 明", "鲁明"}, keep: []string{"担任"}},
		{text: "白 洁同志任党支部书记。", mask: []string{"白 洁", "白洁"}, keep: []string{"同志任党支部书记"}},
		{text: "驻村工作队队长、第一书记 欧阳 雪", mask: []string{"欧阳 雪", "欧阳雪"}},
		{text: "上官 燕同志作表态发言。", mask: []string{"上官 燕", "上官燕"}, keep: []string{"同志作表态发言"}},
		{text: "成员：卢 涛、祁 红、闫 伟", mask: []string{"卢 涛", "祁 红", "闫 伟"}},
		{text: "三是与班子成员苗 静、鲁 明交心谈心不够。", mask: []string{"苗 静", "鲁 明"}, keep: []string{"交心谈心不够"}},
		{text: "已与邓 林、韩 雪两位同志沟通。", mask: []string{"邓 林", "韩 雪"}, keep: []string{"两位同志沟通"}},
		// spaced headings are no names
		{text: "二、主 要 措 施", keep: []string{"主 要 措 施"}},
		{text: "目 录", keep: []string{"目 录"}},
		// a role followed by spaced ordinary words is no name
		{text: "组长 和 副组长 由分管领导担任。", keep: []string{"组长 和 副组长"}},
	})
}

// Bare surname and title references are masked without the full name in
// the document: in a salutation, before a verb of speaking, and with a
// compound surname; a compound surname after a role confirms the name.
func TestSurnameTitleInReports(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "尊敬的钱县长，各位领导：", mask: []string{"钱县长"}, keep: []string{"各位领导"}},
		{text: "会上，钱书记强调，要压实包村责任。", mask: []string{"钱书记"}, keep: []string{"强调，要压实"}},
		{text: "乡党委书记欧阳振华，乡长马丽。", mask: []string{"欧阳振华"}},
		{text: "镇党委书记上官建国主持会议。", mask: []string{"上官建国"}},
		{text: "会后，欧阳书记带队到三个村实地查看。", mask: []string{"欧阳书记"}},
		{text: "感谢钱县长、孙书记长期以来的关心支持。", mask: []string{"钱县长", "孙书记"}},
		// an ordinary word before a title is no reference
		{text: "原县长助理岗位已撤销，会议指出要精简机构。", keep: []string{"原县长助理"}},
	})
}

// 老/小 and a surname after a word for a villager is a person, however
// gojieba tags it.
func TestFamiliarSurnameAfterVillager(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "“今年的茶叶价格比往年好。”茶农老周说。", mask: []string{"老周"}, keep: []string{"茶叶价格"}},
		{text: "石桥村村民老周一家去年种了五亩辣椒。", mask: []string{"老周"}, keep: []string{"辣椒"}},
		{text: "养殖户小杨算了一笔账。", mask: []string{"小杨"}},
		{text: "贫困户老钱住上了新房。", mask: []string{"老钱"}},
		{text: "提起新修的路，老周说，再也不怕下雨了。", mask: []string{"老周"}, keep: []string{"新修的路"}},
		{text: "驻村第一书记小钱每周走访一遍。", mask: []string{"小钱"}, keep: []string{"第一书记"}},
		// an ordinary word after a word for a villager stays
		{text: "确保困难群众小康路上一个不掉队。", keep: []string{"群众小康路上"}},
	})
}

// Ordinary words of the genre that read like names (crops, livestock,
// teas, wellness and schooling words) are kept, by the word itself, by a
// product or industry word after it, by a count of land or livestock, or
// by an ordinary noun beside it in a list; with a role before it a name
// shaped like one is still masked.
func TestGenreWordsKept(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "全乡新发展毛竹林2000亩，毛竹年产值突破千万元。", keep: []string{"毛竹林2000亩", "毛竹年产值"}},
		{text: "今年出栏黄牛860头，带动养殖户增收。", keep: []string{"黄牛860头"}},
		{text: "柔性引进博士后2名、硕士研究生5名。", keep: []string{"博士后2名"}},
		{text: "建设温泉康养度假区，打造红茶小镇。", keep: []string{"温泉康养", "红茶小镇"}},
		{text: "深化师德师风建设，完善教师考核办法。", keep: []string{"师德师风"}},
		{text: "重点发展核桃、花椒、黄牛等特色产业。", keep: []string{"黄牛"}},
		{text: "村党支部书记黄牛娃带领群众修通了产业路。", mask: []string{"黄牛娃"}},
		{text: "全县卫健系统干部职工坚守岗位。", keep: []string{"卫健系统"}},
		{text: "向阳花开满山坡，村容村貌焕然一新。", keep: []string{"向阳花开"}},
		{text: "打造古村群旅游环线。", keep: []string{"古村群旅游"}},
		// a name that only begins with a genre word is still a name
		{text: "参会人员：杨树林、孟春燕、钱国庆。", mask: []string{"杨树林", "孟春燕", "钱国庆"}},
		{text: "杨树林说，今年的苗木长势好。", mask: []string{"杨树林"}, keep: []string{"苗木长势"}},
		{text: "获奖教师：孟春燕、杨梅、钱国庆。", mask: []string{"杨梅"}},
	})
}

// The genre rules alone: a made-up name-like word before an industry word
// or in a list of ordinary nouns is kept, each reason on its own.
func TestGenreReading(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		text, span, want string
	}{
		{"扩大黄牛养殖规模", "黄牛", "genre-word"},
		{"发展金翠芽种植基地", "金翠芽", "genre-head"},
		{"新栽金翠芽300亩", "金翠芽", "genre-count"},
		{"推广核桃、金芽等品种", "金芽", "genre-list"},
		{"学习马列主义、毛泽东思想", "毛泽东", ""},
		{"县长金翠芽在会上讲话", "金翠芽", ""},
	} {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		s, e := tt.runeAt(b), tt.runeAt(b+len(c.span))
		if got := genreReading(tt, s, e); got != c.want {
			t.Errorf("genreReading(%q, %q) = %q, want %q", c.text, c.span, got, c.want)
		}
	}
}

// Spans the person recognizers find that name a road, a site, a village
// or an organisation's short form are masked as what they are.
func TestRetypeNonPersons(t *testing.T) {
	seg := testSeg(t)
	a := New(seg, nil, Placeholder)
	for _, c := range []struct {
		text, span string
		want       Type
	}{
		{"完成东岗村、汪家寨村、下河村人居环境整治。", "汪家寨村", LOCATION},
		{"与江城师范学院（江师）共建实训基地。", "江师", ORG},
		{"副县长罗家宝出席会议。", "罗家宝", PERSON},
	} {
		red := a.Analyze([]string{c.text})
		found := false
		for _, e := range red.Audit() {
			if e.Text == c.span {
				found = true
				if e.Type != c.want {
					t.Errorf("%q: %q typed %s (%s), want %s", c.text, c.span, e.Type, e.Evidence, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not masked; audit %v", c.text, c.span, red.Audit())
		}
	}
	// a road the tagger alone reads as a name, a village the scorer does
	for _, c := range [][2]string{{"完成昌宁路、胜利北路改造", "昌宁路"}, {"钱屯村通了自来水", "钱屯村"}} {
		tt := newTokText(seg, c[0])
		s := strings.Index(tt.text, c[1])
		fs := retypeNonPersons(tt, []Finding{{Type: PERSON, Text: c[1], Start: s, End: s + len(c[1]), Evidence: "tagger", Score: 3}})
		if fs[0].Type != LOCATION {
			t.Errorf("%s typed %s, want LOCATION", c[1], fs[0].Type)
		}
	}
}

// A dotted minority name after a role is masked whole even when a piece
// is a character gojieba reads as a pronoun, and it stops before a title
// or an ordinary word after it.
func TestDottedNameAfterRole(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "县委副书记阿力木·吾守江同志作总结讲话。", mask: []string{"阿力木", "吾守江"}, keep: []string{"同志作总结讲话"}},
		{text: "副县长阿不都·吾守尔在会上讲话。", mask: []string{"阿不都", "吾守尔"}, keep: []string{"在会上讲话"}},
		{text: "副乡长古丽娜·吾守提深入田间地头指导秋收。", mask: []string{"古丽娜", "吾守提"}, keep: []string{"深入田间地头"}},
	})
}

// A surname character that is a verb of office before a title is read as
// the verb (2023年任乡长以来, 曾兼组长), unless the reference speaks or is
// addressed at a clause's start.
func TestOfficeVerbBeforeTitle(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "本人2023年任乡长以来，始终把发展作为第一要务。", keep: []string{"任乡长以来"}},
		{text: "成立以县长任组长的领导小组。", keep: []string{"县长任组长"}},
		{text: "他曾兼组长，熟悉情况。", keep: []string{"曾兼组长"}},
		{text: "任县长指出，要抓好秋冬种。", mask: []string{"任县长"}, keep: []string{"指出"}},
		{text: "我们向书记表示感谢。", keep: []string{"向书记表示感谢"}},
	})
}

// dropGenreWords keeps a genre word beside another person finding in a
// list and drops it alone.
func TestDropGenreWordsBesidePersons(t *testing.T) {
	seg := testSeg(t)
	find := func(tt *tokText, w string) Finding {
		b := strings.Index(tt.text, w)
		return Finding{Type: PERSON, Text: w, Start: b, End: b + len(w), Evidence: "surname+given", Score: 1}
	}
	tt := newTokText(seg, "获奖教师：孟春燕、杨梅、钱国庆")
	fs := dropGenreWords(tt, []Finding{find(tt, "孟春燕"), find(tt, "杨梅"), find(tt, "钱国庆")})
	if len(fs) != 3 {
		t.Errorf("beside names: kept %v, want all three", fs)
	}
	tt = newTokText(seg, "种植杨梅、核桃")
	if fs := dropGenreWords(tt, []Finding{find(tt, "杨梅")}); len(fs) != 0 {
		t.Errorf("beside a crop: kept %v, want none", fs)
	}
}

// Four-character minority names after a role or a villager word are
// masked whole; ordinary words after such a word are not names.
func TestFourCharNameAfterRole(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "民警帮助群众吉克阿依追回被骗资金。", mask: []string{"吉克阿依", "阿依", "依追回"}, keep: []string{"追回被骗资金"}},
		{text: "群众满意度达96%，群众反映的问题全部办结。", keep: []string{"群众满意度", "群众反映"}},
	})
}

// A transliterated-looking verb before a count is no name (多达167人), a
// foreign name before a date still is one.
func TestTransliteratedBeforeCount(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		text, span string
		keep       bool
	}{
		{"各所班子成员多达167人", "多达", false},
		{"外资项目占比达三分之一", "比达", false},
		{"发言人鲁宾16日表示", "鲁宾", true},
	} {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		fs := dropGenreWords(tt, []Finding{{Type: PERSON, Text: c.span, Start: b, End: b + len(c.span), Evidence: "transliterated,jieba:nrt", Score: 3}})
		if got := len(fs) == 1; got != c.keep {
			t.Errorf("%q: %q kept %v, want %v", c.text, c.span, got, c.keep)
		}
	}
}

// The report rules read neighbouring runes and tokens at the edges of
// spaces, dots, brackets and lists: on random strings made of the pieces
// they look for, findPersons never panics and every finding is a span of
// the text on rune boundaries that holds its own text.
func TestReportPersonsRandomSpans(t *testing.T) {
	seg := testSeg(t)
	parts := []string{"县长", "书记", "村民", "群众", " ", "  ", "　", "、", "：", "·", "老", "小", "欧阳", "司徒", "王", "钱", "任", "向", "杨", "勇", "伟",
		"阿", "苦", "日", "呷", "吉克", "毛竹", "林", "村", "寨", "路", "（", "）", "大学", "等", "说", "指出", "尊敬的", "多达", "3", "亩", "同志", "吾", "守", "尔", "的", "1", "月", "a"}
	r := rand.New(rand.NewSource(7))
	for k := 0; k < 5000; k++ {
		var b strings.Builder
		for j := r.Intn(14); j >= 0; j-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		tt := newTokText(seg, s)
		for _, f := range findPersons(tt) {
			if f.Start < 0 || f.End > len(s) || f.Start >= f.End || !utf8.ValidString(s[f.Start:f.End]) || s[f.Start:f.End] != f.Text {
				t.Fatalf("%q: bad finding %+v", s, f)
			}
		}
		tt.release()
	}
}

// Names gojieba tags as something else are masked with a title that only
// follows people (X建国/ns 同志) or, at a clause's start, when the surname is
// read as a pronoun before a verb (何/r 建华/nz 述职); 老/小 references
// in a list stand together (老张、小马); a list closed by 等乡镇 holds places.
func TestReportNamesOtherTags(t *testing.T) {
	checkReportCases(t, []reportCase{
		{text: "会议由马建国同志主持。", mask: []string{"马建国"}, keep: []string{"同志主持"}},
		{text: "何建华述职时说，今年完成了各项任务。", mask: []string{"何建华"}, keep: []string{"述职时说"}},
		{text: "全体同志要团结一心，何时开工还未确定。", keep: []string{"全体同志", "何时开工"}},
		{text: "老赵、小马等老员工存在习惯性违章。", mask: []string{"老赵", "小马"}, keep: []string{"老员工"}},
		{text: "小马、小牛等牲畜要按时防疫。", keep: []string{"小马、小牛"}},
	})
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze([]string{"全县在何坝、姜席等乡镇推广全膜覆盖。"})
	for _, e := range red.Audit() {
		if e.Text == "何坝" || e.Text == "姜席" {
			if e.Type != LOCATION {
				t.Errorf("%s typed %s (%s), want LOCATION", e.Text, e.Type, e.Evidence)
			}
		}
	}
}
