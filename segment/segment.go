// Package segment splits Chinese text into words with gojieba.
//
// The gojieba dictionaries are embedded in the binary (gzip-compressed) and
// unpacked once into a cache directory, so a built binary works on a machine
// without the Go module cache. One *gojieba.Jieba is loaded per process
// (about 130 MB, under a second) and shared: its Cut, Tag and Tokenize
// methods are safe for concurrent use. Words are never removed from it.
package segment

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/yanyiwu/gojieba"
)

//go:embed dict/*.gz user.dict.utf8
var dictFS embed.FS

// Token is one word with its part-of-speech tag and byte offsets in the
// text it was cut from.
type Token struct {
	Word  string
	POS   string
	Start int // byte offset
	End   int // byte offset, exclusive
}

// Segmenter cuts Chinese text into words. The zero value is not usable; get
// the shared one with Default.
type Segmenter struct {
	jb *gojieba.Jieba
}

var (
	once    sync.Once
	shared  *Segmenter
	loadErr error
)

// Default returns the process-wide Segmenter, loading the dictionaries on
// first use. It returns an error only when the dictionaries cannot be
// unpacked (for instance a read-only, full disk).
func Default() (*Segmenter, error) {
	once.Do(func() {
		dir, err := unpack()
		if err != nil {
			loadErr = fmt.Errorf("segment: unpack dictionaries: %w", err)
			return
		}
		shared = &Segmenter{jb: gojieba.NewJieba(
			filepath.Join(dir, "jieba.dict.utf8"),
			filepath.Join(dir, "hmm_model.utf8"),
			filepath.Join(dir, "user.dict.utf8"),
			filepath.Join(dir, "idf.utf8"),
			filepath.Join(dir, "stop_words.utf8"),
		)}
	})
	return shared, loadErr
}

// MustDefault is Default for programs that cannot run without the segmenter.
func MustDefault() *Segmenter {
	s, err := Default()
	if err != nil {
		panic(err)
	}
	return s
}

// Cut splits text into words (with the HMM for unknown words).
func (s *Segmenter) Cut(text string) []string {
	if text == "" {
		return nil
	}
	return s.jb.Cut(text, true)
}

// CutForSearch splits text into words and also emits the shorter words
// inside long ones, which suits an index.
func (s *Segmenter) CutForSearch(text string) []string {
	if text == "" {
		return nil
	}
	return s.jb.CutForSearch(text, true)
}

// Tag splits text into words with their part-of-speech tags and byte
// offsets.
func (s *Segmenter) Tag(text string) []Token {
	if text == "" {
		return nil
	}
	raw := s.jb.Tag(text)
	out := make([]Token, 0, len(raw))
	off := 0
	for _, wt := range raw {
		i := strings.LastIndexByte(wt, '/')
		w, pos := wt, "x"
		if i > 0 {
			w, pos = wt[:i], wt[i+1:]
		}
		start := off
		// gojieba's words follow one another in the text: the word
		// nearly always stands right at off, which a prefix test
		// confirms without strings.Index's search set-up (the first
		// occurrence is then at off too)
		if !strings.HasPrefix(text[off:], w) {
			if j := strings.Index(text[off:], w); j >= 0 {
				start = off + j
			}
		}
		end := start + len(w)
		if end > len(text) {
			end = len(text)
		}
		out = append(out, Token{Word: w, POS: pos, Start: start, End: end})
		off = end
	}
	return out
}

// unpack writes the embedded dictionaries into a directory named after
// their content hash, so concurrent processes and upgrades never see a
// half-written or stale dictionary.
func unpack() (string, error) {
	names := []string{"jieba.dict.utf8", "hmm_model.utf8", "idf.utf8", "stop_words.utf8", "user.dict.utf8"}
	contents := make(map[string][]byte, len(names))
	h := sha256.New()
	for _, n := range names {
		b, err := readEmbedded(n)
		if err != nil {
			return "", err
		}
		contents[n] = b
		h.Write([]byte(n))
		h.Write(b)
	}
	sum := hex.EncodeToString(h.Sum(nil))[:16]
	base := os.Getenv("HUIBAO_CACHE_DIR")
	if base == "" {
		if d, err := os.UserCacheDir(); err == nil {
			base = filepath.Join(d, "huibao")
		} else {
			base = filepath.Join(os.TempDir(), "huibao-cache")
		}
	}
	dir := filepath.Join(base, "jieba-"+sum)
	if ok(dir, names, contents) {
		return dir, nil
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(base, "jieba-tmp-")
	if err != nil {
		return "", err
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(tmp, n), contents[n], 0o644); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if ok(dir, names, contents) { // another process won the race
			return dir, nil
		}
		return "", err
	}
	return dir, nil
}

func ok(dir string, names []string, contents map[string][]byte) bool {
	for _, n := range names {
		fi, err := os.Stat(filepath.Join(dir, n))
		if err != nil || fi.Size() != int64(len(contents[n])) || fi.Size() == 0 {
			return false
		}
	}
	return true
}

func readEmbedded(name string) ([]byte, error) {
	if b, err := dictFS.ReadFile(name); err == nil {
		return b, nil
	}
	gz, err := dictFS.ReadFile("dict/" + name + ".gz")
	if err != nil {
		return nil, err
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
