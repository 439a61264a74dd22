package anonymize

import "testing"

// TestTitleRefs18p (class 1): a surname and a title at a clause's start
// before a verb, an adverb or a time word refVerbs15 lacks, and before
// titles of clerks and group heads, loses its surname.
func TestTitleRefs18p(t *testing.T) {
	got := maskedText(t, []string{
		"宋会计核对了全年的账目，宋会计说账目清楚。",
		"雷干事连夜整理会议材料。",
		"许医生每周到村卫生室坐诊两次。",
		"严组长挨家挨户收集意见。",
	})
	checkMasked(t, got, []string{"宋会计", "雷干事", "许医生", "严组长"}, []string{"会计核对了全年的账目", "干事连夜整理会议材料", "医生每周到村卫生室坐诊", "组长挨家挨户收集意见"})
}

// TestTitleRefsKept18p: a preposition or a verb of asking before a title
// is no surname (向医生咨询, 由会计核对), nor a word that begins there.
func TestTitleRefsKept18p(t *testing.T) {
	got := maskedText(t, []string{
		"向医生咨询病情后，群众放心了。",
		"由会计核对账目后再报销。",
		"请老师讲解政策要点。",
	})
	checkMasked(t, got, nil, []string{"向医生咨询病情后", "由会计核对账目后再报销", "请老师讲解政策要点"})
}

// TestFamiliar18p (class 2): 老/小 and a surname at a clause's start
// before a word personAfter15 lacks, or glued by gojieba to the next
// character, is masked.
func TestFamiliar18p(t *testing.T) {
	got := maskedText(t, []string{
		"小佟把电商做得红红火火。",
		"老郗在村里当了三十年的护林员。",
	})
	checkMasked(t, got, []string{"小佟", "老郗"}, []string{"把电商做得红红火火", "在村里当了三十年的护林员"})
}

// TestFamiliarKept18p: words of 老/小 and a surname character stay (小区,
// 老区, 小麦, 老年), and a surname that is a noun (老钱要用好: old money).
func TestFamiliarKept18p(t *testing.T) {
	got := maskedText(t, []string{
		"小区环境明显改善。",
		"老区人民的生活越来越好。",
		"小麦种植面积保持稳定。",
		"老年人健康体检率达到九成。",
		"小微企业贷款余额增长。",
		"小钱办大事，老钱要用好。",
	})
	checkMasked(t, got, nil, []string{"小区环境", "老区人民", "小麦种植", "老年人健康", "小微企业", "老钱要用好"})
}

// TestComradeWordNames18p (class 3): a name that reads as a word before
// 同志 and an appointment is masked with 同志; the word elsewhere stays.
func TestComradeWordNames18p(t *testing.T) {
	got := maskedText(t, []string{
		"冷静同志现任司法所所长。",
		"和平同志兼任村委会副主任，分管安全生产。",
		"年轻同志要多到基层锻炼，全体同志要守纪律。",
	})
	checkMasked(t, got, []string{"冷静", "和平同志"}, []string{"现任司法所所长", "兼任村委会副主任", "安全生产", "年轻同志", "全体同志"})
}

// TestGluedNames18p (class 4): a two-character name whose given name
// gojieba glued to 说, and a three-character name after 由 whose surname
// and first given character gojieba read as a word, are masked.
func TestGluedNames18p(t *testing.T) {
	got := maskedText(t, []string{
		"李明说要把路修到每家门口。",
		"由方志远负责项目的日常管理。",
	})
	checkMasked(t, got, []string{"李明", "方志远"}, []string{"说要把路修到每家门口", "负责项目的日常管理"})
}

// TestGluedNamesKept18p: bodies and roles in the same frames stay (由施工方
// 负责, 据负责人介绍, 经双方同意), and so do adverbs before 说 (王也说 is no
// name's shape the rule reads).
func TestGluedNamesKept18p(t *testing.T) {
	got := maskedText(t, []string{
		"由施工方负责现场安全。",
		"据负责人介绍，项目已完工。",
		"经双方同意，合同顺延一年。",
		"由村委会负责日常管护。",
	})
	checkMasked(t, got, nil, []string{"由施工方负责", "据负责人介绍", "经双方同意", "由村委会负责"})
}

// TestAttendanceNames18p (class 5): a name in an attendance line before its
// unit in brackets is masked though its given name reads as a word; a
// body before its role in brackets stays.
func TestAttendanceNames18p(t *testing.T) {
	got := maskedText(t, []string{
		"列席：周文斌（县审计局）、郑国庆（县住建局）",
		"列席：许文化（县文旅局）、胡同心（县民政局）",
		"参会单位：县财政局（牵头）、县水利局（配合）",
	})
	checkMasked(t, got, []string{"郑国庆", "许文化", "胡同心"}, []string{"县住建局", "县文旅局", "县财政局（牵头）", "县水利局（配合）"})
}
