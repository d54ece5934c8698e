// The benchmark's baseline: NestJS on Express and a pg pool of the service's size, with no
// auth, validation, logging or metrics, answering the products routes with the service's
// queries. Plain JavaScript, so the decorators are applied as the functions they are.
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { Body, Controller, Get, HttpCode, Module, Param, Post } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import pg from "pg";

const COLUMNS =
  "id, name, sku, description, price, stock, active, type, released_on, available_at, supplier_id, created_at, updated_at";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

class ProductsController {
  async find(id) {
    const { rows } = await pool.query(`SELECT ${COLUMNS} FROM products WHERE id = $1`, [id]);
    return rows[0];
  }

  async list() {
    const [items, count] = await Promise.all([
      pool.query(`SELECT ${COLUMNS} FROM products ORDER BY created_at, id LIMIT 20 OFFSET 0`),
      pool.query("SELECT count(*)::int AS total FROM products"),
    ]);
    return { items: items.rows, total: count.rows[0].total, limit: 20, offset: 0 };
  }

  async create(body) {
    const { rows } = await pool.query(
      `INSERT INTO products (id, name, price, created_at, updated_at) VALUES ($1, $2, $3, now(), now()) RETURNING ${COLUMNS}`,
      [randomUUID(), body.name, body.price],
    );
    return rows[0];
  }
}

function decorateMethod(target, name, ...decorators) {
  let descriptor = Object.getOwnPropertyDescriptor(target, name);
  for (const decorator of decorators)
    descriptor = decorator(target, name, descriptor) ?? descriptor;
  Object.defineProperty(target, name, descriptor);
}

const proto = ProductsController.prototype;
Controller("api/v1/products")(ProductsController);
decorateMethod(proto, "find", Get(":id"));
Param("id")(proto, "find", 0);
decorateMethod(proto, "list", Get());
decorateMethod(proto, "create", Post(), HttpCode(201));
Body()(proto, "create", 0);

class AppModule {}
Module({ controllers: [ProductsController] })(AppModule);

const app = await NestFactory.create(AppModule, { logger: false });
await app.listen(Number(process.env.PORT));
