import type { Server } from "node:http";
import type { Logger } from "../observability/logger.js";

/** Set when shutdown begins, so readiness turns 503 while requests in flight finish. */
export interface Lifecycle {
  shuttingDown: boolean;
}

/**
 * After SIGTERM, with readiness already 503, the server keeps accepting connections this long,
 * so that requests already on their way (sent before the load balancer saw readiness change)
 * are answered rather than refused.
 */
const DRAIN_DELAY_MS = 500;

interface ShutdownOptions {
  server: Server;
  lifecycle: Lifecycle;
  logger: Logger;
  graceSeconds: number;
  /** Releases what the service holds (the database pool) once the last request is done. */
  release: () => Promise<void>;
}

/**
 * On SIGTERM or SIGINT: turns unready, stops accepting connections after a short drain, finishes
 * the requests in flight for up to `graceSeconds`, cuts off what is still running then, and
 * releases the service's resources, after which the process exits by itself.
 */
export function stopGracefully(options: ShutdownOptions): void {
  const { server, lifecycle, logger, graceSeconds, release } = options;
  const shutDown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    lifecycle.shuttingDown = true;
    const deadline = setTimeout(() => {
      logger.warn("requests still running at the end of the grace period are cut off");
      server.closeAllConnections();
    }, graceSeconds * 1000);
    setTimeout(() => {
      server.close(async () => {
        clearTimeout(deadline);
        await release();
        logger.info("stopped");
      });
    }, DRAIN_DELAY_MS);
  };
  process.once("SIGTERM", shutDown);
  process.once("SIGINT", shutDown);
}
