package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"huibao/extract"
	"huibao/report"
)

// Error codes the API answers with, besides the extraction codes it passes
// through (empty, corrupt, unsupported_legacy_format, internal).
const (
	CodeTooLarge     = "too_large"
	CodeUnsupported  = "unsupported_format"
	CodeNoText       = "no_text_layer"
	CodeEncrypted    = "encrypted"
	CodeTimeout      = "timeout"
	CodeBusy         = "busy"
	CodeUnauthorized = "unauthorized"
	CodeNotFound     = "not_found"
	CodeBadRequest   = "bad_request"
	CodeInternal     = "internal"
	CodeForbidden    = "forbidden"
)

// ErrorBody is the one error shape of the API: {"error": {"code", "message"}}.
type ErrorBody struct {
	Error *report.Error `json:"error"`
}

// statusOf maps an error code to its HTTP status.
func statusOf(code string) int {
	switch code {
	case CodeTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeUnsupported, extract.CodeLegacy:
		return http.StatusUnsupportedMediaType
	case CodeNoText, CodeEncrypted, extract.CodeEmpty, extract.CodeCorrupt, CodeTimeout:
		// The document itself cannot be processed (a per-document timeout
		// is a property of the document, not of the server's load).
		return http.StatusUnprocessableEntity
	case CodeBusy:
		return http.StatusServiceUnavailable
	case CodeUnauthorized:
		return http.StatusUnauthorized
	case CodeForbidden:
		return http.StatusForbidden
	case CodeNotFound:
		return http.StatusNotFound
	case CodeBadRequest, "unreadable":
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// abortJSON answers with the error shape and stops the handler chain.
func abortJSON(c *gin.Context, code, msg string) {
	c.Set(ctxErrorCode, code)
	if code == CodeBusy {
		c.Header("Retry-After", retryAfter)
	}
	c.AbortWithStatusJSON(statusOf(code), ErrorBody{Error: &report.Error{Code: code, Message: msg}})
}

// retryAfter is the Retry-After value of a 503 busy, in seconds.
const retryAfter = "5"
