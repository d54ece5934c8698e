// Package health answers the liveness and readiness probes.
package health

import (
	"context"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"
)

// readinessTimeout is how long the database gets to answer a readiness probe.
const readinessTimeout = 2 * time.Second

// Report is the body of a probe's response.
type Report struct {
	Status string            `json:"status"`
	Checks map[string]string `json:"checks,omitempty"`
}

// Pinger is the database as the readiness probe sees it (a pgx pool).
type Pinger interface {
	Ping(ctx context.Context) error
}

// Checker answers the probes.
type Checker struct {
	database Pinger
	draining atomic.Bool
}

// NewChecker returns the probes of a service whose database is database.
func NewChecker(database Pinger) *Checker {
	return &Checker{database: database}
}

// Live answers while the process runs.
func (c *Checker) Live() Report {
	return Report{Status: "ok"}
}

// Drain turns readiness off for good: the service is shutting down.
func (c *Checker) Drain() {
	c.draining.Store(true)
}

// Ready reports whether the service should get traffic: it is not shutting down and the
// database answers within two seconds.
func (c *Checker) Ready(ctx context.Context) (int, Report) {
	if c.draining.Load() {
		return http.StatusServiceUnavailable, Report{Status: "unavailable", Checks: map[string]string{"database": "ok"}}
	}
	ctx, cancel := context.WithTimeout(ctx, readinessTimeout)
	defer cancel()
	if err := c.database.Ping(ctx); err != nil {
		slog.WarnContext(ctx, "readiness: the database did not answer", "error", err)
		return http.StatusServiceUnavailable, Report{Status: "unavailable", Checks: map[string]string{"database": "down"}}
	}
	return http.StatusOK, Report{Status: "ok", Checks: map[string]string{"database": "ok"}}
}
