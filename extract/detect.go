package extract

import (
	"archive/zip"
	"bytes"
	"io"
	"unicode/utf8"
)

// Detect names the format of data from its leading bytes (and, for zip and
// OLE containers, from the parts inside). It never looks at a file name.
func Detect(data []byte) Format {
	switch {
	case len(data) == 0:
		return Unknown
	case bytes.HasPrefix(skipSpace(data, 1024), []byte("%PDF-")):
		return PDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return detectZip(data)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return detectOLE(data)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return RTF
	}
	head := bytes.ToLower(skipSpace(stripBOM(data), 1024))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		(bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<div")) || bytes.Contains(head, []byte("<meta")))) {
		return HTML
	}
	if looksText(data) || plausibleUTF16(data) {
		return TXT
	}
	return Unknown
}

func detectZip(data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Unknown
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return DOCX
		case "[Content_Types].xml":
			// Producers that name the main part differently still declare it.
			if f.UncompressedSize64 < 1<<20 {
				if rc, err := f.Open(); err == nil {
					b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
					rc.Close()
					if bytes.Contains(b, []byte("wordprocessingml.document.main+xml")) || bytes.Contains(b, []byte("ms-word.document.macroEnabled.main+xml")) {
						return DOCX
					}
				}
			}
		case "mimetype":
			rc, err := f.Open()
			if err != nil {
				continue
			}
			buf := make([]byte, 64)
			n, _ := rc.Read(buf)
			rc.Close()
			if bytes.HasPrefix(buf[:n], []byte("application/vnd.oasis.opendocument.text")) {
				return ODT
			}
		}
	}
	return Unknown
}

// detectOLE tells Word 97-2003 (.doc) from Kingsoft WPS in an OLE compound
// file by the stream names in its directory.
func detectOLE(data []byte) Format {
	// A password-protected DOCX is an OLE file holding the encrypted zip;
	// the DOCX reader reports it as encrypted.
	if bytes.Contains(data, utf16le("EncryptedPackage")) && bytes.Contains(data, utf16le("EncryptionInfo")) {
		return DOCX
	}
	if bytes.Contains(data, utf16le("WordDocument")) {
		if bytes.Contains(data, utf16le("WpsCustomData")) || bytes.Contains(data, []byte("WPS Office")) || bytes.Contains(data, utf16le("Kingsoft")) {
			return WPS
		}
		return DOC
	}
	return Unknown
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

func skipSpace(b []byte, max int) []byte {
	for i := 0; i < len(b) && i < max; i++ {
		switch b[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return b[i:]
		}
	}
	if len(b) > max {
		return b[max:]
	}
	return nil
}

func stripBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
}

// looksText reports whether data is plausibly text in one of the encodings
// the TXT reader decodes: a BOM, valid UTF-8, or GB18030/BIG5 bytes without
// the control characters binary files are full of.
func looksText(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return len(data) >= 4
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	ctrl := 0
	for _, c := range sample {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*100 > len(sample) {
		return false
	}
	if utf8.Valid(trimIncompleteRune(sample)) {
		return true
	}
	return validGB18030(sample)
}

func trimIncompleteRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

// validGB18030 checks the byte structure of GBK/GB18030 (lead 0x81-0xFE,
// trail 0x40-0xFE except 0x7F, or four-byte sequences).
func validGB18030(b []byte) bool {
	bad, multi := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(b) {
			if i+1 >= len(b) {
				break
			}
			bad++
			i++
			continue
		}
		d := b[i+1]
		if d >= 0x40 && d <= 0xFE && d != 0x7F {
			multi++
			i += 2
			continue
		}
		if d >= 0x30 && d <= 0x39 && i+3 < len(b) {
			multi++
			i += 4
			continue
		}
		bad++
		i++
	}
	return multi > 0 && bad*50 <= multi
}
