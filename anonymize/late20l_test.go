package anonymize

import "testing"

// TestHutHamlets20l: a hut hamlet (a count or a family before 撮房, 窝堡
// or 窝棚) is a natural village's name as a whole, not a stem the kind
// leaves behind (后三|〔X〕); huts counted as things (三个窝棚) and the bare
// kind stay readable.
func TestHutHamlets20l(t *testing.T) {
	got := maskedText(t, []string{
		"村民把孙家屯、赵家窝堡、后三撮房三个屯的闲置地整合起来。",
		"西五撮房屯修通水泥路，今年在头道窝棚建成蔬菜大棚20栋。",
		"搭建三个窝棚，群众住进窝棚。",
	})
	checkMasked(t, got, []string{"赵家窝堡", "窝堡", "后三", "西五", "头道窝棚"}, []string{"三个窝棚", "住进窝棚"})
}

// TestWaterfrontWorks20l: a water of a stem of its own before its banks'
// works (碧道, 堤段) is named, and so is a dike section between a masked
// water and 堤段; national and generic waters (长江大堤, 沿江碧道) stay.
func TestWaterfrontWorks20l(t *testing.T) {
	got := maskedText(t, []string{
		"加快建设南渡江碧道，依托漠江碧道建设滨水公园。",
		"今冬完成洮儿河三棵榆堤段加高培厚。",
		"推进西河堤段和沿江碧道建设，长江大堤巡查全覆盖。",
		"完成安邦河兴隆镇段险工险段除险加固。",
	})
	checkMasked(t, got, []string{"南渡江", "漠江", "三棵榆堤段", "西河"}, []string{"沿江碧道", "长江大堤", "险工险段"})
}
