package anonymize

import "testing"

// Round ner19 (ner19.go): persons of news text masked under another type
// or with the wrong edges, and bodies read as persons. Each class has two
// sentences of our own that fail without its rule.
func TestNer19(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// leaderGov19: a leader's name before 政府
		{"克林顿政府宣布将削减部分关税。", []string{"PERSON:克林顿"}, []string{"ORG:克林顿政府"}},
		{"金大中新政府上台后推出了一揽子改革。", []string{"PERSON:金大中"}, []string{"ORG:金大中新政府"}},
		{"他所领导的利库德政府面临压力。", nil, []string{"PERSON:利库德"}},
		// urgeOrg19: a subject and a verb of urging run into a government
		{"穆萨敦促以色列政府立即停止修建定居点。", []string{"PERSON:穆萨"}, []string{"ORG:穆萨敦促以色列政府"}},
		{"当天，穆萨呼吁以色列政府回到谈判桌前。", []string{"PERSON:穆萨"}, []string{"ORG:穆萨呼吁以色列政府"}},
		// clauseJun19: a given name in 军 at a clause's start
		{"郑全军又找来两名技术员帮忙。", []string{"PERSON:郑全军"}, []string{"ORG:郑全军"}},
		{"村里缺资金，郑全军又跑了三趟信用社。", []string{"PERSON:郑全军"}, []string{"ORG:郑全军"}},
		// sentenced19: the sentenced between 判处 and the sentence
		{"终审判处林德江有期徒刑十年。", []string{"PERSON:林德江"}, []string{"LOCATION:林德江"}},
		{"二审判处辛立江无期徒刑。", []string{"PERSON:辛立江"}, []string{"LOCATION:处辛立江"}},
		// atHome19: a name before 家中
		{"记者在巴金家中见到了那张旧书桌。", []string{"PERSON:巴金"}, []string{"LOCATION:巴金"}},
		{"那天下午，我们在巴金家中谈了很久。", []string{"PERSON:巴金"}, []string{"LOCATION:巴金"}},
		// roleLoc19: a name after a leader's role read as a place
		{"工党领袖巴拉克3月2日抵达开罗。", []string{"PERSON:巴拉克"}, []string{"LOCATION:巴拉克"}},
		{"以色列工党领袖巴拉克昨天在开罗表示。", []string{"PERSON:巴拉克"}, []string{"LOCATION:巴拉克"}},
		// listItemRest19: a list's name cut one character short
		{"委员会成员是元老王兰、周森古沙和方炳祯。", []string{"PERSON:周森古沙"}, []string{"PERSON:周森古"}},
		{"三名委员是宋双、周森古沙和方炳祯，另有两人缺席。", []string{"PERSON:周森古沙"}, []string{"PERSON:周森古"}},
		// countTail19: a name run over a count
		{"他批评了贝恩四要素的说法。", []string{"PERSON:贝恩"}, []string{"PERSON:贝恩四"}},
		{"传统的贝恩三原则受到质疑。", []string{"PERSON:贝恩"}, []string{"PERSON:贝恩三"}},
		// firmList19: firms of a list closed by 等 and a kind of enterprise
		{"华西、双良、阳光、申达等一大批乡镇企业都完成了技改。", nil, []string{"PERSON:申达", "PERSON:双良"}},
		{"近年来，申达、华西等企业已在园区落户。", nil, []string{"PERSON:申达"}},
		{"李建华、王志刚等企业负责人参加了座谈。", []string{"PERSON:李建华", "PERSON:王志刚"}, nil},
		// partyTranslit19: a transliterated word before a party's kind
		{"全印安纳德拉维达进步联盟拒绝与会。", nil, []string{"PERSON:安纳德拉维达"}},
		{"安纳德拉维达进步联盟宣布退出联合政府。", nil, []string{"PERSON:安纳德拉维达"}},
		// jerseyName19: a player by jersey number, and the same word again
		{"由7号穆勒头球首开纪录，最后一球也是传给穆勒的。", []string{"PERSON:穆勒"}, []string{"ORG:穆勒"}},
		{"下半场，10号穆勒射门得分。", []string{"PERSON:穆勒"}, []string{"ORG:穆勒"}},
		// surnameOf19: the surname alone after 姓
		{"一位姓樊的技术员主动来到农庄。", []string{"PERSON:樊"}, nil},
		{"村里有个姓樊的老汉会编竹器。", []string{"PERSON:樊"}, nil},
		{"老百姓的事情无小事。", nil, []string{"PERSON:的"}},
		// emperor19: a two-character name before 天皇
		{"女王和明仁天皇乘坐马车驶过广场。", []string{"PERSON:明仁"}, nil},
		{"明仁天皇会见了来访的代表团。", []string{"PERSON:明仁"}, nil},
		{"日本天皇会见了来访的代表团。", nil, []string{"PERSON:日本"}},
		// straddle19: a short form of a place across a repeated name's
		// surname
		{"江宏伟擅长花鸟，在创作中江宏伟又回到了写生。", []string{"PERSON:江宏伟"}, []string{"LOCATION:中江"}},
		{"江宏图喜欢书法，在练习中江宏图又写了一幅字。", []string{"PERSON:江宏图"}, []string{"LOCATION:中江"}},
		// rankName19: a name between a commander's role and a service's rank
		{"舰队司令巴克海军少将率领编队来访。", []string{"PERSON:巴克"}, []string{"ORG:巴克海军"}},
		{"由舰队司令巴克海军中将率领的编队今天抵港。", []string{"PERSON:巴克"}, []string{"ORG:巴克海军"}},
		// listPlace19: a name in 路 in a list of names, and again
		{"丛书由张之路、秦文君、沈石溪等作家创作，其中张之路的小说已改编成电视剧。", []string{"PERSON:张之路"}, []string{"LOCATION:张之路"}},
		{"获奖作者为李之路、秦文君。", []string{"PERSON:李之路"}, []string{"LOCATION:李之路"}},
		// nurturePhrase19: 以A养A is no name
		{"一直局限于以武养武的旧模式。", nil, []string{"PERSON:武养武"}},
		{"不能再走以文养文的老路。", nil, []string{"PERSON:文养文"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}
