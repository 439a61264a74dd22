package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"huibao/anonymize"
	"huibao/report"
)

// maxInput bounds one input file read into memory.
const maxInput = 512 << 20

// readInput reads a file argument; "-" is standard input.
func readInput(arg string, stdin io.Reader) (name string, data []byte, err error) {
	if arg == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, maxInput+1))
		name = "stdin"
	} else {
		name = filepath.Base(arg)
		var f *os.File
		f, err = os.Open(arg)
		if err == nil {
			defer f.Close()
			data, err = io.ReadAll(io.LimitReader(f, maxInput+1))
		}
	}
	if err == nil && len(data) > maxInput {
		err = fmt.Errorf("larger than %d MB", maxInput>>20)
	}
	return name, data, err
}

// pipelineFlags are the options every command that runs the pipeline takes.
type pipelineFlags struct {
	policy string
	style  string
	audit  bool
}

func (f *pipelineFlags) options() (report.Options, error) {
	p, err := anonymize.LoadPolicy(f.policy)
	if err != nil {
		return report.Options{}, usageError{err}
	}
	s, err := anonymize.ParseStyle(f.style)
	if err != nil {
		return report.Options{}, usageError{err}
	}
	return report.Options{Policy: p, Style: s, Audit: f.audit}, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
