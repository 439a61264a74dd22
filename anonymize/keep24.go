package anonymize

import "strings"

// This file holds round keep24: ordinary phrases of span-train27 … 29
// that a recognizer read as names, each kept by its class:
//   - the word for a kind of inn or farm alone (农家乐, 牧家乐), which a
//     list rule took for a list's item;
//   - a mountain reading that opens a four-character description of the
//     land (…|山高坡陡, 山大沟深): 山 is the description's, no name's kind;
//   - kinds of landform and the country's named regions and policy areas
//     (喀斯特, 东北三省, 三区三州), and any reading inside one of them
//     (三区|三州 read as a township's short form);
//   - a body named right after its ministry (水利部|…水利委员会): a
//     national body, kept like the ministry;
//   - a conversion programme in 改桥 (溜索改桥, 渡改桥) read as a bridge.

// keep24 drops the findings of fs that are ordinary phrases of one of the
// classes above.
func keep24(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	var terms []string // the region terms the text may hold
	for i, w := range regionTerms24 {
		if regionTermsSig24.has(tt, i) { // (tt.mayContain(w) by bits: speed18.go)
			terms = append(terms, w)
		}
	}
	kept := fs[:0]
	for _, f := range fs {
		if keepFinding24In(tt, f, terms) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// keepFinding24 reports whether the finding f is an ordinary phrase of
// one of keep24's classes (the enumerations of anonymize.go ask it too).
func keepFinding24(tt *tokText, f Finding) bool {
	return keepFinding24In(tt, f, regionTerms24)
}

// innKindSet24 holds lodgingKinds24 and familyKinds19, for one look-up
// per finding.
var innKindSet24 = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range append(append([]string{}, lodgingKinds24...), familyKinds19...) {
		m[k] = true
	}
	return m
}()

// keepFinding24In is keepFinding24 asking only about the region terms
// terms (those the text may hold).
func keepFinding24In(tt *tokText, f Finding, terms []string) bool {
	if innKindSet24[f.Text] {
		return true
	}
	if len(terms) > 0 && inRegionTerm24(tt, f, terms) {
		return true
	}
	switch f.Type {
	case LOCATION:
		if strings.HasSuffix(f.Text, "山") && landDescription24(tt, f.End) {
			return true
		}
		if strings.HasSuffix(f.Text, "改桥") {
			return true
		}
	case ORG:
		if f.Start >= 3 && strings.ContainsRune("部局委", lastRune(tt.text[:f.Start])) && hasAnySuffix14(tt.text[:f.Start], ministries24) {
			return true
		}
	}
	return false
}

// inRegionTerm24 reports whether the finding f lies inside an occurrence
// of one of the region terms terms (三区|三州 read as a township).
func inRegionTerm24(tt *tokText, f Finding, terms []string) bool {
	if f.Start < 0 || f.End > len(tt.text) {
		return false
	}
	for _, w := range terms {
		if len(w) < f.End-f.Start {
			continue
		}
		lo, hi := max(0, f.End-len(w)), min(len(tt.text), f.Start+len(w))
		if k := strings.Index(tt.text[lo:hi], w); k >= 0 && lo+k <= f.Start && lo+k+len(w) >= f.End {
			return true
		}
	}
	return false
}

// regionTerms24 are kinds of landform and the country's named regions and
// policy areas: no county, place or body a report could identify.
var regionTerms24 = []string{"喀斯特", "丹霞地貌", "雅丹地貌", "东北三省", "西北五省", "三区三州", "长三角", "珠三角", "京津冀", "长江经济带", "粤港澳大湾区", "成渝地区", "黄河流域", "长江流域", "西部陆海新通道"}

// ministries24 are the national ministries and administrations whose
// bodies a report names right after them (水利部|…委员会).
var ministries24 = []string{"水利部", "农业农村部", "自然资源部", "生态环境部", "交通运输部", "住房和城乡建设部", "文化和旅游部", "工业和信息化部", "国家发展改革委", "国家林业和草原局", "国家林草局", "中国气象局", "应急管理部", "商务部", "教育部", "科技部", "民政部", "财政部", "人力资源和社会保障部", "国家卫生健康委"}

// landDescription24 reports whether the runes from byte e open the rest of
// a four-character description of the land after 山 (山|高坡陡, 山|大沟深):
// an adjective of height, size or number, a Han character, and another
// such adjective.
func landDescription24(tt *tokText, e int) bool {
	i := tt.runeAt(e)
	if i < 0 || i+3 > len(tt.runes) {
		return false
	}
	return strings.ContainsRune("高大多陡险峻", tt.runes[i]) && isHan(tt.runes[i+1]) && strings.ContainsRune("陡远深少险窄急多大高峻低长", tt.runes[i+2])
}
