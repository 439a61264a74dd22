package anonymize

import "testing"

// TestFirmStems18w: a firm's two-character stem standing alone as the firm
// in another paragraph than its full name (quoted, before a joint verb after
// a partner word, before a plant's part) is masked throughout the document
// (class: a firm's stem alone); ordinary words as stems (通达, 发展) stay.
func TestFirmStems18w(t *testing.T) {
	got := maskedText(t, []string{
		"河北铂川羊绒集团有限公司新上智能梳绒车间，湖北岚泽纺织有限公司扩建厂房。",
		"县机械厂与铂川组建产业联盟，岚泽织布车间吸纳就业300人。",
		"“铂川”“岚泽”两个品牌入选省级知名品牌。",
	})
	checkMasked(t, got, []string{"铂川", "岚泽"}, []string{"组建产业联盟", "织布车间", "两个品牌入选"})
	kept := maskedText(t, []string{
		"浙江通达物流有限公司新建分拣中心，湖北发展纺织有限公司扩建厂房。",
		"全县公路四通八达，交通通达能力提升，与发展改革部门共建项目库。",
	})
	checkMasked(t, kept, nil, []string{"四通八达", "交通通达能力", "与发展改革部门共建"})
}

// TestFirmStemProduct18w: a firm named after its county's product (内蒙古阿拉善|
// 苁蓉|产业集团, with 阿拉善苁蓉 in the text) has no brand alone: the product
// stays readable where it stands alone.
func TestFirmStemProduct18w(t *testing.T) {
	kept := maskedText(t, []string{
		"内蒙古阿拉善苁蓉产业集团有限公司扩建厂房，阿拉善苁蓉远销全国。",
		"“苁蓉”品牌入选名录，苁蓉公司新建冷库。",
	})
	checkMasked(t, kept, nil, []string{"苁蓉远销全国", "“苁蓉”品牌"})
}

// TestTownHeadFirm18w: a firm registered in a township (省|镇|品牌|产品|进出口有限公司)
// gives its short form (品牌 + 产品) even when the township stands with its
// kind in no paragraph of the document (class: a firm registered in a
// township).
func TestTownHeadFirm18w(t *testing.T) {
	got := maskedText(t, []string{
		"云南孟定通达坚果进出口有限公司加工坚果1万吨，通达坚果带动边民增收。",
		"广西东兴宏远海产品进出口有限公司出口2万吨，宏远海产品远销东盟。",
		"运维单位荆州清源环保科技有限公司扩建厂房，清源环保建设的污水站通过验收。",
	})
	checkMasked(t, got, []string{"通达坚果", "宏远海产品", "清源环保"}, []string{"加工坚果1万吨", "带动边民增收", "远销东盟"})
	kept := maskedText(t, []string{"全县交通通达，路网通达能力提升。"})
	checkMasked(t, kept, nil, []string{"交通通达", "路网通达能力"})
}
