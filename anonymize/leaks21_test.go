package anonymize

import "testing"

// TestSpacedGivenAfterRole21: a speaker line's name written as a surname,
// spaces and a two-character given name after a role is masked whole; a
// surname-like character before a verb after a role stays readable.
func TestSpacedGivenAfterRole21(t *testing.T) {
	got := maskedText(t, []string{
		"县人民政府县长  杜 明远",
		"镇党委书记 柯  振华",
	})
	checkMasked(t, got, []string{"杜", "明远", "振华"}, []string{"县长", "书记"})
	got = maskedText(t, []string{"会议由县长 王 主持召开，各部门参加。"})
	checkMasked(t, got, nil, []string{"主持召开"})
}

// TestStreamsBeforeShore21: a stream named before its riverside works or
// scenery is masked however gojieba cuts it, a stem opening with a
// numeral word included; a count of streams and a kind of stream stay
// readable.
func TestStreamsBeforeShore21(t *testing.T) {
	got := maskedText(t, []string{
		"老城区改造完成，绥水河滨河公园建成开放。",
		"。秀溪河滨河步道贯通3公里。",
		"东湖湿地公园、七拐河风光带建成开放。",
	})
	checkMasked(t, got, []string{"绥水河", "秀溪河", "七拐河"}, []string{"滨河步道贯通3公里", "风光带建成开放"})
	got = maskedText(t, []string{"全县新建一条河风光带，整治城区河风光带。"})
	checkMasked(t, got, nil, []string{"一条河风光带", "城区河风光带"})
}

// TestQuotedNames21: quoted names side by side are of the kind of the one
// found among them (two B&Bs), and a made-up brand quoted before its
// product or 品牌 is masked; slogans and programmes of dictionary words in
// quotes stay readable.
func TestQuotedNames21(t *testing.T) {
	got := maskedText(t, []string{
		"全镇登记民宿231家，其中“松风小院”“枣树底下”两家获评省级精品民宿。",
		"新培育“蜀香源”等县域电商品牌12个。",
		"“石红”工夫茶年销售额突破3000万元。",
	})
	checkMasked(t, got, []string{"枣树底下", "蜀香源", "石红"}, []string{"两家获评省级精品民宿", "工夫茶年销售额"})
	got = maskedText(t, []string{"打造“生态茶乡”品牌，推进“三品一标”认证，抓好“四好农村路”“美丽乡村”建设。"})
	checkMasked(t, got, nil, []string{"生态茶乡", "三品一标", "四好农村路", "美丽乡村"})
}
