package anonymize

import "testing"

// TestZones19: a county's short form before a zone word is masked where the
// segmenter glued its last character to the zone word (衡东经开区: 东经);
// an ordinary word or a direction before a zone word stays readable.
func TestZones19(t *testing.T) {
	got := maskedText(t, []string{"祁东经开区新落户项目12个。", "衡东经开区完成固定资产投资20亿元。"})
	checkMasked(t, got, []string{"祁东", "衡东"}, []string{"经开区新落户项目12个", "经开区完成固定资产投资20亿元"})
	kept := maskedText(t, []string{"省级经开区、国家级高新区和东部经开区协作发展，开发区改革持续深化。"})
	checkMasked(t, kept, nil, []string{"省级经开区", "国家级高新区", "东部经开区", "开发区改革"})
}
