/**
 * The data source of the TypeORM CLI: `npm run migration:generate -- src/db/migrations/<Name>`
 * writes a migration for what changed in the entities (add it to migrations/index.ts).
 */
import { DataSource } from "typeorm";
import { loadDatabaseConfig, loadEnvFile } from "../config.js";
import { createDataSourceOptions } from "./options.js";

loadEnvFile();
export default new DataSource(createDataSourceOptions(loadDatabaseConfig().databaseUrl));
