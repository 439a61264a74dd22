package anonymize

import (
	"strings"
	"testing"
)

// TestPrefectureShortForms15: an autonomous prefecture's customary short
// form, regular (湘西州, 黔南自治州) or irregular (博州, 克州), is masked;
// 州 of a longer word or of the prefecture's committee stays.
func TestPrefectureShortForms15(t *testing.T) {
	got := maskedText(t, []string{
		"我县与湘西州、黔南自治州签订了劳务协作协议。",
		"州委书记到博州调研，随后赴克州检查边境防控工作。",
		"州委、州政府高度重视，州府所在地新建了游客中心。",
	})
	checkMasked(t, got, []string{"湘西", "黔南", "博州", "克州"}, []string{"州委书记到", "州委、州政府", "州府所在地"})
}

// TestLeagueShortForms15: a league's short form (哲盟, the old 哲里木盟,
// beside 锡盟 and 昭盟) is masked, the words 联盟 and 盟员 stay.
func TestLeagueShortForms15(t *testing.T) {
	got := maskedText(t, []string{
		"来自哲盟、锡盟的牧民代表参加了交流会。",
		"哲盟时期建成的老桥已经拆除，产业联盟吸纳盟员企业二十家。",
	})
	checkMasked(t, got, []string{"哲盟", "锡盟"}, []string{"产业联盟", "盟员企业"})
}

// TestBannerShortForms15: a banner's short form by rule (新右旗, 科左中旗,
// 东乌旗, 土右旗) is masked whole, not cut into a character and a person.
func TestBannerShortForms15(t *testing.T) {
	got := maskedText(t, []string{
		"新右旗、科左中旗、东乌旗和土右旗的牧民合作社联合办展。",
	})
	checkMasked(t, got, []string{"新右旗", "科左中旗", "东乌旗", "土右旗", "右旗", "乌旗"}, []string{"牧民合作社"})
	if strings.Contains(got, "人名") {
		t.Errorf("a banner read as a person:\n%s", got)
	}
}

// TestIrregularBanners15: the customary irregular banner forms (达茂旗,
// 莫旗, 准旗) are masked; 旗 of a longer word (旗帜, 旗舰店) stays, and so
// does a two-character form glued to the word before (标准旗帜) in a text
// that names no such banner.
func TestIrregularBanners15(t *testing.T) {
	got := maskedText(t, []string{
		"达茂旗和莫旗的草场修复经验值得借鉴，准旗的煤炭运输通道已建成。",
	})
	checkMasked(t, got, []string{"达茂旗", "莫旗", "准旗的"}, nil)
	got = maskedText(t, []string{
		"高举旗帜，按照标准旗帜规格制作，开设旗舰店三家。",
	})
	checkMasked(t, got, nil, []string{"高举旗帜", "标准旗帜", "旗舰店"})
}

// TestCommitteePlaces15: a county-level city's name right before its
// committee and a role (钟祥|市委书记, 洪湖|市委书记) is masked, the
// committee and role stay.
func TestCommitteePlaces15(t *testing.T) {
	got := maskedText(t, []string{
		"钟祥市委书记在全市项目建设推进会上讲话。",
		"会上，洪湖市委书记通报了项目进展，赤壁市委书记作了部署。",
	})
	checkMasked(t, got, []string{"钟祥", "洪湖", "赤壁"}, []string{"市委书记在全市", "市委书记通报", "市委书记作了部署"})
}

// TestTownAfterRole15: a town after a role and a verb of going is a place
// (书记到|柴湖镇), not a four-character name swallowing 到 or 赴.
func TestTownAfterRole15(t *testing.T) {
	got := maskedText(t, []string{
		"县委副书记到柴湖镇督导移民后扶工作。",
		"市委书记赴彭场镇检查防汛工作。",
	})
	checkMasked(t, got, []string{"柴湖", "彭场"}, []string{"县委副书记到〔地名", "市委书记赴〔地名"})
}

// TestVisitPlaces15: a county-level city's short form between a verb of
// going and one of study or visit (到宜城学习, 赴当阳考察) is masked; an
// ordinary word there (到基层调研, 赴外地学习) stays.
func TestVisitPlaces15(t *testing.T) {
	got := maskedText(t, []string{
		"组织村干部到宜城学习，赴当阳考察生态农业。",
		"机关干部到基层调研，赴外地学习先进经验。",
	})
	checkMasked(t, got, []string{"宜城", "当阳"}, []string{"到基层调研", "赴外地学习"})
}

// TestVisitPlacesCounty15: the same for a county's short form after 前往
// and 走进 (前往竹溪参观, 走进保康观摩).
func TestVisitPlacesCounty15(t *testing.T) {
	got := maskedText(t, []string{
		"考察团前往竹溪参观，随后走进保康观摩茶园建设。",
	})
	checkMasked(t, got, []string{"竹溪", "保康"}, []string{"考察团前往", "茶园建设"})
}
