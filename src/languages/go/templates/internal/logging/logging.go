// Package logging writes JSON lines on stdout with the field names log collectors expect:
// timestamp, level (lower case) and message.
package logging

import (
	"context"
	"io"
	"log/slog"
	"strings"
)

// ParseLevel reads debug, info, warning (or warn) or error, in any letter case.
func ParseLevel(name string) (slog.Level, bool) {
	switch strings.ToLower(name) {
	case "debug":
		return slog.LevelDebug, true
	case "info":
		return slog.LevelInfo, true
	case "warning", "warn":
		return slog.LevelWarn, true
	case "error":
		return slog.LevelError, true
	}
	return slog.LevelInfo, false
}

// New returns a logger writing one JSON object per line to w.
func New(w io.Writer, level slog.Leveler) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level, ReplaceAttr: renameAttr}))
}

func renameAttr(groups []string, attr slog.Attr) slog.Attr {
	if len(groups) > 0 {
		return attr
	}
	switch attr.Key {
	case slog.TimeKey:
		return slog.String("timestamp", attr.Value.Time().UTC().Format("2006-01-02T15:04:05.000Z07:00"))
	case slog.LevelKey:
		level, _ := attr.Value.Any().(slog.Level)
		return slog.String("level", levelName(level))
	case slog.MessageKey:
		return slog.Attr{Key: "message", Value: attr.Value}
	}
	return attr
}

func levelName(level slog.Level) string {
	switch {
	case level < slog.LevelInfo:
		return "debug"
	case level < slog.LevelWarn:
		return "info"
	case level < slog.LevelError:
		return "warning"
	}
	return "error"
}

type requestKey struct{}

// Request collects, while a request is handled, what its one log line reports besides the
// request itself: why it failed, for a 5xx, which the client never sees.
type Request struct {
	Err error
}

// WithRequest returns a context carrying the request's log details.
func WithRequest(ctx context.Context, request *Request) context.Context {
	return context.WithValue(ctx, requestKey{}, request)
}

// RequestFrom returns the log details of the request ctx belongs to, or nil outside a request.
func RequestFrom(ctx context.Context) *Request {
	request, _ := ctx.Value(requestKey{}).(*Request)
	return request
}
