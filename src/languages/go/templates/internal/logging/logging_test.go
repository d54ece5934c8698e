package logging

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
)

func TestLinesCarryTheContractsFieldNames(t *testing.T) {
	var out bytes.Buffer
	logger := New(&out, slog.LevelDebug)
	logger.Warn("careful", "status", 200)

	var line map[string]any
	if err := json.Unmarshal(out.Bytes(), &line); err != nil {
		t.Fatalf("not JSON: %s", out.String())
	}
	for key, want := range map[string]any{"level": "warning", "message": "careful", "status": 200.0} {
		if line[key] != want {
			t.Errorf("%s = %v, want %v", key, line[key], want)
		}
	}
	if _, ok := line["timestamp"]; !ok {
		t.Error("no timestamp")
	}
}

func TestParseLevel(t *testing.T) {
	if level, ok := ParseLevel("WARNING"); !ok || level != slog.LevelWarn {
		t.Errorf("ParseLevel(WARNING) = %v, %v", level, ok)
	}
	if _, ok := ParseLevel("verbose"); ok {
		t.Error("ParseLevel accepted verbose")
	}
}
