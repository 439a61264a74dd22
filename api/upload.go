package api

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// upload is one multipart request read into memory: the files in order and
// the option fields. The bytes live only as long as the request.
type upload struct {
	files  []uploadFile
	fields map[string]string
}

type uploadFile struct {
	name string // as the client sent it; original, never logged
	data []byte
}

// errTooLarge is returned when the body passes the configured limit.
var errTooLarge = errors.New("too large")

// uploadError is a client error in the multipart body, with its API code.
type uploadError struct{ code, msg string }

func (e *uploadError) Error() string { return e.msg }

// readUpload streams the multipart body into memory under the size limit.
// A Content-Length over the limit is refused before anything is read.
// csrf, when non-nil, must accept the csrf field, which must come before
// the first file (browsers send fields in form order).
func (s *Server) readUpload(c *gin.Context, maxFiles int, csrf func(string) bool) (*upload, error) {
	r := c.Request
	limit := s.cfg.MaxUpload
	if r.ContentLength > limit {
		return nil, &uploadError{CodeTooLarge, s.tooLargeMsg()}
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return nil, &uploadError{CodeBadRequest, "expected a multipart/form-data body with one or more file fields"}
	}
	r.Body = http.MaxBytesReader(c.Writer, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, &uploadError{CodeBadRequest, "cannot read the multipart body"}
	}
	up := &upload{fields: map[string]string{}}
	csrfOK := csrf == nil
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, s.bodyError(err)
		}
		name := part.FormName()
		switch {
		case name == "file" && part.FileName() != "":
			if !csrfOK {
				part.Close()
				return nil, &uploadError{CodeForbidden, "表单已过期，请刷新页面后重试。"}
			}
			if len(up.files) >= maxFiles {
				part.Close()
				return nil, &uploadError{CodeBadRequest, fmt.Sprintf("at most %d files per request", maxFiles)}
			}
			data, err := io.ReadAll(part)
			part.Close()
			if err != nil {
				return nil, s.bodyError(err)
			}
			up.files = append(up.files, uploadFile{name: part.FileName(), data: data})
		case name == "file":
			part.Close() // an empty file input
		default:
			b, err := io.ReadAll(io.LimitReader(part, 4<<10))
			part.Close()
			if err != nil {
				return nil, s.bodyError(err)
			}
			v := strings.TrimSpace(string(b))
			if name == csrfField && csrf != nil {
				csrfOK = csrf(v)
			}
			if _, dup := up.fields[name]; !dup {
				up.fields[name] = v
			}
		}
	}
	if !csrfOK {
		return nil, &uploadError{CodeForbidden, "表单已过期，请刷新页面后重试。"}
	}
	if len(up.files) == 0 {
		return nil, &uploadError{CodeBadRequest, `no file: send the report in a multipart field named "file"`}
	}
	return up, nil
}

func (s *Server) bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &uploadError{CodeTooLarge, s.tooLargeMsg()}
	}
	return &uploadError{CodeBadRequest, "the upload was interrupted or malformed"}
}

func (s *Server) tooLargeMsg() string {
	return fmt.Sprintf("the request is larger than the %s limit", formatSize(s.cfg.MaxUpload))
}

// formatSize writes a byte count the way --max-upload takes it.
func formatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseSize reads a size such as 50MB, 512KB, 1GB or a plain byte count
// (units are powers of 1024).
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.m
			break
		}
	}
	var n int64
	if _, err := fmt.Sscanf(t, "%d", &n); err != nil || n <= 0 || fmt.Sprint(n) != t {
		return 0, fmt.Errorf("invalid size %q (want e.g. 50MB)", s)
	}
	if n > (1<<62)/mult {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	return n * mult, nil
}
