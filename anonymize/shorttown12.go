package anonymize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

// shorttown12.go: the short form of a town standing alone in a sentence
// (棠下 of 棠下镇, 户撒 of 户撒阿昌族乡). Reports name a town in full once
// and then by its short form; the gazetteer knows the short form, but
// location.go takes it only as a word of gojieba's tagged as a place (ns)
// or made up (x). A town's short form that gojieba cut into pieces (棠|下,
// 石板|冲), glued to the preposition before it (在埔|田 read 在埔田/x) or
// knows as a rare word of another kind (瀑河/n, 七宝/nz, 甲寅/m) stays
// readable. Two classes are taken here, each only where the sentence
// wants a place:
//   - pieces: gojieba has no word for the span (it cut it apart or glued it
//     to the preposition before): a preposition or verb that takes a place
//     before it (在, 与, 驻, 销往 …) and a word that may follow a place, a
//     verb or a clause edge after it; a clause edge or list comma before
//     and a place-following word, a list comma or a clause edge after; or
//     a word of an area's kind after it (段, 片区, 一带, 境内, 等地, 村)
//     whatever stands before;
//   - rare words: the span is one dictionary word of gojieba's of up to
//     three characters, not a place word (ns, s), a verb or an adjective,
//     not ending in a locative (田头, 江边), that its dictionary counts
//     fewer than rareTownWord12 times
//     (data/townwords12.txt.gz): a place-taking word before it and a
//     place-following word or a clause edge after it; a clause edge, list
//     comma or a found county or town before it and an area's kind after
//     (新江乡|石坑段); or, for a word read as a name, number or
//     abbreviation (左家/m), a clause edge before it and a place-following
//     word after.
// Both need a town's short form the lexicon keeps (no frequent word:
// lexicon.go) of a township, town or street office, no zone's (物流园 of
// 物流园区), and no generic stem, national term or kind of village; quotes
// are no clause edge (“两山”理念). The document-level propagation (a town
// named in full once masks its short form everywhere: Analyze) stays as it
// was; these rules take the short form when the full name is not in the
// document. orgTownStarts12 keeps an organisation whose start gojieba cut
// inside a town whole, so that the town's short form masked elsewhere does
// not take its first characters.

// townWordsFS holds data/townwords12.txt.gz, which townWords12 reads.
//
//go:embed data/townwords12.txt.gz
var townWordsFS embed.FS

// rareTownWord12 is the dictionary frequency below which a town's short
// form that gojieba knows as a word is read as the town in a place's
// context: 瀑河 (3), 七宝 (33) and 丹霞 (39) are, 天平 (164), 操场 (284) and
// 高新技术 (2537) are not.
const rareTownWord12 = 50

// townWords12 returns the gojieba dictionary frequency and tag of every
// town short form that is a word of its dictionary (townwords12.txt.gz,
// written by TestTownWords12File from the lexicon and
// segment/dict/jieba.dict.utf8.gz).
var townWords12 = sync.OnceValue(func() map[string]townWord12 {
	m := map[string]townWord12{}
	b, err := townWordsFS.ReadFile("data/townwords12.txt.gz")
	if err != nil {
		panic("anonymize: missing embedded data/townwords12.txt.gz")
	}
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("anonymize: corrupt embedded data/townwords12.txt.gz")
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		panic("anonymize: corrupt embedded data/townwords12.txt.gz")
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			continue
		}
		n, _ := strconv.Atoi(f[1])
		m[f[0]] = townWord12{freq: n, tag: f[2]}
	}
	return m
})

// townWord12 is a town short form's frequency and tag in gojieba's
// dictionary (townWords12).
type townWord12 struct {
	freq int
	tag  string
}

// townLeft12 are the words before a place in report sentences (赴, 在, 与,
// 销往, 地处 …): shortLeft15 and the prepositions and verbs that take a
// town as their object (对|墩上的危房, 将|走马坪列为, 为|水洼争取, 帮助|丹霞).
var townLeft12 = func() map[string]bool {
	m := wordSet(`对 将 把 为 给 接待 帮助 扶持 支持 指导 督促 深入 进入 遍及 路过 经过 途径 离开 走出 包括 除 据 同 跟 共同 分别 先后 还有 以及`)
	for w := range shortLeft15 {
		m[w] = true
	}
	return m
}()

