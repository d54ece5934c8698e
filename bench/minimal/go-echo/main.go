// Command benchminimal is the benchmark's baseline: Echo and a pgx pool, with no auth,
// validation, logging or metrics, answering the products routes with the service's queries.
package main

import (
	"context"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
)

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.GET("/api/v1/products/:id", func(c echo.Context) error {
		item, err := findProduct(c.Request().Context(), pool, c.Param("id"))
		if err != nil {
			return c.JSON(http.StatusNotFound, map[string]int{"status": 404})
		}
		return c.JSON(http.StatusOK, item)
	})
	e.GET("/api/v1/products", func(c echo.Context) error {
		result, err := listProducts(c.Request().Context(), pool)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, result)
	})
	e.POST("/api/v1/products", func(c echo.Context) error {
		var in input
		if err := c.Bind(&in); err != nil {
			return c.JSON(http.StatusBadRequest, map[string]int{"status": 400})
		}
		item, err := createProduct(c.Request().Context(), pool, in)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusCreated, item)
	})
	if err := e.Start(":" + os.Getenv("PORT")); err != nil {
		panic(err)
	}
}
