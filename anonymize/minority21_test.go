package anonymize

import (
	"regexp"
	"strings"
	"testing"
)

// minorityFindings21 runs minority21 alone over text and returns its own
// findings as "name evidence".
func minorityFindings21(t *testing.T, text string) []string {
	t.Helper()
	tt := newTokText(testSeg(t), text)
	var out []string
	for _, f := range minority21(tt, nil) {
		if strings.HasPrefix(f.Evidence, "minority21:") {
			out = append(out, f.Text+" "+f.Evidence)
		}
	}
	return out
}

// checkWhole21 fails unless got holds before, one person placeholder and
// after in a row: the name is masked whole, no piece of it left readable.
func checkWhole21(t *testing.T, got, before, after string) {
	t.Helper()
	re := regexp.MustCompile(regexp.QuoteMeta(before) + `〔人名\d+〕` + regexp.QuoteMeta(after))
	if !re.MatchString(got) {
		t.Errorf("no whole name between %q and %q:\n%s", before, after, got)
	}
}

// TestMinorityComposedNames21: a Yi name of a clan and two syllables of
// given names, and a Tibetan name of two elements, are masked whole where
// they stand, even where gojieba glued a role's last character to the
// name's first (巡护员|次旺拉姆 cut 员次|旺|拉姆).
func TestMinorityComposedNames21(t *testing.T) {
	got := maskedText(t, []string{
		"今年村里评选出吉克木呷、海来日哈、阿说尔古3户“最美庭院”。",
		"巡护员次旺拉姆每天巡山两次，发现火情隐患4处。",
		"洛桑益西家的合作社今年分红12万元。",
	})
	checkWhole21(t, got, "评选出", "、")
	checkWhole21(t, got, "、", "、")
	checkWhole21(t, got, "、", "3户")
	checkWhole21(t, got, "巡护员", "每天")
	checkWhole21(t, got, "", "家的合作社")
	fs := append(minorityFindings21(t, "今年村里评选出吉克木呷、海来日哈3户“最美庭院”。"), minorityFindings21(t, "巡护员次旺拉姆每天巡山两次。")...)
	for _, want := range []string{"吉克木呷 minority21:yi-clan+given", "次旺拉姆 minority21:tibetan-elements"} {
		found := false
		for _, f := range fs {
			found = found || strings.HasPrefix(f, want)
		}
		if !found {
			t.Errorf("no finding %q", want)
		}
	}
}

// TestMinorityNamesInContext21: a name of one element, of an element and
// an ending, or a Yi name written with a word-like cut, is masked whole
// after a role, a person noun or a by-line label (spaces and a colon
// between allowed), and before a title or a verb of saying; the audit
// names the evidence.
func TestMinorityNamesInContext21(t *testing.T) {
	paras := []string{
		"护林员泽让卓嘎和王小军共同巡护湿地。",
		"在那达慕大会上，16岁骑手朝鲁图夺得耐力赛第一名。",
		"（编辑：其其格  审核：李明）",
		"联系人：沙马拉且，电话0834-1234567。",
		"副县长  才让当周",
		"牧民们都说，今年多亏了央宗主任。",
	}
	got := maskedText(t, paras)
	checkWhole21(t, got, "护林员", "和")
	checkWhole21(t, got, "骑手", "夺得")
	checkWhole21(t, got, "编辑：", " ")
	checkWhole21(t, got, "联系人：", "，")
	checkWhole21(t, got, "副县长  ", "")
	checkWhole21(t, got, "多亏了", "主任")
	want := map[string]string{
		"泽让卓嘎": "before:护林员",
		"朝鲁图":  "before:骑手",
		"其其格":  "before:编辑",
		"沙马拉且": "before:联系人",
		"才让当周": "before:",
		"央宗":   "after:主任",
	}
	for _, p := range paras {
		for _, f := range minorityFindings21(t, p) {
			name, ev, _ := strings.Cut(f, " ")
			if w, ok := want[name]; ok && strings.Contains(ev, w) {
				delete(want, name)
			}
		}
	}
	for name, ev := range want {
		t.Errorf("no minority21 finding of %s with evidence %s", name, ev)
	}
}

// TestMinorityListNames21: one-part names and names of an element and
// an ending in a list are masked whole where the list is counted in
// persons or households or a person stands beside them, and a Dai name of
// a prefix and one character after a role.
func TestMinorityListNames21(t *testing.T) {
	got := maskedText(t, []string{
		"泽让卓玛、洛松、王小红3名护林员获评先进。",
		"阿苏拉日、吉伍尔哈2户被评为“星级文明户”。",
		"乡党委副书记岩罕带领工作组到茶山调研。",
		"次日，德吉、索朗等同志到村里开展宣讲。",
	})
	checkWhole21(t, got, "", "、")
	checkWhole21(t, got, "、", "2户")
	checkWhole21(t, got, "副书记", "带领")
	checkWhole21(t, got, "次日，", "、")
	checkWhole21(t, got, "、", "等同志")
	for _, s := range []string{"泽让", "洛松", "阿苏拉日", "吉伍", "岩罕", "德吉", "索朗"} {
		if strings.Contains(got, s) {
			t.Errorf("%q survived:\n%s", s, got)
		}
	}
}

