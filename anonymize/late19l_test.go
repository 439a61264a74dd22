package anonymize

import "testing"

// TestListedDivisions19l: a township or road of an ordinary or
// determiner-holding stem listed beside a masked sibling of its kind is
// named; lists of kinds and grades (乡镇、街道, 产业路、旅游路) stay.
func TestListedDivisions19l(t *testing.T) {
	got := maskedText(t, []string{
		"完成王家各庄乡、李各庄乡道路硬化。",
		"对华北路、西南路、红旗东路沿线管网进行改造。",
		"全县各乡镇、街道完成任务。",
		"新修产业路、旅游路和通村路。",
		"巩固脱贫乡、民族乡发展成果。",
		"开发登山路线、景区道路和停车场。",
	})
	checkMasked(t, got, []string{"王家各庄", "华北路"}, []string{"乡镇、街道", "产业路、旅游路和通村路", "脱贫乡、民族乡", "登山路线、景区道路"})
}

// TestMountainPlaces19l: a two-character ordinary stem before 山 and a
// subdistrict or a mountain's side is a mountain's name; a determiner's
// mountain (这座山南麓) is none.
func TestMountainPlaces19l(t *testing.T) {
	got := maskedText(t, []string{
		"联合笔架山街道社区卫生服务中心开展义诊。",
		"玲珑山南麓新建护林站2个。",
		"登上这座山南麓的观景台。",
	})
	checkMasked(t, got, []string{"笔架山", "玲珑山"}, []string{"这座山南麓"})
}
