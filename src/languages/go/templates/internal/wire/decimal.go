package wire

import (
	"errors"
	"math/big"
	"regexp"
	"strings"
)

// Decimal is an exact decimal number, written as a JSON string ("19.90") so that no JSON parser
// on the way can round it. PostgreSQL stores it as numeric; read back as text, it keeps the
// column's scale.
type Decimal string

var (
	decimalPattern = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	errDecimal     = errors.New(`must be a decimal number written as a string, e.g. "19.90"`)
)

// ParseDecimal parses a decimal number such as -12, 0.5 or 19.90 (no exponent).
func ParseDecimal(s string) (Decimal, error) {
	if !decimalPattern.MatchString(s) {
		return "", errDecimal
	}
	return Decimal(s), nil
}

// UnmarshalJSON accepts a JSON string holding a decimal number, never a JSON number.
func (d *Decimal) UnmarshalJSON(data []byte) error {
	s, err := unmarshalString(data, errDecimal)
	if err != nil {
		return err
	}
	*d, err = ParseDecimal(s)
	return err
}

// Digits counts the digits before the point (leading zeros aside) and after it.
func (d Decimal) Digits() (integer, fraction int) {
	whole, decimals, _ := strings.Cut(strings.TrimPrefix(string(d), "-"), ".")
	return len(strings.TrimLeft(whole, "0")), len(decimals)
}

// Rat returns the number's exact value.
func (d Decimal) Rat() *big.Rat {
	value, ok := new(big.Rat).SetString(string(d))
	if !ok {
		return new(big.Rat)
	}
	return value
}
