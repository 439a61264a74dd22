package anonymize

import (
	"strings"
)

// This file holds the person-name rules for the way county reports write
// names, beside the news-trained scorer and tagger of person.go: names
// spaced out after a role (项目经理杨 勇), bare surname and title
// references in a salutation or before a verb of speaking (尊敬的钱县长),
// compound surnames after a role or before a title (司徒书记), 老/小 and a
// surname after a word for a villager (村民老周), and the ordinary words of
// the genre that read like names (毛竹, 黄牛, 博士后), which are not masked.

// reportPersons adds the names the report rules find to fs, the findings
// of the scorer and the tagger for one text, and drops those that are
// ordinary words of the genre.
func reportPersons(tt *tokText, fs []Finding) []Finding {
	if len(tt.runes) == 0 {
		return fs
	}
	fs = upgradeCompoundAfterRole(tt, fs)
	fs = append(fs, spacedAfterRole(tt)...)
	fs = append(fs, reportTitleRefs(tt)...)
	fs = append(fs, familiarAfterPersonNoun(tt)...)
	return fs
}

// personRoleToken reports whether token t names a role or a title that a
// name follows (项目经理, 镇长, 党委书记), not a verb (带领, 告诉).
func personRoleToken(t *tok) bool {
	if t == nil || verbsOfSaying[t.word] {
		return false
	}
	return rolesBefore[t.word] || hasRoleSuffix(t.word)
}

// spaceRune reports the spaces that pad names in reports.
func spaceRune(r rune) bool { return r == ' ' || r == '　' }

// spacedAfterRole finds names spaced out after a role in running text and
// in speaker lines: 项目经理杨 勇多次…, 镇长柴 伟 介绍, 乡长 阿 苦 日 呷.
// After the role (and at most three spaces) come two to four single
// characters with one to three spaces between them; a piece that begins a
// longer word of gojieba's (介绍) is no part of the name. The first piece
// must be a surname, unless there are four pieces (a Yi or Tibetan name,
// 阿 苦 日 呷), and no piece may be a grammatical character.
func spacedAfterRole(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if !personRoleToken(t) {
			continue
		}
		i := t.end
		for j := 0; j < 3 && i < n && spaceRune(tt.runes[i]); j++ {
			i++
		}
		if i >= n {
			continue
		}
		var pieces []int // rune index of each piece
		spaced := false
		for p := i; p < n && len(pieces) < 5; {
			r := tt.runes[p]
			if !isHan(r) || functionRunes[r] || hardStop[r] || isMaskRune(r) || givenStop[r] && len(pieces) < 2 {
				break
			}
			if len(pieces) > 0 && tt.toks[tt.tokOf[p]].n() > 1 {
				break // the piece begins a word (柴 伟 介绍)
			}
			pieces = append(pieces, p)
			q := p + 1
			sp := 0
			for q < n && spaceRune(tt.runes[q]) && sp < 4 {
				q++
				sp++
			}
			if sp == 0 || sp > 3 || q >= n {
				break // the last piece: a character or a word follows it directly (杨 勇多次)
			}
			spaced = true
			p = q
		}
		if !spaced || len(pieces) < 2 {
			continue
		}
		if len(pieces) > 4 {
			continue // a run of single characters, not a name
		}
		first := tt.runes[pieces[0]]
		if _, ok := l.surname[first]; !ok && len(pieces) < 4 {
			continue
		}
		if len(pieces) < 4 && tt.toks[tt.tokOf[pieces[0]]].n() > 1 {
			continue // the surname character begins a word (乡长 王家 …)
		}
		// the given characters must not all be ordinary-word characters
		score := 0.0
		for _, p := range pieces[1:] {
			score += clamp(l.given[tt.runes[p]], -4, 3)
		}
		if score < -2*float64(len(pieces)-1) {
			continue
		}
		s, e := pieces[0], pieces[len(pieces)-1]+1
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,role-before:" + t.word, Score: contextScore + 1})
	}
	return out
}

// upgradeCompoundAfterRole makes a doubtful name with a compound surname
// right after a role a confirmed one (镇党委书记司徒建国, where gojieba reads
// 建国 as a place word): a compound surname from the table after a role is
// evidence enough.
func upgradeCompoundAfterRole(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !f.generic || !strings.HasSuffix(f.Evidence, ",doubtful") || !strings.Contains(f.Evidence, "role-before:") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e-s < 3 || e-s > 4 || !l.compound[string(tt.runes[s:s+2])] {
			continue
		}
		f.generic = false
		f.Score = contextScore
		f.Evidence = strings.TrimSuffix(f.Evidence, ",doubtful") + ",compound-surname"
	}
	return fs
}

