import { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { createDataSourceOptions } from "../../src/db/options.js";
import { databaseUrl, migrateFromScratch } from "./database.js";

describe.skipIf(databaseUrl === undefined)("migrations", () => {
  it("cover every change to the entities (else run npm run migration:generate)", async () => {
    const url = databaseUrl ?? "";
    await migrateFromScratch(url);
    const dataSource = await new DataSource(createDataSourceOptions(url)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();

      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
