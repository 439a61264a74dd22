package anonymize

import "strings"

// This file holds round place16b: small places whose name is an ordinary
// word or a transliteration, found by the company they keep. It runs right
// after roleNames16 (anonymize.go). Classes:
//
//   - list siblings (placeSiblings16b): a member of an enumeration (、 和
//     及 与) that ends in the same kind of place as a masked member next
//     to it — water, landform, settlement or shrine (松花江和|格节河,
//     后屯和|北大岗, 张家峁、|大峁梁, 下寺和|水神庙, 广宗寺、|福因寺);
//   - villages glued to their township (placeVillages16b): X镇|那当村,
//     X乡|那造屯, where the stem starts with a character the toponym rule
//     takes for a pronoun (那 is the Zhuang 'paddy field' of many names);
//   - old towns (placeOldTowns16b): a stem before 古城 (定远营古城,
//     川沙古城), masked with the stem alone wherever it stands again
//     (完成定远营申报, 新场、川沙、高桥);
//   - people's tribunals (placeTribunals16b): a township court's stem
//     before 人民法庭 (县人民法院|向阳人民法庭), an ordinary word as often.

// placeKinds16b are the place kinds of the list-sibling class, by group:
// a member and its neighbour end in the same group.
var placeKinds16b = map[rune]int{
	'河': 1, '江': 1, '湖': 1, '溪': 1, '泉': 1, '海': 1,
	'岗': 2, '梁': 2, '峁': 2, '塬': 2, '坡': 2, '沟': 2, '峪': 2, '岭': 2, '屯': 2, '村': 2, '寨': 2, '庄': 2,
	'寺': 3, '庙': 3, '庵': 3, '观': 3, '祠': 3, '墓': 3,
}

// placePersonEnds16b end a person reading that is a place's name read as a
// person (张家峁 read as a name): no given name ends in them.
var placePersonEnds16b = runeBitsOf("峁塬屯寨寺庙墓")

// placeListSeps16b join the members of an enumeration.
var placeListSeps16b = runeBitsOf("、和及与")

// placeSiblings16b adds the list siblings (see the file's comment).
func placeSiblings16b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := range fs {
		f := &fs[i]
		if f.generic || weak19(f) || f.Text == "" {
			continue
		}
		lr := []rune(f.Text)
		last := lr[len(lr)-1]
		g := placeKinds16b[last]
		if g == 0 || !(f.Type == LOCATION || f.Type == ORG || f.Type == PERSON && placePersonEnds16b.has(last)) {
			continue
		}
		e := tt.runeAt(f.End)
		if e < 0 || e+3 > n || !placeListSeps16b.has(tt.runes[e]) {
			continue
		}
		c := e + 1
		// the longest member first (大峁梁, not 大峁)
		for l := 4; l >= 2; l-- {
			if c+l > n || placeKinds16b[tt.runes[c+l-1]] != g {
				continue
			}
			if placeCandidate16b(tt, fs, c, c+l, false) && !overlapsAny(out, tt.off[c], tt.off[c+l]) {
				out = append(out, found19(tt, LOCATION, c, c+l, "place16b,sibling"))
				break
			}
		}
	}
	return out
}

// placeCandidate16b reports whether runes s..e may be a small place's
// name: Han, no pronoun or function character at its head (那 allowed
// when glued to a township), a word's start at its head (or the list's
// joining word gojieba glued to it: 和格|节河), no finding over
// it, and no ordinary word (黄河|小河 as a word of the lexicon, 农村).
func placeCandidate16b(tt *tokText, fs []Finding, s, e int, glued bool) bool {
	for i := s; i < e; i++ {
		if !isHan(tt.runes[i]) {
			return false
		}
	}
	head := tt.runes[s]
	if toponymStemStop.has(head) && !(glued && head == '那') || functionRuneBits.has(head) && !(glued && head == '那') {
		return false
	}
	if !glued && !tt.tokStart(s) && !(s > 0 && placeListSeps16b.has(tt.runes[s-1]) && tt.tokStart(s-1)) {
		return false // (glued: the township's end is the name's start, whatever gojieba cut: 镇那|当村)
	}
	if facOverlaps16(fs, tt.off[s], tt.off[e]) {
		return false
	}
	cand := tt.sub(s, e)
	l := getLexicon()
	if l.common[cand] || l.common[tt.sub(s, e-1)] && e-s == 2 {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && !facNamePOS16(t.pos) {
		return false // 小河, 山村: one ordinary word of the dictionary
	}
	return !facGenericStem16(tt.sub(s, e-1))
}

// placeVillageEnds16b end a village or hamlet glued to its township.
var placeVillageEnds16b = runeBitsOf("村屯寨")

// placeVillages16b adds the villages glued to their township (see the
// file's comment): a township finding, then two stem characters and the
// village kind, the stem no ordinary word (X镇|贫困村, X乡|那个村).
func placeVillages16b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for i := range fs {
		f := &fs[i]
		if !townshipFinding16b(f) {
			continue
		}
		c := tt.runeAt(f.End)
		if c < 0 || c+3 > n || !placeVillageEnds16b.has(tt.runes[c+2]) {
			continue
		}
		stem := tt.sub(c, c+2)
		if getLexicon().common[stem] || classStems[stem] || functionRuneBits.has(tt.runes[c+1]) || toponymStemStop.has(tt.runes[c+1]) || tt.runes[c] != '那' && (functionRuneBits.has(tt.runes[c]) || toponymStemStop.has(tt.runes[c])) {
			continue // X镇|等各村, X镇|的各村: a list's words, no name
		}
		if c+3 < n && strings.ContainsRune("民委级务", tt.runes[c+3]) && tt.runes[c+2] == '村' && !tt.tokStart(c+3) {
			continue
		}
		if placeCandidate16b(tt, fs, c, c+3, true) && !overlapsAny(out, tt.off[c], tt.off[c+3]) {
			out = append(out, found19(tt, LOCATION, c, c+3, "place16b,village"))
		}
	}
	return out
}

