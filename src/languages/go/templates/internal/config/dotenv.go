package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// LoadDotEnv sets the variables of a local .env file (KEY=value lines, # comments) that the
// environment does not set already, so `make run` picks up a developer's settings. Real
// environment variables always win; a missing file is not an error.
func LoadDotEnv(path string) error {
	data, err := os.ReadFile(filepath.Clean(path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		name, value, found := strings.Cut(line, "=")
		if !found || strings.HasPrefix(line, "#") {
			continue
		}
		name = strings.TrimSpace(name)
		if _, set := os.LookupEnv(name); set {
			continue
		}
		if err := os.Setenv(name, strings.Trim(strings.TrimSpace(value), `"'`)); err != nil {
			return err
		}
	}
	return nil
}
