package anonymize

import "strings"

// This file holds round keep29: ordinary phrases of deid-own55 … 60 that a
// recognizer read as names, each kept by its class:
//   - a national e-commerce platform before a kind of shop or of place
//     it names (淘宝村, 淘宝镇, 天猫|旗舰店, 抖音小店, 抖音店铺|X箱包馆):
//     the platform is no local name; the shop's own name after it still
//     is;
//   - a statistical threshold read as a brand (限上商贸|企业, 规上工业):
//     限上, 规上 and 规模以上 mark a size class of enterprise, no firm;
//   - two administrative levels said together (镇街, 村社, 乡镇): a
//     generic pair of kinds, no place;
//   - a nationality's name read as a person (毛南族, 土家族): no one's
//     name ends in 族.

// keep29 drops or trims the findings of fs that are ordinary phrases of
// one of the classes above.
func keep29(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		g, keep := keepFinding29(tt, f)
		if keep {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// keepFinding29 returns the finding f, trimmed where it opens with a
// platform's shop kind (抖音店铺|X箱包馆), and whether f is an ordinary
// phrase of keep29's classes as a whole.
func keepFinding29(tt *tokText, f Finding) (Finding, bool) {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return f, false
	}
	after := tt.text[f.End:]
	if p := firstPrefix(f.Text, platforms29); p != "" {
		rest := f.Text[len(p):]
		switch {
		case rest == "" && firstPrefix(after, platformKinds29) != "":
			return f, true
		case platformKinds29Set[rest]:
			return f, true
		}
		// the shop's own name follows the platform and its kind: it stays
		if k := firstPrefix(rest, platformShops29); k != "" && runeLen(rest) > runeLen(k)+1 {
			n := len(p) + len(k)
			f.Text, f.Start = f.Text[n:], f.Start+n
			return f, false
		}
	}
	// a shop kind that is also a place's name (小店, a district) right
	// after a platform (抖音|小店)
	if platformKinds29Set[f.Text] && lastPrefixOf29(tt.text[:f.Start]) {
		return f, true
	}
	if f.Type == ORG && firstPrefix(f.Text, sizeClasses29) != "" {
		return f, true
	}
	if f.Type == PERSON && strings.HasSuffix(f.Text, "族") && nationalities29[strings.TrimSuffix(f.Text, "族")] {
		return f, true
	}
	if levelPairs29[f.Text] {
		return f, true
	}
	return f, false
}

// platforms29 are national e-commerce and short-video platforms; longer
// names first so that firstPrefix takes the whole one.
var platforms29 = []string{"拼多多", "小红书", "淘宝", "天猫", "京东", "抖音", "快手", "微信", "美团"}

// platformKinds29 follow a platform in a kind of shop, of channel or of
// place counted by the platform (淘宝村, 天猫旗舰店, 抖音直播间).
var platformKinds29 = []string{"旗舰店", "专卖店", "小店", "店铺", "网店", "直播间", "村", "镇", "小程序", "商城"}

var platformKinds29Set = wordSet(strings.Join(platformKinds29, " "))

// platformShops29 are the shop kinds that may open a finding before the
// shop's own name (抖音店铺|X箱包馆).
var platformShops29 = []string{"旗舰店", "小店", "店铺", "网店", "直播间"}

// sizeClasses29 mark the statistical size class of an enterprise.
var sizeClasses29 = []string{"限上", "规上", "规模以上", "限额以上"}

// levelPairs29 are two administrative levels said together.
var levelPairs29 = wordSet(`镇街 街镇 村社 乡镇 镇村 县乡 县区 区县 村组 镇乡`)

// lastPrefixOf29 reports whether before ends with a platform's name.
func lastPrefixOf29(before string) bool {
	for _, p := range platforms29 {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// nationalities29 are China's nationalities, without 族, whose names a
// person reader may take for a surname and given name (毛南族, 土家族).
var nationalities29 = wordSet(`汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺`)
