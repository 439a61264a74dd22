package anonymize

import (
	"strings"
	"unicode/utf8"
)

// late19k.go: ordinary phrases of this session's late round read as names,
// by class:
//
//   - a glued settlement's kind that opens a longer word (X镇|山洪沟|道治理):
//     place19 reads a stem and a kind glued to a masked division; where
//     gojieba's token at the kind character runs on past it (沟道, 村道), the
//     kind is the head of that word and no settlement ends there (landform
//     kinds only).
//   - a farming estate of its animal (标准化|养鹿小区, 养羊小区): an estate
//     or park whose stem is 养 and a livestock animal, or 养殖, is the
//     farm's generic kind, no named estate.
//   - a breed as a farming firm's brand (大耳羊|养殖): a brand+industry firm
//     whose brand ends with a livestock animal and whose industry is
//     farming it names the breed farmed.
//   - a species before its count (黑嘴|松鸡3只, 欧美|黑杨2.1万亩): a list
//     place (village-list) that, with the word after it, ends in an animal
//     or a tree and runs straight into a count is the species counted.
//   - flats and canteens of their occupants (…镇人才公寓, 青年公寓): a place
//     read from a unit and 公寓/食堂 whose stem is a group of people
//     (人才, 青年, 职工, 长者) is the kind of housing, no name.
//   - national mass organizations read as a body (被共青团中央评为, 获中国残联
//     表彰): the people's organizations at the centre are one each in the
//     country, like the ministries; gojieba tags their short forms nt.
//   - a body run over a referral (经绿色通道转诊|X市中心医院): a body found
//     from its suffix that holds a verb of referring or sending a patient
//     is cut back to the body after the verb.
//   - a verb read as a village before its facility and a count (规范建设|村
//     卫生室112个): a village of a verb's name whose village facility runs
//     straight into a count is every village's facility, counted.
//   - a tree or shrub in a planting list (栽植|山杏、沙棘、油松): a weak
//     person or list place right after a planting verb whose sibling after
//     、 is a tree or shrub is a species planted.

// landformKinds19k are the glued landform kinds that also open a word of
// water works (沟道, 沟渠, 坑塘, 圩堤); a village's or group's 村/组 is left
// to place19 (村队, 村农民 are its tokens too).
const landformKinds19k = "沟坑坳圩屯"

// speciesHeads19k end an animal's or a tree's name (松鸡, 黑杨).
var speciesHeads19k = runeBitsOf("鸡鸭鹅羊牛猪鹿驴马兔驼鱼杨柳松杉柏桦榆槐杏桃梨枣")

// estateKinds19k are the kinds of a farm estate (养鹿|小区).
var estateKinds19k = []string{"小区", "园区", "基地", "场"}

// occupantStems19k are groups of people a flat or canteen is built for.
var occupantStems19k = wordSet(`人才 青年 职工 教师 专家 医护 长者 老年 员工 蓝领 新市民 白领 务工人员`)

// occupantKinds19k are the housing and eating places built for them.
var occupantKinds19k = []string{"公寓", "食堂", "驿站"}

// nationalMass19k are the national people's organizations by their usual
// short and full forms.
var nationalMass19k = wordSet(`共青团中央 团中央 中国残联 中国残疾人联合会 中国科协 中国文联 中国作协 中国侨联 中国记协 全国妇联 全国总工会 中华全国总工会 全国工商联 中华全国工商业联合会 全国青联 全国学联 中国红十字会总会 中华全国妇女联合会 中国关工委`)

// referralVerbs19k send a patient on to a hospital (转诊|X医院).
var referralVerbs19k = []string{"转诊至", "转诊到", "转诊", "转院至", "转院到", "转院", "转送至", "转送", "送往", "送至", "送医至"}

// plantVerbs19k plant a list of trees or shrubs (栽植|山杏、沙棘).
var plantVerbs19k = []string{"栽植", "种植", "栽种", "补植", "补种", "营造", "引种", "套种", "播种", "造林"}

// treeHeads19k end the name of a tree or shrub (油松, 樟子松, 柠条).
var treeHeads19k = runeBitsOf("松杨柳杉柏桦榆槐杏桃梨枣棘条槭樟楸椿桐")

// villageFacilities19k are the facilities every village has (村|卫生室).
var villageFacilities19k = []string{"卫生室", "卫生所", "文化室", "党群服务中心", "综合服务中心", "便民服务站", "幸福院", "文化广场", "农家书屋", "警务室", "调解室"}

func late19k(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
		switch f.Type {
		case LOCATION:
			if strings.HasPrefix(f.Evidence, "glued-settlement19:") && strings.ContainsAny(strings.TrimPrefix(f.Evidence, "glued-settlement19:"), landformKinds19k) && kindOpensWord19k(tt, f) {
				return f, true
			}
			if farmEstate19k(f.Text) {
				return f, true
			}
			if f.Evidence == "village-list" && countedSpecies19k(tt, f) {
				return f, true
			}
			if occupantHousing19k(f.Text) {
				return f, true
			}
			if strings.HasSuffix(f.Text, "村") && countedVillageFacility19k(tt, f) {
				return f, true
			}
		case ORG:
			if strings.HasPrefix(f.Evidence, "brand+industry") && breedFarm19k(f.Text) {
				return f, true
			}
			if nationalMass19k[f.Text] {
				// kept as a national body, not dropped: the default policy
				// keeps it readable like a ministry, the strict policy masks
				// it whole as the news sets' ORG (dropping it left 中国|残联
				// cut to its 中国 and 中国作协 readable under strict: ner20)
				f.generic = true
				return f, false
			}
			if strings.HasPrefix(f.Evidence, "org-suffix") {
				if g, ok := referralCut19k(f); ok {
					return g, false
				}
			}
		}
		if (f.Type == PERSON && weakPerson19k(f.Evidence) || f.Type == LOCATION && f.Evidence == "village-list") && plantedTree19k(tt.text, f) {
			return f, true
		}
		return f, false
	})
}