// placeOldTownGeneric16b are stems of an old town that say its age, region
// or count, not which one it is (千年古城, 明清古城, 这座古城).
var placeOldTownGeneric16b = wordSet(`千年 百年 历史 文化 明清 明代 清代 唐代 宋代 汉代 江南 塞北 边塞 这座 一座 两座 古老 著名 历史文化 传统 沿黄 丝路 水乡 山城 边城 小城 县城 老城 新城 国家 省级 世界`)

// placeOldTowns16b adds the old towns and their stems (see the file's
// comment).
func placeOldTowns16b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for e := 2; e+2 <= n; e++ {
		if tt.runes[e] != '古' || tt.runes[e+1] != '城' || !tt.tokStart(e) {
			continue
		}
		if e+2 < n && strings.ContainsRune("墙门区镇市", tt.runes[e+2]) {
			continue // 古城墙, 古城区: a kind of its own
		}
		for l := 4; l >= 2; l-- {
			s := e - l
			if s < 0 || !tt.tokStart(s) {
				continue
			}
			stem := tt.sub(s, e)
			if !allHan(stem) || placeOldTownGeneric16b[stem] || getLexicon().common[stem] || facGenericStem16(stem) {
				continue
			}
			if toponymStemStop.has(tt.runes[s]) || functionRuneBits.has(tt.runes[s]) || !facBounded16(tt, fs, s) {
				continue
			}
			if facOverlaps16(fs, tt.off[s], tt.off[e+2]) {
				break
			}
			out = append(out, found19(tt, LOCATION, s, e+2, "place16b,oldtown"), found19(tt, LOCATION, s, e, "place16b,oldtown-stem"))
			break
		}
	}
	return out
}

// placeTribunalGeneric16b are stems of a tribunal that say its level or
// kind (基层人民法庭, 各人民法庭, 巡回人民法庭); a stem ending in 式 or 型
// names a model (枫桥式人民法庭), no court.
var placeTribunalGeneric16b = wordSet(`基层 巡回 派出 所属 下属 辖区 乡镇 中心 农村 城区 城郊 全县 全市 全区 各个 专业 家事 旅游 环境 金融`)

// placeTribunals16b adds the people's tribunals of a stem of their own
// (see the file's comment); the tribunal is a body.
func placeTribunals16b(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	const kind = "人民法庭"
	for b := strings.Index(tt.text, kind); b >= 0; {
		e := tt.runeAt(b)
		if e >= 2 {
			for l := 3; l >= 2; l-- {
				s := e - l
				if s < 0 || !tt.tokStart(s) {
					continue
				}
				stem := tt.sub(s, e)
				if !allHan(stem) || placeTribunalGeneric16b[stem] || strings.HasSuffix(stem, "式") || strings.HasSuffix(stem, "型") || adminLevelRunes13.has(tt.runes[e-1]) || toponymStemStop.has(tt.runes[s]) || functionRuneBits.has(tt.runes[s]) {
					continue
				}
				if !(strings.HasSuffix(tt.text[:tt.off[s]], "法院") || facBounded16(tt, fs, s)) {
					continue
				}
				if facOverlaps16(fs, tt.off[s], b+len(kind)) {
					break
				}
				out = append(out, found19(tt, ORG, s, tt.runeAt(b+len(kind)), "place16b,tribunal"))
				break
			}
		}
		nb := strings.Index(tt.text[b+len(kind):], kind)
		if nb < 0 {
			break
		}
		b += len(kind) + nb
	}
	return out
}

// place16b adds the small places of this round to fs.
func place16b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	out = append(out, placeSiblings16b(tt, fs)...)
	out = append(out, placeVillages16b(tt, fs)...)
	if tt.mayContain("古城") {
		out = append(out, placeOldTowns16b(tt, fs)...)
	}
	if tt.mayContain("法庭") {
		out = append(out, placeTribunals16b(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// townshipFinding16b reports a township the rules found and mask (a
// non-generic, non-weak place ending in 镇, 乡, 街道 or 苏木): the anchor of
// the villages and localities glued to it (placeVillages16b, leak17b's
// gluedLocalities17b).
func townshipFinding16b(f *Finding) bool {
	return f.Type == LOCATION && !f.generic && !weak19(f) && hasAnySuffix14(f.Text, townshipKinds16b)
}

// townshipKinds16b end a township's name.
var townshipKinds16b = []string{"镇", "乡", "街道", "苏木"}