// townRight12 are words that follow a place in report sentences:
// shortRight15 and the verbs and nouns of a town's doings (牵头, 负责,
// 建成, 工作队, 累计 …).
var townRight12 = func() map[string]bool {
	m := wordSet(`村民 牵头 负责 累计 新增 建成 完成 实施 推进 列为 争取 完善 发展 工作队 驻村工作队 在内 人民 农民 居民 党委 党支部 政府 街道 辖区 境内 周边 中心 一带 为 以来`)
	for w := range shortRight15 {
		m[w] = true
	}
	return m
}()

// townKind12 are words of an area's kind or extent after a place: after
// them a town's short form needs nothing before it (石坑|段, 古城|片区,
// 户撒|一带, 棠下|境内, 瀑河|等地).
var townKind12 = wordSet(`段 村 社区 片区 一带 辖区 境内 境外 全境 等地 等地区 等乡镇 等镇 等乡 籍 东部 西部 南部 北部 中部 东面 西面 南面 北面 以东 以西 以南 以北 周边 沿线 一线 在内 集镇 墟镇 圩镇 街上 工作队`)

// townGlueLeft12 are prepositions gojieba glues to the first character
// of a place after them (在埔田/x, 驻潭布/x, 由长/x).
var townGlueLeft12 = runeBitsOf("在赴到至从向与和及经以由驻对将把给为往于")

// townGlueRight12 are words gojieba glues to the end of a place before
// them (西和至/x, 石坑段/x, 大佛镇为/x): the rest of the word after the
// short form.
var townGlueRight12 = wordSet(`为 和 至 及 与 的 等 段 片区 一带 境内`)

// townName12 reports whether a level-4 gazetteer name is a township, town
// or street office (…乡, …镇, …街道, …苏木) and no zone, farm or park
// (物流园区, 产业集聚区街道, …农场): a zone's short form is its kind.
func townName12(full string) bool {
	if !(strings.HasSuffix(full, "镇") || strings.HasSuffix(full, "乡") || strings.HasSuffix(full, "街道") || strings.HasSuffix(full, "苏木")) {
		return false
	}
	for _, w := range townZoneWords12 {
		if strings.Contains(full, w) {
			return false
		}
	}
	return true
}

// townZoneWords12 name zones, farms and parks, not towns (场 takes 农场,
// 林场 and 牧场 in, 园 takes 园区).
var townZoneWords12 = strings.Fields("经济 技术 开发 高新 工业 产业 集聚 物流 管理 场 园")

// townLevelRunes12 make the short form before them a full name (古城|镇).
var townLevelRunes12 = runeBitsOf("镇乡")

// quoteRunes12 are no clause edge here: a quoted short form is as often a
// slogan (“两山”理念) as a place.
var quoteRunes12 = runeBitsOf("“”‘’《》")

// townEndsAt12 reports whether a sure place finding of fs that ends in a
// county's, town's or township's level ends at byte b.
func townEndsAt12(fs []Finding, b int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End == b && f.Type == LOCATION && !f.generic && (strings.HasSuffix(f.Text, "镇") || strings.HasSuffix(f.Text, "乡") || strings.HasSuffix(f.Text, "街道") || strings.HasSuffix(f.Text, "县") || strings.HasSuffix(f.Text, "苏木")) {
			return true
		}
	}
	return false
}

// placeStartsAt12 reports whether a sure place finding of fs starts at
// byte b (placeEndsAt15 tells one that ends there): a list comma counts
// only beside a place (吴茱萸、|艾叶 is a herb list).
func placeStartsAt12(fs []Finding, b int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start == b && f.Type == LOCATION && !f.generic {
			return true
		}
	}
	return false
}

// townPart12 reports a direction and a word of a town's parts (东环 the
// east ring road, 西城, 北区, 南郊, 东关, 西街, 北门, 南站): also the short
// forms of street offices, they name a part of the county town
// (东环至西环段).
func townPart12(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && strings.ContainsRune("东西南北中", rs[0]) && strings.ContainsRune("环城区郊关街门站片", rs[1])
}

// townNameTags12 are the tags of a rare word gojieba reads as a name, a
// number or an abbreviation (五里冲/nr, 左家/m, 西航/j), not an ordinary
// noun: at a clause's start before a word that follows places it is the
// town.
var townNameTags12 = wordSet(`nz nr nrt nrfg m j`)