// kindOpensWord19k reports a glued settlement whose last character starts
// a gojieba token of two or more characters that runs on past the finding
// (山洪沟|道: the token 沟道).
func kindOpensWord19k(tt *tokText, f Finding) bool {
	e := tt.runeAt(f.End)
	if e <= 0 || e >= len(tt.runes) {
		return false
	}
	t := tt.toks[tt.tokOf[e-1]]
	return t.start == e-1 && t.end > e
}

// farmEstate19k reports an estate named by its farming (养鹿小区, 养殖基地).
func farmEstate19k(s string) bool {
	k := firstSuffix(s, estateKinds19k)
	if k == "" {
		return false
	}
	stem := strings.TrimSuffix(s, k)
	if strings.HasSuffix(stem, "养殖") {
		return true
	}
	last, n := utf8.DecodeLastRuneInString(stem)
	return n > 0 && (livestockRunes37.has(last) || last == '鹿') && strings.HasSuffix(stem[:len(stem)-n], "养")
}

// breedFarm19k reports a brand+industry firm that is an animal's breed and
// its farming (大耳羊养殖).
func breedFarm19k(s string) bool {
	for _, ind := range []string{"养殖", "繁育", "饲养"} {
		if b := strings.TrimSuffix(s, ind); b != s {
			last, _ := utf8.DecodeLastRuneInString(b)
			return runeLen(b) >= 2 && runeLen(b) <= 4 && speciesHeads19k.has(last)
		}
	}
	return false
}

// countedSpecies19k reports a list place that, alone or with the word after
// it, ends in an animal or a tree and runs into a count (黑嘴|松鸡3只).
func countedSpecies19k(tt *tokText, f Finding) bool {
	e := tt.runeAt(f.End)
	if e <= 0 || e > len(tt.runes) {
		return false
	}
	if e < len(tt.runes) && isHan(tt.runes[e]) {
		t := tt.toks[tt.tokOf[e]]
		if t.start != e || t.end-t.start > 2 {
			return false
		}
		e = t.end
	}
	if !speciesHeads19k.has(tt.runes[e-1]) || e >= len(tt.runes) {
		return false
	}
	r := tt.runes[e]
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百千万两数", r)
}

// occupantHousing19k reports a flat or canteen named by whom it houses.
func occupantHousing19k(s string) bool {
	k := firstSuffix(s, occupantKinds19k)
	return k != "" && occupantStems19k[strings.TrimSuffix(s, k)]
}

// referralCut19k cuts a body run over a referral back to the body after
// the verb (绿色通道转诊|荆州市中心医院).
func referralCut19k(f Finding) (Finding, bool) {
	for _, v := range referralVerbs19k {
		i := strings.LastIndex(f.Text, v)
		if i <= 0 {
			continue
		}
		rest := f.Text[i+len(v):]
		if runeLen(rest) < 2 {
			return f, false
		}
		g := f
		g.Start += i + len(v)
		g.Text = rest
		return g, true
	}
	return f, false
}

// weakPerson19k reports a person read from the tagger or an unknown word,
// no role, title or surname frame of its own.
func weakPerson19k(ev string) bool {
	return ev == "tagger" || strings.HasPrefix(ev, "surname+given,unknown-word") && !strings.Contains(ev, "role")
}

// plantedTree19k reports an item right after a planting verb whose
// sibling after 、 is a tree or shrub (栽植|山杏、沙棘).
func plantedTree19k(text string, f Finding) bool {
	if runeLen(f.Text) > 3 || firstSuffix(text[:f.Start], plantVerbs19k) == "" {
		return false
	}
	after := text[f.End:]
	if !strings.HasPrefix(after, "、") {
		return false
	}
	sib := []rune(after[len("、"):])
	for n := 2; n <= 3 && n <= len(sib); n++ {
		w := string(sib[:n])
		if plants28[w] || treeHeads19k.has(sib[n-1]) {
			return true
		}
	}
	return false
}

// countedVillageFacility19k reports a village of a verb's name (建设村)
// before a village facility and a count (卫生室112个).
func countedVillageFacility19k(tt *tokText, f Finding) bool {
	stem := strings.TrimSuffix(f.Text, "村")
	if stem == f.Text || runeLen(stem) != 2 {
		return false
	}
	s := tt.runeAt(f.Start)
	t := tt.toks[tt.tokOf[s]]
	if t.start != s || t.end != s+2 || t.pos != "v" && t.pos != "vn" {
		return false
	}
	after := tt.text[f.End:]
	k := firstPrefix(after, villageFacilities19k)
	if k == "" || len(after) == len(k) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[len(k):])
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百千两", r)
}
