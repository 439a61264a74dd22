package anonymize

import "strings"

// This file holds round place21a's hamlets: the units below a village whose
// stem neither the village gazetteer nor the division lexicon lists, so
// that kindDivisions16 (kind16.go) lets them through unless a place stands
// right before them.
//
//   - Class (landform hamlets): a village group or hamlet (组, 屯) whose
//     stem of two or three characters ends in a landform or settlement
//     character of hamletFinals21a (…坪组, …冲组, …掌组, …垭组, …坡屯):
//     a team of people (工作组, 专家组, 男子组, 巡河组) never ends so,
//     and a verb at the stem's start (护坡组, 挖沟组) makes it a team of
//     work, no hamlet (hamletGroups21a).
//   - Class (named natural villages): a stem of two or three characters
//     before 自然村 (上宅自然村, 石桥自然村): a count (15个自然村), a
//     determiner (该自然村, 每个自然村) or a grade of village (偏远自然村,
//     较大自然村, 保留自然村) stands there when no name does.
//
// A name found so is masked wherever it stands again in the text.

// hamletFinals21a are the landform and settlement characters that end the
// stem of a hamlet (坪 flat, 冲 valley, 掌 palm-shaped slope, 垭 pass, 塆 bay
// of a hill …).
var hamletFinals21a = runeBitsOf("坪掌冲湾塆沟坡坝岭寨坳垭洼峪堡岩垴峁塬坨垌峒坑凹岙嘴箐垸堰冈坂畈塝埂坎岔弯榜槽丫屋垅陇弄")

// hamletVerbFirsts21a begin a stem that names a team's work on a landform
// (护坡组, 挖沟组, 巡岭组, 治沟组), no hamlet.
var hamletVerbFirsts21a = runeBitsOf("护巡修挖治清管守养建筑砌填开截防滑看")

// hamletNextNot21a make 组 or 屯 the start of a longer word (组织, 组建,
// 组成, 组长, 屯田), where no hamlet ends.
var hamletNextNot21a = map[rune]string{
	'组': "织建成合团件委别队员长",
	'屯': "田垦兵粮",
}

// naturalVillageGrades21a stand before 自然村 without naming one (较大自然村,
// 保留自然村, 高山自然村), beyond kindGradeStems16 and genericVillagePrefix.
var naturalVillageGrades21a = wordSet(`所辖 较大 较小 边远 偏僻 分散 零散 保留 撤并 高山 深山 山区 库区 沿河 沿江 沿线 沿湖 周边 其余 所有 单个 多个 剩余 部分 全部 空壳 人口 规模 少数 相邻 临近 整体 拆迁 独立 分布 现有 已有 涉及 覆盖 贫困 偏远 较远 边界 大型 小型 中型 有关 相关 若干 多数 周围 附近 条件`)

// hamlets21a adds the hamlets of the two classes above to fs.
func hamlets21a(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 || !tt.mayContain("组") && !tt.mayContain("屯") && !tt.mayContain("自然村") {
		return fs
	}
	n := len(tt.runes)
	var out []Finding
	for e := 2; e < n; e++ {
		r := tt.runes[e]
		end := 0
		switch {
		case r == '组' || r == '屯':
			end = e + 1
			if end < n && strings.ContainsRune(hamletNextNot21a[r], tt.runes[end]) {
				continue
			}
		case r == '自' && strings.HasPrefix(tt.text[tt.off[e]:], "自然村"):
			end = e + 3
		default:
			continue
		}
		natural := r == '自'
		for ln := 3; ln >= 2; ln-- {
			s := e - ln
			if s < 0 || !kindStemOK16(tt, s, e) {
				continue
			}
			stem := tt.sub(s, e)
			if !natural && !hamletFinals21a.has(tt.runes[e-1]) {
				break // 工作组, 男子组: a team, no hamlet
			}
			if !natural && hamletVerbFirsts21a.has(tt.runes[s]) {
				break // 护坡组: a team of work on a landform
			}
			if kindGradeStems16[stem] || genericVillagePrefix[stem] || categoryStems15[stem] || urbanGenericMods15[stem] || naturalVillageGrades21a[stem] {
				break // 偏远自然村, 较大自然村: a grade, no name
			}
			if !tt.tokStart(s) {
				continue // 全村|宝坪组: the name starts after the word
			}
			if !hamletBounded21a(tt, fs, s) {
				continue
			}
			if kindVerbStem16(tt, s, e, end) {
				break // 保留|自然村: a verb before the kind
			}
			bs, be := tt.off[s], tt.off[end]
			if kindCovered16(fs, bs, be) || overlapsAny(out, bs, be) {
				break
			}
			ev := "hamlet21a"
			if natural {
				ev = "natural-village21a"
			}
			out = append(out, found19(tt, LOCATION, s, end, ev))
			e = end - 1
			break
		}
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// hamletBounded21a reports whether a hamlet's name may begin at rune s: at
// the text's start, after a stop or glue character (在|大冲组, 将|宝坪组),
// after 的 (最远的|大平掌组), after a function word (其中|上宅自然村) or right
// after a place found (X村|宝坪组).
func hamletBounded21a(tt *tokText, fs []Finding, s int) bool {
	if s == 0 || bounded19(tt, fs, s) {
		return true
	}
	p := tt.runes[s-1]
	if unitGlue15.has(p) || p == '的' || p == '\n' {
		return true
	}
	// 其中|上宅自然村, 还有|大冲组: after a pronoun, conjunction,
	// preposition, adverb or particle that ends at s
	if k := tt.tokenBefore(s); k != nil && k.end == s {
		switch k.pos {
		case "r", "c", "p", "d", "f", "uj", "ul", "ug", "uz", "y":
			return true
		}
	}
	return false
}
