package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "关于全县人才工作的汇报\n一、主要工作成效\n今年以来，全县引进各类人才120名。\n"

func TestDetectAndDecodeTXT(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sample))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	cases := map[string][]byte{
		"utf8":    []byte(sample),
		"bom":     append([]byte{0xEF, 0xBB, 0xBF}, sample...),
		"gbk":     gbk,
		"utf16le": u16,
		"utf16be": u16be,
		"crlf":    []byte(strings.ReplaceAll(sample, "\n", "\r\n")),
	}
	for name, data := range cases {
		if f := Detect(data); f != TXT {
			t.Errorf("%s: detected %q", name, f)
			continue
		}
		doc, err := Extract(context.Background(), name+".txt", data, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(doc.Paragraphs) != 3 || doc.Paragraphs[2].Text != "今年以来，全县引进各类人才120名。" {
			t.Errorf("%s: paragraphs %+v", name, doc.Paragraphs)
		}
	}
}

func TestBadInput(t *testing.T) {
	cases := map[string]struct {
		data []byte
		code string
	}{
		"empty":  {nil, CodeEmpty},
		"random": {[]byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x00}, CodeUnsupported},
		"zip":    {[]byte("PK\x03\x04garbage"), CodeUnsupported},
	}
	for name, c := range cases {
		_, err := Extract(context.Background(), name+".bin", c.data, Options{})
		var e *Error
		if !errors.As(err, &e) || e.Code != c.code {
			t.Errorf("%s: got %v, want code %s", name, err, c.code)
			continue
		}
		if !strings.Contains(e.Error(), name+".bin") {
			t.Errorf("%s: message does not name the file: %q", name, e.Error())
		}
	}
}

func TestCleanRemovesAds(t *testing.T) {
	doc := &Document{Paragraphs: []Paragraph{
		{Text: "某某文库整理，咨询QQ123456789"},
		{Text: "- 3 -"},
		{Text: "第2页 共10页"},
		{Text: "全县新增市场主体800户。"},
	}}
	Clean(doc)
	if len(doc.Paragraphs) != 1 || doc.Paragraphs[0].Text != "全县新增市场主体800户。" {
		t.Fatalf("got %+v", doc.Paragraphs)
	}
}