// locativeEnd12 end a word that names where in a thing (田头, 岗上, 江边):
// as a rare dictionary word it is read as that, not as a town (来到|田头).
var locativeEnd12 = runeBitsOf("头上下边里旁前后外内")

// townWordTags12 are the tags of a rare dictionary word that may be a
// town's short form (not verbs, adjectives or function words).
var townWordTags12 = wordSet(`n nz nr nrt nrfg m j t b`)

// shortTownCand12 is one candidate of shortTowns12, taken or left.
type shortTownCand12 struct {
	f     Finding
	taken bool
}

// shortTowns12 adds the short forms of towns standing alone (see the file
// comment) to fs.
func shortTowns12(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	orgTownStarts12(tt, fs)
	var out []Finding
	for _, c := range shortTownCands12(tt, fs) {
		if c.taken {
			out = append(out, c.f)
		}
	}
	return addWhole(fs, out)
}

// shortTownCands12 returns every town short form of the text that is not
// a whole place word of gojieba's, taken or not.
func shortTownCands12(tt *tokText, fs []Finding) []shortTownCand12 {
	ts := getTownShorts17() // speed17a.go: the town short forms alone, their first characters and pairs
	n := len(tt.runes)
	var out []shortTownCand12
	next := 0 // no candidate starts inside the last one taken
	for k := range tt.toks {
		t := &tt.toks[k]
		// (speed17a: the two starts written out, the glued one tried only
		// after its token's test, where a loop over both asked both)
		if s := t.start; s >= next && s+1 < n && ts.first.has(tt.runes[s]) && isHan(tt.runes[s]) && ts.hasPair(tt.runes[s], tt.runes[s+1]) {
			out, next = shortTownAdd12(tt, fs, ts, k, s, false, out, next)
		}
		// 在埔田/x: the preposition glued before the name
		if t.pos == "x" && t.n() >= 2 && townGlueLeft12.has(tt.runes[t.start]) {
			if s := t.start + 1; s >= next && s+1 < n && ts.first.has(tt.runes[s]) && isHan(tt.runes[s]) && ts.hasPair(tt.runes[s], tt.runes[s+1]) {
				out, next = shortTownAdd12(tt, fs, ts, k, s, true, out, next)
			}
		}
	}
	return out
}

// shortTownAdd12 appends to out the candidate of shortTownAt12 at rune s,
// if any, and returns out and where the next candidate may start.
func shortTownAdd12(tt *tokText, fs []Finding, ts *townShorts17, k, s int, glued bool, out []shortTownCand12, next int) ([]shortTownCand12, int) {
	c, ok := shortTownAt12(tt, fs, ts, k, s, glued)
	if !ok {
		return out, next
	}
	if c.taken {
		next = tt.runeAt(c.f.End)
	}
	return append(out, c), next
}

