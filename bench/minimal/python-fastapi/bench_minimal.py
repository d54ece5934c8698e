"""The benchmark's baseline: FastAPI and the same SQLAlchemy pool, with no auth, validation,
logging or metrics, answering the products routes with the service's queries."""

import os
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

COLUMNS = (
    "id, name, sku, description, price, stock, active, type, released_on, available_at,"
    " supplier_id, created_at, updated_at"
)
url = "postgresql+psycopg://" + os.environ["DATABASE_URL"].split("://", 1)[1]
engine = create_async_engine(url, pool_size=10, max_overflow=10)
app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


def encode(row: Any) -> dict[str, Any]:
    return {
        key: str(value) if isinstance(value, (uuid.UUID, Decimal, date, datetime)) else value
        for key, value in row.items()
    }


@app.get("/api/v1/products/{item_id}")
async def find(item_id: uuid.UUID) -> JSONResponse:
    async with engine.connect() as connection:
        result = await connection.execute(
            text(f"SELECT {COLUMNS} FROM products WHERE id = :id"), {"id": item_id}
        )
        row = result.mappings().first()
    if row is None:
        return JSONResponse({"status": 404}, status_code=404)
    return JSONResponse(encode(row))


@app.get("/api/v1/products")
async def list_products() -> JSONResponse:
    async with engine.connect() as connection:
        rows = await connection.execute(
            text(f"SELECT {COLUMNS} FROM products ORDER BY created_at, id LIMIT 20 OFFSET 0")
        )
        items = [encode(row) for row in rows.mappings()]
        total = (await connection.execute(text("SELECT count(*) FROM products"))).scalar_one()
    return JSONResponse({"items": items, "total": total, "limit": 20, "offset": 0})


@app.post("/api/v1/products")
async def create(request: Request) -> JSONResponse:
    body = await request.json()
    async with engine.begin() as connection:
        result = await connection.execute(
            text(
                "INSERT INTO products (id, name, price, created_at, updated_at)"
                f" VALUES (:id, :name, :price, now(), now()) RETURNING {COLUMNS}"
            ),
            {"id": uuid.uuid4(), "name": body["name"], "price": Decimal(body["price"])},
        )
        row = result.mappings().one()
    return JSONResponse(encode(row), status_code=201)


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ["PORT"]), log_level="warning")
