package anonymize

import (
	"strings"
	"testing"
)

// TestSpeciesList17k: a species in a list before a species word (…等候鸟,
// …等国家重点保护野生植物, …资源普查) is no person and no place; a list of
// persons before a group of people (…等野生动物保护志愿者) stays masked.
func TestSpeciesList17k(t *testing.T) {
	got := maskedText(t, []string{
		"湿地今年迎来白头鹤、白枕鹤等候鸟1万只次，护林员杨海峰带队同步监测。",
		"林场技术员胡晓东组织开展红豆杉、闽楠资源普查，新发现古树群3处。",
		"区内分布着伯乐树、金毛狗等国家重点保护野生植物。",
		"李楠、王鹤等野生动物保护志愿者参加了放飞活动。",
		"完成青莲镇白马寺古树名木挂牌保护。",
	})
	checkMasked(t, got, []string{"杨海峰", "胡晓东", "李楠", "王鹤", "白马寺"}, []string{"白头鹤", "红豆杉", "闽楠", "伯乐树", "金毛狗"})
}

// TestSpeciesStem17k: a reserve's stem masked as a place (…岭|梅花鹿国家级
// 自然保护区) is a species where another occurrence says so (野生梅花鹿种群,
// 梅花鹿幼崽); a person's name is judged at its own position only.
func TestSpeciesStem17k(t *testing.T) {
	text := "石门岭梅花鹿国家级自然保护区开展野生梅花鹿种群调查，发现梅花鹿幼崽3只。"
	at := func(typ Type, s string) Finding {
		i := strings.Index(text, s)
		return Finding{Type: typ, Text: s, Start: i, End: i + len(s), Score: 1}
	}
	fs := species17k(&tokText{text: text}, []Finding{at(LOCATION, "石门岭"), at(LOCATION, "梅花鹿")})
	if len(fs) != 1 || fs[0].Text != "石门岭" {
		t.Errorf("species stem: got %v, want only 石门岭", fs)
	}
	text = "管护员刘鹤带队巡查，另一队在野外观察刘鹤种群。"
	fs = species17k(&tokText{text: text}, []Finding{at(PERSON, "刘鹤")})
	if len(fs) != 1 {
		t.Errorf("person judged by another occurrence: got %v", fs)
	}
}

// TestHabitatNoun17k: an ecosystem or landform noun held as a place
// (红树林, 冰湖) is kept; before a facility's kind it stays a name's stem.
func TestHabitatNoun17k(t *testing.T) {
	got := maskedText(t, []string{
		"针对冰湖溃决风险，八宿县编制了应急预案，然乌镇组织了演练。",
	})
	checkMasked(t, got, []string{"八宿县", "然乌镇"}, []string{"冰湖溃决"})
	for _, c := range []struct {
		text, f string
		keep    bool
	}{
		{"新港红树林自然保护区完成补种。", "红树林", true},
		{"游客在红树林公园观鸟。", "红树林", false},
	} {
		i := strings.Index(c.text, c.f)
		fs := species17k(&tokText{text: c.text}, []Finding{{Type: LOCATION, Text: c.f, Start: i, End: i + len(c.f), Score: 1}})
		if (len(fs) == 0) != c.keep {
			t.Errorf("%s: got %v, keep %v", c.text, fs, c.keep)
		}
	}
}
