package anonymize

import "testing"

// Round ner17 (ner17.go): person spans of news text cut short or run
// over, and a surname before a deputy's or a city head's title. Each class
// has two sentences of our own that fail without its rule.
func TestNer17(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// translitExtend17: a transliterated name cut short after or
		// before the span
		{"昨晚的比赛中，奥登西亚和队友配合默契。", []string{"PERSON:奥登西亚"}, []string{"PERSON:奥登"}},
		{"海港队的巴西外援里贝罗各进一球。", []string{"PERSON:里贝罗"}, []string{"PERSON:贝罗"}},
		// dotFirm17: a dotted foreign name that ends in a firm's kind
		{"据悉，葛兰素·威康公司将在上海建厂。", []string{"ORG:葛兰素·威康公司"}, []string{"PERSON:葛兰素·威康公司"}},
		{"他说，葛兰素·威康公司与本地药厂合作良好。", []string{"ORG:葛兰素·威康公司"}, []string{"PERSON:葛兰素·威康公司"}},
		// butSurname17: 但 at a clause's start before a name
		{"对手不太好打，但葛菲还是赢下了这一局。", []string{"PERSON:葛菲"}, []string{"PERSON:但葛菲"}},
		{"比分一度落后，但葛菲／顾俊很快扳平。", []string{"PERSON:葛菲"}, []string{"PERSON:但葛菲"}},
		// titleRefs17: an ordinary-character surname before a deputy's or
		// a city head's title at a clause's start
		{"针对这些问题，常副局长表示，要加大宣传力度。", []string{"PERSON:常"}, nil},
		{"会上，常副主任介绍了全年的工作。", []string{"PERSON:常"}, nil},
		// nameBeforeDeng17: a name cut short before the 等 of a list
		{"参加签约的有公司董事长宋朝弟等。", []string{"PERSON:宋朝弟"}, []string{"PERSON:宋朝"}},
		{"主持人宋朝弟等。", []string{"PERSON:宋朝弟"}, []string{"PERSON:宋朝"}},
		// placePeople17: a village of a family's name before 人
		{"陈沟人世世代代靠种地为生。", []string{"LOCATION:陈沟"}, []string{"PERSON:陈沟人"}},
		{"张屯人常说，地是刮金板。", []string{"LOCATION:张屯"}, []string{"PERSON:张屯人"}},
		// surnameList17: surnames in a list before a count of persons
		{"王、李二人都是种粮能手。", []string{"PERSON:王", "PERSON:李"}, []string{"PERSON:李二人"}},
		{"常、项两人都是村里的老党员。", []string{"PERSON:常", "PERSON:项"}, nil},
		// askedTitle17: a surname glued to a verb of asking before a title
		{"能不能托项市长问问这件事？", []string{"PERSON:项"}, nil},
		{"村民们请项镇长来评评理。", []string{"PERSON:项"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}
