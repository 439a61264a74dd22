package anonymize

import (
	"strings"
	"testing"
)

// TestFragmentEdgesMasked: a string cut out of a paragraph (a quantity's
// subject starting inside a company name, a clause ending inside a place)
// shows no readable piece of the entity, while one character at an edge and
// ordinary fragments, and strings that only look like an entity's edge but
// were not cut from it (松茶业务, 参观白水), stay as they are.
func TestFragmentEdgesMasked(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	para := "引进广东青松茶业有限公司投资1.8亿元，张德明到白水河镇调研。"
	red := a.Analyze([]string{para})
	if got := red.Apply(para); strings.Contains(got, "青松") || strings.Contains(got, "张德明") {
		t.Fatalf("paragraph not masked: %s", got)
	}
	for _, c := range []struct{ in, gone, kept string }{
		{"青松茶业有限公司投资", "青松", "投资"},
		{"茶业有限公司投资", "茶业", "投资"},
		{"德明到", "德明", "到"},
		{"张德明到白水", "白水", "到"},
	} {
		got := red.Apply(c.in)
		if strings.Contains(got, c.gone) || !strings.Contains(got, c.kept) {
			t.Errorf("Apply(%q) = %q: want %q masked and %q kept", c.in, got, c.gone, c.kept)
		}
	}
	for _, s := range []string{"司投资", "投资1.8亿元", "全县乡村振兴", "松茶业务培训", "参观白水"} {
		if got := red.Apply(s); got != s {
			t.Errorf("Apply(%q) = %q: want it unchanged", s, got)
		}
	}
}

// TestNamesListedAfterRole: in a list that a role begins (副镇长甲、乙分别…),
// the role is no part of the first item, so the names found after it make
// the list one of names and the second name is masked too; a list of
// ordinary words after a role stays readable.
func TestNamesListedAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"副镇长赵淑芬、韩立新分别包保东风村、红旗村，组织完成改良1.2万亩。",
		"副县长负责交通、水利工作。",
	})
	checkMasked(t, got, []string{"赵淑芬", "韩立新"}, []string{"副镇长", "分别包保", "交通、水利工作"})
}

// TestNameClosedAfterRole: a name between a role and a word that closes a
// person's mention is masked however gojieba cuts it (同志, 说, a bracket
// with an ID number, a by-line's end), while a role followed by ordinary
// words stays readable.
func TestNameClosedAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"我将与镇长其日格同志一道，把班子带好。",
		"镇长其木嘎同志主持会议，书记及各位同志参加。",
		"镇党委书记 乌力吉图门",
		"合作社负责人星永福说，今年收购价稳定。",
		"该公司法定代表人孙建业（身份证号码另附）已到案说明情况。",
		"县委宣传部部长 达瓦次仁",
		"镇长要亲自抓，负责人要具体抓，各位同志要密切配合。",
		"合作社负责人高兴地说，今年收购价稳定。",
	})
	checkMasked(t, got, []string{"其日格", "星永福", "孙建业", "达瓦次仁", "其木嘎", "乌力吉", "图门"},
		[]string{"镇长要亲自抓", "负责人要具体抓", "各位同志", "法定代表人", "部长", "高兴地说", "书记及各位同志参加"})
}

// TestGenreWordsOfReportsKept: words of county reports that read like a
// name or a place stay readable (各乡镇 before a title, 嘎查 the Mongolian
// village, 居家 before 就业, 古镇 the ancient town), while a name and a
// village beside them are still masked.
func TestGenreWordsOfReportsKept(t *testing.T) {
	got := maskedText(t, []string{
		"各乡镇党委书记是第一责任人，要带头包片巡查。",
		"协调企业与全镇11个嘎查签订合同，赵明远带领群众发展奶牛养殖。",
		"带动1600余名妇女居家就业，绣娘刘桂英月增收两千元。",
		"紧扣古镇保护主线，完成桃溪村古厝修缮。",
	})
	checkMasked(t, got, []string{"赵明远", "刘桂英"},
		[]string{"各乡镇党委书记", "嘎查签订", "居家就业", "古镇保护"})
}

// TestVillageAfterTown: a village whose name is an ordinary word is a
// place right after its town, and so are the villages listed after it;
// the town's cadres stationed in villages and its villages counted stay
// readable.
func TestVillageAfterTown(t *testing.T) {
	got := maskedText(t, []string{
		"去年秋季，大兴沟镇新华村一名村民烧荒引发山火。",
		"天桥岭镇胜利村、光明村开展结对共建。",
		"天桥岭镇各村要落实包保责任，天桥岭镇包村干部每周驻村。",
	})
	checkMasked(t, got, []string{"新华村", "胜利村", "光明村"}, []string{"各村要落实", "包村干部", "一名村民"})
}

// TestPlaceOfGenericBodyOnly: a county's or city's department and its
// utility company name only their place (桦南县市场监督管理局, 吕梁市燃气
// 公司): the place is masked, the ordinary body stays readable; a company
// with a name of its own is masked whole.
func TestPlaceOfGenericBodyOnly(t *testing.T) {
	got := maskedText(t, []string{
		"桦南县市场监督管理局关于虚假宣传案件的报告",
		"协调吕梁市燃气公司完成管网改造，桦南县金穗粮油经销有限公司参与。",
	})
	checkMasked(t, got, []string{"桦南", "吕梁", "金穗"}, []string{"市场监督管理局", "燃气公司"})
}

// TestLandmarkBeforeKind: a lake, river, hill or hamlet whose name gojieba
// reads as ordinary words is a place before the word for its basin, its
// terraces or the zone named after it, and so is a road's starting point;
// ordinary words before such kinds stay readable.
func TestLandmarkBeforeKind(t *testing.T) {
	got := maskedText(t, []string{
		"东汉水流域综合治理完成投资1.2亿元。",
		"银坑梯田景区获评省级农业文化遗产。",
		"硬化石头寨至大毛岭观景台道路3.2公里。",
		"全县河道综合治理，各类景区接待游客增长。",
	})
	checkMasked(t, got, []string{"东汉水", "银坑", "石头寨", "大毛岭"}, []string{"流域综合治理", "梯田景区", "观景台道路", "河道综合治理", "各类景区"})
}
