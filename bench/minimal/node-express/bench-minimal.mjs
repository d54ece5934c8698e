// The benchmark's baseline: Express and a pg pool of the service's size, with no auth,
// validation, logging or metrics, answering the products routes with the service's queries.
import { randomUUID } from "node:crypto";
import express from "express";
import pg from "pg";

const COLUMNS =
  "id, name, sku, description, price, stock, active, type, released_on, available_at, supplier_id, created_at, updated_at";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = express();
app.use(express.json());

app.get("/api/v1/products/:id", async (request, response) => {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM products WHERE id = $1`, [
    request.params.id,
  ]);
  if (rows.length === 0) response.status(404).json({ status: 404 });
  else response.json(rows[0]);
});

app.get("/api/v1/products", async (_request, response) => {
  const [items, count] = await Promise.all([
    pool.query(`SELECT ${COLUMNS} FROM products ORDER BY created_at, id LIMIT 20 OFFSET 0`),
    pool.query("SELECT count(*)::int AS total FROM products"),
  ]);
  response.json({ items: items.rows, total: count.rows[0].total, limit: 20, offset: 0 });
});

app.post("/api/v1/products", async (request, response) => {
  const { rows } = await pool.query(
    `INSERT INTO products (id, name, price, created_at, updated_at) VALUES ($1, $2, $3, now(), now()) RETURNING ${COLUMNS}`,
    [randomUUID(), request.body.name, request.body.price],
  );
  response.status(201).json(rows[0]);
});

app.listen(Number(process.env.PORT));
