package ingest

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bodgit/sevenzip"
	"github.com/nwaples/rardecode/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"huibao/extract"
)

// Failure codes of the ingester itself (the pipeline's codes, such as
// "corrupt" or "unsupported_format", pass through unchanged).
const (
	CodeTooLarge    = "too_large"         // entry larger than Limits.MaxEntryBytes
	CodeBomb        = "archive_bomb"      // expands beyond the compression-ratio budget
	CodeTooMany     = "too_many_entries"  // archive with more than Limits.MaxEntries entries
	CodeTooDeep     = "too_deep"          // archive nested deeper than Limits.MaxDepth
	CodeUnsafePath  = "unsafe_path"       // entry name with "..", an absolute path or a NUL
	CodeBadArchive  = "corrupt_archive"   // archive that cannot be read (the rest of it is lost)
	CodeUnreadable  = "unreadable"        // file that cannot be opened or read
	CodeStore       = "store_error"       // the corpus refused the report
	CodeInterrupted = "interrupted"       // the run was cancelled before this entry finished
	CodeClaimed     = "claimed_elsewhere" // another ingester held the entry and did not store it
)

// kinds of input, by name or content.
type kind int

const (
	kindOther kind = iota // decide by content
	kindReport
	kindZip
	kindTar
	kindTarGz
	kindTarBz2
	kindGz
	kind7z
	kindRar
	kindRarVolume // a second or later volume: read through the first
	kindIgnore    // system clutter (.DS_Store, __MACOSX, ~$ lock files)
)

var reportExt = map[string]bool{".txt": true, ".text": true, ".doc": true, ".docx": true, ".docm": true, ".dot": true,
	".dotx": true, ".wps": true, ".wpt": true, ".pdf": true, ".rtf": true, ".htm": true, ".html": true, ".odt": true}

// notReportExt are extensions skipped without reading: media, office
// formats that are not documents, databases (the corpus itself may sit in
// the folder being ingested).
var notReportExt = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".bmp": true,
	".tif": true, ".tiff": true, ".webp": true, ".svg": true, ".mp3": true, ".wav": true, ".mp4": true,
	".avi": true, ".mov": true, ".wmv": true, ".flv": true, ".mkv": true, ".exe": true, ".dll": true,
	".msi": true, ".iso": true, ".xls": true, ".xlsx": true, ".et": true, ".ppt": true, ".pptx": true,
	".dps": true, ".csv": true, ".json": true, ".xml": true, ".db": true, ".db-wal": true, ".db-shm": true,
	".db-journal": true, ".sqlite": true, ".sqlite3": true, ".lnk": true, ".tmp": true}

var (
	reRarPart = regexp.MustCompile(`(?i)\.part0*(\d+)\.rar$`)
	reRarOld  = regexp.MustCompile(`(?i)\.r\d\d$`)
)

func kindOf(name string) kind {
	lower := strings.ToLower(name)
	base := lower
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	switch {
	case base == ".ds_store" || base == "thumbs.db" || base == "desktop.ini" || strings.HasPrefix(base, "~$") ||
		strings.HasPrefix(base, "._") || strings.Contains(lower, "__macosx/"):
		return kindIgnore
	case strings.HasSuffix(lower, ".tar.gz") || strings.HasSuffix(lower, ".tgz"):
		return kindTarGz
	case strings.HasSuffix(lower, ".tar.bz2") || strings.HasSuffix(lower, ".tbz2"):
		return kindTarBz2
	case strings.HasSuffix(lower, ".tar"):
		return kindTar
	case strings.HasSuffix(lower, ".gz"):
		return kindGz
	case strings.HasSuffix(lower, ".zip"):
		return kindZip
	case strings.HasSuffix(lower, ".7z"):
		return kind7z
	case reRarOld.MatchString(lower):
		return kindRarVolume
	case strings.HasSuffix(lower, ".rar"):
		if m := reRarPart.FindStringSubmatch(lower); m != nil && m[1] != "1" {
			return kindRarVolume
		}
		return kindRar
	case reportExt[filepath.Ext(lower)]:
		return kindReport
	case notReportExt[filepath.Ext(lower)]:
		return kindIgnore
	}
	return kindOther
}

