package anonymize

import "testing"

// TestTourPhrase16: generic tourism phrases (a modifier of the genre before
// a kind of facility) stay readable, after a route verb too; a named area
// before the same phrase stays masked.
func TestTourPhrase16(t *testing.T) {
	got := maskedText(t, []string{
		"从县城出发，经智慧景区到达游客服务中心，沿途设置旅游标识牌。",
		"依托文创街区发展夜间经济，推进红色旅游景区提质升级。",
		"修缮通景公路十二公里，新建非遗工坊三家。",
	})
	checkMasked(t, got, nil, []string{"智慧景区", "文创街区", "红色旅游景区", "通景公路", "非遗工坊"})
	got = maskedText(t, []string{"云栖谷红色旅游景区年接待游客二十万人次。"})
	checkMasked(t, got, []string{"云栖谷"}, nil)
}

// TestRegionalForm16: a regional opera named after a place stays, also
// where the place is masked elsewhere in the report.
func TestRegionalForm16(t *testing.T) {
	got := maskedText(t, []string{
		"黄梅戏、采茶戏等地方戏曲进景区展演三十场。",
		"黄梅县文化馆组织黄梅戏票友演唱会。",
	})
	checkMasked(t, got, []string{"黄梅县"}, []string{"黄梅戏"})
}

// TestScenicVerb16: a verb phrase before a reserve's kind is no name.
func TestScenicVerb16(t *testing.T) {
	got := maskedText(t, []string{
		"成功获批国家级文化生态保护区，非遗保护迈上新台阶。",
		"我县今年成功获批省级旅游度假区。",
	})
	checkMasked(t, got, nil, []string{"成功获批"})
}

// TestNationalCulture16: national bodies and events of culture and
// tourism stay.
func TestNationalCulture16(t *testing.T) {
	got := maskedText(t, []string{
		"中国旅游研究院专家来我县调研乡村旅游工作。",
		"组织县内文旅企业参加中国国际旅游交易会。",
	})
	checkMasked(t, got, nil, []string{"中国旅游研究院", "中国国际旅游交易会"})
}

// TestCultureArtists16: the national artists' associations of one field
// (中国摄影家协会, 中国民间文艺家协会) are national culture bodies by their
// kind 家协会, which cultureKinds16 listed after 协会 and so never
// matched (协会 left 摄影家, no field); the whole text stays in a report.
func TestCultureArtists16(t *testing.T) {
	for _, w := range []string{"中国摄影家协会", "中国民间文艺家协会", "中国戏剧家协会", "中国旅游协会"} {
		if !nationalCulture16(w) {
			t.Errorf("%s: not read as a national culture body", w)
		}
	}
	for _, w := range []string{"中国家协会", "中国农业家协会"} {
		if nationalCulture16(w) {
			t.Errorf("%s: read as a national culture body", w)
		}
	}
	got := maskedText(t, []string{
		"县文联工作总结",
		"我县三名会员加入中国摄影家协会。",
		"推荐作品参加中国民间文艺家协会组织的展览。",
	})
	checkMasked(t, got, nil, []string{"中国摄影家协会", "中国民间文艺家协会"})
}

// TestGenreGiven16: words of the genre after a surname or a place are no
// given names; the surname of a hall stays masked.
func TestGenreGiven16(t *testing.T) {
	got := maskedText(t, []string{
		"修缮汪氏宗祠、俞氏宗祠等古建筑十二处。",
		"推出“徽州古韵”沉浸式演出，年演出三百场。",
	})
	checkMasked(t, got, []string{"汪氏", "俞氏"}, []string{"宗祠", "古韵"})
}

// TestTourSites16: festivals, halls and museums named by a stem of their
// own are masked after a verb of the genre or 届; a festival's theme, a
// level or a verb before the head names no site.
func TestTourSites16(t *testing.T) {
	got := maskedText(t, []string{
		"成功举办第三届竹溪花海节，吸引游客五万人次。",
		"修缮听松戏台和鹤鸣书院，恢复历史风貌。",
	})
	checkMasked(t, got, []string{"竹溪", "听松", "鹤鸣"}, nil)
	got = maskedText(t, []string{
		"举办元宵灯会和吉他文化节，启动老街历史文化街区保护工程。",
		"前往县级博物馆参观，开展研学旅行。",
	})
	checkMasked(t, got, nil, []string{"元宵灯会", "吉他文化节", "启动老街", "县级博物馆"})
}
