package anonymize

import (
	"strings"
	"testing"
)

// framedProbe19 are our own sentences of a role, a name whatever its
// surname and a verb of work (the probe of framedNames19): the name of each
// must not survive.
var framedProbe19 = [][2]string{
	{"大坪村苗族老艺人仉应芳办起刺绣传习班，吸引六十多名妇女参加。", "仉应芳"},
	{"石门乡的群测群防员禚大柱坚守岗位八年，多次提前发现险情。", "禚大柱"},
	{"新街村的调解室由退休教师亓志远坐镇，一年化解纠纷40起。", "亓志远"},
	{"河口镇青年蒯莉莉返乡创办电商公司，带动周边农户增收。", "蒯莉莉"},
	{"县纪委监委通报，原镇党委副书记甘其明因违规发放补贴受到党内警告处分。", "甘其明"},
	{"傣族姑娘戚玉兰的抖音号带动芒果线上销售。", "戚玉兰"},
	{"由返乡大学生拓云飞创办的民宿年接待游客一万人次。", "拓云飞"},
	{"副县长波岩温主持召开防汛工作会议。", "波岩温"},
	{"乡党委书记密正华调研春耕备耕工作。", "密正华"},
	{"退休医生仉秀秀义务为村民看病十年。", "仉秀秀"},
	{"驻村第一书记亓明明指出，要把产业发展放在首位。", "亓明明"},
	{"拓家村种粮大户拓满仓流转土地800亩。", "拓满仓"},
	{"残疾人创业带头人波玉珍开办了一家手工作坊。", "波玉珍"},
	{"护林员那永红巡山二十年，守护着三万亩林地。", "那永红"},
	{"退役军人密建国带领村民发展林下养殖。", "密建国"},
	{"县档案馆馆员亓春生坚守岗位二十年，整理档案三万卷。", "亓春生"},
	{"女企业家拓丽丽投资建设了农产品加工厂。", "拓丽丽"},
	{"乡村医生密秀兰坚持出诊三十年。", "密秀兰"},
	{"侗族歌师波银凤带领歌队参加省级比赛。", "波银凤"},
	{"护鸟员腊福生每天巡护湿地。", "腊福生"},
	{"哈尼族青年禚阿明返乡种植梯田红米。", "禚阿明"},
	{"老党员戚满仓义务修路十年。", "戚满仓"},
	{"非遗传承人拓永福的竹编作品获省级金奖。", "拓永福"},
}

// framedKept19 are our own sentences of the same roles and verbs with no
// name between them: they must read as written.
var framedKept19 = []string{
	"副县长主持召开专题会议，研究部署秋冬季森林防火工作。",
	"县长带队赴省发展改革委汇报重大项目。",
	"老干部座谈会在县委党校召开。",
	"各村小组长参加了培训。",
	"老艺人们在传习班上示范剪纸技艺。",
	"退休民警发挥余热参与基层调解。",
	"返乡青年创办电商企业120家。",
	"驻村第一书记指出问题并提出整改要求。",
	"村医每天走村入户随访慢病患者。",
	"护林员巡山护林，守护着全县的生态屏障。",
	"青年人才返乡创业人数增长两成。",
	"各类技术人员主动下沉一线。",
	"驻村工作队员每天入户走访。",
	"县长在会上强调，要压实责任。",
	"村医坚持每月随访一次。",
	"老党员带头捐款修路。",
	"大学生村官带领群众发展产业。",
	"种粮大户流转土地三万亩。",
	"妇女主任带队入户宣传。",
	"书记抓党建的责任进一步压实。",
	"群测群防员队伍带动群众参与。",
}