// shortTownAt12 judges the longest town short form starting at rune s
// (inside token k after a glued preposition when glued).
func shortTownAt12(tt *tokText, fs []Finding, ts *townShorts17, k, s int, glued bool) (shortTownCand12, bool) {
	l := getLexicon()
	n := len(tt.runes)
	e, full, rest := 0, "", ""
	for z := min(s+5, n); z >= s+2; z-- {
		w := tt.sub(s, z)
		f, ok := ts.full[w] // a short form of a level-4 township, town or street office (townName12)
		if !ok {
			continue
		}
		// the end: a token's end, or a glued word after it (石坑段/x)
		r := ""
		if !tt.tokEnd(z) {
			u := tt.tokenAt(z)
			if u == nil || u.start >= z {
				continue
			}
			r = tt.sub(z, u.end)
			if !townGlueRight12[r] {
				continue
			}
		}
		e, full, rest = z, f, r
		break
	}
	if e == 0 {
		return shortTownCand12{}, false
	}
	w := tt.sub(s, e)
	bs, be := tt.off[s], tt.off[e]
	c := shortTownCand12{f: Finding{Type: LOCATION, Text: w, Start: bs, End: be, Evidence: "gazetteer-short-town:" + full, Score: 4}}
	t := &tt.toks[k]
	whole := !glued && t.start == s && t.end == e
	if whole && (t.pos == "ns" || t.pos == "x") {
		return c, false // location.go's reading, taken or guarded there
	}
	if townPart12(w) || l.common[w] || l.places[w] > 0 || genericPlaceStems[w] || nationalTerms[w] || countries[w] || oldTownWords[w] || categoryStems15[w] {
		// a word of a list: frequent, a place, a generic stem, a term
		return c, true
	}
	if e < n && townLevelRunes12.has(tt.runes[e]) && rest == "" {
		// the full name follows: location.go's
		return c, true
	}
	// what stands before and after, by kind: "p" place-taking (left) or place-following (right) word,
	// "edge", "list", "place" (left), "verb" and "kind" (right), "" none
	var left, right string
	if glued {
		left = "p"
	} else if k == 0 {
		left = "edge"
	} else {
		p := &tt.toks[k-1]
		switch {
		case p.n() == 1 && tt.runes[p.start] == '、':
			if placeEndsAt15(fs, tt.off[p.start]) {
				left = "list" // 镇、|X: a place before the comma (吴茱萸、|艾叶 is no place list)
			}
		case isPunctTok15(tt, k-1) && !quoteRunes12.has(tt.runes[p.start]):
			left = "edge"
		case townLeft12[p.word]:
			left = "p"
		case townEndsAt12(fs, bs):
			left = "place" // 新江乡|石坑段, 新拨镇|大唤起村: a place inside the town before
		}
	}
	switch {
	case rest != "":
		if townKind12[rest] {
			right = "kind"
		} else {
			right = "p"
		}
	case e >= n:
		right = "edge"
	default:
		u := tt.tokenAt(e)
		switch {
		case u == nil:
		case townKind12[u.word] || u.word == "等" && e+1 < n && (tt.runes[e+1] == '地' || tt.runes[e+1] == '乡' || tt.runes[e+1] == '镇'):
			right = "kind"
		case u.n() == 1 && tt.runes[u.start] == '、':
			if placeStartsAt12(fs, tt.off[u.end]) {
				right = "list"
			}
		case tt.tokStart(e) && isPunctTok15(tt, tt.tokOf[e]) && !quoteRunes12.has(tt.runes[e]):
			right = "edge"
		case townRight12[u.word]:
			right = "p"
		case u.pos == "v" || u.pos == "vn":
			right = "verb"
		}
	}
	if whole {
		tw, known := townWords12()[w]
		if !known || tw.freq >= rareTownWord12 || !townWordTags12[t.pos] || getPersonLexicon().ordinary[w] || locativeEnd12.has(lastRuneSlow(w)) {
			return c, true // frequent, unknown, ordinary, no noun's or name's tag, or a locative's end
		}
		edge := left == "edge" || left == "list"
		c.taken = runeLen(w) <= 3 && (left == "p" && (right == "p" || right == "kind" || right == "edge") || (edge || left == "place") && right == "kind" ||
			edge && right == "p" && townNameTags12[t.pos])
	} else {
		c.taken = right == "kind" ||
			left == "p" && right != "" ||
			(left == "edge" || left == "list") && (right == "p" || right == "list" || right == "edge")
	}
	if c.taken && (coveredGen15(fs, bs, be) || overlapsSure14(fs, bs, be) && !placeInside15(fs, bs, be)) {
		c.taken = false
	}
	return c, true
}

// orgTownStarts12 moves, in fs itself, the start of an organisation found
// from its kind back to the start of the town whose name it begins inside
// (八道|沟镇金氏家庭农场 read from gojieba's 八道/m 沟镇/x →
// 八道沟镇金氏家庭农场). Left
// cut, the organisation's text no longer matches once the town's short
// form (八道沟), masked elsewhere in the document, takes the characters
// before it: the replacement scans leftmost-longest, and the organisation
// would stay readable.
func orgTownStarts12(tt *tokText, fs []Finding) {
	l := getLexicon()
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || f.generic {
			continue
		}
		s := tt.runeAt(f.Start)
		e := tt.runeAt(f.End)
		if s <= 0 || e < 0 || !isHan(tt.runes[s-1]) {
			continue
		}
		for a := max(0, s-4); a < s; a++ {
			if !tt.tokStart(a) {
				continue
			}
			found := false
			for z := s + 1; z <= min(s+3, e); z++ {
				w := tt.sub(a, z)
				if lv, ok := l.place(w); ok && lv == 4 && townName12(w) {
					found = true
					break
				}
			}
			if found {
				f.Start = tt.off[a]
				f.Text = tt.text[f.Start:f.End]
				f.Evidence += ",town-start-12"
				break
			}
		}
	}
}
