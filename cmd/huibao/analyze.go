package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"huibao/anonymize"
	"huibao/extract"
	"huibao/report"
)

func init() {
	var pf pipelineFlags
	var format string
	cmd := &cobra.Command{
		Use:   "analyze [--format json|text] [--policy default|strict|FILE] [--style placeholder|mask|surname|redact|hmac] [--audit] FILE...",
		Short: "Classify, measure and de-identify report files",
		Long: `analyze runs the whole pipeline on each file and prints the de-identified result.
With --format json it prints one JSON object per file, one per line (JSON Lines).
A file that cannot be processed yields {"source":…,"error":{"code","message"}} and
the others still run. "-" reads standard input.

Exit status: 0 when every file succeeded, 1 when any failed, 2 for usage errors.`,
		Example: `  huibao analyze --format json report.docx
  huibao analyze --policy strict --style mask *.pdf
  cat report.txt | huibao analyze -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := pf.options()
			if err != nil {
				return err
			}
			if format == "" {
				format = "json"
				if isTerminal(cmd.OutOrStdout()) {
					format = "text"
				}
			}
			if format != "json" && format != "text" {
				return usagef("--format must be json or text, not %q", format)
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			failed := false
			for _, arg := range args {
				rep := analyzeArg(arg, cmd.InOrStdin(), opt)
				if rep.Error != nil {
					failed = true
				}
				if format == "json" {
					b, _ := json.Marshal(rep)
					out.Write(b)
					out.WriteByte('\n')
				} else {
					writeText(out, rep)
				}
				out.Flush()
			}
			if failed {
				return errSomeFailed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "output format: json (JSON Lines) or text (default on a terminal)")
	cmd.Flags().StringVar(&pf.policy, "policy", "default", "de-identification policy: default, strict, or a JSON/YAML policy file")
	cmd.Flags().StringVar(&pf.style, "style", "placeholder", "how masked entities are written: placeholder (〔人名1〕), mask (×××), surname (张某), redact (removed) or hmac (keyed hash, same entity same placeholder across a corpus; key from "+anonymize.HMACKeyEnv+" or the file named by "+anonymize.HMACKeyFileEnv+")")
	cmd.Flags().BoolVar(&pf.audit, "audit", false, "include the original text of every masked entity (for the owner's review; never stored)")
	rootCmd.AddCommand(cmd)
}

// analyzeArg reads one argument and runs the pipeline; read failures become
// error reports whose name is de-identified like any other.
func analyzeArg(arg string, stdin io.Reader, opt report.Options) *report.Report {
	name, data, err := readInput(arg, stdin)
	if err != nil {
		// Run the pipeline on no bytes only to get the de-identified name.
		rep, _ := report.Analyze(context.Background(), name, nil, opt)
		rep.Error = &report.Error{Code: "unreadable", Message: rep.Source.Name + ": cannot read the file"}
		return rep
	}
	rep, _ := report.Analyze(context.Background(), name, data, opt)
	return rep
}

// writeText prints a readable summary of one report.
func writeText(w *bufio.Writer, r *report.Report) {
	if r.Error != nil {
		fmt.Fprintf(w, "%s: error %s: %s\n\n", r.Source.Name, r.Error.Code, r.Error.Message)
		return
	}
	fmt.Fprintf(w, "%s  [%s, %d bytes]\n", r.Source.Name, r.Source.Format, r.Source.Bytes)
	fmt.Fprintf(w, "标题: %s\n", r.Title)
	counts := map[string]int{}
	for _, p := range r.Paragraphs {
		if !p.Heading {
			counts[p.Category]++
		}
	}
	fmt.Fprintf(w, "段落: %d (成效 %d, 问题 %d, 计划 %d, 其他 %d)\n", len(r.Paragraphs),
		counts["achievement"], counts["problem"], counts["plan"], counts["other"])
	byType := map[anonymize.Type]int{}
	for _, e := range r.Entities {
		byType[e.Type]++
	}
	var ents []string
	for t, n := range byType {
		ents = append(ents, fmt.Sprintf("%s %d", t, n))
	}
	fmt.Fprintf(w, "已脱敏: %s\n", strings.Join(sorted(ents), ", "))
	fmt.Fprintln(w)
	for _, p := range r.Paragraphs {
		if p.Heading {
			fmt.Fprintf(w, "## %s  [%s]\n", p.Text, p.Category)
			continue
		}
		fmt.Fprintf(w, "  [%s %.2f] %s\n", p.Category, p.Confidence, p.Text)
	}
	if len(r.Quantities) > 0 {
		fmt.Fprintln(w, "\n数量:")
		for _, q := range r.Quantities {
			v := "×"
			if q.Value != nil {
				v = fmt.Sprint(*q.Value)
			}
			fmt.Fprintf(w, "  %-12s value=%s unit=%s approx=%v subject=%s (段 %d)\n", q.Text, v, q.Unit, q.Approx, q.Subject, q.Paragraph)
		}
	}
	if len(r.Audit) > 0 {
		fmt.Fprintln(w, "\n审计 (原文，仅供本人核对):")
		for _, a := range r.Audit {
			fmt.Fprintf(w, "  %s %s → %s (段 %d, %s)\n", a.Type, a.Text, a.Placeholder, a.Paragraph, a.Evidence)
		}
	}
	fmt.Fprintln(w)
}

func sorted(ss []string) []string {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
	return ss
}

var _ = filepath.Base
var _ = extract.TXT
