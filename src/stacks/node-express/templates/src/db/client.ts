import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Logger } from "../observability/logger.js";
import * as schema from "./schema/index.js";

export type Database = NodePgDatabase<typeof schema>;

/** How long a request may wait for a connection, so an unreachable database is a quick 503. */
const CONNECT_TIMEOUT_MS = 3000;

export function createPool(databaseUrl: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: 10,
  });
  // An idle connection the server dropped (a restart, say) must not crash the process.
  pool.on("error", (error) => logger.warn({ error }, "idle database connection closed"));
  return pool;
}

export function createDatabase(pool: pg.Pool): Database {
  return drizzle(pool, { schema });
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Applies the migrations in drizzle/ that the database has not seen yet. */
export async function applyMigrations(database: Database): Promise<void> {
  await migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
}
