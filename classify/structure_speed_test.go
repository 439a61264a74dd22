package classify

import (
	"strings"
	"testing"

	"huibao/classify/devset"
)

// metaShape must hold wherever reMeta matches, or a meta line would be
// read as body text.
func TestMetaShapeBeforeReMeta(t *testing.T) {
	lines := []string{"发布时间：2024-05-06", "来源:县政府办", "信息来源 ：县委办", "作者：张三", "撰稿：李四", "责任编辑：王五", "点击：123",
		"2024年5月6日", "2024-5-6", "2024.05.06 ", "2024/5/6", "（2024年5月）", "(2024年5月6日)", "（ 2024年5月6日）", "二〇二四年五月六日",
		"（二〇二四年五月）", "二〇二四年五月", "〇〇〇〇年一月", "九八七六年十二月三十一日", "某某日报 2024-05-06", "平安县新闻网\t2023-11-02",
		"（撰稿：赵六）", "(供稿:钱七)", "(\t2024年5月6日)", "（一）加强组织领导", "(二〇二四年五月六日)", "来源：", "一、主要工作成效", "一九九八年以来，全县", "2024年是关键之年。", "近日，县里召开会议。"}
	more, err := devset.Lines("../shared/data/reports-dev/docs/*.txt", "classify/testdata/own*/docs/*.txt", "testdata/quantities-own*/docs/*.txt", "../shared/examples/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, more...)
	metas := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if reMeta.MatchString(l) {
			metas++
			if !metaShape(l) {
				t.Errorf("reMeta matches %q but metaShape says no", l)
			}
		}
	}
	if metas < 20 {
		t.Errorf("only %d meta lines: the check saw too few", metas)
	}
}
