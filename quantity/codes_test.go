package quantity

import (
	"strconv"
	"strings"
	"testing"
)

// TestCodesAreNoQuantities: a phone, QQ number, resident ID, credit code,
// bank card, licence plate, postcode or house number next to a word that
// begins with a measure word (村, 户, 人, 元, 辆, 栋) is no quantity, and
// no quantity of the line carries any run of its digits.
func TestCodesAreNoQuantities(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"联系人：张三  手机：13859471026  村部电话：0598-7654321", "13859471026"},
		{"联系人：张三  手机：13859471026  村部电话：0598-7654321", "7654321"},
		{"联系人：张三 手机：13859471026 村部电话：0598-7654321", "13859471026"},
		{"手机13859471026户主李四", "13859471026"},
		{"联系电话：138 5947 1026人", "5947"},
		{"联系电话：138-5947-1026人", "1026"},
		{"QQ：206157066人工客服", "206157066"},
		{"加入QQ群：87654321人数不限", "87654321"},
		{"身份证号350425199001011234户主李四", "350425199001011234"},
		{"身份证号35042519900101123X户", "35042519900101123"},
		{"统一社会信用代码91350425MA2YXB3K1T户", "91350425"},
		{"银行卡号6228480012345678903元", "6228480012345678903"},
		{"开户账号：35050165010700000178元", "35050165010700000178"},
		{"服务车辆闽G12345辆次", "12345"},
		{"服务车辆闽G·12345辆", "12345"},
		{"地址：城关镇解放路128号3栋2单元", "3"},
		{"邮编366100，邮寄地址", "366100"},
		{"邮编：366100人", "366100"},
		{"服务热线：0598-12345678件", "12345678"},
		{"值班电话5123456人", "5123456"},
		{"村部电话（0598）7654321人工接听", "7654321"},
		{"村部电话(0598)7654321 户主", "7654321"},
		{"银行卡号：6228 4800 1234 5678 903元", "4800"},
		{"银行卡号：6228 4800 1234 5678 903元", "903"},
		{"加入QQ群号206157066人数有限", "206157066"},
		{"纳税人识别号：350425199 户", "350425199"},
		{"联系方式：5123456户", "5123456"},
	} {
		for _, q := range Find(c.text) {
			if strings.Contains(q.Text, c.code) {
				t.Errorf("%s: read %q as a quantity", c.text, q.Text)
			}
			for _, v := range []*float64{q.Value, q.Max} {
				if v != nil && len(c.code) >= 4 && strings.Contains(c.code, strconv.FormatFloat(*v, 'f', -1, 64)) {
					t.Errorf("%s: quantity %q has value %v, digits of %s", c.text, q.Text, *v, c.code)
				}
			}
		}
	}
}

// TestFiguresBesideCodeRules: figures that look a little like codes stay
// quantities — long amounts with separators or a magnitude, counts after
// a word they count, ranges, decimals, groups of thousands.
func TestFiguresBesideCodeRules(t *testing.T) {
	for s, want := range map[string]string{
		"全年财政收入12,345,678,901元。":   "12,345,678,901元",
		"全年接听热线电话12000次。":          "12000次",
		"全年接听服务热线电话12000余次。":       "12000余次",
		"新建电话亭15个。":                "15个",
		"累计发放社保卡120000张。":          "120000张",
		"带动3-5家企业落户。":              "3-5家",
		"PM2.5平均浓度35微克/立方米。":       "35微克/立方米",
		"完成投资0.5亿元。":               "0.5亿元",
		"全县共有4 000户参保。":            "4 000户",
		"编号管理的档案共1200卷，涉及农户3500户。": "3500户",
		"建成5G基站320个。":              "320个",
		"全年受理来电5123户。":             "5123户",
	} {
		found := false
		for _, q := range Find(s) {
			if q.Text == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %+v", s, want, Find(s))
		}
	}
}
