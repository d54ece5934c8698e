package wire

import (
	"encoding/json"
	"testing"
)

func TestParseDecimal(t *testing.T) {
	for _, tc := range []struct {
		in                string
		ok                bool
		integer, fraction int
	}{
		{"19.90", true, 2, 2},
		{"-0.5", true, 0, 1},
		{"007", true, 1, 0},
		{"1e3", false, 0, 0},
		{"19.", false, 0, 0},
		{"", false, 0, 0},
	} {
		d, err := ParseDecimal(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseDecimal(%q): error %v, want ok=%v", tc.in, err, tc.ok)
			continue
		}
		if integer, fraction := d.Digits(); tc.ok && (integer != tc.integer || fraction != tc.fraction) {
			t.Errorf("%q.Digits() = %d, %d; want %d, %d", tc.in, integer, fraction, tc.integer, tc.fraction)
		}
	}
}

func TestDecimalIsAJSONStringOnly(t *testing.T) {
	var d Decimal
	if err := json.Unmarshal([]byte(`19.9`), &d); err == nil {
		t.Error("a JSON number was accepted as a decimal")
	}
	if err := json.Unmarshal([]byte(`"19.9"`), &d); err != nil || d != "19.9" {
		t.Errorf(`"19.9" decoded to %q, %v`, d, err)
	}
}

func TestParseDate(t *testing.T) {
	for in, ok := range map[string]bool{"2024-02-29": true, "2024-02-30": false, "2024-1-5": false, "0000-01-01": false} {
		if _, err := ParseDate(in); (err == nil) != ok {
			t.Errorf("ParseDate(%q): error %v, want ok=%v", in, err, ok)
		}
	}
}

func TestInstantIsUTCWithMilliseconds(t *testing.T) {
	i, err := ParseInstant("2024-05-01T14:00:00.123999+02:00")
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(i)
	if string(out) != `"2024-05-01T12:00:00.123Z"` {
		t.Errorf("got %s", out)
	}
	if _, err := ParseInstant("2024-05-01T12:00:00"); err == nil {
		t.Error("an instant without an offset was accepted")
	}
}

func TestQueryValues(t *testing.T) {
	if _, err := ParseInt32("2147483648"); err == nil {
		t.Error("ParseInt32 accepted a value beyond 32 bits")
	}
	if _, err := ParseBoolean("yes"); err == nil {
		t.Error(`ParseBoolean accepted "yes"`)
	}
	if id, err := ParseUUID("0B3F6C2E-8D1A-4C5E-9F7B-2A6D4E8C1B3F"); err != nil || id.String() != "0b3f6c2e-8d1a-4c5e-9f7b-2a6d4e8c1b3f" {
		t.Errorf("ParseUUID of upper case: %v, %v", id, err)
	}
	if _, err := ParseText("a\x00b"); err == nil {
		t.Error("ParseText accepted U+0000")
	}
	parse := ParseEnum("draft", "live")
	if _, err := parse("Draft"); err == nil {
		t.Error("ParseEnum is not case-sensitive")
	}
}
