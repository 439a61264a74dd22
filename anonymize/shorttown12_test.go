package anonymize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// townWords12File builds the text of data/townwords12.txt.gz: every town
// short form of the lexicon (level 4, lexicon.short) that is a word of
// gojieba's dictionary, with its frequency and tag there, sorted.
func townWords12File(t *testing.T) string {
	t.Helper()
	f, err := os.Open("../segment/dict/jieba.dict.utf8.gz")
	if err != nil {
		t.Skipf("gojieba dictionary: %v", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	l := getLexicon()
	var lines []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		if len(p) != 3 || seen[p[0]] {
			continue
		}
		if full, ok := l.short[p[0]]; ok && l.places[full] == 4 {
			seen[p[0]] = true
			lines = append(lines, p[0]+"\t"+p[1]+"\t"+p[2])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

// TestTownWords12File checks that the embedded data/townwords12.txt.gz is
// what the lexicon and gojieba's dictionary give today (a change to either
// makes it stale); TOWNWORDS12_WRITE=1 writes it.
func TestTownWords12File(t *testing.T) {
	want := townWords12File(t)
	if os.Getenv("TOWNWORDS12_WRITE") == "1" {
		var b bytes.Buffer
		z, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		z.Write([]byte(want))
		z.Close()
		if err := os.WriteFile("data/townwords12.txt.gz", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := townWords12()
	n := strings.Count(want, "\n")
	if len(got) != n {
		t.Fatalf("data/townwords12.txt.gz has %d words, the lexicon and dictionary give %d: rerun with TOWNWORDS12_WRITE=1", len(got), n)
	}
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		p := strings.Split(line, "\t")
		if w := got[p[0]]; fmt.Sprint(w.freq) != p[1] || w.tag != p[2] {
			t.Fatalf("data/townwords12.txt.gz: %s is %d/%s, want %s/%s: rerun with TOWNWORDS12_WRITE=1", p[0], w.freq, w.tag, p[1], p[2])
		}
	}
}

// TestShortTowns12 runs sentences of our own writing, each naming a town
// by its short form alone (no full name in the document), through the
// anonymizer: the short form must be masked and the frame words kept.
func TestShortTowns12(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	cases := []struct{ text, name, keep string }{
		// pieces: gojieba cut the short form apart or glued it to the
		// preposition before, between a place-taking word and a verb
		{"将走马坪纳入全县示范创建范围。", "走马坪", "纳入"},
		{"与万顷沙结成帮扶对子。", "万顷沙", "结成"},
		{"县里安排专项资金，支持棠下发展稻虾共养。", "棠下", "发展"},
		{"驻长来帮扶干部每月走访脱贫户一次。", "长来", "帮扶干部"},
		{"为墩上争取项目资金八百万元。", "墩上", "争取"},
		// pieces: a clause edge and a place-following word
		{"去年，花箦累计接待游客八万人次。", "花箦", "累计"},
		// an area's kind after the short form (张楞段): taken whatever
		// stands before (县道 is no place-taking word)
		{"县道张楞段完成提质改造。", "张楞", "提质改造"},
		// rare dictionary words between place-taking and place-following words
		{"上月赴七宝考察城乡融合发展。", "七宝", "考察"},
		{"全县现场推进会在竹亭召开。", "竹亭", "召开"},
		{"这条旅游环线途经小洋，沿途有三处观景台。", "小洋", "沿途"},
		// a rare name-tagged word at a clause's start before 群众
		{"左家群众自发捐资修建了便民桥。", "左家", "群众"},
	}
	for _, c := range cases {
		red := a.Analyze([]string{c.text})
		out := red.Apply(c.text)
		if strings.Contains(out, c.name) {
			t.Errorf("%q: %s survived: %s", c.text, c.name, out)
		}
		if !strings.Contains(out, c.keep) {
			t.Errorf("%q: %s was masked: %s", c.text, c.keep, out)
		}
	}
}

// TestShortTowns12Keeps checks ordinary words that are also town short
// forms in the contexts this file reads as a place's: a frequent
// dictionary word (操场 284, 茶园 255, 草坪 291), a zone's kind (物流园 of
// 物流园区), a quoted slogan (“两山” of 两山乡) and a four-character word
// (民族团结 of 民族团结乡) and a rare word ending in a locative (田头 of
// 田头乡) stay readable.
func TestShortTowns12Keeps(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	for _, c := range []struct{ text, keep string }{
		{"学校在操场举办秋季运动会。", "操场"},
		{"技术员在茶园开展病虫害统防统治。", "茶园"},
		{"物业公司对草坪进行了补植修剪。", "草坪"},
		{"合作社与物流园签订了冷链仓储协议。", "物流园"},
		{"围绕“两山”转化，发展林下经济。", "两山"},
		{"全县坚持以民族团结为主线，推进各族群众交往交流。", "民族团结"},
		{"县政府支持高新技术企业申报研发费用补助。", "高新技术企业"},
		{"专家们深入田头，手把手指导群众科学施肥。", "田头"},
	} {
		red := a.Analyze([]string{c.text})
		if out := red.Apply(c.text); !strings.Contains(out, c.keep) {
			t.Errorf("%q: %s was masked: %s", c.text, c.keep, out)
		}
	}
}

// TestOrgTownStarts12: an organisation whose start gojieba cut inside the
// town before it (八道|沟镇…家庭农场) must stay masked whole when the
// town's short form is masked in another paragraph.
func TestOrgTownStarts12(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "去年八道沟镇宏丰家庭农场获评省级示范家庭农场。\n今年在八道沟建成冷库两座。")
	for _, s := range []string{"八道沟", "宏丰"} {
		if strings.Contains(out, s) {
			t.Errorf("%s survived: %s", s, out)
		}
	}
	if !strings.Contains(out, "获评省级示范家庭农场") || !strings.Contains(out, "建成冷库") {
		t.Errorf("frame words masked: %s", out)
	}
}
