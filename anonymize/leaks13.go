package anonymize

import "strings"

// This file holds round leaks13: the places with no gazetteer entry that
// the general toponym recognizer of toponym.go finds, added to a text's
// findings without hiding a longer or other finding; and the guard that
// keeps a class of places readable whichever recognizer read it as a
// place (步行街, 农村公路).

// leaks13 adds to the findings fs of one text the places of toponyms13.
func leaks13(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = dropClassPlaces13(tt, fs)
	var add []Finding
	for _, f := range toponyms13(tt, fs) {
		if f.generic && overlapsAny(fs, f.Start, f.End) || sameSpan13(fs, f) {
			continue // a doubtful place never displaces a finding; an equal span is found already
		}
		add = append(add, f)
	}
	return addWhole(fs, add)
}

// sameSpan13 reports whether fs holds a finding with f's span that is not
// doubtful (a doubtful one gives way to a sure reading of the same span).
func sameSpan13(fs []Finding, f Finding) bool {
	for _, g := range fs {
		if g.Start == f.Start && g.End == f.End && !g.generic {
			return true
		}
	}
	return false
}

// compoundKinds13 are ordinary words for a road or bridge that end in a
// geographic kind (公路, 道路): a class stem before them (农村|公路,
// 高速|公路) makes a class of roads.
var compoundKinds13 = []string{"公路", "道路", "马路", "线路", "大桥", "公园", "广场"}

// dropClassPlaces13 drops the place findings, of any recognizer, that are
// a class stem (classStems) and a kind of street, square or park: 步行街,
// 美食街, 农村公路 name a kind of street or road, not a place, unless a
// house number follows (新建路28号: an address).
func dropClassPlaces13(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION && f.Score < 100 && classPlace13(f.Text) && !houseNumberAt(tt.text[f.End:]) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// classPlace13 reports whether name is a class stem and a geographic kind
// (步行|街, 高速|公路).
func classPlace13(name string) bool {
	r := lastRune(name)
	if !toponymKindLast.has(r) {
		return false
	}
	for _, k := range append(toponymKindsByLast[r], compoundKinds13...) {
		if c := toponymKinds[k]; c != 0 && c != topoStreet && c != topoMarket {
			continue // villages and landforms of a class are other guards' work
		}
		if stem, ok := strings.CutSuffix(name, k); ok && stem != "" && classStems[stem] {
			return true
		}
	}
	return false
}
