import { readFileSync } from "node:fs";
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import { describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema/index.js";

/** The schema as the last migration left it: drizzle-kit's snapshot of that migration. */
function readLastSnapshot() {
  const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8"));
  const sequence = String(journal.entries.at(-1).idx).padStart(4, "0");
  return JSON.parse(readFileSync(`drizzle/meta/${sequence}_snapshot.json`, "utf8"));
}

describe("migrations", () => {
  it("cover every change to src/db/schema (else run npm run db:generate)", async () => {
    const snapshot = readLastSnapshot();
    const current = generateDrizzleJson(schema, snapshot.id);

    expect(await generateMigration(snapshot, current)).toEqual([]);
  });
});
