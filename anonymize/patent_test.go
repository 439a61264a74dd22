package anonymize

import "testing"

// TestPatentNumbers: a patent number with its ZL prefix or a 专利 label and a
// right check digit is masked; a number of the shape with neither, or with
// a wrong check digit and no label, stays.
func TestPatentNumbers(t *testing.T) {
	got := maskedText(t, []string{
		"公司研发的节水灌溉阀门获得发明专利（专利号ZL202310458862.8）。",
		"该装置已获国家实用新型专利授权，编号ZL 202320715546.X。",
	})
	checkMasked(t, got, []string{"202310458862", "202320715546"}, []string{"获得发明专利", "实用新型专利授权"})
	// written in fullwidth digits: the number recognizers read them folded
	wide := maskedText(t, []string{"该工艺取得发明专利，专利号ＺＬ２０２３１０４５８８６２．８。"})
	checkMasked(t, wide, []string{"２０２３１０４５８８６２"}, []string{"取得发明专利"})
	// a number another recognizer already holds stays theirs
	if fs := patentNumbers("专利号ZL202310458862.8", []Finding{{Start: 11, End: 20}}); len(fs) != 0 {
		t.Errorf("patentNumbers over a found number: %v", fs)
	}
	if fs := patentNumbers("专利号ZL202310458862.8", nil); len(fs) != 1 || fs[0].Text != "ZL202310458862.8" {
		t.Errorf("patentNumbers = %v, want ZL202310458862.8", fs)
	}
	kept := maskedText(t, []string{"全年完成投资202310458862.4元，项目编号ZL202310458862.4。"})
	checkMasked(t, kept, nil, []string{"202310458862.4元", "ZL202310458862.4"})
}