// TestFramedNames19 (class: a name in a role's frame whose surname is rare
// or not in the surname table, 拓, 波, 密, 腊, or whose given name repeats
// a character): every name of the probe is masked, every ordinary sentence
// stays.
func TestFramedNames19(t *testing.T) {
	var lines []string
	for _, c := range framedProbe19 {
		lines = append(lines, c[0])
	}
	got := maskedText(t, lines)
	for _, c := range framedProbe19 {
		if strings.Contains(got, c[1]) {
			t.Errorf("%s survives in %q", c[1], got)
		}
	}
	kept := maskedText(t, framedKept19)
	for _, s := range framedKept19 {
		if !strings.Contains(kept, s) {
			t.Errorf("%q over-masked in %q", s, kept)
		}
	}
}

// TestFramedNamesGlued19 (class: a role gojieba did not read, 群测群防|员康,
// and a name glued to a one-character verb, 德因/x): masked; a role before
// a word (退休民警发挥) is not.
func TestFramedNamesGlued19(t *testing.T) {
	got := maskedText(t, []string{
		"山口村的群测群防员郜二柱坚守十年。",
		"原镇党委副书记甘其德因违规决策受到处分。",
	})
	checkMasked(t, got, []string{"郜二柱", "甘其德"}, []string{"的群测群防员", "副书记", "违规决策受到处分"})
}

// TestPersonBodies19 (class: person-named bodies): the keeper's name of a
// family farm after its village, when the farm's finding had swallowed the
// village's 村 (老屋村|甘志强家庭农场 read from 村 on), and 老 + a surname
// before a small firm's kind are masked; the kind words stay, except where
// firm19 reads the name + kind as a listed shop and masks it whole (老逯米业
// after a list's 、), which hides the name as well.
func TestPersonBodies19(t *testing.T) {
	got := maskedText(t, []string{
		"老屋村甘志强家庭农场种植水稻。",
		"河西镇老戚粮油、东关镇老逯米业获评县级龙头企业。",
	})
	checkMasked(t, got, []string{"老屋", "甘志强", "老戚", "老逯"}, []string{"家庭农场种植水稻", "获评县级龙头企业"})
}

// TestPersonBodiesKept19: farms of a product or a grade and 老 words that
// are no surname (老字号, 老区) stay.
func TestPersonBodiesKept19(t *testing.T) {
	kept := []string{
		"全县新增家庭农场120家，其中省级示范家庭农场12家。",
		"各村调解室和各乡镇劳模工作室实现全覆盖。",
		"老字号企业和老城区商户参加了展销会。",
		"老区人民生活水平明显提高。",
		"老城粮油市场完成改造。",
	}
	got := maskedText(t, kept)
	checkMasked(t, got, nil, kept)
}

// TestCountedLists19 (class: the first names of a 、-list after a count of
// households or persons whose surname ranks low, 剩余2户|甲乙丙、丁戊己):
// masked when a later item is a person; counts in a list stay.
func TestCountedLists19(t *testing.T) {
	got := maskedText(t, []string{
		"剩余2户仉海生、甘秀琴正在协商安置方案。",
		"未签约的2户那建平、富春华已进入司法程序。",
		"全年新增5户、10人纳入低保。",
	})
	checkMasked(t, got, []string{"仉海生", "那建平"}, []string{"剩余2户", "正在协商安置方案", "未签约的2户", "全年新增5户、10人纳入低保"})
}

// TestFramedNamesNews19: a role before a verb and its time word (记者采访时表示)
// and a word in 人 that is no role (有人跟我说) frame no name.
func TestFramedNamesNews19(t *testing.T) {
	kept := []string{"他在接受本报记者采访时表示，将认真调查。", "出发之前，有人跟我说，路上要小心。"}
	got := maskedText(t, kept)
	checkMasked(t, got, nil, kept)
}

// TestDoubledGiven19 (class: a doubled given character after a surname of
// the table that gojieba reads as a verb, 甘|露露 of 甘露/v): masked.
func TestDoubledGiven19(t *testing.T) {
	got := maskedText(t, []string{"河口镇青年甘露露返乡创办电商公司。"})
	checkMasked(t, got, []string{"甘露露"}, []string{"返乡创办"})
}
