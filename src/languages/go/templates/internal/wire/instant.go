package wire

import (
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
)

// Instant is a point in time, written in RFC 3339 in UTC with exactly three fractional digits
// (2024-05-01T12:00:00.123Z). It is truncated to milliseconds, so it reads back as written.
type Instant struct {
	time.Time
}

const instantLayout = "2006-01-02T15:04:05.000Z07:00"

var errInstant = errors.New("must be an RFC 3339 date-time with an offset, e.g. 2024-05-01T12:00:00Z")

// NewInstant returns t in UTC, truncated to milliseconds.
func NewInstant(t time.Time) Instant {
	return Instant{t.UTC().Truncate(time.Millisecond)}
}

// Now returns the current instant.
func Now() Instant {
	return NewInstant(time.Now())
}

// ParseInstant parses an RFC 3339 date-time; its offset (Z or ±hh:mm) is required.
func ParseInstant(s string) (Instant, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return Instant{}, errInstant
	}
	return NewInstant(t), nil
}

// String returns the instant as the API writes it.
func (i Instant) String() string {
	return i.UTC().Format(instantLayout)
}

// MarshalJSON writes the instant in UTC with milliseconds.
func (i Instant) MarshalJSON() ([]byte, error) {
	return []byte(`"` + i.String() + `"`), nil
}

// UnmarshalJSON accepts a JSON string holding an RFC 3339 date-time with an offset.
func (i *Instant) UnmarshalJSON(data []byte) error {
	s, err := unmarshalString(data, errInstant)
	if err != nil {
		return err
	}
	*i, err = ParseInstant(s)
	return err
}

// ScanTimestamptz reads a PostgreSQL timestamptz.
func (i *Instant) ScanTimestamptz(v pgtype.Timestamptz) error {
	if !v.Valid || v.InfinityModifier != pgtype.Finite {
		return errors.New("wire: cannot scan a NULL or infinite timestamptz into an Instant")
	}
	*i = NewInstant(v.Time)
	return nil
}

// TimestamptzValue writes the instant as a PostgreSQL timestamptz.
func (i Instant) TimestamptzValue() (pgtype.Timestamptz, error) {
	return pgtype.Timestamptz{Time: i.Time, Valid: true}, nil
}
