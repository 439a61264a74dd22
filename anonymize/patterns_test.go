package anonymize

import (
	"strings"
	"testing"
)

func TestValidators(t *testing.T) {
	// A made-up resident ID with a correct check digit, and the same with a wrong one.
	if !validID("11010519491231002X") {
		t.Error("validID rejected a valid number")
	}
	if validID("110105194912310021") {
		t.Error("validID accepted a wrong check digit")
	}
	if !validCreditCode("91350100M000100Y43") {
		t.Error("validCreditCode rejected a valid code")
	}
	if validCreditCode("91350100M000100Y44") {
		t.Error("validCreditCode accepted a wrong check character")
	}
	if !validLuhn("6222020200112345675") && !validLuhn("4111111111111111") {
		t.Error("validLuhn rejected valid numbers")
	}
	if validLuhn("4111111111111112") {
		t.Error("validLuhn accepted a wrong checksum")
	}
}

func TestFindPatterns(t *testing.T) {
	cases := []struct {
		text string
		typ  Type
		want string
	}{
		{"咨询QQ206157060了解", QQ, "QQ206157060"},
		{"免费QQ群：123456789", QQ, "QQ群：123456789"},
		{"联系电话13912345678。", PHONE, "13912345678"},
		{"电话0931-8123456转", PHONE, "0931-8123456"},
		{"邮箱zhang.san@example.org。", EMAIL, "zhang.san@example.org"},
		{"身份证号11010519491231002X。", ID_NUMBER, "11010519491231002X"},
		{"统一社会信用代码91350100M000100Y43", CREDIT_CODE, "91350100M000100Y43"},
		// introduced as an ID, masked as one even with a wrong check digit
		{"身份证号：622223199001011234，", ID_NUMBER, "622223199001011234"},
		{"公民身份号码110105194912310021", ID_NUMBER, "110105194912310021"},
		{"卡号4111111111111111", BANK_CARD, "4111111111111111"},
		{"车牌甘A12345停放", LICENSE_PLATE, "甘A12345"},
		{"详见https://www.example.gov.cn/a/b.html。", URL, "https://www.example.gov.cn/a/b.html"},
	}
	for _, c := range cases {
		fs := findPatterns(c.text)
		ok := false
		for _, f := range fs {
			if f.Type == c.typ && f.Text == c.want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s %q, got %+v", c.text, c.typ, c.want, fs)
		}
	}
	// Figures of a report are not contact numbers.
	for _, s := range []string{"地区生产总值440.5亿元，增长5.4%", "2024年完成投资189.4亿元", "编号110105194912310021"} {
		for _, f := range findPatterns(s) {
			if f.Type != URL {
				t.Errorf("%q: false %s %q", s, f.Type, f.Text)
			}
		}
	}
}

// TestPatternsInLongText: numbers and addresses are found by windows around
// their digits or anchors (@, http, QQ, a capital letter), at the start, the
// middle and the end of a long text alike.
func TestPatternsInLongText(t *testing.T) {
	filler := strings.Repeat("全县扎实推进各项工作，成效明显。", 40)
	text := "电话13912345678，" + filler + "信用代码91621225MA7XYW123Y，卡号6228480012345678903，" + filler + "座机(0939)5123456，邮箱zhang.san@example.com，网站http://www.example.cn/a/b.html，QQ群：123456789，车辆甘K12345。"
	got := map[Type]string{}
	for _, f := range findPatterns(text) {
		got[f.Type] += f.Text + ";"
		if text[f.Start:f.End] != f.Text {
			t.Errorf("offsets of %q point at %q", f.Text, text[f.Start:f.End])
		}
	}
	for typ, want := range map[Type]string{PHONE: "13912345678;(0939)5123456;", CREDIT_CODE: "91621225MA7XYW123Y;", BANK_CARD: "6228480012345678903;",
		EMAIL: "zhang.san@example.com;", URL: "http://www.example.cn/a/b.html;", QQ: "QQ群：123456789;", LICENSE_PLATE: "甘K12345;"} {
		if got[typ] != want {
			t.Errorf("%s: got %q, want %q", typ, got[typ], want)
		}
	}
}
