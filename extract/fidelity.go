package extract

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Fidelity thresholds the eval command and the fixture test apply.
const (
	MinCharRatio      = 0.995
	MinParagraphRatio = 0.95
)

// Similarity compares extracted paragraphs with the paragraphs of a source
// text.
type Similarity struct {
	Chars      float64 // difflib-style ratio over the characters (white space ignored)
	Paragraphs float64 // difflib-style ratio over the lists of paragraphs
}

// Compare measures how faithfully got reproduces want. Characters are
// compared with white space removed, as one sequence; paragraphs are
// compared as a sequence of strings (white space removed), so a paragraph
// split in two or two paragraphs glued together both count against it.
func Compare(got, want []string) Similarity {
	var a, b []rune
	pa := make([]string, 0, len(got))
	pb := make([]string, 0, len(want))
	for _, p := range got {
		s := squash(p)
		if s != "" {
			a = append(a, []rune(s)...)
			pa = append(pa, s)
		}
	}
	for _, p := range want {
		s := squash(p)
		if s != "" {
			b = append(b, []rune(s)...)
			pb = append(pb, s)
		}
	}
	return Similarity{Chars: Ratio(a, b), Paragraphs: Ratio(pa, pb)}
}

// Ratio is Python difflib's SequenceMatcher.ratio() without the junk
// heuristic: 2*M/T, where M counts the elements in the matching blocks
// found by repeatedly taking the longest common run, and T is the total
// length. Two empty sequences are identical (1.0).
func Ratio[T comparable](a, b []T) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(matches(a, b)) / float64(len(a)+len(b))
}

func matches[T comparable](a, b []T) int {
	b2j := map[T][]int{}
	for j, x := range b {
		b2j[x] = append(b2j[x], j)
	}
	j2len := make([]int, len(b)+1)
	newj2len := make([]int, len(b)+1)
	var touched, newTouched []int
	longest := func(alo, ahi, blo, bhi int) (int, int, int) {
		besti, bestj, bestk := alo, blo, 0
		for _, j := range touched {
			j2len[j] = 0
		}
		touched = touched[:0]
		for i := alo; i < ahi; i++ {
			newTouched = newTouched[:0]
			js := b2j[a[i]]
			k0 := sort.SearchInts(js, blo)
			for _, j := range js[k0:] {
				if j >= bhi {
					break
				}
				// Runs are stored at index j+1, so j2len[j] is the run
				// ending at b[j-1] and a[i-1].
				k := j2len[j] + 1
				newj2len[j+1] = k
				newTouched = append(newTouched, j+1)
				if k > bestk {
					besti, bestj, bestk = i-k+1, j-k+1, k
				}
			}
			for _, j := range touched {
				j2len[j] = 0
			}
			j2len, newj2len = newj2len, j2len
			touched, newTouched = newTouched, touched
		}
		return besti, bestj, bestk
	}
	total := 0
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(a), 0, len(b)}}
	for len(queue) > 0 {
		s := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := longest(s.alo, s.ahi, s.blo, s.bhi)
		if k == 0 {
			continue
		}
		total += k
		if s.alo < i && s.blo < j {
			queue = append(queue, span{s.alo, i, s.blo, j})
		}
		if i+k < s.ahi && j+k < s.bhi {
			queue = append(queue, span{i + k, s.ahi, j + k, s.bhi})
		}
	}
	return total
}

// FidelityResult is the measure of one file against its source text.
type FidelityResult struct {
	File   string // file name within the directory
	Source string // the NAME.source.txt it was compared with
	Format Format
	Engine string
	Similarity
	Elapsed time.Duration
	Err     error
}

// OK reports whether the file meets both thresholds.
func (r FidelityResult) OK() bool {
	return r.Err == nil && r.Chars >= MinCharRatio && r.Paragraphs >= MinParagraphRatio
}

// EvalDir measures every file in dir that has a source text: for each
// NAME.source.txt, every sibling NAME.* (any format) is extracted with the
// default options (cleaning on) and compared with the source's lines, one
// paragraph per non-empty line.
func EvalDir(ctx context.Context, dir string) ([]FidelityResult, error) {
	return EvalDirOptions(ctx, dir, Options{})
}

// EvalDirOptions is EvalDir with extraction options (Raw: compare without
// cleaning, for sources that keep their watermarks).
func EvalDirOptions(ctx context.Context, dir string, opt Options) ([]FidelityResult, error) {
	sources, err := filepath.Glob(filepath.Join(dir, "*.source.txt"))
	if err != nil {
		return nil, err
	}
	var out []FidelityResult
	for _, src := range sources {
		b, err := os.ReadFile(src)
		if err != nil {
			return nil, err
		}
		want := strings.Split(string(b), "\n")
		name := strings.TrimSuffix(filepath.Base(src), ".source.txt")
		files, err := filepath.Glob(filepath.Join(dir, globEscape(name)+".*"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			if f == src || strings.HasSuffix(f, ".source.txt") {
				continue
			}
			if fi, err := os.Stat(f); err != nil || fi.IsDir() {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			res := FidelityResult{File: filepath.Base(f), Source: filepath.Base(src)}
			start := time.Now()
			fctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			doc, err := Extract(fctx, res.File, data, opt)
			cancel()
			res.Elapsed = time.Since(start)
			if err != nil {
				res.Err = err
			} else {
				res.Format, res.Engine = doc.Format, doc.Engine
				got := make([]string, len(doc.Paragraphs))
				for i, p := range doc.Paragraphs {
					got[i] = p.Text
				}
				res.Similarity = Compare(got, want)
			}
			out = append(out, res)
		}
	}
	return out, nil
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}
