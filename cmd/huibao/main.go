// Command huibao turns Chinese work reports into structured, de-identified
// data: extract, analyze, serve, ingest, search, export and eval.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes, as gh and kubectl use them.
const (
	exitOK     = 0
	exitFailed = 1 // some input could not be processed
	exitUsage  = 2 // bad flags or arguments
)

// errSomeFailed reports that a command ran but at least one input failed;
// the details were already printed.
var errSomeFailed = errors.New("some inputs failed")

// usageError marks an error in the command line.
type usageError struct{ error }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

var rootCmd = &cobra.Command{
	Use:   "huibao",
	Short: "Turn Chinese work reports into structured, de-identified data",
	Long: `huibao (汇报) reads Chinese work reports (工作汇报, 政府工作报告, 工作总结, 述职报告)
in PDF, DOCX, DOC/WPS, TXT and more, and returns their paragraphs classified as
achievement / problem / plan / other, the quantities they state, and the text with
every personal name, organisation, place and contact number masked.`,
	SilenceUsage:  true,
	SilenceErrors: true,
	Version:       version,
}

func main() {
	rootCmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	err := rootCmd.Execute()
	switch {
	case err == nil:
		os.Exit(exitOK)
	case errors.Is(err, errSomeFailed):
		os.Exit(exitFailed)
	}
	fmt.Fprintln(os.Stderr, "huibao:", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		os.Exit(exitUsage)
	}
	os.Exit(exitFailed)
}

// isCobraUsage recognises cobra's own argument errors (unknown command,
// wrong argument count), which it does not type.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if len(msg) >= len(p) && contains(msg, p) {
			return true
		}
	}
	return false
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
