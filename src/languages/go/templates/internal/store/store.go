// Package store reads and writes the service's tables with hand-written SQL over pgx. The
// lists' filters and sort orders, and merge patches, make the SQL dynamic, so it is built here
// from whitelisted column names, with every value passed as a parameter.
package store

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// DB is what the store needs of a pgx pool, a connection or a transaction.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// ErrNotFound means that no row has the id.
var ErrNotFound = errors.New("store: no row has this id")
