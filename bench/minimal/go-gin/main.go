// Command benchminimal is the benchmark's baseline: Gin and a pgx pool, with no auth,
// validation, logging or metrics, answering the products routes with the service's queries.
package main

import (
	"context"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	gin.SetMode(gin.ReleaseMode)
	router := gin.New()
	router.GET("/api/v1/products/:id", func(c *gin.Context) {
		item, err := findProduct(c, pool, c.Param("id"))
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"status": 404})
			return
		}
		c.JSON(http.StatusOK, item)
	})
	router.GET("/api/v1/products", func(c *gin.Context) {
		result, err := listProducts(c, pool)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"status": 500})
			return
		}
		c.JSON(http.StatusOK, result)
	})
	router.POST("/api/v1/products", func(c *gin.Context) {
		var in input
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"status": 400})
			return
		}
		item, err := createProduct(c, pool, in)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"status": 500})
			return
		}
		c.JSON(http.StatusCreated, item)
	})
	if err := router.Run(":" + os.Getenv("PORT")); err != nil {
		panic(err)
	}
}
