package main

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

const columns = "id, name, sku, description, price::text, stock, active, type, released_on, available_at, supplier_id, created_at, updated_at"

type product struct {
	ID          uuid.UUID  `json:"id"`
	Name        string     `json:"name"`
	SKU         *string    `json:"sku"`
	Description *string    `json:"description"`
	Price       string     `json:"price"`
	Stock       int32      `json:"stock"`
	Active      bool       `json:"active"`
	Type        string     `json:"type"`
	ReleasedOn  *time.Time `json:"releasedOn"`
	AvailableAt *time.Time `json:"availableAt"`
	SupplierID  *uuid.UUID `json:"supplierId"`
	CreatedAt   time.Time  `json:"createdAt"`
	UpdatedAt   time.Time  `json:"updatedAt"`
}

type page struct {
	Items  []product `json:"items"`
	Total  int64     `json:"total"`
	Limit  int       `json:"limit"`
	Offset int       `json:"offset"`
}

type input struct {
	Name  string `json:"name"`
	Price string `json:"price"`
}

func findProduct(ctx context.Context, pool *pgxpool.Pool, id string) (product, error) {
	rows, _ := pool.Query(ctx, "SELECT "+columns+" FROM products WHERE id = $1", id)
	return pgx.CollectOneRow(rows, pgx.RowToStructByPos[product])
}

func listProducts(ctx context.Context, pool *pgxpool.Pool) (page, error) {
	result := page{Limit: 20}
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM products").Scan(&result.Total); err != nil {
		return result, err
	}
	rows, _ := pool.Query(ctx, "SELECT "+columns+" FROM products ORDER BY created_at, id LIMIT $1 OFFSET $2", 20, 0)
	items, err := pgx.CollectRows(rows, pgx.RowToStructByPos[product])
	result.Items = items
	return result, err
}

func createProduct(ctx context.Context, pool *pgxpool.Pool, in input) (product, error) {
	rows, _ := pool.Query(ctx, "INSERT INTO products (id, name, price, created_at, updated_at) VALUES ($1, $2, $3, now(), now()) RETURNING "+columns, uuid.New(), in.Name, in.Price)
	return pgx.CollectOneRow(rows, pgx.RowToStructByPos[product])
}
