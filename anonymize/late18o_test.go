package anonymize

import "testing"

// TestPatents18o: a patent number with its ZL prefix or a 专利 label and a
// right check digit is masked; a number of the shape with neither, or with
// a wrong check digit and no label, stays.
func TestPatents18o(t *testing.T) {
	got := maskedText(t, []string{
		"公司研发的节水灌溉阀门获得发明专利（专利号ZL202310458862.8）。",
		"该装置已获国家实用新型专利授权，编号ZL 202320715546.X。",
	})
	checkMasked(t, got, []string{"202310458862", "202320715546"}, []string{"获得发明专利", "实用新型专利授权"})
	kept := maskedText(t, []string{"全年完成投资202310458862.4元，项目编号ZL202310458862.4。"})
	checkMasked(t, kept, nil, []string{"202310458862.4元", "ZL202310458862.4"})
}
