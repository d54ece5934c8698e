/**
 * `npm run migrate` (or `node dist/db/migrate.js` in the container): applies the migrations the
 * database has not seen yet. The service itself never migrates when it starts.
 */
import { ConfigError, loadDatabaseConfig, loadEnvFile } from "../config.js";
import { createLogger } from "../observability/logger.js";
import { applyMigrations, createDatabase, createPool } from "./client.js";

loadEnvFile();
try {
  const config = loadDatabaseConfig();
  const logger = createLogger(config.logLevel);
  const pool = createPool(config.databaseUrl, logger);
  try {
    await applyMigrations(createDatabase(pool));
    logger.info("migrations applied");
  } finally {
    await pool.end();
  }
} catch (error) {
  const logger = createLogger("info");
  if (error instanceof ConfigError) logger.error(error.message);
  else logger.error({ error }, "migrations failed");
  process.exitCode = 1;
}
