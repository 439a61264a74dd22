package anonymize

import "testing"

// TestKeep24: the word for a kind of inn alone, a description of the land
// in 山, a named region or landform kind and a body right after its
// ministry stay readable; the quoted inn's name beside them is still
// masked.
func TestKeep24(t *testing.T) {
	got := maskedText(t, []string{
		"白岩镇石门村“云顶松风”牧家乐、青龙镇“溪畔小筑”民宿累计接待游客2万人次。",
		"一是部分乡村道路山高路远，养护难度大；二是库区山大沟深，群众出行难。",
		"全县属典型的喀斯特山区，产品销往东北三省和长三角。",
		"主动加强与水利部长江水利委员会对接，争取项目支持。",
	})
	checkMasked(t, got, []string{"云顶松风", "溪畔小筑"}, []string{"牧家乐", "民宿累计", "山高路远", "山大沟深", "喀斯特山区", "东北三省", "长江水利委员会"})
}
