/**
 * `npm run migrate` (or `node dist/db/migrate.js` in the container): applies the migrations the
 * database has not seen yet. The service itself never migrates when it starts.
 */
import { DataSource } from "typeorm";
import { ConfigError, loadDatabaseConfig, loadEnvFile } from "../config.js";
import { createLogger } from "../observability/logger.js";
import { createDataSourceOptions } from "./options.js";

loadEnvFile();
try {
  const config = loadDatabaseConfig();
  const logger = createLogger(config.logLevel);
  const dataSource = await new DataSource(createDataSourceOptions(config.databaseUrl)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    logger.info({ migrations: applied.map((migration) => migration.name) }, "migrations applied");
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  const logger = createLogger("info");
  if (error instanceof ConfigError) logger.error(error.message);
  else logger.error({ error }, "migrations failed");
  process.exitCode = 1;
}
