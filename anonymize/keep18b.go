package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep18b: local products, species and minority
// peoples' folk culture that a recognizer read as names, each kept by its
// class:
//   - a product the document itself shows to be one (productFrame18b): a
//     weak name (a person read from a surname and given characters alone,
//     a firm's place word) that somewhere in the document stands right
//     before a word of a trade (…|产业, 中国…|之乡, …|种植面积, …|生产企业):
//     no person has an industry or a hometown title, so the word is a
//     product (毛衫, 石英砂), and every occurrence of it stays;
//   - an ordinary word of folk culture or nature that the name readers
//     take for a name (folkWords18b): minority peoples' foods (包尔萨克),
//     instruments (芦笙, 冬不拉), epics and sung arts (伊玛堪, 江格尔), and
//     wild species (东北虎, 红豆杉), written from general knowledge;
//   - a township's short form as the second half of a four-character
//     slogan coordinated with another (感恩|奋进、重建家园, 白茶|富民、美丽
//     宜居, “小县|大城”和“民族特色”): a word of the slogan, no place
//     (sloganHalf18b).
//
// keep18b runs right after keep37 (anonymize.go). A person's context at a
// finding (a role before, a name or speech after) keeps it.

// keep18b drops the findings of fs that are ordinary words of the classes
// above.
func keep18b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	products := map[string]bool{} // texts the document shows to be products
	// (speed29: a text without the characters of a trade frame holds no
	// product, and where none is a product the first case below is false)
	frameMay, anyProduct := tt.sigAny28(sigFrames29, tradeFramesSig29), false
	for _, f := range fs {
		if _, seen := products[f.Text]; !seen && weakName18b(f) {
			p := frameMay && productFrame18b(tt.text, f)
			products[f.Text] = p
			anyProduct = anyProduct || p
		}
	}
	return keepEach33(tt, fs, func(tt *tokText, f Finding, _ []Finding) (Finding, bool) {
		switch {
		case anyProduct && weakName18b(f) && (products[f.Text] || insideProduct18b(tt.text, f, products)):
			return f, true
		case f.Type == LOCATION && sloganHalf18b(tt, f):
			return f, true
		case f.Type != ORG && folkMay29(tt, &f) && !personContext33(f.Evidence): // (no folk word in the text: speed29.go)
			if ws, we, ok := insideFolkWord18b(tt.text, f); ok {
				return folkSite18b(tt.text, f, ws, we)
			}
		}
		return f, false
	})
}

// weakName18b reports a finding read from its own characters alone: a
// person from a surname and given characters (or a transliteration, an
// unknown word) with no role, title or speech at it, or a place read as a
// firm's place word or as the short form of a township elsewhere.
func weakName18b(f Finding) bool {
	ev := f.Evidence
	switch f.Type {
	case PERSON:
		// (speed29: the prefixes first, the searches of the evidence
		// only for a name read from its characters)
		if !strings.HasPrefix(ev, "surname+given") && !strings.HasPrefix(ev, "transliterated") {
			return false
		}
		return !personContext33(ev) && !strings.Contains(ev, "title") && !strings.Contains(ev, "role") && !strings.Contains(ev, "dot-name")
	case LOCATION:
		return strings.HasPrefix(ev, "firm-place-word") || strings.HasPrefix(ev, "gazetteer-short")
	}
	return false
}

// tradeFrames18b follow a product as its trade, its fields or its title of
// honour (毛衫|产业, 中国石斛|之乡, 红梅杏|种植面积). 种植 and 养殖 alone are
// left out: a farmer's name stands before them as a verb (村民张华|种植…).
var tradeFrames18b = []string{"产业", "之乡", "种植面积", "种植基地", "种植示范", "种植专业合作社", "种植户", "养殖场", "养殖基地", "养殖专业合作社", "生产企业", "加工企业", "精深加工", "收购点", "收购价", "文化景观"}

