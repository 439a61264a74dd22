package anonymize

import "testing"

// Round ner18 (ner18.go): person spans of news text cut short by gojieba,
// and 诸 and 向 read as surnames. Each class has two sentences of our own
// that fail without its rule.
func TestNer18(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// gluedThird18: the name's third character glued to the next
		// made-up word
		{"他早年从邹培开习篆刻，后来自成一家。", []string{"PERSON:邹培开"}, []string{"PERSON:邹培"}},
		{"少年时他随杭莹开习书法。", []string{"PERSON:杭莹开"}, []string{"PERSON:杭莹"}},
		// zhiThird18: a given name ending in 之 before a verb or adverb
		{"卢慕之说，这批树苗长得不错。", []string{"PERSON:卢慕之"}, []string{"PERSON:卢慕"}},
		{"会后，刘守之又去了趟工地。", []string{"PERSON:刘守之"}, []string{"PERSON:刘守"}},
		// tombName18: a name cut short before a tomb
		{"他们保护了（俞秋园墓）。", []string{"PERSON:俞秋园"}, []string{"PERSON:俞秋"}},
		{"村里人都知道（俞晓园墓）在哪儿。", []string{"PERSON:俞晓园"}, []string{"PERSON:俞晓"}},
		// zhuCollective18: 诸 of 诸强 is no surname
		{"亚洲与欧洲诸强之间的差距正在缩小。", nil, []string{"PERSON:诸强"}},
		{"球队实力不如欧洲诸强。", nil, []string{"PERSON:诸强"}},
		// towardPoint18: 向 before a compass point and a verb of direction
		{"从中部向南伸展的是一片草原。", nil, []string{"PERSON:向南"}},
		{"沿着河谷向南伸展的是大片农田。", nil, []string{"PERSON:向南"}},
		// visitor18: a dictionary name word before a verb of a state visit
		{"在金大中访华期间，双方签署了合作协议。", []string{"PERSON:金大中"}, nil},
		{"金大中访问日本时谈到了经贸合作。", []string{"PERSON:金大中"}, nil},
		// jerseySurname18: a player named by jersey number and surname
		{"比赛第30分钟，客队9号李从右路突破后射门得分。", []string{"PERSON:李"}, nil},
		{"下半场，主队11号王在禁区内头球破门。", []string{"PERSON:王"}, nil},
		{"他家住在3号楼，邻居们相处融洽。", nil, []string{"PERSON:楼"}},
		// captionName18: a dictionary name word before a caption's
		// position, whatever its first character
		{"新天骄（中）、杨春（左）在田间查看苗情。", []string{"PERSON:新天骄"}, nil},
		{"图为新天骄（左）与村民交谈。", []string{"PERSON:新天骄"}, nil},
		// a name of the surname 诸 or 向 with a title stays masked
		{"诸强主任介绍了全年的工作。", []string{"PERSON:诸强"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}
