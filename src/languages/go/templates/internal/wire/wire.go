// Package wire holds the value types of the API's JSON that Go has no exact match for, with
// their PostgreSQL encodings, and the strict parsing of query parameter values.
package wire

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

var (
	errInt32   = errors.New("must be a 32-bit integer")
	errBoolean = errors.New("must be true or false")
	errUUID    = errors.New("must be a UUID")
	errText    = errors.New("must be UTF-8 text without U+0000")
)

// ParseInt32 parses a decimal 32-bit integer.
func ParseInt32(s string) (int32, error) {
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, errInt32
	}
	return int32(n), nil
}

// ParseBoolean parses exactly "true" or "false".
func ParseBoolean(s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, errBoolean
}

// ParseUUID parses a UUID in its canonical 36-character form, in either letter case.
func ParseUUID(s string) (uuid.UUID, error) {
	if len(s) != 36 {
		return uuid.UUID{}, errUUID
	}
	id, err := uuid.Parse(s)
	if err != nil {
		return uuid.UUID{}, errUUID
	}
	return id, nil
}

// ParseText accepts the strings PostgreSQL can store: valid UTF-8 without U+0000.
func ParseText(s string) (string, error) {
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		return "", errText
	}
	return s, nil
}

// ParseEnum returns a parser accepting exactly one of values (case-sensitive).
func ParseEnum[T ~string](values ...T) func(string) (T, error) {
	names := make([]string, len(values))
	for i, value := range values {
		names[i] = string(value)
	}
	err := errors.New("must be one of: " + strings.Join(names, ", "))
	return func(s string) (T, error) {
		for _, value := range values {
			if string(value) == s {
				return value, nil
			}
		}
		return "", err
	}
}

// unmarshalString reads a JSON string, refusing every other JSON type with err.
func unmarshalString(data []byte, err error) (string, error) {
	var s string
	if json.Unmarshal(data, &s) != nil {
		return "", err
	}
	return s, nil
}
