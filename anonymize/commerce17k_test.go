package anonymize

import "testing"

// TestGenericBank17k: the central bank's short form and a banking channel
// name no bank; the person and the city's branch stay masked.
func TestGenericBank17k(t *testing.T) {
	got := maskedText(t, []string{
		"联合人民银行六安市中心支行开展走访，个体户王春燕通过手机银行申请到贷款20万元。",
		"网上银行开通率提高到80%，店主刘小荷办理了信用贷款。",
	})
	checkMasked(t, got, []string{"王春燕", "刘小荷", "六安市"}, []string{"人民银行", "手机银行", "网上银行"})
}

// TestShopLayout17k: 前店后坊 is a shop's layout, not a workshop's name.
func TestShopLayout17k(t *testing.T) {
	got := maskedText(t, []string{
		"店主刘小荷扩建了前店后坊，日产糕点500斤。",
		"个体户赵文军把老宅改成前店后坊。",
	})
	checkMasked(t, got, []string{"刘小荷", "赵文军"}, []string{"前店后坊"})
	for w, want := range map[string]bool{"前店后坊": true, "前厂后店": true, "前店后店": false, "前进后方": false} {
		if shopLayout17k(w) != want {
			t.Errorf("shopLayout17k(%s) = %v", w, !want)
		}
	}
}
