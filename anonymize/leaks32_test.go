package anonymize

import "testing"

// TestPaddedNames32: padded names in speaker, member and by-line lines are
// masked after the first one, after a role's padding with a rare surname,
// and beside a listed name when they make an ordinary word; padded
// headings of a table stay.
func TestPaddedNames32(t *testing.T) {
	got := maskedText(t, []string{
		"成员：甘  立群  鲍  春华  殷  浩",
		"组  长：温  秋菊（县人大常委会副主任）",
		"本报记者  章明  通讯员  寻  雁  蒋文斌",
		"县人民政府副县长  岩  糯",
		"出席：司马春生、郝建平、和  顺、邬  涛、蒙立新",
		"项  目  合  计  单  位：万元",
		"姓  名：",
	})
	checkMasked(t, got, []string{"鲍  春华", "殷  浩", "温  秋菊", "寻  雁", "岩  糯", "和  顺"}, []string{"项  目", "合  计", "单  位", "姓  名"})
}
