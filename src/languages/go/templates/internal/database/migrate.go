package database

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

//go:embed migrations
var migrations embed.FS

// Direction says which way Migrate goes.
type Direction string

const (
	// Up applies every pending migration.
	Up Direction = "up"
	// Down reverts every applied migration.
	Down Direction = "down"
)

// Migrate applies or reverts the embedded migrations, logging each one it runs.
func Migrate(ctx context.Context, url string, direction Direction) error {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return errInvalidURL
	}
	cfg.ConnectTimeout = connectTimeout
	db := stdlib.OpenDB(*cfg)
	defer closeQuietly(db)
	files, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	provider, err := goose.NewProvider(goose.DialectPostgres, db, files)
	if errors.Is(err, goose.ErrNoMigrations) {
		slog.InfoContext(ctx, "no migrations to apply")
		return nil
	}
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	var results []*goose.MigrationResult
	switch direction {
	case Up:
		results, err = provider.Up(ctx)
	case Down:
		results, err = provider.DownTo(ctx, 0)
	default:
		return fmt.Errorf("migrate: unknown direction %q; use up or down", direction)
	}
	for _, result := range results {
		slog.InfoContext(ctx, "migration "+string(direction), "version", result.Source.Version, "file", result.Source.Path, "duration_ms", result.Duration.Milliseconds())
	}
	if err != nil {
		return fmt.Errorf("migrate %s: %w", direction, err)
	}
	return nil
}

func closeQuietly(db *sql.DB) {
	if err := db.Close(); err != nil {
		slog.Warn("closing the migration connection failed", "error", err)
	}
}
