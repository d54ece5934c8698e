package database

import (
	"context"
	"errors"
	"fmt"
	"net"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestIsUnavailable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"connection exception", &pgconn.PgError{Code: "08006"}, true},
		{"administrator shutdown", fmt.Errorf("query: %w", &pgconn.PgError{Code: "57P01"}), true},
		{"network error", &net.OpError{Op: "dial", Err: errors.New("connection refused")}, true},
		{"timeout", context.DeadlineExceeded, true},
		{"undefined table", &pgconn.PgError{Code: "42P01"}, false},
		{"unique violation", &pgconn.PgError{Code: UniqueViolation}, false},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			if got := IsUnavailable(test.err); got != test.want {
				t.Errorf("IsUnavailable(%v) = %v, want %v", test.err, got, test.want)
			}
		})
	}
}

func TestIsUniqueViolation(t *testing.T) {
	if !IsUniqueViolation(fmt.Errorf("insert: %w", &pgconn.PgError{Code: UniqueViolation})) {
		t.Error("a wrapped 23505 is a unique violation")
	}
	if IsUniqueViolation(&pgconn.PgError{Code: "23503"}) {
		t.Error("a foreign key violation is not a unique violation")
	}
}