// productFrame18b reports whether f's text stands right before a word of
// a trade somewhere in the document. The short form of a township (天马 of
// 天马乡) is a product only before 之乡: before 产业 it may be the place's
// own park (石门|产业园).
func productFrame18b(text string, f Finding) bool {
	frames := tradeFrames18b
	if f.Type == LOCATION && strings.HasPrefix(f.Evidence, "gazetteer-short") {
		frames = []string{"之乡"}
	}
	for rest := text; ; {
		i := strings.Index(rest, f.Text)
		if i < 0 {
			return false
		}
		rest = rest[i+len(f.Text):]
		if firstPrefix(rest, frames) != "" {
			return true
		}
	}
}

// insideProduct18b reports a weak name lying inside an occurrence of a
// product of the document (茶林, a township's short form, in 古茶林 once
// 古茶林 is kept).
func insideProduct18b(text string, f Finding, products map[string]bool) bool {
	for p, ok := range products {
		if !ok || len(p) <= len(f.Text) || !strings.Contains(p, f.Text) {
			continue
		}
		lo, hi := max(0, f.End-len(p)), min(len(text), f.Start+len(p))
		if lo >= hi {
			continue
		}
		for w := text[lo:hi]; ; {
			i := strings.Index(w, p)
			if i < 0 {
				break
			}
			if s := lo + i; s <= f.Start && f.End <= s+len(p) {
				return true
			}
			lo += i + len(p)
			w = w[i+len(p):]
		}
	}
	return false
}

// folkWords18b are ordinary words of minority peoples' folk culture and of
// nature that gojieba or the surname reader takes for a name: foods,
// musical instruments, epics and sung or danced arts, and protected wild
// species. Not the place-like ones (玛纳斯 is also a county).
var folkWords18b = wordSet(`
	包尔萨克 馓子 奶疙瘩 酥油茶 糌粑 油香 萝卜干 土蜂蜜 黏豆包 粘豆包
	芦笙 冬不拉 热瓦普 都塔尔 弹布尔 艾捷克 库布孜 火不思 马头琴 四胡 口弦 葫芦丝 牛腿琴 侗笛 唢呐
	伊玛堪 江格尔 格萨尔 乌力格尔 好来宝 木卡姆 麦西来甫 阿肯弹唱 呼麦 舍巴日 摆手舞 西兰卡普 滚山珠
	东北虎 华南虎 金钱豹 雪豹 云豹 梅花鹿 白唇鹿 藏羚羊 金丝猴 黑颈鹤 丹顶鹤 朱鹮 红豆杉 南方红豆杉 珙桐`)

// folkFirsts18b are the first characters of folkWords18b (speed25):
// insideFolkWord18b asks the word list only from such a character.
var folkFirsts18b = func() (b runeBits) {
	for w := range folkWords18b {
		r, _ := utf8.DecodeRuneInString(w)
		b.set(r)
	}
	return
}()

// keepListItem18b reports an item of an enumeration that is a word of
// folkWords18b (…镇的土蜂蜜、…): list items reach the redaction without
// the rounds.
func keepListItem18b(f Finding) bool {
	return f.Score < 100 && f.Type != ORG && folkWords18b[f.Text] && !personContext33(f.Evidence)
}

// insideFolkWord18b reports whether f is a word of folkWords18b or lies
// inside one in the text (伊玛 of 伊玛堪, read as a transliteration once
// the whole word is kept).
func insideFolkWord18b(text string, f Finding) (int, int, bool) {
	if folkWords18b[f.Text] {
		return f.Start, f.End, true
	}
	if f.Start < 0 || f.End > len(text) {
		return 0, 0, false
	}
	for s, i := f.Start, 0; i <= 3; i++ {
		// (speed25: no folk word starts with the character at s, none of
		// the lookups below can hit; skip them, as before, s moves on)
		if r, _ := utf8.DecodeRuneInString(text[s:]); !folkFirsts18b.has(r) {
			if s == 0 {
				break
			}
			_, n := utf8.DecodeLastRuneInString(text[:s])
			s -= n
			continue
		}
		for e, j := f.End, 0; j <= 3; j++ {
			if (i > 0 || j > 0) && folkWords18b[text[s:e]] {
				return s, e, true
			}
			if e >= len(text) {
				break
			}
			_, n := utf8.DecodeRuneInString(text[e:])
			e += n
		}
		if s == 0 {
			break
		}
		_, n := utf8.DecodeLastRuneInString(text[:s])
		s -= n
	}
	return 0, 0, false
}

