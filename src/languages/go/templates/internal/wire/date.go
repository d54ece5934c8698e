package wire

import (
	"errors"
	"regexp"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
)

// Date is a calendar day, written YYYY-MM-DD.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

const dateLayout = "2006-01-02"

var (
	datePattern = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	errDate     = errors.New("must be a date written YYYY-MM-DD")
)

// ParseDate parses a real calendar day written YYYY-MM-DD, from year 1.
func ParseDate(s string) (Date, error) {
	if !datePattern.MatchString(s) {
		return Date{}, errDate
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil || t.Year() < 1 {
		return Date{}, errDate
	}
	return dateOf(t), nil
}

func dateOf(t time.Time) Date {
	year, month, day := t.Date()
	return Date{Year: year, Month: month, Day: day}
}

func (d Date) time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	return d.time().Format(dateLayout)
}

// MarshalJSON writes the date as a YYYY-MM-DD string.
func (d Date) MarshalJSON() ([]byte, error) {
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON accepts a JSON string holding a date.
func (d *Date) UnmarshalJSON(data []byte) error {
	s, err := unmarshalString(data, errDate)
	if err != nil {
		return err
	}
	*d, err = ParseDate(s)
	return err
}

// ScanDate reads a PostgreSQL date.
func (d *Date) ScanDate(v pgtype.Date) error {
	if !v.Valid || v.InfinityModifier != pgtype.Finite {
		return errors.New("wire: cannot scan a NULL or infinite date into a Date")
	}
	*d = dateOf(v.Time)
	return nil
}

// DateValue writes the date as a PostgreSQL date.
func (d Date) DateValue() (pgtype.Date, error) {
	return pgtype.Date{Time: d.time(), Valid: true}, nil
}
