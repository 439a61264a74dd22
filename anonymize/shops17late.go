package anonymize

import "strings"

// This file holds round late17a: names of shops, homestays and online
// accounts recognised by the list they close, not by the name:
//   - a quoted item right before 等, at most four characters of a
//     modifier (本土, 本地, 特色) and the word for a shop, homestay or
//     account (“…”等本土直播账号, “…”等网店): the quote names one business;
//   - an unquoted item of four characters right before 等 and the word for
//     a shop or homestay (、甲乙花事等小店, 的甲乙小筑等民宿), after a list
//     comma, 的 or a clause's start, whose first two characters are no
//     frequent word (not 精品民宿、特色小店等业态).
// A name found so is masked wherever it stands in the text.

// shopListKinds17late are the words for a shop, homestay or account that
// close such a list after 等 and its modifier.
var shopListKinds17late = []string{"直播账号", "抖音账号", "快手账号", "账号", "网店", "小店", "店铺", "门店", "民宿", "客栈", "农家乐", "直播间", "商户", "商家", "特色店", "名店", "老字号"}

// shopListMods17late are the modifiers allowed between 等 and the kind.
var shopListMods17late = []string{"", "本土", "本地", "特色", "网红", "知名", "精品", "农村", "乡村", "一批"}

// closesShopList17late reports whether the text rest, right after an item,
// is 等, a modifier and a shop's or account's kind.
func closesShopList17late(rest string) bool {
	r, ok := strings.CutPrefix(rest, "等")
	if !ok {
		return false
	}
	for _, m := range shopListMods17late {
		if x, ok := strings.CutPrefix(r, m); ok && hasAnyPrefix13(x, shopListKinds17late) {
			return true
		}
	}
	return false
}

// shops17late adds the findings of this round to the findings fs of one text.
func shops17late(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 || !tt.mayHold('等') {
		return fs
	}
	var out []Finding
	if tt.mayHold('“') && tt.mayHold('”') {
		out = append(out, quotedShopItems17late(tt, fs)...)
	}
	out = append(out, plainShopItems17late(tt, fs)...)
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// quotedShopItems17late finds the quoted item right before 等 and a
// shop's or account's kind (“…”等本土直播账号), no word inside it a verb
// or adjective of two characters (not “网红打卡”等特色小店).
func quotedShopItems17late(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	l := getLexicon()
	var out []Finding
	for s, e := range quotedSpans(t) {
		if !closesShopList17late(t[e+len("”"):]) || !quotedName24(l, t[s:e]) || !brandStem24(tt, tt.runeAt(s), tt.runeAt(e)) || overlapsEdge18(fs, s, e) {
			continue
		}
		out = append(out, found19(tt, ORG, tt.runeAt(s), tt.runeAt(e), "shop-list-quote,late17a"))
	}
	return out
}

// plainStarts17late are the characters after which an unquoted item of
// a list may begin.
var plainStarts17late = runeBitsOf("、的，；：")

// plainShopItems17late finds the unquoted item of four characters right
// before 等 and a shop's or homestay's kind (、甲乙花事等小店).
func plainShopItems17late(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, d := range occurrences19(tt, "等") {
		s := d - 4
		if s < 1 || !plainStarts17late.has(tt.runes[s-1]) || !closesShopList17late(tt.text[tt.off[d]:]) {
			continue
		}
		stem := tt.sub(s, s+2)
		if !plainStem19(tt, s, d) || !brandStem24(tt, s, s+2) || l.common[stem] || l.common[tt.sub(s, d)] || l.places[stem] > 0 || industryWords[stem] || genreWords[stem] || overlapsEdge18(fs, tt.off[s], tt.off[d]) {
			continue
		}
		out = append(out, found19(tt, ORG, s, d, "shop-list-item,late17a"))
	}
	return out
}