// folkSiteKinds18b follow a folk word in the name of a site that teaches,
// shows or stages it (伊玛堪|传习所, 格萨尔|说唱|传习所, an epic's 宫): a site's name, which the
// sets mask as a whole.
var folkSiteKinds18b = []string{"传习所", "传习中心", "传习馆", "传习基地", "传承基地", "传承中心", "协会", "艺术团", "博物馆", "展览馆", "大剧院", "剧院", "广场", "风情园", "文化园", "文化中心", "演艺中心", "赛马场", "牧场", "景区", "宫"}

// folkSite18b returns f grown over the folk word at [ws, we) and the
// site's kind after it when one follows (伊玛堪传习所), and drops f
// otherwise: the word alone is an ordinary word.
func folkSite18b(text string, f Finding, ws, we int) (Finding, bool) {
	g := firstPrefix(text[we:], performGenres37) // (格萨尔|说唱|传习所)
	k := firstPrefix(text[we+len(g):], folkSiteKinds18b)
	if k == "" {
		return f, true
	}
	f.Start, f.End = ws, we+len(g)+len(k)
	f.Text = text[f.Start:f.End]
	f.Type, f.Evidence = LOCATION, f.Evidence+",folk-site18b"
	return f, false
}

// sloganDelims18b bound the phrases of a coordinated slogan.
const sloganDelims18b = "“”‘’、，,；;：:。（）()「」 \n"

// sloganHalf18b reports a township's short form found from the gazetteer
// alone (奋进 of 奋进乡) that is the second half of a four-character phrase
// standing alone between marks (an opening one before it), whose first
// half is no place (感恩, not 云南 of 云南|富民), and that is coordinated
// with another four-character phrase opened by no place right before or
// after it (…、重建家园; “小县大城”和“民族特色”).
func sloganHalf18b(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "gazetteer-short") || hasAnySuffix14(f.Evidence, []string{"省", "自治区", "市"}) {
		return false // (a province's or city's short form stays: “人人持证、技能河南”)
	}
	s := tt.runeAt(f.Start)
	e := len(tt.runes)
	if f.End < len(tt.text) {
		e = tt.runeAt(f.End)
	}
	rs := tt.runes
	if s < 2 || e != s+2 || !isHan(rs[s-1]) || !isHan(rs[s-2]) || placeStem(string(rs[s-2:s])) {
		return false
	}
	delim := func(i int) bool { return i < 0 || i >= len(rs) || strings.ContainsRune(sloganDelims18b, rs[i]) }
	if !delim(s-3) || !delim(e) || s >= 3 && strings.ContainsRune("”’）)」", rs[s-3]) {
		return false // (a closing mark before: the phrase runs on from it, “凌源红”番茄|进入沈阳)
	}
	// a four-character phrase between marks at [i, i+4)
	phrase := func(i int) bool {
		if i < 0 || i+4 > len(rs) || !delim(i-1) || !delim(i+4) {
			return false
		}
		for _, r := range rs[i : i+4] {
			if !isHan(r) {
				return false
			}
		}
		// a slogan opened by a word, no place (not 锦州|商超; its second
		// half may be a township's short form too: 感恩|奋进)
		return !placeStem(string(rs[i : i+2]))
	}
	// the marks and conjunctions between the phrases (、; ”和“)
	gap := func(r rune) bool {
		return r != '\n' && (strings.ContainsRune(sloganDelims18b, r) || r == '和' || r == '与')
	}
	for i, n := e, 0; i < len(rs) && n < 3 && gap(rs[i]); i, n = i+1, n+1 {
		if phrase(i + 1) {
			return true
		}
	}
	for i, n := s-3, 0; i >= 0 && n < 3 && gap(rs[i]); i, n = i-1, n+1 {
		if phrase(i - 4) {
			return true
		}
	}
	return false
}
