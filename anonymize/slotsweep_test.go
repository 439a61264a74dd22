package anonymize

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The slot sweeps (urban15, tour16) fill report templates with a named
// place in a slot {S} (and again alone at {B}) or with a generic word that
// must stay readable, and tally leaks and over-masks per template, per kind
// group, per stem shape and per row. This file holds the part they share.

// slotCase is one filled sentence of a slot sweep. row is "group shape"
// for a named place; a generic word's row names its group.
type slotCase struct {
	tmpl, row, text string
	slot            string
	probes          []string // strings of the name that must not stay readable
	keep            []string
	generic         bool
}

// runSlotSweep runs the cases and returns the table and the tallies of
// named places and of generic words; named and generic label their totals.
func runSlotSweep(t testing.TB, cases []slotCase, templates []string, named, generic string) (string, *sweepTally, *sweepTally) {
	a := New(testSeg(t), nil, Placeholder)
	byT, byR, byG, byS := map[string]*sweepTally{}, map[string]*sweepTally{}, map[string]*sweepTally{}, map[string]*sweepTally{}
	nt, gt := &sweepTally{}, &sweepTally{}
	get := func(m map[string]*sweepTally, k string) *sweepTally {
		if m[k] == nil {
			m[k] = &sweepTally{}
		}
		return m[k]
	}
	for _, c := range cases {
		out := a.Analyze([]string{c.text}).Apply(c.text)
		r := sweepResult{sweepCase: sweepCase{tmpl: c.tmpl, class: c.row, slot: c.slot, text: c.text, keep: c.keep}, out: out}
		frame := strings.NewReplacer("[", "", "]", "").Replace(c.tmpl)
		if c.generic {
			r.lost = !strings.Contains(out, c.slot) // the generic word itself must stay
		} else {
			// no occurrence of the stem may stay readable (the frame's
			// own occurrences aside)
			for _, pr := range c.probes {
				if strings.Count(out, pr) > strings.Count(frame, pr) {
					r.leaked = true
				}
			}
		}
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				r.lost = true
			}
		}
		get(byT, c.tmpl).add(r)
		get(byR, c.row).add(r)
		if c.generic {
			gt.add(r)
			continue
		}
		f := strings.Fields(c.row)
		get(byG, f[0]).add(r)
		get(byS, f[1]).add(r)
		nt.add(r)
	}
	var b strings.Builder
	b.WriteString("== per template\n")
	for _, t := range templates {
		s := byT[t]
		fmt.Fprintf(&b, "%s  %s\n", s, t)
		for _, e := range s.examples {
			fmt.Fprintf(&b, "        %s\n", e)
		}
	}
	for _, m := range []struct {
		name string
		m    map[string]*sweepTally
	}{{"kind group", byG}, {"stem shape", byS}, {"kind group × stem shape, generic rows", byR}} {
		fmt.Fprintf(&b, "== per %s\n", m.name)
		ks := make([]string, 0, len(m.m))
		for k := range m.m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Fprintf(&b, "%s  %s\n", m.m[k], k)
			if m.name != "kind group × stem shape, generic rows" {
				continue
			}
			for _, e := range m.m[k].examples {
				fmt.Fprintf(&b, "        %s\n", e)
			}
		}
	}
	fmt.Fprintf(&b, "== %s %s\n", named, nt)
	fmt.Fprintf(&b, "== %s %s\n", generic, gt)
	return b.String(), nt, gt
}
