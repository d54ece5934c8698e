import type { LoggerService } from "@nestjs/common";
import type { Logger } from "../observability/logger.js";

type Level = "debug" | "info" | "warn" | "error";

/**
 * Nest's own messages as the service's JSON log lines: its start-up account of modules and
 * routes at debug, its warnings and errors as they are, never a banner on stdout.
 */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...context: unknown[]): void {
    this.write("debug", message, context);
  }

  debug(message: unknown, ...context: unknown[]): void {
    this.write("debug", message, context);
  }

  verbose(message: unknown, ...context: unknown[]): void {
    this.write("debug", message, context);
  }

  warn(message: unknown, ...context: unknown[]): void {
    this.write("warn", message, context);
  }

  error(message: unknown, ...context: unknown[]): void {
    this.write("error", message, context);
  }

  fatal(message: unknown, ...context: unknown[]): void {
    this.write("error", message, context);
  }

  /** Nest passes the name of the class logging as the last argument. */
  private write(level: Level, message: unknown, context: unknown[]): void {
    const source = context.at(-1);
    const fields = typeof source === "string" ? { context: source } : {};
    if (message instanceof Error) {
      this.logger[level]({ ...fields, error: message }, message.message);
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
