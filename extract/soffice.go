package extract

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// SofficeTimeout bounds one LibreOffice conversion.
var SofficeTimeout = 90 * time.Second

var (
	sofficeOnce sync.Once
	sofficePath string
)

// sofficeBinary finds LibreOffice's soffice (or libreoffice) on PATH; a
// variable so tests can take LibreOffice away.
var sofficeBinary = func() string {
	sofficeOnce.Do(func() {
		for _, name := range []string{"soffice", "libreoffice"} {
			if p, err := exec.LookPath(name); err == nil {
				sofficePath = p
				return
			}
		}
	})
	return sofficePath
}

// SofficeAvailable reports whether legacy files this package cannot parse
// itself can be converted through LibreOffice.
func SofficeAvailable() bool { return sofficeBinary() != "" }

// convertWithSoffice converts a legacy file (Word 6/95 .doc, unusual .wps)
// to DOCX with LibreOffice and reads the result. Each call gets its own
// temporary directory and LibreOffice profile (concurrent calls sharing a
// profile fail silently), runs under a timeout in its own process group
// (killed whole on timeout), and removes everything it wrote.
func convertWithSoffice(ctx context.Context, data []byte, ext string, opt Options) (*Document, error) {
	bin := sofficeBinary()
	if bin == "" {
		return nil, Errorf(CodeLegacy, "this legacy %s file needs LibreOffice to be read: install it (Debian: apt-get install libreoffice-writer-nogui) or save the file as DOCX", ext)
	}
	dir, err := os.MkdirTemp("", "huibao-soffice-")
	if err != nil {
		return nil, Errorf(CodeInternal, "cannot create a temporary directory for the conversion")
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input."+ext)
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, Errorf(CodeInternal, "cannot write the temporary file for the conversion")
	}
	cctx, cancel := context.WithTimeout(ctx, SofficeTimeout)
	defer cancel()
	out := filepath.Join(dir, "out")
	cmd := exec.CommandContext(cctx, bin, "--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx", "--outdir", out, in)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	// LibreOffice's own messages may quote the file: they are not passed on.
	if err := cmd.Run(); err != nil {
		if cctx.Err() != nil {
			return nil, Errorf(CodeTimeout, "the LibreOffice conversion took too long")
		}
		return nil, Errorf(CodeCorrupt, "LibreOffice could not convert this %s file", ext)
	}
	b, err := os.ReadFile(filepath.Join(out, "input.docx"))
	if err != nil {
		return nil, Errorf(CodeCorrupt, "LibreOffice could not convert this %s file", ext)
	}
	doc, err := readDOCX(ctx, b, opt)
	if err != nil {
		return nil, err
	}
	doc.Engine = ext + "/soffice"
	return doc, nil
}