// TestMinorityWordsStay21: elements that are ordinary words, plants,
// troupes, places or crops without a person beside them find nothing: a
// flower, a troupe, a greeting, rocks, maize, 依法, a list of products
// counted in kinds, a township, a song's title, a mountain range; and the
// greeting 扎西德勒, which the transliteration rule reads as a name, stays
// readable.
func TestMinorityWordsStay21(t *testing.T) {
	for _, text := range []string{
		"格桑花开遍了草原，牧民的日子越过越红火。",
		"乌兰牧骑演出队深入嘎查慰问演出20场。",
		"群众纷纷说扎西德勒，欢迎工作队进村。",
		"岩石风化严重，玉米种植面积扩大，依法治理违建。",
		"公用品牌覆盖槲包、玉米糁、豆腐干等12类特产。",
		"沙马拉达乡完成危房改造30户。",
		"一首卓玛唱响了草原，乌云散去天气放晴。",
		"学生们在阿尔卑斯山下合影留念。",
		"各村落实防火措施，巴音河沿岸完成绿化。",
	} {
		if fs := minorityFindings21(t, text); len(fs) > 0 {
			t.Errorf("%s: found %v", text, fs)
		}
	}
	got := maskedText(t, []string{"格桑花开遍了草原。", "玉米、土豆等作物长势良好。", "扎西德勒！欢迎来到美丽的草原。"})
	checkMasked(t, got, nil, []string{"格桑花开遍了草原", "玉米、土豆等作物", "扎西德勒！"})
}

// TestMinorityInventory21: every section of the inventory is read, and
// its first characters are the rule's trigger.
func TestMinorityInventory21(t *testing.T) {
	m := minorityInventory21()
	if len(m.yiClan) < 20 || len(m.yiGiven) < 10 || len(m.notName) < 10 {
		t.Fatalf("inventory too small: %d clans, %d given names, %d not-names", len(m.yiClan), len(m.yiGiven), len(m.notName))
	}
	for k, name := range traditions21 {
		if len(m.elems[k]) < 30 {
			t.Errorf("%s: %d elements", name, len(m.elems[k]))
		}
	}
	for _, w := range []string{"曲比", "扎西", "巴特尔", "古丽", "岩"} {
		if r, _ := firstRune(w); !m.first.has(r) {
			t.Errorf("%s: first character not a trigger", w)
		}
	}
	if !m.ends[0].has('措') || !m.ends[1].has('门') || !m.ends[2].has('江') || !m.daiPrefix.has('玉') || !m.yiSyl.has('呷') {
		t.Error("endings, prefixes or syllables missing")
	}
}

// TestMinorityInsideOtherNames21: a Dai prefix or an element inside a Han
// name, a dotted name or a longer name found already (潘|玉英, 艾克|拜尔·…)
// starts no name of its own, so no piece of the longer name is left
// readable.
func TestMinorityInsideOtherNames21(t *testing.T) {
	got := maskedText(t, []string{
		"村“两委”班子成员潘玉英、余金花、廖志明参加了培训。",
		"伽师县人民政府代县长  艾克拜尔·吐尔逊",
		"茶农吴玉莲说，今年的茶价好。",
	})
	checkMasked(t, got, []string{"潘", "艾克", "拜尔", "吴"}, []string{"参加了培训", "今年的茶价好"})
	if fs := minorityFindings21(t, "调研组成员：热依拉·艾则孜、李海波。"); len(fs) > 0 {
		t.Errorf("the head of a dotted name read alone: %v", fs)
	}
}

// TestMinorityPropagation21: a name confirmed by its context in one
// paragraph (骑手|朝鲁图) is masked where it stands bare in another, while
// a clan name and a character that is no syllable (阿苏|家) starts no
// name, nor does 的日子.
func TestMinorityPropagation21(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	paras := []string{"赛马比赛中，16岁骑手朝鲁图夺得耐力赛冠军。", "朝鲁图家的草场完成围栏5公里。", "群众的日子都好了，阿苏家也盖了新房。"}
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	got := strings.Join(out, "\n")
	checkWhole21(t, got, "\n", "家的草场")
	checkMasked(t, got, []string{"朝鲁", "鲁图"}, []string{"家的草场", "的日子都好了"})
	for _, f := range minorityFindings21(t, paras[2]) {
		t.Errorf("found %s", f)
	}
}

// TestMinorityMoreContexts21: an age before the name (58岁的), 等 and a
// count of persons or 同志 after it, a note of sex or people in brackets
// after it, and three Turkic elements in a row without a dot.
func TestMinorityMoreContexts21(t *testing.T) {
	want := map[string]string{
		"今年58岁的央宗在合作社务工。":    "央宗 minority21:tibetan-element,before:age",
		"格桑等3名党员带头搬迁。":       "格桑 minority21:tibetan-element,after:等+count",
		"获奖者为德吉（女，藏族），现任村医。": "德吉 minority21:tibetan-element,after:note",
		"阿不都热合曼买买提家的果园挂果了。":  "阿不都热合曼买买提 minority21:turkic-elements,composed",
		"由巴图等同志组成的工作组进驻嘎查。":  "巴图 minority21:mongolian-element,after:等同志",
	}
	for text, w := range want {
		fs := minorityFindings21(t, text)
		if len(fs) != 1 || fs[0] != w {
			t.Errorf("%s: found %v, want %s", text, fs, w)
		}
	}
	for _, text := range []string{"格桑等花卉种植面积扩大。", "乌云等天气现象增多。"} {
		if fs := minorityFindings21(t, text); len(fs) > 0 {
			t.Errorf("%s: found %v", text, fs)
		}
	}
}
