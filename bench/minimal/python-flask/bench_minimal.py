"""The benchmark's baseline: Flask and the same SQLAlchemy pool, with no auth, validation,
logging or metrics, answering the products routes with the service's queries; gunicorn runs
it as the service's gunicorn.conf.py runs the service (one worker, gthread)."""

import os
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from flask import Flask, request
from sqlalchemy import create_engine, text

COLUMNS = (
    "id, name, sku, description, price, stock, active, type, released_on, available_at,"
    " supplier_id, created_at, updated_at"
)
url = "postgresql+psycopg://" + os.environ["DATABASE_URL"].split("://", 1)[1]
engine = create_engine(url, pool_size=10, max_overflow=10)
app = Flask(__name__)


def encode(row: Any) -> dict[str, Any]:
    return {
        key: str(value) if isinstance(value, (uuid.UUID, Decimal, date, datetime)) else value
        for key, value in row.items()
    }


@app.get("/api/v1/products/<uuid:item_id>")
def find(item_id: uuid.UUID) -> Any:
    with engine.connect() as connection:
        row = (
            connection.execute(
                text(f"SELECT {COLUMNS} FROM products WHERE id = :id"), {"id": item_id}
            )
            .mappings()
            .first()
        )
    if row is None:
        return {"status": 404}, 404
    return encode(row)


@app.get("/api/v1/products")
def list_products() -> Any:
    with engine.connect() as connection:
        rows = connection.execute(
            text(f"SELECT {COLUMNS} FROM products ORDER BY created_at, id LIMIT 20 OFFSET 0")
        ).mappings()
        items = [encode(row) for row in rows]
        total = connection.execute(text("SELECT count(*) FROM products")).scalar_one()
    return {"items": items, "total": total, "limit": 20, "offset": 0}


@app.post("/api/v1/products")
def create() -> Any:
    body = request.get_json()
    with engine.begin() as connection:
        row = (
            connection.execute(
                text(
                    "INSERT INTO products (id, name, price, created_at, updated_at)"
                    f" VALUES (:id, :name, :price, now(), now()) RETURNING {COLUMNS}"
                ),
                {"id": uuid.uuid4(), "name": body["name"], "price": Decimal(body["price"])},
            )
            .mappings()
            .one()
        )
    return encode(row), 201
