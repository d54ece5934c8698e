import type { Server } from "node:http";
import { findFreePort } from "./postgres.js";

/** Puts a helper server (collector, JWKS) on a free port of 127.0.0.1. */
export async function listenOnFreePort(
  server: Server,
): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
