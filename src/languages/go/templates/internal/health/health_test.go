package health

import (
	"context"
	"errors"
	"net/http"
	"testing"
)

type pinger struct{ err error }

func (p pinger) Ping(context.Context) error { return p.err }

func TestLiveWhileTheProcessRuns(t *testing.T) {
	if report := NewChecker(pinger{}).Live(); report.Status != "ok" {
		t.Errorf("got %+v", report)
	}
}

func TestReadyFollowsTheDatabase(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		status   int
		database string
	}{
		{"database answers", nil, http.StatusOK, "ok"},
		{"database down", errors.New("connection refused"), http.StatusServiceUnavailable, "down"},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			status, report := NewChecker(pinger{err: test.err}).Ready(t.Context())
			if status != test.status || report.Checks["database"] != test.database {
				t.Errorf("got %d %+v", status, report)
			}
		})
	}
}

func TestNotReadyOnceDraining(t *testing.T) {
	checker := NewChecker(pinger{})
	checker.Drain()

	if status, report := checker.Ready(t.Context()); status != http.StatusServiceUnavailable {
		t.Errorf("got %d %+v", status, report)
	}
}
