// Command pdfbench times huibao's PDF extraction against poppler's
// pdftotext on the same files, side by side in one run, and can print the
// extracted paragraphs (-print) for inspection.
//
//	go run ./bench/pdfbench [-n 5] [-print] [-raw] FILE.pdf...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"time"

	"huibao/extract"
)

func main() {
	n := flag.Int("n", 5, "runs per file (the fastest is reported)")
	print := flag.Bool("print", false, "print the paragraphs instead of timing")
	raw := flag.Bool("raw", false, "keep page furniture (with -print)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: pdfbench [-n 5] [-print] [-raw] FILE.pdf...")
		os.Exit(2)
	}
	if *print {
		for _, f := range flag.Args() {
			data, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			doc, err := extract.Extract(context.Background(), f, data, extract.Options{Raw: *raw})
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
			fmt.Fprintf(os.Stderr, "# %s: %d pages, engine %s, %d removed\n", f, doc.Pages, doc.Engine, len(doc.Removed))
			for _, p := range doc.Paragraphs {
				h := ""
				if p.Heading {
					h = fmt.Sprintf("[H%d] ", p.Level)
				}
				fmt.Printf("%s%s\n", h, p.Text)
			}
		}
		return
	}
	_, perr := exec.LookPath("pdftotext")
	fmt.Printf("%-50s %6s %12s %12s %7s\n", "file", "pages", "huibao", "pdftotext", "ratio")
	var sumH, sumP time.Duration
	for _, f := range flag.Args() {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		best := func(run func() error) (time.Duration, error) {
			var b time.Duration
			for i := 0; i < *n; i++ {
				t := time.Now()
				if err := run(); err != nil {
					return 0, err
				}
				if d := time.Since(t); i == 0 || d < b {
					b = d
				}
			}
			return b, nil
		}
		pages := 0
		dh, err := best(func() error {
			doc, err := extract.Extract(context.Background(), f, data, extract.Options{})
			if err == nil {
				pages = doc.Pages
			}
			return err
		})
		if err != nil {
			fmt.Printf("%-50s huibao error: %v\n", f, err)
			continue
		}
		var dp time.Duration
		if perr == nil {
			dp, err = best(func() error { return exec.Command("pdftotext", "-enc", "UTF-8", f, os.DevNull).Run() })
			if err != nil {
				dp = 0
			}
		}
		ratio := "-"
		if dp > 0 {
			ratio = fmt.Sprintf("%.2f", float64(dh)/float64(dp))
		}
		sumH += dh
		sumP += dp
		fmt.Printf("%-50s %6d %12s %12s %7s\n", f, pages, dh.Round(time.Microsecond), dp.Round(time.Microsecond), ratio)
	}
	if sumP > 0 {
		fmt.Printf("%-50s %6s %12s %12s %7.2f\n", "total", "", sumH.Round(time.Microsecond), sumP.Round(time.Microsecond), float64(sumH)/float64(sumP))
	}
}
