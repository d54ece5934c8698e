// Package database connects to PostgreSQL with a pgx pool, applies the embedded goose
// migrations and tells the errors of a database that cannot be reached from the others.
package database

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

const (
	// connectTimeout bounds each new connection, so a request that needs the database answers
	// 503 within seconds when the database is down.
	connectTimeout = 3 * time.Second
	// pingTimeout bounds the liveness check of a connection that sat idle in the pool.
	pingTimeout = time.Second
)

// errInvalidURL does not repeat the URL, which holds the password.
var errInvalidURL = errors.New("DATABASE_URL: cannot be parsed as a PostgreSQL connection URL")

// Open returns a pool for url. It connects lazily: the service starts, and reports itself not
// ready, while the database is down. tracer, when not nil, observes every query.
func Open(ctx context.Context, url string, tracer pgx.QueryTracer) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, errInvalidURL
	}
	cfg.ConnConfig.ConnectTimeout = connectTimeout
	cfg.PingTimeout = pingTimeout
	cfg.ConnConfig.Tracer = tracer
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("database pool: %w", err)
	}
	return pool, nil
}

// IsUnavailable reports whether err means the database cannot be reached (or is shutting
// down), rather than that it refused a statement.
func IsUnavailable(err error) bool {
	if pgErr, ok := errors.AsType[*pgconn.PgError](err); ok {
		// Class 08 is "connection exception"; 57P01-57P03 are shutdowns and restarts.
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P0")
	}
	if _, ok := errors.AsType[*pgconn.ConnectError](err); ok {
		return true
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return true
	}
	return pgconn.Timeout(err) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, pgx.ErrTxClosed)
}

// UniqueViolation is PostgreSQL's SQLSTATE for a unique constraint violation.
const UniqueViolation = "23505"

// IsUniqueViolation reports whether err is a unique constraint violation.
func IsUniqueViolation(err error) bool {
	pgErr, ok := errors.AsType[*pgconn.PgError](err)
	return ok && pgErr.Code == UniqueViolation
}
