package anonymize

import "testing"

// TestPersonaBrands18a: quoted persona brands in an account's, a shop's or
// a stall's frame are masked (class: persona brands); praise words, a
// persona in a work's title and a quoted persona without such a frame stay
// readable.
func TestPersonaBrands18a(t *testing.T) {
	got := maskedText(t, []string{
		"返乡青年开设“竹篮阿妹”“茶园妹妹”等短视频账号，粉丝量突破10万。",
		"渔嫂陈丽华创办的“渔嫂鱼饼”小作坊年销售额200万元。",
		"老街“周大姐米豆腐”、东街“老李家烧鸡”成为游客必到之处。",
		"主播“乌江阿娘”“苦荞哥小刘”正在推介苦荞酒。",
		"“山坡上的阿强”直播号年销售核桃800吨。",
	})
	checkMasked(t, got, []string{"竹篮阿妹", "茶园妹妹", "渔嫂鱼饼", "周大姐米豆腐", "老李家烧鸡", "乌江阿娘", "苦荞哥小刘", "山坡上的阿强"},
		[]string{"短视频账号", "小作坊", "成为游客必到之处", "正在推介苦荞酒", "直播号"})
	kept := maskedText(t, []string{
		"村里评选好媳妇、巧媳妇和最美家庭，发展农家乐20家，组建姐妹采花队。",
		"“豆腐西施”的故事在村里流传，群众称她为“护林大姐”。",
	})
	checkMasked(t, kept, nil, []string{"好媳妇", "巧媳妇", "最美家庭", "农家乐", "姐妹采花队", "豆腐西施", "护林大姐"})
}

// TestQuotedLodgings18a: quoted homestays, inns and tea lodges of a stem of
// their own are masked wherever they stand (class: quoted lodgings); a
// grade or kind of lodging in quotes stays readable.
func TestQuotedLodgings18a(t *testing.T) {
	got := maskedText(t, []string{
		"溪口村“溪口茶宿”、“松间山房”“河湾边民宿”入住率保持在七成以上。",
		"茶企工作室“竹林书舍”开设制茶体验课。",
	})
	checkMasked(t, got, []string{"溪口茶宿", "松间山房", "河湾边民宿", "竹林书舍"}, []string{"入住率保持在七成以上", "开设制茶体验课"})
	kept := maskedText(t, []string{
		"发展“精品民宿”“康养民宿”“家庭民宿”，打造“民宿+”业态。",
	})
	checkMasked(t, kept, nil, []string{"精品民宿", "康养民宿", "家庭民宿"})
}

// TestGluedSchools18a: a school of a stem of its own right after its
// masked township is masked (class: glued schools); a generic school after
// a township keeps its kind readable.
func TestGluedSchools18a(t *testing.T) {
	got := maskedText(t, []string{
		"涡水镇牛头冲教学点完成校舍改造。",
		"“老师讲的防溺水知识，我都记住了。”流峪镇八间棚小学学生王子涵说。",
	})
	checkMasked(t, got, []string{"牛头冲教学点", "八间棚小学"}, []string{"完成校舍改造", "学生"})
	kept := maskedText(t, []string{
		"东湖镇中心小学通过验收。",
	})
	checkMasked(t, kept, nil, []string{"中心小学通过验收"})
}
