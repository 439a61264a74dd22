// Command ingestgen writes a benchmark corpus for bench/ingest.sh: N
// reports in mixed formats (UTF-8 and GBK text, DOCX, PDF, and some packed
// into zip and tar.gz archives with GBK names), made at run time from
// ../shared/data/reports-dev and ../shared/examples, each varied so no two
// share a SHA-256. Nothing it writes is committed.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	n := flag.Int("n", 10000, "reports to write")
	out := flag.String("out", "", "output directory (created)")
	shared := flag.String("shared", "../shared", "the shared data directory")
	pdfEvery := flag.Int("pdf-every", 40, "one report in this many is a PDF")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "ingestgen: -out is required")
		os.Exit(2)
	}
	docs, err := filepath.Glob(filepath.Join(*shared, "data/reports-dev/docs/*.txt"))
	if err != nil || len(docs) == 0 {
		fmt.Fprintln(os.Stderr, "ingestgen: no texts under", *shared)
		os.Exit(2)
	}
	sort.Strings(docs)
	var texts [][]string // paragraphs of each source text
	for _, p := range append(docs, filepath.Join(*shared, "examples/talent-work-briefing.txt")) {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var paras []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		texts = append(texts, paras)
	}
	pdf, _ := os.ReadFile(filepath.Join(*shared, "examples/talent-work-briefing.pdf"))
	must(os.MkdirAll(*out, 0o755))
	rng := rand.New(rand.NewSource(1))

	var total int64
	var zipBatch []member
	var tarBatch []member
	counts := map[string]int{}
	for i := 0; i < *n; i++ {
		text := compose(rng, texts, i)
		dir := filepath.Join(*out, fmt.Sprintf("batch%02d", i%37))
		var name string
		var data []byte
		switch {
		case len(pdf) > 0 && i%*pdfEvery == 7:
			// The example PDF with a trailing comment: same text, new hash.
			name, data = fmt.Sprintf("汇报%05d.pdf", i), append(append([]byte{}, pdf...), fmt.Sprintf("\n%% variant %d\n", i)...)
			counts["pdf"]++
		case i%4 == 1:
			name, data = fmt.Sprintf("工作总结%05d.docx", i), docx(text)
			counts["docx"]++
		case i%4 == 2:
			gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
			if err != nil {
				gbk = text
			}
			name, data = fmt.Sprintf("述职报告%05d.txt", i), []byte(gbk)
			counts["txt-gbk"]++
		default:
			name, data = fmt.Sprintf("工作汇报%05d.txt", i), []byte(text)
			counts["txt"]++
		}
		switch {
		case i%10 == 3:
			zipBatch = append(zipBatch, member{name, data})
			if len(zipBatch) == 20 {
				total += writeZip(filepath.Join(dir, fmt.Sprintf("材料%05d.zip", i)), zipBatch)
				zipBatch = nil
			}
			counts["in zip"]++
		case i%10 == 6:
			tarBatch = append(tarBatch, member{name, data})
			if len(tarBatch) == 20 {
				total += writeTarGz(filepath.Join(dir, fmt.Sprintf("archive%05d.tar.gz", i)), tarBatch)
				tarBatch = nil
			}
			counts["in tar.gz"]++
		default:
			must(os.MkdirAll(dir, 0o755))
			must(os.WriteFile(filepath.Join(dir, name), data, 0o644))
			total += int64(len(data))
		}
	}
	if len(zipBatch) > 0 {
		total += writeZip(filepath.Join(*out, "rest.zip"), zipBatch)
	}
	if len(tarBatch) > 0 {
		total += writeTarGz(filepath.Join(*out, "rest.tar.gz"), tarBatch)
	}
	fmt.Printf("wrote %d reports, %.1f MB on disk: %v\n", *n, float64(total)/1e6, counts)
}

// compose builds one report of about 10 KB: a title line, then
// paragraphs drawn from several source texts, with a varying line so
// every report is distinct.
func compose(rng *rand.Rand, texts [][]string, i int) string {
	var b strings.Builder
	first := texts[rng.Intn(len(texts))]
	b.WriteString(first[0])
	b.WriteString("\n")
	fmt.Fprintf(&b, "（第%d号，%d年%d月）\n", i, 2015+i%10, 1+i%12)
	for b.Len() < 9000+rng.Intn(3000) {
		t := texts[rng.Intn(len(texts))]
		start := rng.Intn(len(t))
		for j := start; j < len(t) && j < start+6; j++ {
			b.WriteString(t[j])
			b.WriteString("\n")
		}
	}
	return b.String()
}

type member struct {
	name string
	data []byte
}

func writeZip(path string, ms []member) int64 {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range ms {
		name, _ := simplifiedchinese.GBK.NewEncoder().String("文件夹/" + m.name)
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, NonUTF8: true, Method: zip.Deflate})
		must(err)
		w.Write(m.data)
	}
	must(zw.Close())
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	must(os.WriteFile(path, buf.Bytes(), 0o644))
	return int64(buf.Len())
}

func writeTarGz(path string, ms []member) int64 {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, m := range ms {
		must(tw.WriteHeader(&tar.Header{Name: "docs/" + m.name, Mode: 0o644, Size: int64(len(m.data)), Typeflag: tar.TypeReg}))
		tw.Write(m.data)
	}
	must(tw.Close())
	must(gz.Close())
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	must(os.WriteFile(path, buf.Bytes(), 0o644))
	return int64(buf.Len())
}

// docx writes a minimal Word document: one w:p per line.
func docx(text string) []byte {
	var body strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if l == "" {
			continue
		}
		var esc bytes.Buffer
		xml.EscapeText(&esc, []byte(l))
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + esc.String() + `</w:t></w:r></w:p>`)
	}
	parts := []member{
		{"[Content_Types].xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)},
		{"_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)},
		{"word/document.xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`)},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		must(err)
		w.Write(p.data)
	}
	must(zw.Close())
	return buf.Bytes()
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "ingestgen:", err)
		os.Exit(1)
	}
}
