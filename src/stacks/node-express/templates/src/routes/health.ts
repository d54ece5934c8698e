import type pg from "pg";
import { isDatabaseReady } from "../db/readiness.js";
import type { Route } from "../http/routes.js";
import type { Lifecycle } from "../http/shutdown.js";

/** Liveness and readiness probes: no auth, and readiness asks the database within two seconds. */
export function createHealthRoutes(pool: pg.Pool, lifecycle: Lifecycle): Route[] {
  return [
    {
      method: "GET",
      path: "/health/live",
      handlers: [(_request, response) => void response.json({ status: "ok" })],
    },
    {
      method: "GET",
      path: "/health/ready",
      handlers: [
        async (_request, response) => {
          const database = (await isDatabaseReady(() => pool.query("SELECT 1"))) ? "ok" : "down";
          const ready = database === "ok" && !lifecycle.shuttingDown;
          response
            .status(ready ? 200 : 503)
            .json({ status: ready ? "ok" : "unavailable", checks: { database } });
        },
      ],
    },
  ];
}
