package anonymize

import (
	"fmt"
	"strings"
)

// Style is an operator: how a masked entity is written.
type Style string

// Styles.
const (
	Placeholder Style = "placeholder" // 〔人名1〕, numbered per entity
	Mask        Style = "mask"        // ×, the genre's own convention
)

// ParseStyle checks a style name.
func ParseStyle(s string) (Style, error) {
	switch Style(s) {
	case "":
		return Placeholder, nil
	case Placeholder, Mask:
		return Style(s), nil
	}
	return "", fmt.Errorf("unknown style %q (want placeholder or mask)", s)
}

var typeLabel = map[Type]string{
	PERSON: "人名", ORG: "机构", LOCATION: "地名", PHONE: "电话", EMAIL: "邮箱", QQ: "QQ",
	ID_NUMBER: "身份证号", CREDIT_CODE: "信用代码", BANK_CARD: "银行卡号", LICENSE_PLATE: "车牌", URL: "网址",
}

func (s Style) replace(t Type, text string, n int) string {
	switch s {
	case Mask:
		return strings.Repeat("×", max(2, min(len([]rune(text)), 4)))
	default:
		return fmt.Sprintf("〔%s%d〕", typeLabel[t], n)
	}
}
