// Package problem is the service's error vocabulary: RFC 9457 problem details, the one shape of
// every error response.
package problem

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
)

// MediaType is the Content-Type of every problem response.
const MediaType = "application/problem+json"

type kind struct {
	slug  string
	title string
}

// kinds gives each status the service answers with its stable type slug and its title.
var kinds = map[int]kind{
	http.StatusBadRequest:            {"malformed-body", "Malformed request body"},
	http.StatusUnauthorized:          {"unauthorized", "Unauthorized"},
	http.StatusForbidden:             {"forbidden", "Forbidden"},
	http.StatusNotFound:              {"not-found", "Not found"},
	http.StatusMethodNotAllowed:      {"method-not-allowed", "Method not allowed"},
	http.StatusConflict:              {"conflict", "Conflict"},
	http.StatusRequestEntityTooLarge: {"payload-too-large", "Payload too large"},
	http.StatusUnsupportedMediaType:  {"unsupported-media-type", "Unsupported media type"},
	http.StatusUnprocessableEntity:   {"validation", "Validation failed"},
	http.StatusInternalServerError:   {"internal", "Internal server error"},
	http.StatusServiceUnavailable:    {"service-unavailable", "Service unavailable"},
}

// FieldError names one failing constraint: a body field by its JSON name (dotted when nested),
// a query parameter by its name, or "" for the body as a whole.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error ends a request with a problem response. Its cause, if any, is logged, never sent.
type Error struct {
	Status int
	Detail string
	Errors []FieldError
	cause  error
}

// New returns a problem with this status and detail.
func New(status int, detail string) *Error {
	return &Error{Status: status, Detail: detail}
}

// Wrap returns a problem caused by err.
func Wrap(status int, detail string, err error) *Error {
	return &Error{Status: status, Detail: detail, cause: err}
}

// Invalid returns the 422 problem listing every failing constraint.
func Invalid(errs ...FieldError) *Error {
	detail := "1 field is invalid"
	if len(errs) != 1 {
		detail = fmt.Sprintf("%d fields are invalid", len(errs))
	}
	return &Error{Status: http.StatusUnprocessableEntity, Detail: detail, Errors: errs}
}

func (e *Error) Error() string {
	if e.cause != nil {
		return e.Detail + ": " + e.cause.Error()
	}
	return e.Detail
}

func (e *Error) Unwrap() error {
	return e.cause
}

// From returns the problem err carries, or a 500 for anything unexpected.
func From(err error) *Error {
	if p, ok := errors.AsType[*Error](err); ok {
		return p
	}
	return Wrap(http.StatusInternalServerError, "The server failed to handle the request", err)
}

type document struct {
	Type     string       `json:"type"`
	Title    string       `json:"title"`
	Status   int          `json:"status"`
	Detail   string       `json:"detail"`
	Instance string       `json:"instance"`
	Errors   []FieldError `json:"errors,omitempty"`
}

// Write answers r with p.
func Write(w http.ResponseWriter, r *http.Request, p *Error) {
	k, ok := kinds[p.Status]
	if !ok {
		k = kinds[http.StatusInternalServerError]
	}
	w.Header().Set("Content-Type", MediaType)
	w.WriteHeader(p.Status)
	body := document{
		Type:     "/problems/" + k.slug,
		Title:    k.title,
		Status:   p.Status,
		Detail:   p.Detail,
		Instance: r.URL.Path,
		Errors:   p.Errors,
	}
	if err := json.NewEncoder(w).Encode(body); err != nil {
		slog.DebugContext(r.Context(), "the problem response was not sent", "error", err)
	}
}

// Respond answers r with the problem err carries, logging the causes a client must not see.
func Respond(w http.ResponseWriter, r *http.Request, err error) {
	p := From(err)
	switch {
	case p.Status == http.StatusServiceUnavailable:
		slog.WarnContext(r.Context(), p.Detail, "error", err)
	case p.Status >= http.StatusInternalServerError:
		slog.ErrorContext(r.Context(), "request failed", "error", err)
	}
	Write(w, r, p)
}
