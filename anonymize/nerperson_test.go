package anonymize

import (
	"fmt"
	"strings"
	"testing"
)

// findingsOf runs every recognizer over text with the strict policy and
// lists the findings as "TYPE:text".
func findingsOf(t *testing.T, a *Anonymizer, text string) []string {
	t.Helper()
	_, fs := a.find(text)
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%s", f.Type, f.Text))
	}
	return out
}

// checkFindings asserts that every want ("TYPE:text") is among text's
// findings and no finding is among notWant.
func checkFindings(t *testing.T, a *Anonymizer, text string, want, notWant []string) {
	t.Helper()
	got := findingsOf(t, a, text)
	have := strings.Join(got, " ")
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("%s: want %s, got %s", text, w, have)
		}
	}
	for _, n := range notWant {
		for _, g := range got {
			if g == n {
				t.Errorf("%s: did not want %s, got %s", text, n, have)
			}
		}
	}
}

// A three-character "name" that gojieba's dictionary tags nr but that is a
// dictionary word and a kind of thing is no person; one that ends in a
// place suffix is a place; one that ends in a thing called after a person
// keeps the person's name only.
func TestNerPersonSuffixGuard(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"院子里那棵玉兰树今年开得格外早。", nil, []string{"PERSON:玉兰树"}},
		{"他开着一辆旧吉普车进了山。", nil, []string{"PERSON:吉普车"}},
		{"周末志愿者沿着金水河捡拾垃圾。", []string{"LOCATION:金水河"}, []string{"PERSON:金水河"}},
		{"科学家们正在研究海王星的大气。", []string{"LOCATION:海王星"}, []string{"PERSON:海王星"}},
		{"这批江西籍务工人员已经返岗。", []string{"LOCATION:江西"}, []string{"PERSON:江西籍"}},
		{"他是柴沟堡人。", []string{"LOCATION:柴沟堡"}, []string{"PERSON:柴沟堡"}},
		{"今晚的尤伯杯决赛吸引了很多观众。", []string{"PERSON:尤伯"}, []string{"PERSON:尤伯杯"}},
		{"展览介绍了伏羲氏的传说。", []string{"PERSON:伏羲"}, []string{"PERSON:伏羲氏"}},
		{"每年清明后都会收到老师寄来的玉岭茶。", []string{"LOCATION:玉岭"}, []string{"PERSON:玉岭茶"}},
		// a place suffix that begins a longer word (梅花|海节 of
		// 黄梅花海节, gojieba: 黄/a 梅花/nr 海节/x) ends no place: no
		// 梅花海 is masked out of the words, leaving 黄 and 节 around it
		// (TestHalfWordPlace17: a county named in the report is masked
		// whole)
		{"今年举办黄梅花海节，吸引游客十万人次。", nil, []string{"LOCATION:梅花海", "PERSON:梅花海"}},
		{"今年举办红梅花海节，吸引游客五万人次。", nil, []string{"LOCATION:梅花海", "PERSON:梅花海"}},
		// real names that end in such characters stay whole
		{"这次王秋星没有来开会。", []string{"PERSON:王秋星"}, nil},
		{"返乡青年白雪峰被评为县级乡村振兴带头人。", []string{"PERSON:白雪峰"}, nil},
		{"返乡青年白雪山被评为带头人。", []string{"PERSON:白雪山"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}

// TestHalfWordPlace17: where the report names the county 黄梅县, its
// festival 黄梅花海节 has the county's short form masked whole (〔地名〕花海节),
// never half of it (黄〔地名〕节).
func TestHalfWordPlace17(t *testing.T) {
	got := maskedText(t, []string{
		"黄梅县文旅局工作总结",
		"今年举办黄梅花海节，吸引游客十万人次。",
	})
	checkMasked(t, got, []string{"黄梅", "梅花海"}, []string{"花海节", "吸引游客"})
	if strings.Contains(got, "黄〔") {
		t.Errorf("half of the county's name left before a mask: %s", got)
	}
}

// A transliterated or dotted name keeps its own characters only: not a
// title, a function character or a phrase glued to it; a country and 人
// are a people; a frequent word and a function character are no name.
func TestNerPersonBounds(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"出席开幕式的还有外国专家马丁·格罗斯先生、本地企业家代表。", []string{"PERSON:马丁·格罗斯"}, []string{"PERSON:外国专家马丁·格罗斯先生", "PERSON:马丁·格罗斯先生"}},
		{"来自乌克兰的伊万·彼得连科均获得了金牌。", []string{"PERSON:伊万·彼得连科"}, []string{"PERSON:伊万·彼得连科均"}},
		{"比赛前，罗马尼亚人自认为胜算很大。", nil, []string{"PERSON:罗马尼亚人自", "PERSON:罗马尼亚人"}},
		{"他指着一箱英文书说，这些都要捐出去。", nil, []string{"PERSON:英文书"}},
		{"这些年封锁之苦让当地居民吃尽了苦头。", nil, []string{"PERSON:封锁之"}},
		// names that end in such characters stay whole
		{"联合国秘书长科菲·安南今天抵达。", []string{"PERSON:科菲·安南"}, nil},
		{"俄罗斯内务部长斯捷帕申表示反对。", []string{"PERSON:斯捷帕申"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}

// A name written with a character spelled out in brackets takes the
// closing bracket: no half of the spelling stays outside the mask.
func TestNerPersonBracketSpelling(t *testing.T) {
	tt := newTokText(testSeg(t), "记者杨（火文）报道")
	f := Finding{Type: PERSON, Text: "杨（火文", Start: len("记者"), End: len("记者杨（火文"), Evidence: "tagger"}
	if g := guardBounds(tt, f); g.Text != "杨（火文）" || tt.text[g.Start:g.End] != g.Text {
		t.Errorf("got %q [%d,%d)", g.Text, g.Start, g.End)
	}
	f = Finding{Type: PERSON, Text: "杨", Start: len("记者"), End: len("记者杨"), Evidence: "tagger"}
	if g := guardBounds(tt, f); g.Text != "杨" {
		t.Errorf("a name without a bracket changed: %q", g.Text)
	}
}

// A town gojieba made up as one unknown word (崔庄镇/x) is a place even
// though the scorer read a surname in it; a dotted foreign name that ends
// in a town or university suffix is that place or institution; a word
// gojieba lists as a name stands for a person after a role even when it
// is also a frequent word (strict policy only).
func TestNerPersonKinds(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"那年冬天，他调到平原县崔庄镇农技站工作。", []string{"LOCATION:崔庄镇"}, []string{"PERSON:崔庄镇"}},
		{"各国学者聚集在约翰·霍普金斯大学讨论公共卫生。", []string{"ORG:约翰·霍普金斯大学"}, []string{"PERSON:约翰·霍普金斯大学"}},
		{"她家住在斯特凡·切列斯库镇，离首都不远。", []string{"LOCATION:斯特凡·切列斯库镇"}, []string{"PERSON:斯特凡·切列斯库镇"}},
		{"总书记金正日昨天视察了一家工厂。", []string{"PERSON:金正日"}, nil},
		// without a role such a word stays an ordinary one
		{"明天有雷阵雨，出门记得带伞。", nil, []string{"PERSON:雷阵雨"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
	d := New(testSeg(t), DefaultPolicy(), Placeholder)
	if got := findingsOf(t, d, "总书记金正日昨天视察了一家工厂。"); strings.Contains(strings.Join(got, " "), "PERSON:金正日") {
		t.Errorf("the default policy masks a doubtful name: %v", got)
	}
}

// A foreign name gojieba cut into two words of transliteration
// characters is masked whole; a side in talks (巴方, 男方) is no person.
func TestNerPersonTranslitPairAndSides(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"反对党候选人帕斯特拉纳昨天发表了演说。", []string{"PERSON:帕斯特拉纳"}, []string{"PERSON:特拉纳"}},
		{"谈判陷入僵局，巴方拒绝了这一方案。", nil, []string{"PERSON:巴方"}}, // the retyping: TestNerqSideGuard
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
	for _, w := range []string{"男方", "校方"} {
		if side, country := aSide(Finding{Type: PERSON, Text: w}); !side || country {
			t.Errorf("%s: side %v country %v", w, side, country)
		}
	}
	if side, _ := aSide(Finding{Type: PERSON, Text: "林方"}); side {
		t.Error("林方 read as a side")
	}
	// under the default policy a country's side stays readable
	d := New(testSeg(t), DefaultPolicy(), Placeholder)
	for _, g := range findingsOf(t, d, "谈判陷入僵局，巴方拒绝了这一方案。") {
		if strings.HasSuffix(g, ":巴方") || g == "LOCATION:巴" {
			t.Errorf("default policy masks %s", g)
		}
	}
}

// A transliterated reading that begins with a numeral or repeats a word
// is no name; one that begins with a causative verb drops it.
func TestNerPersonTranslitShape(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"要学的东西实在太多太多，谁来理一理头绪？", nil, []string{"PERSON:太多太多"}},
		{"公司实行董事长与党委书记一人兼任的领导体制。", nil, []string{"PERSON:一人"}},
		{"但结果令欣妮眼神暗淡。", []string{"PERSON:欣妮"}, []string{"PERSON:令欣妮"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}

// A foreign name written with a dash between its parts is masked whole;
// a dash that sets off a clause joins nothing.
func TestNerPersonDashName(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	checkFindings(t, a, "美国参议员约翰—格伦在招贴画上签名。", []string{"PERSON:约翰—格伦"}, []string{"PERSON:约翰"})
	for _, g := range findingsOf(t, a, "参议员约翰——格伦的老朋友也来了。") {
		if strings.Contains(g, "——") {
			t.Errorf("a double dash joined: %s", g)
		}
	}
}

// A transliterated name before a place suffix word or a facility names a
// place; after a role it stays a person.
func TestNerPersonTranslitPlace(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"晚会在香港伊丽莎白体育馆举行。", []string{"LOCATION:伊丽莎白"}, []string{"PERSON:伊丽莎白"}},
		{"他在南里奥格朗德州发现了化石。", []string{"LOCATION:奥格朗德州"}, []string{"PERSON:奥格朗"}},
		{"参议员伊丽莎白昨天发表讲话。", []string{"PERSON:伊丽莎白"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}

// A name read as part of an army or an office keeps its own type: a given
// name ending in 军 after a word for a person, a name before 办公室; an
// army named after a person stays an organisation.
func TestNerPersonOverWeakPlaces(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"下岗职工潘卫军重新找到了工作。", []string{"PERSON:潘卫军"}, []string{"ORG:下岗职工潘卫军"}},
		{"城关信用社工作人员吴军说，贷款已经发放。", []string{"PERSON:吴军"}, []string{"ORG:工作人员吴军"}},
		{"墨西哥萨帕塔民族解放军发表声明。", []string{"ORG:墨西哥萨帕塔民族解放军"}, []string{"PERSON:萨帕塔"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
	// the rule itself: an office after a name, a doubtful place that is a
	// name after a role
	tt := newTokText(testSeg(t), "记者江平报道")
	p := Finding{Type: PERSON, Text: "江平", Start: len("记者"), End: len("记者江平"), Evidence: "surname+given,role-before:记者,doubtful", generic: true}
	l := Finding{Type: LOCATION, Text: "江平", Start: p.Start, End: p.End, Evidence: "jieba:ns-doubtful", Score: 1, generic: true}
	if got := personOverWeakPlaces(tt, []Finding{l, p}); len(got) != 1 || got[0].Type != PERSON {
		t.Errorf("a doubtful place over a name after a role: %v", got)
	}
	tt = newTokText(testSeg(t), "送到李国宇办公室")
	p = Finding{Type: PERSON, Text: "李国宇", Start: len("送到"), End: len("送到李国宇"), Evidence: "surname+given,unknown-word", Score: 6.9}
	o := Finding{Type: ORG, Text: "李国宇办公室", Start: p.Start, End: len(tt.text), Evidence: "generic-body:办公室", Score: 5}
	if got := personOverWeakPlaces(tt, []Finding{o, p}); len(got) != 1 || got[0].Type != PERSON {
		t.Errorf("an office after a name: %v", got)
	}
}

// A team read as the next name of a list after a role is an organisation.
func TestNerPersonTeam(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	checkFindings(t, a, "前卫队的巴西外援卡洛斯和海鸥队的巴西外援马丁各为自己的球队攻入一球。",
		[]string{"ORG:海鸥队", "PERSON:卡洛斯", "PERSON:马丁"}, []string{"PERSON:海鸥队"})
}

// Without gojieba's cut (an Anonymizer made without a segmenter) the guard
// makes no dictionary lookup: segmented tells the two apart.
func TestNerPersonSegmented(t *testing.T) {
	if segmented(newTokText(nil, "院子里那棵玉兰树")) {
		t.Error("a text cut one character per token reads as segmented")
	}
	if !segmented(newTokText(testSeg(t), "院子里那棵玉兰树")) {
		t.Error("a text gojieba cut reads as unsegmented")
	}
}

// A "name" before a part of a region is a place; one before a school's
// teachers and students is the school's short name.
func TestNerPersonKindByNext(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	tt := newTokText(testSeg(t), "明天黄淮北部有雨")
	f := Finding{Type: PERSON, Text: "黄淮", Start: len("明天"), End: len("明天黄淮"), Evidence: "surname+given,jieba:nr"}
	if g, ok := kindByNext(tt, f); !ok || g.Type != LOCATION {
		t.Errorf("before 北部: %v %v", g, ok)
	}
	tt = newTokText(testSeg(t), "凝结着鲁美师生的才华")
	f = Finding{Type: PERSON, Text: "鲁美", Start: len("凝结着"), End: len("凝结着鲁美"), Evidence: "surname+given,unknown-word"}
	if g, ok := kindByNext(tt, f); !ok || g.Type != ORG {
		t.Errorf("before 师生: %v %v", g, ok)
	}
	tt = newTokText(testSeg(t), "张华师范毕业")
	f = Finding{Type: PERSON, Text: "张华", Start: 0, End: len("张华"), Evidence: "surname+given"}
	if _, ok := kindByNext(tt, f); ok {
		t.Error("a name before an ordinary word retyped")
	}
	checkFindings(t, a, "这批作品凝结着川美师生的心血。", nil, []string{"PERSON:川美"})
}
