// Unicode from an embedded TrueType font's own cmap, added for huibao (not
// in upstream): a CIDFontType2 font on Identity-H without a ToUnicode map
// still names its glyphs through the font program's Unicode cmap table;
// reversing it recovers the text without OCR. See CHANGES.md.

package pdf

import (
	"encoding/binary"
	"io"
)

// maxFontProgram bounds the embedded font program read for its cmap.
const maxFontProgram = 32 << 20

// cidUnicode maps CIDs of an Identity-H TrueType CID font to Unicode
// through CIDToGIDMap and the font program's cmap.
type cidUnicode struct {
	cidToGID []uint16 // nil: identity
	gidToUni map[uint16]rune
}

func (c *cidUnicode) lookup(cid uint32) (rune, bool) {
	gid := uint16(cid)
	if c.cidToGID != nil {
		if int(cid) >= len(c.cidToGID) {
			return 0, false
		}
		gid = c.cidToGID[cid]
	}
	r, ok := c.gidToUni[gid]
	return r, ok && r != 0
}

// newCIDUnicode reads desc's FontFile2 and CIDToGIDMap; nil when the font
// has no usable Unicode cmap.
func newCIDUnicode(desc Value) (c *cidUnicode) {
	defer func() {
		if recover() != nil {
			c = nil
		}
	}()
	ff := desc.Key("FontDescriptor").Key("FontFile2")
	if ff.Kind() != Stream {
		return nil
	}
	rc := ff.Reader()
	data, _ := io.ReadAll(io.LimitReader(rc, maxFontProgram))
	rc.Close()
	m := ttfReverseCmap(data)
	if len(m) == 0 {
		return nil
	}
	c = &cidUnicode{gidToUni: m}
	if g := desc.Key("CIDToGIDMap"); g.Kind() == Stream {
		rc := g.Reader()
		b, _ := io.ReadAll(io.LimitReader(rc, 2<<16))
		rc.Close()
		c.cidToGID = make([]uint16, len(b)/2)
		for i := range c.cidToGID {
			c.cidToGID[i] = binary.BigEndian.Uint16(b[2*i:])
		}
	}
	return c
}

// ttfReverseCmap parses an sfnt font program and returns glyph id to
// Unicode from its best Unicode cmap subtable (format 12, else format 4).
// Where several code points share a glyph, a CJK unified ideograph wins
// over radicals and compatibility forms.
func ttfReverseCmap(data []byte) map[uint16]rune {
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(data) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(data[off:])), true
	}
	u32 := func(off int) (int, bool) {
		if off < 0 || off+4 > len(data) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(data[off:])), true
	}
	n, ok := u16(4)
	if !ok {
		return nil
	}
	cmapOff := -1
	for i := 0; i < n && i < 64; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil
		}
		if string(data[rec:rec+4]) == "cmap" {
			cmapOff, _ = u32(rec + 8)
		}
	}
	if cmapOff < 0 {
		return nil
	}
	nsub, ok := u16(cmapOff + 2)
	if !ok {
		return nil
	}
	best, bestRank := -1, 0
	for i := 0; i < nsub && i < 64; i++ {
		rec := cmapOff + 4 + 8*i
		pid, ok1 := u16(rec)
		eid, ok2 := u16(rec + 2)
		off, ok3 := u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			break
		}
		format, ok := u16(cmapOff + off)
		if !ok {
			continue
		}
		rank := 0
		switch {
		case format == 12 && (pid == 0 || (pid == 3 && eid == 10)):
			rank = 3
		case format == 4 && (pid == 0 || (pid == 3 && eid == 1)):
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = cmapOff+off, rank
		}
	}
	if best < 0 {
		return nil
	}
	out := map[uint16]rune{}
	add := func(gid int, r rune) {
		if gid <= 0 || gid > 0xFFFF || len(out) > 1<<17 {
			return
		}
		old, had := out[uint16(gid)]
		if !had || (!isUnified(old) && isUnified(r)) {
			out[uint16(gid)] = r
		}
	}
	if bestRank == 3 {
		groups, ok := u32(best + 12)
		if !ok {
			return nil
		}
		for i := 0; i < groups && i < 1<<16; i++ {
			g := best + 16 + 12*i
			start, ok1 := u32(g)
			end, ok2 := u32(g + 4)
			gid, ok3 := u32(g + 8)
			if !ok1 || !ok2 || !ok3 || end < start || end-start > 1<<16 || end > 0x10FFFF {
				break
			}
			for c := start; c <= end; c++ {
				add(gid+c-start, rune(c))
			}
		}
		return out
	}
	segX2, ok := u16(best + 6)
	if !ok {
		return nil
	}
	seg := segX2 / 2
	ends, starts := best+14, best+16+segX2
	deltas, ranges := starts+segX2, starts+2*segX2
	for s := 0; s < seg; s++ {
		end, ok1 := u16(ends + 2*s)
		start, ok2 := u16(starts + 2*s)
		delta, ok3 := u16(deltas + 2*s)
		ro, ok4 := u16(ranges + 2*s)
		if !ok1 || !ok2 || !ok3 || !ok4 || end < start {
			break
		}
		for c := start; c <= end && c != 0xFFFF; c++ {
			gid := 0
			if ro == 0 {
				gid = (c + delta) & 0xFFFF
			} else {
				g, ok := u16(ranges + 2*s + ro + 2*(c-start))
				if !ok {
					break
				}
				if g != 0 {
					gid = (g + delta) & 0xFFFF
				}
			}
			add(gid, rune(c))
		}
	}
	return out
}

func isUnified(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF)
}
