package anonymize

import "testing"

// TestKeep34GenericBodies: a place before a generic body is masked and the
// body stays readable; a generic body with a level only is kept whole; a
// named school keeps its name masked.
func TestKeep34GenericBodies(t *testing.T) {
	got := maskedText(t, []string{
		"松桃县安委会召开第三次全体会议，部署汛期安全检查。",
		"青云街道综治中心全年调处矛盾纠纷86件。",
		"县法律援助中心办理案件214件，挽回损失300余万元。",
		"王家坝镇农业服务中心推广测土配方施肥2万亩。",
		"旗蒙古族学校新建学生宿舍一栋。",
		"纳雍县协作工作组协调帮扶资金1200万元。",
		"县农商银行发放创业担保贷款5600万元。",
		"邮储银行发放小额信贷1.2亿元。",
		"罗明翔是红旗小学的校长。",
	})
	checkMasked(t, got, []string{"松桃县", "青云街道", "王家坝镇", "纳雍县", "罗明翔", "红旗小学"},
		[]string{"安委会", "综治中心", "县法律援助中心", "农业服务中心", "旗蒙古族学校", "协作工作组", "县农商银行", "邮储银行"})
}

// TestKeep34NationalBodies: academies of 中国, the national exchanges and a
// national parent before a county's branch are kept; the county stays
// masked.
func TestKeep34NationalBodies(t *testing.T) {
	got := maskedText(t, []string{
		"与中国农业科学院签订科技合作协议。",
		"聘请中国中医科学院专家开展义诊。",
		"宏达电子已向深圳证券交易所提交上市申请。",
		"国家税务总局石阡县税务局办理退税3200万元。",
		"邀请中国林业科学院森林生态研究所专家指导。",
	})
	checkMasked(t, got, []string{"石阡县", "宏达电子", "中国林业科学院森林生态研究所"}, []string{"中国农业科学院", "中国中医科学院", "深圳证券交易所", "国家税务总局"})
}

// TestKeep34RegionalTerms: a slogan of two directions and a merchant group
// or old regional name before a cultural word are kept; a village of the
// slogan's stem stays masked.
func TestKeep34RegionalTerms(t *testing.T) {
	got := maskedText(t, []string{
		"抢抓南菜北运机遇，冬季蔬菜销往北方市场。",
		"打造北果南销通道，苹果销往广东。",
		"挖掘徽商文化资源，修缮古民居12栋。",
		"开展巴渝工匠评选，表彰技术能手30名。",
		"南菜村新建蔬菜大棚80个。",
		"格尔木至西宁北绕城高速连接线完工。",
	})
	checkMasked(t, got, []string{"南菜村", "西宁北绕城"}, []string{"南菜北运", "北果南销", "徽商文化", "巴渝工匠"})
}

// TestKeep34Heritage: a family style of martial art and a legendary figure
// are kept; a person after a role stays masked.
func TestKeep34Heritage(t *testing.T) {
	got := maskedText(t, []string{
		"举办陈氏太极拳培训班，学员200余人。",
		"孙家拳传承人赵晓峰收徒12名。",
		"打造妈祖信俗文化品牌，举办祭典活动。",
		"非遗传承人龙家宝开设钟馗画研习班。",
	})
	checkMasked(t, got, []string{"赵晓峰", "龙家宝"}, []string{"陈氏太极拳", "孙家拳", "妈祖信俗", "钟馗画"})
}

// TestKeep34ProgrammeTerms: a programme's workshop, finance terms and a
// cadre's procedure are kept.
func TestKeep34ProgrammeTerms(t *testing.T) {
	got := maskedText(t, []string{
		"新建共富工坊15家，吸纳就业320人。",
		"普惠小微贷款余额增长18%，小微金融服务站覆盖全部乡镇。",
		"严格执行干部任前公示制度。",
	})
	checkMasked(t, got, nil, []string{"共富工坊", "普惠小微贷款", "小微金融服务站", "任前公示"})
}

// TestKeep34Kinds: crop diseases, craft workshops and a crop's standard
// demonstration garden are kept; the towns of the list stay masked.
func TestKeep34Kinds(t *testing.T) {
	got := maskedText(t, []string{
		"坚持“防控黄龙病、建设新果园、改造老果园”三手抓，全县新增柑橘园2000亩。",
		"调研组赴石门镇、柳林镇，走访泥料坑口、制陶作坊、合作社和企业9家。",
		"全县现有酿酒作坊46家、从业人员800余人。",
		"建成枸杞标准化示范园3个、黄芪标准化示范园2个。",
	})
	checkMasked(t, got, []string{"石门镇", "柳林镇"}, []string{"防控黄龙病", "制陶作坊", "酿酒作坊", "枸杞标准化示范园", "黄芪标准化示范园"})
}
