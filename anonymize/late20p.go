package anonymize

// late20p.go: persons of a surname that is also an ordinary word (原 "former",
// 向 "towards", 龙, 程) and a given name that reads as a word (卫平, 秋水,
// 建国), named in a person's frame the earlier rounds read only in short
// sentences. late20p runs right after roleNames16 (anonymize.go):
//
//   - hostNames20p: a venue's host (民宿主人, 客栈主人, 农家乐主人) is a
//     role like 店主 and 老板: a surname of any tier and two characters after
//     it, before a verb of work or life (返乡, 获评) or 在, are masked;
//   - roleCountNames20p: a role (高级农艺师, 小伙, 技术员) + a surname of any
//     tier and two characters + 等 and a count of persons (等42名) or 在, the
//     head of a counted group of persons or the subject of a clause of place;
//     framedNames19 reads the verbs, not 等N名 nor 在 past a long clause.
//
// A name found so is masked wherever it stands in the text.
func late20p(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 {
		return fs
	}
	out := framedNames20p(tt, fs)
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// hostWords20p name the host of a venue: a role only after a venue's kind.
var hostWords20p = []string{"主人", "掌柜"}

// venueKinds20p are lodgings, eateries and shops whose host is named in
// reports (民宿主人甲乙丙).
var venueKinds20p = []string{"民宿", "客栈", "家乐", "茶馆", "茶社", "饭店", "餐馆", "酒店", "书屋", "工坊", "作坊", "小店", "农庄", "山庄", "山居", "驿站"}

// hostBefore20p reports whether a venue's host word (民宿主人) ends right
// before rune j; 主人翁 and 主人公 are no host.
func hostBefore20p(tt *tokText, j int) bool {
	rs := tt.runes
	if j < 4 || j >= len(rs) || rs[j] == '翁' || rs[j] == '公' {
		return false
	}
	for _, w := range hostWords20p {
		h := j - 2
		if tt.sub(h, j) != w {
			continue
		}
		for _, v := range venueKinds20p {
			if tt.sub(h-2, h) == v {
				return true
			}
		}
	}
	return false
}

// countTail20p reports whether 等 and a count of persons (等42名, 等十余位,
// 等3人) begin at rune e.
func countTail20p(tt *tokText, e int) bool {
	rs := tt.runes
	n := len(rs)
	if e >= n || rs[e] != '等' {
		return false
	}
	k := e + 1
	for k < n && k-e <= 6 && (numeralRune(rs[k]) || rs[k] == '余' || rs[k] == '多') {
		k++
	}
	return k > e+1 && k < n && (rs[k] == '名' || rs[k] == '位' || rs[k] == '人')
}

// framedNames20p: see the file comment, both classes.
func framedNames20p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	l := getLexicon()
	var out []Finding
	for j := 2; j+3 < n; j++ {
		e := j + 3
		if !framedNameMay30(rs[j-1], rs[e]) { // speed30.go: the characters beside the name first
			continue
		}
		if !isHan(rs[j]) || !surnameAny15(l, rs[j]) || nameStops19.has(rs[j]) || firstStops19.has(rs[j]) {
			continue
		}
		host := hostBefore20p(tt, j)
		if !host && !roleBefore19(tt, j) {
			continue
		}
		// after the name: a verb of work or life, 在, or (after a role) 等
		// and a count of persons
		if !(workVerbAt19(tt, e) || rs[e] == '在' || !host && countTail20p(tt, e)) {
			continue
		}
		if !looseName14x(tt, j, e, true) || nameStops19.has(rs[j+1]) || nameStops19.has(rs[j+2]) {
			continue
		}
		w := tt.sub(j, e)
		if l.common[w] || roleTails19[w] || roleNot19[w] || overlapsSure18w(fs, tt.off[j], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[j], End: tt.off[e], Evidence: "framed20p", Score: 3})
	}
	return out
}

// channelWords20p are words of a channel or a place of doing (线上 "online",
// 田间 "in the fields") that a rule reading two characters after a role
// takes for a given name (种植户|线上|销售): no person's name.
var channelWords20p = wordSet(`线上 线下 网上 网下 云上 云端 田间 地头 田头 村里 镇上 县里 城里 家中 家里 户外 当地 本地 就地 现场 场内 场外`)

// channelKeep20p (class: a channel or place-of-doing word read as a person
// after a role, 种植户线上销售, 果农田间采摘): such person findings are
// dropped, wherever they stand. It runs after keep37 (anonymize.go).
func channelKeep20p(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && channelWords20p[f.Text] {
			continue
		}
		out = append(out, f)
	}
	return sectionKeep20p(out)
}

// sectionWords20p are sections of a road or line under works (江滨路|延伸段,
// 3号线|延伸段) that gojieba tags as a transliterated name: no person.
var sectionWords20p = wordSet(`延伸段 延长段 拓宽段 改造段 改扩建段 提升段 示范段 先行段 试验段 起步段 连接段 贯通段 过境段 支线段`)

// sectionKeep20p (class: a section of a road or line under works, 延伸段,
// 拓宽段, read as a transliterated person after the masked road): dropped.
// Run with channelKeep20p after keep37.
func sectionKeep20p(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && sectionWords20p[f.Text] {
			continue
		}
		out = append(out, f)
	}
	return out
}