// speechAfterTitle are the words after a surname-and-title reference that
// show it is a person speaking or acting (钱县长指出, 司徒书记逐一点评).
var speechAfterTitle = wordSet(`指出 强调 要求 讲话 说 表示 认为 介绍 提出 主持 点评 逐一 作 做 部署 批示 带队 调研 一行 同志 对 在 亲自 多次 再次 专门`)

// salutationBefore are the words of a salutation before a surname and a
// title (尊敬的钱县长, 敬爱的).
var salutationBefore = wordSet(`尊敬 敬爱 亲爱`)

// reportTitleRefs finds references by surname and title that
// surnameTitles leaves, whether or not the full name stands in the
// document: a compound surname before a title (司徒书记), and a surname
// that seldom begins a name before a title in a salutation (尊敬的钱县长)
// or before a verb of speaking or acting (钱县长指出).
func reportTitleRefs(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	endsWord := func(p int) bool { return p == n || p > 0 && tt.toks[tt.tokOf[p-1]].end == p }
	title := func(i int) int { // the end of the longest title at rune i that ends a word, or 0
		for k := min(n, i+4); k > i; k-- {
			if personTitles[string(tt.runes[i:k])] && endsWord(k) && k-i >= 2 {
				return k
			}
		}
		return 0
	}
	for i := 0; i+2 < n; i++ {
		r := tt.runes[i]
		if !isHan(r) {
			continue
		}
		t := tt.toks[tt.tokOf[i]]
		if t.start != i {
			continue
		}
		// a compound surname of its own or one word with the title
		if i+3 < n && l.compound[string(tt.runes[i:i+2])] && (t.end == i+2 || t.end > i+2 && personTitles[string(tt.runes[i+2:t.end])]) {
			if e := title(i + 2); e > 0 && !l.common[tt.sub(i, e)] {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "compound-surname+title:" + tt.sub(i+2, e), Score: 3})
				i = e - 1
				continue
			}
		}
		// a lone surname character before a title
		if _, ok := l.surname[r]; !ok || t.n() != 1 || l.first[r] < 1 || gramPOS(t.pos) || t.pos == "v" {
			continue
		}
		e := title(i + 1)
		if e == 0 || l.common[tt.sub(i, e)] {
			continue
		}
		ctx := ""
		if b := tt.tokenBefore(i); b != nil && b.word == "的" {
			if bb := tt.tokenBefore(b.start); bb != nil && salutationBefore[bb.word] {
				ctx = "salutation"
			}
		}
		if a := tt.tokenAt(e); ctx == "" && a != nil && a.start == e && speechAfterTitle[a.word] {
			ctx = "speaking"
		}
		if ctx == "" {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i, e), Start: tt.off[i], End: tt.off[e], Evidence: "surname+title:" + tt.sub(i+1, e) + "," + ctx, Score: 3})
		i = e - 1
	}
	return out
}

// personNouns are words for a villager or a resident before a familiar
// reference (村民老周, 贫困户小李).
var personNouns = wordSet(`村民 农民 茶农 果农 菜农 棉农 烟农 药农 花农 林农 菇农 渔民 牧民 居民 群众 农户 村干部 职工 员工 工人 老人 大爷 大妈 大娘 大叔 阿姨 师傅 老乡 乡亲 党员 老党员 贫困户 脱贫户 户主 种植户 养殖户 社员 老板 店主 摊主 志愿者 网格员 护林员 保洁员 驾驶员 技术员 村医 游客 学生 同学 老师 队员`)

// familiarAfterPersonNoun finds 老/小 and a surname after a word for a
// villager or a resident (村民老周, 养殖户小杨), however gojieba tags them
// (老周/t).
func familiarAfterPersonNoun(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i < n; i++ {
		if c := tt.runes[i-1]; c != '老' && c != '小' {
			continue
		}
		r := tt.runes[i]
		if _, ok := l.surname[r]; !ok || l.first[r] < 1 {
			continue
		}
		t := tt.toks[tt.tokOf[i-1]]
		// 老周 one word, or 老 and 周 words of their own
		if !(t.start == i-1 && t.end == i+1) && !(t.start == i-1 && t.end == i && tt.toks[tt.tokOf[i]].n() == 1) {
			continue
		}
		if gramPOS(t.pos) || l.common[tt.sub(i-1, i+1)] && t.end == i+1 && t.pos != "t" && t.pos != "nr" && t.pos != "x" {
			continue
		}
		ctx := ""
		if b := tt.tokenBefore(i - 1); b != nil && personNouns[b.word] {
			ctx = "person-before:" + b.word
		}
		if ctx == "" {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(i-1, i+1), Start: tt.off[i-1], End: tt.off[i+1], Evidence: "familiar-surname," + ctx, Score: 3})
	}
	return out
}
