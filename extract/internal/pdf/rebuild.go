// Cross-reference reconstruction added for huibao (not in upstream): a
// truncated or damaged file whose xref table or startxref is unusable is
// re-indexed by scanning for "N G obj" headers. See CHANGES.md.

package pdf

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

var reObjHeader = regexp.MustCompile(`(\d{1,7})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b`)

// Rebuild opens a PDF by scanning its bytes for object headers instead of
// trusting the cross-reference table. It finds the trailer dictionary, or
// failing that the document catalog, and indexes object streams.
func Rebuild(f io.ReaderAt, size int64) (r *Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed PDF: cannot rebuild the cross-reference table")
		}
	}()
	if size <= 0 || size > 1<<31 {
		return nil, fmt.Errorf("malformed PDF: size out of range")
	}
	data := make([]byte, size)
	n, _ := f.ReadAt(data, 0)
	data = data[:n]
	r = &Reader{f: bytes.NewReader(data), end: int64(len(data))}
	var table []xref
	for _, m := range reObjHeader.FindAllSubmatchIndex(data, -1) {
		if m[0] > 0 && data[m[0]-1] >= '0' && data[m[0]-1] <= '9' {
			continue
		}
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if id <= 0 || id > maxXref {
			continue
		}
		table = ensureXrefLen(table, id)
		table[id] = xref{ptr: objptr{uint32(id), uint16(gen)}, offset: int64(m[0])}
	}
	if len(table) == 0 {
		return nil, fmt.Errorf("malformed PDF: no objects found")
	}
	r.xref = table
	// Index the contents of object streams.
	for id := range table {
		x := table[id]
		if x.offset == 0 || x.inStream {
			continue
		}
		func() {
			defer func() { recover() }()
			v := r.resolve(objptr{}, x.ptr)
			if v.Kind() != Stream || v.Key("Type").Name() != "ObjStm" {
				return
			}
			d := r.objStm(objptr{}, x.ptr)
			for oid := range d.offs {
				if int(oid) > maxXref || oid == 0 {
					continue
				}
				r.xref = ensureXrefLen(r.xref, int(oid))
				if r.xref[oid].ptr == (objptr{}) {
					r.xref[oid] = xref{ptr: objptr{oid, 0}, inStream: true, stream: x.ptr}
				}
			}
		}()
	}
	// Trailer: the last parseable trailer dictionary with a Root, else a
	// synthetic one pointing at the catalog.
	for end := len(data); ; {
		i := bytes.LastIndex(data[:end], []byte("trailer"))
		if i < 0 {
			break
		}
		end = i
		var d dict
		func() {
			defer func() { recover() }()
			b := newBuffer(bytes.NewReader(data[i+len("trailer"):]), int64(i+len("trailer")))
			b.allowEOF = true
			d, _ = b.readObject().(dict)
		}()
		if d != nil && d["Root"] != nil {
			r.trailer = d
			break
		}
	}
	if r.trailer == nil {
		for id := range r.xref {
			x := r.xref[id]
			if x.ptr == (objptr{}) {
				continue
			}
			found := false
			func() {
				defer func() { recover() }()
				if r.resolve(objptr{}, x.ptr).Key("Type").Name() == "Catalog" {
					found = true
				}
			}()
			if found {
				r.trailer = dict{"Root": x.ptr}
				break
			}
		}
	}
	// No usable catalog or page tree (a file cut before its end): make a
	// page tree of every /Type /Page object in object-number order.
	if r.trailer == nil || len(r.Pages(1)) == 0 {
		var kids array
		for id := range r.xref {
			x := r.xref[id]
			if x.ptr == (objptr{}) {
				continue
			}
			func() {
				defer func() { recover() }()
				if r.resolve(objptr{}, x.ptr).Key("Type").Name() == "Page" {
					kids = append(kids, x.ptr)
				}
			}()
		}
		if len(kids) == 0 {
			return nil, fmt.Errorf("malformed PDF: no pages found")
		}
		pages := dict{"Type": name("Pages"), "Kids": kids, "Count": int64(len(kids))}
		r.trailer = dict{"Root": dict{"Type": name("Catalog"), "Pages": pages}}
	}
	if r.trailer["Encrypt"] != nil {
		if err := r.initEncrypt(""); err != nil {
			return nil, err
		}
	}
	return r, nil
}
