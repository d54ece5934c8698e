import { type Logger, pino } from "pino";
import type { LogLevel } from "../config.js";

export type { Logger };

/**
 * JSON lines on stdout with the contract's field names: `timestamp` (RFC 3339), `level` in
 * lower case (`warning`, not pino's `warn`) and `message`.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level: level === "warning" ? "warn" : level,
    base: null,
    messageKey: "message",
    errorKey: "error",
    timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
    formatters: {
      level: (label) => ({ level: label === "warn" ? "warning" : label }),
    },
  });
}
