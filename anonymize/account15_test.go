package anonymize

import "testing"

// TestAccountNumbers15: an account number after an account label is masked,
// grouped with hyphens or not and without a Luhn sum; an amount after 账户
// and a short number stay.
func TestAccountNumbers15(t *testing.T) {
	got := maskedText(t, []string{
		"开户行：县农业银行营业部，账号：16-410101040023456，户名：县慈善会。",
		"收款账户：43050172360800000888；捐款可汇入帐号 6230 5210 0012 3456 7。",
		"全县新开设账户120万户，账户余额2000000000元，卡号共10位。",
	})
	checkMasked(t, got, []string{"16-410101040023456", "43050172360800000888", "6230 5210 0012 3456 7"}, []string{"120万户", "2000000000元", "县慈善会"})
}
