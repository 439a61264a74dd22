package anonymize

import "testing"

// TestReservoirSiblings17b: a lake of an ordinary-word stem listed next to
// a masked reservoir is masked; a kind after the reservoir (湖区, 河道)
// stays readable.
func TestReservoirSiblings17b(t *testing.T) {
	got := maskedText(t, []string{
		"宁远水库和星月湖是全县群众的水源。",
		"蓝山水库和岁月湖是全县群众的水源。",
	})
	checkMasked(t, got, []string{"星月湖", "岁月湖"}, []string{"是全县群众的水源"})
	kept := maskedText(t, []string{
		"宁远水库和湖区完成清淤。",
		"蓝山水库和河道完成清淤。",
	})
	checkMasked(t, kept, nil, []string{"和湖区完成清淤", "和河道完成清淤"})
}
