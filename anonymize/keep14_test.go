package anonymize

import "testing"

// TestDepartmentShortNames14: a department named by the bare level and two
// sector characters (旗林草局) names no one body; the person beside it and
// a county named in full stay masked.
func TestDepartmentShortNames14(t *testing.T) {
	got := maskedText(t, []string{
		"旗林草局副局长张立军带队开展春季防火巡查。",
		"请县林草局牵头做好松材线虫病普查，阿荣旗人民政府给予配合。",
	})
	checkMasked(t, got, []string{"张立军", "阿荣旗"}, []string{"旗林草局", "县林草局"})
	for w, want := range map[string]bool{"旗林草局": true, "县民宗委": true, "县医保局": true, "县林草中心": false, "金林草局": false, "县林草": false} {
		if deptShortName14(w) != want {
			t.Errorf("deptShortName14(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestKindOnlyBodies14: a union of cooperatives and a programme park named
// by kind words only, and a family inn after a verb, are kinds; a named
// cooperative stays masked.
func TestKindOnlyBodies14(t *testing.T) {
	got := maskedText(t, []string{
		"全镇现有农民专业合作社联合社2家，其中青石岭茶叶专业合作社带动农户300户。",
		"力争创建省级生态农业示范园1个。",
		"今年全镇发展农家乐15家，户均增收两万元。",
	})
	checkMasked(t, got, []string{"青石岭"}, []string{"农民专业合作社联合社", "生态农业示范园", "农家乐"})
}

// TestNationalGroup14: a group of the whole country named by 中国 and sector
// words (中国农业发展集团) is kept; a county's company beside it is not.
func TestNationalGroup14(t *testing.T) {
	got := maskedText(t, []string{"县农投公司与中国农业发展集团签订合作协议，双方将共建冷链仓储，长岭县金穗粮油有限公司参与建设。"})
	checkMasked(t, got, []string{"金穗粮油有限公司"}, []string{"中国农业发展集团"})
}

// TestSlogansAndPatterns14: numeral slogans, a count before a hill pattern,
// a stretch before 入河, a township before 大运河 and a list item running
// into 出境 are read right; the township and the rivers stay masked.
func TestSlogansAndPatterns14(t *testing.T) {
	got := maskedText(t, []string{
		"扎实推进“百县千乡万村”示范创建行动。",
		"全县300余名登山者参加了比赛。",
		"完成渭河临渭段入河排污口排查。",
		"李庄乡大运河遗产保护带完成绿化。",
		"白石河、青龙河出境断面水质达到Ⅱ类。",
	})
	checkMasked(t, got, []string{"李庄乡", "青龙河"}, []string{"百县千乡万村", "登山者", "入河排污口", "大运河", "出境断面"})
}

// TestOrdinaryPhrasesNotPlaces14: a goal in a list, 宜居乡村, a faraway
// county's short form inside a fixed phrase and 会同 opening a sentence are
// kept; a trip to that county and the county of a named body stay masked.
func TestOrdinaryPhrasesNotPlaces14(t *testing.T) {
	got := maskedText(t, []string{
		"围绕“产业提质、城市更新”两大任务，全力推进各项工作。",
		"创建生态宜居乡村示范点5个。",
		"主动融入双城经济圈，大力发展滨海旅游。",
		"五是劳务协作。会同县人社局组织专场招聘会3场。",
	})
	checkMasked(t, got, nil, []string{"城市更新", "宜居乡村", "双城经济圈", "滨海旅游", "会同县人社局"})
	got = maskedText(t, []string{"组织企业赴滨海旅游考察。", "会同县人民政府副县长王平出席。"})
	checkMasked(t, got, []string{"滨海", "会同", "王平"}, nil)
}

// TestProductsNotPersons14: a drink, a melon and a class of workers read as
// persons are kept; a person in the same text stays masked.
func TestProductsNotPersons14(t *testing.T) {
	got := maskedText(t, []string{
		"集市上有米糕、山兰酒等土特产，摊主陈美玲说生意不错。",
		"合作社种植哈密瓜300亩。",
		"按月足额发放农民工工资，确保不欠一分钱。",
		"沿湖渔家乐、牧家乐生意红火。",
	})
	checkMasked(t, got, []string{"陈美玲"}, []string{"山兰酒", "哈密瓜", "农民工工资", "渔家乐", "牧家乐"})
}
