package ingest

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"huibao/store"
)

// reportText is a short work report of our own writing; n varies the
// text (and so the SHA-256), person puts a name in it.
func reportText(n int, person string) string {
	return fmt.Sprintf(`关于%d年农村人居环境整治工作情况的汇报

一、工作成效
今年以来，我镇坚持把人居环境整治作为乡村振兴的基础工程，累计清理垃圾%d吨，新建公厕%d座，完成改厨改厕%d户。镇党委书记%s同志多次带队督查。

二、存在问题
部分村庄长效管护机制还不健全，群众参与积极性有待提高，资金投入仍显不足。

三、下步打算
下一步，我们将继续加大投入，计划新建污水处理设施%d处，推动整治工作常态化、制度化。
`, 2000+n%25, 100+n, 3+n%7, 200+n, person, 5+n%4)
}

func gbk(s string) string {
	b, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return b
}

type zentry struct {
	name    string
	data    []byte
	gbkName bool
	mode    os.FileMode
}

func makeZip(t *testing.T, entries []zentry) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.gbkName {
			h.Name = gbk(e.name)
			h.NonUTF8 = true // no UTF-8 flag, as Chinese Windows writes them
		}
		if e.mode != 0 {
			h.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type tentry struct {
	name     string
	data     []byte
	typeflag byte
}

func makeTarGz(t *testing.T, entries []tentry) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644, Size: int64(len(e.data)), Typeflag: e.typeflag}
		switch e.typeflag {
		case tar.TypeSymlink:
			h.Linkname, h.Size = "/etc/passwd", 0
		case tar.TypeChar:
			h.Devmajor, h.Devminor, h.Size = 1, 3, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		tw.Write(e.data)
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func openStore(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestIngestHostileAndMixedInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	// Plain files in nested folders, and clutter that is skipped.
	write(t, filepath.Join(in, "a", "b", "plain1.txt"), []byte(reportText(1, "张三")))
	write(t, filepath.Join(in, "a", "plain2.txt"), []byte(reportText(2, "李四")))
	write(t, filepath.Join(in, "a", "photo.jpg"), []byte("\xff\xd8\xff\xe0 not a report"))
	write(t, filepath.Join(in, ".DS_Store"), []byte("junk"))
	// A corrupt document among good ones.
	write(t, filepath.Join(in, "broken.docx"), []byte("PK\x03\x04 this is not really a docx"))
	// A zip made on Chinese Windows: GBK names, no UTF-8 flag; one entry
	// tries to climb out with "..".
	write(t, filepath.Join(in, "gbk.zip"), makeZip(t, []zentry{
		{name: "2023年/工作总结甲.txt", data: []byte(reportText(3, "王五")), gbkName: true},
		{name: "2023年/赵六述职报告.txt", data: []byte(reportText(4, "赵六")), gbkName: true},
		{name: "../../王建国同志的材料.txt", data: []byte(reportText(5, "孙七"))},
		{name: "link.txt", data: []byte("/etc/passwd"), mode: os.ModeSymlink | 0o777},
	}))
	// A tar.gz with a symlink and a device, which are ignored.
	write(t, filepath.Join(in, "set.tar.gz"), makeTarGz(t, []tentry{
		{name: "docs/six.txt", data: []byte(reportText(6, "周八")), typeflag: tar.TypeReg},
		{name: "docs/passwd.txt", typeflag: tar.TypeSymlink},
		{name: "docs/null", typeflag: tar.TypeChar},
	}))
	// Nesting: zip › zip › tar.gz › report is depth 3 (allowed);
	// one level more is refused.
	inner := makeTarGz(t, []tentry{{name: "deep.txt", data: []byte(reportText(7, "吴九")), typeflag: tar.TypeReg}})
	mid := makeZip(t, []zentry{{name: "inner.tar.gz", data: inner}})
	write(t, filepath.Join(in, "nested.zip"), makeZip(t, []zentry{
		{name: "mid.zip", data: mid},
		{name: "too-deep.zip", data: makeZip(t, []zentry{{name: "l2.zip", data: makeZip(t, []zentry{{name: "l3.zip", data: mid}})}})},
	}))
	// A zip bomb: 3 MB of zeros (about 3 KB compressed, within the 4 MB
	// entry limit but far beyond the ratio), and an entry larger than the
	// per-entry limit.
	zeros := make([]byte, 3<<20)
	write(t, filepath.Join(in, "bomb.zip"), makeZip(t, []zentry{
		{name: "zeros.txt", data: zeros},
		{name: "after-bomb.txt", data: []byte(reportText(8, "郑十"))},
	}))
	write(t, filepath.Join(in, "big.zip"), makeZip(t, []zentry{
		{name: "big.txt", data: bytes.Repeat([]byte("人居环境整治。"), 300_000)}, // 6.3 MB
		{name: "ok.txt", data: []byte(reportText(9, "钱一"))},
	}))
	// A truncated archive.
	good := makeZip(t, []zentry{{name: "x.txt", data: []byte(reportText(10, "冯二"))}})
	write(t, filepath.Join(in, "truncated.zip"), good[:len(good)/2])

	st := openStore(t, filepath.Join(dir, "c.db"))
	opt := Options{Workers: 2, Tags: map[string]string{"batch": "t1"},
		Limits: Limits{MaxEntryBytes: 4 << 20, MaxRatio: 50, Slack: 256 << 10}}
	sum, err := Run(context.Background(), st, []string{in}, opt)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]int{}
	for _, f := range sum.Failures {
		codes[f.Code]++
		for _, name := range []string{"王建国", "赵六"} {
			if strings.Contains(f.Entry+f.Message, name) {
				t.Errorf("failure leaks the name %s: %+v", name, f)
			}
		}
		if strings.Contains(f.Entry, dir) {
			t.Errorf("failure names the absolute input path: %+v", f)
		}
	}
	t.Logf("summary: %+v", sum)
	// ingested: plain1, plain2, 工作总结甲, 张三述职报告, six, deep, ok = 7
	// (after-bomb is abandoned with the rest of bomb.zip).
	// failed: broken.docx, ../ entry, too-deep, bomb, big.txt, truncated.zip = 6
	// skipped: photo.jpg, .DS_Store, zip symlink, tar symlink, tar device = 5
	if sum.Ingested != 7 || sum.Failed != 6 || sum.Skipped != 5 || sum.Duplicate != 0 {
		t.Errorf("summary %+v", sum)
	}
	checkLog(t, st, sum, dir, "王建国", "赵六")
	for code, n := range map[string]int{CodeUnsafePath: 1, CodeTooDeep: 1, CodeBomb: 1, CodeTooLarge: 1, CodeBadArchive: 1} {
		if codes[code] != n {
			t.Errorf("failures with code %s: %d, want %d (%v)", code, codes[code], n, codes)
		}
	}
	if len(sum.Failures) != sum.Failed {
		t.Errorf("%d failures listed for %d failed", len(sum.Failures), sum.Failed)
	}

	// GBK names were decoded (the de-identified stored name keeps the
	// words that are not names), and the name in the file name, which the
	// report's text names too, is masked.
	list, total, err := st.List(context.Background(), 1, 100)
	if err != nil || total != 7 {
		t.Fatalf("stored %d: %v", total, err)
	}
	var names []string
	for _, s := range list {
		names = append(names, s.Name)
		if s.Tags["batch"] != "t1" {
			t.Errorf("tags not stored: %+v", s)
		}
	}
	joined := strings.Join(names, "|")
	if !strings.Contains(joined, "工作总结甲.txt") || !strings.Contains(joined, "述职报告.txt") {
		t.Errorf("GBK entry names not decoded: %s", joined)
	}
	if strings.Contains(joined, "赵六") {
		t.Errorf("stored names leak a person's name: %s", joined)
	}

	// A rerun stores nothing new and runs no pipeline for stored reports.
	sum2, err := Run(context.Background(), st, []string{in}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Ingested != 0 || sum2.Duplicate != 7 || sum2.Failed != 6 || sum2.Skipped != 5 {
		t.Errorf("rerun summary %+v", sum2)
	}
	checkLog(t, st, sum2, dir, "王建国", "赵六")
	if sum2.Run == sum.Run {
		t.Errorf("two runs share the id %s", sum.Run)
	}
}

// checkLog asserts that the corpus's ingest log accounts for every entry
// of the run exactly as its summary does, names no original and no input
// path, and links ingested and duplicate entries to stored reports.
func checkLog(t *testing.T, st store.Store, sum *Summary, dir string, originals ...string) {
	t.Helper()
	j, ok := st.(store.Journal)
	if !ok {
		t.Fatal("the store keeps no ingest log")
	}
	counts := map[string]int{}
	var failures []Failure
	err := j.Entries(context.Background(), store.EntryFilter{Run: sum.Run}, func(e store.Entry) error {
		counts[e.Status]++
		for _, o := range append(originals, dir) {
			if strings.Contains(e.Entry+e.Message, o) {
				t.Errorf("log row leaks %q: %+v", o, e)
			}
		}
		switch e.Status {
		case store.EntryIngested, store.EntryDuplicate:
			if e.ReportID == "" || len(e.SHA256) != 64 {
				t.Errorf("%s row without its report or hash: %+v", e.Status, e)
			} else if id, ok, _ := st.Has(context.Background(), e.SHA256); !ok || id != e.ReportID {
				t.Errorf("%s row points at report %s, stored as %s", e.Status, e.ReportID, id)
			}
			if name, err := j.StoredName(context.Background(), e.ReportID); err != nil || !strings.HasSuffix(e.Entry, "/"+name) {
				t.Errorf("%s row %q does not end in the stored name %q (%v)", e.Status, e.Entry, name, err)
			}
		case store.EntryFailed:
			failures = append(failures, Failure{Entry: e.Entry, Code: e.Code, Message: e.Message})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts[store.EntryIngested] != sum.Ingested || counts[store.EntryDuplicate] != sum.Duplicate ||
		counts[store.EntryFailed] != sum.Failed || counts[store.EntrySkipped] != sum.Skipped {
		t.Errorf("log of run %s counts %v; summary %+v", sum.Run, counts, sum)
	}
	want := map[Failure]int{}
	for _, f := range sum.Failures {
		want[f]++
	}
	for _, f := range failures {
		want[f]--
	}
	for f, n := range want {
		if n != 0 {
			t.Errorf("failure %+v: summary and log differ by %d", f, n)
		}
	}
}

func TestEntryName(t *testing.T) {
	for _, c := range []struct {
		in   string
		ok   bool
		last string
	}{
		{"a/b/c.txt", true, "c.txt"},
		{`dir\file.txt`, true, "file.txt"},
		{"../x.txt", false, "x.txt"},
		{"a/../../x.txt", false, "x.txt"},
		{"/etc/passwd", false, "passwd"},
		{`C:\Windows\x.txt`, false, "x.txt"},
		{"./a.txt", true, "a.txt"},
		{"", true, "(unnamed)"},
	} {
		parts, ok := entryName(c.in)
		if ok != c.ok || parts[len(parts)-1] != c.last {
			t.Errorf("entryName(%q) = %v, %v", c.in, parts, ok)
		}
	}
	if got := decodeName(gbk("人才工作汇报.docx")); got != "人才工作汇报.docx" {
		t.Errorf("decodeName = %q", got)
	}
	if got := decodeName("已是UTF-8.txt"); got != "已是UTF-8.txt" {
		t.Errorf("decodeName changed UTF-8: %q", got)
	}
	for name, want := range map[string]kind{"a.ZIP": kindZip, "x.tar.gz": kindTarGz, "v.part2.rar": kindRarVolume,
		"v.part01.rar": kindRar, "v.r00": kindRarVolume, "r.docx": kindReport, "~$r.docx": kindIgnore, "a.7z": kind7z,
		"__MACOSX/a.txt": kindIgnore, "data.bin": kindOther, "huibao.db-wal": kindIgnore, "表.XLSX": kindIgnore} {
		if got := kindOf(name); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestKillAndRerun kills an ingesting process with SIGKILL mid-run, then
// reruns: no duplicate, no half-written report, every file stored once.
func TestKillAndRerun(t *testing.T) {
	if os.Getenv("HUIBAO_INGEST_CHILD") != "" {
		return // the child's work is done in TestMain
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 120
	for i := 0; i < n; i++ {
		write(t, filepath.Join(in, fmt.Sprintf("r%03d.txt", i)), []byte(reportText(100+i, "张三")+strings.Repeat("\n推进整治工作。", i%5)))
	}
	db := filepath.Join(dir, "c.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "HUIBAO_INGEST_CHILD="+in+"|"+db)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, db)
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, total, err := st.List(context.Background(), 1, 1)
		if err == nil && total >= 10 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child stored nothing in 60 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	_, before, _ := st.List(context.Background(), 1, 1)
	if before >= n {
		t.Skipf("the child finished all %d reports before it could be killed", n)
	}

	sum, err := Run(context.Background(), st, []string{in}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Ingested+sum.Duplicate != n || sum.Duplicate < before {
		t.Fatalf("rerun after kill (%d stored before): %+v", before, sum)
	}
	_, total, _ := st.List(context.Background(), 1, 1)
	if total != n {
		t.Fatalf("%d reports stored, want %d", total, n)
	}
	// Every stored report is whole: its paragraph rows match its count.
	rows := map[string]int{}
	st.Export(context.Background(), "paragraphs", func(_ []string, row []any) error {
		rows[row[0].(string)]++
		return nil
	})
	list, _, _ := st.List(context.Background(), 1, 1000)
	for _, s := range list {
		if rows[s.ID] != s.Paragraphs || s.Paragraphs == 0 {
			t.Fatalf("report %s: %d paragraph rows for %d paragraphs", s.ID, rows[s.ID], s.Paragraphs)
		}
	}
	t.Logf("killed after %d of %d; rerun: %+v", before, n, sum)
}

func TestMain(m *testing.M) {
	if spec := os.Getenv("HUIBAO_INGEST_CHILD"); spec != "" {
		in, db, _ := strings.Cut(spec, "|")
		st, err := store.Open(context.Background(), db)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		Run(context.Background(), st, []string{in}, Options{Workers: 2})
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// needTool finds a command-line tool a test needs: locally the test
// skips without it; under CI=true it fails, so CI really runs it.
func needTool(t *testing.T, name, pkg string, alt ...string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	for _, a := range alt {
		if err != nil {
			p, err = exec.LookPath(a)
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found: install the Debian package %s", name, pkg)
		}
		t.Skipf("%s not found (Debian package %s): skipping", name, pkg)
	}
	return p
}

func TestIngest7z(t *testing.T) {
	sz := needTool(t, "7zz", "7zip", "7z")
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	write(t, filepath.Join(src, "一季度", "汇报甲.txt"), []byte(reportText(301, "陈一")))
	write(t, filepath.Join(src, "一季度", "汇报乙.txt"), []byte(reportText(302, "陈二")))
	write(t, filepath.Join(src, "notes.bin"), []byte{0, 1, 2, 3, 0, 0, 0})
	inner := makeZip(t, []zentry{{name: "内层/汇报丙.txt", data: []byte(reportText(303, "陈三")), gbkName: true}})
	write(t, filepath.Join(src, "inner.zip"), inner)
	archive := filepath.Join(dir, "in", "季度材料.7z")
	os.MkdirAll(filepath.Dir(archive), 0o755)
	cmd := exec.Command(sz, "a", "-bd", "-y", archive, ".")
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("7z: %v\n%s", err, out)
	}
	// And a truncated copy, which fails without stopping the run.
	b, _ := os.ReadFile(archive)
	write(t, filepath.Join(dir, "in", "损坏.7z"), b[:len(b)/2])

	st := openStore(t, filepath.Join(dir, "c.db"))
	sum, err := Run(context.Background(), st, []string{filepath.Join(dir, "in")}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Ingested != 3 || sum.Skipped != 1 || sum.Failed != 1 || sum.Failures[0].Code != CodeBadArchive {
		t.Fatalf("summary %+v", sum)
	}
	list, _, _ := st.List(context.Background(), 1, 10)
	names := []string{}
	for _, s := range list {
		names = append(names, s.Name)
	}
	if j := strings.Join(names, "|"); !strings.Contains(j, "汇报丙.txt") || !strings.Contains(j, "汇报甲.txt") {
		t.Fatalf("stored names %s", j)
	}
}

// RAR cannot be written by any free tool, so the tests build stored
// (uncompressed) RAR 5 archives by hand, following the published format:
// signature, main header, file headers with data, end header, each header
// with a CRC32 of its size field and body.
func rarVint(v uint64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func rarHeader(body []byte) []byte {
	size := rarVint(uint64(len(body)))
	crc := crc32.ChecksumIEEE(append(append([]byte{}, size...), body...))
	out := binary.LittleEndian.AppendUint32(nil, crc)
	return append(append(out, size...), body...)
}

type rarPart struct {
	name              string
	data              []byte // this volume's piece of the file
	crc               uint32 // of the whole file
	size              int    // of the whole file
	notFirst, notLast bool
}

// makeRarVolume writes one volume; vol is 0 for the first.
func makeRarVolume(vol int, multi, last bool, parts []rarPart) []byte {
	out := []byte("Rar!\x1a\x07\x01\x00")
	arcFlags := uint64(0)
	if multi {
		arcFlags |= 0x0001
		if vol > 0 {
			arcFlags |= 0x0002
		}
	}
	main := append(rarVint(1), rarVint(0)...) // type main, no header flags
	main = append(main, rarVint(arcFlags)...)
	if vol > 0 {
		main = append(main, rarVint(uint64(vol))...)
	}
	out = append(out, rarHeader(main)...)
	for _, p := range parts {
		hflags := uint64(0x0002) // data area present
		if p.notFirst {
			hflags |= 0x0008
		}
		if p.notLast {
			hflags |= 0x0010
		}
		h := append(rarVint(2), rarVint(hflags)...)
		h = append(h, rarVint(uint64(len(p.data)))...)
		h = append(h, rarVint(0x0004)...) // file flags: CRC32 present
		h = append(h, rarVint(uint64(p.size))...)
		h = append(h, rarVint(0x20)...) // attributes: archive
		h = binary.LittleEndian.AppendUint32(h, p.crc)
		h = append(h, rarVint(0)...) // compression: stored
		h = append(h, rarVint(0)...) // host OS: Windows
		h = append(h, rarVint(uint64(len(p.name)))...)
		h = append(h, p.name...)
		out = append(out, rarHeader(h)...)
		out = append(out, p.data...)
	}
	endFlags := uint64(0)
	if multi && !last {
		endFlags = 1
	}
	end := append(rarVint(5), rarVint(0)...)
	end = append(end, rarVint(endFlags)...)
	return append(out, rarHeader(end)...)
}

func rarFile(name string, data []byte) rarPart {
	return rarPart{name: name, data: data, crc: crc32.ChecksumIEEE(data), size: len(data)}
}

func TestIngestRar(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	// A single-volume archive with two reports and an unsafe name.
	write(t, filepath.Join(in, "材料.rar"), makeRarVolume(0, false, true, []rarPart{
		rarFile("报告/汇报一.txt", []byte(reportText(401, "林一"))),
		rarFile("报告/汇报二.txt", []byte(reportText(402, "林二"))),
		rarFile("../../逃逸.txt", []byte(reportText(403, "林三"))),
	}))
	// A report split across three volumes, read through the first; the
	// later volumes are not entries of their own.
	big := []byte(reportText(404, "林四") + strings.Repeat("继续推进人居环境整治。\n", 200))
	whole := rarFile("分卷/汇报四.txt", big)
	cut1, cut2 := len(big)/3, 2*len(big)/3
	p1, p2, p3 := whole, whole, whole
	p1.data, p1.notLast = big[:cut1], true
	p2.data, p2.notFirst, p2.notLast = big[cut1:cut2], true, true
	p3.data, p3.notFirst = big[cut2:], true
	write(t, filepath.Join(in, "vol", "set.part1.rar"), makeRarVolume(0, true, false, []rarPart{p1}))
	write(t, filepath.Join(in, "vol", "set.part2.rar"), makeRarVolume(1, true, false, []rarPart{p2}))
	write(t, filepath.Join(in, "vol", "set.part3.rar"), makeRarVolume(2, true, true, []rarPart{p3}))
	// A RAR nested in a zip, and a corrupt RAR.
	write(t, filepath.Join(in, "outer.zip"), makeZip(t, []zentry{{name: "inner.rar",
		data: makeRarVolume(0, false, true, []rarPart{rarFile("汇报五.txt", []byte(reportText(405, "林五")))})}}))
	write(t, filepath.Join(in, "bad.rar"), []byte("Rar!\x1a\x07\x01\x00garbage that is no header"))

	st := openStore(t, filepath.Join(dir, "c.db"))
	sum, err := Run(context.Background(), st, []string{in}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]int{}
	for _, f := range sum.Failures {
		codes[f.Code]++
	}
	if sum.Ingested != 4 || sum.Failed != 2 || codes[CodeUnsafePath] != 1 || codes[CodeBadArchive] != 1 {
		t.Fatalf("summary %+v", sum)
	}
	res, err := st.Search(context.Background(), store.Query{Text: "继续推进人居环境整治"})
	if err != nil || res.Total == 0 {
		t.Fatalf("the multi-volume report was not stored: %v %v", res, err)
	}
	rep, err := st.Get(context.Background(), res.Hits[0].ReportID)
	if err != nil || strings.Count(rep.Text, "继续推进人居环境整治") != 200 {
		t.Fatalf("the multi-volume report was not stored whole: %v", err)
	}
}
