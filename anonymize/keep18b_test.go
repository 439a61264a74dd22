package anonymize

import "testing"

// TestProductFrame18b: a word read as a person that the document puts
// before a trade word (产业, 之乡, 文化景观) is a product and stays at
// every occurrence, with a township's short form inside it; a person
// with a role before the same frame stays masked.
func TestProductFrame18b(t *testing.T) {
	got := maskedText(t, []string{"柳林镇是“中国毛衫之乡”，全镇毛衫生产企业120家，毛衫直播间每天开播。"})
	checkMasked(t, got, []string{"柳林镇"}, []string{"中国毛衫之乡", "毛衫生产企业", "毛衫直播间"})
	got = maskedText(t, []string{"景迈山古茶林文化景观申遗成功后，芒洪村游客增长三成。"})
	checkMasked(t, got, []string{"芒洪村"}, []string{"古茶林文化景观"})
	got = maskedText(t, []string{"帮扶干部刘建国产业帮扶经验丰富。"})
	checkMasked(t, got, []string{"刘建国"}, nil)
}

// TestFolkWords18b: minority peoples' foods, instruments and epics and
// wild species are ordinary words, no names, wherever they stand.
func TestFolkWords18b(t *testing.T) {
	got := maskedText(t, []string{"县文化馆开办芦笙培训班，芦笙师傅带徒20人；牧民端来热乎乎的包尔萨克和奶茶。"})
	checkMasked(t, got, nil, []string{"芦笙培训班", "芦笙师傅", "包尔萨克"})
	got = maskedText(t, []string{"举办伊玛堪说唱培训班，学员120人；红外相机全年拍到东北虎影像40次。"})
	checkMasked(t, got, nil, []string{"伊玛堪说唱", "东北虎影像"})
}

// TestFolkSite18b: a site named by a folk word (an epic's palace, its
// teaching house) stays masked as a whole while the word alone stays.
func TestFolkSite18b(t *testing.T) {
	got := maskedText(t, []string{"完善江格尔宫周边配套，举办《江格尔》史诗说唱展演。"})
	checkMasked(t, got, []string{"江格尔宫"}, []string{"《江格尔》"})
	got = maskedText(t, []string{"街津口乡伊玛堪传习所开设伊玛堪说唱兴趣班。"})
	checkMasked(t, got, []string{"伊玛堪传习所", "街津口乡"}, []string{"伊玛堪说唱"})
}

// TestSloganHalf18b: a township's short form closing a four-character
// slogan coordinated with another is a word of the slogan; a place after
// a verb in a list of places stays masked.
func TestSloganHalf18b(t *testing.T) {
	got := maskedText(t, []string{"在党委坚强领导下，实干兴业、感恩奋进，奋力谱写新篇章。"})
	checkMasked(t, got, nil, []string{"实干兴业", "感恩奋进"})
	got = maskedText(t, []string{"坚持“小县大城”和“生态立县”两条主线，推动城乡融合。"})
	checkMasked(t, got, nil, []string{"小县大城"})
	got = maskedText(t, []string{"“凌源红”番茄进入沈阳、锦州商超。"})
	checkMasked(t, got, []string{"沈阳", "锦州"}, nil)
	// a province's short form closing a slogan stays masked
	got = maskedText(t, []string{"开展“人人出彩、技能四川”行动，培训厨师200人。"})
	checkMasked(t, got, []string{"四川"}, nil)
}

// TestFolkListItem18b: a folk food as the item of a list of a town's
// products stays (list items reach the redaction without the rounds).
func TestFolkListItem18b(t *testing.T) {
	got := maskedText(t, []string{"柳溪镇的土蜂蜜、石门乡的手工红薯粉都进了城区超市。"})
	checkMasked(t, got, []string{"柳溪镇", "石门乡"}, []string{"土蜂蜜"})
	got = maskedText(t, []string{"白马镇的萝卜干、青山乡的腊肉卖到了主城区。"})
	checkMasked(t, got, []string{"白马镇", "青山乡"}, []string{"萝卜干"})
}