// sniff names an archive kind from leading bytes, for files whose name
// does not say.
func sniff(head []byte) kind {
	switch {
	case bytes.HasPrefix(head, []byte("7z\xBC\xAF\x27\x1C")):
		return kind7z
	case bytes.HasPrefix(head, []byte("Rar!\x1A\x07")):
		return kindRar
	case bytes.HasPrefix(head, []byte{0x1F, 0x8B}):
		return kindGz
	case len(head) > 262 && bytes.Equal(head[257:262], []byte("ustar")):
		return kindTar
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if f := extract.Detect(head); f == extract.DOCX || f == extract.ODT {
			return kindReport
		}
		return kindZip
	}
	return kindOther
}

// item is one unit of work or accounting the walker hands to the workers.
type item struct {
	path []string // original path components; never printed as they are
	data []byte
	skip bool   // not a report
	code string // set: the entry failed before the pipeline
	msg  string // reason, free of names
	sha  string // SHA-256 of data, kept when data is dropped while deferred
}

// walker streams entries from files, directories and archives.
type walker struct {
	ctx  context.Context
	lim  Limits
	out  chan<- item
	read func(n int64) // progress in input bytes
}

// budget bounds what one top-level input may expand to across all its
// nested archives.
type budget struct{ left int64 }

var errBudget = errors.New("budget exhausted")

func (w *walker) emit(it item) error {
	select {
	case w.out <- it:
		return nil
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
}

func (w *walker) fail(path []string, code, msg string) error {
	return w.emit(item{path: path, code: code, msg: msg})
}

// walkArg handles one command-line argument.
func (w *walker) walkArg(arg string) error {
	fi, err := os.Lstat(arg)
	if err != nil {
		return w.fail([]string{filepath.Base(arg)}, CodeUnreadable, "cannot open the file")
	}
	root := filepath.Base(filepath.Clean(arg))
	if !fi.IsDir() {
		return w.walkFile([]string{root}, arg, fi)
	}
	return filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		rel, _ := filepath.Rel(arg, p)
		comps := []string{root}
		if rel != "." {
			comps = append(comps, strings.Split(filepath.ToSlash(rel), "/")...)
		}
		if err != nil {
			if d != nil && d.IsDir() && p != arg {
				w.fail(comps, CodeUnreadable, "cannot read the directory")
				return fs.SkipDir
			}
			return w.fail(comps, CodeUnreadable, "cannot read the file")
		}
		if d.IsDir() {
			if p != arg && kindOf(d.Name()+"/") == kindIgnore || d.Name() == "__MACOSX" {
				return fs.SkipDir
			}
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return w.fail(comps, CodeUnreadable, "cannot read the file")
		}
		return w.walkFile(comps, p, fi)
	})
}

// walkFile handles one file on disk.
func (w *walker) walkFile(comps []string, path string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() { // symlinks, devices, sockets, fifos
		return w.emit(item{path: comps, skip: true})
	}
	k := kindOf(path)
	switch k {
	case kindIgnore:
		return w.emit(item{path: comps, skip: true})
	case kindRarVolume:
		w.read(fi.Size())
		return nil // read through the first volume
	}
	f, err := os.Open(path)
	if err != nil {
		return w.fail(comps, CodeUnreadable, "cannot open the file")
	}
	defer f.Close()
	if k == kindOther {
		head := make([]byte, 512)
		n, _ := io.ReadFull(f, head)
		k = sniff(head[:n])
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return w.fail(comps, CodeUnreadable, "cannot read the file")
		}
	}
	b := &budget{left: w.lim.MaxRatio*fi.Size() + w.lim.Slack}
	cr := &countReader{r: f, fn: w.read}
	err = w.walkOpen(comps, path, f, fi, cr, k, b)
	if errors.Is(err, errBudget) {
		return nil // reported; the rest of this input is abandoned
	}
	return err
}

func (w *walker) walkOpen(comps []string, path string, f *os.File, fi fs.FileInfo, cr io.Reader, k kind, b *budget) error {
	switch k {
	case kindZip:
		defer w.read(fi.Size())
		return w.zip(comps, f, fi.Size(), 1, b)
	case kind7z:
		defer w.read(fi.Size())
		return w.sevenZip(comps, f, fi.Size(), 1, b)
	case kindRar:
		defer w.read(fi.Size())
		rc, err := rardecode.OpenReader(path, rardecode.MaxDictionarySize(w.lim.MaxRarDictionary))
		if err != nil {
			return w.fail(comps, CodeBadArchive, "cannot read the RAR archive")
		}
		defer rc.Close()
		return w.rar(comps, &rc.Reader, 1, b)
	case kindTar, kindTarGz, kindTarBz2, kindGz:
		return w.stream(comps, k, cr, 1, b)
	}
	if fi.Size() > w.lim.MaxEntryBytes {
		w.read(fi.Size())
		return w.fail(comps, CodeTooLarge, fmt.Sprintf("larger than %d MB", w.lim.MaxEntryBytes>>20))
	}
	data, err := io.ReadAll(io.LimitReader(cr, w.lim.MaxEntryBytes+1))
	if err != nil {
		return w.fail(comps, CodeUnreadable, "cannot read the file")
	}
	return w.entry(comps, data, k, 1, b)
}

