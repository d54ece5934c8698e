import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../conformance/postgres.js";

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    const result = await client.query<{ one: number }>("SELECT 1 AS one");
    return result.rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

describe("the conformance PostgreSQL", () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres({ ...process.env, MICROFORGE_TEST_DATABASE_URL: undefined });
  }, 60_000);
  afterAll(async () => server?.close());

  it("serves a fresh database", async () => {
    const url = await server.createDatabase("probe_db");
    expect(await selectOne(url)).toBe(1);
  });

  it("really stops and starts again", async () => {
    const url = server.urlFor("probe_db");
    await server.stop();
    await expect(selectOne(url)).rejects.toThrow();
    await server.start();
    expect(await selectOne(url)).toBe(1);
  });
});
