package anonymize

import (
	"strings"
	"testing"
)

// TestCreditEndsPaddedName33: a photo credit or a by-line word right after
// a padded or spaced name (本报记者 欧 阳 明 摄, 通讯员：甲  乙摄, 县长  甲
// 乙摄) ends the name: the name is masked, the credit stays readable, for
// every reader of padded names (spacedCompound13b, paddedNames32 and
// spacedAfterColon28 through paddedGiven28, roleNames13, spacedNames22,
// spacedAfterRole, spacedGivenAfterRole21, findSpacedNames).
func TestCreditEndsPaddedName33(t *testing.T) {
	paras := []string{
		"本报记者 欧 阳 明 摄",
		"本报记者  欧阳  晨  摄",
		"记者：欧阳  川摄",
		"通讯员：柏  岚摄",
		"通讯员  柏  雯  摄",
		"记者 巫 晓 彤 报道",
		"记者  巫  晓  摄",
		"县长  喻  楠摄",
		"编辑：司马  骁  供稿",
		"记者：公孙  岳报道",
	}
	got := maskedText(t, paras)
	checkMasked(t, got, []string{"欧 阳", "阳 明", "欧阳", "晨", "川", "柏", "岚", "雯", "巫", "彤", "喻", "楠", "司马", "骁", "公孙", "岳"}, nil)
	lines := strings.Split(got, "\n")
	for i, p := range paras {
		for _, c := range []string{"摄", "报道", "供稿"} {
			if strings.HasSuffix(p, c) && !strings.HasSuffix(lines[i], c) {
				t.Errorf("the credit %s of %q was masked: %q", c, p, lines[i])
			}
		}
	}
}

// TestCreditSig33 checks that creditSig33 holds the first character of
// every word of creditWords33 and no other, so that its gate in
// creditAt33 and creditRune33 refuses no credit word.
func TestCreditSig33(t *testing.T) {
	want := runeBits{}
	for _, w := range creditWords33 {
		r, _ := firstRune(w)
		want.set(r)
	}
	if want != creditSig33 {
		t.Fatalf("creditSig33 differs from the first characters of creditWords33")
	}
}
