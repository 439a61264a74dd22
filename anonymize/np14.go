package anonymize

import "strings"

// This file holds round np14: narrowings of the readings after a role
// word (persons14's role-verb reading, leaks33's roleNames33) that took
// ordinary words of news text for names, each a class of the characters
// after the role, never a name:
//
//   - 都 before an adverb or negation (球员|都曾在…, 老师|都不在…): 都 is
//     the adverb "all" after a plural role, no surname;
//   - 周 before a weekday numeral (总理|周二晚表示): a day of the week;
//   - 和 before a noun of the dictionary or a kind of persons (党员|和师生,
//     师生 tagged nr by gojieba): the conjunction joining a kind of person
//     or thing (persons14 already asks givenBacked14; leaks33 now asks it
//     too);
//   - a surname before a determiner (成员国|该月): 该, 此, 各, 每 begin
//     a phrase of time or reference, no given name;
//   - a two-character given name ending in an adverb before a verb
//     (总编辑王晨|都表示): the adverb is no part of the name, which ends
//     before it.

// adverbAfterDou14 are adverbs and negations that follow the adverb 都.
var adverbAfterDou14 = runeBitsOf("不没未曾已都也还亦均是要会能在将很非")

// weekdayRunes14 follow 周 in a day of the week (周一 … 周日, 周末).
var weekdayRunes14 = runeBitsOf("一二三四五六日天末")

// determiners14 begin a phrase of time or reference (该月, 此次, 各级).
var determiners14 = runeBitsOf("该此各每这那")

// adverbTail14 are adverbs that may end a two-character given name's
// reading though they belong to the verb after it (王晨|都表示).
var adverbTail14 = runeBitsOf("都也还就又均亦已曾")

// notNameAfterRole14 reports whether runes [s, e) after a role word are
// an ordinary phrase of one of this round's classes rather than a name.
func notNameAfterRole14(tt *tokText, s, e int) bool {
	if e-s < 2 || e > len(tt.runes) {
		return false
	}
	r, g := tt.runes[s], tt.runes[s+1]
	switch {
	case r == '都' && adverbAfterDou14.has(g):
		return true // 球员|都曾在, 老师|都不在
	case r == '周' && weekdayRunes14.has(g):
		return true // 总理|周二晚表示
	case determiners14.has(g):
		return true // 成员国|该月
	case r == '和' && (nounAfterAnd14(tt, s+1, e) || kindsOfPersons14[tt.sub(s+1, e)]):
		return true // 党员|和师生
	}
	return false
}

// nounAfterAnd14 reports whether runes [g, e) are one token of the
// dictionary tagged a common noun (师生/n), which the conjunction 和 joins
// to the word before it.
func nounAfterAnd14(tt *tokText, g, e int) bool {
	k := tt.tokAt13(g)
	if k < 0 || tt.toks[k].start != g || tt.toks[k].end != e {
		return false
	}
	p := tt.toks[k].pos
	return strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "nr") && p != "ns" && p != "nz"
}

// kindsOfPersons14 are kinds of persons the person nouns lack, several of
// them coordinated pairs gojieba tags as a name (师生/nr): after 和 they
// are joined to the role before, no given name.
var kindsOfPersons14 = wordSet(`师生 官兵 军民 干群 警民 医患 师徒 干部 党员 学生 教师 家长 村民 居民 农户 工人 员工`)
