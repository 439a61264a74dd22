package extract

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func init() { register(TXT, readTXT) }

// readTXT decodes plain text (UTF-8 with or without BOM, UTF-16 with BOM,
// GB18030/GBK) and makes one paragraph of each non-empty line.
func readTXT(ctx context.Context, data []byte, opt Options) (*Document, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Engine: "txt"}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: line})
	}
	return doc, nil
}

// decodeText returns data as UTF-8 text, with line endings normalised to \n.
func decodeText(data []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		s = string(data[3:])
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", Errorf(CodeCorrupt, "invalid UTF-16 text")
		}
		s = string(b)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		b, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", Errorf(CodeCorrupt, "invalid UTF-16 text")
		}
		s = string(b)
	case utf8.Valid(data):
		s = string(data)
	default:
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", Errorf(CodeCorrupt, "text is neither UTF-8 nor GB18030")
		}
		s = string(b)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ToValidUTF8(s, ""), nil
}