// entry routes one entry's bytes: nested archive, report or skip.
func (w *walker) entry(comps []string, data []byte, k kind, depth int, b *budget) error {
	if k == kindOther {
		k = sniff(data)
	}
	switch k {
	case kindIgnore, kindRarVolume:
		return w.emit(item{path: comps, skip: true})
	case kindReport:
		return w.emit(item{path: comps, data: data})
	case kindOther:
		f := extract.Detect(data)
		ext := filepath.Ext(comps[len(comps)-1])
		if f == extract.Unknown || (f == extract.TXT && ext != "") {
			return w.emit(item{path: comps, skip: true})
		}
		return w.emit(item{path: comps, data: data})
	}
	// A nested archive.
	if depth >= w.lim.MaxDepth {
		return w.fail(comps, CodeTooDeep, fmt.Sprintf("archive nested more than %d deep", w.lim.MaxDepth))
	}
	r := bytes.NewReader(data)
	switch k {
	case kindZip:
		return w.zip(comps, r, int64(len(data)), depth+1, b)
	case kind7z:
		return w.sevenZip(comps, r, int64(len(data)), depth+1, b)
	case kindRar:
		rr, err := rardecode.NewReader(r, rardecode.MaxDictionarySize(w.lim.MaxRarDictionary))
		if err != nil {
			return w.fail(comps, CodeBadArchive, "cannot read the RAR archive")
		}
		return w.rar(comps, rr, depth+1, b)
	}
	return w.stream(comps, k, r, depth+1, b)
}

// readEntry reads one archive entry into memory within the per-entry
// limit and the input's budget.
func (w *walker) readEntry(r io.Reader, b *budget, limit int64) ([]byte, string, string) {
	if limit <= 0 || limit > w.lim.MaxEntryBytes {
		limit = w.lim.MaxEntryBytes
	}
	if b.left < limit {
		limit = b.left
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, limit+1))
	b.left -= n
	if n > limit {
		if b.left < 0 {
			return nil, CodeBomb, fmt.Sprintf("expands more than %d times its archive's size", w.lim.MaxRatio)
		}
		return nil, CodeTooLarge, fmt.Sprintf("larger than %d MB uncompressed", w.lim.MaxEntryBytes>>20)
	}
	if err != nil {
		return nil, CodeBadArchive, "cannot decompress the entry"
	}
	return buf.Bytes(), "", ""
}

