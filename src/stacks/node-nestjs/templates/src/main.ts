/**
 * Starts the service: reads and checks the configuration, listens on PORT, and on SIGTERM turns
 * unready, finishes the requests in flight (up to SHUTDOWN_GRACE_SECONDS) and exits.
 */
import { createApp } from "./app.js";
import { loadConfigOrExit, loadEnvFile } from "./config.js";
import { stopGracefully } from "./http/shutdown.js";
import { createLogger } from "./observability/logger.js";

loadEnvFile();
const config = loadConfigOrExit((message) => createLogger("info").error(message));
const logger = createLogger(config.logLevel);
const lifecycle = { shuttingDown: false };
try {
  const app = await createApp({ config, logger, lifecycle });
  await app.listen(config.port);
  logger.info({ port: config.port }, "listening");
  stopGracefully({
    server: app.getHttpServer(),
    lifecycle,
    logger,
    graceSeconds: config.shutdownGraceSeconds,
    release: () => app.close(),
  });
} catch (error) {
  logger.error({ error }, "the service failed to start");
  process.exit(1);
}