// entryName checks and splits an archive entry name. Unsafe names are
// reported, never used: nothing here writes to disk, but a name with ".."
// is a sign of a hostile archive.
func entryName(name string) ([]string, bool) {
	name = strings.ReplaceAll(name, `\`, "/")
	unsafe := strings.HasPrefix(name, "/") || strings.ContainsRune(name, 0) ||
		(len(name) > 1 && name[1] == ':')
	var parts []string
	for _, p := range strings.Split(name, "/") {
		if p == ".." {
			unsafe = true
			continue // never shown or used
		}
		if p != "" && p != "." {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		parts = []string{"(unnamed)"}
	}
	return parts, !unsafe
}

// decodeName turns a non-UTF-8 entry name (GBK/GB18030 from Chinese
// Windows) into UTF-8.
func decodeName(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	if s, err := simplifiedchinese.GB18030.NewDecoder().String(name); err == nil {
		return s
	}
	return strings.ToValidUTF8(name, "?")
}

// zipName decodes a zip entry name: UTF-8 when the flag says so; else
// UTF-8 when the bytes are valid UTF-8 (some writers forget the flag);
// else GB18030, which covers GBK.
func zipName(f *zip.File) string {
	if f.Flags&0x800 != 0 {
		return strings.ToValidUTF8(f.Name, "?")
	}
	return decodeName(f.Name)
}

func (w *walker) zip(comps []string, r io.ReaderAt, size int64, depth int, b *budget) error {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return w.fail(comps, CodeBadArchive, "cannot read the zip archive")
	}
	if len(zr.File) > w.lim.MaxEntries {
		return w.fail(comps, CodeTooMany, fmt.Sprintf("more than %d entries", w.lim.MaxEntries))
	}
	for _, f := range zr.File {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		parts, ok := entryName(zipName(f))
		path := append(append([]string{}, comps...), parts...)
		mode := f.Mode()
		switch {
		case mode.IsDir() || strings.HasSuffix(f.Name, "/"):
			continue
		case !ok:
			if err := w.fail(path, CodeUnsafePath, "entry name leaves the archive (.. or absolute path)"); err != nil {
				return err
			}
			continue
		case !mode.IsRegular():
			if err := w.emit(item{path: path, skip: true}); err != nil {
				return err
			}
			continue
		}
		if f.UncompressedSize64 > uint64(w.lim.MaxEntryBytes) {
			if err := w.fail(path, CodeTooLarge, fmt.Sprintf("larger than %d MB uncompressed", w.lim.MaxEntryBytes>>20)); err != nil {
				return err
			}
			continue
		}
		if k := kindOf(parts[len(parts)-1]); k == kindIgnore {
			if err := w.emit(item{path: path, skip: true}); err != nil {
				return err
			}
			continue
		}
		// Per-entry ratio limit, on top of the input's budget.
		limit := w.lim.MaxRatio*int64(f.CompressedSize64) + w.lim.Slack
		rc, err := f.Open()
		if err != nil {
			if err := w.fail(path, CodeBadArchive, "cannot open the entry"); err != nil {
				return err
			}
			continue
		}
		data, code, msg := w.readEntry(rc, b, limit)
		rc.Close()
		if code == CodeTooLarge && int64(f.UncompressedSize64) <= w.lim.MaxEntryBytes {
			code, msg = CodeBomb, fmt.Sprintf("expands more than %d times its compressed size", w.lim.MaxRatio)
		}
		if err := w.after(path, data, code, msg, depth, b); err != nil {
			return err
		}
	}
	return nil
}

// after hands a read entry on, or reports why it could not be read; once
// the budget is spent, the rest of the input is abandoned.
func (w *walker) after(path []string, data []byte, code, msg string, depth int, b *budget) error {
	if code != "" {
		if err := w.fail(path, code, msg); err != nil {
			return err
		}
		if code == CodeBomb || b.left <= 0 {
			return errBudget
		}
		return nil
	}
	return w.entry(path, data, kindOf(path[len(path)-1]), depth, b)
}

func (w *walker) sevenZip(comps []string, r io.ReaderAt, size int64, depth int, b *budget) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = w.fail(comps, CodeBadArchive, "cannot read the 7z archive")
		}
	}()
	zr, err := sevenzip.NewReader(r, size)
	if err != nil {
		return w.fail(comps, CodeBadArchive, "cannot read the 7z archive")
	}
	if len(zr.File) > w.lim.MaxEntries {
		return w.fail(comps, CodeTooMany, fmt.Sprintf("more than %d entries", w.lim.MaxEntries))
	}
	for _, f := range zr.File {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		parts, ok := entryName(decodeName(f.Name))
		path := append(append([]string{}, comps...), parts...)
		mode := f.Mode()
		switch {
		case mode.IsDir():
			continue
		case !ok:
			if err := w.fail(path, CodeUnsafePath, "entry name leaves the archive (.. or absolute path)"); err != nil {
				return err
			}
			continue
		case !mode.IsRegular() || kindOf(parts[len(parts)-1]) == kindIgnore:
			if err := w.emit(item{path: path, skip: true}); err != nil {
				return err
			}
			continue
		case f.UncompressedSize > uint64(w.lim.MaxEntryBytes):
			if err := w.fail(path, CodeTooLarge, fmt.Sprintf("larger than %d MB uncompressed", w.lim.MaxEntryBytes>>20)); err != nil {
				return err
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			if err := w.fail(path, CodeBadArchive, "cannot open the entry"); err != nil {
				return err
			}
			continue
		}
		data, code, msg := w.readEntry(rc, b, 0)
		rc.Close()
		if err := w.after(path, data, code, msg, depth, b); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) rar(comps []string, rr *rardecode.Reader, depth int, b *budget) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = w.fail(comps, CodeBadArchive, "cannot read the RAR archive")
		}
	}()
	for n := 0; ; n++ {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		h, err := rr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.fail(comps, CodeBadArchive, "cannot read the RAR archive")
		}
		if n >= w.lim.MaxEntries {
			return w.fail(comps, CodeTooMany, fmt.Sprintf("more than %d entries", w.lim.MaxEntries))
		}
		parts, ok := entryName(decodeName(h.Name))
		path := append(append([]string{}, comps...), parts...)
		switch {
		case h.IsDir:
			continue
		case !ok:
			if err := w.fail(path, CodeUnsafePath, "entry name leaves the archive (.. or absolute path)"); err != nil {
				return err
			}
			continue
		case h.LinkType != 0 || !h.Mode().IsRegular() || kindOf(parts[len(parts)-1]) == kindIgnore:
			if err := w.emit(item{path: path, skip: true}); err != nil {
				return err
			}
			continue
		case h.Encrypted:
			if err := w.fail(path, extract.CodeEncrypted, "the entry is encrypted"); err != nil {
				return err
			}
			continue
		case !h.UnKnownSize && h.UnPackedSize > w.lim.MaxEntryBytes:
			if err := w.fail(path, CodeTooLarge, fmt.Sprintf("larger than %d MB uncompressed", w.lim.MaxEntryBytes>>20)); err != nil {
				return err
			}
			continue
		}
		data, code, msg := w.readEntry(rr, b, 0)
		if err := w.after(path, data, code, msg, depth, b); err != nil {
			return err
		}
	}
}

// stream reads tar, tar.gz, tar.bz2 and single-file .gz inputs.
func (w *walker) stream(comps []string, k kind, r io.Reader, depth int, b *budget) error {
	switch k {
	case kindGz, kindTarGz:
		gz, err := gzip.NewReader(r)
		if err != nil {
			return w.fail(comps, CodeBadArchive, "cannot read the gzip stream")
		}
		defer gz.Close()
		if k == kindGz {
			// A single compressed file (report.docx.gz), or a tarball
			// whose name does not say so.
			gz.Multistream(true)
			data, code, msg := w.readEntry(gz, b, 0)
			name := comps[len(comps)-1]
			inner := append(append([]string{}, comps[:len(comps)-1]...), strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ"))
			if code != "" {
				return w.fail(comps, code, msg)
			}
			if len(data) > 262 && bytes.Equal(data[257:262], []byte("ustar")) {
				if depth > w.lim.MaxDepth {
					return w.fail(comps, CodeTooDeep, fmt.Sprintf("archive nested more than %d deep", w.lim.MaxDepth))
				}
				return w.tar(comps, bytes.NewReader(data), depth, b)
			}
			return w.entry(inner, data, kindOf(inner[len(inner)-1]), depth, b)
		}
		r = gz
	case kindTarBz2:
		r = bzip2.NewReader(r)
	}
	return w.tar(comps, r, depth, b)
}

func (w *walker) tar(comps []string, r io.Reader, depth int, b *budget) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = w.fail(comps, CodeBadArchive, "cannot read the tar archive")
		}
	}()
	tr := tar.NewReader(r)
	for n := 0; ; n++ {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.fail(comps, CodeBadArchive, "cannot read the tar archive")
		}
		if n >= w.lim.MaxEntries {
			return w.fail(comps, CodeTooMany, fmt.Sprintf("more than %d entries", w.lim.MaxEntries))
		}
		parts, ok := entryName(decodeName(h.Name))
		path := append(append([]string{}, comps...), parts...)
		switch {
		case h.Typeflag == tar.TypeDir || h.Typeflag == tar.TypeXGlobalHeader || h.Typeflag == tar.TypeXHeader:
			continue
		case !ok:
			if err := w.fail(path, CodeUnsafePath, "entry name leaves the archive (.. or absolute path)"); err != nil {
				return err
			}
			continue
		case h.Typeflag != tar.TypeReg && h.Typeflag != 0 || kindOf(parts[len(parts)-1]) == kindIgnore:
			// Symlinks, hard links, devices, fifos: ignored, counted.
			if err := w.emit(item{path: path, skip: true}); err != nil {
				return err
			}
			continue
		case h.Size > w.lim.MaxEntryBytes:
			if err := w.fail(path, CodeTooLarge, fmt.Sprintf("larger than %d MB uncompressed", w.lim.MaxEntryBytes>>20)); err != nil {
				return err
			}
			continue
		}
		data, code, msg := w.readEntry(tr, b, 0)
		if err := w.after(path, data, code, msg, depth, b); err != nil {
			return err
		}
	}
}

// countReader reports bytes read from an input file, for progress.
type countReader struct {
	r  io.Reader
	fn func(int64)
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.fn(int64(n))
	}
	return n, err
}
